import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { totalThenParts } from "../parse/totalThenParts.js";
import { matchLabel } from "./matchLabel.js";

/** "8 (4 identified, 4 suspected)": a figure, then its parts in brackets. */
const WITH_REMARK = /^\s*(?<head>\d[\d,]*|[^\d()]{1,24}?)\s*\((?<inner>[^()]+)\)\s*\.?\s*$/u;
/**
 * A remark with no count that names one part ("1 (identified)", "3 (all
 * suspected)"): the whole is all that part. Words that count, negate or
 * qualify ("not", "some", "mostly", "of whom") say something else.
 */
const COUNTS_OR_NEGATES =
  /\d|\b(?:not|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|some|most|mostly|majority|half|part|of whom|of which|including|incl|excluding|plus|and|or|but)\b/iu;
/**
 * A part given as a suppressed count ("identified: <5", "suspected fewer
 * than 5"): the number is the bound, never the count.
 */
const SUPPRESSED_PART = /(?:<|\bless than|\bfewer than|\bunder|\bbelow)\s*(\d+)\b/iu;
/** Where a bracketed remark lists one part from the next. */
const PART_BREAK = /\s*(?:,|;|\band\b|\bplus\b|\bwith\b)\s*/iu;

/**
 * "8 (4 identified, 4 suspected)" answers the whole (children identified or
 * suspected as trafficked) and gives its parts in the remark. When the
 * request defines the whole as the sum of parts (derivationsOf), each part
 * named in the remark with one figure is read as that part's figure, but
 * only when every part is named once and they add up to the whole: a
 * remark that does not add up ("8 (4 identified)") says something else,
 * and is left as a remark.
 */
export function readRemarkParts(
  facts: readonly Fact[],
  request: Request,
  vocab: LabelVocabulary,
  zeroWords: readonly string[] = [],
): { facts: Fact[]; decisions: Decision[]; issues: Issue[] } {
  const out: Fact[] = [];
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  // Worked out once, not for each fact: an episode list has thousands.
  const derivations = derivationsOf(request);
  for (const fact of facts) {
    const derivation = derivations.find((d) => d.measure === fact.measure);
    const inner = remarkOf(fact, zeroWords) ?? partsSentenceOf(fact, vocab) ?? listedParts(fact);
    if (!derivation || inner === undefined || fact.status !== "reported" || fact.value === null) continue;
    const given = new Set(facts.filter((f) => f.status !== "not_answered").map((f) => f.measure));
    const whole = wholeIsOnePart(inner, derivation.sumOf, fact.measure, request, vocab);
    if (whole !== undefined) {
      if (!given.has(whole)) {
        const value = fact.value;
        out.push({
          ...fact,
          measure: whole,
          value,
          lower: value,
          upper: value,
          label: `${fact.label} (${inner.trim()})`,
        });
      }
      const first = fact.sources[0];
      decisions.push({
        file: first?.file ?? "",
        ...(first ? issueLocation(first) : {}),
        message: `"${fact.raw.trim()}" (${fact.measure}) names one part in brackets with no count of its own: all ${fact.value} are ${whole}.`,
      });
      continue;
    }
    const found = new Map<string, { value: number | null; lower: number; upper: number; raw: string }>();
    // Words that make a part's number something other than its count: read no part from such a remark.
    let clean = !compilePatterns(vocab.notAPartCount.remark, "iu").some((re) => re.test(inner));
    for (const piece of clean ? inner.split(PART_BREAK) : []) {
      const numbers = piece.match(/\b\d+\b/gu) ?? (zeroPart(piece, zeroWords) ? ["0"] : []);
      if (numbers.length === 0) continue;
      const groups = matchLabel(piece, vocab).groups;
      const parts = derivation.sumOf.filter((id) => {
        const group = request.measures.find((m) => m.id === id)?.group;
        return group !== undefined && groups.some((g) => g === group);
      });
      const part = parts[0];
      if (numbers.length !== 1 || parts.length !== 1 || part === undefined || found.has(part)) {
        clean = false;
        break;
      }
      const bound = SUPPRESSED_PART.exec(piece)?.[1];
      const n = Number(numbers[0]);
      found.set(
        part,
        bound === undefined
          ? { value: n, lower: n, upper: n, raw: piece.trim() }
          : { value: null, lower: Math.min(1, n - 1), upper: n - 1, raw: piece.trim() },
      );
    }
    if (!clean || found.size !== derivation.sumOf.length) continue;
    const lower = [...found.values()].reduce((a, b) => a + b.lower, 0);
    const upper = [...found.values()].reduce((a, b) => a + b.upper, 0);
    const first = fact.sources[0];
    const listed = [...found].map(([m, v]) => `${m} ${v.raw}`).join(", ");
    if (fact.value < lower || fact.value > upper) {
      // "5 (3 identified, 1 suspected)": every part named with its count, and
      // they do not make the whole. The council contradicts itself; which
      // figure is wrong cannot be told, so the whole is flagged and no part
      // is read from the remark.
      issues.push(
        makeIssue("check_parts_sum", {
          message: `"${fact.raw.trim()}"${first ? ` in ${describeSource(first)}` : ""} gives ${fact.measure} as ${fact.value}, but the parts in its brackets (${listed}) add up to ${lower === upper ? lower : `${lower}–${upper}`}; the parts were not read, and the total needs checking with the council.`,
          ...(first ? issueLocation(first) : {}),
          measure: fact.measure,
          raw: fact.raw,
          related: [...found.keys()],
        }),
      );
      continue;
    }
    // A part the file gives on its own line is its answer; the remark only fills a gap.
    for (const [measure, { value, lower: lo, upper: hi, raw }] of found) {
      if (given.has(measure)) continue;
      out.push({
        ...fact,
        measure,
        status: value === null ? "suppressed" : fact.status,
        value,
        lower: lo,
        upper: hi,
        raw,
        label: `${fact.label} (${inner.trim()})`,
      });
    }
    decisions.push({
      file: first?.file ?? "",
      ...(first ? issueLocation(first) : {}),
      message: `"${fact.raw.trim()}" (${fact.measure}) gives its parts in brackets: ${listed}, which ${lower === upper ? "add up to" : "can add up to"} ${fact.value}.`,
    });
  }
  return { facts: [...facts, ...out], decisions, issues };
}

