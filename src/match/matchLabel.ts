import type { Group, Metric } from "../domain/request.js";
import { type LabelVocabulary, roundVocabularyOf } from "../knowledge/labels.js";
import { ownPlaceOf } from "./buildOwnPlacePattern.js";
import { normaliseLabel, splitCodedWords } from "./normaliseLabel.js";
import { readRomanMarker } from "./readRomanMarker.js";

/** What one piece of label text says about group and metric. */
export interface LabelMatch {
  text: string;
  normalised: string;
  groups: Exclude<Group, "all">[];
  metrics: Metric[];
  /** "total", "overall", "trafficked and UASC": the label may mean both groups together. */
  allCue: boolean;
  /** "either group", "(both groups)": the label says it means both groups together. */
  bothGroups: boolean;
  /** "How many went missing, and how many times?": children and episodes asked at once. */
  asksChildrenAndEpisodes: boolean;
  /** "how many", "number": the label asks for a count. */
  countCue: boolean;
  /** "Fewer than five children were …": an answer sentence that opens with its count, as a bound. */
  countOpening?: boolean;
  /** "of these", "of whom", or a "–" sub-item: the label refers back to the previous question's group. */
  anaphora: boolean;
  /** "trafficked or suspected trafficked": identified and suspected together. */
  combined: boolean;
  /** "the children referred to in question 5", "of (a)": the question pointed at ("5", "a", "1a"). */
  questionRef: string | null;
  /** The label's own question number or letter ("Q5", "5.", "1(a)", "a"), normalised as "5", "1a", "a". */
  questionNumber: string | null;
  /** The label names children ("Number of UAS children") rather than leaving them implied. */
  namesChildren: boolean;
  /** Metrics on each side of an "or" ("went missing / missing episodes"), when there is one. */
  alternatives: Metric[][];
  /** An identifier or period column such as "LA code"; numbers under it are not figures. */
  ignore: boolean;
  /** A percentage, rate or average ("% of looked after"): numbers under it are not counts. */
  ratio: boolean;
  /** The phrases that matched, for the audit trail. */
  phrases: string[];
  /** Qualifiers that make the figure not quite what the request asked (indexes into the vocabulary's caveats, with the matched text). */
  caveats: { index: number; phrase: string }[];
}

interface Compiled {
  groups: [Exclude<Group, "all">, RegExp[]][];
  metrics: [Metric, RegExp[]][];
  allCue: RegExp[];
  bothGroups: RegExp[];
  twoQuestions: RegExp[];
  countCue: RegExp[];
  countOpening: RegExp[];
  anaphora: RegExp[];
  combined: RegExp[];
  childCount: RegExp[];
  questionRef: RegExp;
  /** The same, global: a label may refer to several questions ("Looked after (Q1 / Q5)"). */
  questionRefAll: RegExp;
  questionNumber: RegExp;
  questionNumberTrailing: RegExp;
  answerPrefix: RegExp;
  childNouns: RegExp;
  ignore: RegExp[];
  ratio: RegExp[];
  ratioWithCount: RegExp;
  caveats: RegExp[];
  /** Readings by text; a sender's own-name reading by its pattern and the text. */
  cache: Map<string, LabelMatch>;
}

const compiledByVocab = new WeakMap<LabelVocabulary, Compiled>();

