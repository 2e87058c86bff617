import { runIngest } from "../../pipeline/runIngest.js";
import type { Io } from "../io.js";
import { readSettings, todayIso } from "../readSettings.js";
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
  settings?: string;
  asOf?: string;
}

/** `foi-agg ingest <folder>`: one core call, rendered; returns the exit code. */
export async function runIngestCommand(
  folder: string,
  options: IngestCommandOptions,
  io: Io,
  display: { color: boolean },
): Promise<number> {
  const renderer = createRenderer(io, display);
  // Settings are optional for ingest: without them quality/ says how to get deadlines.
  const found = readSettings(options.settings, process.cwd());
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
      ...(found ? { round: { settings: found.settings, asOf: options.asOf ?? todayIso() } } : {}),
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
