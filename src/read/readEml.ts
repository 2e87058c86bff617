import { type Issue, makeIssue } from "../domain/issues.js";
import type { DocumentLine, MergeRange, Sheet, Workbook } from "../domain/workbook.js";
import { findTextTables } from "./findTextTables.js";
import { decodeCharset, findBodyParts, type MimePart, parseMime } from "./parseMime.js";
import { baseName } from "./readCsv.js";
import { type BodyBlock, readHtmlBody } from "./readHtmlBody.js";
import type { ReadResult } from "./readResult.js";
import { unquoteOwnEarlierReply } from "./unquoteOwnReply.js";

/** Rows of one e-mail body; a longer body is cut there, with a `container_limit` issue. */
export const MAX_BODY_ROWS = 20_000;

/**
 * Read an e-mail's body as a letter: one sheet, prose lines placed
 * "body line N" and the rows of an HTML table placed "body table T row R".
 * Only the body: attachments are opened before the pipeline
 * (src/discover/expandContainers.ts) and read as files of their own, so
 * each keeps its own format, reader and provenance.
 */
export function readEml(file: string, bytes: Uint8Array): ReadResult {
  const { message, issues } = parseMime(file, bytes);
  const body = chooseBody(file, message.root, message.from, issues);
  const sheet: Sheet = { name: baseName(file), rows: [], merges: [], lines: [] };
  const lines = sheet.lines as DocumentLine[];
  const push = (row: string[], line: DocumentLine): boolean => {
    if (sheet.rows.length >= MAX_BODY_ROWS) return false;
    sheet.rows.push(row);
    lines.push(line);
    return true;
  };
  let complete = true;
  if (body.kind === "plain") {
    // A table typed with spaces in the body (pasted from a system or a
    // spreadsheet) is read as rows and columns, as in a .txt letter.
    const roles = findTextTables(body.lines);
    body.lines.forEach((text, i) => {
      const role = roles[i];
      if (!complete) return;
      if (role?.kind === "table") {
        if ((role.cells ?? []).length > 0)
          complete = push(role.cells ?? [], { kind: "table", place: `body ${role.place}` });
      } else if (text.trim() !== "") complete = push([text], { kind: "prose", place: `body line ${i + 1}` });
    });
  } else if (body.kind === "html") {
    let line = 0;
    let table = 0;
    for (const block of body.blocks) {
      if (!complete) break;
      if (block.kind === "line") {
        line += 1;
        complete = push([block.text], { kind: "prose", place: `body line ${line}` });
        continue;
      }
      table += 1;
      const top = sheet.rows.length + 1;
      block.rows.forEach((row, r) => {
        if (complete) complete = push(row, { kind: "table", place: `body table ${table} row ${r + 1}` });
      });
      sheet.merges.push(...block.spans.map((s) => shiftSpan(s, top)));
    }
  }
  if (!complete) {
    issues.push(
      makeIssue("container_limit", {
        message: `${file} has a body longer than ${MAX_BODY_ROWS} lines (limit: bodyRows); only the first ${MAX_BODY_ROWS} were read.`,
        file,
      }),
    );
  }
  const workbook: Workbook = {
    file,
    format: "eml",
    sheets: [sheet],
    headers: { date: message.date, subject: message.subject },
  };
  return { workbook, issues };
}

type Body = { kind: "plain"; lines: string[] } | { kind: "html"; blocks: BodyBlock[] } | { kind: "none" };

/**
 * text/plain is the letter as written and is preferred, except when the
 * HTML rendering holds a table of figures: the plain rendering a mail
 * program makes of a table runs its cells together, losing which figure
 * belongs to which label.
 */
function chooseBody(file: string, root: MimePart, from: string, issues: Issue[]): Body {
  const found = findBodyParts(root);
  const html = found.html ? readHtmlBody(decodePart(file, found.html, issues)) : null;
  if (html && (found.plain === null || html.some((b) => b.kind === "table"))) return { kind: "html", blocks: html };
  if (found.plain)
    return {
      kind: "plain",
      lines: unquoteOwnEarlierReply(
        unquoteInlineAnswers(splitPlain(decodePart(file, found.plain, issues), found.plain)),
        from,
      ),
    };
  return { kind: "none" };
}

function decodePart(file: string, part: MimePart, issues: Issue[]): string {
  const charset = part.params.charset ?? "us-ascii";
  const { text, known } = decodeCharset(part.body, charset);
  if (!known) {
    issues.push(
      makeIssue("encoding_guessed", {
        message: `${file} says its text is in the character set "${charset}", which foi-agg does not know; it was read as UTF-8 or Windows-1252. Check names and symbols.`,
        file,
        raw: charset,
      }),
    );
  }
  return text.replace(/^\uFEFF/, "");
}

/**
 * Lines of a text/plain body. With format=flowed (RFC 3676) a line ending in
 * a space continues on the next one; it is joined back so a sentence and its
 * figure stay on one line. Line numbers then count the joined lines.
 */
function splitPlain(text: string, part: MimePart): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if ((part.params.format ?? "").toLowerCase() !== "flowed") return lines;
  const out: string[] = [];
  let carry: string | null = null;
  for (const raw of lines) {
    // Space-stuffing: a leading space was added before "From " or ">" and is not part of the text.
    const line = raw.startsWith(" ") ? raw.slice(1) : raw;
    const joined: string = carry === null ? line : carry + line;
    if (line.endsWith(" ") && line !== "-- ") carry = joined;
    else {
      out.push(joined);
      carry = null;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}

/** A line quoted from the message replied to: "> 1. The total number …". */
const QUOTED = /^[ \t]{0,3}>[ \t]?/u;

/**
 * "> 1. The total number of …" then "2018 – 6; 2019 – 5", "> b. Suspected …"
 * then its answer: a reply that answers under each quoted question. Its
 * quoted lines are the questions its answers belong to, so the quote marks
 * are taken off and the lines read as the letter's own questions. Only when
 * quoted runs and unquoted answers alternate (two or more quoted runs, each
 * followed by a line of the council's own): the usual quoted thread, one
 * run below the reply, is the earlier correspondence and stays quoted.
 */
export function unquoteInlineAnswers(lines: readonly string[]): string[] {
  let answeredRuns = 0;
  let inRun = false;
  for (const line of lines) {
    if (QUOTED.test(line)) inRun = true;
    else if (line.trim() !== "" && inRun) {
      answeredRuns += 1;
      inRun = false;
    }
  }
  if (answeredRuns < 2) return [...lines];
  return lines.map((line) => line.replace(QUOTED, ""));
}

function shiftSpan(s: MergeRange, top: number): MergeRange {
  // Spans count rows and columns from 0 within their table; the sheet counts from 1.
  return { top: s.top + top, bottom: s.bottom + top, left: s.left + 1, right: s.right + 1 };
}
