import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * Where a file's bytes are. A string for names that are valid UTF-8 (nearly
 * all); the name's raw bytes otherwise, because Linux file names are bytes
 * and a string path would name a different (missing) file.
 */
export type FilePath = string | Buffer;

export interface DiscoveredFile {
  /** Path relative to the input folder, with forward slashes; bytes that are not UTF-8 shown as `\xNN`. */
  file: string;
  absPath: FilePath;
  /** Size in bytes (0 when unreadable). */
  size: number;
  /**
   * Set when the entry cannot be read as a file, saying why in words (a
   * broken link, a link out of the folder, a folder that could not be
   * opened, a device or pipe). Such entries are still listed so every input
   * is accounted for, but their bytes must not be read.
   */
  unreadable?: string;
  /** Set when the file's name is not valid UTF-8: its bytes, as `\xNN` escapes where they are not. */
  nameNotUtf8?: true;
}

/** Why a link that leads out of the input folder is not followed; shown in quality.csv. */
export const OUTSIDE_LINK =
  "a link to a file or folder outside the input folder (foi-agg reads only what is inside the folder)";

/**
 * List every file under `folder`, recursively, sorted by relative path in
 * plain code-unit order so runs are reproducible. Nothing is filtered here:
 * system debris is listed too and `classifyFile` says it is not a return.
 * Symbolic links are followed only while they stay inside the folder: a
 * link that leads outside it is listed, unread, so no text from outside the
 * folder can reach an output. A link to a folder that leads back to a folder
 * it is inside (a cycle) is skipped. Only reads the folder, never writes to it.
 */
export async function discoverFiles(folder: string): Promise<DiscoveredFile[]> {
  const root = await realpath(Buffer.from(resolve(folder)), { encoding: "buffer" });
  const found: DiscoveredFile[] = [];
  await walkFolder({ root: root.toString("latin1"), found }, root, "", new Set([root.toString("latin1")]), false);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

interface Walk {
  /** The folder's real path, as latin1 so every byte compares as itself. */
  root: string;
  found: DiscoveredFile[];
}

/**
 * `ancestors` holds the real paths of the folders on the way down to `dir`,
 * so a link is a cycle exactly when it resolves to one of them. Tracking only
 * the ancestors (not every folder seen) keeps the result independent of the
 * order in which sibling folders are walked.
 */
async function walkFolder(walk: Walk, dir: Buffer, rel: string, ancestors: Set<string>, oddName: boolean) {
  let entries: Dirent<Buffer>[];
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: "buffer" });
  } catch (err) {
    if (rel === "") throw err;
    walk.found.push(describe(dir, rel, oddName, 0, `a folder that could not be opened (${errorCode(err)})`));
    return;
  }
  await Promise.all(
    entries.map(async (entry) => {
      const absPath = Buffer.concat([dir, Buffer.from("/"), entry.name]);
      const name = showName(entry.name);
      const odd = oddName || name.odd;
      const file = rel === "" ? name.text : `${rel}/${name.text}`;
      if (entry.isDirectory()) return enterFolder(walk, absPath, file, ancestors, odd);
      if (entry.isFile()) {
        try {
          walk.found.push(describe(absPath, file, odd, (await stat(absPath)).size));
        } catch (err) {
          walk.found.push(describe(absPath, file, odd, 0, `a file that could not be opened (${errorCode(err)})`));
        }
        return;
      }
      if (entry.isSymbolicLink()) {
        let target: Awaited<ReturnType<typeof stat>>;
        let real: Buffer;
        try {
          target = await stat(absPath);
          real = await realpath(absPath, { encoding: "buffer" });
        } catch {
          walk.found.push(describe(absPath, file, odd, 0, "a link to a file or folder that does not exist"));
          return;
        }
        if (!isInside(walk.root, real.toString("latin1"))) {
          walk.found.push(describe(absPath, file, odd, 0, OUTSIDE_LINK));
          return;
        }
        if (target.isDirectory()) return enterFolder(walk, absPath, file, ancestors, odd);
        if (target.isFile()) {
          walk.found.push(describe(absPath, file, odd, target.size));
          return;
        }
      }
      walk.found.push(describe(absPath, file, odd, 0, "not a regular file (a device, pipe or socket)"));
      return;
    }),
  );
}

async function enterFolder(walk: Walk, dir: Buffer, rel: string, ancestors: Set<string>, oddName: boolean) {
  const real = (await realpath(dir, { encoding: "buffer" })).toString("latin1");
  if (ancestors.has(real)) return;
  await walkFolder(walk, dir, rel, new Set(ancestors).add(real), oddName);
}

function describe(path: Buffer, file: string, oddName: boolean, size: number, unreadable?: string): DiscoveredFile {
  return {
    file,
    // A UTF-8 path round-trips through a string; only an odd name needs its bytes kept.
    absPath: oddName ? path : path.toString("utf8"),
    size,
    ...(unreadable !== undefined ? { unreadable } : {}),
    ...(oddName ? { nameNotUtf8: true as const } : {}),
  };
}

function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith("/") ? root : `${root}/`);
}

/**
 * A name as text: valid UTF-8 as it is; any other byte as `\xNN`, which is
 * unique (two different names never show the same) and guesses no encoding.
 */
export function showName(bytes: Uint8Array): { text: string; odd: boolean } {
  const text = Buffer.from(bytes).toString("utf8");
  if (!text.includes("\uFFFD") || Buffer.from(text, "utf8").equals(bytes)) return { text, odd: false };
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i, decoder);
    if (length === 0) {
      out += `\\x${(bytes[i] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
      i += 1;
    } else {
      out += decoder.decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return { text: out, odd: true };
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number, decoder: InstanceType<typeof TextDecoder>): number {
  const lead = bytes[i] ?? 0;
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  try {
    decoder.decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

function errorCode(err: unknown): string {
  return (err as { code?: string }).code ?? (err instanceof Error ? err.message : String(err));
}
