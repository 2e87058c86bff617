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

const question =
  "2. The total number of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.";

describe("a nationality list in the went-missing answer whose items carry their gender in brackets", () => {
  it.each([
    {
      name: "a split of each count by gender",
      line: "3 children went missing or were absent: 2 British (1 male, 1 female) and 1 Vietnamese (male).",
      read: ["trafficked British 2", "trafficked Vietnamese 1"],
    },
    {
      name: "the gender in words",
      line: "3 children went missing or were absent: 2 British (one boy and one girl) and 1 Vietnamese (a boy).",
      read: ["trafficked British 2", "trafficked Vietnamese 1"],
    },
    {
      name: "no brackets (as before)",
      line: "3 children went missing or were absent: 2 British and 1 Vietnamese.",
      read: ["trafficked British 2", "trafficked Vietnamese 1"],
    },
  ])("$name", ({ line, read }) => {
    expect(nationalitiesOf([question, "", line])).toEqual(read);
  });
});

// A bracket of gender words that never closes must fail at once: a pattern whose words could each be read two
// ways ("boys" a count or a gender) backtracked exponentially on it (18 words took over 100 s).
describe("an unclosed bracket of gender words after a list item", () => {
  it.each([
    ["boys and girls", 200],
    ["male female", 200],
    ["1 male,  1 female", 200],
  ])("is read in time: %j repeated %i times", (words, times) => {
    const line = `3 children went missing or were absent: 2 British (${Array(times).fill(words).join(" and ")}, see note 2. 1 Vietnamese.`;
    expect(nationalitiesOf([question, "", line]).length).toBeGreaterThanOrEqual(0);
  });
});
