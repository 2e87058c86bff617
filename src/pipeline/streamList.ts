import type { FileResult } from "../domain/facts.js";
import type { Group } from "../domain/request.js";
import type { Sheet } from "../domain/workbook.js";
import type { Knowledge } from "../knowledge/index.js";
import { type EpisodeCount, startEpisodeCount } from "../locate/countEpisodes.js";
import type { EpisodeColumns } from "../locate/findListColumns.js";
import type { TableResult } from "../locate/locateEpisodes.js";
import { locateFigures } from "../locate/locateFigures.js";
import { buildGrid, type CountList, createLocateEnv, type SheetGrid } from "../locate/sheetGrid.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../read/readLimits.js";
import type { ReadResult } from "../read/readResult.js";
import { sniffFormat } from "../read/sniffFormat.js";
import { type RowStream, streamCsvRows, streamXlsxRows } from "../read/streamRows.js";
import { openZip, ZIP_LIMITS, type ZipArchive } from "../read/zipArchive.js";
import type { FileInput } from "./processFile.js";

/**
 * Rows read before deciding whether a file is a long list: its header and
 * a sample of rows, enough for locateEpisodes's column recognition (which
 * looks at the rows under a header) and for any title above. A file of no
 * more rows than this is read the ordinary way.
 */
export const STREAM_FROM_ROWS = 1_000;

type ProcessRead = (input: FileInput, read: ReadResult, knowledge: Knowledge, countList?: CountList) => FileResult;

/**
 * A long csv or single-sheet xlsx whose rows, from somewhere in its first
 * STREAM_FROM_ROWS to its end, are one episode list or per-child extract
 * (as locateEpisodes recognises one): the first rows are located as any
 * sheet is, and the list's rows, there and beyond, are counted one at a
 * time by countEpisodes without ever being held together. Memory stays flat
 * however long the list, and the list's figures name its rows as one range.
 *
 * Returns null, and the file is read the ordinary way (with the ordinary
 * limits, which turn a file of too many rows away), when the file is short,
 * is not such a list, or has anything after the list ends but blank rows:
 * a footnote or a second table under a million rows would need the whole
 * sheet located, which is what the limits are for.
 */
export async function processStreamedList(
  input: FileInput,
  knowledge: Knowledge,
  processRead: ProcessRead,
): Promise<FileResult | null> {
  const counted = await countStreamedList(input, knowledge, processRead, null);
  return counted === OVER_BUDGET ? null : counted; // never over a budget it was not given
}

/** What processStreamedCsvWithin returns for a file still being read at its deadline. */
export const OVER_BUDGET = "over budget";

/**
 * processStreamedList for a csv, in the calling thread, abandoned at
 * `deadline` (a performance.now() time) as a worker thread's task is
 * abandoned at the time budget. A worker costs about a second of CPU to
 * start, a quarter of a million-row list's whole run; in this thread the
 * budget can still be kept, because a csv is read row by row: everything
 * else it does is linear in the file's bytes (finding line ends, decoding,
 * checking quotes) or bounded by the first STREAM_FROM_ROWS rows (locating
 * the list among them), and the clock is read every ROWS_PER_CLOCK rows. An
 * xlsx is not tried here: exceljs's streaming reader parses its shared
 * strings before the first row, and nothing in this thread could stop that.
 * Null when the file is not a csv counted as a list; it is then the worker's.
 */
export async function processStreamedCsvWithin(
  input: FileInput,
  knowledge: Knowledge,
  processRead: ProcessRead,
  deadline: number,
): Promise<FileResult | null | typeof OVER_BUDGET> {
  return countStreamedList(input, knowledge, processRead, deadline);
}

/** Rows between two readings of the clock when a deadline is kept: a few milliseconds of work. */
const ROWS_PER_CLOCK = 1024;

