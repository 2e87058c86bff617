import { summarisePeriods } from "../aggregate/summariseAreas.js";
import { listNationalityPeriods, summariseNationalities } from "../aggregate/summariseNationalities.js";
import type { NationalityRow, QualityRow, SummaryRow, ValueRow } from "../domain/outputs.js";
import { type IngestResult, type PeriodReturns, returnsByPeriod } from "../domain/returns.js";
import type { Knowledge } from "../knowledge/index.js";
import { toQualityRows } from "./toQualityRows.js";
import { toValueRows } from "./toValueRows.js";

/**
 * The tables that both the CSV files and foi-agg.xlsx are drawn from. They
 * are worked out once per run and handed to both renderers, so the two
 * cannot differ and the long values table (one row per authority × measure
 * × period, with provenance) is not built twice. Read only: a renderer that
 * changed a row would change the other output too.
 */
export interface OutputTables {
  periods: readonly PeriodReturns[];
  national: readonly SummaryRow[];
  regional: readonly SummaryRow[];
  values: readonly ValueRow[];
  quality: readonly QualityRow[];
  nationalities: readonly NationalityRow[];
}

/** The shared tables of one ingest. Pure. */
export function tabulateOutputs(
  result: IngestResult,
  knowledge: Pick<Knowledge, "authorities" | "request">,
): OutputTables {
  const periods = returnsByPeriod(result, knowledge.request.periods[0]?.id ?? "");
  const { national, regional } = summarisePeriods(periods, knowledge);
  return {
    periods,
    national,
    regional,
    values: toValueRows(periods),
    quality: toQualityRows(result),
    nationalities: summariseNationalities(result.returns, listNationalityPeriods(knowledge.request)),
  };
}
