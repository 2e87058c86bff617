import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import type { DocumentLine, FileFormat, Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { matchFigures } from "../../src/match/matchFigures.js";
import { knowledge } from "../support/knowledge.js";

type Row = { prose: string } | { table: string[] };

/** A document sheet as the Word and PDF readers make it: prose lines and table rows in reading order. */
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

function read(sheet: Sheet, format: FileFormat = "docx"): Record<string, string> {
  const env = createLocateEnv("reply.docx", format, knowledge());
  const layout = locateFigures(buildGrid(sheet, env), env);
  const matched = matchFigures(layout.candidates, env);
  const out: Record<string, string> = {};
  for (const f of matched.facts) out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  return out;
}

describe("documents: prose lines and table rows on one sheet", () => {
  it("reads a prose answer as a letter's sentence and names its paragraph", () => {
    const sheet = documentSheet([
      { prose: "Dear Sir or Madam" },
      {
        prose:
          "5. How many unaccompanied asylum seeking children were looked after between 1 October 2014 and 30 September 2015? 46",
      },
    ]);
    expect(read(sheet)).toEqual({ uasc_looked_after: "46@reply.docx#para 2" });
  });

  it("reads a table under a prose heading, and names the table cell", () => {
    const sheet = documentSheet([
      { prose: "Please find our response below." },
      { prose: "Unaccompanied asylum seeking children" },
      { table: ["", "Number"] },
      { table: ["Looked after", "46"] },
      { table: ["Went missing", "7"] },
    ]);
    expect(read(sheet)).toEqual({
      uasc_looked_after: "46@reply.docx#table 1 row 2 col 2",
      uasc_went_missing: "7@reply.docx#table 1 row 3 col 2",
    });
  });

  it("reads several figures in one prose sentence clause by clause, as in a .txt letter", () => {
    const sheet = documentSheet([
      { prose: "We looked after 48 unaccompanied asylum seeking children, of whom 11 went missing." },
    ]);
    expect(read(sheet)).toEqual({
      uasc_looked_after: "48@reply.docx#para 1",
      uasc_went_missing: "11@reply.docx#para 1",
    });
  });

  it("finds a table's header row among table rows, never on a prose line", () => {
    const headerDecisions = (sheet: Sheet) => {
      const env = createLocateEnv("reply.docx", "docx", knowledge());
      return locateFigures(buildGrid(sheet, env), env)
        .decisions.map((d) => d.message)
        .filter((m) => m.includes("header row"));
    };
    const table = documentSheet([
      { prose: "Our response is below." },
      { table: ["Group", "Looked after", "Went missing"] },
      { table: ["UASC", "46", "7"] },
    ]);
    expect(headerDecisions(table)).toEqual(['Row 2 read as a header row: "Group", "Looked after", "Went missing".']);
    const prose = documentSheet([{ prose: "Our response is below." }, { prose: "Looked after" }, { prose: "46" }]);
    expect(headerDecisions(prose)).toEqual([]);
    expect(read(table)).toEqual({
      uasc_looked_after: "46@reply.docx#table 1 row 2 col 2",
      uasc_went_missing: "7@reply.docx#table 1 row 2 col 3",
    });
  });
});
