import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

/**
 * A table turned on its side: periods as rows, the questions in short as
 * columns ("Period | 1a Identified trafficked | … | 3b Incidents - UASC").
 * A question numbered without a letter ("3 Incidents", "4 Still missing")
 * reads like a figure with a remark; taken so, the header row held a figure,
 * was no header, and every figure under it went unread (round 52).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function read(header: CellSpec[], rows: CellSpec[][]) {
  const bytes = await buildXlsx([
    { name: "Q1-Q4", rows: [["Northfield Borough Council - FOI 5120"], [], header, ...rows] },
  ]);
  const r = await processFile({ file: "Northfield FOI 5120.xlsx", bytes, manifestCode: null }, severalYears);
  return r.facts
    .filter((f) => f.status === "reported")
    .map(
      (f) =>
        `${f.measure} ${f.periodText?.match(/\b20\d\d\b/u)?.[0] ?? f.label.match(/\b20\d\d\b/u)?.[0] ?? ""} ${f.value}`,
    )
    .sort();
}

describe("a header of numbered questions over rows of periods", () => {
  it("reads every column when a question numbered without a letter closes the header", async () => {
    const got = await read(
      ["Period", "1a Identified trafficked", "1c UASC / separated", "2b UASC went missing", "3 Incidents - UASC"],
      [
        ["2021", 2, 14, 3, 8],
        ["2022", 3, 23, 5, 12],
      ],
    );
    expect(got).toEqual([
      "trafficked_identified 2021 2",
      "trafficked_identified 2022 3",
      "uasc_looked_after 2021 14",
      "uasc_looked_after 2022 23",
      "uasc_missing_incidents 2021 8",
      "uasc_missing_incidents 2022 12",
      "uasc_went_missing 2021 3",
      "uasc_went_missing 2022 5",
    ]);
  });

  it("reads every column when it stands in the middle of the header", async () => {
    const got = await read(
      ["Year", "1c UASC / separated", "2 UASC who went missing", "3b Incidents - UASC"],
      [
        ["2021", 14, 3, 8],
        ["2022", 23, 5, 12],
      ],
    );
    expect(got).toContain("uasc_looked_after 2021 14");
    expect(got).toContain("uasc_missing_incidents 2022 12");
  });
});

/**
 * "Period | 1a | 1b | 1c | 1d | 2a | 2b | 3a | 3b | 4": the header names each
 * column by the request's question number alone (round 61). A bare number
 * names nothing; each is read as its question's own words.
 */
describe("a header of bare question numbers over rows of periods", () => {
  it("reads every column as the question of its number, the closing bare '4' too", async () => {
    const got = await read(
      ["Period", "1a", "1c", "2b", "3b", 4],
      [
        ["2021", 2, 14, 3, 8, 1],
        ["2022", 3, 23, 5, 12, 0],
      ],
    );
    expect(got).toEqual([
      "not_found 2021 1",
      "not_found 2022 0",
      "trafficked_identified 2021 2",
      "trafficked_identified 2022 3",
      "uasc_looked_after 2021 14",
      "uasc_looked_after 2022 23",
      "uasc_missing_incidents 2021 8",
      "uasc_missing_incidents 2022 12",
      "uasc_went_missing 2021 3",
      "uasc_went_missing 2022 5",
    ]);
  });

  it("leaves a row of plain numbers over figures as it was (they may be figures)", async () => {
    const got = await read(
      ["Period", "1", "2", 4],
      [
        ["2021", 2, 14, 3],
        ["2022", 3, 23, 5],
      ],
    );
    expect(got.some((g) => g.startsWith("not_found"))).toBe(false);
  });
});

/**
 * "Blwyddyn / Year | 1a | 1b | Total 1a+1b | 1c" (round 61, a Welsh
 * council): a column totalling two questions by their numbers gives the
 * measure the request derives from them, and a period column headed in
 * Welsh and English holds the rows' periods, not figures.
 */
describe("a bilingual header with a total of questions by number", () => {
  it("reads the total as the measure the request sums from those questions", async () => {
    const got = await read(
      ["Blwyddyn / Year", "1a", "1b", "Total 1a+1b", "1c"],
      [
        ["2021", 6, 7, 13, 20],
        ["2023", 9, 7, 18, 12],
      ],
    );
    expect(got).toEqual([
      "trafficked_identified 2021 6",
      "trafficked_identified 2023 9",
      "trafficked_looked_after 2021 13",
      "trafficked_looked_after 2023 18",
      "trafficked_suspected 2021 7",
      "trafficked_suspected 2023 7",
      "uasc_looked_after 2021 20",
      "uasc_looked_after 2023 12",
    ]);
  });
});

