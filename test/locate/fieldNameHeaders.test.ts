import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

describe("a long table exported with database field names (calendar_year)", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
  const read = async (csv: string[]) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv.join("\n")}\n`), manifestCode: "S12000050" },
      k,
    );
    return {
      facts: r.facts
        .filter((f) => f.status === "reported" && f.measure === "uasc_looked_after")
        .map((f) => `${f.value} ${f.label ?? ""}`)
        .sort(),
      codes: new Set(r.issues.map((i) => i.code)),
    };
  };

  it.each([["question,calendar_year,value,note"], ["question_no,reporting_period,value"]])(
    "%s: a bare year under the period column is the row's period, not a figure",
    async (header) => {
      const { facts, codes } = await read([header, "1c,2018,11,", "1c,2019,39,", "1c,2020,40,"]);
      expect(facts).toEqual(["11 1c × 2018", "39 1c × 2019", "40 1c × 2020"]);
      expect(codes.has("figure_period_not_stated")).toBe(false);
    },
  );
});
