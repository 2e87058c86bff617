import { describe, expect, it } from "vitest";
import { buildLines, type TextPiece } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";

const piece = (text: string, x: number, y: number, width: number): TextPiece => ({ text, x, y, width, height: 12 });

describe("findTables: a percentage pdf.js ran into its row's label", () => {
  it("cuts it off into its year's column, as it cuts a count", () => {
    // Round 80 (Ealing): "6. Percentage found to be an adult 47.6%" came as one piece, and the row was left as prose.
    const rows: [string, string, string, string][] = [
      ["1. Age assessments carried out", "21", "17", "36"],
      ["2. Found to be an adult", "10", "7", "11"],
      ["5. Average days to complete", "22.5", "23.0", "44.2"],
    ];
    const pieces = [
      piece("Question", 133.9, 772, 60.3),
      piece("2021", 302.7, 772, 33.3),
      piece("2022", 398.8, 772, 33.3),
      piece("2023", 495.9, 772, 33.3),
      ...rows.flatMap(([label, a, b, c], i) => {
        const y = 740.9 - 31.1 * i;
        return [
          piece(label, 58.2, y, 6 * label.length),
          piece(a, 272.8, y, 7.6 * a.length),
          piece(b, 368.8, y, 7.6 * b.length),
          piece(c, 464.9, y, 7.6 * c.length),
        ];
      }),
      piece("6. Percentage found to be an adult 47.6%", 58.2, 647.6, 252.7),
      piece("41.2%", 368.8, 647.6, 38.1),
      piece("30.6%", 464.9, 647.6, 38.1),
    ];
    const roles = findTables(buildLines(pieces)).map((r) => (r.kind === "table" ? r.cells.join(" | ") : r.kind));
    expect(roles.at(-1)).toBe("6. Percentage found to be an adult | 47.6% | 41.2% | 30.6%");
  });
});
