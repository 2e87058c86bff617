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

// A list of one nationality needs a word for nationality beside it ("Afghan
// 3" alone may be anything); "nationals" is such a word, as "nationality" is.
describe("one nationality and its count, called 'nationals'", () => {
  it("is a list of one", () => {
    expect(
      nationalitiesOf([
        "We looked after 10 unaccompanied asylum seeking children. 3 of them went missing.",
        "",
        "The unaccompanied children who went missing were Afghan nationals (3), all male.",
      ]),
    ).toEqual(["uasc Afghan 3"]);
  });

  it("without a word for nationality, one item is still no list", () => {
    expect(
      nationalitiesOf([
        "We looked after 10 unaccompanied asylum seeking children. 3 of them went missing.",
        "",
        "The unaccompanied children who went missing were Afghan (3), all male.",
      ]),
    ).toEqual([]);
  });
});