function compile(vocab: LabelVocabulary): Compiled {
  let c = compiledByVocab.get(vocab);
  if (!c) {
    const re = (list: string[]) => list.map((p) => new RegExp(p, "u"));
    c = {
      groups: Object.entries(vocab.groups).map(([g, list]) => [g, re(list)]),
      metrics: Object.entries(vocab.metrics).map(([m, list]) => [m, re(list)]),
      allCue: re(vocab.allGroupPatterns),
      bothGroups: re(vocab.bothGroupsPatterns),
      twoQuestions: re(vocab.twoQuestions),
      countCue: re(vocab.countCues),
      countOpening: re(vocab.countOpenings),
      anaphora: re(vocab.anaphoraCues),
      combined: re(vocab.combinedTrafficked),
      childCount: re(vocab.childCountCues),
      questionRef: new RegExp(vocab.questionReference, "iu"),
      questionRefAll: new RegExp(vocab.questionReference, "giu"),
      questionNumber: new RegExp(vocab.questionNumber, "iu"),
      questionNumberTrailing: new RegExp(vocab.questionNumberTrailing, "iu"),
      answerPrefix: new RegExp(vocab.answerPrefix, "iu"),
      childNouns: new RegExp(vocab.childNouns, "u"),
      ignore: re(vocab.ignoreLabels),
      ratio: re(vocab.ratioLabels),
      ratioWithCount: new RegExp(vocab.ratioWithCount, "u"),
      caveats: re(vocab.caveats.map((c) => c.pattern)),
      cache: new Map(),
    };
    compiledByVocab.set(vocab, c);
  }
  return c;
}

/**
 * Longer than any label, question or sentence a council writes (the
 * request's longest question is under 300 characters). The phrasing data
 * holds patterns such as "masnachu … neu amheu", which a regex engine tries
 * from every "masnachu" to the end of the text: quadratic, minutes on a
 * 1 MB cell. A longer text is not matched, so the figure beside it is
 * reported as unlabelled rather than read from a guess.
 */
export const MAX_LABEL_CHARS = 2_000;

function unmatchedLabel(text: string): LabelMatch {
  return {
    text,
    normalised: "",
    groups: [],
    metrics: [],
    allCue: false,
    bothGroups: false,
    asksChildrenAndEpisodes: false,
    countCue: false,
    anaphora: false,
    combined: false,
    questionRef: null,
    questionNumber: null,
    namesChildren: false,
    alternatives: [],
    ignore: false,
    ratio: false,
    phrases: [],
    caveats: [],
  };
}

/** Match one label's text against the phrasing data. Memoised: labels repeat across files. */
export function matchLabel(text: string, vocab: LabelVocabulary): LabelMatch {
  // See MAX_LABEL_CHARS: a paragraph-long text says nothing as a label.
  if (text.length > MAX_LABEL_CHARS) return unmatchedLabel(text);
  // A sender's vocabulary is the round's with the council's own name: the
  // round's reading is shared by every sender, and only a label naming no
  // group is read again with the name.
  const c = compile(roundVocabularyOf(vocab));
  const read = matchRoundLabel(text, vocab, c);
  return vocab.ownPlace === undefined || (read.groups.length > 0 && read.metrics.length > 0)
    ? read
    : withOwnPlaceRead(read, vocab.ownPlace, c);
}

/**
 * "Children placed outside Birmingham", in Birmingham's own reply: the
 * council's name for its own area is "the local authority" of the request's
 * phrasings. Only a label naming no group as written is read again, and only
 * with the replying council's own name (never another council's, which in a
 * table of destinations means somewhere else).
 */
function withOwnPlaceRead(read: LabelMatch, ownPlace: string, c: Compiled): LabelMatch {
  // Looked up before the name is searched for: the same label recurs on
  // every row and sheet of a sender's reply, and the search is the cost.
  const key = `${ownPlace}\u0001${read.text}`;
  const hit = c.cache.get(key);
  if (hit) return hit;
  const own = ownPlaceOf(ownPlace).replace(read.normalised, "the local authority");
  if (own === read.normalised) {
    c.cache.set(key, read);
    return read;
  }
  const groups: Exclude<Group, "all">[] = [];
  const phrases: string[] = [];
  for (const [group, res] of c.groups) {
    const m = res.map((r) => r.exec(own)).find((found) => found !== null);
    if (m) {
      groups.push(group);
      phrases.push(`${m[0].trim()} (the council's own name read as "the local authority")`);
    }
  }
  // "Placed outside Moray": a label naming no metric may name one with the
  // council's name read as its area ("placed outside the local authority area").
  const metricPhrases: string[] = [];
  const metrics =
    read.metrics.length > 0
      ? read.metrics
      : readMetrics(ownPlaceOf(ownPlace).replace(read.normalised, "the local authority area"), c, metricPhrases);
  const withGroups =
    read.groups.length > 0 || groups.length === 0 ? read : { ...read, groups, phrases: [...phrases, ...read.phrases] };
  // The group's phrases first, as in a label that names its group as written.
  const result =
    metrics === read.metrics || metrics.length === 0
      ? withGroups
      : {
          ...withGroups,
          metrics,
          phrases: [
            ...withGroups.phrases,
            ...metricPhrases.map((p) => `${p} (the council's own name read as "the local authority area")`),
          ],
        };
  c.cache.set(key, result);
  return result;
}

