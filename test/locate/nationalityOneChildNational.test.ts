import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

/** A letter's lines, one cell a line, as the txt reader gives them; the nationality figures read from it. */
function nationalitiesOf(lines: string[]): string[] {
  const file = "reply.txt";
  const env = createLocateEnv(file, "txt", knowledge());
  const sheet: Sheet = { name: file, rows: lines.map((l) => [l]), merges: [] };
  const layout = locateFigures(buildGrid(sheet, env), env);
  return layout.tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).sort();
}

describe("one child's nationality written with its article and 'national'", () => {
  it.each([
    {
      line: "Question 5: The six UASC who went missing were Afghan (3), Iraqi (2) and Eritrean (1). The trafficked child who went missing was a British national. All were male.",
      read: ["trafficked British 1", "uasc Afghan 3", "uasc Eritrean 1", "uasc Iraqi 2"],
    },
    { line: "The unaccompanied young person who went missing was an Eritrean citizen.", read: ["uasc Eritrean 1"] },
    { line: "The trafficked child who went missing was Vietnamese.", read: ["trafficked Vietnamese 1"] },
    // Not a nationality after the article: nothing is read.
    { line: "The trafficked child who went missing was a boy.", read: [] },
  ])("$line", ({ line, read }) => {
    expect(nationalitiesOf([line])).toEqual(read);
  });
});
