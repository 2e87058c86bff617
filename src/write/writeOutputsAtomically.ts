import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve, sep } from "node:path";

/**
 * Write every output file, then swap the whole folder in at once, so a
 * reader never sees a half-written `outDir`: either the previous run's
 * outputs or all of this run's.
 *
 * The temporary folder is created beside `outDir` (same parent, hence same
 * filesystem) because rename is only atomic within one filesystem. If
 * `outDir` exists it is renamed aside first, the new folder renamed in, and
 * only then the old one removed. On any failure the temporary folder is
 * removed and the old `outDir` is left as it was.
 */
export async function writeOutputsAtomically(
  outDir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${name}.tmp-`));
  try {
    // Synchronous writes on purpose: each async write is a thread-pool round
    // trip, and a run writes a few hundred small files (one page per council).
    const folders = new Set<string>();
    for (const [relative, contents] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const path = resolveInside(temp, relative);
      const folder = dirname(path);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      // Text is written as UTF-8; bytes (the workbook) as they are.
      writeFileSync(path, contents, typeof contents === "string" ? "utf8" : undefined);
    }
    const existing = await stat(target).catch(() => null);
    if (existing === null) {
      await rename(temp, target);
      return;
    }
    if (!existing.isDirectory()) throw new Error(`${outDir} exists and is not a folder`);
    const aside = join(parent, `.${name}.old-${randomBytes(4).toString("hex")}`);
    await rename(target, aside);
    try {
      await rename(temp, target);
    } catch (err) {
      await rename(aside, target);
      throw err;
    }
    await rm(aside, { recursive: true, force: true });
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
}

/** Output paths are relative and may not climb out of the output folder. */
function resolveInside(root: string, relative: string): string {
  const path = resolve(root, relative);
  if (isAbsolute(relative) || !path.startsWith(root + sep)) {
    throw new Error(`output path ${JSON.stringify(relative)} is not inside the output folder`);
  }
  return path;
}
