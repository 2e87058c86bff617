import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve, sep } from "node:path";

/** An output file's contents: text (CSV, JSON, Markdown, HTML) or bytes (a workbook). */
export type OutputContents = string | Uint8Array;

export interface WriteOptions {
  /**
   * What foi-agg wrote into `outDir` last time (path → sha256), from that
   * run's run.json; null when there is no such record (a first run, or a
   * folder from a version that kept none).
   */
  writtenBefore?: ReadonlyMap<string, string> | null;
  /** The file that holds that record; it is always foi-agg's own. */
  recordFile?: string;
}

export interface WriteOutcome {
  /** Files in the old folder that foi-agg did not write, moved unchanged into the new one. */
  kept: string[];
}

/** A file in the old folder that is the user's, yet has the name of an output of this run. */
export class OutputClashError extends Error {
  constructor(readonly clashes: readonly string[]) {
    super(`${clashes.join(", ")} changed since foi-agg wrote ${clashes.length === 1 ? "it" : "them"}`);
  }
}

/**
 * Write every output file, then swap the whole folder in at once, so a
 * reader never sees a half-written `outDir`: either the previous run's
 * outputs or all of this run's.
 *
 * Nothing of the user's is ever deleted: a file in the old folder that
 * foi-agg did not write (letters, notes, a file the user changed) is moved
 * into the new folder as it is, and reported. Only files foi-agg wrote
 * last time, unchanged since (their sha256 is in the run record), are
 * replaced or dropped. Without a record, only files this run writes again
 * and the old quality pages count as foi-agg's. A user's file that has the
 * name of an output of this run is a clash: nothing is written, and
 * OutputClashError names it.
 *
 * The temporary folder is created beside `outDir` (same parent, hence same
 * filesystem) because rename is only atomic within one filesystem. Once
 * every output is written it is renamed `.<name>.ready-*` (complete). If
 * `outDir` exists, the user's files are moved into it (listed first in a
 * journal, `.<name>.ready-*.moving`), `outDir` is renamed aside, the new
 * folder renamed in, and only then the old one removed. On any failure the
 * temporary folder is removed and the old `outDir` is left as it was; a
 * process killed part-way leaves names from which `repairOutputFolder`
 * restores a whole folder on the next run. Callers hold the folder's lock
 * (lockOutputFolder), so no other run is part-way through the same steps.
 */
export async function writeOutputsAtomically(
  outDir: string,
  files: ReadonlyMap<string, OutputContents>,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  const existing = await stat(target).catch(() => null);
  if (existing !== null && !existing.isDirectory()) throw new Error(`${outDir} exists and is not a folder`);
  const kept = existing === null ? [] : await findUserFiles(target, files, options);
  const clashes = kept.filter((file) => files.has(file));
  if (clashes.length > 0) throw new OutputClashError(clashes);

  await mkdir(parent, { recursive: true });
  const writing = await mkdtemp(join(parent, `.${name}.tmp-`));
  let temp = writing;
  const journal = `${writing.replace(/\.tmp-([^/\\]+)$/, ".ready-$1")}.moving`;
  const moved: string[] = [];
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
    // From here the folder is complete: a run killed later is finished, not lost, by repairOutputFolder.
    const ready = journal.slice(0, -".moving".length);
    await rename(writing, ready);
    temp = ready;
    if (existing === null) {
      await rename(temp, target);
      return { kept };
    }
    // Which files are the user's, so a run killed while moving them can put them back.
    writeFileSync(journal, `${JSON.stringify(kept)}\n`, "utf8");
    for (const file of kept) {
      const to = resolveInside(temp, file);
      await mkdir(dirname(to), { recursive: true });
      await rename(resolveInside(target, file), to);
      moved.push(file);
    }
    const aside = join(parent, `.${name}.old-${randomBytes(4).toString("hex")}`);
    await rename(target, aside);
    try {
      await rename(temp, target);
    } catch (err) {
      await rename(aside, target);
      throw err;
    }
    await rm(journal, { force: true });
    await rm(aside, { recursive: true, force: true });
    return { kept };
  } catch (err) {
    // Put the user's files back before the temporary folder goes.
    for (const file of moved) await rename(resolveInside(temp, file), resolveInside(target, file)).catch(() => {});
    await rm(temp, { recursive: true, force: true });
    await rm(journal, { force: true });
    throw err;
  }
}

