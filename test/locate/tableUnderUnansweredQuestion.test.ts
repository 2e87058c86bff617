import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import type { DocumentLine, Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { matchFigures } from "../../src/match/matchFigures.js";
import { knowledge } from "../support/knowledge.js";

type Row = { prose: string } | { table: string[] };

/** A document sheet as the Word reader makes it: paragraphs and table rows in reading order. */
function documentSheet(rows: Row[]): Sheet {
  const lines: DocumentLine[] = [];
  let para = 0;
  let tableRow = 0;
  const cells = rows.map((r) => {
    if ("prose" in r) {
      lines.push({ kind: "prose", place: `para ${++para}` });
      return [r.prose];
    }
    lines.push({ kind: "table", place: `table 1 row ${++tableRow}` });
    return r.table;
  });
  return { name: "reply", rows: cells, merges: [], lines };
}

function read(sheet: Sheet): Record<string, string> {
  const env = createLocateEnv("reply.docx", "docx", knowledge());
  const layout = locateFigures(buildGrid(sheet, env), env);
  const matched = matchFigures(layout.candidates, env);
  const out: Record<string, string> = {};
  for (const f of matched.facts) {
    if (f.status === "reported") out[f.measure] = `${f.value}@${f.sources.map(formatSource).join(";")}`;
  }
  return out;
}

/**
 * "Question 2" restated with no answer of its own, then a table whose rows
 * name only a group: the table answers the question, so its rows count the
 * question's metric (went missing), not the looked-after count a bare group
 * label is otherwise taken to ask.
 */
describe("a table straight under a question with no answer of its own", () => {
  it("takes the question's metric for rows naming only a group", () => {
    const sheet = documentSheet([
      { prose: "Question 2" },
      { prose: "How many of these children went missing from care during the period?" },
      { table: ["", "Number"] },
      { table: ["Trafficked", "3"] },
      { table: ["Unaccompanied asylum seeking children", "5"] },
    ]);
    expect(read(sheet)).toEqual({
      trafficked_went_missing: "3@reply.docx#table 1 row 2 col 2",
      uasc_went_missing: "5@reply.docx#table 1 row 3 col 2",
    });
  });

  it("does not carry the question's metric past a line of prose to a later table", () => {
    const sheet = documentSheet([
      { prose: "How many of these children went missing from care during the period?" },
      { prose: "Please see the table of children looked after below." },
      { table: ["", "Number"] },
      { table: ["Trafficked", "3"] },
      { table: ["Unaccompanied asylum seeking children", "5"] },
    ]);
    const read0 = read(sheet);
    expect(read0.trafficked_went_missing).toBeUndefined();
    expect(read0.uasc_went_missing).toBeUndefined();
  });
});
