import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Scaffold } from "./scaffoldRound.js";

export type WriteScaffoldResult = { ok: true; created: string[] } | { ok: false; error: string };

/**
 * Create the round's folder and its files. Nothing that exists is touched:
 * if any file or folder of the scaffold is already there, nothing is
 * written and the error names what was found. Files are created with "wx",
 * so one made in the meantime is not overwritten either.
 */
export async function writeScaffold(folder: string, scaffold: Scaffold): Promise<WriteScaffoldResult> {
  const info = await stat(folder).catch(() => null);
  if (info && !info.isDirectory()) return { ok: false, error: `${folder} exists and is not a folder` };
  const targets = [...scaffold.folders, ...scaffold.files.map((f) => f.path)];
  const existing: string[] = [];
  for (const path of targets) if (await stat(join(folder, path)).catch(() => null)) existing.push(path);
  if (existing.length > 0) {
    return {
      ok: false,
      error: `${folder} already has ${existing.join(", ")}; nothing was changed (choose a new folder, or move those aside)`,
    };
  }
  await mkdir(folder, { recursive: true });
  const created: string[] = [];
  try {
    for (const path of scaffold.folders) {
      await mkdir(join(folder, path));
      created.push(`${path}/`);
    }
    for (const file of scaffold.files) {
      await writeFile(join(folder, file.path), file.contents, { flag: "wx" });
      created.push(file.path);
    }
  } catch (err) {
    return {
      ok: false,
      error: `could not create ${folder}: ${(err as Error).message} (created so far: ${created.join(", ") || "nothing"})`,
    };
  }
  return { ok: true, created };
}