/** A label read with the round's phrasings alone. */
function matchRoundLabel(text: string, vocab: LabelVocabulary, c: Compiled): LabelMatch {
  const hit = c.cache.get(text);
  if (hit) return hit;
  const read = readRoundLabel(text, vocab, c);
  const result = read.groups.length > 0 || read.metrics.length > 0 ? read : withBrokenWordsJoined(read, vocab, c);
  c.cache.set(text, result);
  return result;
}

/**
 * A narrow heading cell of a PDF table breaks its words wherever the column
 * ends, with no hyphen ("Inciden" / "ts (traffic" / "ked)"), and its lines
 * are joined with a space: "3a Inciden ts (traffic ked)" names neither the
 * group nor the metric it was written with. A short label that names neither
 * is read again with a word and the lower-case piece after it joined,
 * one pair at a time; a join is kept only where it makes the label name a
 * group or metric it did not name, and loses none, so words that merely
 * stand side by side ("went missing") are never run together. A label that
 * names either already is read as written: two real words joined ("spent on"
 * → "spenton") can make a phrase match that the label never said. The label
 * keeps its own text; the reading says which words were joined.
 */
function withBrokenWordsJoined(read: LabelMatch, vocab: LabelVocabulary, c: Compiled): LabelMatch {
  if (read.text.length > MAX_BROKEN_LABEL_CHARS) return read;
  let best = read;
  let words = read.text;
  const joined: string[] = [];
  for (const m of read.text.matchAll(BROKEN_WORD)) {
    const whole = `${m[1] ?? ""}${m[2] ?? ""}`;
    const trial = words.replace(m[0], whole);
    if (trial === words) continue;
    const again = readRoundLabel(trial, vocab, c);
    // A word put back together names one thing; a join that leaves the label naming two metrics, or more
    // groups than it did, ran two words together ("missing from" → "missingfrom the placement").
    const gains =
      again.metrics.length <= 1 &&
      again.groups.length <= Math.max(1, best.groups.length) &&
      again.groups.length + again.metrics.length > best.groups.length + best.metrics.length &&
      best.groups.every((g) => again.groups.includes(g)) &&
      best.metrics.every((x) => again.metrics.includes(x));
    if (!gains) continue;
    best = again;
    words = trial;
    joined.push(`"${m[0]}" read as "${whole}"`);
  }
  if (best === read) return read;
  return { ...best, text: read.text, phrases: [...best.phrases, `a word broken across lines: ${joined.join(", ")}`] };
}

/** Longer than a table's heading cell: a broken word is looked for only in a short label. */
const MAX_BROKEN_LABEL_CHARS = 80;

/** A word and the lower-case piece after it that may be its end ("Inciden ts", "traffic ked"). */
const BROKEN_WORD = /(?<![\p{L}])(\p{L}{3,}) (\p{Ll}{2,5})(?![\p{L}])/gu;

