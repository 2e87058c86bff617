import { compareRuns } from "../../compare/compareRuns.js";
import { readRun } from "../../compare/readRun.js";
import type { ComparedRun } from "../../compare/runs.js";
import { writeComparison } from "../../compare/writeComparison.js";
import { loadSuccessions } from "../../knowledge/successions.js";
import { type Io, UsageError } from "../io.js";
import { renderComparison } from "../render.js";

export interface CompareCommandOptions {
  out: string;
  force: boolean;
}

/**
 * `foi-agg compare <out-a> <out-b> [...]`: lay two or more ingest outputs
 * side by side. Exit 0 when the comparison is written, 2 on bad usage (a
 * folder that is not an output, a CSV that exists without --force).
 */
export async function runCompareCommand(
  outDirs: string[],
  options: CompareCommandOptions,
  io: Io,
  display: { color: boolean },
): Promise<number> {
  if (outDirs.length < 2) throw new UsageError("compare needs at least two output folders");
  const runs: ComparedRun[] = [];
  for (const dir of outDirs) {
    const read = await readRun(dir);
    if (!read.ok) throw new UsageError(read.error);
    runs.push(read.run);
  }
  const comparison = compareRuns(runs, loadSuccessions());
  const written = await writeComparison(comparison, options.out, { force: options.force });
  if (!written.ok) throw new UsageError(written.error);
  renderComparison(io, display, comparison, { path: options.out, rows: written.rows });
  return 0;
}
