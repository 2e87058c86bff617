/**
 * What one file may make foi-agg read and hold. A file past any of them is
 * not read: it gets a `file_too_large` issue naming the limit and the flag
 * that raises it, and the run goes on with the other files. One set for
 * every reader, passed from the CLI through the pipeline (and to worker
 * threads, inside each file's input).
 *
 * The values and flags sit here alone, with no imports, so the CLI can name
 * them in --help without loading the readers (or zod).
 */
export interface ReadLimits {
  /** Size of the file itself, in bytes. */
  maxBytes: number;
  /** Bytes an archive (xlsx, docx, odt, ods) may inflate to, all its parts together. */
  maxUnzipped: number;
  /** Rows in one sheet. */
  maxRows: number;
  /** Columns in one sheet. */
  maxColumns: number;
  /** Characters in one cell (or one line of a letter). */
  maxCellChars: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Characters of text in the whole file. */
  maxChars: number;
}

const MB = 1024 * 1024;

/**
 * Far above any return seen (the largest real ones are episode lists of a
 * few thousand rows), low enough that one file cannot take the run's memory
 * on a laptop. maxCellChars is Excel's own limit for a cell; maxColumns is
 * Excel's last column.
 */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxBytes: 100 * MB,
  maxUnzipped: 200 * MB,
  maxRows: 200_000,
  maxColumns: 16_384,
  maxCellChars: 32_767,
  maxPages: 200,
  maxChars: 50_000_000,
});

/** The ingest flag that raises each limit. */
export const LIMIT_FLAGS: Readonly<Record<keyof ReadLimits, string>> = Object.freeze({
  maxBytes: "--max-bytes",
  maxUnzipped: "--max-unzipped",
  maxRows: "--max-rows",
  maxColumns: "--max-columns",
  maxCellChars: "--max-cell-chars",
  maxPages: "--max-pages",
  maxChars: "--max-chars",
});
