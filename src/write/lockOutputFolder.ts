import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";

/** Another run holds the output folder's lock. */
export class OutputLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number | null,
  ) {
    super(`${lockFile} is held by ${pid === null ? "another run" : `process ${pid}`}`);
  }
}

/** A held lock; `release` is safe to call twice. */
export interface OutputLock {
  file: string;
  release(): void;
  /** Set when a lock left by a run that no longer exists was taken over. */
  staleFrom?: number;
}

/**
 * Take the lock on an output folder: `.<name>.lock` beside it, created
 * exclusively and holding this process's pid and host. Two runs writing to
 * the same --out would otherwise rename over each other's folders. A lock
 * whose process is gone (killed, crashed, the machine restarted) is stale
 * and taken over; one held by a live process, or by another machine (whose
 * processes cannot be seen from here), is refused with OutputLockedError.
 */
export async function lockOutputFolder(outDir: string): Promise<OutputLock> {
  const target = resolve(outDir);
  const file = join(dirname(target), `.${basename(target)}.lock`);
  await mkdir(dirname(target), { recursive: true });
  const me = `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`;
  let staleFrom: number | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, me, { flag: "wx" });
      let held = true;
      return {
        file,
        ...(staleFrom !== undefined ? { staleFrom } : {}),
        release() {
          if (!held) return;
          held = false;
          rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const holder = readHolder(file);
    if (holder === "vanished") continue;
    if (holder !== null && holder.host === hostname() && !isAlive(holder.pid)) {
      staleFrom = holder.pid;
      rmSync(file, { force: true });
      continue;
    }
    throw new OutputLockedError(file, holder?.pid ?? null);
  }
  throw new OutputLockedError(file, null);
}

/** The lock's holder; null when the file cannot be understood (then it is not ours to remove). */
function readHolder(file: string): { pid: number; host: string } | null | "vanished" {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT" ? "vanished" : null;
  }
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; host?: unknown };
    if (typeof parsed.pid === "number" && Number.isInteger(parsed.pid) && typeof parsed.host === "string") {
      return { pid: parsed.pid, host: parsed.host };
    }
  } catch {
    // A lock being written this instant reads as empty; treat it as held.
  }
  return null;
}

/** Signal 0 tests for a process without touching it; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
