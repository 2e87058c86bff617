/**
 * "Looked after –" / "UASC or" / "separated", "3b Missing incidents –" /
 * "UASC", "1d UASC who were also referred to the" / "NRM": a label in a
 * narrow column wraps at a word that cannot end it (a dash, a joining word,
 * an open bracket), and its next line opens with a capital because that
 * word is an abbreviation. The next line is still the label's: a label left
 * ending on "or" or "–" says nothing whole, and read apart the two lines
 * were a row of figures named "Looked after –" and a row of no figures.
 *
 * A cell ends open when its last word is one of these, it ends with a dash
 * or slash or a sub-question's letter after a colon, or it opens a bracket
 * it does not close.
 */
const OPEN_LAST_WORD =
  /(?:[–—/-]|\b(?:or|and|of|the|to|a|an|in|for|by|who|were|was|are|is|has|have|had|been|also|with|without|from|not|as|at|on|than|nor|but|including|excluding|into|under|per))\s*$/iu;

/**
 * A sub-question's letter after the question's colon, its words still to come: "… your authority: a." /
 * "Identified or suspected …". A letter after other words ("if not included in a.") closes the label.
 */
const SUB_QUESTION_LETTER_END = /:\s*(?:\([a-h]\)|[a-h][.)])$/u;

/** Whether a label cell stops where its words cannot end. */
export function endsOpen(cell: string): boolean {
  const text = cell.trim();
  if (!/\p{L}{2}/u.test(text)) return false;
  if (OPEN_LAST_WORD.test(text) || SUB_QUESTION_LETTER_END.test(text)) return true;
  return (text.match(/\(/gu)?.length ?? 0) > (text.match(/\)/gu)?.length ?? 0);
}

/** How the next line of a label left open opens: a word (a capital allowed), or a closing bracket's word ("UASC)"). */
export const OPEN_LABEL_GOES_ON = /^\p{L}/u;
