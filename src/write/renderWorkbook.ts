import { countBySeverity } from "../domain/issues.js";
import type { SummaryRow } from "../domain/outputs.js";
import type { IngestResult } from "../domain/returns.js";
import { showControls } from "../domain/showControls.js";
import type { Knowledge } from "../knowledge/index.js";
import {
  describeFigure,
  describeStatus,
  formatRange,
  formatSpread,
  shortMeasureName,
} from "../quality/describeFigure.js";
import { areaColumns, sortByAuthority } from "./areaColumns.js";
import { type OutputTables, tabulateOutputs } from "./tabulateOutputs.js";
import { writeXlsx, XLSX_STYLE, type XlsxCell, type XlsxSheet, type XlsxStyle } from "./writeXlsx.js";

/** Written into the file's properties and zip entries, so the same run gives the same bytes. */
const STAMP = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
/** Excel's limit on the characters in one cell. */
const CELL_LIMIT = 32_767;

type Cell = string | number | null;

interface Column {
  header: string;
  width: number;
  /** A whole-number column: numbers get a thousands separator. */
  count?: boolean;
  /** What the README sheet says the column holds. */
  meaning: string;
}

interface SheetSpec {
  name: string;
  about: string;
  columns: Column[];
  rows: Cell[][];
  /** Columns kept in view when scrolling right (the authority's name). */
  frozenColumns?: number;
}

/**
 * foi-agg.xlsx: the summaries, one row per authority with figures written as
 * people write them, the long values table and the quality issues, with a
 * README sheet. Pure (async only so that callers need not change if writing
 * ever streams).
 *
 * Text from returns is only ever written as a string cell (writeXlsx never
 * writes a formula), so "=HYPERLINK(…)" in a return stays the text it was;
 * the workbook test reads the file back with exceljs to hold that. The text is not prefixed with an apostrophe (as OWASP advises
 * for CSV): in a typed string cell nothing is evaluated, and raw text must
 * stay exactly what the council wrote.
 *
 * `tables` are the rows shared with the CSV files (tabulateOutputs), when
 * the caller has them already.
 */
export async function renderWorkbook(
  result: IngestResult,
  knowledge: Pick<Knowledge, "authorities" | "request">,
  tables: OutputTables = tabulateOutputs(result, knowledge),
): Promise<Uint8Array> {
  const sheets = buildSheets(knowledge, tables);
  return writeXlsx([readmeSheet(sheets, knowledge), ...sheets.map(toXlsxSheet)], "foi-agg", STAMP);
}

/** The sheets' names, in workbook order, README first. */
export const WORKBOOK_SHEETS = [
  "README",
  "UK and nations",
  "Regions",
  "Nationalities",
  "Authorities",
  "Values",
  "Quality issues",
] as const;

