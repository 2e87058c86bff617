import type { Authority } from "../domain/authority.js";
import { NAMED_SHEETS, type Sheet, type Workbook } from "../domain/workbook.js";
import type { AuthorityIndex } from "./buildAuthorityIndex.js";
import { findAuthorities } from "./findAuthorities.js";

/** One council's part of a letter a shared service wrote for several. */
export interface SharedLetterPart {
  code: string;
  /** The letter as this council's: each split line keeps the words before the names and this council's own answer. */
  workbook: Workbook;
  /**
   * The rows (`sheet name \0 row`) whose figures are this council's: its split
   * lines and the lines naming it alone. A figure read anywhere else (a line
   * naming no council) may be the councils' together, so it is no one's.
   */
  ownRows: ReadonlySet<string>;
  /** A split line as this council's part writes it, and the line as the letter writes it. */
  written: ReadonlyMap<string, string>;
}

export interface SharedLetter {
  parts: SharedLetterPart[];
  /** Split lines: how many, and the first, as the letter writes it. */
  lines: number;
  example: string;
  /** Lines with a figure that name two or more of the councils without giving each its own answer: read for none. */
  unsplit: { sheet: string; row: number; text: string }[];
  /** A long table naming each row's council in a column of its own (splitAuthorityRows), not a letter's lines. */
  byRow?: boolean;
}

/**
 * "1 January 2021 to 31 December 2021 Kingston: 22   Richmond: 12": a shared
 * service (Achieving for Children for Kingston and Richmond, a tri-borough
 * team) answering for each of its councils on one line, each answer after its
 * council's name. When a line near the top names every one of those councils in
 * full ("provider of children's services for the Royal Borough of Kingston upon
 * Thames and the London Borough of Richmond upon Thames") and at least two lines
 * give each of them its own answer, the letter is read once per council: those
 * lines keep the words before the names and that council's answer ("1 January
 * 2021 to 31 December 2021: 22"), and every row naming another of the councils
 * is left out of its part. Only figures on a council's split lines, or on lines
 * naming it alone, are its own (see ownRows): a line naming none of them may
 * give the councils' figure together.
 *
 * A council is found on a line by its name, or by the first word of its name
 * written with its capital ("Kingston") when that word is a place the reference
 * knows (a place name several authorities are built on, or one a name is
 * shortened to) and no other of the councils starts with it: "North" of North
 * Northamptonshire is no one's.
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
  /** Names the reference refuses as meaning several authorities ("Kingston"): places, not councils. */
  ambiguousNames: readonly string[],
): SharedLetter | null {
  if (NAMED_SHEETS.has(workbook.format) || workbook.format === "csv") return null;
  const codes = councilsNamedTogether(workbook, index);
  if (!codes) return null;
  const found: CouncilNames[] = [];
  for (const code of codes) {
    const names = namesOf(code, codes, authorities, index, ambiguousNames);
    if (!names) return null;
    found.push(names);
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
  const unsplit: SharedLetter["unsplit"] = [];
  for (const [s, sheet] of workbook.sheets.entries()) {
    sheet.rows.forEach((row, r) => {
      if (row.some((_, c) => splits.has(`${s}:${r}:${c}`))) return;
      const named = found.filter((n) => row.some((text) => mentions(text, n)));
      if (named.length >= 2 && row.some((text) => /\d/u.test(text))) {
        unsplit.push({ sheet: sheet.name, row: r + 1, text: row.join(" ").trim() });
      }
    });
  }
  const parts = found.map(({ code }): SharedLetterPart => {
    const own = found.find((n) => n.code === code);
    const others = found.filter((n) => n.code !== code);
    const ownRows = new Set<string>();
    const written = new Map<string, string>();
    const sheets = workbook.sheets.map(
      (sheet, s): Sheet => ({
        ...sheet,
        rows: sheet.rows.map((row, r) => {
          const split = row.some((_, c) => splits.has(`${s}:${r}:${c}`));
          // A table row naming another council ("Richmond | 6 | 1") is that council's row, every cell of it.
          if (!split && others.some((o) => row.some((text) => mentions(text, o)))) return row.map(() => "");
          if (split || (own && row.some((text) => mentions(text, own)))) ownRows.add(`${sheet.name}\u0000${r + 1}`);
          return row.map((text, c) => {
            const answer = splits.get(`${s}:${r}:${c}`)?.get(code);
            if (answer === undefined) return text;
            written.set(answer, text);
            return answer;
          });
        }),
      }),
    );
    return { code, workbook: { ...workbook, sheets }, ownRows, written };
  });
  return { parts, lines, example, unsplit };
}

const MIN_SPLIT_LINES = 2;

/** The councils one line near the top names in full together, when two or more: the councils a shared service answers for. */
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
  /** Its names in any case ("Kingston upon Thames"), and the first word of its name as a place with its capital ("Kingston"). */
  mention: RegExp[];
  /** The same names, each then what introduces its answer (global: every place on a line). */
  answer: RegExp[];
}

