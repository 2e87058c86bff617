import { summarisePeriods } from "../aggregate/summariseAreas.js";
import { listNationalityPeriods, summariseNationalities } from "../aggregate/summariseNationalities.js";
import {
  type NationalityRow,
  NationalityRowSchema,
  QualityRowSchema,
  SummaryRowSchema,
  ValueRowSchema,
} from "../domain/outputs.js";
import type { Request } from "../domain/request.js";
import { type IngestResult, returnsByPeriod } from "../domain/returns.js";
import type { Knowledge } from "../knowledge/index.js";
import { formatCsv } from "./formatCsv.js";
import { authorityColumns, toAuthorityRows } from "./toAuthorityRows.js";
import { toQualityRows } from "./toQualityRows.js";
import { toValueRows } from "./toValueRows.js";

/** Column order is the key order of the zod row schemas, so the CSVs cannot drift from them. */
function columnsOf<T extends { shape: object }>(schema: T): (keyof T["shape"] & string)[] {
  return Object.keys(schema.shape) as (keyof T["shape"] & string)[];
}

/** Column order of nationalities.csv: a one-period round's file has no period column, so it stays as it always was. */
export function nationalityColumns(request: Pick<Request, "periods">): (keyof NationalityRow & string)[] {
  return columnsOf(NationalityRowSchema).filter((c) => c !== "period" || request.periods.length > 1);
}

/** Every CSV output of an ingest, as relative path → contents. */
export function renderCsvOutputs(
  result: IngestResult,
  knowledge: Pick<Knowledge, "authorities" | "request">,
): Map<string, string> {
  const periods = returnsByPeriod(result, knowledge.request.periods[0]?.id ?? "");
  const { national, regional } = summarisePeriods(periods, knowledge);
  const summaryColumns = columnsOf(SummaryRowSchema);
  return new Map([
    ["values.csv", formatCsv(toValueRows(periods), columnsOf(ValueRowSchema))],
    ["authorities.csv", formatCsv(toAuthorityRows(periods, knowledge.request), authorityColumns(knowledge.request))],
    ["summary-national.csv", formatCsv(national, summaryColumns)],
    ["summary-regional.csv", formatCsv(regional, summaryColumns)],
    [
      "nationalities.csv",
      formatCsv(
        summariseNationalities(result.returns, listNationalityPeriods(knowledge.request)),
        nationalityColumns(knowledge.request),
      ),
    ],
    ["quality.csv", formatCsv(toQualityRows(result), columnsOf(QualityRowSchema))],
  ]);
}
