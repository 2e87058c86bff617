import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import {
  definedPeriodHeadings,
  otherSpanOfDefinedHeading,
  periodOfDefinedHeading,
} from "../../src/parse/definedPeriodHeadings.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A last column headed "2024 (part)" or "2024*" names no requested period on
 * its own; the reply's key below the table says which ("2024 (part) covers
 * 1 January 2024 to 30 April 2024", "* | 1 January 2024 to 30 April 2024").
 * Without reading the key the column's figures were counted for no period
 * (round 87).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const periods = severalYears.request.periods;
const PART = "2024-01-01_2024-04-30";

describe("definedPeriodHeadings", () => {
  it.each([
    ["2024 (part) covers 1 January 2024 to 30 April 2024.", "2024 (part)", PART],
    ["2024 (part) = 1 January 2024 to 30 April 2024", "2024 (part)", PART],
    ["* 1 January 2024 to 30 April 2024", "2024*", PART],
    ["† = 1 January 2024 to 30 April 2024", "2024 †", PART],
    ["2024 YTD: 1 January 2024 to 30 April 2024", "2024 ytd", PART],
    // The mark written beside the year it marks, on either side.
    ["*2024 = 1 January 2024 to 30 April 2024", "2024*", PART],
    ["* 2024 = 1 January 2024 to 30 April 2024. For 1c the 2024 figure is a count on 30 April.", "2024*", PART],
    // A key closing a letter's paragraph: the heading is what follows the last sentence or clause.
    ["The information we hold is below. Years are calendar years; 2024 is 1 January to 30 April 2024.", "2024", PART],
    // A key given in brackets at the end of a sentence.
    ["Our response for the periods you asked about is below (2024 = 1 January to 30 April 2024).", "2024", PART],
    // A defined heading with a remark in brackets on how final its figures are.
    [
      "2024 = 1 January to 30 April 2024; provisional until the annual return is validated.",
      "2024 (provisional)",
      PART,
    ],
    // "2024 figures are …": the heading's figures named without "the" (round 124, Staffordshire's text box).
    ["2024 figures are 1 January to 30 April 2024. All children were male.", "2024", PART],
    ["2024 figure is for 1 January to 30 April 2024", "2024", PART],
    // A notes row under a table opens with its own heading word (round 124, Gloucestershire).
    [
      "Notes: 2024 covers 1 January to 30 April 2024. Children are counted once in each period however many times they went missing.",
      "2024",
      PART,
    ],
    ["Note - 2024 is 1 January to 30 April 2024", "2024", PART],
    ["Key: 2024 = 1 January 2024 to 30 April 2024", "2024", PART],
  ])("%s defines %s", (line, heading, want) => {
    const defined = definedPeriodHeadings([line], periods);
    expect(periodOfDefinedHeading(heading, defined, periods)?.id).toBe(want);
  });

  it.each([
    // A sentence, not a key: its words name no year of the period.
    "Figures for the period 1 January 2024 to 30 April 2024 are provisional.",
    // A heading naming another year than the period's.
    "2023 (part) = 1 January 2024 to 30 April 2024",
    // Dates that are no requested period, nor start with one.
    "2024 (part) = 1 February 2024 to 30 April 2024",
    // No linking word or sign between heading and dates.
    "Report run 1 January 2024 to 30 April 2024",
  ])("%s defines nothing", (line) => {
    expect(definedPeriodHeadings([line], periods)).toEqual([]);
  });

  it("a mark written beside another year than the period's defines nothing", () => {
    expect(definedPeriodHeadings(["*2023 = 1 January 2024 to 30 April 2024"], periods)).toEqual([]);
  });

  it("a remark with a date in it is no remark: '2024 (to 31 March)' is not the defined '2024'", () => {
    const defined = definedPeriodHeadings(["2024 = 1 January to 30 April 2024"], periods);
    expect(periodOfDefinedHeading("2024 (to 31 March)", defined, periods)).toBeNull();
  });

  it("a mark defines only the year of its period", () => {
    const defined = definedPeriodHeadings(["* 1 January 2024 to 30 April 2024"], periods);
    expect(periodOfDefinedHeading("2023*", defined, periods)).toBeNull();
  });
});