/**
 * The remark of "8 (4 identified, 4 suspected)", or of a nil answer in words
 * with its parts in words ("Nil (identified: nil; suspected: none)", "Dim /
 * Nil (…)"): a head without digits is the figure only when it is a zero word,
 * or one in each language, and the fact was read as 0.
 */
function remarkOf(fact: Fact, zeroWords: readonly string[]): string | undefined {
  const m = WITH_REMARK.exec(fact.raw)?.groups;
  if (!m?.head || m.inner === undefined) return undefined;
  if (/\d/u.test(m.head)) return m.inner;
  return fact.value === 0 && isZeroWord(m.head, zeroWords) ? m.inner : undefined;
}

/** A zero word with a letter ("nil", "none"), or one in each language ("dim / nil"); never a dash alone. */
function isZeroWord(text: string, zeroWords: readonly string[]): boolean {
  const words = new Set(zeroWords.filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase()));
  const halves = text
    .trim()
    .replace(/[.:]+$/u, "")
    .toLowerCase()
    .split(/\s*\/\s*/u);
  return halves.length <= 2 && halves.every((h) => words.has(h.replace(/\s+/gu, " ")));
}

/**
 * A part answered with a zero word in place of its count: "identified: nil",
 * "suspected - none", "dan amheuaeth / suspected: dim / nil", or "nil suspected".
 */
function zeroPart(piece: string, zeroWords: readonly string[]): boolean {
  const after = /[:\-–—]\s*([^:\-–—]+?)\s*$/u.exec(piece)?.[1];
  if (after !== undefined) return isZeroWord(after, zeroWords);
  const first = /^\s*(\p{L}+)\s+\p{L}/u.exec(piece)?.[1];
  return first !== undefined && isZeroWord(first, zeroWords);
}

/** "11. Of these, 6 were identified … and 5 were suspected ….": the figure, then a sentence of its parts. */
const WITH_PARTS_SENTENCE = /^\s*(\d{1,4})(?:\s*\(of (?:whom|which|these) [^()]{1,80}\))?\.\s+(\S.*?)\.?\s*$/u;

/**
 * The parts a sentence after the figure gives ("Of these, 6 were identified
 * … and 5 were suspected …", opened by the knowledge's partsSentence), read
 * as a bracketed remark's text; undefined for any other raw text.
 */
function partsSentenceOf(fact: Fact, vocab: LabelVocabulary): string | undefined {
  const m = WITH_PARTS_SENTENCE.exec(fact.raw);
  const note = m?.[2];
  if (!m || note === undefined || Number(m[1]) !== fact.value) return undefined;
  for (const re of compilePatterns(vocab.partsSentence, "iu")) {
    const opening = re.exec(note);
    if (opening) return note.slice(opening[0].length);
  }
  return undefined;
}

/** "6 in total: identified - 2; suspected - 4.": the list after the total, when the fact's figure is that total. */
function listedParts(fact: Fact): string | undefined {
  const listed = totalThenParts(fact.raw);
  return listed && Number(listed.total) === fact.value ? listed.parts : undefined;
}

/** The one part a count-free remark names, when it names nothing else (see COUNTS_OR_NEGATES). */
function wholeIsOnePart(
  inner: string,
  parts: readonly string[],
  wholeMeasure: string,
  request: Request,
  vocab: LabelVocabulary,
): string | undefined {
  const text = inner.trim();
  if (text.split(/\s+/u).length > 4 || COUNTS_OR_NEGATES.test(text)) return undefined;
  const groupOf = (id: string) => request.measures.find((m) => m.id === id)?.group;
  const groups = matchLabel(text, vocab).groups;
  const named = parts.filter((id) => groups.some((g) => g === groupOf(id)));
  const only = named[0];
  if (named.length !== 1 || only === undefined) return undefined;
  const allowed = new Set([groupOf(only), groupOf(wholeMeasure)]);
  return groups.every((g) => allowed.has(g)) ? only : undefined;
}
