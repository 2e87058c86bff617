import {
  CONTAINER_SEPARATOR,
  type ContainerContext,
  type CoveringLetter,
  type SenderEvidence,
} from "../domain/container.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Sheet } from "../domain/workbook.js";
import {
  isAttachment,
  isBodyPicture,
  listLeafParts,
  type MimePart,
  parseAddress,
  parseMime,
} from "../read/parseMime.js";
import { readEml } from "../read/readEml.js";
import { sniffFormat } from "../read/sniffFormat.js";
import { classifyFile } from "./classifyFile.js";
import { inflateZipEntry, readZipDirectory } from "./readZip.js";

/**
 * Limits on opening containers, each named in the issue when broken
 * (the e-mail's own limits are in MIME_LIMITS, src/read/parseMime.ts).
 */
export const CONTAINER_LIMITS = {
  /** Entries read from one zip archive. */
  entries: 1000,
  /** Inflated bytes of one zip entry (checked on the declared size before inflating, and while inflating). */
  entryBytes: 50 * 1024 * 1024,
  /** Inflated bytes of everything inside one file of the folder, nested archives included. */
  totalBytes: 200 * 1024 * 1024,
  /**
   * Containers inside containers: a zip (or e-mail) inside a zip or e-mail
   * is opened, one inside that is not. One level covers "a zip of the
   * replies, some of which are zips"; deeper nesting is a zip bomb's shape.
   */
  nesting: 1,
} as const;

/** Lines from the end of an e-mail's body searched for a signature. */
const SIGNATURE_LINES = 15;

/** A file taken out of a container, to be read like any file of the folder. */
export interface ContainerChild {
  /** "batch.zip#folder/reply.xlsx", "reply.eml#return.xlsx": the file's name everywhere. */
  file: string;
  bytes: Uint8Array;
  context: ContainerContext;
}

/** What opening one file gave. */
export interface Expansion {
  /** "zip" or "eml" when the file is a container, else null (then nothing else is set). */
  kind: "zip" | "eml" | null;
  /**
   * Files to read. For an e-mail this includes the e-mail itself (its body
   * is read as a letter by readEml) with the sender and its attachments in
   * its context; a zip is not itself read.
   */
  children: ContainerChild[];
  /** Containers opened and entries not read, each with the reason, so every input is listed. */
  notRead: { file: string; reason: string }[];
  issues: Issue[];
}

interface Budget {
  totalBytes: number;
}

/**
 * Open a zip archive or an e-mail and return the files inside, bounded by
 * CONTAINER_LIMITS. Pure over bytes: nothing is extracted to disk, so a
 * name such as "../../x" can never reach the file system (it is still
 * reported, and not read, because no honest archive has one).
 */
export function expandContainer(file: string, bytes: Uint8Array): Expansion {
  return expandAt(file, bytes, 0, undefined, { totalBytes: 0 });
}

/** Whether bytes named `file` are a container this module opens. */
export function containerKind(file: string, bytes: Uint8Array): "zip" | "eml" | null {
  const verdict = sniffFormat(file, bytes);
  if (verdict.reader === "eml") return "eml";
  // sniffFormat calls a zip that holds no Office document "a zip archive"; only a real zip (PK\3\4) is opened.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (verdict.reader === null && verdict.kind === "zip" && isZip) return "zip";
  return null;
}

function expandAt(
  file: string,
  bytes: Uint8Array,
  depth: number,
  inherited: SenderEvidence | undefined,
  budget: Budget,
): Expansion {
  const kind = containerKind(file, bytes);
  if (kind === "zip") return expandZip(file, bytes, depth, inherited, budget);
  if (kind === "eml") return expandEml(file, bytes, depth, budget);
  return { kind: null, children: [], notRead: [], issues: [] };
}

