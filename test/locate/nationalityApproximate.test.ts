import { describe, expect, it } from "vitest";
import { findMeasure } from "../../src/domain/request.js";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

/** A letter's lines, one cell a line: the nationality figures read and the approximate-count warnings. */
function read(lines: string[]): { nationalities: string[]; approximate: { measure?: string; raw?: string }[] } {
  const file = "reply.txt";
  const env = createLocateEnv(file, "txt", knowledge());
  const sheet: Sheet = { name: file, rows: lines.map((l) => [l]), merges: [] };
  const layout = locateFigures(buildGrid(sheet, env), env);
  const tables = layout.tables;
  return {
    nationalities: tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).sort(),
    approximate: [...tables.flatMap((t) => t.issues), ...layout.issues]
      .filter((i) => i.code === "value_approximate")
      .map((i) => ({ measure: i.measure, raw: i.raw })),
  };
}

const uascMissing = findMeasure(knowledge().request, "uasc", "went_missing")?.id;

describe("an approximate count in a nationality list is flagged, never silently dropped", () => {
  it.each([
    { line: "Q7. Nationalities of the UASC who went missing: about 4 Afghan and 1 Eritrean.", nationality: "Afghan" },
    {
      line: "Nationalities of the UASC who went missing: 1 Afghan and approximately 3 Eritrean.",
      nationality: "Eritrean",
    },
    { line: "Nationalities of the UASC who went missing: around 2 Vietnamese, 1 Afghan.", nationality: "Vietnamese" },
    { line: "Nationalities of the UASC who went missing: c. 4 Afghan, 2 Albanian.", nationality: "Afghan" },
    { line: "Nationalities of the UASC who went missing: Afghan about 4, Eritrean 1.", nationality: "Afghan" },
    { line: "Nationalities of the UASC who went missing: Afghan (approx. 4), Eritrean 1.", nationality: "Afghan" },
  ])("$line", ({ line, nationality }) => {
    const got = read(["6 unaccompanied asylum seeking children went missing.", "", line]);
    // The exact items are read; the approximate one is not counted as exact…
    expect(got.nationalities.some((n) => n.includes(nationality))).toBe(false);
    expect(got.nationalities.length).toBe(1);
    // …and a warning names the group's went-missing measure.
    expect(uascMissing).toBeDefined();
    expect(got.approximate).toEqual([expect.objectContaining({ measure: uascMissing })]);
  });

  it("an exact list raises no such warning", () => {
    const got = read(["Nationalities of the UASC who went missing: 4 Afghan and 1 Eritrean."]);
    expect(got.nationalities).toEqual(["uasc Afghan 4", "uasc Eritrean 1"]);
    expect(got.approximate).toEqual([]);
  });
});
