/**
 * "Total for question 1 (identified and suspected)", "Total for Q1",
 * "Question 1 total": a line giving the total a question asks, named by the
 * question's number rather than in words. Its words name parts or nothing
 * ("identified and suspected") and no count, so the phrasings alone leave it
 * unread; the number says which count it is.
 */
const QUESTION_TOTAL =
  /^\s*(?:(?:the\s+)?(?:grand\s+|overall\s+)?total\s+(?:for|of|at|in|under|to)\s+(?:question|q|qn)\.?\s*(\d{1,2}[a-z]?)\b|(?:question|q|qn)\.?\s*(\d{1,2}[a-z]?)\s*(?:[-–:,]\s*)?(?:grand\s+|overall\s+)?total\b)/iu;

/** The question number a total line names ("1" for "Total for question 1:"), lower-cased, or null. */
export function questionOfTotal(label: string): string | null {
  const m = QUESTION_TOTAL.exec(label);
  return (m?.[1] ?? m?.[2])?.toLowerCase() ?? null;
}
