import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

export interface DiscoveredFile {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  absPath: string;
  /** Size in bytes (0 when unreadable). */
  size: number;
  /**
   * Set when the entry cannot be read as a file, saying why in words (a
   * broken link, a folder that could not be opened, a device or pipe).
   * Such entries are still listed so every input is accounted for, but
   * their bytes must not be read.
   */
  unreadable?: string;
}

/**
 * List every file under `folder`, recursively, sorted by relative path in
 * plain code-unit order so runs are reproducible. Nothing is filtered here:
 * system debris is listed too and `classifyFile` says it is not a return.
 * Symbolic links to files are followed; a link to a folder is followed
 * unless it leads back to a folder it is inside (a cycle), which is skipped.
 * Only reads the folder, never writes to it.
 */
export async function discoverFiles(folder: string): Promise<DiscoveredFile[]> {
  const root = resolve(folder);
  const found: DiscoveredFile[] = [];
  await walkFolder(root, "", new Set([await realpath(root)]), found);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * `ancestors` holds the real paths of the folders on the way down to `dir`,
 * so a link is a cycle exactly when it resolves to one of them. Tracking only
 * the ancestors (not every folder seen) keeps the result independent of the
 * order in which sibling folders are walked.
 */
async function walkFolder(dir: string, rel: string, ancestors: Set<string>, found: DiscoveredFile[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (rel === "") throw err;
    found.push({
      file: rel,
      absPath: dir,
      size: 0,
      unreadable: `a folder that could not be opened (${errorCode(err)})`,
    });
    return;
  }
  await Promise.all(
    entries.map(async (entry) => {
      const absPath = join(dir, entry.name);
      const file = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) return enterFolder(absPath, file, ancestors, found);
      if (entry.isFile()) {
        try {
          found.push({ file, absPath, size: (await stat(absPath)).size });
        } catch (err) {
          found.push({ file, absPath, size: 0, unreadable: `a file that could not be opened (${errorCode(err)})` });
        }
        return;
      }
      if (entry.isSymbolicLink()) {
        let target: Awaited<ReturnType<typeof stat>>;
        try {
          target = await stat(absPath);
        } catch {
          found.push({ file, absPath, size: 0, unreadable: "a link to a file or folder that does not exist" });
          return;
        }
        if (target.isDirectory()) return enterFolder(absPath, file, ancestors, found);
        if (target.isFile()) {
          found.push({ file, absPath, size: target.size });
          return;
        }
      }
      found.push({ file, absPath, size: 0, unreadable: "not a regular file (a device, pipe or socket)" });
      return;
    }),
  );
}

async function enterFolder(dir: string, rel: string, ancestors: Set<string>, found: DiscoveredFile[]): Promise<void> {
  const real = await realpath(dir);
  if (ancestors.has(real)) return;
  await walkFolder(dir, rel, new Set(ancestors).add(real), found);
}

function errorCode(err: unknown): string {
  return (err as { code?: string }).code ?? (err instanceof Error ? err.message : String(err));
}
