/**
 * Label text in the form the phrasing patterns are written against: lower
 * case, accents removed (Welsh "Môn" → "mon"), apostrophes dropped
 * ("council's" → "councils") and every other run of punctuation, including
 * the underscores of coded headers such as TRAF_MISS, turned into one space.
 * A slash between words reads as "or", "1+" before a word as "1 or more",
 * "%" as the word "percent", and ">" before a number as "more than".
 */
export function normaliseLabel(text: string): string {
  if (PLAIN_WORDS.test(text)) return text.toLowerCase();
  // The same labels, questions and notes are normalised again and again (each fact's label once per
  // pattern tried on it, each request question once per candidate), and the chain below is costly.
  // It depends on nothing but the text, so short texts' answers are kept, up to a bound on memory.
  if (text.length > NORMALISED_MEMO_CHARS) return normaliseAnyLabel(text);
  let known = normalised.get(text);
  if (known === undefined) {
    if (normalised.size >= NORMALISED_LIMIT) normalised.clear();
    known = normaliseAnyLabel(text);
    normalised.set(text, known);
  }
  return known;
}

/** normaliseLabel's answers for texts that were not plain words, by text. */
const normalised = new Map<string, string>();
/** More distinct labels than a run of many returns holds; past it the answers are forgotten, so memory stays bounded. */
const NORMALISED_LIMIT = 50_000;
/** The longest text whose answer is kept: a label or a question, not a paragraph seldom seen twice. */
const NORMALISED_MEMO_CHARS = 400;

/**
 * Words of ASCII letters and digits, one space between them and none around:
 * every step of normaliseAnyLabel but the lower-casing leaves such a text as
 * it is (nothing to decompose, no apostrophe, plus, slash or other
 * punctuation, no space to trim or join), so it is lower-cased and no more.
 * Most cells are such texts (codes, references, numbers, plain headers), and
 * NFKD alone costs more than this test; a long episode list asks this of
 * every new child reference. Linear: each repeat starts at its one space.
 */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** normaliseLabel for any text, step by step. */
export function normaliseAnyLabel(text: string): string {
  return (
    text
      // "1c¹", "Identified as UASC²": a raised digit after a word is a footnote's mark, not part of the word;
      // NFKD would make it "1c1" and "uasc2". (The note itself is read with the figures, warnFootnotedFigures.)
      .replace(/(?<=[\p{L})])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}/gu, " ")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’‘`]/g, "")
      // "Children with 1+ missing episode": the plus is "or more", which the
      // punctuation rule below would drop, leaving "with 1 missing episode".
      // Only a plus written against a 1 that stands alone: "trafficked 1 +
      // UASC 1" and "Q1+Q2" add two things up.
      .replace(/(?<![\p{L}\d.])1\+(?=\s?[a-z])/gu, "1 or more")
      // "Trafficked/suspected trafficked" lists alternatives. The spaces
      // around the slash become one space below; matching them here
      // ("\s*\/\s*") backtracks over every run of spaces, quadratic on a long one.
      .replace(/\//g, " or ")
      // "% CLA with 3+ placements": the sign is the label's word for a
      // percentage, which a round's phrasings ("percent") can then see, and
      // its guards against percentages keep such a label from a count.
      .replace(/%/g, " percent ")
      // "Placed >20 miles from home": a sign before a number is "more than",
      // as a round's phrasings write it.
      .replace(/(?<![-=])>(?=\s?\d)/g, " more than ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

/**
 * Coded headers are often camel-cased or glued capitals (TraffMissEp,
 * UASCCLA). Split them into words first: at lower→upper changes, before a
 * capitalised word after an acronym ("UASCMiss" → "UASC Miss", but "UASCs"
 * stays whole), and a capitals-only word made up entirely of known code
 * pieces ("UASCCLA" → "UASC CLA").
 */
export function splitCodedWords(text: string, codeTokens: readonly string[]): string {
  // Look-arounds, not "([A-Z]+)([A-Z][a-z]{2,})": that form backtracks over
  // every run of capitals from every start, quadratic on a long capitals cell.
  const camel = text.replace(/([a-z])([A-Z])/gu, "$1 $2").replace(/(?<=[A-Z])(?=[A-Z][a-z]{2})/gu, " ");
  return camel.replace(/\b[A-Z]{4,}\b/gu, (word) => {
    // A code is a few pieces long; a longer run of capitals is no code, and
    // segmenting it would recurse once per letter.
    if (word.length > MAX_CODE_LENGTH) return word;
    const pieces = segment(word.toLowerCase(), codeTokens);
    return pieces && pieces.length >= 2 ? pieces.join(" ") : word;
  });
}

/** Longer than any code a case management system exports ("NOEPISODESTRAFNOTFOUND" is 22). */
const MAX_CODE_LENGTH = 40;

function segment(word: string, tokens: readonly string[]): string[] | null {
  if (word === "") return [];
  for (const t of [...tokens].sort((a, b) => b.length - a.length)) {
    if (!word.startsWith(t)) continue;
    const rest = segment(word.slice(t.length), tokens);
    if (rest) return [t, ...rest];
  }
  return null;
}
