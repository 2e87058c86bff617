import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { assembleReturns, refreshReturnStatus } from "../assemble/assembleReturns.js";
import { checkReturns } from "../check/checkReturns.js";
import { UsageError } from "../cli/io.js";
import { classifyFile } from "../discover/classifyFile.js";
import { type DiscoveredFile, discoverFiles } from "../discover/discoverFiles.js";
import type { FileResult } from "../domain/facts.js";
import { countBySeverity, type Issue, makeIssue, type Severity, sortIssues } from "../domain/issues.js";
import type { IngestResult } from "../domain/returns.js";
import type { FileFormat } from "../domain/workbook.js";
import { loadLetterWording } from "../followups/loadLetterWording.js";
import { buildAuthorityIndex } from "../identify/buildAuthorityIndex.js";
import { findManifestEntry, isManifestFile, type ManifestEntry, parseManifest } from "../identify/parseManifest.js";
import { loadHexLayout } from "../knowledge/hexLayout.js";
import { type Knowledge, type KnowledgePaths, loadKnowledge } from "../knowledge/index.js";
import { applyOverrides } from "../overrides/applyOverrides.js";
import type { Override } from "../overrides/overrideSchema.js";
import { parseOverrides } from "../overrides/parseOverrides.js";
import { decodeText } from "../read/decodeText.js";
import { type ReportExtras, renderReport } from "../report/html/renderReport.js";
import { renderQualityReport } from "../report/renderQualityReport.js";
import { readExpectedFigures } from "../verify/readExpectedFigures.js";
import { renderCsvOutputs } from "../write/renderCsvOutputs.js";
import { renderWorkbook } from "../write/renderWorkbook.js";
import { writeOutputsAtomically } from "../write/writeOutputsAtomically.js";
import { resolveWorkerUrl, runPool } from "./pool.js";
import { processFile } from "./processFile.js";

export type ProgressListener = (done: number, total: number, file: string) => void;

export interface IngestOptions {
  folder: string;
  out: string;
  strict: boolean;
  overrides?: string;
  manifest?: string;
  request?: string;
  /** Published figures to show beside the computed ones in report.html. */
  expected?: string;
  /** Worker threads; defaults to the machine's available parallelism. 1 = no workers. */
  jobs?: number;
  onProgress?: ProgressListener;
  /** Called with the wall time of each phase (the benchmark prints these). */
  onTiming?: (phase: string, ms: number) => void;
}

export interface IngestSummary {
  /** Every file found in the folder, including skipped ones and the manifest. */
  files: number;
  ingested: number;
  notIngested: number;
  authoritiesWithReturns: number;
  authorities: number;
  issues: Record<Severity, number>;
  /** Absolute path of the output folder. */
  outDir: string;
}

export interface IngestOutcome {
  result: IngestResult;
  summary: IngestSummary;
  exitCode: number;
}

type FileInput = Parameters<typeof processFile>[0];

/**
 * The ingest, end to end: the one place that reads the input folder and
 * writes the output folder. Everything between is the pure pipeline.
 * Bad usage (missing folder, unreadable overrides) throws UsageError; data
 * problems become issues and the run completes.
 */
