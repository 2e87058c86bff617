import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DocumentLine, MergeRange, Sheet } from "../../src/domain/workbook.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { matchFigures } from "../../src/match/matchFigures.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/** A Word table: rows 1–2 the header ("Trafficked" over "Confirmed | Suspected"), figures under it. */
function read(rows: string[][], merges: MergeRange[]): Record<string, string> {
  const lines: DocumentLine[] = rows.map((_, i) => ({ kind: "table", place: `table 1 row ${i + 1}` }));
  const sheet: Sheet = { name: "reply", rows, merges, lines };
  const env = createLocateEnv("reply.docx", "docx", k);
  const matched = matchFigures(locateFigures(buildGrid(sheet, env), env).candidates, env);
  const out: Record<string, string> = {};
  for (const f of matched.facts) out[f.measure] = `${f.value ?? f.status}`;
  return out;
}

// "Trafficked / modern slavery" over "Confirmed | Suspected", and a figure
// merged across both: it counts the trafficked children, confirmed and
// suspected together, not the confirmed ones its first column names.
describe("a figure merged across the columns of a header's parts", () => {
  const rows = [
    ["", "Trafficked / modern slavery", "", "UASC / separated"],
    ["", "Confirmed", "Suspected"],
    ["Looked after (Q1)", "2", "3", "13"],
    ["Went missing or absent (Q2)", "3", "", "4"],
    ["Missing/absent incidents (Q3)", "12", "", "5"],
    ["Still missing (Q4)", "2"],
  ];
  const header: MergeRange[] = [
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 3 },
    { top: 1, left: 4, bottom: 2, right: 4 },
  ];

  it("counts the whole group, and across every group the whole question", () => {
    const merged: MergeRange[] = [
      ...header,
      { top: 4, left: 2, bottom: 4, right: 3 },
      { top: 5, left: 2, bottom: 5, right: 3 },
      { top: 6, left: 2, bottom: 6, right: 4 },
    ];
    expect(read(rows, merged)).toEqual({
      trafficked_identified: "2",
      trafficked_suspected: "3",
      uasc_looked_after: "13",
      trafficked_went_missing: "3",
      uasc_went_missing: "4",
      trafficked_missing_incidents: "12",
      uasc_missing_incidents: "5",
      not_found: "2",
    });
  });

  it("a figure in one column keeps that column's part", () => {
    const out = read(rows, header);
    expect(out.trafficked_went_missing).toBeUndefined();
    expect(out.trafficked_identified).toBe("2");
  });
});
