import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Issue, makeIssue } from "../domain/issues.js";
import { sniffFormat } from "./sniffFormat.js";

/**
 * Legacy Excel (.xls) and Word (.doc) files are binary formats with no
 * maintained JavaScript reader, and Rich Text (.rtf) is a markup with
 * decades of Word extensions (tables, fields, code pages) that no small
 * parser gets right; LibreOffice converts all three faithfully. Every
 * legacy file of a run is converted before the pipeline reads anything, in
 * ONE LibreOffice call per source format (LibreOffice takes seconds to
 * start, and a second instance on the same profile fails), into a private
 * temporary folder that is removed afterwards. The input folder is never
 * written to. The converted bytes then travel with the file's own bytes,
 * so the Workbook keeps the original name and format ("old.xls#Sheet1!C5").
 */

export type LegacyFormat = "xls" | "doc" | "rtf";

/** The order of the calls, and of the formats in a plan. */
const LEGACY_FORMATS = ["xls", "doc", "rtf"] as const satisfies readonly LegacyFormat[];

/** What LibreOffice made of one legacy file, carried with the file's bytes to the reader. */
export type Conversion =
  | { status: "converted"; format: "xlsx" | "docx"; bytes: Uint8Array }
  | { status: "failed"; issue: Issue };

const TARGET = { xls: "xlsx", doc: "docx", rtf: "docx" } as const satisfies Record<LegacyFormat, "xlsx" | "docx">;

/**
 * The import filter is named, never detected: when its Excel or Word
 * filter cannot load a damaged file, LibreOffice falls back to importing
 * the bytes as plain text and "converts" them, which would put binary noise
 * in a sheet as if it were the council's answer. Named filters fail
 * instead. The cost: Excel 5/95 and Word 6/95 files, which these filters
 * do not load, are reported as unreadable with advice to re-save them.
 */
const IMPORT_FILTER: Record<LegacyFormat, string> = {
  xls: "MS Excel 97",
  doc: "MS Word 97",
  rtf: "Rich Text Format",
};

const DESCRIBE: Record<LegacyFormat, string> = {
  xls: "a legacy Excel 97–2003 workbook",
  doc: "a legacy Word 97–2003 document",
  rtf: "a Rich Text (RTF) document",
};

/** The program a council officer would open the file in, to save it in a format foi-agg reads. */
const APP: Record<LegacyFormat, "Excel" | "Word"> = { xls: "Excel", doc: "Word", rtf: "Word" };

/** The exact install advice; the same sentence whether soffice is missing or misnamed. */
export const INSTALL_ADVICE =
  "Install LibreOffice with `sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui` (Debian/Ubuntu), or install LibreOffice from libreoffice.org, and run foi-agg again";

/** What the runner is asked to do: one process, with a time limit. */
export interface SofficeCall {
  command: string;
  args: string[];
  timeoutMs: number;
}

export interface SofficeOutcome {
  /** null when the process was killed or could not start. */
  exitCode: number | null;
  timedOut: boolean;
  /** Set when the process could not be started at all (ENOENT, EACCES). */
  spawnError?: string;
  output: string;
}

export type SofficeRunner = (call: SofficeCall) => Promise<SofficeOutcome>;

export interface ConvertOptions {
  /**
   * The soffice binary. Defaults to FOI_AGG_SOFFICE, else `soffice` or
   * `libreoffice` found on the PATH.
   */
  soffice?: string;
  runner?: SofficeRunner;
  /** Time allowed for one call: defaults to a minute plus 20 seconds a file. */
  timeoutMs?: (files: number) => number;
  env?: NodeJS.ProcessEnv;
}

export interface LegacyFile {
  file: string;
  bytes: Uint8Array;
}

/**
 * Which files need converting, and to what: the same sniffFormat verdict
 * the reader will reach, so a text file named .xls stays a CSV and an .xls
 * renamed .xlsx is still converted. Pure.
 */
export function planConversions(files: readonly LegacyFile[]): Record<LegacyFormat, LegacyFile[]> {
  const plan: Record<LegacyFormat, LegacyFile[]> = { xls: [], doc: [], rtf: [] };
  for (const f of files) {
    const verdict = sniffFormat(f.file, f.bytes);
    if (verdict.reader === "xls" || verdict.reader === "doc" || verdict.reader === "rtf") plan[verdict.reader].push(f);
  }
  return plan;
}

/** Whether a file's first bytes are the OLE2 container legacy Office uses (cheap to check before reading it all). */
export function isOle2(head: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return head.length >= magic.length && magic.every((b, i) => head[i] === b);
}

/** Whether a file's first bytes are an RTF document's opening group, `{\rtf`. */
export function isRtf(head: Uint8Array): boolean {
  const magic = [0x7b, 0x5c, 0x72, 0x74, 0x66];
  return head.length >= magic.length && magic.every((b, i) => head[i] === b);
}