/** A label read with the round's phrasings, as written. */
function readRoundLabel(text: string, vocab: LabelVocabulary, c: Compiled): LabelMatch {
  const normalised = normaliseLabel(splitCodedWords(text, vocab.codeTokens));
  const phrases: string[] = [];
  const findAll = <K>(table: [K, RegExp[]][]): K[] => {
    const out: K[] = [];
    for (const [key, res] of table) {
      for (const r of res) {
        const m = r.exec(normalised);
        if (m) {
          out.push(key);
          phrases.push(m[0].trim());
          break;
        }
      }
    }
    return out;
  };
  const groups = findAll(c.groups);
  const any = (res: RegExp[]) => res.some((r) => r.test(normalised));
  // "children who had a missing episode" counts children, not episodes.
  const metrics = readMetrics(normalised, c, phrases).filter((m) => m !== "missing_incidents" || !any(c.childCount));
  const result: LabelMatch = {
    text,
    normalised,
    groups,
    metrics,
    allCue: any(c.allCue),
    bothGroups: any(c.bothGroups),
    asksChildrenAndEpisodes:
      any(c.twoQuestions) && metrics.includes("went_missing") && metrics.includes("missing_incidents"),
    countCue: any(c.countCue),
    ...(any(c.countOpening) ? { countOpening: true } : {}),
    // A label that starts with a dash ("– of whom went missing") is a sub-item of the one above.
    anaphora: any(c.anaphora) || /^\s*[-–—•·]\s*\S/u.test(text),
    combined: any(c.combined),
    // The label's own number ("Question 3 – …", "In response to question 3, …")
    // is not a reference to question 3.
    questionRef: questionRefs(c, text.replace(c.answerPrefix, "").replace(c.questionNumber, "")),
    // "IV. How many …": a list numbered in Roman numerals asks question 4.
    questionNumber:
      readRomanMarker(text) ??
      questionId(c.answerPrefix.exec(text) ?? c.questionNumber.exec(text) ?? c.questionNumberTrailing.exec(text)),
    namesChildren: c.childNouns.test(normalised),
    // Only a slash offers alternatives ("went missing / missing episodes");
    // "ran away or went missing" is one thing said two ways.
    alternatives: text.includes("/")
      ? slashSides(withGroupNamesJoined(text, c.groups, (g) => vocab.partOf[g] ?? g))
          .map((side) => normaliseLabel(splitCodedWords(side, vocab.codeTokens)))
          .map((side) =>
            c.metrics.filter(([m, res]) => metrics.includes(m) && res.some((r) => r.test(side))).map(([m]) => m),
          )
      : [],
    ignore: normalised !== "" && any(c.ignore),
    ratio: c.ratio.some((r) => r.test(text.toLowerCase())) && !c.ratioWithCount.test(text.toLowerCase()),
    phrases,
    caveats: c.caveats.flatMap((r, index) => {
      const m = r.exec(normalised);
      return m ? [{ index, phrase: m[0].trim() }] : [];
    }),
  };
  return result;
}

/**
 * The metrics a label names. A request's metric phrasings are written for
 * the metric's own words ("number of placements"), and councils put the
 * group's words in the middle of them ("Number of out of county
 * placements"), so the label is also read with the group's words taken out.
 * A metric found only that way is added; one found in the label as written
 * stays (a group phrasing may hold a metric's word), so two readings that
 * disagree are left for the resolver to report as ambiguous, never chosen.
 */
function readMetrics(normalised: string, c: Compiled, phrases: string[]): Metric[] {
  const found: Metric[] = [];
  const stripped = withoutGroupWords(normalised, c.groups);
  for (const [metric, res] of c.metrics) {
    for (const text of stripped === normalised ? [normalised] : [normalised, stripped]) {
      const m = res.map((r) => r.exec(text)).find((hit) => hit !== null);
      if (m) {
        found.push(metric);
        phrases.push(m[0].trim());
        break;
      }
    }
  }
  return found;
}

/**
 * The texts a label's metric phrasings are tried on (readMetrics): its
 * normalised text, and that text with the group's words taken out when
 * they differ. For `foi-agg request`, which lists the phrasings that apply.
 */
export function metricReadingTexts(normalised: string, vocab: LabelVocabulary): string[] {
  const stripped = withoutGroupWords(normalised, compile(roundVocabularyOf(vocab)).groups);
  return stripped === normalised ? [normalised] : [normalised, stripped];
}