async function countStreamedList(
  input: FileInput,
  knowledge: Knowledge,
  processRead: ProcessRead,
  deadline: number | null,
): Promise<FileResult | null | typeof OVER_BUDGET> {
  const limits = input.limits ?? DEFAULT_READ_LIMITS;
  const headRows = input.streamFromRows ?? STREAM_FROM_ROWS;
  if (input.conversion !== undefined || input.bytes.length > limits.maxBytes) return null;
  const opened = await openRowStream(input.file, input.bytes, headRows, deadline === null);
  if (!opened) return null;
  if (deadline !== null && performance.now() > deadline) return OVER_BUDGET;
  const { stream, format } = opened;

  const head: string[][] = [];
  let list: StreamedList | null = null;
  let ended = false;
  /** Why the file is read the ordinary way after all (the rows after the list, a limit), once known. */
  let fallBack = false;
  let lastFed = 0;
  let overBudget = false;
  const feed = (count: EpisodeCount, row: number, cells: readonly string[]): void => {
    if (!ended) {
      ended = !count.addRow(row, cells);
      return;
    }
    if (cells.some((c) => c.trim() !== "")) fallBack = true;
  };
  // One pass: the first rows are kept; at the first row past them the list
  // is found among them, and from then on rows are counted, not kept.
  const reading = stream.eachRow(1, (row, cells) => {
    if (deadline !== null && row % ROWS_PER_CLOCK === 0 && performance.now() > deadline) {
      overBudget = true;
      return false;
    }
    if (breaksCellLimits(cells, limits)) {
      fallBack = true;
      return false;
    }
    if (row <= headRows) {
      while (head.length < row - 1) head.push([]);
      head[row - 1] = cells;
      return true;
    }
    if (!list) {
      list = findStreamedList(input.file, format, { name: stream.sheet, rows: head, merges: [] }, knowledge);
      if (!list) {
        fallBack = true;
        return false;
      }
      for (let r = list.cols.headerRow + 1; r <= head.length; r++) feed(list.count, r, head[r - 1] ?? []);
      lastFed = head.length;
    }
    // xlsx leaves out empty rows; a gap in the numbers is a blank row.
    if (row > lastFed + 1) feed(list.count, lastFed + 1, []);
    lastFed = row;
    feed(list.count, row, cells);
    return !fallBack;
  });
  // A file csv-parse or exceljs cannot read is the ordinary reader's to report, in its own words.
  await reading.catch(() => {
    fallBack = true;
  });
  if (overBudget) return OVER_BUDGET;
  const found = list as StreamedList | null;
  if (!found || fallBack) return null;
  const counted: TableResult | null = found.count.finish();
  if (!counted) return null;

  const sheet: Sheet = { name: stream.sheet, rows: head, merges: [] };
  const read: ReadResult = { workbook: { file: input.file, format, sheets: [sheet] }, issues: stream.issues };
  const result = processRead(input, read, knowledge, (_grid, cols) =>
    cols.headerRow === found.cols.headerRow ? counted : null,
  );
  // As in a worker: past the budget is abandoned, even when it was about to finish.
  return deadline !== null && performance.now() > deadline ? OVER_BUDGET : result;
}

interface StreamedList {
  cols: EpisodeColumns;
  count: EpisodeCount;
}

/**
 * The list that runs to the end of the first rows, if any: they are located
 * as any sheet is, noting each list locateEpisodes is asked to read; the
 * last one is the one that can go on past them.
 */
function findStreamedList(
  file: string,
  format: "csv" | "xlsx",
  sheet: Sheet,
  knowledge: Knowledge,
): StreamedList | null {
  const env = createLocateEnv(file, format, knowledge);
  const lists: { grid: SheetGrid; cols: EpisodeColumns; group: Group | null; from: string }[] = [];
  locateFigures(buildGrid(sheet, env), {
    ...env,
    countList: (grid, cols, group, from) => {
      lists.push({ grid, cols, group, from });
      return null;
    },
  });
  const last = lists.at(-1);
  // The running counter reads neither per-period counts nor open-episode dates: such a list is read whole.
  if (!last || last.cols.periodCounts !== undefined || last.cols.openDate !== undefined) return null;
  return { cols: last.cols, count: startEpisodeCount(last.grid, last.cols, last.group, last.from, env) };
}

