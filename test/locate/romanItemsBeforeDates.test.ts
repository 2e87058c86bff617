import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A Word list three levels deep, "1." over "a." over "i. 2021: 3": the years
 * of each lettered part are its "i." to "iv." items, and the last is the
 * part-year, written from its first day ("iv. 1 January 2024 to 30 April
 * 2024: 3"). The numeral was taken off only before a year, so that line
 * opened with "iv." and no period; it ended the run and its figure went
 * unread, and the next part ("b.") no longer sat under "1." (round 164,
 * North Lincolnshire).
 */
describe("Roman-numbered period items whose last opens with a day", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const read = async (lines: string[]) => {
    const text = ["Dear Requester, please find below our response.", "", ...lines, "", "Yours sincerely"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000013" },
      k,
    );
    return r.facts
      .filter((f) => f.value !== null)
      .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0] ?? ""} ${f.raw}`);
  };
  const years = (figures: string[]) => [
    `i. 2021: ${figures[0]}`,
    `ii. 2022: ${figures[1]}`,
    `iii. 2023: ${figures[2]}`,
    `iv. 1 January 2024 to 30 April 2024: ${figures[3]}`,
  ];

  it("reads the part-year's line and keeps the next part under its question", async () => {
    const facts = await read([
      "2. The total number of looked after children who have gone missing or absent:",
      "a. Identified or suspected as trafficked",
      ...years(["2", "2", "0", "5"]),
      "b. UASC or separated children",
      ...years(["2", "1", "4", "3"]),
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        "trafficked_went_missing 1 January 2024 to 30 April 2024 5",
        "uasc_went_missing 2021 2",
        "uasc_went_missing 2023 4",
        "uasc_went_missing 1 January 2024 to 30 April 2024 3",
      ]),
    );
    expect(facts.filter((f) => f.startsWith("uasc_looked_after "))).toEqual([]);
  });

  it("reads a lone item under a question asked whole ('a. All children') with its question", async () => {
    const facts = await read([
      "4. Still missing or absent (trafficked or UASC, including those who turned 18 without being found):",
      "a. All children",
      ...years(["0", "0", "2", "0"]),
    ]);
    expect(facts).toEqual([
      "not_found 2021 0",
      "not_found 2022 0",
      "not_found 2023 2",
      "not_found 1 January 2024 to 30 April 2024 0",
    ]);
  });

  it("leaves a numeral before a bare figure alone", async () => {
    const facts = await read(["1c. UASC or separated children", "i. 12", "ii. 16"]);
    expect(facts.filter((f) => f.includes(" 2021 ") || f.includes(" 2022 "))).toEqual([]);
  });
});
