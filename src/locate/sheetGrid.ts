import type { Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import type { FileFormat, Sheet } from "../domain/workbook.js";
import type { Knowledge } from "../knowledge/index.js";
import { isMeaningful, type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { parseValue } from "../parse/parseValue.js";

/**
 * A sheet seen as logical cells. Usually one per non-empty cell; a cell that
 * holds both a question and its answer ("How many went missing? Answer: 4",
 * as letters and some csv exports do) becomes a label part and a value part
 * that share the cell's address.
 */
export interface LogicalCell {
  row: number;
  col: number;
  /** 0 for a whole cell or the label part of a split cell, 1 for the answer part. */
  part: 0 | 1;
  text: string;
  kind: "value" | "text";
  /** Present for value cells and for unparsed answer parts. */
  parsed: ParsedValue | null;
  label: LabelMatch | null;
  /** The answer part of a split cell: a value even when its text is not understood. */
  answer: boolean;
}

export interface SheetGrid {
  file: string;
  format: FileFormat;
  sheet: Sheet;
  /** rows[r-1] lists the row's logical cells left to right. */
  rows: LogicalCell[][];
}

/** What the locate stage needs besides the sheet: knowledge and memo tables. */
export interface LocateEnv {
  file: string;
  format: FileFormat;
  knowledge: Knowledge;
  parseCache: Map<string, ParsedValue>;
  compiled: CompiledMarkers;
}

export interface CompiledMarkers {
  answerMarkers: RegExp[];
  questionOnly: RegExp[];
}

export function compileMarkers(knowledge: Knowledge): CompiledMarkers {
  return {
    answerMarkers: knowledge.labels.answerMarkers.map((p) => new RegExp(p, "giu")),
    questionOnly: knowledge.labels.questionOnly.map((p) => new RegExp(p, "iu")),
  };
}

/**
 * Answers repeat across files ("0", "nil", "<5", the same questions), so the
 * parse and marker tables live as long as the knowledge they were made from.
 */
const shared = new WeakMap<Knowledge, { parseCache: Map<string, ParsedValue>; compiled: CompiledMarkers }>();
const PARSE_CACHE_LIMIT = 100_000;

export function createLocateEnv(file: string, format: FileFormat, knowledge: Knowledge): LocateEnv {
  let s = shared.get(knowledge);
  if (!s) {
    s = { parseCache: new Map(), compiled: compileMarkers(knowledge) };
    shared.set(knowledge, s);
  }
  if (s.parseCache.size > PARSE_CACHE_LIMIT) s.parseCache.clear();
  return { file, format, knowledge, parseCache: s.parseCache, compiled: s.compiled };
}

export function parseCached(env: LocateEnv, text: string): ParsedValue {
  let p = env.parseCache.get(text);
  if (!p) {
    p = parseValue(text, env.knowledge.values, env.knowledge.request.suppressionThreshold);
    env.parseCache.set(text, p);
  }
  return p;
}

export function sourceOf(grid: SheetGrid, cell: { row: number; col: number }): Source {
  return { file: grid.file, format: grid.format, sheet: grid.sheet.name, row: cell.row, col: cell.col };
}

export function buildGrid(sheet: Sheet, env: LocateEnv): SheetGrid {
  const rows: LogicalCell[][] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const out: LogicalCell[] = [];
    const cells = sheet.rows[r] ?? [];
    const nonEmpty = cells.reduce((n, t) => (t.trim() === "" ? n : n + 1), 0);
    for (let c = 0; c < cells.length; c++) {
      const text = cells[c] ?? "";
      if (text.trim() === "") continue;
      const row = r + 1;
      const col = c + 1;
      const parsed = parseCached(env, text);
      if (!parsed.unparsed) {
        out.push({ row, col, part: 0, text, kind: "value", parsed, label: null, answer: false });
        continue;
      }
      const split = splitAnswer(text, env, nonEmpty === 1);
      if (split) {
        if (split.label.trim() !== "") {
          out.push({
            row,
            col,
            part: 0,
            text: split.label,
            kind: "text",
            parsed: null,
            label: matchLabel(split.label, env.knowledge.labels),
            answer: false,
          });
        }
        out.push({
          row,
          col,
          part: 1,
          text: split.answer,
          kind: "value",
          parsed: parseCached(env, split.answer),
          label: null,
          answer: true,
        });
        continue;
      }
      out.push({
        row,
        col,
        part: 0,
        text,
        kind: "text",
        parsed: null,
        label: matchLabel(text, env.knowledge.labels),
        answer: false,
      });
    }
    rows.push(out);
  }
  return { file: env.file, format: env.format, sheet, rows };
}

/**
 * Split "question … Answer: 4" into label and answer. An explicit answer
 * marker always splits (even if the answer is prose, which then becomes an
 * unparsed answer to report). Without a marker, a cell is only split at a
 * final "?" or ":" when what follows reads as a value, so titles such as
 * "Period: 1 October 2014 to 30 September 2015" stay whole.
 */
function splitAnswer(text: string, env: LocateEnv, aloneInRow: boolean): { label: string; answer: string } | null {
  let best: { index: number; end: number } | null = null;
  for (const re of env.compiled.answerMarkers) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!best || m.index > best.index) best = { index: m.index, end: m.index + m[0].length };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (best) {
    const answer = text.slice(best.end).trim();
    const label = text.slice(0, best.index).trim();
    if (answer !== "") return { label, answer };
    return null;
  }
  // "How many UASC went missing? 4" / "Number of UASC: 12"
  const m = /^(.*[?:])\s*([^?:]+)$/su.exec(text);
  if (m?.[1] && m[2]) {
    const answer = m[2].trim();
    const parsed = parseCached(env, answer);
    if (!parsed.unparsed && matchesSomething(m[1], env)) return { label: m[1].trim(), answer };
  }
  // "Trafficked children looked after 12" on a line of its own (letters).
  if (aloneInRow) {
    const t = /^(.*[^\d\s,.])\s+(\d[\d,]*)\s*\.?$/su.exec(text);
    if (t?.[1] && t[2] && matchesSomething(t[1], env) && !/\b(19|20)\d\d$/u.test(t[2])) {
      return { label: t[1].trim(), answer: t[2] };
    }
  }
  return null;
}

function matchesSomething(label: string, env: LocateEnv): boolean {
  return isMeaningful(matchLabel(label, env.knowledge.labels));
}