/**
 * A row stream for a csv, or (when `xlsxToo`) for an xlsx with one visible
 * worksheet, that may have rows past the first `headRows`; null for anything else.
 */
async function openRowStream(
  file: string,
  bytes: Uint8Array,
  headRows: number,
  xlsxToo: boolean,
): Promise<{ stream: RowStream; format: "csv" | "xlsx" } | null> {
  const verdict = sniffFormat(file, bytes);
  if (verdict.reader === null || verdict.misnamed) return null;
  if (verdict.reader === "csv") {
    // Cheap first: a file of fewer lines than the head cannot be a long list.
    if (!hasLinesPast(bytes, headRows)) return null;
    return { stream: streamCsvRows(file, bytes), format: "csv" };
  }
  if (verdict.reader !== "xlsx" || !xlsxToo) return null;
  const opened = openZip(bytes, ZIP_LIMITS);
  if (!opened.ok) return null;
  const sheets = opened.zip.names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/iu.test(n));
  const sheetPart = sheets[0];
  if (sheets.length !== 1 || sheetPart === undefined || !opened.zip.has("xl/workbook.xml")) return null;
  // Cheap first, as for csv: exceljs's streaming reader costs far more than
  // inflating the sheet's XML natively and looking at its row numbers.
  if (!(await mayHaveRowsPast(opened.zip, sheetPart, headRows))) return null;
  const workbookXml = opened.zip.readText("xl/workbook.xml");
  if (!workbookXml.ok) return null;
  const tags = workbookXml.text.match(/<(?:\w+:)?sheet\s[^>]*>/gu) ?? [];
  const tag = tags[0];
  // A hidden sheet is reported and left out by readXlsx; leave that to it.
  if (tags.length !== 1 || tag === undefined || /\sstate="(?:hidden|veryHidden)"/u.test(tag)) return null;
  const name = /\sname="([^"]*)"/u.exec(tag)?.[1];
  if (name === undefined) return null;
  return { stream: streamXlsxRows(unescapeXml(name), bytes), format: "xlsx" };
}

/**
 * Whether a worksheet's XML may hold a row numbered past `headRows`: false
 * only when every row's `r` attribute is known to be within them. Stops
 * inflating at the first row past them, so a long sheet costs only its
 * first rows. Anything unusual says "may", and the file goes the way it
 * went before this check: a row with no `r` (exceljs's streaming reader
 * numbers such rows its own way), a tag too long to be a row's, a part
 * that cannot be inflated (the readers report that).
 */
export async function mayHaveRowsPast(zip: ZipArchive, part: string, headRows: number): Promise<boolean> {
  let carry = "";
  let may = false;
  const outcome = await zip.streamText(part, (piece) => {
    const text = carry + piece;
    // A tag cut at the end of this piece is finished by the next.
    const open = text.lastIndexOf("<");
    const cut = open !== -1 && text.indexOf(">", open) === -1 ? open : text.length;
    carry = text.slice(cut);
    for (const m of text.slice(0, cut).matchAll(ROW_TAG)) {
      const r = /\sr\s*=\s*["'](\d+)["']/u.exec(m[1] ?? "")?.[1];
      if (r === undefined || Number(r) > headRows) may = true;
      if (may) return false;
    }
    if (carry.length > MAX_TAG_CHARS) may = true;
    return !may;
  });
  return may || !outcome.ok;
}

/** Longer than any row tag: a row tag holds a few short attributes. */
const MAX_TAG_CHARS = 4_096;

/** A worksheet row's start tag (with or without a namespace prefix), its attributes captured. */
const ROW_TAG = /<(?:\w+:)?row(\s[^>]*)?\/?>/gu;

function breaksCellLimits(cells: readonly string[], limits: ReadLimits): boolean {
  if (cells.length > limits.maxColumns) return true;
  for (const c of cells) if (c.length > limits.maxCellChars) return true;
  return false;
}

/** Whether the bytes hold more than `lines` line feeds; stops at the first past them, so a long file costs only its head. */
function hasLinesPast(bytes: Uint8Array, lines: number): boolean {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) if (++n > lines) return true;
  return false;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&#(\d+);/gu, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/gu, "&");
}
