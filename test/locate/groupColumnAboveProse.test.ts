import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { findNationalityHeader } from "../../src/locate/locateNationalities.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";

const knowledge = loadKnowledge();

/** A PDF page's lines: a nationality table whose rows name their group, then a line of the letter. */
function pdfSheet(after: string): Sheet {
  const table = [
    ["Group", "Nationality", "Number of children"],
    ["Trafficked (2a)", "Vietnamese", "1"],
    ["UASC (2b)", "Eritrean", "1"],
    ["UASC (2b)", "Afghan", "2"],
  ];
  return {
    name: "reply.pdf",
    merges: [],
    rows: [["5. Nationality of the children who went missing (2a and 2b):"], ...table, [after]],
    lines: [
      { kind: "prose", place: "page 2 line 11" },
      ...table.map((_, k) => ({ kind: "table" as const, place: `page 2 table 2 row ${k + 1}` })),
      { kind: "prose", place: "page 2 line 17" },
    ],
  };
}

// "We do not hold gender in a reportable form" straight under the table is
// read as a not-held statement; its words stood in the group column's place
// as a row that was neither a group nor blank, so the table had no group
// column and none of its counts was given a group.
describe("a nationality table's group column, with a line of the letter straight under the table", () => {
  it.each(["We do not hold gender in a reportable form for the missing records.", "Yours sincerely"])(
    "is still the group column over: %s",
    (after) => {
      const env = createLocateEnv("reply.pdf", "pdf", knowledge);
      const grid = buildGrid(pdfSheet(after), env);
      expect(findNationalityHeader(grid, 2, env)?.groupCol).toBe(1);
    },
  );
});
