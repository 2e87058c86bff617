import { describe, expect, it } from "vitest";
import type { LineCell, PdfLine } from "../../../src/read/pdf/buildLines.js";
import { findTables } from "../../../src/read/pdf/findTables.js";
import { lineCell, pdfLine } from "./buildPdf.js";

/**
 * A table "Q | Description | Calendar year 2017" (round 78) whose narrow Q
 * column touches the Description column ("1b" ends where its label starts),
 * and whose one-line rows print the number and the label as one run ("1a
 * Looked after …"). Those rows, and a row with no number ("Total
 * trafficked"), were left out of the table or started another whose
 * columns had lost the header; the figures beside them went unread.
 */
const cell = lineCell;
const line = (r: number, ...cells: LineCell[]): PdfLine => pdfLine(700 - 14 * r, cells, 10);

function roles(lines: PdfLine[]): string[] {
  return findTables(lines, { wrappedHeaders: true }).map((role) =>
    role.kind === "table" ? `${role.table}.${role.row}: ${role.cells.join(" | ")}` : role.kind,
  );
}

describe("findTables: a narrow column of question numbers", () => {
  it("cuts a number run into its label, and keeps a label that touches the number column in its own", () => {
    expect(
      roles([
        line(0, cell(60.8, 69.3, "Q"), cell(239, 303.6, "Description"), cell(478.8, 557.5, "Calendar year 2017")),
        line(1, cell(58.2, 447.2, "1a Looked after children identified as trafficked"), cell(515, 521.4, "4")),
        line(2, cell(58.2, 74.7, "1b"), cell(74.7, 444.3, "Looked after children suspected"), cell(515, 521.4, "7")),
        line(3, cell(74.7, 216.6, "Total trafficked (1a + 1b)"), cell(511.2, 525.1, "10")),
        line(4, cell(58.2, 379.8, "1c Looked after children identified as UASC"), cell(511.8, 524.5, "25")),
      ]),
    ).toEqual([
      "1.1: Q | Description | Calendar year 2017",
      "1.2: 1a | Looked after children identified as trafficked | 4",
      "1.3: 1b | Looked after children suspected | 7",
      "1.4:  | Total trafficked (1a + 1b) | 10",
      "1.5: 1c | Looked after children identified as UASC | 25",
    ]);
  });

  it("leaves a numbered paragraph alone on its line as prose", () => {
    expect(
      roles([
        line(0, cell(60.8, 69.3, "Q"), cell(239, 303.6, "Description"), cell(478.8, 557.5, "2017")),
        line(1, cell(58.2, 74.7, "1b"), cell(74.7, 444.3, "Looked after children suspected"), cell(515, 521.4, "7")),
        line(2, cell(58.2, 470, "5. The trafficked children who went missing were British (2) and")),
      ]),
    ).toEqual(["1.1: Q | Description | 2017", "1.2: 1b | Looked after children suspected | 7", "prose"]);
  });
});

/**
 * "Your request | Our response" (round 78): each question quoted whole, its
 * words wrapping over several lines and its answer beside one of them, the
 * answer wrapping too. Line by line, "fewer than five (to protect the
 * identity of" and "individuals)" were two rows, and a question's figure
 * sat on a row whose words had lost the question's number.
 */
const at = (y: number, ...cells: LineCell[]): PdfLine => ({
  y,
  height: 10,
  text: cells.map((c) => c.text).join(" "),
  cells,
});

describe("findTables: a numbered question quoted over several lines beside its answer", () => {
  it("joins the question's lines and its wrapped answer into one row", () => {
    expect(
      roles([
        at(660, cell(58, 120, "Your request"), cell(339, 420, "Our response")),
        at(645, cell(58, 315, "1b. The total number of looked after children in the")),
        at(
          633.4,
          cell(58, 330, "care of your authority that have been: b. Suspected of"),
          cell(339, 544, "fewer than five (to protect the identity of"),
        ),
        at(
          621.7,
          cell(58, 327, "having been a victim of trafficking or modern slavery,"),
          cell(339, 396, "individuals)"),
        ),
        at(610.1, cell(58, 154, "if not included in a.")),
        at(595.6, cell(58, 315, "1c. The total number of looked after children in the")),
        // The figure centred beside two of the question's lines: one line, at the lower one's baseline.
        at(
          572.3,
          cell(58, 326, "care of your authority that have been: c. Identified as a UASC"),
          cell(339, 352, "24"),
        ),
        at(560.6, cell(58, 138, "separated child.")),
      ]),
    ).toEqual([
      "1.1: Your request | Our response",
      "1.2: 1b. The total number of looked after children in the care of your authority that have been: b. Suspected of having been a victim of trafficking or modern slavery, if not included in a. | fewer than five (to protect the identity of individuals)",
      "joined",
      "joined",
      "joined",
      "1.3: 1c. The total number of looked after children in the care of your authority that have been: c. Identified as a UASC separated child. | 24",
      "joined",
      "joined",
    ]);
  });

  it("keeps a lower-case line with a figure of its own under a row that has one", () => {
    expect(
      roles([
        at(660, cell(58, 200, "1. Looked after children"), cell(339, 352, "45")),
        at(648, cell(58, 200, "of whom unaccompanied"), cell(339, 346, "4")),
        at(636, cell(58, 200, "2. Went missing"), cell(339, 346, "3")),
      ]),
    ).toEqual(["1.1: 1. Looked after children | 45", "1.2: of whom unaccompanied | 4", "1.3: 2. Went missing | 3"]);
  });
});