function expandZip(
  file: string,
  bytes: Uint8Array,
  depth: number,
  inherited: SenderEvidence | undefined,
  budget: Budget,
): Expansion {
  const out: Expansion = { kind: "zip", children: [], notRead: [], issues: [] };
  const directory = readZipDirectory(bytes, CONTAINER_LIMITS.entries);
  if (!directory.ok) {
    out.notRead.push({ file, reason: `a zip archive that could not be opened: ${directory.why}` });
    out.issues.push(
      makeIssue("file_corrupt", {
        message: `${file} is a zip archive that could not be opened: ${directory.why}. Ask the council to send it again.`,
        file,
      }),
    );
    return out;
  }
  if (directory.truncated) {
    out.issues.push(
      limitIssue(
        file,
        `${file} holds more than ${CONTAINER_LIMITS.entries} files (limit: entries); only the first ${CONTAINER_LIMITS.entries} were read.`,
      ),
    );
  }
  const seen = new Set<string>();
  let read = 0;
  for (const entry of directory.entries) {
    if (entry.isFolder) continue;
    const child = `${file}${CONTAINER_SEPARATOR}${entry.name}`;
    const skip = (reason: string, issue: Issue) => {
      out.notRead.push({ file: child, reason });
      out.issues.push(issue);
    };
    const unsafe = describeUnsafeName(entry.name);
    if (unsafe) {
      skip(
        `unsafe name in the archive (${unsafe}); not read`,
        makeIssue("container_unsafe_name", {
          message: `${file} holds an entry named "${entry.name}", which ${unsafe}. No honest archive needs such a name, so it was not read (foi-agg never unpacks archives to disk).`,
          file: child,
          raw: entry.name,
        }),
      );
      continue;
    }
    if (entry.isLink) {
      skip(
        "a symbolic link inside the archive; not read",
        makeIssue("container_unsafe_name", {
          message: `${file} holds a symbolic link named "${entry.name}": it names a path rather than holding a return, and foi-agg reads nothing outside the input folder, so it was not read.`,
          file: child,
          raw: entry.name,
        }),
      );
      continue;
    }
    if (seen.has(entry.name)) {
      skip(
        "a second entry with the same name in the archive; not read",
        makeIssue("container_unsafe_name", {
          message: `${file} holds two entries named "${entry.name}"; only the first was read.`,
          file: child,
          raw: entry.name,
        }),
      );
      continue;
    }
    seen.add(entry.name);
    const debris = classifyFile(entry.name);
    if (debris.skip) {
      skip(
        debris.reason,
        makeIssue("file_unsupported", {
          severity: "info",
          message: `${child} is a system file (${debris.reason}) and was not read`,
          file: child,
        }),
      );
      continue;
    }
    if (entry.encrypted) {
      skip(
        "password-protected in the archive",
        makeIssue("container_encrypted", {
          message: `${child} is protected with a password inside the archive, so it could not be read. Ask the council for a copy without a password.`,
          file: child,
        }),
      );
      continue;
    }
    // Checked on the declared size before inflating; inflateZipEntry then holds the entry to it.
    if (entry.declaredSize > CONTAINER_LIMITS.entryBytes) {
      skip(
        `larger than ${megabytes(CONTAINER_LIMITS.entryBytes)} once unpacked (limit: entryBytes)`,
        limitIssue(
          child,
          `${child} would unpack to ${megabytes(entry.declaredSize)}, more than the ${megabytes(CONTAINER_LIMITS.entryBytes)} foi-agg reads from one archive entry (limit: entryBytes); not read. Unpack it yourself if it is a real return.`,
        ),
      );
      continue;
    }
    if (budget.totalBytes + entry.declaredSize > CONTAINER_LIMITS.totalBytes) {
      skip(
        `past the ${megabytes(CONTAINER_LIMITS.totalBytes)} foi-agg unpacks from one file (limit: totalBytes)`,
        limitIssue(
          child,
          `${child} was not read: ${file} unpacks to more than ${megabytes(CONTAINER_LIMITS.totalBytes)} in all (limit: totalBytes).`,
        ),
      );
      continue;
    }
    const inflated = inflateZipEntry(bytes, entry);
    if (!inflated.ok) {
      const reason = `could not be unpacked: ${inflated.why}`;
      if (inflated.kind === "too_big") {
        skip(reason, limitIssue(child, `${child} was not read: ${inflated.why} (limit: declared size).`));
      } else {
        skip(
          reason,
          makeIssue(inflated.kind === "corrupt" ? "file_corrupt" : "file_unsupported", {
            message: `${child} could not be unpacked from ${file}: ${inflated.why}. Ask the council to send it again, or unpack it yourself.`,
            file: child,
          }),
        );
      }
      continue;
    }
    budget.totalBytes += inflated.bytes.length;
    read += 1;
    addChild(out, child, inflated.bytes, { parent: file, ...(inherited ? { sender: inherited } : {}) }, depth, budget);
  }
  out.notRead.push({
    file,
    reason: `zip archive, opened: ${read} file(s) inside read as files of their own (${file}${CONTAINER_SEPARATOR}…)`,
  });
  out.issues.push(
    makeIssue("container_opened", {
      severity: "info",
      message: `${file} is a zip archive; the ${read} file(s) inside were read as files of their own, named ${file}${CONTAINER_SEPARATOR}<name inside>.`,
      file,
    }),
  );
  return out;
}

