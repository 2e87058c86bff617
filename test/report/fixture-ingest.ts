import type { IngestResult } from "../../src/domain/returns.js";
import { buildReturn, cell, ingestOf, noReturn, reported, suppressed } from "./build-returns.js";

/**
 * A small national run with one council per kind of problem, shared by the
 * report and follow-up tests:
 * - Lewisham: a suppressed figure ("fewer than 5") — needs a letter about exactly that figure;
 * - Surrey: a clean, complete return — needs no letter;
 * - Devon: more children missing than looked after, and a financial-year period;
 * - Kent: a file that could not be opened;
 * - Hackney, Isle of Anglesey, Glasgow City: sent nothing;
 * - mystery.pdf: a file tied to no authority.
 */
export function fixtureIngest(): IngestResult {
  const lewishamFile = "Lewisham FOI response.xlsx";
  const lewisham = buildReturn("E09000023", {
    files: [lewishamFile],
    status: "answered",
    values: [
      suppressed("uasc_went_missing", "fewer than 5", cell(lewishamFile, 8, 2, "Missing")),
      reported("uasc_looked_after", 61, cell(lewishamFile, 7, 2, "Missing"), "61 | see note\nbelow"),
    ],
    periods: [
      {
        raw: "1 October 2014 - 30 September 2015",
        start: "2014-10-01",
        end: "2015-09-30",
        source: cell(lewishamFile, 2, 1, "Missing"),
      },
    ],
    decisions: [
      {
        file: lewishamFile,
        sheet: "Missing",
        cell: "A6",
        message: "Row 6 taken as the header row (most text cells above figures).",
      },
      {
        file: lewishamFile,
        sheet: "Missing",
        cell: "A8",
        message: 'Label "UASC who went missing" matched uasc_went_missing.',
      },
      { file: lewishamFile, sheet: "Notes", message: "Sheet skipped: no figures." },
    ],
    issues: [
      {
        code: "value_suppressed",
        severity: "warning",
        message: `"fewer than 5" in ${lewishamFile}, sheet "Missing", cell B8: suppressed value, read as 1–4`,
        file: lewishamFile,
        sheet: "Missing",
        cell: "B8",
        measure: "uasc_went_missing",
        raw: "fewer than 5",
      },
    ],
  });

  const surrey = buildReturn("E10000030", { files: ["Surrey CC FOI response.csv"] });

  const devonFile = "Devon.csv";
  const devon = buildReturn("E10000008", {
    files: [devonFile],
    status: "answered",
    values: [
      reported("trafficked_looked_after", 3, cell(devonFile, 4, 2)),
      reported("trafficked_went_missing", 5, cell(devonFile, 5, 2)),
    ],
    periods: [{ raw: "2014/15 financial year", start: "2014-04-01", end: "2015-03-31", source: cell(devonFile, 1, 1) }],
    issues: [
      {
        code: "check_missing_exceeds_looked_after",
        severity: "error",
        message:
          "Devon.csv gives 5 trafficked children who went missing (row 5, column B) but only 3 looked after (row 4, column B).",
        file: devonFile,
        cell: "B5",
        measure: "trafficked_went_missing",
        raw: "5",
      },
      {
        code: "period_approximate",
        severity: "warning",
        message: '"2014/15 financial year" in Devon.csv, row 1, column A: a financial year, not the period requested',
        file: devonFile,
        cell: "A1",
        raw: "2014/15 financial year",
      },
    ],
  });

  const kent = buildReturn("E10000016", {
    files: ["Kent.xlsx"],
    status: "unreadable",
    values: knowledgeMeasuresNotAnswered(),
    issues: [
      {
        code: "file_corrupt",
        severity: "error",
        message: "Kent.xlsx could not be opened: it is not a valid xlsx workbook.",
        file: "Kent.xlsx",
      },
      ...knowledgeMeasuresNotAnswered().map((v) => ({
        code: "value_not_answered" as const,
        severity: "warning" as const,
        message: `No answer for ${v.measure}.`,
        measure: v.measure,
      })),
    ],
  });

  return ingestOf(
    [surrey, noReturn("S12000046"), lewisham, devon, noReturn("E09000012"), kent, noReturn("W06000001")],
    {
      files: [
        {
          file: "mystery.pdf",
          ingested: false,
          authority: null,
          reason: "PDF files are not read; save it as .xlsx or .csv",
        },
      ],
      issues: [
        {
          code: "file_unsupported",
          severity: "error",
          message: "mystery.pdf is a PDF, which foi-agg does not read. Save the tables as .xlsx or .csv.",
          file: "mystery.pdf",
        },
      ],
    },
  );
}

function knowledgeMeasuresNotAnswered() {
  return [
    "trafficked_looked_after",
    "trafficked_went_missing",
    "trafficked_missing_incidents",
    "trafficked_not_found",
    "uasc_looked_after",
    "uasc_went_missing",
    "uasc_missing_incidents",
    "uasc_not_found",
    "not_found",
    "trafficked_identified",
    "trafficked_suspected",
  ].map((measure) => ({
    measure,
    status: "not_answered" as const,
    value: null,
    lower: null,
    upper: null,
    raw: "",
    sources: [],
    label: "",
  }));
}
