import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import type { DocumentLine, Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

type Row = { prose: string } | { table: string[] };

/** A PDF page as the reader makes it: lines of prose and table rows in reading order. */
function pdfSheet(rows: Row[]): Sheet {
  const lines: DocumentLine[] = [];
  let tableRow = 0;
  const cells = rows.map((r, i) => {
    if ("prose" in r) {
      lines.push({ kind: "prose", place: `page 1 line ${i + 1}` });
      return [r.prose];
    }
    lines.push({ kind: "table", place: `page 1 table 1 row ${++tableRow}` });
    return r.table;
  });
  return { name: "reply.pdf", rows: cells, merges: [], lines };
}

function nationalities(rows: Row[]): string[] {
  const env = createLocateEnv("reply.pdf", "pdf", knowledge());
  const layout = locateFigures(buildGrid(pdfSheet(rows), env), env);
  return layout.tables.flatMap((t) =>
    t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} (${n.periodText})@${formatSource(n.source)}`),
  );
}

/** A table of figures by year, as a council prints one for the whole request. */
const figures = (header: string[]): Row[] => [
  { table: ["", ...header] },
  { table: ["Went missing – trafficked (confirmed or suspected)", "7", "12"] },
  { table: ["Went missing – UASC", "14", "15"] },
];

describe("a group's nationality rows inside a table of figures, under a title naming the group", () => {
  it("reads each title's rows for its group, in the periods of the table's columns", () => {
    const read = nationalities([
      ...figures(["2021", "2022"]),
      { prose: "Nationality of children who went missing – trafficked" },
      { table: ["British", "5", "8"] },
      { table: ["Vietnamese", "1", "2"] },
      { prose: "Nationality of children who went missing – UASC" },
      { table: ["Eritrean", "6", "7"] },
      { prose: "If you are not satisfied with this response you may request an internal review." },
    ]);
    expect(read).toEqual([
      "trafficked British 5 (2021)@reply.pdf#page 1 table 1 row 4 col 2",
      "trafficked British 8 (2022)@reply.pdf#page 1 table 1 row 4 col 3",
      "trafficked Vietnamese 1 (2021)@reply.pdf#page 1 table 1 row 5 col 2",
      "trafficked Vietnamese 2 (2022)@reply.pdf#page 1 table 1 row 5 col 3",
      "uasc Eritrean 6 (2021)@reply.pdf#page 1 table 1 row 6 col 2",
      "uasc Eritrean 7 (2022)@reply.pdf#page 1 table 1 row 6 col 3",
    ]);
  });

  it("leaves rows under a title naming both groups unread: their group is not clear", () => {
    const read = nationalities([
      ...figures(["2021", "2022"]),
      { prose: "Nationality of trafficked and UASC children who went missing" },
      { table: ["British", "5", "8"] },
    ]);
    expect(read.filter((n) => n.includes("British 5"))).toEqual([]);
  });

  it("leaves rows unread when the table's columns name no period", () => {
    const read = nationalities([
      ...figures(["Male", "Female"]),
      { prose: "Nationality of children who went missing – UASC" },
      { table: ["Eritrean", "6", "7"] },
    ]);
    expect(read.filter((n) => n.includes("Eritrean"))).toEqual([]);
  });
});
