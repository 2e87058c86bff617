import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { classifyFile } from "../discover/classifyFile.js";
import { type DiscoveredFile, discoverFiles, type FilePath, OUTSIDE_LINK } from "../discover/discoverFiles.js";
import {
  describeIgnoreRule,
  IGNORE_FILE,
  type IgnoreRule,
  matchIgnoreRules,
  parseIgnoreRule,
  parseIgnoreRules,
} from "../discover/matchIgnoreRules.js";
import { UsageError } from "../domain/errors.js";
import type { FileResult } from "../domain/facts.js";
import { countBySeverity, type Issue, makeIssue, type Severity, sortIssues } from "../domain/issues.js";
import type { IngestResult } from "../domain/returns.js";
import type { RoundSettings } from "../domain/settings.js";
import { isFileFormat } from "../domain/workbook.js";
import { loadLetterWording } from "../followups/loadLetterWording.js";
import { buildAuthorityIndex } from "../identify/buildAuthorityIndex.js";
import { findManifestEntry, isManifestFile, type ManifestEntry, parseManifest } from "../identify/parseManifest.js";
import { loadBankHolidays } from "../knowledge/bankHolidays.js";
import { loadHexLayout } from "../knowledge/hexLayout.js";
import { type Knowledge, type KnowledgePaths, loadKnowledge } from "../knowledge/index.js";
import type { Override } from "../overrides/overrideSchema.js";
import { parseOverrides } from "../overrides/parseOverrides.js";
import { buildQualityReport, type RoundClock } from "../quality/buildQualityReport.js";
import { type Conversion, type ConvertOptions, convertLegacyReturns } from "../read/convertLegacy.js";
import { decodeText } from "../read/decodeText.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../read/readLimits.js";
import { type ReportExtras, renderReport } from "../report/html/renderReport.js";
import { renderQualityReport } from "../report/renderQualityReport.js";
import { readExpectedFigures } from "../verify/readExpectedFigures.js";
import { describeDataPackage } from "../write/describeDataPackage.js";
import { describeRun, RUN_RECORD_FILE, readWrittenOutputs } from "../write/describeRun.js";
import { lockOutputFolder, type OutputLock, OutputLockedError } from "../write/lockOutputFolder.js";
import { renderCsvOutputs } from "../write/renderCsvOutputs.js";
import { renderWorkbook } from "../write/renderWorkbook.js";
import { tabulateOutputs } from "../write/tabulateOutputs.js";
import {
  hashContents,
  OutputClashError,
  type OutputContents,
  repairOutputFolder,
  writeOutputsAtomically,
} from "../write/writeOutputsAtomically.js";
import { applyCoveringLetters } from "./applyCoveringLetters.js";
import { chooseJobs, DEFAULT_FILE_TIMEOUT_S, isWorthBudgeting } from "./chooseJobs.js";
import { type LentAuthority, lendByLetter, lendContainerAuthority } from "./lendContainerAuthority.js";
import { openContainers, type ReturnInput } from "./openContainers.js";
import { formatSeconds, resolveWorkerUrl, runPool } from "./pool.js";
import { processFile, processRead } from "./processFile.js";
import { settlePeriods } from "./settlePeriods.js";
import { OVER_BUDGET, processStreamedCsvWithin } from "./streamList.js";

export type ProgressListener = (done: number, total: number, file: string) => void;

