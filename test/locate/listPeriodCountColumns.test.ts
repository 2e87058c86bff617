import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A case list of one row per child looked after at any time in the request's
 * span, with the dates the child became and ceased to be looked after and one
 * column of missing episodes per requested period ("Missing episodes 2021" …
 * "Missing episodes 2024 (to 30 Apr)"). Each child is counted in the periods
 * its care dates overlap (a blank ceased date is still looked after), each
 * period with its own column's count.
 */
describe("a list of children with a count of episodes per requested period", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });
  const read = async (lines: string[]) => {
    const r = await processFile(
      { file: "case list.csv", bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: "E06000036" },
      k,
    );
    const derived = r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${f.periodText ?? "-"} ${f.measure}=${f.value}`)
      .sort();
    const nats = r.nationalities.map((n) => `${n.periodText ?? "-"} ${n.group} ${n.nationality}=${n.value}`).sort();
    return { derived, nats, issues: r.issues };
  };
  const HEADER =
    "Child ref,Nationality,UASC,Trafficking status,Date became looked after,Date ceased looked after,Missing episodes 2021,Missing episodes 2022,Missing episodes 2023,Missing episodes 2024 (to 30 Apr)";
  const NOTE = "One row per child looked after at any time between 01/01/2021 and 30/04/2024.";
  const Y21 = "1 January 2021 to 31 December 2021";
  const Y22 = "1 January 2022 to 31 December 2022";
  const Y24 = "1 January 2024 to 30 April 2024";

  it("counts each child in the periods its care dates overlap, with that period's episodes", async () => {
    const { derived, nats } = await read([
      HEADER,
      "A1,Afghan,Yes,Not identified or suspected,13/09/2020,20/05/2022,1,3,0,0",
      "A2,Eritrean,Yes,Not identified or suspected,05/01/2022,,0,2,0,4",
      "A3,Albanian,No,Identified (NRM positive CG),18/02/2021,17/09/2021,2,0,0,0",
      "A4,British,No,Suspected,01/03/2024,,0,0,0,1",
      "",
      NOTE,
    ]);
    expect(derived.filter((d) => d.startsWith(Y21))).toEqual(
      [
        `${Y21} trafficked_identified=1`,
        `${Y21} trafficked_suspected=0`,
        `${Y21} trafficked_looked_after=1`,
        `${Y21} trafficked_went_missing=1`,
        `${Y21} trafficked_missing_incidents=2`,
        `${Y21} uasc_looked_after=1`,
        `${Y21} uasc_went_missing=1`,
        `${Y21} uasc_missing_incidents=1`,
        `${Y21} uasc_trafficked_looked_after=0`,
      ].sort(),
    );
    // A1 left care in May 2022 and A2 came in January 2022: both looked after in 2022, and both went missing.
    expect(derived).toContain(`${Y22} uasc_looked_after=2`);
    expect(derived).toContain(`${Y22} uasc_missing_incidents=5`);
    expect(derived).toContain(`${Y22} trafficked_looked_after=0`);
    // In 2024 only A2 (still looked after) and A4 are in care.
    expect(derived).toContain(`${Y24} uasc_looked_after=1`);
    expect(derived).toContain(`${Y24} trafficked_suspected=1`);
    expect(nats).toContain(`${Y22} uasc Afghan=1`);
    expect(nats).toContain(`${Y24} uasc Eritrean=1`);
  });

  it("a count column naming no requested period: the list is not split by period", async () => {
    const { derived } = await read([
      "Child ref,UASC,Trafficking status,Date became looked after,Date ceased looked after,Missing episodes 2021,Missing episodes 2020/21",
      "A1,Yes,Not identified or suspected,13/09/2020,20/05/2022,1,3",
      "",
      NOTE,
    ]);
    expect(derived.filter((d) => !d.startsWith("-"))).toEqual([]);
  });

  it("a care date that is no date: the child is flagged and the figures it would be in are not counted", async () => {
    const { derived, issues } = await read([
      HEADER,
      "A1,Afghan,Yes,Not identified or suspected,13/09/2020,20/05/2022,1,3,0,0",
      "A2,Eritrean,Yes,Not identified or suspected,unknown,,0,2,0,4",
      "A3,Albanian,No,Suspected,18/02/2021,17/09/2021,2,0,0,0",
      "",
      NOTE,
    ]);
    expect(derived.filter((d) => /uasc/u.test(d))).toEqual([]);
    expect(issues.some((i) => i.code === "episode_row_unreadable" && i.raw === "unknown")).toBe(true);
  });

  // "Open missing episode - date reported (not found)": the date a child's still-open episode began. A
  // date says the child had not been found, in the period the date falls in; a blank, that none was
  // open. Its "date … found" is no return date, whose blank would say every child was still missing.
  it("an open-episode date column: not found in the period the open episode began, never where blank", async () => {
    const { derived } = await read([
      `${HEADER},Open missing episode - date reported (not found)`,
      "A1,Afghan,Yes,Not identified or suspected,13/09/2020,,1,3,0,0,14/11/2022",
      "A2,Eritrean,Yes,Not identified or suspected,05/01/2022,,0,2,0,4,",
      "A3,Albanian,No,Suspected,18/02/2021,02/02/2024,2,0,1,0,",
      "",
      NOTE,
    ]);
    expect(derived.filter((d) => d.includes("not_found"))).toEqual(
      [
        `${Y21} not_found=0`,
        `${Y22} not_found=1`,
        `1 January 2023 to 31 December 2023 not_found=0`,
        `${Y24} not_found=0`,
      ].sort(),
    );
  });

  // Question 1d asks for UASC who are also trafficked: on a list whose rows say both, the children in both.
  it("counts the children in both groups for a group the request makes the subset of one and names the other", async () => {
    const { derived } = await read([
      HEADER,
      "A1,Afghan,Yes,Suspected,13/09/2020,20/05/2022,1,3,0,0",
      "A2,Eritrean,Yes,Not identified or suspected,05/01/2022,,0,2,0,4",
      "A3,Albanian,No,Identified (NRM positive CG),18/02/2021,,2,0,0,0",
      "",
      NOTE,
    ]);
    expect(derived.filter((d) => d.includes("uasc_trafficked_looked_after"))).toEqual(
      [
        `${Y21} uasc_trafficked_looked_after=1`,
        `${Y22} uasc_trafficked_looked_after=1`,
        `1 January 2023 to 31 December 2023 uasc_trafficked_looked_after=0`,
        `${Y24} uasc_trafficked_looked_after=0`,
      ].sort(),
    );
  });
});
