import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

/** A Word table: "Nationality" merged down over two header rows, the count header merged across two columns. */
function docxSheet(under: [string, string]): Sheet {
  return {
    name: "reply.docx",
    rows: [
      ["Question 5 - nationality"],
      ["Nationality", "Children who went missing (Q2)", ""],
      ["", ...under],
      ["Chinese", "1", "0"],
      ["Afghan", "0", "2"],
      ["Guinean", "0", "6"],
      ["Total", "1", "8"],
    ],
    merges: [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 },
    ],
  };
}

function read(sheet: Sheet): { read: string[]; codes: string[] } {
  const env = createLocateEnv(sheet.name, "docx", knowledge());
  const layout = locateFigures(buildGrid(sheet, env), env);
  return {
    read: layout.tables.flatMap((t) =>
      t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}@${formatSource(n.source)}`),
    ),
    // A column with no group is kept as a list with no group, its warning with it (assemble/inferListGroup reports it).
    codes: [
      ...layout.issues,
      ...layout.tables.flatMap((t) => [...t.issues, ...(t.ungrouped ?? []).map((u) => u.issue)]),
    ].map((i) => i.code),
  };
}

// The count header merged across the groups' columns named no group, so the
// whole table was set aside as a column whose group is not said
// (layout_unknown), though the row under the span heads each column by group.
describe("a nationality table's count header merged over one column per group", () => {
  it("reads each column under the span as its group's", () => {
    const { read: got } = read(docxSheet(["Trafficked", "UASC"]));
    expect(got.filter((n) => !n.includes(" 0@"))).toEqual([
      "trafficked Chinese 1@reply.docx:4",
      "uasc Afghan 2@reply.docx:5",
      "uasc Guinean 6@reply.docx:6",
    ]);
  });

  it.each([[["Male", "Female"]], [["UASC", "UASC"]]] as [[string, string]][])(
    "leaves the table unread, and says so, under %j",
    (under) => {
      const { read: got, codes } = read(docxSheet(under));
      expect(got).toEqual([]);
      expect(codes).toContain("layout_unknown");
    },
  );
});