export interface IngestOptions {
  folder: string;
  out: string;
  strict: boolean;
  overrides?: string;
  manifest?: string;
  request?: string;
  /**
   * A reference list of authorities in the authorities-2015.csv shape, for a
   * round after a reorganisation (programmatic only until the reference of
   * authorities past and present chooses the list from the request's asAt).
   */
  authorities?: string;
  /** Globs (.gitignore syntax) of files in the folder that are not returns; added after .foi-aggignore's rules. */
  exclude?: readonly string[];
  /** The clock for run.json; tests fix it. */
  now?: () => Date;
  /** Published figures to show beside the computed ones in report.html. */
  expected?: string;
  /** Lanes (this thread and worker threads); 1 = no workers. By default chooseJobs decides from the cores idle and the work. */
  jobs?: number;
  /**
   * The time budget of one file, in seconds (--file-timeout); 0 for none. A
   * file past it is abandoned with a `file_time_budget` issue and the run
   * goes on. Given, every file runs in a worker thread under it; not given,
   * the default budget covers the files large enough to be slow
   * (isWorthBudgeting), and small files run in this thread unbudgeted.
   */
  fileTimeout?: number;
  /** The worker script (tests give one that wraps the real worker); by default the built dist/pipeline/worker.js. */
  workerUrl?: URL | null;
  /** Limits on what one file may make foi-agg read, over DEFAULT_READ_LIMITS (the --max-* flags). */
  limits?: Partial<ReadLimits>;
  onProgress?: ProgressListener;
  /** Called with the wall time of each phase (the benchmark prints these). */
  onTiming?: (phase: string, ms: number) => void;
  /** How legacy .xls/.doc files are converted (LibreOffice's path, a runner for tests). */
  convert?: ConvertOptions;
  /** The round's settings and the day to judge deadlines on: deadlines in quality/, signed letters in report.html. */
  round?: { settings: RoundSettings; asOf: string };
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
  /** Files left out by .foi-aggignore or --exclude, with the rule that left each out. */
  ignored: { file: string; rule: string }[];
  /** Files of the user's found in the output folder and kept there (never deleted). */
  kept: string[];
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
  const startedAt = (options.now ?? (() => new Date()))();
  const folder = await checkFolder(options.folder);
  const outDir = await checkOutDir(options.out, folder);
  // One run at a time per output folder; a run killed part-way is finished or undone before this one starts.
  const lock = await lockOutDir(outDir, options.out);
  try {
    await repairOutputFolder(outDir);
    return await ingestInto(folder, outDir, startedAt, options);
  } finally {
    lock.release();
  }
}

async function ingestInto(
  folder: string,
  outDir: string,
  startedAt: Date,
  options: IngestOptions,
): Promise<IngestOutcome> {
  const knowledgePaths: KnowledgePaths = {
    ...(options.request ? { request: resolve(options.request) } : {}),
    ...(options.authorities ? { authorities: resolve(options.authorities) } : {}),
  };
  const knowledge = loadUserKnowledge(knowledgePaths, options.request);
  // Read overrides before the long part of the run, so a bad file fails fast.
  const overrides = options.overrides ? await loadOverrides(options.overrides, knowledge) : null;
  const ignoreRules = await loadIgnoreRules(folder, options.exclude ?? []);
  const holidays = options.round ? loadBankHolidays() : null;
  const reportKnowledge = {
    ...knowledge,
    ...(options.round && holidays
      ? { round: { requestSent: options.round.settings.requestSent, asOf: options.round.asOf, holidays } }
      : {}),
  };
  const reportExtras: ReportExtras = {
    hexLayout: loadHexLayout(),
    wording: loadLetterWording(),
    ...(options.round
      ? {
          letterContext: {
            sender: options.round.settings.sender,
            ourReference: options.round.settings.reference ?? null,
            date: options.round.asOf,
            requestSent: options.round.settings.requestSent,
            holidays,
          },
        }
      : {}),
    expected: options.expected
      ? { figures: await readExpectedFigures(options.expected), path: basename(options.expected) }
      : null,
  };

  const manifestPath = options.manifest ? await checkManifest(options.manifest) : null;
  const manifestInFolder = manifestPath ? relativeInside(folder, manifestPath) : null;

  const discovered = await discoverFiles(folder);
  const sizes = new Map(discovered.map((f) => [f.file, f.size]));
  const sorted = sortDiscovered(discovered, {
    manifestInFolder,
    manifestGiven: options.manifest ?? null,
    ignoreRules,
  });
  if (manifestPath && manifestInFolder === null) {
    sorted.manifests.push({ file: options.manifest ?? manifestPath, absPath: manifestPath, inFolder: false });
  }
  const manifest = await readManifests(sorted.manifests, knowledge);
  // Zip archives and e-mails are opened here, at the edge: each file inside
  // becomes a return of its own ("batch.zip#x.csv"), listed like any other.
  const opened = openContainers(sorted.returns);
  const listed = [...sorted.listed, ...manifest.listed, ...opened.listed];
  const sideIssues = [...sorted.issues, ...manifest.issues, ...opened.issues];

  const manifestCodes = new Map<string, string>();
  for (const f of opened.inputs) {
    // A manifest line for "batch.zip" covers the files inside it, unless one has a line of its own.
    const entry =
      findManifestEntry(manifest.entries, f.file) ??
      (f.container ? findManifestEntry(manifest.entries, f.file.split("#")[0] ?? f.file) : undefined);
    if (entry) manifestCodes.set(f.file, entry.code);
  }
  const timing = new PhaseTimer(options.onTiming);
  // .xls, .doc and .rtf returns, inside containers too, go to LibreOffice in one call per format.
  const conversions = await convertLegacyReturns(opened.inputs, options.convert);
  timing.mark("convert legacy files");
  // A letter sent beside the figures (in the same zip or e-mail) may say what they count.
  const results = applyCoveringLetters(
    await lendZipAuthorities(
      await processFiles(opened.inputs, manifestCodes, conversions, knowledge, sizes, options),
      (lent) =>
        processFiles(
          opened.inputs.filter((f) => lent.has(f.file)),
          new Map([...lent].map(([file, l]) => [file, l.code])),
          conversions,
          knowledge,
          sizes,
          options,
        ),
    ),
    knowledge,
  );
  timing.mark("read and parse files");
  for (const r of results) {
    listed.push({
      file: r.file,
      ingested: r.ingested,
      authority: r.authority?.code ?? null,
      ...(r.reason !== undefined ? { reason: r.reason } : {}),
    });
  }

  const settled = settlePeriods(results, knowledge, overrides);
  timing.mark("assemble, clarify, check");
  const result: IngestResult = {
    requestId: knowledge.request.id,
    returns: settled.returns,
    ...(settled.periods ? { periods: settled.periods } : {}),
    files: listed.sort((a, b) => a.file.localeCompare(b.file)),
    issues: sortIssues([...settled.issues, ...sideIssues]),
  };

  const rendered = await renderOutputs(result, reportKnowledge, reportExtras);
  rendered.set(
    RUN_RECORD_FILE,
    describeRun(
      {
        version: readToolVersion(),
        startedAt: startedAt.toISOString(),
        request: { id: knowledge.request.id, file: options.request ? await describeInput(options.request) : null },
        folder,
        overrides: options.overrides ? await describeInput(options.overrides) : null,
        manifest: options.manifest ? await describeInput(options.manifest) : null,
        returns: results.map((r) => ({ path: r.file, sha256: r.sha256, bytes: sizes.get(r.file) ?? 0 })),
        ignored: sorted.ignored,
      },
      rendered,
    ),
  );
  timing.mark("render outputs");
  const written = await writeOutputs(outDir, options.out, rendered);
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
      ignored: sorted.ignored,
      kept: written.kept,
    },
    exitCode: options.strict && issues.error > 0 ? 1 : 0,
  };
}

