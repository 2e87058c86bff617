import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../cli/io.js";

/**
 * Edge: write letters into `dir` so that a reader never sees a half-written
 * set. They are written into a temporary folder beside `dir` and swapped in
 * by rename. An existing `dir` is replaced only when it holds nothing but
 * letters (.txt files), so a mistyped --to cannot wipe someone's folder.
 */
export async function writeLettersAtomically(dir: string, letters: ReadonlyMap<string, string>): Promise<void> {
  const existing = await listIfDirectory(dir);
  if (existing) {
    const foreign = existing.filter((name) => !name.endsWith(".txt"));
    if (foreign.length > 0) {
      throw new UsageError(
        `${dir} already holds files that are not letters (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}); choose an empty or new folder with --to`,
      );
    }
  }
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(dir)}-`));
  try {
    for (const [name, text] of letters) await writeFile(join(temp, name), text, "utf8");
    if (existing) {
      const old = `${temp}-old`;
      await rename(dir, old);
      try {
        await rename(temp, dir);
      } catch (err) {
        await rename(old, dir);
        throw err;
      }
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, dir);
    }
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
}

async function listIfDirectory(dir: string): Promise<string[] | null> {
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new UsageError(`${dir} exists and is not a folder`);
    return await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}
