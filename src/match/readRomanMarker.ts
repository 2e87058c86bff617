/**
 * "I. 4", "IV) How many …": a list numbered in upper-case Roman numerals, as
 * some councils number the request's questions and the answers under
 * "Response:". Only upper case: "(i)", "i." and "v)" are lettered parts in
 * other replies ("(a)" … "(i)"), and stay letters. I to XX only: no request
 * asks more questions, and a longer run of I, V and X is not a list marker.
 * The marker must be followed by a space (or end the line), so a word or
 * an initial ("I.T. team", "VIP") is never read as one.
 */
const ROMAN_MARKER = /^(\s*)(X{0,2}(?:IX|IV|V?I{0,3}))([.):])(?=\s|$)/u;

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of a Roman numeral written with I, V and X ("IX" → 9). */
function romanValue(numeral: string): number {
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const here = ROMAN_VALUES[numeral[k] ?? ""] ?? 0;
    const next = ROMAN_VALUES[numeral[k + 1] ?? ""] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/** The question number a line's upper-case Roman list marker gives ("VII. …" → "7"), or null. */
export function readRomanMarker(text: string): string | null {
  const m = ROMAN_MARKER.exec(text);
  const numeral = m?.[2] ?? "";
  return numeral === "" ? null : String(romanValue(numeral));
}

/** The line with its leading upper-case Roman list marker written in digits ("VII. 41" → "7. 41"), else unchanged. */
export function withArabicMarker(text: string): string {
  const number = readRomanMarker(text);
  return number === null ? text : text.replace(ROMAN_MARKER, `$1${number}$3`);
}
