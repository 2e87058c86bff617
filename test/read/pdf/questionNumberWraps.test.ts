import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell as cell, pdfLine } from "./buildPdf.js";

const line = (y: number, cells: LineCell[]): PdfLine => pdfLine(y, cells);
const COLUMNS = [306, 342, 377, 416];
const figures = (...values: string[]): LineCell[] =>
  values.map((v, k) => cell(COLUMNS[k] as number, (COLUMNS[k] as number) + 12, v));
const rolesOf = (lines: PdfLine[]): string[] =>
  findTables(lines).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );

/**
 * "Amheuir eu bod wedi'u masnachu / Suspected of being trafficked" wrapped in
 * a narrow first column, its question's number "(1b)" alone on the last line.
 * A wrapped line was taken into the label only when it opened in lower case
 * or with a bracket before a letter, so "(1b)" was a row of no figures and
 * the row above kept a label without its number, which said no count: the
 * row's figures were not read (a bilingual Welsh reply).
 */
describe("findTables: a label's question number wraps onto a line of its own", () => {
  it("joins the bracketed number into the row's label", () => {
    const lines = [
      line(520, [cell(58, 120, "Question"), ...figures("2021", "2022", "2023", "2024")]),
      line(505, [cell(58, 130, "Suspected of"), ...figures("1", "0", "1", "1")]),
      line(492.5, [cell(58, 130, "being trafficked")]),
      line(480, [cell(58, 80, "(1b)")]),
      line(465, [cell(58, 130, "Total 1a + 1b"), ...figures("1", "0", "2", "1")]),
    ];
    expect(rolesOf(lines).filter((r) => !r.startsWith("joined"))).toEqual([
      "1.1: Question | 2021 | 2022 | 2023 | 2024",
      "1.2: Suspected of being trafficked (1b) | 1 | 0 | 1 | 1",
      "1.3: Total 1a + 1b | 1 | 0 | 2 | 1",
    ]);
  });

  it("leaves a bracketed number that opens words as a row of its own", () => {
    const lines = [
      line(520, [cell(58, 120, "Question"), ...figures("2021", "2022", "2023", "2024")]),
      line(505, [cell(58, 130, "Suspected"), ...figures("1", "0", "1", "1")]),
      line(492.5, [cell(58, 130, "(2) Went missing")]),
      line(480, [cell(58, 130, "Total"), ...figures("1", "0", "2", "1")]),
    ];
    expect(rolesOf(lines)).not.toContain("joined into 1.2");
  });
});
