/** A wrapped label's next line opens in lower case or with a bracket, dash or slash ("seeking or …", "- trafficked"). */
const WRAPPED_OPENING = /^(?:\p{Ll}|[(/–—-]\s?\p{L})/u;
/** A label that ends a sentence or a heading does not go on, unless a bracket is left open ("(incl."). */
const CLOSED = /[.?!:]["')\]]?$/u;
/** A breakdown's own label ("Total", "of which male"): a word, not a figure or an answer's marker ("n/a", "nil"). */
const WORDS = /\p{L}{3,}/u;
const ANSWER_MARKER = /^\s*(?:n\/?a|nil|none|not\s+\p{L}+)\s*$/iu;
/**
 * "of whom UASC", "- including those placed out of area": a row that opens as a part of the row above is a row of
 * its own, a subset the table counts apart, never the rest of that row's label.
 */
const SUBSET_OPENING = /^[(/–—-]?\s*(?:of\s+(?:whom|which|those)|including|incl\.?|excluding|excl\.?)\b/iu;

/**
 * "Q2a Trafficked (identified or | Total | 4 | 5 | 7 | 1" over "suspected)
 * who went missing or absent | of which male | 4 | 5 | 6 | 1": a table whose
 * rows are each question's total and its breakdown (a second column of
 * labels), with the question's label wrapped in its cell over the rows
 * beside it. Row by row, the total kept only the label's first line
 * ("identified", another question's word) and the male row took the rest,
 * so it read as the question's count. The cell under a label that does not
 * close, opening as a wrapped label's next line does, beside a breakdown
 * label of its own under another, is that label's rest. Only where both
 * rows have a breakdown label and figures: a row with a label of its own and
 * no second label is a row of the table, however it opens, and a header's
 * second line is no label's rest.
 */
export function continuesLabelAbove(above: readonly string[], row: readonly string[]): boolean {
  const [label = "", breakdown = ""] = row;
  const [upper = "", upperBreakdown = ""] = above;
  if (label.trim() === "" || upper.trim() === "") return false;
  if (CLOSED.test(upper.trim()) && !opensBracket(upper)) return false;
  if (!WRAPPED_OPENING.test(label.trim()) || SUBSET_OPENING.test(label.trim())) return false;
  // Both are rows of figures: a two-level header ("Year | Trafficked" over "year | looked after") is not.
  return isBreakdownLabel(breakdown) && isBreakdownLabel(upperBreakdown) && row.some(isFigure) && above.some(isFigure);
}

function isBreakdownLabel(cell: string): boolean {
  return WORDS.test(cell) && !ANSWER_MARKER.test(cell);
}

/** A cell that is a figure ("4", "1,204"), as the rows of a breakdown hold. */
function isFigure(cell: string): boolean {
  return /^\d[\d,]*$/u.test(cell.trim());
}

/** More brackets opened than closed: "Still missing or absent (incl." goes on. */
function opensBracket(text: string): boolean {
  return (text.match(/\(/gu) ?? []).length > (text.match(/\)/gu) ?? []).length;
}
