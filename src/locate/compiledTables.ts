import { type LabelVocabulary, roundVocabularyOf } from "../knowledge/labels.js";

/** Header patterns of the special tables, compiled once per vocabulary. */
export interface TablePatterns {
  nationalityHeader: RegExp[];
  totalRow: RegExp[];
  nationalityWiderCohort: RegExp[];
  nationalityPeriodColumn: RegExp[];
  /** On raw text, case-insensitive: see the vocabulary's nationality.breakdownWithheld. */
  nationalityBreakdownWithheld: RegExp[];
  /** On raw text, case-insensitive: see the vocabulary's nationality.groupLeftOut. */
  nationalityGroupLeftOut: RegExp[];
  /** On raw text, case-insensitive: see the vocabulary's nationality.groupCountedIn. */
  nationalityGroupCountedIn: RegExp[];
  child: RegExp[];
  episodeId: RegExp[];
  group: RegExp[];
  /** By group id. */
  groupCodes: [string, RegExp[]][];
  status: RegExp[];
  episodeCount: RegExp[];
  wentMissingFlag: RegExp[];
  missingDate: RegExp[];
  returnedDate: RegExp[];
  openEpisodeDate: RegExp[];
  stillMissing: RegExp[];
  stillMissingFlag: RegExp[];
  returnedFlag: RegExp[];
  blankMeansNone: RegExp[];
  listOfLookedAfter: RegExp[];
  groupSinceDate: RegExp[];
  yes: RegExp[];
  no: RegExp[];
}

const cache = new WeakMap<LabelVocabulary, TablePatterns>();

/**
 * Keyed by the round's vocabulary: a sender's (withOwnPlace) holds the same
 * lists, so one compiling serves every sender, not one per sender's file.
 */
export function tablePatterns(sender: LabelVocabulary): TablePatterns {
  const vocab = roundVocabularyOf(sender);
  let p = cache.get(vocab);
  if (!p) {
    const re = (list: string[]) => list.map((s) => new RegExp(s, "u"));
    p = {
      nationalityHeader: re(vocab.nationality.headers),
      totalRow: re(vocab.nationality.totalRow),
      nationalityWiderCohort: re(vocab.nationality.widerCohort),
      nationalityPeriodColumn: re(vocab.nationality.periodColumn),
      nationalityBreakdownWithheld: vocab.nationality.breakdownWithheld.map((s) => new RegExp(s, "iu")),
      nationalityGroupLeftOut: vocab.nationality.groupLeftOut.map((s) => new RegExp(s, "iu")),
      nationalityGroupCountedIn: vocab.nationality.groupCountedIn.map((s) => new RegExp(s, "iu")),
      child: re(vocab.episodes.child),
      episodeId: re(vocab.episodes.episodeId),
      group: re(vocab.episodes.group),
      groupCodes: Object.entries(vocab.episodes.groupCodes).map(([g, list]) => [g, re(list)]),
      status: re(vocab.episodes.status),
      episodeCount: re(vocab.episodes.episodeCount),
      wentMissingFlag: re(vocab.episodes.wentMissingFlag),
      missingDate: re(vocab.episodes.missingDate),
      returnedDate: re(vocab.episodes.returnedDate),
      openEpisodeDate: re(vocab.episodes.openEpisodeDate),
      stillMissing: re(vocab.episodes.stillMissing),
      stillMissingFlag: re(vocab.episodes.stillMissingFlag),
      returnedFlag: re(vocab.episodes.returnedFlag),
      blankMeansNone: re(vocab.episodes.blankMeansNone),
      listOfLookedAfter: re(vocab.episodes.listOfLookedAfter),
      groupSinceDate: re(vocab.episodes.groupSinceDate),
      yes: re(vocab.episodes.yes),
      no: re(vocab.episodes.no),
    };
    cache.set(vocab, p);
  }
  return p;
}

/**
 * Longer than any column header or yes/no answer. The header patterns are
 * knowledge data written as "missing … date", which a regex engine tries
 * from every "missing" to the end of the text: quadratic on a long cell
 * (a 1 MB cell of label words took minutes). A text this long is a
 * paragraph, never a header, so it is not matched at all.
 */
export const MAX_HEADER_CHARS = 1_000;

/**
 * Answers by pattern list and text. The same headers and answers ("Nationality",
 * "Total", "Yes", "Child ID") recur on every row and in every file, and each
 * is tried against several lists of patterns on each visit. The lists come
 * from tablePatterns, one per vocabulary, and are compiled without the g or
 * y flag, so an answer depends on nothing but the list and the text.
 */
const answers = new WeakMap<readonly RegExp[], Map<string, boolean>>();
/** More texts than any round's headers and answers: past it a list's answers are forgotten, so memory stays bounded. */
const ANSWERS_LIMIT = 20_000;
/** The longest text whose answers are kept. */
const MEMO_CHARS = 200;

export function matchesAny(res: RegExp[], normalised: string): boolean {
  if (normalised.length > MAX_HEADER_CHARS) return false;
  // Headers and answers recur and are short; a long text (a sentence in a cell) is seldom seen twice, so it is
  // tested, not kept, and the memo holds what it is for.
  if (normalised.length > MEMO_CHARS) return res.some((r) => r.test(normalised));
  let known = answers.get(res);
  if (known === undefined) {
    known = new Map();
    answers.set(res, known);
  }
  let found = known.get(normalised);
  if (found === undefined) {
    if (known.size >= ANSWERS_LIMIT) known.clear();
    found = res.some((r) => r.test(normalised));
    known.set(normalised, found);
  }
  return found;
}
