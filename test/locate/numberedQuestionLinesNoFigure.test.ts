import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import type { DocumentLine, Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { matchFigures } from "../../src/match/matchFigures.js";
import { knowledge } from "../support/knowledge.js";

/** A pdf page read as lines of text, one cell a line. */
function read(texts: string[]): Record<string, string> {
  const lines: DocumentLine[] = texts.map((_, i) => ({ kind: "prose", place: `page 1 line ${i + 1}` }));
  const sheet: Sheet = { name: "page", rows: texts.map((t) => [t]), merges: [], lines };
  const env = createLocateEnv("reply.pdf", "pdf", knowledge());
  const matched = matchFigures(locateFigures(buildGrid(sheet, env), env).candidates, env);
  const out: Record<string, string> = {};
  for (const f of matched.facts) out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  return out;
}

describe("lines that restate numbered questions, each with its own number", () => {
  it("never reads a question's own number as its figure", () => {
    // The questions run 1, 2, 3 …: "2 Trafficked, went missing" is question 2, not two children.
    const facts = read([
      "Our answers to your questions, in the order you asked them:",
      "1 Trafficked, in our care",
      "2 Trafficked, went missing",
      "3 Missing episodes, trafficked",
      "4 Unaccompanied, in our care",
      "5 Unaccompanied, went missing",
    ]);
    for (const [measure, value] of Object.entries(facts)) {
      expect(`${measure} ${value}`).not.toMatch(/ [1-5]@/u);
    }
  });

  it("still reads a lone line that opens with its count", () => {
    const facts = read(["Our answer to your question:", "4 Unaccompanied children went missing in the year"]);
    expect(facts.uasc_went_missing).toBe("4@reply.pdf#page 1 line 2");
  });
});