interface FoundFile {
  file: string;
  absPath: FilePath;
}

/**
 * Sort what discovery found into returns to process, manifests to read,
 * and files listed as not read (unreadable entries, system debris, unused
 * manifests), each with an issue so every input is accounted for.
 */
function sortDiscovered(
  discovered: readonly DiscoveredFile[],
  options: { manifestInFolder: string | null; manifestGiven: string | null; ignoreRules: readonly IgnoreRule[] },
): {
  returns: FoundFile[];
  manifests: (FoundFile & { inFolder: boolean })[];
  listed: IngestResult["files"];
  issues: Issue[];
  ignored: { file: string; rule: string }[];
} {
  const sorted = {
    returns: [] as FoundFile[],
    manifests: [] as (FoundFile & { inFolder: boolean })[],
    listed: [] as IngestResult["files"],
    issues: [] as Issue[],
    ignored: [] as { file: string; rule: string }[],
  };
  const notRead = (file: string, reason: string, issue: Issue): void => {
    sorted.listed.push({ file, ingested: false, authority: null, reason });
    sorted.issues.push(issue);
  };
  for (const found of discovered) {
    const { file, absPath } = found;
    if (found.nameNotUtf8) {
      sorted.issues.push(
        makeIssue("file_name_not_utf8", {
          message: `The name of ${file} is not valid UTF-8 (perhaps copied from an older Windows machine); it is shown with \\xNN for each byte that is not`,
          file,
        }),
      );
    }
    const verdict = classifyFile(file);
    const ignoredBy = matchIgnoreRules(options.ignoreRules, file);
    if (file === IGNORE_FILE) {
      const count = options.ignoreRules.filter((r) => r.origin.startsWith(IGNORE_FILE)).length;
      notRead(
        file,
        "ignore file (rules for files that are not returns)",
        makeIssue("file_ignore_rules", {
          message: `${file} was read as the ignore file: ${count} rule(s) for files that are not returns`,
          file,
        }),
      );
    } else if (ignoredBy !== null) {
      const rule = describeIgnoreRule(ignoredBy);
      sorted.ignored.push({ file, rule });
      notRead(
        file,
        `ignored (${rule})`,
        makeIssue("file_ignored", { message: `${file} was left out, as ${rule} says; it is not a return`, file }),
      );
    } else if (found.unreadable === OUTSIDE_LINK) {
      notRead(
        file,
        found.unreadable,
        makeIssue("file_outside_folder", {
          message: `${file} is a link to a file or folder outside the input folder; foi-agg reads only what is inside the folder, so it was not read. Copy the file into the folder if it is a return.`,
          file,
        }),
      );
    } else if (found.unreadable !== undefined) {
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
  const index = buildAuthorityIndex(knowledge.authorities, knowledge.aliases, knowledge.outside);
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

/**
 * A file in a zip that names no authority, beside files of the same folder
 * that all name one (a letter beside its spreadsheet), or whose file is
 * named by letters that all name one, is read again as that
 * authority's, with a decision saying which file it was lent from.
 */
async function lendZipAuthorities(
  first: FileResult[],
  readAgain: (lent: ReadonlyMap<string, LentAuthority>) => Promise<FileResult[]>,
): Promise<FileResult[]> {
  // A zip's folder ties files more closely than a letter in the folder that names them.
  const lent = new Map([...lendByLetter(first), ...lendContainerAuthority(first)]);
  if (lent.size === 0) return first;
  const again = new Map((await readAgain(lent)).map((r) => [r.file, r]));
  return first.map((r) => {
    const l = lent.get(r.file);
    const redone = again.get(r.file);
    if (!l || !redone || redone.authority?.code !== l.code) return r;
    return {
      ...redone,
      authority: { code: l.code, how: l.tie ? `letter: ${l.from}` : `zip folder: ${l.from}` },
      // Loose in the folder, the file itself still names no one: a reader who opens it alone should know.
      issues: l.tie
        ? [
            ...redone.issues,
            makeIssue("authority_unidentified", {
              severity: "info",
              message: `${r.file} names no authority itself; ${l.tie} ${l.from}, so it was read as ${l.code}'s.`,
              file: r.file,
              authority: l.code,
            }),
          ]
        : redone.issues,
      decisions: [
        ...redone.decisions,
        {
          file: r.file,
          message: `${r.file} names no authority; ${l.tie ?? "it came in the same zip folder as"} ${l.from}, which names ${l.code}, so it was read as ${l.code}'s.`,
        },
      ],
    };
  });
}

/** Read and process every return, in parallel when there are worker threads to use. */
async function processFiles(
  files: readonly ReturnInput[],
  manifestCodes: ReadonlyMap<string, string>,
  conversions: ReadonlyMap<string, Conversion>,
  knowledge: Knowledge,
  sizes: ReadonlyMap<string, number>,
  options: IngestOptions,
): Promise<FileResult[]> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  // Given --jobs, the pool's own rule of a hundred files per worker applies;
  // otherwise chooseJobs has weighed the work already, large files included.
  const jobs =
    options.jobs !== undefined
      ? { jobs: options.jobs }
      : {
          jobs: chooseJobs({
            files: files.length,
            // A file out of a container counts at the size it has in memory.
            bytes: files.reduce((sum, f) => sum + (f.bytes?.byteLength ?? sizes.get(f.file) ?? 0), 0),
            cores: availableParallelism(),
            load: loadavg()[0] ?? 0,
          }),
          minTasksPerWorker: 1,
        };
  const budget = options.fileTimeout ?? DEFAULT_FILE_TIMEOUT_S;
  const sizeOf = (f: ReturnInput): number => f.bytes?.byteLength ?? sizes.get(f.file) ?? 0;
  const budgeted = (i: number): boolean => {
    if (budget <= 0) return false;
    if (options.fileTimeout !== undefined) return true;
    const f = files[i] as ReturnInput; // i < files.length
    return isWorthBudgeting(f.file, sizeOf(f));
  };
  const prepareInput = async (i: number): Promise<FileInput> => {
    const f = files[i] as ReturnInput; // i < files.length
    return {
      file: f.file,
      // Synchronous on purpose: an async readFile costs about 1 ms of
      // thread-pool round trips per small file, more than parsing it.
      // Files out of a container (and e-mails) are already in memory.
      bytes: f.bytes ?? ownBuffer(readFileSync(f.absPath)),
      manifestCode: manifestCodes.get(f.file) ?? null,
      ...(f.container ? { container: f.container } : {}),
      ...(conversions.has(f.file) ? { conversion: conversions.get(f.file) } : {}),
      limits,
    };
  };
  // A large csv that is a long list is counted here, under the same budget,
  // before the pool would start a worker for it: see processStreamedCsvWithin.
  const here = new Map<number, FileResult>();
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as ReturnInput;
    if (!budgeted(i) || !isWorthBudgeting(f.file, sizeOf(f)) || conversions.has(f.file)) continue;
    let counted: Awaited<ReturnType<typeof processStreamedCsvWithin>>;
    try {
      counted = await processStreamedCsvWithin(
        await prepareInput(i),
        knowledge,
        processRead,
        performance.now() + budget * 1000,
      );
    } catch (err) {
      // A bug reading one file costs that file, as it would in a worker, never the run.
      here.set(i, await describeCrash(f, err instanceof Error ? (err.stack ?? err.message) : String(err)));
      options.onProgress?.(here.size, files.length, f.file);
      continue;
    }
    // Not a csv list: the worker reads it as before (trying the list again
    // costs it only the first rows, unless rows follow the list's end).
    if (counted === null) continue;
    here.set(i, counted === OVER_BUDGET ? await describeTimeout(f, budget) : counted);
    options.onProgress?.(here.size, files.length, f.file);
  }
  const rest = files.map((_, i) => i).filter((i) => !here.has(i));
  const at = (j: number): number => rest[j] as number; // j < rest.length
  const outcomes = await runPool<FileInput, FileResult>(rest.length, {
    ...jobs,
    timeoutMs: budget * 1000,
    isolate: (j) => budgeted(at(j)),
    workerUrl: options.workerUrl === undefined ? resolveWorkerUrl() : options.workerUrl,
    workerData: { knowledge },
    prepare: (j) => prepareInput(at(j)),
    runInProcess: (input) => processFile(input, knowledge),
    transferList: (input) => [
      input.bytes.buffer as ArrayBuffer,
      ...(input.conversion?.status === "converted" ? [input.conversion.bytes.buffer as ArrayBuffer] : []),
    ],
    describe: (j) => files[at(j)]?.file ?? "",
    ...(options.onProgress
      ? {
          onProgress: (done: number, _total: number, file: string) =>
            options.onProgress?.(here.size + done, files.length, file),
        }
      : {}),
  });
  const results = new Map(here);
  await Promise.all(
    outcomes.map(async (outcome, j) => {
      const f = files[at(j)] as ReturnInput;
      let result: FileResult;
      if (outcome.ok) result = outcome.output;
      else result = outcome.timedOut ? await describeTimeout(f, budget) : await describeCrash(f, outcome.error);
      results.set(at(j), result);
    }),
  );
  return files.map((_, i) => results.get(i) as FileResult); // every index is here or in rest
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
async function describeCrash(f: ReturnInput, error: string): Promise<FileResult> {
  const firstLine = error.split("\n")[0] ?? error;
  return describeUnread(
    f,
    "foi-agg failed while reading this file",
    makeIssue("file_unparsed", {
      message: `${f.file} could not be processed: foi-agg failed on it (${firstLine}). The rest of the run is unaffected; please report this file.`,
      file: f.file,
    }),
  );
}

/** A file abandoned for running past the time budget: its worker was stopped, and the file is listed as not read. */
async function describeTimeout(f: ReturnInput, seconds: number): Promise<FileResult> {
  const budget = formatSeconds(seconds * 1000);
  return describeUnread(
    f,
    `abandoned: still being read after the time budget of ${budget}`,
    makeIssue("file_time_budget", {
      message: `${f.file} was still being read after ${budget}, the time budget for one file, so it was abandoned and none of it was used. The rest of the run is unaffected. If the file is just large, raise the budget with \`--file-timeout <seconds>\` (0 for none).`,
      file: f.file,
    }),
  );
}

async function describeUnread(f: ReturnInput, reason: string, issue: Issue): Promise<FileResult> {
  // A file out of a container has no file of its own on disk to hash again.
  const sha256 =
    f.sha256 ??
    (await readFile(f.absPath)
      .then((bytes) => createHash("sha256").update(bytes).digest("hex"))
      .catch(() => ""));
  const ext = extname(f.file).slice(1).toLowerCase();
  return {
    file: f.file,
    format: isFileFormat(ext) ? ext : null,
    sha256,
    ingested: false,
    reason,
    authority: null,
    sheetsUsed: [],
    facts: [],
    nationalities: [],
    periods: [],
    document: null,
    decisions: [],
    issues: [issue],
  };
}

async function renderOutputs(
  result: IngestResult,
  knowledge: Knowledge & { round?: RoundClock },
  extras: ReportExtras,
): Promise<Map<string, OutputContents>> {
  // Each table and the quality report is built once and drawn into every output that shows it.
  const tables = tabulateOutputs(result, knowledge);
  const report = buildQualityReport(result, knowledge);
  const files = new Map<string, OutputContents>(renderCsvOutputs(result, knowledge, tables));
  const more: [string, OutputContents][] = [
    ...renderQualityReport(result, knowledge, report),
    ["report.html", renderReport(result, knowledge, extras, report)],
    ["foi-agg.xlsx", await renderWorkbook(result, knowledge, tables)],
  ];
  for (const [path, contents] of more) {
    if (files.has(path)) throw new Error(`internal: two outputs are named ${path}`);
    files.set(path, contents);
  }
  files.set("datapackage.json", describeDataPackage(knowledge.request));
  return files;
}

/**
 * Write the outputs, keeping whatever of the user's is in the folder. A
 * file of theirs with the name of an output is never overwritten: the run
 * stops and says which file to move.
 */
async function writeOutputs(
  outDir: string,
  given: string,
  files: ReadonlyMap<string, OutputContents>,
): Promise<{ kept: string[] }> {
  const record = await readFile(join(outDir, RUN_RECORD_FILE), "utf8").catch(() => null);
  try {
    return await writeOutputsAtomically(outDir, files, {
      writtenBefore: readWrittenOutputs(record),
      recordFile: RUN_RECORD_FILE,
    });
  } catch (err) {
    if (!(err instanceof OutputClashError)) throw err;
    throw new UsageError(
      `--out ${given}: ${err.clashes.join(", ")} ${err.clashes.length === 1 ? "was" : "were"} changed after foi-agg wrote ${err.clashes.length === 1 ? "it" : "them"}, and foi-agg never overwrites your changes; move ${err.clashes.length === 1 ? "it" : "them"} out of the folder (or choose another --out) and run again`,
    );
  }
}

async function lockOutDir(outDir: string, given: string): Promise<OutputLock> {
  try {
    return await lockOutputFolder(outDir);
  } catch (err) {
    if (!(err instanceof OutputLockedError)) throw err;
    throw new UsageError(
      `--out ${given}: another foi-agg run${err.pid === null ? "" : ` (process ${err.pid})`} is writing to this folder; wait for it to finish, or choose another --out. If no run is going, delete ${err.lockFile}`,
    );
  }
}

/** The rules of the folder's .foi-aggignore, then the --exclude globs. */
async function loadIgnoreRules(folder: string, exclude: readonly string[]): Promise<IgnoreRule[]> {
  const text = await readFile(join(folder, IGNORE_FILE), "utf8").catch(() => "");
  const rules = parseIgnoreRules(text, (line) => `${IGNORE_FILE} line ${line}`);
  for (const glob of exclude) {
    const rule = parseIgnoreRule(glob, "--exclude");
    if (rule === null) throw new UsageError(`--exclude "${glob}" is empty or a comment; give a file name or glob`);
    rules.push(rule);
  }
  return rules;
}

/** A file given on the command line, as run.json records it. */
async function describeInput(path: string): Promise<{ path: string; sha256: string; bytes: number }> {
  const bytes = await readFile(path);
  return { path, sha256: hashContents(bytes), bytes: bytes.length };
}

/** package.json sits two levels above both src/pipeline/ and dist/pipeline/. */
function readToolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
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
