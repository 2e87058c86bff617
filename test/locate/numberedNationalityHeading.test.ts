import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/**
 * "5 UASC who went missing, by nationality" | "Number" over "Eritrean | 5":
 * question 5's number leads the heading of its nationality table. Read as a
 * figure with a remark (5), the heading hid the table, and its rows were
 * reported as unknown labels. A cell led by a question number whose words
 * are a nationality heading, over a column of nationality names, is the
 * table's header; its words name the group.
 */
describe("a nationality table headed by its question's number", () => {
  const rows = (heading: string) => [
    ["Question", "Answer"],
    ["1c UASC / separated", 12],
    ["2b UASC - went missing", 9],
    ["3b UASC - missing incidents", 17],
    [],
    [heading, "Number"],
    ["Eritrean", 5],
    ["Sudanese", 6],
  ];
  it.each([
    "5 UASC who went missing, by nationality",
    "Q5 UASC who went missing by nationality",
    "5. Nationality of UASC who went missing",
  ])("%s", async (heading) => {
    const r = await processFile(
      { file: "t.xlsx", bytes: await buildXlsx([{ name: "S", rows: rows(heading) }]), manifestCode: "S12000017" },
      k,
    );
    expect(r.nationalities.map((n) => [n.group, n.nationality, n.value])).toEqual([
      ["uasc", "Eritrean", 5],
      ["uasc", "Sudanese", 6],
    ]);
    expect(r.facts.find((f) => f.measure === "uasc_went_missing")?.value).toBe(9);
  });
});