export async function runIngest(options: IngestOptions): Promise<IngestOutcome> {
  const folder = await checkFolder(options.folder);
  const outDir = await checkOutDir(options.out, folder);
  const knowledgePaths: KnowledgePaths = options.request ? { request: resolve(options.request) } : {};
  const knowledge = loadUserKnowledge(knowledgePaths, options.request);
  // Read overrides before the long part of the run, so a bad file fails fast.
  const overrides = options.overrides ? await loadOverrides(options.overrides, knowledge) : null;
  const reportExtras: ReportExtras = {
    hexLayout: loadHexLayout(),
    wording: loadLetterWording(),
    expected: options.expected
      ? { figures: await readExpectedFigures(options.expected), path: basename(options.expected) }
      : null,
  };

  const manifestPath = options.manifest ? await checkManifest(options.manifest) : null;
  const manifestInFolder = manifestPath ? relativeInside(folder, manifestPath) : null;

  const sorted = sortDiscovered(await discoverFiles(folder), {
    manifestInFolder,
    manifestGiven: options.manifest ?? null,
  });
  if (manifestPath && manifestInFolder === null) {
    sorted.manifests.push({ file: options.manifest ?? manifestPath, absPath: manifestPath, inFolder: false });
  }
  const manifest = await readManifests(sorted.manifests, knowledge);
  const listed = [...sorted.listed, ...manifest.listed];
  const sideIssues = [...sorted.issues, ...manifest.issues];

  const manifestCodes = new Map<string, string>();
  for (const f of sorted.returns) {
    const entry = findManifestEntry(manifest.entries, f.file);
    if (entry) manifestCodes.set(f.file, entry.code);
  }
  const timing = new PhaseTimer(options.onTiming);
  const results = await processFiles(sorted.returns, manifestCodes, knowledge, knowledgePaths, options);
  timing.mark("read and parse files");
  for (const r of results) {
    listed.push({
      file: r.file,
      ingested: r.ingested,
      authority: r.authority?.code ?? null,
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
    });
  }

  const assembled = assembleReturns(results, knowledge);
  const settled = overrides ? applyOverrides(assembled.returns, overrides, knowledge) : null;
  // Checks run on the settled figures, so a clarification that fixes a
  // contradiction clears it and one that creates a contradiction is caught.
  const returns = checkReturns(settled?.returns ?? assembled.returns, knowledge.request).map((r) =>
    refreshReturnStatus(r, knowledge.request),
  );
  timing.mark("assemble, clarify, check");
  const result: IngestResult = {
    requestId: knowledge.request.id,
    returns,
    files: listed.sort((a, b) => a.file.localeCompare(b.file)),
    issues: sortIssues([...assembled.issues, ...(settled?.issues ?? []), ...sideIssues]),
  };

  const rendered = await renderOutputs(result, knowledge, reportExtras);
  timing.mark("render outputs");
  await writeOutputsAtomically(outDir, rendered);
  timing.mark("write outputs");

  const issues = countBySeverity([...result.returns.flatMap((r) => r.issues), ...result.issues]);
  const ingested = result.files.filter((f) => f.ingested).length;
  return {
    result,
    summary: {
      files: result.files.length,
      ingested,
      notIngested: result.files.length - ingested,
      authoritiesWithReturns: result.returns.filter((r) => r.status !== "no_return").length,
      authorities: result.returns.length,
      issues,
      outDir,
    },
    exitCode: options.strict && issues.error > 0 ? 1 : 0,
  };
}

interface FoundFile {
  file: string;
  absPath: string;
}

/**
 * Sort what discovery found into returns to process, manifests to read,
 * and files listed as not read (unreadable entries, system debris, unused
 * manifests), each with an issue so every input is accounted for.
 */
function sortDiscovered(
  discovered: readonly DiscoveredFile[],
  options: { manifestInFolder: string | null; manifestGiven: string | null },
): {
  returns: FoundFile[];
  manifests: (FoundFile & { inFolder: boolean })[];
  listed: IngestResult["files"];
  issues: Issue[];
} {
  const sorted = {
    returns: [] as FoundFile[],
    manifests: [] as (FoundFile & { inFolder: boolean })[],
    listed: [] as IngestResult["files"],
    issues: [] as Issue[],
  };
  const notRead = (file: string, reason: string, issue: Issue): void => {
    sorted.listed.push({ file, ingested: false, authority: null, reason });
    sorted.issues.push(issue);
  };
  for (const found of discovered) {
    const { file, absPath } = found;
    const verdict = classifyFile(file);
    if (found.unreadable !== undefined) {
      notRead(
        file,
        found.unreadable,
        makeIssue("file_corrupt", { message: `${file} is ${found.unreadable}, so it could not be read`, file }),
      );
    } else if (verdict.skip) {
      notRead(
        file,
        verdict.reason,
        makeIssue("file_unsupported", {
          severity: "info",
          message: `${file} is a system file (${verdict.reason}) and was not read`,
          file,
        }),
      );
    } else if (file === options.manifestInFolder || (options.manifestGiven === null && isManifestFile(file))) {
      sorted.manifests.push({ file, absPath, inFolder: true });
    } else if (isManifestFile(file)) {
      // With --manifest, a manifest-named file in the folder is not a return either.
      notRead(
        file,
        "manifest not used (--manifest given)",
        makeIssue("file_manifest", {
          message: `${file} looks like a manifest but was not used, because --manifest named ${options.manifestGiven}`,
          file,
        }),
      );
    } else {
      sorted.returns.push({ file, absPath });
    }
  }
  return sorted;
}

