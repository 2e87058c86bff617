import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "./matchLabel.js";

/**
 * "Looked after children identified as trafficked: 7; suspected of having
 * been trafficked: 6; total 13.": one line giving each part with its own
 * words and count, then the total. Items are parted by semicolons only: a
 * comma or "and" may sit inside a part's own words.
 */
const ITEM_BREAK = ";";
/** A labelled list is one short line; longer text is never one (and the patterns below then stay cheap). */
const MAX_LINE = 600;
/** A part: its words, a colon, one count and nothing else. */
const PART_ITEM = /^([\p{L}\p{N}'’(). -]{3,120}?)\s*:\s*(\d{1,4})$/u;
/** The last item: the total, with an optional colon or dash ("total 13", "Total: 13", "in total - 13"). */
const TOTAL_ITEM = /^(?:in\s+)?total\s*[:–—-]?\s*(\d{1,4})$/iu;
/**
 * "1a: 9 1b: 5 Total: 14": each part named by its question's number alone,
 * the items parted by spaces, then the total. A question's number is one
 * word, so no item's words can run into the next.
 */
const NUMBERED_LIST =
  /^(?:(?:q\.?\s?)?\d{1,2}\s?[a-z]\s*:\s*\d{1,4}[;,]?\s+){2,}(?:in\s+)?total\s*[:–—-]?\s*\d{1,4}$/iu;
const NUMBERED_ITEM = /((?:q\.?\s?)?\d{1,2}\s?[a-z])\s*:\s*(\d{1,4})/giu;
/**
 * "a. identified: 6" / "(b) suspected – 3": one line of a cell that gives a
 * question's parts a line each, a part's letter, its words, a colon or spaced
 * dash and one count. The letter is the cell's own list, not the request's
 * numbering: the words say which part.
 */
const LETTERED_PART_LINE = /^\(?[a-h][.)]\s+([\p{L}'’() -]{3,80}?)\s*(?::|\s[–—-])\s*(\d{1,4})$/u;
/** A part's words that are a question's number alone ("1a", "Q1b"). */
const QUESTION_WORDS = /^(?:q\.?\s?)?(\d{1,2})\s?([a-z])$/iu;
/**
 * "10 (a) identified: 4 (b) suspected: 6": the total first, bare, then each
 * lettered part with its words and count (Bolton, round 141). The items are
 * found one after another from the start of the rest; any text between or
 * after them leaves the line unread.
 */
const TOTAL_FIRST = /^(\d{1,4})\s+(\(?a[.)]\s.*)$/su;
const LETTERED_ITEM = /\(?([a-h])[.)]\s+([\p{L}'’ -]{3,80}?)\s*(?::|\s[–—-])\s*(\d{1,4})[;,]?\s*/uy;
/**
 * "15 looked after children were identified or suspected of having been
 * trafficked (1a: 6 identified; 1b: 9 suspected).": a sentence giving the
 * total first, its parts in brackets at its end, parted by semicolons
 * (Westminster, round 141). The sentence's words hold no other figure.
 */
const TOTAL_THEN_BRACKET = /^(\d{1,4})\s+([^()\d]{3,200}?)\s*\(([^()]{3,200})\)$/u;
/** A bracketed part named by its question's number, its count and optionally its own words ("1a: 6 identified"). */
const NUMBERED_PART = /^((?:q\.?\s?)?\d{1,2}\s?[a-z])\s*:\s*(\d{1,4})(?:\s+([\p{L}'’ -]{1,60}))?$/iu;
/** A footnote mark after the total ("13¹"): the mark stays in the raw text, where the footnote is read. */
const TRAILING_MARK = /[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+\s*\.?\s*$|\.\s*$/u;

/** A cell of lettered lines that was read, where an issue about it was raised. */
export interface ReadCell {
  file: string;
  sheet?: string;
  cell: string;
  measure: string;
}

/**
 * A line the value parser could not read because it gives several counts,
 * each named by the words before it, and their total ("identified as
 * trafficked: 7; suspected of having been trafficked: 6; total 13"). When
 * the request defines a whole as the sum of parts, and each item names
 * exactly one part once and the parts add up to the total, each part and
 * the whole are read with the line as their raw text. A line whose parts do
 * not add up is flagged (check_parts_sum) and nothing is read from it; a line
 * whose items name no part, or one part twice, stays as it was.
 */
export function readLabelledParts(
  facts: readonly Fact[],
  request: Request,
  vocab: LabelVocabulary,
): { facts: Fact[]; decisions: Decision[]; issues: Issue[]; read: ReadCell[] } {
  const derivations = derivationsOf(request);
  // Where a cell of lettered lines was read: its "not understood" issue (raised before its lines were read) no longer holds.
  const read: ReadCell[] = [];
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  const out: Fact[] = [];
  const given = new Set(facts.filter((f) => f.status !== "not_answered").map((f) => f.measure));
  for (const fact of facts) {
    const listed = fact.value === null && fact.status === "not_answered" ? itemsOf(fact.raw, vocab) : undefined;
    const derivation = listed
      ? derivations.find((d) => d.measure === fact.measure || d.sumOf.includes(fact.measure))
      : undefined;
    if (!listed || !derivation) {
      out.push(fact);
      continue;
    }
    const groupOf = (id: string) => request.measures.find((m) => m.id === id)?.group;
    const metric = request.measures.find((m) => m.id === derivation.measure)?.metric;
    const found = new Map<string, number>();
    // "15 looked after children … (1a: 6; 1b: 9)": the sentence before the parts, where it names a metric, names the whole's.
    if (listed.lead !== undefined && !namesMetric(listed.lead, metric, vocab)) {
      out.push(fact);
      continue;
    }
    for (const item of listed.parts) {
      // "1a: 9": the question's number says which part, as the request numbers it.
      const numbered = QUESTION_WORDS.exec(item.words);
      if (numbered) {
        const asked = request.questions.find((q) => q.number === `${numbered[1]}${numbered[2]}`.toLowerCase());
        const part = derivation.sumOf.find((id) => asked?.measures.includes(id));
        if (part === undefined || found.has(part)) break;
        // "1a: 6 identified": words after the count must not name another group or metric than the number's part.
        if (item.words2 !== undefined) {
          const own = matchLabel(item.words2, vocab);
          const partGroup = groupOf(part);
          if (own.groups.length > 0 && !own.groups.some((g) => g === partGroup)) break;
          if (!namesMetric(item.words2, metric, vocab)) break;
        }
        found.set(part, item.count);
        continue;
      }
      const { groups, metrics } = matchLabel(item.words, vocab);
      // "Identified who went missing: 3" under a looked-after question: the item's own metric is another's.
      if (metrics.length > 0 && (metric === undefined || !metrics.includes(metric))) break;
      const named = derivation.sumOf.filter((id) => groups.some((g) => g === groupOf(id)));
      const part = named[0];
      if (named.length !== 1 || part === undefined || found.has(part)) break;
      found.set(part, item.count);
    }
    if (found.size !== listed.parts.length || found.size !== derivation.sumOf.length) {
      out.push(fact);
      continue;
    }
    const first = fact.sources[0];
    const sum = [...found.values()].reduce((a, b) => a + b, 0);
    const named = [...found].map(([m, v]) => `${m} ${v}`).join(", ");
    if (listed.total !== null && sum !== listed.total) {
      // The council's parts and total disagree; which is wrong cannot be told.
      out.push(fact);
      issues.push(
        makeIssue("check_parts_sum", {
          message: `"${fact.raw.trim()}"${first ? ` in ${describeSource(first)}` : ""} gives ${derivation.measure} as ${listed.total}, but its parts (${named}) add up to ${sum}; neither was read, and the figures need checking with the council.`,
          ...(first ? issueLocation(first) : {}),
          measure: derivation.measure,
          raw: fact.raw,
          related: [...found.keys()],
        }),
      );
      continue;
    }
    // Lettered lines give no total: the parts are read, and the whole is their sum where assembly adds them.
    const figures: [string, number][] =
      listed.total === null ? [...found] : [...found, [derivation.measure, listed.total]];
    // A lettered list, or a total given first with its parts, was "not understood" as one figure; read, it is.
    if ((listed.total === null || listed.first === true) && first)
      read.push({ ...issueLocation(first), measure: fact.measure });
    for (const [measure, value] of figures) {
      // A figure the file gives on its own line is its answer; this line only fills a gap.
      if (given.has(measure)) continue;
      const { unparsed: _unread, ...rest } = fact;
      out.push({ ...rest, measure, status: "reported", value, lower: value, upper: value });
    }
    decisions.push({
      file: first?.file ?? "",
      ...(first ? issueLocation(first) : {}),
      message:
        listed.total === null
          ? `"${fact.raw.trim()}" gives each part a line, with its words and count: ${named}.`
          : `"${fact.raw.trim()}" names each part with its count and gives their total: ${named}, total ${derivation.measure} ${listed.total}.`,
    });
  }
  return { facts: out, decisions, issues, read };
}

/**
 * The parts (words and count) and the total of a labelled list, or undefined for any other text. A line
 * with words that make a part's count something other than an exact count (notAPartCount) is left unread.
 */
function itemsOf(raw: string, vocab: LabelVocabulary): ListedParts | undefined {
  if (raw.length > MAX_LINE) return undefined;
  const text = raw.trim().replace(TRAILING_MARK, "").trim();
  const first = totalFirst(text);
  if (first) return first;
  if (isNumberedPartsList(text)) {
    const items = [...text.matchAll(NUMBERED_ITEM)];
    const total = /total\s*[:–—-]?\s*(\d{1,4})$/iu.exec(text)?.[1];
    if (total === undefined) return undefined;
    return { parts: items.map((m) => ({ words: m[1] ?? "", count: Number(m[2]) })), total: Number(total) };
  }
  const lettered = letteredPartLines(text);
  if (lettered) return { parts: lettered, total: null };
  if (!raw.includes(ITEM_BREAK)) return undefined;
  if (compilePatterns(vocab.notAPartCount.labelledList, "iu").some((re) => re.test(text))) return undefined;
  const items = text.split(ITEM_BREAK).map((item) => item.trim());
  const last = items.pop();
  const total = last === undefined ? undefined : TOTAL_ITEM.exec(last)?.[1];
  if (total === undefined || items.length < 2) return undefined;
  const parts: { words: string; count: number }[] = [];
  for (const item of items) {
    const m = PART_ITEM.exec(item);
    if (!m?.[1] || m[2] === undefined) return undefined;
    parts.push({ words: m[1], count: Number(m[2]) });
  }
  return { parts, total: Number(total) };
}

interface ListedParts {
  /** Each part's words (or its question's number) and count; words2 are words after a numbered part's count. */
  parts: { words: string; count: number; words2?: string }[];
  total: number | null;
  /** The sentence between a total given first and its bracketed parts. */
  lead?: string;
  /** The total came first (totalFirst). */
  first?: boolean;
}

/** Whether words name no metric, or the whole's own metric among those they name. */
function namesMetric(words: string, metric: string | undefined, vocab: LabelVocabulary): boolean {
  const { metrics } = matchLabel(words, vocab);
  return metrics.length === 0 || (metric !== undefined && metrics.some((m) => m === metric));
}

/** A line giving its total first and then its parts (TOTAL_FIRST, TOTAL_THEN_BRACKET), or undefined. */
function totalFirst(text: string): ListedParts | undefined {
  const lettered = TOTAL_FIRST.exec(text);
  if (lettered?.[1] !== undefined && lettered[2] !== undefined) {
    const rest = lettered[2].trim();
    const parts: { words: string; count: number }[] = [];
    LETTERED_ITEM.lastIndex = 0;
    let expected = "a".charCodeAt(0);
    while (LETTERED_ITEM.lastIndex < rest.length) {
      const m = LETTERED_ITEM.exec(rest);
      // Letters in order (a, b, c …): a list of its own, not letters that happen to sit in the text.
      if (!m?.[2] || m[3] === undefined || m[1]?.charCodeAt(0) !== expected) return undefined;
      parts.push({ words: m[2], count: Number(m[3]) });
      expected += 1;
    }
    return parts.length >= 2 ? { parts, total: Number(lettered[1]), first: true } : undefined;
  }
  const bracket = TOTAL_THEN_BRACKET.exec(text);
  if (bracket?.[1] === undefined || bracket[2] === undefined || bracket[3] === undefined) return undefined;
  const parts: { words: string; count: number; words2?: string }[] = [];
  for (const item of bracket[3].split(ITEM_BREAK).map((i) => i.trim())) {
    const numbered = NUMBERED_PART.exec(item);
    if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
      parts.push({
        words: numbered[1],
        count: Number(numbered[2]),
        ...(numbered[3] !== undefined ? { words2: numbered[3].trim() } : {}),
      });
      continue;
    }
    const m = PART_ITEM.exec(item);
    if (!m?.[1] || m[2] === undefined) return undefined;
    parts.push({ words: m[1], count: Number(m[2]) });
  }
  return parts.length >= 2 ? { parts, total: Number(bracket[1]), lead: bracket[2].trim(), first: true } : undefined;
}

/**
 * "1a: 9 1b: 5 Total: 14" in one cell of a table: parts named by their
 * questions' numbers and their total. Read as a label (its colons split it
 * into words and a last figure), the cell was taken for a heading.
 */
export function isNumberedPartsList(text: string): boolean {
  return text.length <= MAX_LINE && NUMBERED_LIST.test(text.trim().replace(TRAILING_MARK, "").trim());
}

/**
 * "a. identified: 6\nb. suspected: 3" in one cell of a table: two or more
 * lines, each a lettered part with its words and count, and nothing else.
 * Read as one cell, its last count was taken for the whole question and the
 * others were lost. Undefined for any other text.
 */
function letteredPartLines(text: string): { words: string; count: number }[] | undefined {
  // Runs of spaces become one first: LETTERED_PART_LINE's words may hold a space, and a long run between
  // overlapping quantifiers made it quadratic (a review timed 49 ms on one 600-character cell).
  const lines = text
    .split("\n")
    .map((l) => l.replace(/\s+/gu, " ").trim())
    .filter((l) => l !== "");
  if (lines.length < 2) return undefined;
  const parts: { words: string; count: number }[] = [];
  for (const line of lines) {
    const m = LETTERED_PART_LINE.exec(line);
    if (!m?.[1] || m[2] === undefined) return undefined;
    parts.push({ words: m[1], count: Number(m[2]) });
  }
  return parts;
}

/** Whether a cell gives a question's lettered parts a line each ("a. identified: 6" / "b. suspected: 3"). */
export function isLetteredPartLines(text: string): boolean {
  return text.length <= MAX_LINE && letteredPartLines(text.trim()) !== undefined;
}