/** What repairOutputFolder found and did, for the console. */
export interface RepairOutcome {
  /** "restored": outDir was missing and a whole folder was put back; "tidied": only leftovers removed. */
  action: "none" | "restored" | "tidied";
  /** Names (beside outDir) of the leftovers dealt with. */
  leftovers: string[];
}

/**
 * Finish or undo a write that was killed part-way, from the names
 * writeOutputsAtomically leaves beside `outDir` (the caller holds the lock):
 *
 * - `.<name>.tmp-*`: outputs still being written, foi-agg's own: removed.
 * - `.<name>.ready-*` with `outDir` missing: a complete set of outputs killed
 *   between the two renames: renamed in, finishing that run.
 * - `.<name>.ready-*` with `outDir` present: killed while moving the user's
 *   files across: the files its journal names are moved back, then removed.
 * - `.<name>.old-*` with `outDir` missing (and nothing ready): the previous
 *   outputs, renamed back in; with `outDir` present, foi-agg's old outputs
 *   (the user's files were moved out first): removed.
 *
 * So `outDir` is never left missing, and no file of the user's is lost.
 */
export async function repairOutputFolder(outDir: string): Promise<RepairOutcome> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const prefix = `.${basename(target)}.`;
  const names = (await readdir(parent).catch(() => [] as string[])).filter((n) => n.startsWith(prefix)).sort();
  const of = (kind: string) => names.filter((n) => new RegExp(`^${escapeRegExp(prefix)}${kind}-[^.]+$`).test(n));
  const leftovers = [...of("tmp"), ...of("ready"), ...of("old")];
  if (leftovers.length === 0) return { action: "none", leftovers };
  let action: RepairOutcome["action"] = "tidied";
  for (const name of of("tmp")) await rm(join(parent, name), { recursive: true, force: true });
  for (const name of of("ready")) {
    const ready = join(parent, name);
    const journal = `${ready}.moving`;
    if ((await stat(target).catch(() => null)) === null) {
      await rename(ready, target);
      action = "restored";
    } else {
      const kept = await readJournal(journal);
      for (const file of kept) {
        const from = resolveInside(ready, file);
        const to = resolveInside(target, file);
        if ((await stat(from).catch(() => null)) === null || (await stat(to).catch(() => null)) !== null) continue;
        await mkdir(dirname(to), { recursive: true });
        await rename(from, to);
      }
      await rm(ready, { recursive: true, force: true });
    }
    await rm(journal, { force: true });
  }
  for (const name of of("old")) {
    const old = join(parent, name);
    if ((await stat(target).catch(() => null)) === null) {
      await rename(old, target);
      action = "restored";
    } else {
      await rm(old, { recursive: true, force: true });
    }
  }
  return { action, leftovers };
}

async function readJournal(path: string): Promise<string[]> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === "string") : [];
  } catch {
    return [];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** sha256 of an output's contents, as the run record keeps it. */
export function hashContents(contents: OutputContents): string {
  return createHash("sha256").update(contents).digest("hex");
}

/** Files (and links) in the old folder that foi-agg did not write, or that changed since it did. */
async function findUserFiles(
  root: string,
  files: ReadonlyMap<string, OutputContents>,
  options: WriteOptions,
): Promise<string[]> {
  const before = options.writtenBefore ?? null;
  const user: string[] = [];
  for (const file of await listFiles(root)) {
    if (file === options.recordFile) continue;
    const ours =
      before === null
        ? files.has(file) || (file.startsWith("quality/") && file.endsWith(".md"))
        : before.get(file) === hashFile(join(root, ...file.split("/")));
    if (!ours) user.push(file);
  }
  return user.sort();
}

function hashFile(path: string): string | null {
  try {
    return hashContents(readFileSync(path));
  } catch {
    return null; // a link to nothing, a folder's name: not a file foi-agg wrote
  }
}

/** Every file below `root` (not following links), as relative paths with forward slashes. */
async function listFiles(root: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
    const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(root, path)));
    else out.push(path);
  }
  return out;
}

/** Output paths are relative and may not climb out of the output folder. */
function resolveInside(root: string, relative: string): string {
  const path = resolve(root, relative);
  if (isAbsolute(relative) || !path.startsWith(root + sep)) {
    throw new Error(`output path ${JSON.stringify(relative)} is not inside the output folder`);
  }
  return path;
}