function expandEml(file: string, bytes: Uint8Array, depth: number, budget: Budget): Expansion {
  const out: Expansion = { kind: "eml", children: [], notRead: [], issues: [] };
  // The message's own problems (limits, charsets) are reported when its body is read (readEml).
  const { message } = parseMime(file, bytes);
  const { name, address } = parseAddress(message.from);
  // The body as read for the letter, read once: its signature names the sender, its notes cover the attachments.
  const body = readEml(file, bytes).workbook?.sheets[0] ?? null;
  const sender: SenderEvidence = {
    email: file,
    from: message.from,
    address,
    displayName: name,
    signature: signatureOf(body),
  };
  const covering = coveringLetterOf(file, body);
  const names = new Set<string>();
  const attachments: string[] = [];
  const pending: { file: string; bytes: Uint8Array }[] = [];
  for (const part of listLeafParts(message.root)) {
    if (!isAttachment(part)) continue;
    const label = nameAttachment(part, names, out.issues, file);
    const child = `${file}${CONTAINER_SEPARATOR}${label}`;
    if (isBodyPicture(part)) {
      out.notRead.push({ file: child, reason: "a picture in the e-mail's body (a logo or signature image)" });
      continue;
    }
    if (part.dropped !== undefined) {
      out.notRead.push({ file: child, reason: `attachment not read: ${part.dropped}` });
      out.issues.push(limitIssue(child, `${child} was not read: it is ${part.dropped}.`));
      continue;
    }
    if (budget.totalBytes + part.body.length > CONTAINER_LIMITS.totalBytes) {
      out.notRead.push({
        file: child,
        reason: `past the ${megabytes(CONTAINER_LIMITS.totalBytes)} limit (totalBytes)`,
      });
      out.issues.push(
        limitIssue(
          child,
          `${child} was not read: ${file} holds more than ${megabytes(CONTAINER_LIMITS.totalBytes)} in all (limit: totalBytes).`,
        ),
      );
      continue;
    }
    budget.totalBytes += part.body.length;
    attachments.push(child);
    pending.push({ file: child, bytes: new Uint8Array(part.body) });
  }
  // The e-mail's body is read as a letter, knowing it is not the only thing the e-mail sent.
  out.children.push({ file, bytes, context: { sender, attachments } });
  for (const p of pending)
    addChild(out, p.file, p.bytes, { parent: file, sender, ...(covering ? { covering } : {}) }, depth, budget);
  // An e-mail whose attachments hold the figures ("Please see the attached
  // table") is opened as a zip is: said once, so a reader knows where the
  // figures named file#attachment came from.
  if (attachments.length > 0) {
    out.issues.push(
      makeIssue("container_opened", {
        severity: "info",
        message: `${file} is an e-mail; its body and its ${attachments.length} attachment(s) were read as files of their own, named ${file}${CONTAINER_SEPARATOR}<attachment name>.`,
        file,
      }),
    );
  }
  return out;
}

