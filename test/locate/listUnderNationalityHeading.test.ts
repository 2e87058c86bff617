import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

function letter(lines: string[]): Sheet {
  return { name: "reply.txt", rows: lines.map((l) => [l]), merges: [] };
}

function read(lines: string[]): string[] {
  const env = createLocateEnv("reply.txt", "txt", knowledge());
  const layout = locateFigures(buildGrid(letter(lines), env), env);
  return layout.tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`));
}

// A list whose line runs on into the next sentence ("… Romanian - 1. Gender:
// the" / "children were all male.") is a paragraph with no cells; only a
// paragraph whose own opening words named nationality was read as a list,
// so this one, named by the heading above it, was dropped without a word.
describe("a list under a heading of its own, its line running on into another sentence", () => {
  it.each([
    "Albanian - 2, Nigerian - 2, Romanian - 1. Gender: the children were all male.",
    "Albanian (2), Nigerian (2) and Romanian (1). All of them were male.",
  ])("is read: %s", (line) => {
    const got = read([
      "2a Trafficked children who went missing: 5",
      "Nationality of trafficked children who went missing:",
      line,
      "Yours sincerely",
    ]);
    expect(got).toEqual(["trafficked Albanian 2", "trafficked Nigerian 2", "trafficked Romanian 1"]);
  });

  it.each([
    // No heading over it: a fragment of a page set in two columns.
    ["2a Trafficked children who went missing: 5", "Albanian - 2, Nigerian - 2. We are unable to"],
    // A heading with no colon does not introduce the line under it.
    ["Nationality of trafficked children who went missing", "Albanian - 2, Nigerian - 2. We are unable to"],
  ])("is not read as a list under %j", (...lines) => {
    expect(read(lines)).toEqual([]);
  });
});
