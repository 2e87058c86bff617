import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import type { FilePath } from "../discover/discoverFiles.js";
import { expandContainer } from "../discover/expandContainers.js";
import type { ContainerContext } from "../domain/container.js";
import type { Issue } from "../domain/issues.js";
import type { IngestResult } from "../domain/returns.js";
import { extensionOf } from "../read/sniffFormat.js";

/** A file to process: on disk (read when its turn comes), or already in memory (taken out of a container). */
export interface ReturnInput {
  file: string;
  absPath: FilePath;
  /** Set for files taken out of a container, and for e-mails (read once to open them). */
  bytes?: Uint8Array;
  /** Of `bytes`, for the crash report (the bytes themselves go to a worker and are gone). */
  sha256?: string;
  container?: ContainerContext;
}

/**
 * Office documents are zip archives too; these names are left to the
 * readers, which say precisely what is wrong with a damaged one. Any other
 * file that starts as a zip does (whatever its name) is opened here.
 */
const OFFICE_ZIPS = new Set(["xlsx", "xlsm", "xltx", "xltm", "docx", "docm", "dotx", "ods", "odt", "odp", "pptx"]);

/**
 * Open every zip archive and e-mail among the returns, before the pure
 * pipeline: each file inside becomes a return of its own, named
 * "batch.zip#folder/x.csv" or "reply.eml#x.xlsx". The containers and the
 * entries not read are listed with their reasons, so every input is
 * accounted for. Other files pass through untouched (read later, lazily).
 */
export function openContainers(returns: readonly { file: string; absPath: FilePath }[]): {
  inputs: ReturnInput[];
  listed: IngestResult["files"];
  issues: Issue[];
} {
  const inputs: ReturnInput[] = [];
  const listed: IngestResult["files"] = [];
  const issues: Issue[] = [];
  for (const f of returns) {
    if (!mayBeContainer(f.file, f.absPath)) {
      inputs.push(f);
      continue;
    }
    const bytes = readFileSync(f.absPath);
    const opened = expandContainer(f.file, bytes);
    if (opened.kind === null) {
      inputs.push({ ...f, bytes: ownBuffer(bytes) });
      continue;
    }
    for (const child of opened.children) {
      inputs.push({
        file: child.file,
        absPath: f.absPath,
        bytes: ownBuffer(child.bytes),
        sha256: createHash("sha256").update(child.bytes).digest("hex"),
        container: child.context,
      });
    }
    for (const n of opened.notRead) listed.push({ file: n.file, ingested: false, authority: null, reason: n.reason });
    issues.push(...opened.issues);
  }
  return { inputs, listed, issues };
}

/** By name (.zip, .eml) or by a zip's first four bytes; cheap, so every file can be asked. */
function mayBeContainer(file: string, absPath: FilePath): boolean {
  const ext = extensionOf(file);
  if (ext === "zip" || ext === "eml") return true;
  if (OFFICE_ZIPS.has(ext)) return false;
  const head = Buffer.alloc(4);
  let fd: number | null = null;
  try {
    fd = openSync(absPath, "r");
    readSync(fd, head, 0, 4, 0);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return head.readUInt32LE(0) === 0x04034b50;
}

/** Bytes transferred to a worker must own their whole buffer (see runIngest's ownBuffer). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
