import type { Authority } from "../domain/authority.js";
import { NAMED_SHEETS, type Sheet, type Workbook } from "../domain/workbook.js";
import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import { findAuthorities } from "./findAuthorities.js";

/** One council's part of a letter a shared service wrote for several. */
export interface SharedLetterPart {
  code: string;
  /** The letter as this council's: each split line keeps the part before the names and this council's own answer. */
  workbook: Workbook;
  /** How the letter was tied to this council, for the decisions. */
  how: string;
}

export interface SharedLetter {
  parts: SharedLetterPart[];
  /** Split lines: how many, and the first, as the letter writes it. */
  lines: number;
  example: string;
  /** Lines that name another of the councils but give no one council's answer: left out of every part. */
  dropped: number;
}

/**
 * "1 January 2021 to 31 December 2021 Kingston: 22   Richmond: 12": a shared
 * service (Achieving for Children for Kingston and Richmond, a tri-borough
 * team) answering for each of its councils on one line, each answer after its
 * council's name. When a line of the letter names every one of those councils
 * in full at once ("provider of children's services for the Royal Borough of
 * Kingston upon Thames and the London Borough of Richmond upon Thames") and at
 * least two lines give each of them its own answer, the letter is read once per
 * council: those lines keep what comes before the names and that council's
 * answer ("1 January 2021 to 31 December 2021: 22"), and every other line that
 * names another of the councils is left out, so nothing one council wrote about
 * another's figures is read as its own. A council is found on a line by its name
 * or by the first word of its name ("Kingston"), when no other of the councils
 * shares that word.
 *
 * Null for a spreadsheet (its columns are read by the shared-columns reader),
 * a letter naming fewer than two councils together, or one with fewer than two
 * split lines: one line "Kingston: 5, Richmond: 3" is a comparison, not a
 * layout.
 */
export function splitSharedLetter(
  workbook: Workbook,
  index: AuthorityIndex,
  authorities: readonly Authority[],
): SharedLetter | null {
  if (NAMED_SHEETS.has(workbook.format) || workbook.format === "csv") return null;
  const codes = councilsNamedTogether(workbook, index);
  if (!codes) return null;
  const found: CouncilNames[] = [];
  for (const code of codes) {
    const forms = nameForms(code, codes, authorities);
    if (!forms) return null;
    found.push({
      code,
      answer: new RegExp(`${forms}(?:\\s+upon\\s+\\p{L}+)?\\s*(?::|\\s[-\\u2013\\u2014])\\s*`, "giu"),
      mention: new RegExp(forms, "iu"),
    });
  }
  const splits = new Map<string, Map<string, string>>();
  let lines = 0;
  let example = "";
  for (const [s, sheet] of workbook.sheets.entries()) {
    sheet.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        const answers = answersOnLine(text, found);
        if (!answers) return;
        lines++;
        if (example === "") example = text.trim();
        splits.set(`${s}:${r}:${c}`, answers);
      });
    });
  }
  if (lines < MIN_SPLIT_LINES) return null;
  let dropped = 0;
  const parts = found.map(({ code }) => {
    const others = found.filter((n) => n.code !== code);
    const sheets = workbook.sheets.map(
      (sheet, s): Sheet => ({
        ...sheet,
        rows: sheet.rows.map((row, r) =>
          row.map((text, c) => {
            const answers = splits.get(`${s}:${r}:${c}`);
            if (answers) return answers.get(code) ?? "";
            if (others.some((o) => o.mention.test(text))) {
              if (code === found[0]?.code) dropped++;
              return "";
            }
            return text;
          }),
        ),
      }),
    );
    return {
      code,
      workbook: { ...workbook, sheets },
      how: `a letter answering for ${found.length} councils, each answer after its council's name ("${example}")`,
    };
  });
  return { parts, lines, example, dropped };
}

const MIN_SPLIT_LINES = 2;

/** The councils one line of the file names in full together, when two or more: the councils a shared service answers for. */
function councilsNamedTogether(workbook: Workbook, index: AuthorityIndex): string[] | null {
  let seen = 0;
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      for (const text of row) {
        if (text.trim() === "" || text.length > MAX_NAMING_LINE) continue;
        if (++seen > HEAD_LINES) return null;
        const named = [
          ...new Set(
            findAuthorities(text, index)
              .filter((m) => m.strong)
              .map((m) => m.code),
          ),
        ];
        if (named.length >= 2) return named;
      }
    }
  }
  return null;
}

/** A shared service says whom it answers for at the top of its letter, as a council's letterhead is there. */
const HEAD_LINES = 40;

/** A letter's opening sentence is long; a page of text run together is no one line naming its councils. */
const MAX_NAMING_LINE = 600;

interface CouncilNames {
  code: string;
  /** Its name before what introduces its answer (a colon or a dash): "Kingston: ", "Richmond - ". */
  answer: RegExp;
  /** Its name anywhere. */
  mention: RegExp;
}

/**
 * A council's names as a pattern source: its reference names, and the first
 * word of its name when it is a word of its own and no other of the councils
 * starts with it.
 */
function nameForms(code: string, codes: readonly string[], authorities: readonly Authority[]): string | null {
  const authority = authorities.find((a) => a.gss_code === code);
  if (!authority) return null;
  const first = (name: string) => name.split(/[\s,-]+/u)[0] ?? "";
  const head = first(authority.name);
  const shared = codes.some((other) => {
    const o = authorities.find((a) => a.gss_code === other);
    return other !== code && o !== undefined && first(o.name).toLowerCase() === head.toLowerCase();
  });
  const forms = [authority.name, ...authority.alt_names, ...(head.length >= 4 && !shared ? [head] : [])]
    .filter((f) => f.trim() !== "")
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return `(?<![\\p{L}])(?:${forms.join("|")})(?![\\p{L}])`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+");
}

/**
 * Each council's own line, when every one of the councils is named on the line
 * exactly once, each before its answer: what comes before the first name, then
 * that council's answer ("1 January 2021 to 31 December 2021: 22"). A short
 * answer follows a colon, as a period's line writes it; a longer one (a
 * sentence, a list) follows the words before the names as it is.
 */
function answersOnLine(text: string, names: readonly CouncilNames[]): Map<string, string> | null {
  const at: { code: string; start: number; end: number }[] = [];
  for (const { code, answer } of names) {
    const hits = [...text.matchAll(answer)];
    if (hits.length !== 1) return null;
    const hit = hits[0];
    if (hit?.index === undefined) return null;
    at.push({ code, start: hit.index, end: hit.index + hit[0].length });
  }
  at.sort((a, b) => a.start - b.start);
  const before = text.slice(0, at[0]?.start ?? 0).trimEnd();
  const answers = new Map<string, string>();
  for (const [i, place] of at.entries()) {
    const answer = text
      .slice(place.end, at[i + 1]?.start ?? text.length)
      .trim()
      .replace(/[,;]$/u, "")
      .trim();
    if (answer === "") return null;
    const short = answer.length <= SHORT_ANSWER;
    answers.set(
      place.code,
      before === ""
        ? answer
        : short && !/[:\u2013\u2014-]$/u.test(before)
          ? `${before}: ${answer}`
          : `${before} ${answer}`,
    );
  }
  return answers;
}

/** "<5", "22", "nil", "not held": an answer a period's line gives after a colon. */
const SHORT_ANSWER = 20;