/**
 * "Period | 1a | 1b | 1c (as at) | 2a | …": one bare number carries a short
 * bracketed qualifier saying how its column is counted. The qualifier does
 * not change which question the column answers, so the header is still a
 * header of question numbers, and every column is read.
 */
describe("a header of question numbers where one carries a bracketed qualifier", () => {
  it("reads every column, the qualified one as its question", async () => {
    const got = await read(
      ["Period", "1a", "1b", "1c (as at)", "2a", "3a"],
      [
        ["2021", 4, 7, 86, 3, 5],
        ["2022", 3, 2, 114, 3, 9],
      ],
    );
    expect(got).toEqual([
      "trafficked_identified 2021 4",
      "trafficked_identified 2022 3",
      "trafficked_missing_incidents 2021 5",
      "trafficked_missing_incidents 2022 9",
      "trafficked_suspected 2021 7",
      "trafficked_suspected 2022 2",
      "trafficked_went_missing 2021 3",
      "trafficked_went_missing 2022 3",
      "uasc_looked_after 2021 86",
      "uasc_looked_after 2022 114",
    ]);
  });
});

/**
 * "Year | 1a | 1b | Total | 1c | … | 4" (round 167, a Welsh council): a bare
 * "Total" right after 1a and 1b totals them, as "Total 1a+1b" would say.
 * Read as a cell naming nothing, it kept the row from being a header of
 * question numbers, and no figure of the table was read.
 */
describe("a header of bare question numbers with a bare Total after the parts", () => {
  it("reads the Total as the measure the request sums from the parts just before it", async () => {
    const got = await read(
      ["Year", "1a", "1b", "Total", "1c", "2b", 4],
      [
        ["2021", 1, 2, 3, 6, 1, 0],
        ["2022", 0, 1, 1, 11, 2, 1],
      ],
    );
    expect(got).toEqual([
      "not_found 2021 0",
      "not_found 2022 1",
      "trafficked_identified 2021 1",
      "trafficked_identified 2022 0",
      "trafficked_looked_after 2021 3",
      "trafficked_looked_after 2022 1",
      "trafficked_suspected 2021 2",
      "trafficked_suspected 2022 1",
      "uasc_looked_after 2021 6",
      "uasc_looked_after 2022 11",
      "uasc_went_missing 2021 1",
      "uasc_went_missing 2022 2",
    ]);
  });

  it("leaves a Total that follows no parts as naming nothing", async () => {
    const got = await read(
      ["Year", "1c", "Total", "2b", 4],
      [
        ["2021", 6, 9, 1, 0],
        ["2022", 11, 12, 2, 1],
      ],
    );
    expect(got.some((g) => g.startsWith("trafficked_looked_after"))).toBe(false);
  });
});

/**
 * "Period | 1a | 1b | Total | 1c" over " | Identified | Suspected (not
 * included in 1a) | trafficked (1a + 1b) | UASC or separated child" over the
 * figures (round 167): the numbers head a second row of the questions in
 * short. "Suspected (not included in 1a)" names no group of its own; read
 * without its number above, its figures went unread with no word on 1b.
 */
describe("a header of question numbers over a second header row of short titles", () => {
  it("reads each column by its number and its title together", async () => {
    const got = await read(
      ["Period", "1a", "1b", "Total", "1c"],
      [
        [null, "Identified", "Suspected (not included in 1a)", "trafficked (1a + 1b)", "UASC or separated child"],
        ["2021", 3, 2, 5, 41],
        ["2022", 4, 2, 6, 62],
      ],
    );
    expect(got).toEqual([
      "trafficked_identified 2021 3",
      "trafficked_identified 2022 4",
      "trafficked_looked_after 2021 5",
      "trafficked_looked_after 2022 6",
      "trafficked_suspected 2021 2",
      "trafficked_suspected 2022 2",
      "uasc_looked_after 2021 41",
      "uasc_looked_after 2022 62",
    ]);
  });
});

/**
 * "Period | 4 Still missing (not found)" over "2021 | 0" (North Yorkshire,
 * round 167, a sheet of its own for question 4): the only label beside the
 * numbered question is the title of the column of periods. The numbered
 * heading read as the figure 4 with a remark, so the row was no header and
 * every not-found figure went unread.
 */
describe("one numbered question beside a column of periods", () => {
  it("reads the numbered heading as the column's label", async () => {
    const got = await read(
      ["Period", "4 Still missing (not found)"],
      [
        ["2021", 0],
        ["2022", 1],
        ["2023", 2],
      ],
    );
    expect(got).toEqual(["not_found 2021 0", "not_found 2022 1", "not_found 2023 2"]);
  });
});