/** The e-mail's body as its attachments' covering letter; null when it has no words. */
function coveringLetterOf(file: string, sheet: Sheet | null): CoveringLetter | null {
  if (!sheet) return null;
  const lines = sheet.rows.flatMap((row, r) => {
    const text = row
      .filter((t) => t.trim() !== "")
      .join(" ")
      .trim();
    return /\p{L}/u.test(text) ? [{ text, row: r + 1 }] : [];
  });
  return lines.length > 0 ? { file, lines } : null;
}

/** Queue a file taken out of a container; a container inside is opened in turn, once. */
function addChild(
  out: Expansion,
  child: string,
  bytes: Uint8Array,
  context: ContainerContext,
  depth: number,
  budget: Budget,
): void {
  const kind = containerKind(child, bytes);
  if (kind === null) {
    out.children.push({ file: child, bytes, context });
    return;
  }
  if (depth + 1 > CONTAINER_LIMITS.nesting) {
    const what = kind === "zip" ? "a zip archive" : "an e-mail";
    out.notRead.push({
      file: child,
      reason: `${what} inside a container inside a container (limit: nesting); not opened`,
    });
    out.issues.push(
      limitIssue(
        child,
        `${child} is ${what} inside an archive or e-mail that is itself inside one; foi-agg opens one level of nesting (limit: nesting). Unpack it yourself if it holds a return.`,
      ),
    );
    return;
  }
  const inner = expandAt(child, bytes, depth + 1, context.sender, budget);
  for (const c of inner.children) {
    // A file inside a nested container keeps the outer e-mail's sender unless its own e-mail has one.
    out.children.push(c.file === child ? { ...c, context: { ...c.context, parent: context.parent } } : c);
  }
  out.notRead.push(...inner.notRead);
  out.issues.push(...inner.issues);
}

/**
 * Why a name inside an archive is unsafe, or null: it climbs out of the
 * folder ("../x"), or is absolute ("/etc/x", "C:\x"). Such names are how
 * archives overwrite files when unpacked carelessly.
 */
export function describeUnsafeName(name: string): string | null {
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a drive letter";
  if (name.split("/").includes("..")) return 'climbs out of the archive\'s folder ("..")';
  if (/\p{Cc}/u.test(name)) return "holds control characters";
  return null;
}

const EXTENSIONS: Record<string, string> = {
  "text/csv": "csv",
  "text/plain": "txt",
  "text/html": "html",
  "message/rfc822": "eml",
  "application/pdf": "pdf",
  "application/zip": "zip",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.ms-excel": "xls",
  "application/msword": "doc",
  "application/rtf": "rtf",
  "text/rtf": "rtf",
};

/**
 * The attachment's own file name, without any folders (a name is not a
 * path: "../x.xlsx" becomes "x.xlsx", reported), made unique within the
 * e-mail ("return (2).xlsx"). An unnamed part is named after its place and type.
 */
function nameAttachment(part: MimePart, names: Set<string>, issues: Issue[], email: string): string {
  let name = part.filename ?? "";
  if (/[\\/]/.test(name)) {
    const base = name.split(/[\\/]/).pop() ?? "";
    issues.push(
      makeIssue("container_unsafe_name", {
        message: `${email} attaches a file named "${name}", which holds folder names; it was read as "${base}".`,
        file: email,
        raw: name,
      }),
    );
    name = base;
  }
  name = name.replace(/[\p{Cc}#]/gu, "_").trim();
  if (name === "" || name === "." || name === "..") {
    name = `attachment ${part.path}.${EXTENSIONS[part.type] ?? "bin"}`;
  }
  let unique = name;
  for (let n = 2; names.has(unique.toLowerCase()); n++) {
    const dot = name.lastIndexOf(".");
    unique = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  names.add(unique.toLowerCase());
  return unique;
}

/** The last lines of the body as read for the letter: where a signature names the council. */
function signatureOf(sheet: Sheet | null): string[] {
  if (!sheet) return [];
  return sheet.rows
    .map((row) => row.filter((t) => t.trim() !== "").join(" "))
    .filter((t) => t !== "")
    .slice(-SIGNATURE_LINES);
}

function limitIssue(file: string, message: string): Issue {
  return makeIssue("container_limit", { message, file });
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`;
}