function buildSheets(knowledge: Pick<Knowledge, "authorities" | "request">, tables: OutputTables): SheetSpec[] {
  const { request } = knowledge;
  const labels = new Map(request.measures.map((m) => [m.id, m.label]));
  const { periods, national, regional, values, quality, nationalities } = tables;
  // With several periods every figure sheet gets a period column after its
  // names; a one-period workbook has none, so it stays as it always was.
  const many = periods.length > 1;
  const periodColumn: Column = {
    header: "period",
    width: 12,
    meaning: `The requested period the row is for: ${request.periods.map((p) => `${p.id} = ${p.label}`).join("; ")}`,
  };
  const withPeriod = (columns: Column[], at: number): Column[] =>
    many ? [...columns.slice(0, at), periodColumn, ...columns.slice(at)] : columns;
  const inPeriod = (cells: Cell[], period: string, at: number): Cell[] =>
    many ? [...cells.slice(0, at), period, ...cells.slice(at)] : cells;
  const summaryColumns: Column[] = [
    { header: "area_code", width: 12, meaning: "GSS code of the area (K02000001 is the UK)" },
    { header: "area", width: 24, meaning: "Name of the area" },
    { header: "measure", width: 28, meaning: "Measure id, as in the CSV files" },
    { header: "measure_label", width: 50, meaning: "What the request asked for" },
    {
      header: "figure",
      width: 14,
      meaning:
        "The figure as it should be quoted: one number, or lower–upper when suppressed figures leave a range; for an average or a percentage, never a total but the median, lowest and highest of the councils' own figures",
    },
    {
      header: "exact_total",
      width: 12,
      count: true,
      meaning: "Sum of the exact figures only (empty for an average or a percentage, which is never added up)",
    },
    { header: "lower", width: 10, count: true, meaning: "Lowest the total can be (suppressed figures at their least)" },
    { header: "upper", width: 10, count: true, meaning: "Highest the total can be (suppressed figures at their most)" },
    { header: "authorities_exact", width: 10, count: true, meaning: "Authorities that gave an exact figure" },
    { header: "authorities_suppressed", width: 10, count: true, meaning: "Authorities that gave a range only" },
    {
      header: "authorities_without_figure",
      width: 10,
      count: true,
      meaning: "Authorities with no figure (not held, refused, no return…)",
    },
    {
      header: "authorities_clarified",
      width: 10,
      count: true,
      meaning: "Authorities whose figure rests on a clarification",
    },
  ];
  const summaryRows = (rows: readonly SummaryRow[]): Cell[][] =>
    rows.map((r) => inPeriod(summaryCells(r), r.period, 2));
  const summaryCells = (r: SummaryRow): Cell[] => [
    r.area_code,
    r.area_name,
    r.measure,
    labels.get(r.measure) ?? r.measure,
    // An average or a percentage is never added up: its figure is how the councils' own figures spread.
    r.lower === null || r.upper === null ? formatSpread(r) : formatRange(r.lower, r.upper),
    r.total,
    r.lower,
    r.upper,
    r.authorities_exact,
    r.authorities_suppressed,
    r.authorities_without_figure,
    r.authorities_override,
  ];

  const measureColumns = request.measures.flatMap((m): Column[] => [
    {
      header: shortMeasureName(m),
      width: 16,
      meaning: `${m.label}: the figure as people write it (12, 1–4 (suppressed), refused (s.12), not held)`,
    },
    { header: `${shortMeasureName(m)} status`, width: 12, meaning: `${m.label}: the figure's status` },
  ]);
  // Authority first, then period, as authorities.csv orders them.
  const authorityRows = periods
    .flatMap(({ period, returns }) =>
      sortByAuthority(returns).map((ret, i) => ({ i, cells: inPeriod(authorityCells(ret), period, 2) })),
    )
    .sort((a, b) => a.i - b.i)
    .map((r) => r.cells);
  function authorityCells(ret: IngestResult["returns"][number]): Cell[] {
    const counts = countBySeverity(ret.issues);
    const area = areaColumns(ret);
    const figures = request.measures.flatMap((m): Cell[] => {
      const v = ret.values.find((x) => x.measure === m.id);
      return v ? [describeFigure(v), describeStatus(v.status)] : ["", ""];
    });
    return [
      area.authority_code,
      area.authority_name,
      area.nation,
      area.region_name,
      ret.status.replace("_", " "),
      ret.files.join("; "),
      counts.error,
      counts.warning,
      ...figures,
    ];
  }

  return [
    {
      name: "UK and nations",
      about: `The UK and each nation: one row per area${many ? ", measure and period" : " and measure"} (summary-national.csv)`,
      columns: withPeriod(summaryColumns, 2),
      rows: summaryRows(national),
    },
    {
      name: "Regions",
      about: "English regions, then Wales, Scotland and Northern Ireland (summary-regional.csv)",
      columns: withPeriod(summaryColumns, 2),
      rows: summaryRows(regional),
    },
    {
      name: "Nationalities",
      about: "Missing children by nationality, where returns gave a breakdown (nationalities.csv)",
      columns: withPeriod(
        [
          { header: "group", width: 12, meaning: "trafficked or uasc (unaccompanied asylum-seeking children)" },
          { header: "nationality", width: 22, meaning: "Nationality, with council spellings merged" },
          { header: "iso_code", width: 8, meaning: "ISO 3166-1 code, empty where there is none" },
          { header: "missing_children", width: 12, count: true, meaning: "Sum of the exact figures" },
          { header: "lower", width: 10, count: true, meaning: "Lowest the total can be" },
          { header: "upper", width: 10, count: true, meaning: "Highest the total can be" },
          {
            header: "authorities",
            width: 11,
            count: true,
            meaning: "Authorities whose breakdown names this nationality",
          },
        ],
        1,
      ),
      rows: nationalities.map((n) =>
        inPeriod(
          [n.group, n.nationality, n.iso_code, n.missing_children, n.lower, n.upper, n.authorities],
          n.period ?? "",
          1,
        ),
      ),
    },
    {
      name: "Authorities",
      about: `One row per authority${many ? " and period" : ""}, each figure as people write it with its status beside it (authorities.csv)`,
      columns: withPeriod(
        [
          { header: "authority_code", width: 12, meaning: "GSS code of the authority" },
          { header: "authority", width: 28, meaning: "Name of the authority" },
          { header: "nation", width: 14, meaning: "Nation" },
          { header: "region", width: 20, meaning: "Region (the nation itself outside England)" },
          { header: "return", width: 12, meaning: "answered, partial, refused, not held, unreadable or no return" },
          { header: "files", width: 36, meaning: "The files read for this authority" },
          { header: "errors", width: 8, count: true, meaning: "Error-level issues found in its return" },
          { header: "warnings", width: 9, count: true, meaning: "Warnings found in its return" },
          ...measureColumns,
        ],
        2,
      ),
      rows: authorityRows,
      frozenColumns: 2,
    },
    {
      name: "Values",
      about: `One row per authority${many ? ", measure and period" : " and measure"}, with where each figure was read (values.csv)`,
      columns: withPeriod(
        [
          { header: "authority_code", width: 12, meaning: "GSS code of the authority" },
          { header: "authority", width: 28, meaning: "Name of the authority" },
          { header: "region", width: 20, meaning: "Region" },
          { header: "measure", width: 28, meaning: "Measure id" },
          { header: "figure", width: 16, meaning: "The figure as people write it" },
          {
            header: "status",
            width: 12,
            meaning:
              "reported, derived, override (clarified), suppressed, conflict, not_held, refused, not_answered, no_return",
          },
          { header: "value", width: 9, count: true, meaning: "The exact figure; empty unless exact" },
          { header: "lower", width: 9, count: true, meaning: "Lower bound (equal to value when exact)" },
          { header: "upper", width: 9, count: true, meaning: "Upper bound (equal to value when exact)" },
          { header: "raw", width: 30, meaning: "The council's own text, exactly as found" },
          {
            header: "source",
            width: 40,
            meaning: "Where it was read: file#Sheet!C5, file.csv:row:column, file#page 2 line 14",
          },
          { header: "label", width: 40, meaning: "The label in the return that identified the measure" },
          { header: "override_reason", width: 30, meaning: "Why a clarification set this figure" },
          { header: "override_source", width: 24, meaning: "Where the clarification came from" },
        ],
        2,
      ),
      rows: values.map((v) =>
        inPeriod(
          [
            v.authority_code,
            v.authority_name,
            v.region_name,
            v.measure,
            describeFigure(v),
            v.status,
            v.value,
            v.lower,
            v.upper,
            v.raw,
            v.source,
            v.label,
            v.override_reason,
            v.override_source,
          ],
          v.period,
          2,
        ),
      ),
      frozenColumns: 2,
    },
    {
      name: "Quality issues",
      about: "Every problem found, authority by authority (quality.csv)",
      columns: [
        { header: "authority_code", width: 12, meaning: "GSS code; empty for a file tied to no authority" },
        { header: "authority", width: 28, meaning: "Name of the authority" },
        { header: "file", width: 32, meaning: "File the issue was found in" },
        { header: "sheet", width: 14, meaning: "Sheet, for spreadsheets" },
        { header: "cell", width: 12, meaning: "Cell (A1), line or place in a document" },
        { header: "measure", width: 24, meaning: "Measure concerned, if any" },
        { header: "severity", width: 9, meaning: "error, warning or info" },
        { header: "code", width: 24, meaning: "Issue code (the catalogue in the README of foi-agg)" },
        { header: "message", width: 80, meaning: "What is wrong, in words a council officer can follow" },
        { header: "raw", width: 30, meaning: "The text concerned, exactly as found" },
        {
          header: "related_measures",
          width: 30,
          meaning: "Other measures the issue makes suspect (parts of a total, the other figure of a rule); ';'-joined",
        },
      ],
      rows: quality.map((q) => [
        q.authority_code,
        q.authority_name,
        q.file,
        q.sheet,
        q.cell,
        q.measure,
        q.severity,
        q.code,
        q.message,
        q.raw,
        q.related_measures,
      ]),
      frozenColumns: 2,
    },
  ];
}

