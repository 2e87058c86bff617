import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { makeIssue } from "../../src/domain/issues.js";
import { warnFootnotedFigures } from "../../src/match/warnFootnotedFigures.js";

const fact = (measure: string, raw: string, value: number): Fact => ({
  measure,
  status: "reported",
  value,
  lower: value,
  upper: value,
  raw,
  sources: [{ file: "reply.docx", format: "docx", sheet: "table 1", row: 5, col: 3 }],
  label: "Number of missing episodes",
});

describe("warnFootnotedFigures", () => {
  it.each([
    [
      "a threshold",
      "†",
      "6 †",
      "The UASC figure counts only missing episodes where the young person was missing for more than 24 hours.",
    ],
    ["a narrower group", "*", "12*", "Excludes children placed out of the borough."],
    ["a date", "‡", "47‡", "Figure as held on our system in November 2015."],
  ])("warns on the measure of a figure whose mark the file explains (%s)", (_name, mark, raw, note) => {
    const issues = warnFootnotedFigures([fact("uasc_missing_incidents", raw, 6)], new Map([[mark, note]]), []);
    expect(issues).toEqual([
      expect.objectContaining({ code: "value_annotated", severity: "warning", measure: "uasc_missing_incidents" }),
    ]);
    expect(issues[0]?.message).toContain(note);
  });

  it('warns on a figure summed from cells when one of them is marked ("2 + 9²")', () => {
    const summed: Fact = { ...fact("trafficked_missing_incidents", "2 + 9²", 11), status: "derived" };
    const issues = warnFootnotedFigures(
      [summed],
      new Map([["²", "Includes 4 episodes which may be double counted."]]),
      [],
    );
    expect(issues.map((i) => [i.code, i.severity, i.measure])).toEqual([
      ["value_annotated", "warning", "trafficked_missing_incidents"],
    ]);
  });

  it("leaves a figure with no mark, or a mark the file does not explain", () => {
    const notes = new Map([["†", "Only episodes over 24 hours."]]);
    expect(
      warnFootnotedFigures([fact("uasc_went_missing", "6", 6), fact("uasc_looked_after", "9*", 9)], notes, []),
    ).toEqual([]);
  });

  it("leaves a measure already warned on by a reader that understood its note", () => {
    const earlier = makeIssue("label_ambiguous", {
      message: "episodes, not children",
      file: "reply.docx",
      measure: "uasc_missing_incidents",
    });
    expect(
      warnFootnotedFigures(
        [fact("uasc_missing_incidents", "6 †", 6)],
        new Map([["†", "Only episodes over 24 hours."]]),
        [earlier],
      ),
    ).toEqual([]);
  });

  it("warns on a figure under a marked heading, even where another period's figure of the measure is warned", () => {
    const at = (col: number) => [
      { file: "reply.docx", format: "docx" as const, sheet: "table 1", row: 5, col, place: `table 1 row 5 col ${col}` },
    ];
    const under: Fact = { ...fact("uasc_looked_after", "54", 54), periodText: "2021 (Cumbria CC)†", sources: at(2) };
    const other: Fact = { ...fact("uasc_looked_after", "36", 36), periodText: "2023", sources: at(4) };
    const elsewhere = makeIssue("period_part", {
      message: "2023 only from April",
      file: "reply.docx",
      cell: "table 1 row 5 col 4",
      measure: "uasc_looked_after",
    });
    const notes = new Map([
      ["†", "The figures for 2021 and 2022 are for the whole former Cumbria County Council area."],
    ]);
    const issues = warnFootnotedFigures([under, other], notes, [elsewhere]);
    expect(issues.map((i) => [i.code, i.measure, i.cell])).toEqual([
      ["value_annotated", "uasc_looked_after", "table 1 row 5 col 2"],
    ]);
    expect(issues[0]?.message).toContain('under the heading "2021 (Cumbria CC)†"');
  });

  it("leaves a figure under a heading whose mark the file does not explain, or that carries none", () => {
    const notes = new Map([["*", "Council created 1 April 2021."]]);
    const figures = [
      { ...fact("uasc_looked_after", "54", 54), periodText: "2021†" },
      { ...fact("uasc_went_missing", "5", 5), periodText: "2022" },
    ];
    expect(warnFootnotedFigures(figures, notes, [])).toEqual([]);
  });
});
