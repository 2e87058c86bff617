/**
 * A count written in words, up to ninety-nine ("four", "twenty-three"), as
 * a regular-expression source for the sentence readers; the value parser
 * (values.json's numberWords) reads the word itself. Not followed by a
 * letter or hyphen, so "ten" is not the start of "tenth" and "twenty" not
 * half of "twenty-three".
 */
const UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
export const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT_WORD})(?![\p{L}-])`;

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * The number a count in words (as NUMBER_WORD matches it) stands for: "thirteen" → 13, "twenty-three" → 23;
 * null for anything else. For the sentence readers' own arithmetic (a whole in words against its parts);
 * the value parser still reads and notes the word itself.
 */
export function numberWordValue(word: string): number | null {
  const w = word.trim().toLowerCase();
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit + 1;
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return teen + 10;
  const [tens = "", units, ...more] = w.split(/[-\s]/u);
  const t = TENS.indexOf(tens);
  if (t < 0 || more.length > 0) return null;
  if (units === undefined) return (t + 2) * 10;
  const u = UNITS.indexOf(units);
  return u < 0 ? null : (t + 2) * 10 + u + 1;
}
