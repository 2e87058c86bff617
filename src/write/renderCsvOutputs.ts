import {
  type NationalityRow,
  NationalityRowSchema,
  QualityRowSchema,
  type SummaryRow,
  SummaryRowSchema,
  ValueRowSchema,
} from "../domain/outputs.js";
import type { Request } from "../domain/request.js";
import type { IngestResult } from "../domain/returns.js";
import type { Knowledge } from "../knowledge/index.js";
import { formatCsv } from "./formatCsv.js";
import { type OutputTables, tabulateOutputs } from "./tabulateOutputs.js";
import { authorityColumns, toAuthorityRows } from "./toAuthorityRows.js";

/** Column order is the key order of the zod row schemas, so the CSVs cannot drift from them. */
function columnsOf<T extends { shape: object }>(schema: T): (keyof T["shape"] & string)[] {
  return Object.keys(schema.shape) as (keyof T["shape"] & string)[];
}

/** Column order of nationalities.csv: a one-period round's file has no period column, so it stays as it always was. */
export function nationalityColumns(request: Pick<Request, "periods">): (keyof NationalityRow & string)[] {
  return columnsOf(NationalityRowSchema).filter((c) => c !== "period" || request.periods.length > 1);
}

/**
 * Column order of the summaries: highest_authority only when the request
 * has a maximum, so every other round's summaries stay as they always were.
 */
export function summaryColumns(request: Pick<Request, "metrics">): (keyof SummaryRow & string)[] {
  const maximum = request.metrics.some((m) => m.kind === "maximum");
  return columnsOf(SummaryRowSchema).filter((c) => c !== "highest_authority" || maximum);
}

/**
 * Every CSV output of an ingest, as relative path → contents. `tables` are
 * the rows shared with foi-agg.xlsx (tabulateOutputs), when the caller has
 * them already.
 */
export function renderCsvOutputs(
  result: IngestResult,
  knowledge: Pick<Knowledge, "authorities" | "request">,
  tables: OutputTables = tabulateOutputs(result, knowledge),
): Map<string, string> {
  const summary = summaryColumns(knowledge.request);
  return new Map([
    ["values.csv", formatCsv(tables.values, columnsOf(ValueRowSchema))],
    [
      "authorities.csv",
      formatCsv(toAuthorityRows(tables.periods, knowledge.request), authorityColumns(knowledge.request)),
    ],
    ["summary-national.csv", formatCsv(tables.national, summary)],
    ["summary-regional.csv", formatCsv(tables.regional, summary)],
    ["nationalities.csv", formatCsv(tables.nationalities, nationalityColumns(knowledge.request))],
    ["quality.csv", formatCsv(tables.quality, columnsOf(QualityRowSchema))],
  ]);
}
