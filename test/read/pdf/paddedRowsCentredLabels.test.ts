import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

const cell = lineCell;
const line = (y: number, cells: LineCell[], top?: number): PdfLine => pdfLine(y, cells, 10.5, top);
const describeRoles = (lines: PdfLine[]): string[] =>
  findTables(lines, { wrappedHeaders: true }).map((role) =>
    role.kind === "prose"
      ? "prose"
      : role.kind === "joined"
        ? `joined into ${role.table}.${role.row}`
        : `${role.table}.${role.row}: ${role.cells.join(" | ")}`,
  );
const figures = (...values: string[]): LineCell[] =>
  values.map((v, k) => cell([306, 342, 377, 416][k] as number, ([306, 342, 377, 416][k] as number) + 7, v));

/**
 * A table of padded rows whose cells are centred top to bottom: a label of
 * five lines has its figures beside its third, so its first lines sit
 * above the figures' line. Line by line, those first lines were rows of
 * their own (a heading, an empty row) and the row's label opened
 * mid-sentence ("1d separated child who have also been").
 */
describe("findTables: a label centred in its padded row, starting above its figures", () => {
  it("puts the lines above into the row's label, after its question's number", () => {
    const lines = [
      line(510, [cell(58, 253, "1c Identified as a separated child."), ...figures("30", "46", "64", "13")]),
      line(468.8, [cell(78, 246, "Identified as an unaccompanied")]),
      line(456.6, [cell(78, 253, "asylum-seeking child (UASC) or a")]),
      line(444.3, [cell(58, 267, "1d separated child who have also been"), ...figures("6", "0", "0", "1")]),
      line(432.1, [cell(78, 290, "identified as trafficked.")]),
      line(404.8, [cell(78, 282, "Identified or suspected as having been")]),
      line(
        392.5,
        [cell(58, 71, "2a"), cell(78, 285, "trafficked and that have gone missing"), ...figures("1", "0", "4", "3")],
        404.8 - 12.2 + 12.2,
      ),
    ];
    lines[6] = { ...(lines[6] as PdfLine), top: 392.5 };
    const roles = describeRoles(lines);
    expect(roles.filter((r) => !r.startsWith("joined"))).toEqual([
      "1.1: 1c Identified as a separated child. | 30 | 46 | 64 | 13",
      "1.2: 1d Identified as an unaccompanied asylum-seeking child (UASC) or a separated child who have also been identified as trafficked. | 6 | 0 | 0 | 1",
      "1.3: 2a Identified or suspected as having been trafficked and that have gone missing | 1 | 0 | 4 | 3",
    ]);
  });

  it("leaves a heading in capitals over a row whose label opens in capitals as it was", () => {
    const lines = [
      line(510, [cell(58, 253, "1c Identified as a separated child."), ...figures("30", "46", "64", "13")]),
      line(496, [cell(58, 200, "Missing children")]),
      line(482, [cell(58, 267, "2a Identified as trafficked and missing"), ...figures("1", "0", "4", "3")]),
    ];
    expect(describeRoles(lines)).not.toContain("joined into 1.3");
    expect(describeRoles(lines)[2]).toBe("1.3: 2a Identified as trafficked and missing | 1 | 0 | 4 | 3");
  });
});

/**
 * "2024" / "Q  Question  2021 2022 2023  Jan–  Comments" / "Apr" over a
 * first row five lines tall whose figures sit beside its middle line: the
 * header's lines were too far above the figures' line to be taken, and its
 * "2021 2022 2023" (one run across three columns) and "Q" beside
 * "Question" (both in the label column) did not fit it, so no figure had
 * a period.
 */
describe("findTables: a wrapped header over a first row centred in a tall cell", () => {
  it("reads the header's lines as one row, its run of years cut over their columns", () => {
    const lines = [
      line(676, [cell(404, 433, "2024")]),
      line(663.8, [
        cell(62, 71, "Q"),
        cell(158, 211, "Question"),
        cell(295, 395, "2021 2022 2023"),
        cell(407, 431, "Jan–"),
        cell(472, 535, "Comments"),
      ]),
      line(651.5, [cell(408, 429, "Apr")]),
      line(
        587.5,
        [cell(58, 288, "1a Identified as trafficked"), ...figures("6", "0", "6", "1"), cell(441, 556, "NRM referrals")],
        612,
      ),
      line(
        535.7,
        [cell(58, 273, "1b Suspected"), ...figures("2", "7", "1", "2"), cell(441, 556, "Recorded risk")],
        548,
      ),
    ];
    expect(describeRoles(lines)).toEqual([
      "joined into 1.1",
      "joined into 1.1",
      "1.1: Q Question | 2021 | 2022 | 2023 | 2024 Jan–Apr | Comments",
      "1.2: 1a Identified as trafficked | 6 | 0 | 6 | 1 | NRM referrals",
      "1.3: 1b Suspected | 2 | 7 | 1 | 2 | Recorded risk",
    ]);
  });
});
