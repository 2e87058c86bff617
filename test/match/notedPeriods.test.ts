import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const read = (file: string, text: string) =>
  processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000038" }, knowledge());

async function flagged(text: string): Promise<string[]> {
  const r = await read("reply.csv", text);
  const codes = ["period_approximate", "period_part", "figure_other_period"];
  return [
    ...new Set(r.issues.filter((i) => codes.includes(i.code) && i.measure).map((i) => `${i.code} ${i.measure}`)),
  ].sort();
}

describe("warnNotedPeriods: a note's period reaches the figures its symbol marks", () => {
  const period = knowledge().request.periods?.[0];
  it("has a one-period request to test against", () => {
    expect(knowledge().request.periods?.length).toBe(1);
  });
  const year = Number(period?.end.slice(0, 4));
  const table = (note: string) =>
    [
      "Measure,Trafficked,UASC (a)",
      "Looked after,5,27",
      "Went missing,1,4",
      "Missing episodes,1,9",
      "",
      `"${note}"`,
    ].join("\n");

  it("a nearby year named in the note of a column's symbol warns on that column's figures only", async () => {
    const got = await flagged(
      table(
        `(a) UASC column: figures are for the calendar year ${year} (1 January ${year} – 31 December ${year}). The trafficked column covers ${period?.label}.`,
      ),
    );
    expect(got).toEqual([
      "period_approximate uasc_looked_after",
      "period_approximate uasc_missing_incidents",
      "period_approximate uasc_went_missing",
    ]);
  });

  it("a part of the requested period is named as such", async () => {
    const got = await flagged(
      table(`(a) UASC column: these cover ${period?.label.replace(/ to .*/u, "")} to 31 March ${year} only.`),
    );
    expect(got).toEqual([
      "period_part uasc_looked_after",
      "period_part uasc_missing_incidents",
      "period_part uasc_went_missing",
    ]);
  });

  it("a note whose symbol marks no figure reaches none", async () => {
    const text = table(`(b) figures are for the calendar year ${year}.`);
    expect(await flagged(text)).toEqual([]);
  });

  it("a note that names the requested period says nothing against the figures", async () => {
    expect(await flagged(table(`(a) UASC column: figures are for ${period?.label}.`))).toEqual([]);
  });
});

describe("a year column that points to an unnumbered note", () => {
  const k2017 = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });
  const text = [
    "Question,2016,2017 (see note)",
    "1a Identified trafficked,12,14",
    "1c UASC,97,48",
    "2b UASC - missing/absent,10,6",
    "3b Incidents - UASC,40,12",
    "",
    '"Note: 2017 - questions 2 to 4 cover 1 January to 30 September 2017 only. Question 1 covers the full calendar year."',
  ].join("\n");

  it("reads the requested year's column, and the note's part of the year reaches only the questions it names", async () => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000034" },
      k2017,
    );
    expect(r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => f.raw)).toEqual(["48"]);
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
    expect(
      r.issues
        .filter((i) => i.code === "period_part")
        .map((i) => `${i.measure} ${i.raw}`)
        .sort(),
    ).toEqual(["uasc_missing_incidents 12", "uasc_went_missing 6"]);
  });
});

describe("a marked note that names its questions and says which year it is not", () => {
  const k2017 = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });
  const text = (note: string) =>
    [
      "Question,Number",
      "1a Identified trafficked,3",
      "1b Suspected trafficked,1",
      "1c UASC,15",
      "2a Trafficked - went missing †,2",
      "2b UASC - went missing,4",
      "3a Trafficked - missing episodes,3",
      "3b UASC - missing episodes,9",
      "",
      `"${note}"`,
    ].join("\n");
  const periodIssues = async (note: string) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text(note)), manifestCode: "E08000034" },
      k2017,
    );
    return r.issues
      .filter((i) => i.code === "period_approximate")
      .map((i) => i.measure)
      .sort();
  };

  it("warns every figure of the questions it names, though its mark stands on one row", async () => {
    expect(
      await periodIssues(
        "† Our answers to questions 2 and 3 come from the annual missing return, kept on the 2017/18 financial year rather than calendar year 2017.",
      ),
    ).toEqual([
      "trafficked_missing_incidents",
      "trafficked_went_missing",
      "uasc_missing_incidents",
      "uasc_went_missing",
    ]);
  });

  it("a year the note says the figures are not for is not their period", async () => {
    expect(
      await periodIssues(
        "† This figure covers April 2017 to March 2018 (the financial year), not the calendar year 2017.",
      ),
    ).toEqual(["trafficked_went_missing"]);
  });
});
