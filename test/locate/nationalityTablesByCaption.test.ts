import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const run = (lines: string[]): Promise<FileResult> =>
  processFile(
    { file: "Anytown FOI 24-0812.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: "E06000056" },
    severalYears,
  );

const natsOf = (r: FileResult, withPeriod = false) =>
  r.nationalities
    .map(
      (n) =>
        `${n.group} ${n.nationality} ${n.value}${withPeriod ? ` ${(n.periodText ?? "").match(/20\d\d/u)?.[0] ?? "-"}` : ""}`,
    )
    .sort();

/**
 * Two nationality tables one straight after the other (a pdf's text keeps no
 * blank line between them), each headed "Nationality | <group>": the second
 * header starts a table of its own, whose group is its own header's. Read on
 * as rows of the first, its header was a nationality and its list the first
 * table's group (round 138, Stoke-on-Trent).
 */
describe("a second nationality table straight under the first", () => {
  it("takes its group from its own header", async () => {
    const r = await run([
      "Annex A - children who went missing 2021 to April 2024 by nationality",
      "Nationality,Trafficked (identified or suspected)",
      "Albanian,3",
      "Vietnamese,6",
      "Total,9",
      "Nationality,UASC / separated",
      "Afghan,5",
      "Iranian,6",
      "Total,11",
    ]);
    expect(natsOf(r)).toEqual(["trafficked Albanian 3", "trafficked Vietnamese 6", "uasc Afghan 5", "uasc Iranian 6"]);
  });
});

/**
 * "Year | Group | Nationalities of children who went missing" over "2021 |
 * Trafficked | British 1, Vietnamese 1": a table of lists, one row per
 * period and group, with no figure of its own. Each list is of its row's
 * group and its row's period (round 138, Telford and Wrekin).
 */
describe("a table of nationality lists by period and group", () => {
  it("reads each list with its row's period and group", async () => {
    const r = await run([
      "Question 5",
      "Year,Group,Nationalities of children who went missing",
      '2021,Trafficked,"British 1, Vietnamese 1"',
      '2021,UASC,"Afghan 1, Iranian 2"',
      '2022,Trafficked,"Albanian 1"',
      '2022,UASC,"Iranian 1, Eritrean 2"',
    ]);
    expect(natsOf(r, true)).toEqual([
      "trafficked Albanian 1 2022",
      "trafficked British 1 2021",
      "trafficked Vietnamese 1 2021",
      "uasc Afghan 1 2021",
      "uasc Eritrean 2 2022",
      "uasc Iranian 1 2022",
      "uasc Iranian 2 2021",
    ]);
  });
});

/**
 * "UASC | 2024 (Jan-Apr) | Afghan 4, …": the year of a part-year period is
 * written with its months in brackets. Read as no period, that row was not
 * read, and neither was any row below it, whose nearest header was then
 * that row's list (round 144, Brent).
 */
describe("a table of nationality lists whose last period is a part year with its months in brackets", () => {
  it("reads the part year's row and the rows below it", async () => {
    const r = await run([
      "Question 5 - nationality of children who went missing",
      "Group,Year,Nationality (number of children)",
      'UASC,2023,"Afghan 9, Eritrean 7"',
      'UASC,2024 (Jan-Apr),"Afghan 4, Eritrean 3"',
      'Trafficked,2023,"Albanian 3, Vietnamese 1"',
      'Trafficked,2024 (Jan-Apr),"Albanian 1"',
    ]);
    expect(natsOf(r, true)).toEqual([
      "trafficked Albanian 1 2024",
      "trafficked Albanian 3 2023",
      "trafficked Vietnamese 1 2023",
      "uasc Afghan 4 2024",
      "uasc Afghan 9 2023",
      "uasc Eritrean 3 2024",
      "uasc Eritrean 7 2023",
    ]);
  });
});