/** The label with every span a group phrasing matched taken out, e.g. "number of out of county placements" → "number of placements". */
function withoutGroupWords(normalised: string, groups: Compiled["groups"]): string {
  let text = normalised;
  for (const [, res] of groups) {
    for (const r of res) {
      // A few passes: a group named twice ("out of area … out of area") is taken out twice.
      for (let i = 0; i < 3; i++) {
        const m = r.exec(text);
        if (!m || m[0].trim() === "") break;
        text = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
      }
    }
  }
  return text.replace(/\s+/gu, " ").trim();
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Where the run of letters ending at `end` (exclusive) starts. A loop, not a pattern: a long run must cost one pass. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetter(text[i - 1])) i--;
  return i;
}

/** Where the run of letters starting at `start` ends (exclusive). */
function wordEndAfter(text: string, start: number): number {
  let i = start;
  while (i < text.length && isLetter(text[i])) i++;
  return i;
}

/**
 * The two readings of a label with more than one slash, each tight between
 * two words, and other words between them ("missing/absent incidents -
 * trafficked/modern slavery"): the first words of every pair, then the
 * second words. Null for any other label.
 */
function wordPairSides(text: string): string[] | null {
  const parts = text.split("/");
  if (parts.length < 3) return null;
  const first: string[] = [];
  const second: string[] = [];
  for (const [i, part] of parts.entries()) {
    // The word after the previous slash, and the word before the next one.
    const lead = i === 0 ? 0 : wordEndAfter(part, 0);
    const tail = i === parts.length - 1 ? part.length : wordStartBefore(part, part.length);
    if ((i > 0 && lead === 0) || (i < parts.length - 1 && tail === part.length) || lead > tail) return null;
    first.push(part.slice(lead));
    second.push(part.slice(0, tail));
  }
  // first: every part after its leading word (the second of the pair before it), its own trailing word kept.
  // second: every part before its trailing word (the first of the pair after it), its leading word kept.
  return [first.join(""), second.join("")];
}

/** "UASC / separated": a spaced slash between two words. */
const SPACED_SLASH = /(?<=\p{L})\s+\/\s+(?=\p{L})/gu;
/**
 * How many words beside a spaced slash are tried as a group's name: a name may be several words
 * ("victim of modern slavery", "a victim of modern slavery"), and five is the longest councils write.
 */
const NAME_WORDS = 5;

/**
 * "Missing/absent incidents - UASC / separated LAC": a spaced slash between
 * two names of one group ("UASC", "separated" as in "separated children")
 * offers two names for the group, not two things, so it is read as a slash
 * tight between two words: the label still says one thing, the incidents.
 * Split at that slash, the label's sides were "missing/absent incidents -
 * UASC" and "separated LAC", read as alternatives (incidents or looked
 * after), and the figure was not used. A word after the slash is tried as a
 * group's name with "children" after it, as councils write "separated"
 * short for "separated children"; a slash between a group and a metric
 * ("UASC / went missing") names two things and is left as written.
 */
function withGroupNamesJoined(text: string, groups: Compiled["groups"], whole: (g: Group) => Group): string {
  // "trafficked / suspected": a group and one of its parts (suspected is a part of trafficked) name one
  // family of children, as two names of one group do, so their words are one side, not two readings.
  const names = (phrase: string) =>
    groups.filter(([, res]) => res.some((r) => r.test(normaliseLabel(phrase)))).map(([g]) => whole(g));
  // A name of several words ("trafficked / victim of modern slavery") is tried as the words nearest the
  // slash, one to NAME_WORDS of them on each side, never words beyond another slash or a dash.
  const nearest = (side: string, fromEnd: boolean): string[] => {
    const runs = side.split(/[^\p{L}\s]/u);
    const words = (fromEnd ? runs.at(-1) : runs[0])?.trim().split(/\s+/u) ?? [];
    const phrases: string[] = [];
    for (let n = 1; n <= Math.min(NAME_WORDS, words.length); n += 1) {
      phrases.push((fromEnd ? words.slice(-n) : words.slice(0, n)).join(" "));
    }
    return phrases.filter((p) => p !== "");
  };
  return text.replace(SPACED_SLASH, (spaced: string, offset: number) => {
    const first = nearest(text.slice(0, offset), true).flatMap(names);
    const second = nearest(text.slice(offset + spaced.length), false).flatMap((after) => [
      ...names(after),
      ...names(`${after} children`),
    ]);
    // Joined by a space, not a slash: the names are one side, and a slash elsewhere in the label
    // ("Missing / absent incidents - UASC / separated") is then the only one left to read.
    return first.some((g) => second.includes(g)) ? " " : spaced;
  });
}

