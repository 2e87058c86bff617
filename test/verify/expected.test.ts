import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseExpectedFigures } from "../../src/verify/expected.js";
import { EXPECTED_PATH } from "./support.js";

describe("the bundled published figures", () => {
  const parsed = parseExpectedFigures(readFileSync(EXPECTED_PATH, "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const figures = parsed.value.figures;

  it("holds every row 1–18 of the published table", () => {
    const rows = new Set(figures.map((f) => Number.parseInt(f.id, 10)));
    expect([...rows].sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it.each(figures.map((f) => [f.id, f]))("figure %s cites its source", (_id, f) => {
    const wanted = Number.parseInt(f.id, 10) >= 16 ? "ECPAT UK key findings" : "Heading back to harm, 15 Nov 2016";
    expect(f.source).toContain(wanted);
  });

  it.each([
    ["2", 590],
    ["3a", 167],
    ["4", 4744],
    ["5a", 593],
    ["6", 207],
    ["7a", 445],
    ["8a", 4267],
    ["16", 39],
    ["17", 74],
  ])("figure %s is published as %d", (id, value) => {
    expect(figures.find((f) => f.id === id)?.published).toBe(value);
  });
});

describe("invalid expected-figures files", () => {
  const valid = { title: "t", figures: [{ id: "1", title: "a", source: "s", kind: "reference_count", published: 3 }] };
  const withFigure = (f: Record<string, unknown>) =>
    JSON.stringify({ ...valid, figures: [{ ...valid.figures[0], ...f }] });
  it.each([
    ["broken JSON", "{ title: ", "not valid JSON"],
    ["no title", JSON.stringify({ figures: valid.figures }), "title:"],
    ["no figures", JSON.stringify({ title: "t", figures: [] }), "figures:"],
    ["an unknown kind", withFigure({ kind: "median" }), "figures.0.kind:"],
    ["a published text where a number is needed", withFigure({ published: "217" }), "figures.0.published:"],
    ["a misspelt key", withFigure({ kind: "total", measures: "x", published: 1 }), "figures.0"],
    ["a bad measure id", withFigure({ kind: "total", measure: "Trafficked LA", published: 1 }), "figures.0.measure"],
    [
      "an unknown comparison",
      withFigure({ kind: "authority_count", condition: { measure: "x", op: "<", value: 1 }, published: 1 }),
      "figures.0.condition",
    ],
    [
      "another rounding rule",
      withFigure({
        kind: "average",
        numerator: { measure: "a" },
        denominator: { measure: "b" },
        rounding: "bankers",
        published: 1,
      }),
      "figures.0.rounding",
    ],
    [
      "duplicate ids",
      JSON.stringify({ ...valid, figures: [valid.figures[0], valid.figures[0]] }),
      'figures.1.id: duplicate id "1"',
    ],
  ])("rejects %s, naming where", (_name, text, where) => {
    const r = parseExpectedFigures(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toContain(where);
  });

  it("accepts the minimal file and fills defaults", () => {
    const r = parseExpectedFigures(withFigure({ kind: "total", measure: "x", published: 1 }));
    expect(r.ok && r.value.figures[0]).toMatchObject({ area: "UK" });
  });
});