function toXlsxSheet(spec: SheetSpec): XlsxSheet {
  const header = spec.columns.map((c): XlsxCell => ({ value: c.header, style: XLSX_STYLE.header }));
  const rows = spec.rows.map((values) =>
    values.map((value, c): XlsxCell | null => {
      if (value === null || value === "") return null;
      if (typeof value === "string") return { value: asText(value) };
      // "#,##0" would show an average of 17.4 as 17: only whole numbers take the count format.
      return spec.columns[c]?.count && Number.isInteger(value) ? { value, style: XLSX_STYLE.count } : { value };
    }),
  );
  return {
    name: spec.name,
    widths: spec.columns.map((c) => c.width),
    rows: [header, ...rows],
    frozen: { rows: 1, columns: spec.frozenColumns ?? 0 },
    filter: true,
  };
}

/** The README sheet: the request, where the figures come from, then every sheet's columns and their meaning. */
function readmeSheet(sheets: readonly SheetSpec[], knowledge: Pick<Knowledge, "request">): XlsxSheet {
  const { request } = knowledge;
  const lines: [string, string, string][] = [
    [request.title, "", ""],
    ["Period asked about", request.period.label, ""],
    [
      "Where the figures come from",
      "",
      "Every figure was read by foi-agg from the councils' own returns. The Values sheet names the file and cell of each one; a summary adds up the exact figures and, where a council suppressed a small number (\u201cfewer than 5\u201d), carries the range it leaves, so a total is quoted as lower\u2013upper. Nothing is estimated or filled in.",
    ],
    ["", "", ""],
    ["Sheet", "Column", "Meaning"],
  ];
  for (const sheet of sheets) {
    lines.push([sheet.name, "", sheet.about]);
    for (const c of sheet.columns) lines.push(["", c.header, c.meaning]);
  }
  // The title, the "Sheet / Column / Meaning" heading and each sheet's own line are bold.
  const styleOf = (i: number): XlsxStyle =>
    i === 0 ? XLSX_STYLE.title : i === 4 || (i > 4 && lines[i]?.[1] === "") ? XLSX_STYLE.bold : XLSX_STYLE.wrapped;
  return {
    name: "README",
    widths: [24, 30, 100],
    rows: lines.map((line, i) =>
      line.map((text): XlsxCell | null => (text === "" ? null : { value: asText(text), style: styleOf(i) })),
    ),
  };
}

/**
 * Text as a cell can hold it: control characters (which XML cannot carry)
 * shown as their visible symbols, and cut to Excel's cell limit.
 */
function asText(text: string): string {
  const shown = showControls(text);
  return shown.length > CELL_LIMIT ? `${shown.slice(0, CELL_LIMIT - 1)}…` : shown;
}