/**
 * Convert every legacy file with LibreOffice, one call per source format
 * (each call names its import filter). A format left out of the plan has
 * no files. Returns a Conversion for each file named in the plan, keyed by
 * file name.
 */
export async function convertLegacyFiles(
  given: Partial<Record<LegacyFormat, readonly LegacyFile[]>>,
  options: ConvertOptions = {},
): Promise<Map<string, Conversion>> {
  const out = new Map<string, Conversion>();
  const plan: Record<LegacyFormat, readonly LegacyFile[]> = {
    xls: given.xls ?? [],
    doc: given.doc ?? [],
    rtf: given.rtf ?? [],
  };
  if (LEGACY_FORMATS.every((format) => plan[format].length === 0)) return out;
  const env = options.env ?? process.env;
  const found = options.soffice !== undefined ? checkSoffice(options.soffice, "option") : findSoffice(env);
  if ("missing" in found) {
    for (const format of LEGACY_FORMATS) {
      for (const f of plan[format]) {
        out.set(f.file, { status: "failed", issue: describeMissing(f.file, format, found.missing) });
      }
    }
    return out;
  }
  const runner = options.runner ?? runSoffice;
  const timeoutMs = options.timeoutMs ?? ((n: number) => 60_000 + 20_000 * n);
  const scratch = await mkdtemp(join(tmpdir(), "foi-agg-convert-"));
  try {
    await seedProfile(join(scratch, "profile"));
    for (const format of LEGACY_FORMATS) {
      const files = plan[format];
      if (files.length === 0) continue;
      const converted = await convertBatch(files, format, {
        soffice: found.path,
        runner,
        timeoutMs: timeoutMs(files.length),
        scratch,
      });
      for (const [file, conversion] of converted) out.set(file, conversion);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return out;
}

/**
 * The settings a fresh profile starts with. LibreOffice (7.2 and later)
 * runs about a hundred drawing tests on the first start of each new
 * version, to choose a graphics back end, and it judges "new version" by
 * the profile's last-run version, which a headless conversion never
 * records. On a fresh profile every call therefore repaints 4096-pixel
 * test images: about 4 of the 5 CPU seconds a call takes, for nothing a
 * conversion uses. Recording a last-run version above any real one skips
 * them; the profile is private and thrown away, so nothing else reads it.
 */
export const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>9999.9</value></prop></item>
</oor:items>
`;

/** Write the starting settings into a new private profile (its `user` folder, as LibreOffice lays it out). */
async function seedProfile(profile: string): Promise<void> {
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
}

async function convertBatch(
  files: readonly LegacyFile[],
  format: LegacyFormat,
  how: { soffice: string; runner: SofficeRunner; timeoutMs: number; scratch: string },
): Promise<Map<string, Conversion>> {
  const target = TARGET[format];
  const inDir = join(how.scratch, `in-${format}`);
  const outDir = join(how.scratch, `out-${format}`);
  await mkdir(inDir);
  await mkdir(outDir);
  // Numbered names: councils' file names can hold anything, and two
  // folders may each have a "Return.xls"; LibreOffice names its output after
  // its input, so the number leads back to the file.
  const names = files.map((_, i) => `f${String(i + 1).padStart(5, "0")}`);
  await Promise.all(files.map((f, i) => writeFile(join(inDir, `${names[i]}.${format}`), f.bytes)));
  const outcome = await how.runner({
    command: how.soffice,
    args: [
      "--headless",
      "--norestore",
      "--nolockcheck",
      // A private profile: a user's open LibreOffice (or another run) holds
      // the default one, and soffice would hand our job to it and exit.
      `-env:UserInstallation=${pathToFileURL(join(how.scratch, "profile")).href}`,
      `--infilter=${IMPORT_FILTER[format]}`,
      "--convert-to",
      target,
      "--outdir",
      outDir,
      ...names.map((n) => join(inDir, `${n}.${format}`)),
    ],
    timeoutMs: how.timeoutMs,
  });
  const out = new Map<string, Conversion>();
  await Promise.all(
    files.map(async (f, i) => {
      const bytes = await readFile(join(outDir, `${names[i]}.${target}`)).catch(() => null);
      if (bytes && bytes.length > 0) {
        out.set(f.file, { status: "converted", format: target, bytes: new Uint8Array(bytes) });
        return;
      }
      out.set(f.file, { status: "failed", issue: describeFailure(f.file, format, outcome, how.timeoutMs) });
    }),
  );
  return out;
}

function describeMissing(file: string, format: LegacyFormat, why: string): Issue {
  return makeIssue("file_unsupported", {
    message: `${file} is ${DESCRIBE[format]}, which foi-agg reads by converting it with LibreOffice, but ${why}. ${INSTALL_ADVICE}; or open the file in ${APP[format]} and save it as .${TARGET[format]}.`,
    file,
  });
}

function describeFailure(file: string, format: LegacyFormat, outcome: SofficeOutcome, timeoutMs: number): Issue {
  const detail = outcome.spawnError
    ? `LibreOffice could not be started (${outcome.spawnError})`
    : outcome.timedOut
      ? `LibreOffice did not finish converting within ${Math.round(timeoutMs / 1000)} seconds and was stopped`
      : `LibreOffice could not convert it${describeOutput(outcome)}`;
  const why =
    format === "rtf"
      ? "It may be damaged"
      : `It may be damaged, password-protected or from a version before ${APP[format]} 97`;
  return makeIssue("file_corrupt", {
    message: `${file} is ${DESCRIBE[format]} that could not be read: ${detail}. ${why}; if it opens in ${APP[format]}, save it as .${TARGET[format]}.`,
    file,
  });
}

/** LibreOffice's own words, when it said anything beyond its usual progress line. */
function describeOutput(outcome: SofficeOutcome): string {
  const said = outcome.output
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^convert /.test(l))
    .join(" ")
    .slice(0, 300);
  const code = outcome.exitCode !== null && outcome.exitCode !== 0 ? ` (exit code ${outcome.exitCode})` : "";
  return said ? `${code}: ${said}` : code;
}

type Found = { path: string } | { missing: string };

/** FOI_AGG_SOFFICE if set, else the first of `soffice` and `libreoffice` on the PATH. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): Found {
  const given = env.FOI_AGG_SOFFICE;
  if (given !== undefined && given !== "") return checkSoffice(given, "FOI_AGG_SOFFICE", env);
  for (const name of ["soffice", "libreoffice"]) {
    const path = lookUpCommand(name, env);
    if (path) return { path };
  }
  // LibreOffice's installers put soffice outside the PATH on macOS and Windows.
  const usual =
    process.platform === "darwin"
      ? ["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
      : process.platform === "win32"
        ? ["C:\\Program Files\\LibreOffice\\program\\soffice.exe"]
        : [];
  for (const path of usual) if (isExecutable(path)) return { path };
  return { missing: "LibreOffice was not found (no soffice or libreoffice on the PATH)" };
}

function checkSoffice(
  given: string,
  source: "FOI_AGG_SOFFICE" | "option",
  env: NodeJS.ProcessEnv = process.env,
): Found {
  const path = isAbsolute(given) || given.includes("/") || given.includes("\\") ? given : lookUpCommand(given, env);
  if (path && isExecutable(path)) return { path };
  const named =
    source === "FOI_AGG_SOFFICE" ? `FOI_AGG_SOFFICE names ${given}` : `the LibreOffice program given, ${given},`;
  return { missing: `${named} which is not an executable file` };
}

/** A command's path as the shell would find it on the PATH, or null. */
function lookUpCommand(name: string, env: NodeJS.ProcessEnv): string | null {
  const dirs = (env.PATH ?? "").split(delimiter).filter((d) => d !== "");
  const suffixes = process.platform === "win32" ? [".exe", ""] : [""];
  for (const dir of dirs) {
    for (const suffix of suffixes) {
      const path = join(dir, name + suffix);
      if (isExecutable(path)) return path;
    }
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Run soffice in its own process group, so a timeout kills LibreOffice's
 * helper processes too, not just the launcher script.
 */
export const runSoffice: SofficeRunner = (call) =>
  new Promise((resolve) => {
    let output = "";
    let timedOut = false;
    const child = spawn(call.command, call.args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => {
      if (output.length < 20_000) output += chunk.toString("utf8");
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, call.timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ exitCode: null, timedOut, spawnError: err.message, output });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, timedOut, output });
    });
  });

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/**
 * The run's edge: find the legacy files among the returns (only files that
 * start with the OLE2 signature or RTF's `{\rtf` are read whole here) and
 * convert them.
 */
export async function convertLegacyReturns(
  returns: readonly { file: string; absPath: string | Buffer; bytes?: Uint8Array }[],
  options: ConvertOptions = {},
): Promise<Map<string, Conversion>> {
  const candidates: LegacyFile[] = [];
  // A few dozen files at a time: quick, and far below any open-files limit.
  for (let i = 0; i < returns.length; i += 32) {
    const batch = returns.slice(i, i + 32);
    // A file out of a zip or an e-mail is already in memory.
    const heads = await Promise.all(batch.map((f) => (f.bytes ? f.bytes.subarray(0, 8) : readHead(f.absPath))));
    for (const [j, f] of batch.entries()) {
      const head = heads[j];
      if (head && (isOle2(head) || isRtf(head))) {
        candidates.push({ file: f.file, bytes: f.bytes ?? new Uint8Array(await readFile(f.absPath)) });
      }
    }
  }
  return convertLegacyFiles(planConversions(candidates), options);
}

async function readHead(path: string | Buffer): Promise<Uint8Array | null> {
  const handle = await open(path, "r").catch(() => null);
  if (!handle) return null;
  try {
    const head = new Uint8Array(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
