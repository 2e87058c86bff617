import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";

/**
 * A small worker_threads pool that keeps results in input order. It knows
 * nothing about FOI returns: the task handler lives in the worker script
 * (see worker.ts), so the pool can be tested with any script that speaks
 * the same protocol:
 *
 *   worker → main  { ready: true }                     once, after loading
 *   main → worker  { id, input }                       (bytes transferred)
 *   worker → main  { id, ok: true, output } | { id, ok: false, error }
 *
 * The worker answers tasks one at a time in the order they arrived, which is
 * what lets the pool tell which task was running when a worker died, and
 * which one to time against the budget.
 */
export interface TaskMessage<I> {
  id: number;
  input: I;
}

export type ReplyMessage<O> = { id: number; ok: true; output: O } | { id: number; ok: false; error: string };

interface ReadyMessage {
  ready: true;
}

/**
 * What became of one task: its output, or why it has none. `timedOut` marks
 * a task abandoned for running past the time budget (its worker was stopped).
 */
export type TaskOutcome<O> = { ok: true; output: O } | { ok: false; error: string; timedOut?: true };

export interface PoolOptions<I, O> {
  /** Parallel lanes: the main thread plus jobs − 1 workers. 1 runs everything in this thread. */
  jobs: number;
  /** The worker script, or null when there is none to run (then tasks run in this thread). */
  workerUrl: URL | null;
  workerData?: unknown;
  /**
   * Also process tasks in this thread (default true). Worker start-up costs
   * about as much as a hundred small files, so the main thread works
   * through the queue while the workers load, and small folders finish
   * before any worker is ready. Tests turn it off to exercise workers alone.
   */
  useMainThread?: boolean;
  /**
   * Start a worker only for every this-many tasks (default 100). A worker
   * takes about 0.3 s to load its modules and warm up, in which time the
   * main thread gets through roughly a hundred small files; with fewer
   * tasks a worker would cost start-up time and a core, and finish nothing.
   */
  minTasksPerWorker?: number;
  /**
   * The time budget of one task in a worker, in milliseconds (none when
   * absent or 0). A task past it is abandoned: its worker is stopped and
   * replaced, its outcome is `{ ok: false, timedOut: true }`, and the tasks
   * queued behind it go to other lanes. Synchronous work cannot be stopped
   * in the thread that runs it, so tasks in this thread have no budget: see
   * `isolate`.
   */
  timeoutMs?: number;
  /**
   * Tasks that must run in a worker thread, where the budget can stop them
   * (by default none). One worker is started for them even when `jobs` would
   * start none, and this thread never takes them, unless there is no worker
   * script (then nothing can be stopped, and this thread does everything).
   */
  isolate?: (index: number) => boolean;
  /** Build a task's input just before it is handed out (e.g. read the file), so inputs are not all held at once. */
  prepare: (index: number) => Promise<I>;
  /** The same work as the worker does, run in this thread. */
  runInProcess: (input: I) => Promise<O>;
  /** Buffers to transfer rather than copy (file bytes). */
  transferList?: (input: I) => ArrayBuffer[];
  /** Name of a task for progress reports. */
  describe: (index: number) => string;
  onProgress?: (done: number, total: number, task: string) => void;
}

/**
 * Tasks each worker holds at once. Two keeps a worker busy while the main
 * thread, busy with a file of its own, gets round to sending the next one.
 */
const WORKER_DEPTH = 2;

/**
 * Run `count` tasks and return their outcomes in task order. A task whose
 * handler throws, or whose worker dies, gets `{ ok: false }` and the run goes
 * on: a dead worker's other tasks are handed out again and the worker is
 * replaced, so one bad file never stalls the pool.
 */
