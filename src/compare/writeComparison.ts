import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { formatCsv } from "../write/formatCsv.js";
import { COMPARISON_COLUMNS, type Comparison } from "./compareRuns.js";

export type WriteComparisonResult = { ok: true; rows: number } | { ok: false; error: string };

/**
 * Write comparison.csv whole or not at all: into a temporary file beside it,
 * then renamed over (atomic on one filesystem). An existing file is the
 * user's until they say otherwise, so it is replaced only with `force`.
 */
export async function writeComparison(
  comparison: Comparison,
  path: string,
  options: { force: boolean },
): Promise<WriteComparisonResult> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) return { ok: false, error: `${path} is a folder; give a file name for the CSV` };
  if (existing && !options.force) {
    return { ok: false, error: `${path} already exists; use --force to replace it, or --out to write elsewhere` };
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, formatCsv(comparison.rows, COMPARISON_COLUMNS), { flag: "wx" });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    return { ok: false, error: `could not write ${path}: ${(err as Error).message}` };
  }
  return { ok: true, rows: comparison.rows.length };
}