/**
 * The readings a slash offers. "went missing / missing episodes" offers two
 * things; "Missing/absent episodes", a slash tight between two words, or
 * "Missing / absent episodes" opening the label, says one thing two ways, so each word is read with the words around it
 * ("missing episodes", "absent episodes").
 */
function slashSides(text: string): string[] {
  // "Individual missing/absent incidents - trafficked/modern slavery": every
  // slash tight between two words offers a word for a word, so the label
  // still says one thing; each reading takes the first or the second word
  // of every pair (the pairs are independent, and one reading of each kind
  // is enough to tell whether the metric changes).
  const words = wordPairSides(text);
  if (words) return words;
  // "Missing / absent incidents": a single word opening the label (after its
  // question number, "3b. Missing / absent episodes") before a
  // spaced slash cannot be a reading on its own; like a tight slash, it
  // offers two words for the one that qualifies the words after them.
  // "went missing / missing episodes" has words before the slash's first
  // word, so it still offers two things. "Number of missing / absent
  // incidents": "number of" only says a count follows, so the word after it opens the label. The
  // question's number may be written "Q3" ("Q3 Missing / absent incidents").
  // Wherever "number of" stands, the one word after it is where the label's
  // count opens, so "3a Trafficked – number of missing / absent incidents"
  // (the group named first) still offers two words for one.
  const tight =
    /^([^/]*?)(\p{L}+)\/(\p{L}+)([^/]*)$/u.exec(text) ??
    /^([^\p{L}/]*(?:(?:q\.?\s?)?\d+[a-z]?[.):]?\s+)?(?:(?:the\s+)?(?:total\s+)?(?:number|no\.?|count)\s+of\s+)?)(\p{L}+)\s+\/\s+(\p{L}+)(\s[^/]*\p{L}[^/]*)$/iu.exec(
      text,
    ) ??
    /^([^/]*\b(?:number|no\.|count)\s+of\s+)(\p{L}+)\s+\/\s+(\p{L}+)(\s[^/]*\p{L}[^/]*)$/iu.exec(text);
  if (tight) {
    const [, before = "", a = "", b = "", after = ""] = tight;
    return [`${before}${a}${after}`, `${before}${b}${after}`];
  }
  return text.split("/");
}

/** True when the label says anything about group or metric. */
export function isMeaningful(m: LabelMatch): boolean {
  return m.groups.length > 0 || m.metrics.length > 0;
}

/** "1 (a)" → "1a", "(b)" → "b": one spelling for a question's number or letter. */
/**
 * The questions a label refers to: "(Q2 / Q6)" over a table's column names both, so the column is no one
 * group's by its reference (resolveMeasure reads "2+6" as a group only when both questions are of one).
 */
function questionRefs(c: { questionRef: RegExp; questionRefAll: RegExp }, text: string): string | null {
  const first = questionId(c.questionRef.exec(text));
  if (first === null) return null;
  const ids = new Set<string>();
  for (const m of text.matchAll(c.questionRefAll)) for (const id of questionId(m)?.split("+") ?? []) ids.add(id);
  return ids.size > first.split("+").length ? [...ids].join("+") : first;
}

function questionId(m: RegExpExecArray | null): string | null {
  // "2. a." is question 2a: the stops between its number and letter are the list's.
  // "the children counted in 1a or 1b": both, as "1a+1b" (resolveMeasure reads them together).
  const ids = (m?.slice(1).filter((g) => g !== undefined) ?? []).map((g) => g.toLowerCase().replace(/[\s().]/gu, ""));
  return ids.length > 0 ? ids.join("+") : null;
}
