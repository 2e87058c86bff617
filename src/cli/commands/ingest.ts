import { classifyFile } from "../../discover/classifyFile.js";
import { runIngest } from "../../pipeline/runIngest.js";
import { LIMIT_FLAGS, type ReadLimits } from "../../read/readLimits.js";
import type { Io } from "../io.js";
import { readSettings, todayIso } from "../readSettings.js";
import { createRenderer, type SummaryNames } from "../render.js";

export interface IngestCommandOptions {
  out: string;
  strict?: boolean;
  overrides?: string;
  manifest?: string;
  request?: string;
  exclude?: string[];
  expected?: string;
  jobs?: number;
  fileTimeout?: number;
  timings?: boolean;
  maxBytes?: number;
  maxUnzipped?: number;
  maxRows?: number;
  maxColumns?: number;
  maxCellChars?: number;
  maxPages?: number;
  maxChars?: number;
  settings?: string;
  asOf?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
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
  // --json: stdout carries the JSON alone, and the bar stays off the terminal's stdout anyway (stderr).
  const renderer = createRenderer(io, {
    ...display,
    quiet: options.quiet === true || options.json === true ? options.quiet === true : false,
    verbose: options.verbose === true,
  });
  // Settings are optional for ingest: without them quality/ says how to get deadlines.
  const found = readSettings(options.settings, process.cwd());
  try {
    const { summary, exitCode, result } = await runIngest({
      folder,
      out: options.out,
      strict: options.strict ?? false,
      ...(options.overrides !== undefined ? { overrides: options.overrides } : {}),
      ...(options.manifest !== undefined ? { manifest: options.manifest } : {}),
      ...(options.request !== undefined ? { request: options.request } : {}),
      ...(options.exclude !== undefined ? { exclude: options.exclude } : {}),
      ...(options.expected !== undefined ? { expected: options.expected } : {}),
      ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
      ...(options.fileTimeout !== undefined ? { fileTimeout: options.fileTimeout } : {}),
      limits: limitsOf(options),
      ...(found ? { round: { settings: found.settings, asOf: options.asOf ?? todayIso() } } : {}),
      onProgress: renderer.progress,
      onTiming: (phase: string, ms: number) => {
        renderer.phase(phase);
        if (options.timings) io.stderr(`timing: ${phase}: ${Math.round(ms)} ms\n`);
      },
    });
    const names: SummaryNames = {
      councilsWithErrors: result.returns
        .filter((r) => r.issues.some((i) => i.severity === "error"))
        .sort(
          (a, b) =>
            b.issues.filter((i) => i.severity === "error").length -
              a.issues.filter((i) => i.severity === "error").length || a.authority.name.localeCompare(b.authority.name),
        )
        .map((r) => r.authority.name),
      // Debris (.DS_Store, Office lock files) is not a file anyone sent; quality.csv still lists it.
      filesNotRead: result.files
        .filter((f) => !f.ingested && !classifyFile(f.file).skip)
        .map((f) => ({ file: f.file, reason: f.reason ?? "could not be read" })),
    };
    if (options.json) {
      renderer.endProgress();
      io.stdout(`${JSON.stringify({ ...summary, exitCode, ...names }, null, 2)}\n`);
    } else {
      renderer.ingestSummary(summary, options.strict ?? false, names);
    }
    return exitCode;
  } finally {
    renderer.endProgress();
  }
}
