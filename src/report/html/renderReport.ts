import { summariseAreas } from "../../aggregate/summariseAreas.js";
import type { IngestResult } from "../../domain/returns.js";
import type { LetterWording } from "../../followups/letterWording.js";
import { type LetterContext, planFollowups } from "../../followups/planFollowups.js";
import type { HexLayout } from "../../knowledge/hexLayout.js";
import type { Knowledge } from "../../knowledge/index.js";
import { buildQualityReport, type RoundClock } from "../../quality/buildQualityReport.js";
import type { QualityReport } from "../../quality/qualityReportSchema.js";
import { checkFigures } from "../../verify/checkFigures.js";
import { collectOutputs } from "../../verify/collectOutputs.js";
import type { ExpectedFigures } from "../../verify/expected.js";
import { renderHtmlReport } from "./renderHtmlReport.js";

/** What the report needs beyond the ingest, loaded at the edge. */
export interface ReportExtras {
  hexLayout: HexLayout;
  /** Letter wording, so the report shows the letter `foi-agg followups` would write. */
  wording: LetterWording;
  /** Published figures to show beside the computed ones (ingest --expected). */
  expected?: { figures: ExpectedFigures; path: string } | null;
  /** Sender and dates for the letters shown; without settings they are unsigned and chase no one. */
  letterContext?: LetterContext;
}

/** The preview's context when the round has no settings file. */
const NO_LETTER_CONTEXT: LetterContext = {
  sender: null,
  ourReference: null,
  date: null,
  requestSent: null,
  holidays: null,
};

/**
 * report.html for one ingest: the summaries, the letters and the comparison
 * with published figures worked out from the same result the CSVs are, then
 * drawn by renderHtmlReport. Pure. `report` is the quality report of the
 * same result and knowledge, when the caller has built it already.
 */
export function renderReport(
  result: IngestResult,
  knowledge: Pick<Knowledge, "authorities" | "request"> & { round?: RoundClock },
  extras: ReportExtras,
  report: QualityReport = buildQualityReport(result, knowledge),
): string {
  const letters = planFollowups(report, extras.wording, extras.letterContext ?? NO_LETTER_CONTEXT);
  const expected = extras.expected ?? null;
  return renderHtmlReport({
    result,
    knowledge,
    summaries: summariseAreas(result.returns, knowledge),
    hexLayout: extras.hexLayout,
    letters: new Map(letters.map((l) => [l.authorityCode, l.text])),
    published: expected
      ? {
          title: expected.figures.title,
          source: expected.path,
          results: checkFigures(collectOutputs(result, knowledge), expected.figures),
        }
      : null,
    requestSent: null,
  });
}