/**
 * "2024 (to date): 1 January 2024 to 14 June 2024" and "The 2024 column covers
 * 1 January 2024 to 31 May 2024" in a request for 1 January to 30 April 2024
 * (round 108): the key gives its heading other dates than the period it
 * starts with. The figures under it were counted for no period with no word
 * on why; they are another span's, and said to be.
 */
describe("a key defining a heading as another span than the period it starts with", () => {
  it.each([
    ["2024 (to date): 1 January 2024 to 14 June 2024, the date the report was run.", "2024 (to date)"],
    ["The 2024 column covers 1 January 2024 to 31 May 2024, the latest complete month.", "2024"],
    ["2024 (part) = 1 January 2024 to 31 March 2024", "2024 (part)"],
  ])("%s defines %s as another span, and no requested period", (line, heading) => {
    const defined = definedPeriodHeadings([line], periods);
    expect(periodOfDefinedHeading(heading, defined, periods)).toBeNull();
    expect(otherSpanOfDefinedHeading(heading, defined, periods)).toMatchObject({ period: PART });
  });

  it("a span starting with no requested period defines nothing", () => {
    expect(definedPeriodHeadings(["2024 (part) = 1 February 2024 to 31 May 2024"], periods)).toEqual([]);
  });

  it("keeps the figures under it out of every period and flags each on its measure", async () => {
    const bytes = Buffer.from(
      [
        "Northfield Council FOI 1412,,,,",
        "Question,2021,2022,2023,2024",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
        ",,,,",
        "The 2024 column covers 1 January 2024 to 31 May 2024.,,,,",
      ].join("\n"),
    );
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, severalYears);
    const keyed = keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod);
    const counted = keyed.flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => `${period.id} ${f.value}`),
      ),
    );
    expect(counted).toEqual(["2021 8", "2022 19", "2023 19"]);
    const flagged = keyed.flatMap(({ results }) =>
      results.flatMap((r) =>
        r.issues.filter((i) => i.code === "figure_other_period" && i.measure === "uasc_looked_after"),
      ),
    );
    expect(flagged.map((i) => i.raw)).toEqual(["14"]);
    expect(flagged[0]?.message).toContain("1 January 2024 to 31 May 2024");
  });
});

describe("a column whose heading the reply's key defines", () => {
  const keyed = async (lines: string[]) => {
    const bytes = Buffer.from(lines.join("\n"));
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, severalYears);
    return keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => `${period.id} ${f.value}`),
      ),
    );
  };

  it.each([
    ["2024 (part)", "2024 (part) covers 1 January 2024 to 30 April 2024."],
    ["2024*", "*,1 January 2024 to 30 April 2024"],
  ])("%s is the part-year the key gives", async (heading, key) => {
    expect(
      await keyed([
        "Northfield Council FOI 1412,,,,",
        `Question,2021,2022,2023,${heading}`,
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
        ",,,,",
        key,
      ]),
    ).toEqual(["2021 8", "2022 19", "2023 19", `${PART} 14`]);
  });

  it("a row headed '2024*' in a table with the periods as rows is the part-year the key gives", async () => {
    expect(
      await keyed([
        "Northfield Council FOI 1412,,",
        "Period,1a Identified as trafficked,1c UASC or separated child",
        "2021,4,8",
        "2022,8,19",
        "2023,9,19",
        "2024*,2,14",
        "* 2024 = 1 January 2024 to 30 April 2024.,,",
      ]),
    ).toEqual(["2021 8", "2022 19", "2023 19", `${PART} 14`]);
  });

  it("without the key, '2024 (part)' is counted for no period", async () => {
    expect(
      await keyed([
        "Northfield Council FOI 1412,,,,",
        "Question,2021,2022,2023,2024 (part)",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
      ]),
    ).toEqual(["2021 8", "2022 19", "2023 19"]);
  });
});
