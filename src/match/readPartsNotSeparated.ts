import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { escapeRegex } from "../knowledge/values.js";
import type { NoteLine } from "./applyFileNotes.js";

/** Statuses that carry no figure: a part with only these was not given. */
const NO_FIGURE: ReadonlySet<Fact["status"]> = new Set(["not_answered", "not_held", "refused"]);

/**
 * "Looked after children identified or suspected as trafficked (we do not
 * record these separately): 11", "Q1a and Q1b: identified and suspected
 * trafficking are not recorded separately", "we cannot give separate
 * figures for identified and suspected children": the council says the
 * parts of a whole the request asks for (identified, suspected) are not
 * held apart. The parts are often optional, so a part left out is otherwise
 * said nothing of; each part the file gives no figure for is said to be
 * not held (value_not_held), naming the sentence.
 *
 * A line counts only when it says so in a negated phrasing (labels.json
 * partsNotSeparated) and names every part: by its question number ("1a",
 * "Q1b") or by the words its group adds to the whole's group
 * ("trafficked_identified" within "trafficked": "identified"). Parts of a
 * whole that are not sub-groups of the whole's group (not found for each
 * group, adding up to both groups') are left to the checks, as a sentence
 * naming two groups ("trafficked and UASC") is about many counts. Pure.
 */
export function readPartsNotSeparated(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  issues: readonly Issue[],
  request: Request,
  patterns: readonly string[],
  refusals: readonly string[] = [],
): Issue[] {
  const res = compilePatterns(patterns, "iu");
  const refused = compilePatterns(refusals, "iu");
  if (res.length === 0 && refused.length === 0) return [];
  const out: Issue[] = [];
  for (const d of derivationsOf(request)) {
    const whole = request.measures.find((m) => m.id === d.measure);
    const parts = d.sumOf.map((id) => request.measures.find((m) => m.id === id));
    if (!whole || parts.some((p) => p === undefined || !p.group.startsWith(`${whole.group}_`))) continue;
    const given = parts.filter((p) =>
      facts.some((f) => f.measure === p?.id && !f.unparsed && !NO_FIGURE.has(f.status)),
    );
    if (given.length > 0) continue;
    const namers = parts.map((p) => partNamer(request, p?.id ?? "", (p?.group ?? "").slice(whole.group.length + 1)));
    const names = (l: NoteLine) => !l.text.includes("?") && namers.every((n) => n(l.text));
    // "We are refusing parts a and b under section 12": a partial refusal names
    // the parts by their letters under the question's number, so the letters
    // name them too, unless the line numbers another question.
    const letters = partLetters(request, d.sumOf);
    // A line under another question's heading ("Question 3" / "We are refusing parts a and b …") names that
    // question's parts.
    const namesByLetter = (l: NoteLine) =>
      !l.text.includes("?") &&
      letters !== null &&
      lettersNamed(l.text, letters.number, letters.letters) &&
      (headingAbove(lines, l) ?? letters.number) === letters.number;
    const refusal = lines.find((l) => (names(l) || namesByLetter(l)) && refused.some((re) => re.test(l.text)));
    const line = refusal ?? lines.find((l) => names(l) && res.some((re) => re.test(l.text)));
    if (!line) continue;
    const code = refusal ? "value_refused" : "value_not_held";
    for (const p of parts) {
      if (!p) continue;
      const said = issues.some(
        (i) =>
          i.measure === p.id &&
          (i.code === "value_not_held" || i.code === "value_refused") &&
          i.file === line.source.file,
      );
      if (said) continue;
      out.push(
        makeIssue(code, {
          message: refusal
            ? `"${line.text}" in ${describeSource(line.source)} refuses ${d.sumOf.join(" and ")}, and the file gives no figure for ${p.id}: it was read as refused.`
            : `"${line.text}" in ${describeSource(line.source)} says ${d.sumOf.join(" and ")} are not recorded apart, and the file gives no figure for ${p.id}: it was read as not held (${d.measure} is the only count of them together).`,
          ...issueLocation(line.source),
          measure: p.id,
          raw: line.text,
        }),
      );
    }
  }
  return out;
}

/** Whether a line names a part: by its question's number ("1a", "Q1a") or the words its group adds ("identified"). */
function partNamer(request: Request, measure: string, groupWords: string): (text: string) => boolean {
  const number = request.questions.find((q) => q.measures.includes(measure))?.number;
  const byNumber = number ? new RegExp(String.raw`(?<![\w.])q?${escapeRegex(number)}(?![a-z0-9])`, "iu") : null;
  const words = groupWords.split("_").filter((w) => w.length > 2);
  const byWords = words.length > 0 ? words.map((w) => new RegExp(String.raw`\b${escapeRegex(w)}`, "iu")) : null;
  return (text) => (byNumber?.test(text) ?? false) || (byWords?.every((re) => re.test(text)) ?? false);
}

/**
 * The parts' one question number and their letters ("1a", "1b" → 1, a and b),
 * when every part is a lettered part of the same numbered question; null otherwise.
 */
function partLetters(request: Request, parts: readonly string[]): { number: string; letters: string[] } | null {
  const numbers = parts.map((id) => request.questions.find((q) => q.measures.includes(id))?.number ?? "");
  const split = numbers.map((n) => /^(\d{1,2})([a-z])$/iu.exec(n));
  const first = split[0]?.[1];
  if (!first || split.some((m) => !m || m[1] !== first)) return null;
  return { number: first, letters: split.map((m) => (m?.[2] ?? "").toLowerCase()) };
}

/**
 * "parts a and b", "parts a. and b.", "parts (a) and (b)": the letters after "part(s)". Each letter is a word of
 * its own and a separator stands between any two, so words after "parts" are never read letter by letter.
 */
const PART_LETTERS =
  /\bparts?\s+(\(?[a-z]\)?(?![a-z])\.?(?:(?:\s*[,&]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\(?[a-z]\)?(?![a-z])\.?)*)/giu;
/** "Question 3", "Q3.", "3." alone on a line: a heading whose number says whose parts the lines under it name. */
const QUESTION_HEADING = /^\s*(?:(?:question|q)\.?\s*)?(\d{1,2})[.:)]?\s*$/iu;

/** The number of the nearest question heading above a line, on its own sheet of its file; null when there is none. */
function headingAbove(lines: readonly NoteLine[], line: NoteLine): string | null {
  let best: { row: number; number: string } | null = null;
  for (const l of lines) {
    if (l.source.file !== line.source.file || l.source.sheet !== line.source.sheet || l.source.row >= line.source.row)
      continue;
    const m = QUESTION_HEADING.exec(l.text);
    if (m?.[1] && (best === null || l.source.row > best.row)) best = { row: l.source.row, number: m[1] };
  }
  return best?.number ?? null;
}
/** "question 3", "Q3": a number that says whose parts the letters are. */
const QUESTION_NUMBER = /\b(?:question|q)\.?\s*(\d{1,2})(?![\d])/giu;

/** Whether a line names every letter after "part(s)" and numbers no other question than the parts'. */
function lettersNamed(text: string, number: string, letters: readonly string[]): boolean {
  for (const m of text.matchAll(QUESTION_NUMBER)) if (m[1] !== number) return false;
  const named = new Set(
    [...text.matchAll(PART_LETTERS)].flatMap((m) =>
      [...(m[1] ?? "").matchAll(/\(?\b([a-z])\b\)?/giu)].map((l) => (l[1] ?? "").toLowerCase()),
    ),
  );
  return letters.every((l) => named.has(l));
}
