/**
 * How many lanes (this thread plus worker threads) an ingest uses when the
 * user has not said (--jobs). A worker thread costs a start-up (loading
 * every pipeline module, exceljs's 660 among them) and a core. It repays
 * that only when the folder holds enough work and a core is idle to run
 * it; otherwise it slows the run down. With one worker on a two-core
 * machine whose other core was busy, the default run used 31–57% more CPU
 * and was 1.3–1.4× slower than --jobs 1 (issue 11's profile; the speed
 * branch's report has the same on a machine shared by eight people).
 */
export interface JobsEvidence {
  /** Returns to process. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** os.availableParallelism(). */
  cores: number;
  /** os.loadavg()[0]: runnable threads over the last minute (0 where the OS does not say, as on Windows). */
  load: number;
}

/** CPU time a worker spends starting, before it takes its first file: 0.9 s in issue 11's profile, 0.9–1.1 s here. */
export const WORKER_STARTUP_MS = 900;
/**
 * Estimated CPU time of one return: a fixed cost per file and a cost per
 * kilobyte (the fixtures, warm: 2–5 ms per file of a few kilobytes; the
 * per-kilobyte cost is what a larger table adds).
 */
const MS_PER_FILE = 3;
const MS_PER_KB = 0.3;

export function chooseJobs(evidence: JobsEvidence): number {
  const work = evidence.files * MS_PER_FILE + (evidence.bytes / 1024) * MS_PER_KB;
  // Cores nobody else is using, less the one this thread runs on. Load is
  // rounded, so a machine idling at 0.3 still counts its cores as free.
  const idle = Math.max(0, Math.round(evidence.cores - evidence.load) - 1);
  // With w workers, this thread works while they start, so the run takes
  // about S + (T − S)/(w + 1) for T of work and S of start-up, where one
  // lane takes T. That saves more wall time than the w·S of CPU the workers
  // cost only when T ≥ (w + 2)·S.
  const repaid = Math.max(0, Math.floor(work / WORKER_STARTUP_MS) - 2);
  return 1 + Math.min(idle, repaid);
}

/**
 * The time budget of one file when the user has not given --file-timeout:
 * far beyond any file that can finish. The slowest files foi-agg reads
 * within its default limits (a 1,000,000-row episode csv, a 200,000-row
 * xlsx) take 4–6 s on a quiet machine, and several times that on a busy
 * one; a file still going after two minutes is stuck, not slow.
 */
export const DEFAULT_FILE_TIMEOUT_S = 120;

/** Formats whose bytes are compressed: a small file can unpack to a lot of work. */
const PACKED = new Set(["xlsx", "xlsm", "docx", "odt", "ods", "pdf", "zip"]);
/** On-disk size from which a file runs under the budget by default: plain text, then packed formats. */
export const BUDGET_FROM_BYTES = { plain: 1024 * 1024, packed: 256 * 1024 };

/**
 * Whether a file runs in a worker thread under the time budget when the
 * user has not given --file-timeout (given it, every file does).
 * Synchronous parsing cannot be stopped in the thread that runs it, so only
 * a file in a worker can be abandoned; but a worker costs about a second to
 * start, while a small file, bounded by the read limits and read with no
 * super-linear step, finishes in milliseconds. So small files run in this
 * thread, and a worker is started only for a file large enough that its
 * start-up is a modest part of the file's own time: 1 MB of text is about
 * 0.3 s at the estimate above, and compressed formats unpack to several
 * times their size. The fixtures' largest file is 130 KB, so an everyday
 * run starts no worker for this.
 */
export function isWorthBudgeting(file: string, bytes: number): boolean {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return bytes >= (PACKED.has(ext) ? BUDGET_FROM_BYTES.packed : BUDGET_FROM_BYTES.plain);
}