export function runPool<I, O>(count: number, options: PoolOptions<I, O>): Promise<TaskOutcome<O>[]> {
  const outcomes: (TaskOutcome<O> | undefined)[] = new Array(count).fill(undefined);
  if (count === 0) return Promise.resolve([]);
  const useMain = options.useMainThread !== false || options.workerUrl === null;
  const workerUrl = options.workerUrl;
  const isolated = (index: number): boolean => workerUrl !== null && options.isolate?.(index) === true;
  // Two queues: tasks any lane may take, and tasks only a worker may take.
  const shared: number[] = [];
  const workersOnly: number[] = [];
  for (let i = 0; i < count; i += 1) (isolated(i) ? workersOnly : shared).push(i);
  // Workers that share the work, as `jobs` asks; when that is none and some
  // tasks must be isolated, one worker takes those tasks alone, so that
  // --jobs 1 still works through ordinary files one at a time.
  const sharingWorkers = countWorkers(count, options);
  const workerCount = Math.max(sharingWorkers, workersOnly.length > 0 ? 1 : 0);
  const queued = (): number => shared.length + workersOnly.length;
  /** Put tasks back at the front of their queues (a dead worker's waiting tasks), keeping their order. */
  const requeue = (indices: readonly number[]): void => {
    for (const index of [...indices].reverse()) (isolated(index) ? workersOnly : shared).unshift(index);
  };
  const timeoutMs = options.timeoutMs !== undefined && options.timeoutMs > 0 ? options.timeoutMs : null;

  return new Promise((resolveAll, rejectAll) => {
    const lanes = new Set<{ fill(): void; stop(): void }>();
    let done = 0;
    let settled = false;
    let mainRunning = false;
    let everReady = false;
    let startupDeaths = 0;

    const stopAll = (): void => {
      for (const lane of lanes) lane.stop();
      lanes.clear();
    };
    const finish = (index: number, outcome: TaskOutcome<O>): void => {
      if (settled || outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      done += 1;
      options.onProgress?.(done, count, options.describe(index));
      if (done === count) {
        settled = true;
        stopAll();
        resolveAll(outcomes as TaskOutcome<O>[]);
      }
    };
    const fail = (err: unknown): void => {
      if (settled) return;
      settled = true;
      stopAll();
      rejectAll(err);
    };
    /**
     * The next task for this thread: a shared one, or, with no worker left
     * (all died and were not replaced), one meant for a worker, since
     * finishing it unbudgeted beats never finishing the run.
     */
    const takeForMain = (): number | undefined =>
      shared.shift() ?? (lanes.size === 0 ? workersOnly.shift() : undefined);
    /** Hand out queued tasks; the main thread picks up whatever no worker has taken. */
    const schedule = (): void => {
      if (settled) return;
      for (const lane of lanes) lane.fill();
      const mainHasWork = shared.length > 0 || (lanes.size === 0 && workersOnly.length > 0);
      if ((useMain || lanes.size === 0) && !mainRunning && mainHasWork) {
        mainRunning = true;
        runMainThread().catch(fail);
      }
    };
    const runMainThread = async (): Promise<void> => {
      for (let index = takeForMain(); index !== undefined && !settled; index = takeForMain()) {
        const i = index;
        finish(i, await settle(async () => options.runInProcess(await options.prepare(i))));
        // Let worker replies in between files, so workers are never left waiting for work.
        await yieldToEvents();
      }
      mainRunning = false;
      if (queued() > 0) schedule();
    };

    const startWorker = (url: URL, isolatedOnly: boolean): void => {
      let worker: Worker;
      try {
        worker = new Worker(url, { workerData: options.workerData, ...workerExecArgv() });
      } catch {
        // Node refused the worker's options: this thread does the work instead.
        schedule();
        return;
      }
      // Tasks sent, oldest first; the oldest is the one the worker is running.
      const posted: number[] = [];
      let reserved = 0;
      let ready = false;
      let stopped = false;
      /** Set when the worker reported a crash; it is acted on at exit (see below). */
      let crash: string | null = null;
      /** The budget's timer for the task at the head of `posted`. */
      let deadline: NodeJS.Timeout | null = null;
      /**
       * Time the task now at the head of `posted`: the worker starts a task
       * when it has answered the one before, so the clock starts when that
       * answer arrives (or when the task is sent to an idle worker). It thus
       * starts a little late, never early: a task is never cut short.
       */
      const timeHead = (): void => {
        if (deadline !== null) clearTimeout(deadline);
        deadline = null;
        const head = posted[0];
        if (timeoutMs === null || head === undefined || stopped) return;
        deadline = setTimeout(() => {
          deadline = null;
          // An answer that arrived while this thread was busy is read before
          // the check phase, so a task that finished in time is not abandoned;
          // a worker that crashed is about to exit, and 'exit' names the task.
          setImmediate(() => {
            if (!stopped && crash === null && posted[0] === head) abandon();
          });
        }, timeoutMs);
      };
      const lane = {
        fill(): void {
          while (ready && !stopped && crash === null && !settled && reserved < WORKER_DEPTH) {
            const index = workersOnly.shift() ?? (isolatedOnly ? undefined : shared.shift());
            if (index === undefined) break;
            reserved += 1;
            options.prepare(index).then(
              (input) => {
                if (stopped || crash !== null) {
                  // The worker died while the file was being read: someone else takes it.
                  reserved -= 1;
                  requeue([index]);
                  schedule();
                  return;
                }
                const message: TaskMessage<I> = { id: index, input };
                try {
                  worker.postMessage(message, options.transferList?.(input) ?? []);
                  posted.push(index);
                  if (posted.length === 1) timeHead();
                } catch (err) {
                  reserved -= 1;
                  finish(index, { ok: false, error: describeError(err) });
                  lane.fill();
                }
              },
              (err: unknown) => {
                reserved -= 1;
                finish(index, { ok: false, error: describeError(err) });
                lane.fill();
              },
            );
          }
        },
        stop(): void {
          stopped = true;
          if (deadline !== null) clearTimeout(deadline);
          void worker.terminate();
        },
      };
      lanes.add(lane);

      worker.on("message", (message: ReplyMessage<O> | ReadyMessage) => {
        if ("ready" in message) {
          ready = true;
          everReady = true;
          schedule();
          return;
        }
        if (stopped) return;
        const at = posted.indexOf(message.id);
        if (at === -1) return;
        posted.splice(at, 1);
        reserved -= 1;
        if (at === 0) timeHead();
        finish(message.id, message.ok ? { ok: true, output: message.output } : { ok: false, error: message.error });
        lane.fill();
      });
      /** Take this worker out of the pool, hand its waiting tasks to others, and start a replacement if needed. */
      const retire = (running: TaskOutcome<O> & { ok: false }): void => {
        stopped = true;
        if (deadline !== null) clearTimeout(deadline);
        lanes.delete(lane);
        const [head, ...waiting] = posted;
        posted.length = 0;
        if (head !== undefined) finish(head, running);
        requeue(waiting);
        if (!ready) {
          startupDeaths += 1;
          // Workers that die before any has ever loaded are failing to start
          // (a broken build, unloadable knowledge): that is a bug to report,
          // not something to retry for every file.
          if (!everReady && startupDeaths >= workerCount + 2) {
            fail(new Error(`worker threads keep failing to start: ${running.error}`));
            return;
          }
        }
        const wanted = isolatedOnly ? workersOnly.length : queued();
        if (wanted > 0 && startupDeaths <= workerCount + 2) startWorker(url, isolatedOnly);
        schedule();
      };
      /** The task at the head ran past the budget: stop its worker, which cannot be interrupted any other way. */
      const abandon = (): void => {
        retire({ ok: false, error: `over the time budget of ${formatSeconds(timeoutMs ?? 0)}`, timedOut: true });
        void worker.terminate();
      };
      // A crash (uncaught exception, out of memory, process.exit in a
      // library) takes the task it was running with it, but not the run.
      // Node reports an uncaught exception ('error') on a channel of its own,
      // which can overtake answers the worker sent before it crashed; 'exit'
      // comes only after those answers have been delivered. So the crash is
      // noted on 'error', and the task it killed is named on 'exit', when
      // `posted` holds only tasks that were truly unanswered.
      const die = (reason: string): void => {
        if (stopped) return;
        retire({ ok: false, error: reason });
      };
      worker.on("error", (err) => {
        crash ??= describeError(err);
        void worker.terminate();
      });
      // An answer that cannot be read is the head task's (answers come in order).
      worker.on("messageerror", (err) => {
        crash ??= `its answer could not be read: ${describeError(err)}`;
        void worker.terminate();
      });
      worker.on("exit", (code) => die(crash ?? `worker stopped with exit code ${code}`));
    };

    if (workerUrl !== null) for (let i = 0; i < workerCount; i += 1) startWorker(workerUrl, sharingWorkers === 0);
    schedule();
  });
}

/**
 * Workers inherit the process's Node flags (so --max-old-space-size still
 * applies), except that Node refuses to start a worker from a file under
 * --input-type (as in `node --input-type=module -e …`). Only then are the
 * flags replaced, by none: passing V8 flags explicitly is itself refused.
 */
function workerExecArgv(): { execArgv?: string[] } {
  return process.execArgv.some((arg) => arg.startsWith("--input-type")) ? { execArgv: [] } : {};
}

/** How many worker threads a run of `count` tasks starts: none without a worker script. */
export function countWorkers(
  count: number,
  options: Pick<PoolOptions<unknown, unknown>, "jobs" | "workerUrl" | "useMainThread" | "minTasksPerWorker">,
): number {
  if (options.workerUrl === null) return 0;
  const jobs = Math.max(1, Math.floor(options.jobs));
  const lanes = options.useMainThread === false ? jobs : jobs - 1;
  return Math.max(0, Math.min(lanes, Math.floor(count / Math.max(1, options.minTasksPerWorker ?? 100))));
}

/** "120 s", "0.5 s": a budget as the user gave it. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

async function settle<O>(run: () => Promise<O>): Promise<TaskOutcome<O>> {
  try {
    return { ok: true, output: await run() };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

/**
 * The compiled worker script beside this module. Under vitest this module
 * runs from its TypeScript source, where no worker.js exists and Node could
 * not run a .ts worker anyway, so callers then fall back to in-process work.
 */
export function resolveWorkerUrl(): URL | null {
  return import.meta.url.endsWith(".js") ? new URL("./worker.js", import.meta.url) : null;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/**
 * The worker side of the protocol: say it is ready, then answer each task,
 * one at a time in arrival order, with the handler's output or the error it
 * threw, so a bad file never kills the worker.
 */
export function serveTasks<I, O>(
  port: { on(event: "message", listener: (message: TaskMessage<I>) => void): unknown; postMessage(m: unknown): void },
  handle: (input: I) => Promise<O>,
): void {
  let previous: Promise<void> = Promise.resolve();
  port.on("message", (message) => {
    previous = previous.then(() =>
      handle(message.input).then(
        (output) => port.postMessage({ id: message.id, ok: true, output } satisfies ReplyMessage<O>),
        (err: unknown) =>
          port.postMessage({ id: message.id, ok: false, error: describeError(err) } satisfies ReplyMessage<O>),
      ),
    );
  });
  port.postMessage({ ready: true } satisfies ReadyMessage);
}