/** Read every manifest; where two map the same file, the first (in path order) wins. */
async function readManifests(
  manifests: readonly (FoundFile & { inFolder: boolean })[],
  knowledge: Knowledge,
): Promise<{ entries: Map<string, ManifestEntry>; listed: IngestResult["files"]; issues: Issue[] }> {
  const entries = new Map<string, ManifestEntry>();
  const listed: IngestResult["files"] = [];
  const issues: Issue[] = [];
  if (manifests.length === 0) return { entries, listed, issues };
  const index = buildAuthorityIndex(knowledge.authorities, knowledge.aliases);
  for (const m of manifests) {
    const decoded = decodeText(m.file, await readFile(m.absPath));
    const parsed = parseManifest(decoded.text, m.file, index);
    issues.push(...decoded.issues, ...parsed.issues);
    for (const [file, entry] of parsed.entries) if (!entries.has(file)) entries.set(file, entry);
    if (m.inFolder)
      listed.push({ file: m.file, ingested: false, authority: null, reason: "manifest (maps files to authorities)" });
    issues.push(
      makeIssue("file_manifest", {
        message: `${m.file} was read as the manifest: it maps ${parsed.entries.size} file(s) to authorities and is not itself a return`,
        file: m.file,
      }),
    );
  }
  return { entries, listed, issues };
}

