/**
 * V8 (Node 20) runs a case-insensitive pattern with the `u` flag several
 * times slower than the same pattern without it: on the letters of
 * fixtures/returns, the value knowledge's twenty whole-letter refusal and
 * "not held" phrasings took 570 ms with `iu` and 70–100 ms with `i`. Those
 * phrasings are searched for in every letter and every answer, so the
 * difference is paid on every file.
 *
 * For a pattern written in ASCII alone, `iu` and `i` match the same text at
 * the same places except where the text holds:
 * - one of the two characters Unicode case folding maps onto an ASCII
 *   letter: "ſ" (long s, onto s) and "K" (the Kelvin sign, onto k). Under
 *   `iu` they match s and k and are word characters (`\w`, `\b`); under `i`
 *   they are neither;
 * - a surrogate pair (an astral character such as an emoji): one character
 *   under `u`, two without it, which `.`, a negated class or a counted
 *   repeat would see differently.
 * A non-ASCII text character other than those folds onto no ASCII one in
 * either mode, so it matches nothing an ASCII pattern names by letter, the
 * same in both. Only patterns without `\p{…}`, `\u{…}` (which mean other
 * things without `u`) and without `\u`/`\x` escapes (which could name a
 * non-ASCII character, whose folding the two modes may treat differently)
 * get a twin.
 *
 * So a twin without `u` is used only on a text with none of those
 * characters (caseTwinFits), and the pattern as written on any other: the
 * answer is the same either way.
 */
export function caseTwinOf(re: RegExp): RegExp {
  if (!re.ignoreCase || !re.unicode || !TWIN_SAFE_SOURCE.test(re.source) || UNICODE_ONLY_SYNTAX.test(re.source)) {
    return re;
  }
  return new RegExp(re.source, re.flags.replace("u", ""));
}

/** Whether a text may be matched with a pattern's caseTwinOf (see there): it holds no ſ, K, or surrogate. */
export function caseTwinFits(text: string): boolean {
  return !FOLDS_APART.test(text);
}

/** A pattern's source in printable ASCII (and tabs), nothing else. */
const TWIN_SAFE_SOURCE = /^[\t\x20-\x7e]*$/u;
/** Escapes that read differently without `u`, or may name a character outside ASCII: `\p{L}`, `\u{1F600}`, `\u00e9`, `\xe9`. */
const UNICODE_ONLY_SYNTAX = /\\[pPux]/u;
/** The characters `iu` and `i` read differently against an ASCII pattern (see caseTwinOf). */
const FOLDS_APART = /[\u017f\u212a\ud800-\udfff]/;

const twinLists = new WeakMap<readonly RegExp[], readonly RegExp[]>();

/**
 * The patterns to run on `text`: each one's caseTwinOf when the text fits
 * (caseTwinFits), else the patterns as written. Each list's twins are made
 * once, as the lists themselves are (compilePatterns).
 */
export function patternsFor(res: readonly RegExp[], text: string): readonly RegExp[] {
  if (!caseTwinFits(text)) return res;
  let twins = twinLists.get(res);
  if (twins === undefined) {
    twins = res.map(caseTwinOf);
    twinLists.set(res, twins);
  }
  return twins;
}
