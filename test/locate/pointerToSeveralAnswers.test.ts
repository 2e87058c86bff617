import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function run(rows: Row[]): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Answers", rows }]);
  return processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  return out;
}

/**
 * "Looked after | See questions 1a & 1b": a pointer to two answers stands for
 * both of them (their sum), never for the first one's figure alone.
 */
describe("a pointer that names several answers", () => {
  it.each([["See Q1a and Q1b"], ["please see questions 1a & 1b"], ["See Q1a, 1b"]])(
    "%s is not read as the first answer's figure",
    async (pointer) => {
      const r = await run([
        ["Question 1a - trafficked children identified", 4],
        ["Question 1b - trafficked children suspected", 1],
        [],
        ["", "Trafficked children", "Unaccompanied asylum seeking children"],
        ["Looked after", pointer, 22],
        ["Went missing", 1, 5],
      ]);
      const got = figures(r);
      expect(got.trafficked_looked_after ?? "").not.toMatch(/^4@/u);
      expect(got.trafficked_identified).toMatch(/^4@/u);
      expect(got.uasc_looked_after).toMatch(/^22@/u);
    },
  );

  it("one answer named is still followed", async () => {
    const r = await run([
      ["Question 2 - trafficked children who went missing", 3],
      [],
      ["", "Trafficked children", "Unaccompanied asylum seeking children"],
      ["Went missing", "See Q2", 5],
    ]);
    expect(figures(r).trafficked_went_missing).toMatch(/^3@/u);
  });
});
