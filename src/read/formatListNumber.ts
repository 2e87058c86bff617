/**
 * List numbers as Word and LibreOffice draw them, shared by the .docx and
 * .odt readers. The number formats are Word's names (numFmt); the .odt
 * reader maps OpenDocument's "1", "a", "A", "i", "I" onto them.
 */
export type ListNumberFormat =
  | "decimal"
  | "decimalZero"
  | "lowerLetter"
  | "upperLetter"
  | "lowerRoman"
  | "upperRoman"
  | "ordinal"
  | "bullet"
  | "none";

/** Word's numFmt values we draw; anything else (Chinese counting, ordinal text) falls back to decimal, which is what the number is. */
export function parseWordNumberFormat(numFmt: string | undefined): ListNumberFormat {
  switch (numFmt) {
    case "decimalZero":
    case "lowerLetter":
    case "upperLetter":
    case "lowerRoman":
    case "upperRoman":
    case "ordinal":
    case "bullet":
    case "none":
      return numFmt;
    default:
      return "decimal";
  }
}

/**
 * `letterStyle` "repeat" is Word's (and LibreOffice's "letter sync"):
 * after z come aa, bb, cc; "alphabetic" is OpenDocument's default: aa, ab, ac.
 */
export function formatListNumber(
  n: number,
  format: ListNumberFormat,
  letterStyle: "repeat" | "alphabetic" = "repeat",
): string {
  switch (format) {
    case "none":
    case "bullet":
      return "";
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "lowerLetter":
      return formatLetters(n, letterStyle).toLowerCase();
    case "upperLetter":
      return formatLetters(n, letterStyle);
    case "lowerRoman":
      return formatRoman(n).toLowerCase();
    case "upperRoman":
      return formatRoman(n);
    case "ordinal":
      return `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

function formatLetters(n: number, style: "repeat" | "alphabetic"): string {
  if (n < 1) return String(n);
  if (style === "repeat") return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  let s = "";
  let k = n;
  while (k > 0) {
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function formatRoman(n: number): string {
  // Word too falls back to digits outside what Roman numerals can write.
  if (n < 1 || n > 3999) return String(n);
  let s = "";
  let k = n;
  for (const [value, numeral] of ROMAN) {
    while (k >= value) {
      s += numeral;
      k -= value;
    }
  }
  return s;
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
}

/**
 * The bullet a list paragraph shows. Word stores bullets in symbol fonts'
 * private code points (U+F0B7 in Symbol is "•"); those mean nothing as
 * text, so any private-use or control character is drawn as "•".
 */
export function bulletText(raw: string): string {
  const t = raw.trim();
  if (t === "" || /\p{Co}|\p{Cc}/u.test(t)) return "•";
  return t;
}

/**
 * The label a place shows for a list number: "2(a)" → "2a", "(iii)" → "iii",
 * "1." → "1", "Q4:" → "Q4". Brackets go and trailing punctuation goes, so
 * "para 14 (2a)" reads naturally; inner dots stay ("1.2").
 */
export function listLabel(number: string): string {
  return number
    .replace(/[()[\]{}]/g, "")
    .replace(/[.:;,\-–\s]+$/u, "")
    .trim();
}
