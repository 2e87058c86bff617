import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A row per child from a case system, its "Missing episodes" and "Still
 * missing" left blank for children who never went missing, with notes under
 * the list: "Blank = none." and "One row per child looked after …". The
 * blanks are 0 and no; the rows of each cohort are its looked-after
 * children. Without the notes a blank stays unreadable, as before.
 */
describe("notes under a row-per-child list", () => {
  const list = [
    "Child ID,Cohort,Nationality,Missing episodes,Still missing at 30/09/2015",
    "A101,Trafficked,Albania,3,No",
    "A102,Trafficked,Vietnam,,",
    "A103,UASC,Eritrea,2,Yes",
    "A104,UASC,Afghanistan,,",
    "A105,UASC,Sudan,1,No",
  ];
  const read = async (notes: string[]) => {
    const csv = [...list, "", ...notes].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv}\n`), manifestCode: "E09000015" },
      knowledge(),
    );
    return {
      values: Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value])),
      // "Trafficked" names no part of the group, so identified and suspected are warned of as uncounted: the
      // notes are about the blanks and the cohort, and every other measure is counted.
      uncounted: r.issues.filter(
        (i) =>
          i.code === "episode_list_uncounted" &&
          i.measure !== "trafficked_identified" &&
          i.measure !== "trafficked_suspected",
      ).length,
    };
  };

  it.each([
    [["Blank = none. One row per child looked after at any point between 01/10/2014 and 30/09/2015."]],
    [["Blank cells mean none.", "This list includes every child looked after during the period."]],
  ])("%j", async (notes) => {
    const { values, uncounted } = await read(notes);
    expect(values).toMatchObject({
      trafficked_looked_after: 2,
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 3,
      trafficked_not_found: 0,
      uasc_looked_after: 3,
      uasc_went_missing: 2,
      uasc_missing_incidents: 3,
      uasc_not_found: 1,
    });
    expect(uncounted).toBe(0);
  });

  it("leaves blanks unread without such a note", async () => {
    const { values, uncounted } = await read(["Source: case management system."]);
    expect(values.trafficked_missing_incidents).toBeUndefined();
    expect(values.trafficked_looked_after).toBeUndefined();
    expect(uncounted).toBeGreaterThan(0);
  });
});

/**
 * A workbook whose "Children" sheet lists every child and whose "Notes"
 * sheet says "One row per child looked after during the period.": the note
 * on the other sheet makes the list the cohorts' looked-after children.
 */
describe("a Notes sheet beside a row-per-child list", () => {
  const children: CellSpec[][] = [
    ["Case ref", "Category", "Missing episodes", "Currently missing (Y/N)"],
    ["N1", "Identified", 2, "N"],
    ["N2", "Suspected", 0, "N"],
    ["N3", "UASC", 0, "N"],
    ["N4", "UASC", 3, "Y"],
  ];
  const run = async (notes: string[]) => {
    const bytes = await buildXlsx([
      { name: "Children", rows: children },
      { name: "Notes", rows: notes.map((n) => [n]) },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000057" }, knowledge());
    return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
  };

  it("counts the looked-after children by the other sheet's note", async () => {
    expect(await run(["One row per child looked after during the period."])).toMatchObject({
      trafficked_looked_after: 2,
      trafficked_identified: 1,
      trafficked_suspected: 1,
      uasc_looked_after: 2,
      uasc_went_missing: 1,
      uasc_not_found: 1,
    });
  });

  it("does not without it", async () => {
    const got = await run(["Source: case system."]);
    expect(got.trafficked_looked_after).toBeUndefined();
    expect(got.uasc_went_missing).toBe(1);
  });
});

/**
 * A list of Y/N flag columns signed off by a footer naming what it holds ("North Lincolnshire Council -
 * children looked after at any time 01/01/2017 to 31/12/2017 with a trafficking or UASC flag"): the rows are
 * the groups' looked-after children, so looked after (and the identified / suspected split) is counted; a
 * footer listing the children looked after "who went missing" is no such cohort.
 */
describe("a footer saying the list is the children looked after at any time", () => {
  const list = [
    "child_ref,identified_trafficked,suspected_trafficked,uasc,missing_episodes,still_missing",
    "C1,Y,N,N,3,N",
    "C2,N,Y,N,0,N",
    "C3,N,N,Y,1,Y",
    "C4,N,N,Y,0,N",
  ];
  const read = async (footer: string) => {
    const csv = [...list, "", footer].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv}\n`), manifestCode: "E06000013" },
      knowledge(),
    );
    return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
  };

  it("counts the cohort under such a footer", async () => {
    const values = await read(
      "Anytown Council - children looked after at any time 01/10/2014 to 30/09/2015 with a trafficking or UASC flag. Y = flag recorded.",
    );
    expect(values).toMatchObject({ trafficked_looked_after: 2, uasc_looked_after: 2, uasc_went_missing: 1 });
  });

  // Words after the dates other than the flag clause name a part of the cohort, and other dates another cohort.
  it.each([
    "Anytown Council - children looked after at any time 01/10/2014 to 30/09/2015 with a trafficking or UASC flag placed outside Anytown. Y = flag recorded.",
    "Anytown Council - children looked after at any time 01/10/2014 to 30/09/2015 with a trafficking or UASC flag who were absent from placement or ran away. Y = flag recorded.",
    "Anytown Council - children looked after at any time since 01/01/2014 with a trafficking or UASC flag. Y = flag recorded.",
    "Anytown Council - children looked after at any time 01/01/2012 to 31/12/2012 with a trafficking or UASC flag. Y = flag recorded.",
  ])("counts no cohort under %j", async (footer) => {
    const values = await read(footer);
    expect(values.trafficked_looked_after).toBeUndefined();
    expect(values.uasc_looked_after).toBeUndefined();
    expect(values.trafficked_identified).toBeUndefined();
  });

  it("counts no cohort when the footer says the children went missing", async () => {
    const values = await read("Children looked after at any time in 2014/15 who went missing.");
    expect(values.trafficked_looked_after).toBeUndefined();
    expect(values.uasc_went_missing).toBe(1);
  });
});
