import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";
import { UsageError } from "../domain/errors.js";

/**
 * The record of what foi-agg wrote into a letters folder: file name → sha256
 * of the text it wrote. A letter whose bytes still match is foi-agg's to
 * replace; anything else (an edited letter, interview notes) is the user's.
 */
export const LETTERS_RECORD = ".foi-agg-letters.json";

const LettersRecordSchema = z.object({ letters: z.record(z.string(), z.string()) });

export interface LettersOutcome {
  /** Letters written (new, or replacing foi-agg's own unchanged text). */
  written: string[];
  /** Letters the user changed: kept as they are, the new text written beside each. */
  keptEdited: { file: string; newFile: string }[];
  /** Letters foi-agg wrote earlier, unchanged, that this run no longer needs. */
  removed: string[];
}

/**
 * Edge: write letters into `dir` without ever losing the user's work.
 * Letters are edited before they are sent, so a letter that differs from
 * what foi-agg wrote (by its sha256 in LETTERS_RECORD) is never replaced:
 * the new text goes beside it as `<name>.new.txt` and the outcome says so.
 * Files foi-agg did not write are never touched. A letter foi-agg wrote
 * earlier, still unchanged, that this run does not need is removed, so an
 * old letter is not sent by mistake. Each file is written to a temporary
 * name and renamed, so none is ever half-written.
 */
export async function writeLetters(dir: string, letters: ReadonlyMap<string, string>): Promise<LettersOutcome> {
  await ensureFolder(dir);
  const before = await readRecord(dir);
  const present = new Set(await readdir(dir));
  const isOurs = async (name: string): Promise<boolean> => {
    const recorded = before.get(name);
    return recorded !== undefined && recorded === (await hashFile(join(dir, name)));
  };
  const outcome: LettersOutcome = { written: [], keptEdited: [], removed: [] };
  const after = new Map<string, string>();
  const planned = [...letters.entries()].sort(([a], [b]) => a.localeCompare(b));
  const plannedNames = new Set(planned.map(([name]) => name));

  for (const [name, text] of planned) {
    // planFollowups names letters from safe characters only; anything else here is a bug, never a path to follow.
    if (!isPlainFileName(name)) {
      throw new Error(`internal: letter file name ${JSON.stringify(name)} is not a plain file name`);
    }
    let target = name;
    if (present.has(name) && !(await isOurs(name))) {
      target = await findFreeName(name, present, plannedNames, isOurs);
      outcome.keptEdited.push({ file: name, newFile: target });
    }
    await writeFileAtomically(join(dir, target), text);
    present.add(target);
    after.set(target, hashText(text));
    outcome.written.push(target);
  }
  for (const name of [...before.keys()].sort()) {
    if (after.has(name) || !present.has(name) || !(await isOurs(name))) continue;
    await rm(join(dir, name));
    outcome.removed.push(name);
  }
  const record = { letters: Object.fromEntries([...after.entries()].sort(([a], [b]) => a.localeCompare(b))) };
  await writeFileAtomically(join(dir, LETTERS_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  return outcome;
}

/** `E10000016-kent.txt` → `E10000016-kent.new.txt`, then `.new-2.txt`…: the first name free or foi-agg's own. */
async function findFreeName(
  name: string,
  present: ReadonlySet<string>,
  planned: ReadonlySet<string>,
  isOurs: (name: string) => Promise<boolean>,
): Promise<string> {
  const stem = name.replace(/\.txt$/i, "");
  for (let n = 1; ; n++) {
    const candidate = `${stem}.new${n === 1 ? "" : `-${n}`}.txt`;
    if (planned.has(candidate)) continue;
    if (!present.has(candidate) || (await isOurs(candidate))) return candidate;
  }
}

async function ensureFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info !== null && !info.isDirectory()) throw new UsageError(`${dir} exists and is not a folder`);
  if (info === null) await mkdir(dir, { recursive: true });
}

/** The letters foi-agg wrote here before; an unreadable record means none are known to be foi-agg's. */
async function readRecord(dir: string): Promise<Map<string, string>> {
  const text = await readFile(join(dir, LETTERS_RECORD), "utf8").catch(() => null);
  if (text === null) return new Map();
  try {
    const parsed = LettersRecordSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return new Map();
    // The record is a file anyone can edit: a name that is not a plain file name in `dir` is never foi-agg's to remove.
    return new Map(Object.entries(parsed.data.letters).filter(([name]) => isPlainFileName(name)));
  } catch {
    return new Map();
  }
}

async function hashFile(path: string): Promise<string | null> {
  return readFile(path)
    .then((bytes) => createHash("sha256").update(bytes).digest("hex"))
    .catch(() => null);
}

function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile(temp, text, "utf8");
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

function isPlainFileName(name: string): boolean {
  return name !== "" && basename(name) === name && name !== "." && name !== ".." && !name.includes("\\");
}
