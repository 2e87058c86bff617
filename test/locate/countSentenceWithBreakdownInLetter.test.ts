import { describe, expect, it } from "vitest";
import type { DocumentLine, Sheet } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { matchFigures } from "../../src/match/matchFigures.js";

/** A letter as the PDF reader gives it: one line a row. */
function letter(rows: string[]): Sheet {
  const lines: DocumentLine[] = rows.map((_, i) => ({ kind: "prose", place: `line ${i + 1}` }));
  return { name: "reply", rows: rows.map((r) => [r]), merges: [], lines };
}

/**
 * A letter answers a question with its count and, after a colon, that
 * count's breakdown by nationality ("3 children went missing or were
 * absent: 2 British (1 male, 1 female) and 1 Vietnamese (male)"). The line
 * was taken for a nationality list alone and the question was recorded as
 * unanswered. The count is read when the breakdown's parts add up to it.
 */
describe("a letter's count with its nationality breakdown after a colon", () => {
  const k = loadKnowledge({ request: "fixtures/holdout135/request.json" });

  function read(rows: string[]): Record<string, number | null> {
    const env = createLocateEnv("reply.pdf", "pdf", k);
    const layout = locateFigures(buildGrid(letter(rows), env), env);
    const out: Record<string, number | null> = {};
    for (const f of matchFigures(layout.candidates, env).facts) out[f.measure] = f.value;
    for (const n of layout.tables.flatMap((t) => t.nationalities)) out[`${n.group} ${n.nationality}`] = n.value;
    return out;
  }

  it("reads both counts whose breakdowns add up", () => {
    const got = read([
      "2. The total number of looked after children in the care of your authority: a.",
      "Identified or suspected as having been trafficked/victim of modern slavery and that",
      "have gone missing or absent.",
      "3 children went missing or were absent: 2 British (1 male, 1 female) and 1 Vietnamese (male).",
      "The total number of looked after children in the care of your authority: b. Identified",
      "as an UASC or separated child and that have gone missing or absent.",
      "4 children went missing or were absent, all male: 2 Afghan, 1 Iranian and 1 Iraqi.",
    ]);
    expect(got).toMatchObject({ trafficked_went_missing: 3, uasc_went_missing: 4 });
    // The list after the colon is the breakdown of its own question's group, not of the section before.
    expect(got).toMatchObject({ "uasc Afghan": 2, "uasc Iranian": 1, "uasc Iraqi": 1 });
    expect(got["trafficked Afghan"]).toBeUndefined();
  });

  it("leaves a count whose breakdown does not add up unread", () => {
    const got = read([
      "2. The total number of looked after children in the care of your authority: b. Identified",
      "as an UASC or separated child and that have gone missing or absent.",
      "4 children went missing or were absent, all male: 2 Afghan, 1 Iranian and 2 Iraqi.",
    ]);
    expect(got.uasc_went_missing ?? null).toBeNull();
  });
});
