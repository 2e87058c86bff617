import { describe, expect, it } from "vitest";
import type { FigureResult } from "../../src/verify/checkFigures.js";
import type { ExpectedFigure } from "../../src/verify/expected.js";
import { renderCheckTable } from "../../src/verify/renderCheckTable.js";

const figure = (id: string, title: string) => ({ id, title }) as unknown as ExpectedFigure;
const results: FigureResult[] = [
  {
    figure: figure("1", "Trafficked children looked after in England, Wales, Scotland and Northern Ireland"),
    published: "590",
    computed: "588–592",
    status: "within_bounds",
    pass: true,
    difference: "within bounds 588–592 (suppressed figures)",
  },
  {
    figure: figure("2", "Unaccompanied children who went missing at least once, in the five regions of the South"),
    published: "1,204",
    computed: "1,198",
    status: "differs",
    pass: false,
    difference: "−6",
  },
];

describe("renderCheckTable", () => {
  it.each([80, 100, 160])("fits %i columns, wrapping the titles rather than the numbers", (width) => {
    const table = renderCheckTable(results, width);
    for (const line of table.split("\n")) expect(line.length, line).toBeLessThanOrEqual(width);
    expect(table).toContain("588–592");
    expect(table).toContain("1,204");
  });

  it("puts failures first", () => {
    const rows = renderCheckTable(results, 80).split("\n").slice(2);
    expect(rows[0]).toMatch(/^2 /);
    expect(rows.findIndex((r) => r.startsWith("1 "))).toBeGreaterThan(0);
  });

  it("colours only the verdict, through the renderer's paint", () => {
    const table = renderCheckTable(results, 80, (text, pass) => (pass ? `<ok>${text}</ok>` : `<no>${text}</no>`));
    expect(table).toMatch(/<no>✗\s*<\/no>/);
    expect(table).toMatch(/<ok>✓\s*<\/ok>/);
  });
});
