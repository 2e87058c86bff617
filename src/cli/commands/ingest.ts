import { type Command, InvalidArgumentError } from "commander";
import { runIngest } from "../../pipeline/runIngest.js";
import { DEFAULT_READ_LIMITS, LIMIT_FLAGS, type ReadLimits } from "../../read/readLimits.js";
import type { Io } from "../io.js";
import { createRenderer } from "../render.js";

export interface IngestCommandOptions {
  out: string;
  strict?: boolean;
  overrides?: string;
  manifest?: string;
  request?: string;
  exclude?: string[];
  expected?: string;
  jobs?: number;
  timings?: boolean;
  maxBytes?: number;
  maxUnzipped?: number;
  maxRows?: number;
  maxColumns?: number;
  maxCellChars?: number;
  maxPages?: number;
  maxChars?: number;
}

const LIMIT_HELP: Record<keyof ReadLimits, string> = {
  maxBytes: "largest file read, in bytes",
  maxUnzipped: "most bytes an xlsx/docx/odt/ods may unzip to",
  maxRows: "most rows in one sheet or text file",
  maxColumns: "most columns in one sheet",
  maxCellChars: "most characters in one cell or line",
  maxPages: "most pages in a PDF",
  maxChars: "most characters of text in one file",
};

/** The --max-* flags, one per read limit; a file past one is reported as too large and the run goes on. */
export function addLimitOptions(command: Command): Command {
  for (const key of Object.keys(LIMIT_FLAGS) as (keyof ReadLimits)[]) {
    command.option(
      `${LIMIT_FLAGS[key]} <n>`,
      `${LIMIT_HELP[key]} (default ${DEFAULT_READ_LIMITS[key].toLocaleString("en-GB")})`,
      parseLimit,
    );
  }
  return command;
}

function parseLimit(text: string): number {
  // "1_000_000" and "1,000,000" are how people write big numbers.
  const n = Number(text.replace(/[_,]/gu, ""));
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${text}"`);
  return n;
}

function limitsOf(options: IngestCommandOptions): Partial<ReadLimits> {
  const out: Partial<ReadLimits> = {};
  for (const key of Object.keys(LIMIT_FLAGS) as (keyof ReadLimits)[]) {
    const value = options[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** `foi-agg ingest <folder>`: one core call, rendered; returns the exit code. */
export async function runIngestCommand(
  folder: string,
  options: IngestCommandOptions,
  io: Io,
  display: { color: boolean },
): Promise<number> {
  const renderer = createRenderer(io, display);
  try {
    const { summary, exitCode } = await runIngest({
      folder,
      out: options.out,
      strict: options.strict ?? false,
      ...(options.overrides !== undefined ? { overrides: options.overrides } : {}),
      ...(options.manifest !== undefined ? { manifest: options.manifest } : {}),
      ...(options.request !== undefined ? { request: options.request } : {}),
      ...(options.exclude !== undefined ? { exclude: options.exclude } : {}),
      ...(options.expected !== undefined ? { expected: options.expected } : {}),
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      limits: limitsOf(options),
      onProgress: renderer.progress,
      ...(options.timings
        ? { onTiming: (phase: string, ms: number) => io.stderr(`timing: ${phase}: ${Math.round(ms)} ms\n`) }
        : {}),
    });
    renderer.ingestSummary(summary, options.strict ?? false);
    return exitCode;
  } finally {
    renderer.endProgress();
  }
}