/** Read and process every return, in parallel when there are worker threads to use. */
async function processFiles(
  files: readonly FoundFile[],
  manifestCodes: ReadonlyMap<string, string>,
  knowledge: Knowledge,
  knowledgePaths: KnowledgePaths,
  options: IngestOptions,
): Promise<FileResult[]> {
  const outcomes = await runPool<FileInput, FileResult>(files.length, {
    jobs: options.jobs ?? availableParallelism(),
    workerUrl: resolveWorkerUrl(),
    workerData: { knowledgePaths },
    prepare: async (i) => {
      const f = files[i] as { file: string; absPath: string }; // i < files.length
      return {
        file: f.file,
        // Synchronous on purpose: an async readFile costs about 1 ms of
        // thread-pool round trips per small file, more than parsing it.
        bytes: ownBuffer(readFileSync(f.absPath)),
        manifestCode: manifestCodes.get(f.file) ?? null,
      };
    },
    runInProcess: (input) => processFile(input, knowledge),
    transferList: (input) => [input.bytes.buffer as ArrayBuffer],
    describe: (i) => files[i]?.file ?? "",
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return Promise.all(
    outcomes.map(async (outcome, i) => {
      const f = files[i] as { file: string; absPath: string };
      return outcome.ok ? outcome.output : describeCrash(f, outcome.error);
    }),
  );
}

/**
 * Bytes are transferred to the worker, which detaches their ArrayBuffer.
 * Node may hand back a view into a larger shared buffer, so copy unless the
 * view owns its whole buffer; transferring a shared one would detach others.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

/** A file whose processing threw (a bug) or killed its worker still gets a result and an issue. */
async function describeCrash(f: { file: string; absPath: string }, error: string): Promise<FileResult> {
  const firstLine = error.split("\n")[0] ?? error;
  const sha256 = await readFile(f.absPath)
    .then((bytes) => createHash("sha256").update(bytes).digest("hex"))
    .catch(() => "");
  const ext = extname(f.file).slice(1).toLowerCase();
  return {
    file: f.file,
    format: ext === "csv" || ext === "xlsx" || ext === "txt" ? (ext as FileFormat) : null,
    sha256,
    ingested: false,
    reason: "foi-agg failed while reading this file",
    authority: null,
    sheetsUsed: [],
    facts: [],
    nationalities: [],
    periods: [],
    document: null,
    decisions: [],
    issues: [
      makeIssue("file_unparsed", {
        message: `${f.file} could not be processed: foi-agg failed on it (${firstLine}). The rest of the run is unaffected; please report this file.`,
        file: f.file,
      }),
    ],
  };
}

async function renderOutputs(
  result: IngestResult,
  knowledge: Knowledge,
  extras: ReportExtras,
): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>(renderCsvOutputs(result, knowledge));
  const more: [string, string | Uint8Array][] = [
    ...renderQualityReport(result, knowledge),
    ["report.html", renderReport(result, knowledge, extras)],
    ["foi-agg.xlsx", await renderWorkbook(result, knowledge)],
  ];
  for (const [path, contents] of more) {
    if (files.has(path)) throw new Error(`internal: two outputs are named ${path}`);
    files.set(path, contents);
  }
  return files;
}

async function checkFolder(folder: string): Promise<string> {
  const info = await stat(folder).catch(() => null);
  if (info === null) throw new UsageError(`input folder ${folder} does not exist`);
  if (!info.isDirectory()) throw new UsageError(`${folder} is not a folder; give the folder that holds the returns`);
  return realpath(folder);
}

async function checkManifest(manifest: string): Promise<string> {
  const info = await stat(manifest).catch(() => null);
  if (info === null || !info.isFile()) throw new UsageError(`manifest ${manifest} does not exist or is not a file`);
  return realpath(manifest);
}

/**
 * The output folder is replaced wholesale, so it must not hold the inputs
 * (or be inside them, where a run would read its own outputs next time),
 * and an existing folder is only replaced when it looks like foi-agg output:
 * `--out ~` must never rename a home folder aside and delete it.
 */
async function checkOutDir(out: string, folder: string): Promise<string> {
  const target = await resolveReal(out);
  if (relativeInside(folder, target) !== null || target === folder) {
    throw new UsageError(`--out ${out} is inside the input folder; foi-agg never writes into the returns folder`);
  }
  if (relativeInside(target, folder) !== null) {
    throw new UsageError(`--out ${out} contains the input folder; it would be replaced by the outputs`);
  }
  const info = await stat(target).catch(() => null);
  if (info === null) return target;
  if (!info.isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
  const entries = await readdir(target);
  const looksLikeOutput = entries.includes("values.csv") || entries.includes("quality.csv");
  if (entries.length > 0 && !looksLikeOutput) {
    throw new UsageError(
      `--out ${out} exists and does not look like foi-agg output (no values.csv); choose an empty or new folder`,
    );
  }
  return target;
}

/** The real path of a file that may not exist yet: resolve symlinks in the part that does. */
async function resolveReal(path: string): Promise<string> {
  const absolute = resolve(path);
  const tail: string[] = [];
  let head = absolute;
  for (;;) {
    try {
      return join(await realpath(head), ...tail.reverse());
    } catch {
      const parent = dirname(head);
      if (parent === head) return absolute;
      tail.push(basename(head));
      head = parent;
    }
  }
}

/** `path` relative to `root` when strictly inside it, else null. */
function relativeInside(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join("/");
}

function loadUserKnowledge(paths: KnowledgePaths, given: string | undefined): Knowledge {
  try {
    return loadKnowledge(paths);
  } catch (err) {
    // A broken --request file is the user's input; broken built-in knowledge is a bug.
    if (given) throw new UsageError(`--request ${given}: ${(err as Error).message}`);
    throw err;
  }
}

async function loadOverrides(path: string, knowledge: Knowledge): Promise<Override[]> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(`overrides file ${path} does not exist or cannot be read`);
  });
  return parseOverrides(text, path, knowledge).overrides;
}

/** Wall time of each phase, for the benchmark; silent unless asked. */
class PhaseTimer {
  private last = performance.now();
  constructor(private readonly report?: (phase: string, ms: number) => void) {}
  mark(phase: string): void {
    const now = performance.now();
    this.report?.(phase, now - this.last);
    this.last = now;
  }
}