/** "Kingston: ", "Richmond - ": a council's name, then what introduces its answer. */
const ANSWER_AFTER = String.raw`\s*(?::|\s[-\u2013\u2014])\s*`;

/**
 * A council's names as pattern sources: its reference names, and the first
 * word of its name when it is a place the reference knows and no other of the
 * councils starts with it.
 */
function namesOf(
  code: string,
  codes: readonly string[],
  authorities: readonly Authority[],
  index: AuthorityIndex,
  ambiguousNames: readonly string[],
): CouncilNames | null {
  const authority = authorities.find((a) => a.gss_code === code);
  if (!authority) return null;
  const first = (name: string) => name.split(/[\s,-]+/u)[0] ?? "";
  const head = first(authority.name);
  const key = head.toLowerCase();
  const shared = codes.some((other) => {
    const o = authorities.find((a) => a.gss_code === other);
    return other !== code && o !== undefined && first(o.name).toLowerCase() === key;
  });
  const forms = [authority.name, ...authority.alt_names]
    .filter((f) => f.trim() !== "")
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const names = `(?<![\\p{L}])(?:${forms.join("|")})(?![\\p{L}])`;
  const place =
    (index.placeHeads?.get(key) === code || ambiguousNames.some((n) => n.toLowerCase() === key)) &&
    !shared &&
    head !== authority.name
      ? `(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`
      : null;
  return {
    code,
    mention: [new RegExp(names, "iu"), ...(place ? [new RegExp(place, "u")] : [])],
    answer: [new RegExp(names + ANSWER_AFTER, "giu"), ...(place ? [new RegExp(place + ANSWER_AFTER, "gu")] : [])],
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+");
}

function mentions(text: string, names: CouncilNames): boolean {
  return text !== "" && names.mention.some((re) => re.test(text));
}

/** Where a council's name introduces an answer on a line: every such place. */
function answerPlaces(text: string, names: CouncilNames): { start: number; end: number }[] {
  const places = new Map<number, number>();
  for (const re of names.answer) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      // "Kingston upon Thames: " is one place, found as the name and not again as its first word.
      if ([...places].some(([s, e]) => m.index < e && s < end)) continue;
      places.set(m.index, end);
    }
  }
  return [...places].map(([start, end]) => ({ start, end }));
}

/**
 * Each council's own line, when every one of the councils is named on the line
 * exactly once, each before its answer: the words before the first name, then
 * that council's answer ("1 January 2021 to 31 December 2021: 22"). A short
 * answer follows a colon, as a period's line writes it; a longer one (a
 * sentence, a list) follows the words before the names as it is.
 */
function answersOnLine(text: string, names: readonly CouncilNames[]): Map<string, string> | null {
  const at: { code: string; start: number; end: number }[] = [];
  for (const n of names) {
    const places = answerPlaces(text, n);
    const [place] = places;
    if (places.length !== 1 || !place) return null;
    at.push({ code: n.code, ...place });
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
