import { Chalk, type ChalkInstance } from "chalk";
import { showControls, showControlsInLine } from "../domain/showControls.js";
import type { IngestSummary } from "../pipeline/runIngest.js";
import type { Io } from "./io.js";

/**
 * Everything the console shows, and the only module that imports chalk, so
 * colour can never leak into the files foi-agg writes.
 */
export interface Renderer {
  /** Called once per file as it is read. */
  progress(done: number, total: number, file: string): void;
  /** Clear a progress line before anything else is printed. */
  endProgress(): void;
  ingestSummary(summary: IngestSummary, strict: boolean): void;
  error(message: string): void;
}

/**
 * On a terminal: colour (unless NO_COLOR) and a single rewriting progress
 * line. Otherwise (a pipe, a CI log): no colour and one plain line per file,
 * which reads well in a log and never leaves carriage returns in it.
 */
export function createRenderer(io: Io, options: { color: boolean }): Renderer {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let lineOpen = false;
  const endProgress = (): void => {
    if (lineOpen) io.stdout("\r\u001b[2K");
    lineOpen = false;
  };
  return {
    progress(done, total, file) {
      if (io.isTTY) {
        io.stdout(`\r\u001b[2KReading ${done}/${total} ${shorten(showControlsInLine(file), 60)}`);
        lineOpen = true;
      } else {
        io.stdout(`read ${showControlsInLine(file)}\n`);
      }
    },
    endProgress,
    ingestSummary(summary, strict) {
      endProgress();
      io.stdout(formatIngestSummary(summary, strict, c));
    },
    error(message) {
      endProgress();
      // Messages name files and quote their text; only foi-agg's own escapes (colour) may reach the terminal.
      io.stderr(`${c.red("foi-agg:")} ${showControls(message)}\n`);
    },
  };
}

/** Longer lists are cut short on the console; quality.csv and run.json have them all. */
const MAX_LISTED = 20;

function formatIngestSummary(s: IngestSummary, strict: boolean, c: ChalkInstance): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `Files: ${s.ingested} of ${s.files} read` +
      (s.notIngested > 0 ? `, ${c.yellow(`${s.notIngested} not ingested`)} (see quality.csv)` : ""),
    `Authorities with returns: ${s.authoritiesWithReturns} of ${s.authorities}`,
    `Issues: ${(s.issues.error > 0 ? c.red : c.green)(plural(s.issues.error, "error"))}, ` +
      `${(s.issues.warning > 0 ? c.yellow : c.green)(plural(s.issues.warning, "warning"))}, ${s.issues.info} info`,
    `Outputs written to ${c.bold(showControlsInLine(s.outDir))}`,
  ];
  if (s.ignored.length > 0) {
    lines.push(`Ignored ${plural(s.ignored.length, "file")} (not returns):`);
    for (const f of s.ignored.slice(0, MAX_LISTED)) lines.push(`  ${showControlsInLine(`${f.file} (${f.rule})`)}`);
    if (s.ignored.length > MAX_LISTED) lines.push(`  … and ${s.ignored.length - MAX_LISTED} more (see quality.csv)`);
  }
  if (s.kept.length > 0) {
    const shown =
      s.kept.slice(0, MAX_LISTED).map(showControlsInLine).join(", ") + (s.kept.length > MAX_LISTED ? ", …" : "");
    lines.push(`Kept ${plural(s.kept.length, "file")} of yours in the output folder: ${shown}`);
  }
  if (strict && s.issues.error > 0) {
    lines.push(c.red(`--strict: exit code 1 because of ${plural(s.issues.error, "error-level issue")}`));
  }
  return `${lines.join("\n")}\n`;
}

/** Keep the end of a long path: the file name is the informative part. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
