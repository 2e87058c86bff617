import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Note: the UASC figures include young people aged 18 and over …", two rows
 * under a table of groups by counts: the note names a group's figures as a
 * set and no count, so it widens every figure of that group, and the Total
 * column's figure too, which adds that group in. Without a word for figures
 * the sentence is not read as being about them.
 */
async function widened(note: string): Promise<string[]> {
  const text = [
    "Neath Port Talbot County Borough Council,FOI 7714,,",
    "1 October 2014 - 30 September 2015,Trafficked,UASC,Total",
    "Looked after,3,15,18",
    "Went missing at least once,1,5,6",
    "Missing episodes,1,11,12",
    "Not found,0,1,1",
    ",,,",
    ",,,",
    `"${note}",,,`,
  ].join("\n");
  const r = await processFile(
    { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "W06000012" },
    knowledge(),
  );
  return [
    ...new Set(
      r.issues
        .filter((i) => i.code === "label_outside_request" && i.measure && i.severity !== "info")
        .map((i) => i.measure as string),
    ),
  ].sort();
}

describe("a note under the table on one group's figures", () => {
  it.each([
    "Note: the UASC figures include young people aged 18 and over who were formerly UASC and are supported as care leavers.",
    "Please note the numbers for UASC include care leavers.",
  ])("%s: widens that group's figures and the total's", async (note) => {
    expect(await widened(note)).toEqual([
      "not_found",
      "uasc_looked_after",
      "uasc_missing_incidents",
      "uasc_not_found",
      "uasc_went_missing",
    ]);
  });

  /**
   * "2. The trafficked figures include young people aged 18 to 21 …; they cannot be separated from looked after
   * children in our reporting": the note's subject is the group's figures as a set; the count its reason names
   * ("looked after children") does not narrow it to that one count.
   */
  it.each([
    "2. The trafficked figures include young people aged 18 to 21 supported by the Leaving Care Service who had been trafficked as children; they cannot be separated from looked after children in our reporting.",
    "Figures for trafficked children include care leavers, as our system records them with looked after children.",
    // Round 119: "include" with a plural subject, and aftercare named instead of care leavers.
    "Note 1: Trafficked figures include young people formerly looked after as trafficked children who were receiving aftercare (up to age 21) during 2015.",
    "Trafficked figures include young people in receipt of aftercare.",
  ])("%s: widens every trafficked figure, not only the count its reason names", async (note) => {
    expect(await widened(note)).toEqual([
      "not_found",
      "trafficked_looked_after",
      "trafficked_missing_incidents",
      "trafficked_not_found",
      "trafficked_went_missing",
    ]);
  });

  it("a note whose subject names a count keeps to that count", async () => {
    expect(await widened("The trafficked looked after figure includes care leavers aged 18 to 21.")).toEqual([
      "trafficked_looked_after",
    ]);
  });

  it.each(["Note: the UASC figures do not include care leavers.", "Nationality: not held"])(
    "%s: widens nothing",
    async (note) => {
      expect(await widened(note)).toEqual([]);
    },
  );
});

/**
 * "14 b)" with the key "b) Includes children who were not looked after …"
 * under the table: the letter marks the figures the note widens, and only
 * those ("7 a)" is another note's, "0" none's).
 */
describe("a footnote letter after a figure, with its key under the table", () => {
  it("widens only the figures marked with that letter", async () => {
    const text = [
      "Gloucestershire County Council - Freedom of Information request 15-1190",
      "Question,Figure",
      "Q1 Looked after children identified or suspected as trafficked,14 b)",
      "Q2 went missing at least once,3 b)",
      "Q3 missing episodes,7 a)",
      "Q4 not found,0",
      "Q5 UASC looked after,57 a)",
      "",
      "a) Provisional figures",
      "b) Includes children who were not looked after (open to children's social care as children in need) where trafficking was identified or suspected",
    ].join("\n");
    const r = await processFile(
      { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "E10000013" },
      knowledge(),
    );
    const widened = r.issues
      .filter((i) => i.code === "label_outside_request" && i.severity === "warning")
      .map((i) => i.measure)
      .sort();
    expect(widened).toEqual(["trafficked_looked_after", "trafficked_went_missing"]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(57);
  });
});

/**
 * "The figures for questions 1a and 1c include children placed with our
 * carers by other local authorities": those children are other councils'
 * looked-after children, so the figures count a wider group than this
 * council's. Children transferred in under the National Transfer Scheme, or
 * placed by this council in other areas, are its own: no widening.
 */
describe("a note that figures include children placed by other councils", () => {
  it("widens the figures it covers", async () => {
    expect(
      await widened(
        "Please note: the UASC figures include children placed with our foster carers by other local authorities.",
      ),
    ).toEqual(["not_found", "uasc_looked_after", "uasc_missing_incidents", "uasc_not_found", "uasc_went_missing"]);
  });

  it.each([
    "Please note: the UASC figures include children transferred from other local authorities under the National Transfer Scheme.",
    "Please note: the UASC figures include children we placed with carers in other local authorities.",
    "Please note: the UASC figures do not include children placed here by other local authorities.",
  ])("%s: widens nothing", async (note) => {
    expect(await widened(note)).toEqual([]);
  });
});
