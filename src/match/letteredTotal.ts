import { findMeasure, type Request, wholeOf } from "../domain/request.js";
import type { FigureCandidate } from "./figureCandidate.js";
import type { LabelMatch } from "./matchLabel.js";
import { type Resolution, readAs } from "./resolveMeasure.js";

/**
 * "Total (a + b)", "a + b total", "Total of a and b": a row summing the two
 * lettered rows above it, their question's number left on the first of them
 * (or in a column of its own). Naming neither the number nor any words, it
 * would match nothing and the council's own total would go unread, so a
 * total that disagrees with its parts could never be seen. A "+" or "&", or
 * the word "total", must be there: "a and b" alone is not a sum.
 */
const TWO_LETTERS =
  /^\s*(?:(?:sub-?)?total\s+(?:of\s+)?)?\(?\s*([a-z])\s*\)?\s*(\+|&|and|plus)\s*\(?\s*([a-z])\s*\)?\s*(?:(?:sub-?)?total)?\s*[:.]?\s*$/iu;

/** "Total", "Sub-total:": the word alone, naming no letters, group or count. */
const BARE_TOTAL = /^\s*(?:sub-?\s?)?total\s*[:.]?\s*$/iu;

/**
 * "1a | Identified" / "1b | Suspected" / " | Total": the bare word "Total"
 * straight under the row of the last of a whole's parts closes the run of
 * those parts and is their total, the whole's count. The count is the one
 * metric the whole and that part are both asked (identified and suspected
 * are asked only as looked-after children); where they share more than one
 * and no heading says which, the row stays unread.
 */
function bareTotal(text: string, context: FigureCandidate["context"], request: Request): Resolution | null {
  const above = context.groupAboveRow;
  if (!above) return null;
  const relation = request.relations.find((r) => r.kind === "parts" && r.parts.includes(above));
  if (relation?.kind !== "parts" || relation.parts.at(-1) !== above) return null;
  const metrics = request.metrics.filter(
    (m) => findMeasure(request, relation.whole, m.id) && findMeasure(request, above, m.id),
  );
  const metric = metrics.length === 1 ? metrics[0]?.id : metrics.find((m) => m.id === context.metric)?.id;
  const measure = metric ? findMeasure(request, relation.whole, metric) : undefined;
  if (!measure) return null;
  return readAs(
    measure,
    `"${text.trim()}" closes the rows of ${relation.parts.join(" and ")} above it, the parts of ${measure.id}: read as their total, ${measure.id}`,
  );
}

/**
 * The whole a lettered sum adds up, from the group carried from the row
 * above (a part of the whole, "b) Suspected of trafficking") and the
 * request's own lettering of that whole's parts (1a identified, 1b
 * suspected): the two letters must be the letters of two parts of that one
 * whole, under one question number and asking one metric, so a sum of the
 * letters of questions of two different counts is never read as either.
 */
export function letteredTotal(
  parts: readonly LabelMatch[],
  context: FigureCandidate["context"],
  request: Request,
): Resolution | null {
  if (parts.length !== 1) return null;
  const label = parts[0];
  if (!label || label.groups.length > 0 || label.metrics.length > 0) return null;
  if (BARE_TOTAL.test(label.text)) return bareTotal(label.text, context, request);
  const m = TWO_LETTERS.exec(label.text);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  if (!/total/iu.test(label.text) && !/[+&]/u.test(m[2])) return null;
  const above = context.groupAboveRow ?? context.previousGroup;
  const whole = above ? wholeOf(request, above) : null;
  if (!whole) return null;
  const letters = [m[1], m[3]].map((l) => l.toLowerCase());
  if (letters[0] === letters[1]) return null;
  const asked = letters.map((letter) =>
    request.questions.flatMap((q) => {
      const n = /^(\d{1,2})([a-z])$/iu.exec(q.number);
      const only = q.measures.length === 1 ? q.measures[0] : undefined;
      const measure = request.measures.find((d) => d.id === only);
      return n?.[1] && n[2]?.toLowerCase() === letter && measure && wholeOf(request, measure.group) === whole
        ? [{ number: n[1], measure }]
        : [];
    }),
  );
  const [x, y] = asked;
  if (x?.length !== 1 || y?.length !== 1 || !x[0] || !y[0]) return null;
  const [a, b] = [x[0], y[0]];
  if (a.number !== b.number || a.measure.metric !== b.measure.metric || a.measure.group === b.measure.group)
    return null;
  const measure = findMeasure(request, whole, a.measure.metric);
  if (!measure) return null;
  return readAs(
    measure,
    `"${label.text.trim()}" sums the rows lettered ${letters.join(" and ")} above it, which answer questions ${a.number}${letters[0]} and ${b.number}${letters[1]}, the parts of ${measure.id}: read as ${measure.id}`,
  );
}
