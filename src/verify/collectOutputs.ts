import { summarisePeriods } from "../aggregate/summariseAreas.js";
import { listNationalityPeriods, summariseNationalities } from "../aggregate/summariseNationalities.js";
import { type IngestResult, returnsByPeriod } from "../domain/returns.js";
import type { Knowledge } from "../knowledge/index.js";
import { toAuthorityRows } from "../write/toAuthorityRows.js";
import { toValueRows } from "../write/toValueRows.js";
import type { LoadedOutputs } from "./checkFigures.js";

/**
 * The outputs `foi-agg check` would read back from disk, built in memory
 * from the ingest instead, so `ingest --expected` compares with exactly the
 * rows it is about to write. The nationality rule is loadOutputs's: a
 * breakdown counts for a group when it gives that group a number, exact or
 * within bounds.
 */
export function collectOutputs(
  result: IngestResult,
  knowledge: Pick<Knowledge, "authorities" | "request">,
): LoadedOutputs {
  const periods = returnsByPeriod(result, knowledge.request.periods[0]?.id ?? "");
  const { national, regional } = summarisePeriods(periods, knowledge);
  return {
    values: toValueRows(periods),
    authorities: toAuthorityRows(periods, knowledge.request),
    summaries: [...national, ...regional],
    nationalities: summariseNationalities(result.returns, listNationalityPeriods(knowledge.request)),
    nationalityBreakdowns: result.returns
      .map((ret) => ({
        authority: ret.authority.gss_code,
        groups: [...new Set(ret.nationalities.filter((n) => n.value !== null || n.upper !== null).map((n) => n.group))],
      }))
      .filter((b) => b.groups.length > 0),
    groups: knowledge.request.groups.map((g) => g.id),
  };
}
