/**
 * "6 in total: identified - 2; suspected - 4.": a figure said to be the
 * total, then a list of its parts, each a few words and one number. The
 * words are plain (no nested repeats), so the match is linear.
 */
const TOTAL_THEN_LIST = /^\s*(\d{1,4})\s+(?:in total|in all|altogether)\s*[:;,–—-]\s*(\S.*?)\.?\s*$/iu;
/** Where the list parts one item from the next. */
const ITEM_BREAK = /\s*(?:;|,|\band\b)\s*/iu;
/** An item: words naming the part and its one number, either way round ("identified - 2", "2 suspected"). */
const ITEM = /^(?:[\p{L}'’()/ ]{2,40}?\s*[-–:=]?\s*\d{1,4}|\d{1,4}\s*[-–:=]?\s*[\p{L}'’()/ ]{2,40})$/u;
/** Words that make the list qualify the total rather than only break it down. */
const QUALIFIES =
  /\b(?:includ\w*|exclud\w*|except|however|but|although|approx\w*|estimat\w*|see|note|aged|years?|per cent|%)/iu;

/**
 * The total and its list of parts, or null. Only when every item is words
 * and one number: a list that says anything else ("6 in total, 2 of them in
 * 2014") is no breakdown, and the answer is left as it was. Whether the
 * items are the request's parts, named once each and adding up, is for the
 * match stage (readRemarkParts) to say.
 */
export function totalThenParts(text: string): { total: string; parts: string } | null {
  const m = TOTAL_THEN_LIST.exec(text);
  const total = m?.[1];
  const parts = m?.[2];
  if (total === undefined || parts === undefined || QUALIFIES.test(parts)) return null;
  const items = parts.split(ITEM_BREAK).filter((i) => i.trim() !== "");
  if (items.length < 2 || !items.every((i) => ITEM.test(i.trim()))) return null;
  return { total, parts };
}
