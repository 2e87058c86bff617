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

describe("a group's name and a dash heading a list of one", () => {
  it.each([
    { lines: ["Trafficked – Albanian 1."], read: ["trafficked Albanian 1"] },
    {
      lines: [
        "Question 5 – nationality of children who went missing: UASC – Afghan 3, Eritrean 2, Iranian 2.",
        "Trafficked – Albanian 1. All the children who went missing were male.",
      ],
      read: ["trafficked Albanian 1", "uasc Afghan 3", "uasc Eritrean 2", "uasc Iranian 2"],
    },
    // A line naming no group before its dash is no heading of a list.
    { lines: ["Total – Albanian 1."], read: [] },
  ])("$lines", ({ lines, read }) => {
    expect(nationalitiesOf(lines)).toEqual(read);
  });
});
