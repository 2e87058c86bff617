import { type Group, type Request, wholeOf } from "../domain/request.js";
import type { LabelMatch } from "./matchLabel.js";
import { numberedQuestionMeasure } from "./partNamedByNumber.js";

/** A cell that only fills a space: a dash of any length, or "n/a". */
const FILLER = /^(?:[-–—]|n\/?a)$/iu;

/**
 * "Looked after (1c) | - | 27" under "Trafficked | UASC": a grid with a
 * column for each group, whose rows are the request's questions by number,
 * puts a dash where a row's question is not asked of the column's group (1c
 * asks about UASC only). The dash is a blank, not a nil answer: read as 0
 * it would give the trafficked group a count nobody asked for, or clash
 * with the row's real answer in the other column. A dash is set aside when
 * the row's single question number asks one measure whose group is neither
 * the column's group nor a part or the whole of it. A figure there is still
 * read as before: only the dash is a blank.
 */
export function dashAcrossGroups(
  raw: string,
  parts: readonly LabelMatch[],
  header: readonly LabelMatch[],
  request: Request,
): string | null {
  if (!FILLER.test(raw.trim())) return null;
  const asked = numberedQuestionMeasure(parts, request);
  if (!asked) return null;
  const { question, measure } = asked;
  const columns = [...new Set(header.filter((p) => p.questionNumber === null).flatMap((p) => p.groups))];
  if (columns.length !== 1) return null;
  const column = columns[0] as Group;
  const related = (a: Group, b: Group) => a === b || wholeOf(request, a) === b || wholeOf(request, b) === a;
  if (related(measure.group, column)) return null;
  return `question ${question.number} asks ${measure.id} only, and the column is the ${column} group's: the dash fills a cell the question does not ask`;
}
