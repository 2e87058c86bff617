/**
 * A count written in words, up to ninety-nine ("four", "twenty-three"), as
 * a regular-expression source for the sentence readers; the value parser
 * (values.json's numberWords) reads the word itself. Not followed by a
 * letter or hyphen, so "ten" is not the start of "tenth" and "twenty" not
 * half of "twenty-three".
 */
const UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
export const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT_WORD})(?![\p{L}-])`;
