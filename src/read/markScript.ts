/**
 * Digits printed raised (superscript) or lowered (subscript) are footnote
 * markers, never part of the figure they follow: "Q7. 29" with a raised "2"
 * is 29 with note 2, and read as plain text it would be the figure 292.
 * Every reader that knows a run is raised or lowered (Word's w:vertAlign or
 * w:position, ODF's style:text-position, a PDF piece set smaller above its
 * baseline) writes its digits as the Unicode superscript or subscript
 * digits, which parse reads as a footnote mark ("29²" is 29, annotated) and
 * the notes stage reads as the start of a note ("² Episodes reported…").
 * Other characters are kept as printed: "1st" with a raised "st" is still
 * "1st", and a raised "*" is already a mark.
 */
export type Script = "super" | "sub";

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

export function markScript(text: string, script: Script | null): string {
  if (script === null) return text;
  const digits = script === "super" ? SUPERSCRIPT_DIGITS : SUBSCRIPT_DIGITS;
  return text.replace(/[0-9]/g, (d) => digits[Number(d)] as string);
}

/**
 * Whether a run only raised or lowered by an offset (no explicit
 * superscript setting) is a marker: one to three digits or marks. A run of
 * words moved off the line is layout (a raised heading, a signature), and
 * its digits are left alone.
 */
export function looksLikeMarker(text: string): boolean {
  return /^\s*[0-9*†‡§#a-z]{1,3}[,)\]]?\s*$/iu.test(text);
}
