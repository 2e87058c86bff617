import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { partOfPeriod } from "../../src/parse/partOfPeriod.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const year2020: PeriodDef = { id: "2020", start: "2020-01-01", end: "2020-12-31", label: "2020" };
const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/**
 * "2018: 3    2019: 2    2020 (Jan-Sep): 2": a letter's years spaced out on one line, the last year
 * qualified in brackets because the request came before it ended. The bracketed year must end the year
 * before it, as a bare year does, or "2    2020 (Jan-Sep): 2" is read as 2019's figure and left unread.
 */
async function read(lines: string[]) {
  const letter = [
    "Dear Sir/Madam,",
    "",
    "Please find our response to your request below.",
    "",
    ...lines,
    "",
    "Kind regards",
  ].join("\n");
  const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E06000055" }, knowledge);
  return r.facts
    .filter((f) => f.measure === "uasc_looked_after" && f.status !== "not_answered")
    .map((f) => `${f.periodText ?? ""} ${f.status} ${f.raw}`)
    .sort();
}

describe("a part-year in brackets among spaced period items", () => {
  it.each([
    ["2018: 35    2019: 43    2020 (Jan-Sep): 44"],
    ["2018: 35   2019: 43   2020 (to 30 September): 44"],
    ["2018 - 35  2019 - 43  2020 (January to September) - 44"],
  ])("reads the whole years whole and the part-year as a part: %s", async (line) => {
    const facts = await read([
      "1c) Looked after children identified as an unaccompanied asylum seeking child (UASC) or separated child",
      `    ${line}`,
    ]);
    expect(facts.filter((f) => f.startsWith("2018") || f.startsWith("2019"))).toEqual([
      "2018 reported 35",
      "2019 reported 43",
    ]);
    // The part-year keeps its months as its period's words, so assembling flags it as only part of 2020.
    const partYear = facts.filter((f) => f.startsWith("2020"));
    expect(partYear).toHaveLength(1);
    const periodText = partYear[0]?.replace(/ reported 44$/u, "") ?? "";
    expect(partOfPeriod(periodText, year2020)?.months).toBe(9);
  });
});
