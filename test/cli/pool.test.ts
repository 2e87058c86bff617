import { execFileSync } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { countWorkers, resolveWorkerUrl, runPool, type TaskOutcome } from "../../src/pipeline/pool.js";

interface Input {
  name: string;
  bytes: Uint8Array;
}

const echo = new URL("./workers/echo-worker.mjs", import.meta.url);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

interface RunOptions {
  workerUrl?: URL | null;
  useMainThread?: boolean;
  timeoutMs?: number;
  isolate?: (index: number) => boolean;
  /** Hold this thread's tasks until a task has gone to a worker, so a slow worker start cannot leave it none. */
  awaitWorker?: boolean;
}

function run(texts: string[], jobs: number, options: RunOptions = {}) {
  const progress: [number, number, string][] = [];
  const sent = new Map<number, Uint8Array>();
  const outcomes = runPool<Input, string>(texts.length, {
    jobs,
    workerUrl: options.workerUrl === undefined ? echo : options.workerUrl,
    workerData: { prefix: "w:" },
    minTasksPerWorker: 1,
    ...(options.useMainThread !== undefined ? { useMainThread: options.useMainThread } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.isolate !== undefined ? { isolate: options.isolate } : {}),
    prepare: async (i) => {
      const input = { name: `file${i}`, bytes: encode(texts[i] ?? "") };
      sent.set(i, input.bytes);
      return input;
    },
    // Slower than the echo worker, so workers get their share of the tasks.
    runInProcess: async (input) => {
      await sleep(10);
      // A task handed to a worker has its bytes transferred, which leaves the sent buffer empty.
      while (options.awaitWorker && ![...sent.values()].some((b) => b.byteLength === 0)) await sleep(5);
      const text = new TextDecoder().decode(input.bytes);
      if (text === "throw") throw new Error(`cannot handle ${input.name}`);
      return `p:${text}:${input.bytes.byteLength}`;
    },
    transferList: (input) => [input.bytes.buffer as ArrayBuffer],
    describe: (i) => `file${i}`,
    onProgress: (done, total, file) => progress.push([done, total, file]),
  });
  return { outcomes, progress, sent };
}

const texts = Array.from({ length: 40 }, (_, i) => String(i * 3));
const unprefixed = (o: TaskOutcome<string>) => (o.ok ? o.output.slice(2) : o.error);

describe("runPool", () => {
  it.each([1, 2, 4])("with %i job(s) returns every result in input order, reporting progress", async (jobs) => {
    const { outcomes, progress } = run(texts, jobs);
    const result = await outcomes;
    expect(result.map(unprefixed)).toEqual(texts.map((t) => `${t}:${t.length}`));
    expect(progress.map(([done, total]) => [done, total])).toEqual(texts.map((_, i) => [i + 1, texts.length]));
    expect(progress.map(([, , file]) => file).sort()).toEqual(texts.map((_, i) => `file${i}`).sort());
  });

  it.each([
    [1, ["p:"]],
    [3, ["p:", "w:"]],
  ])("with %i job(s) shares the work between %j", async (jobs, lanes) => {
    const result = await run(texts, jobs, { awaitWorker: jobs > 1 }).outcomes;
    expect([...new Set(result.map((o) => (o.ok ? o.output.slice(0, 2) : "")))].sort()).toEqual(lanes);
  });

  it("transfers the bytes to workers instead of copying them", async () => {
    const { outcomes, sent } = run(texts, 3);
    const result = await outcomes;
    result.forEach((o, i) => {
      const byWorker = o.ok && o.output.startsWith("w:");
      expect(sent.get(i)?.byteLength === 0, `task ${i}`).toBe(byWorker);
    });
  });

  it("runs everything in this thread when there is no worker script", async () => {
    const result = await run(["5", "7"], 4, { workerUrl: null, useMainThread: false }).outcomes;
    expect(result).toEqual([
      { ok: true, output: "p:5:1" },
      { ok: true, output: "p:7:1" },
    ]);
  });

  it.each([
    ["a task that throws", "throw", /cannot handle file1/],
    ["a worker that exits", "exit", /exit code 3/],
    ["a worker with an uncaught exception", "uncaught", /uncaught on file1/],
  ])("keeps going after %s: that task fails, the others succeed", async (_, bad, error) => {
    const result = await run(["0", bad, "6", "9", "12", "15", "18"], 2, { useMainThread: false }).outcomes;
    expect(result[1]).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(result.filter((o) => o.ok).map(unprefixed)).toEqual(["0:1", "6:1", "9:1", "12:2", "15:2", "18:2"]);
  });

  it("blames the task a worker was running when it died, not the one before whose answer was still on its way", () => {
    // In a child process on dist/: see race-main.mjs for why not here.
    const script = fileURLToPath(new URL("./workers/race-main.mjs", import.meta.url));
    const outcomes = JSON.parse(
      execFileSync(process.execPath, [script], { encoding: "utf8" }),
    ) as TaskOutcome<string>[];
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.stringMatching(/uncaught on file1/) });
  });

  it("survives every worker dying, and blames only the task each was running", async () => {
    const result = await run(["0", "exit", "exit", "exit", "exit", "3", "exit", "6"], 2, { useMainThread: false })
      .outcomes;
    expect(result.map((o) => o.ok)).toEqual([true, false, false, false, false, true, false, true]);
  });

  it("fails the run instead of retrying forever when workers cannot start", async () => {
    const broken = new URL("./workers/broken-worker.mjs", import.meta.url);
    await expect(run(texts, 2, { workerUrl: broken, useMainThread: false }).outcomes).rejects.toThrow(
      /keep failing to start: .*knowledge failed to load/s,
    );
  });

  // "spin" loops forever without yielding, so no budget can be long enough;
  // the budget is a second, hundreds of times what the other tasks need, so
  // no task that can finish is cut short on a loaded machine either.
  it.each([1, 2])(
    "with %i job(s), abandons a task past the time budget, stops its worker, and finishes the rest",
    async (jobs) => {
      const result = await run(["0", "spin", "6", "9", "12"], jobs, { useMainThread: false, timeoutMs: 1000 }).outcomes;
      expect(result[1]).toEqual({ ok: false, error: "over the time budget of 1 s", timedOut: true });
      expect(result.filter((o) => o.ok).map(unprefixed)).toEqual(["0:1", "6:1", "9:1", "12:2"]);
    },
  );

  it("abandons each of several tasks past the budget, replacing the worker each time", async () => {
    const result = await run(["spin", "3", "spin", "4"], 1, { useMainThread: false, timeoutMs: 1000 }).outcomes;
    expect(result.map((o) => (o.ok ? unprefixed(o) : o.timedOut))).toEqual([true, "3:1", true, "4:1"]);
  });

  it("runs isolated tasks in a worker even at one job, and the rest in this thread", async () => {
    const isolate = (i: number) => i % 3 === 1;
    const result = await run(texts.slice(0, 9), 1, { isolate }).outcomes;
    expect(result.map((o) => (o.ok ? o.output.slice(0, 2) : o.error))).toEqual(
      texts.slice(0, 9).map((_, i) => (isolate(i) ? "w:" : "p:")),
    );
  });

  it("keeps a never-ending isolated task off this thread, so the budget can stop it", async () => {
    const result = await run(["1", "spin", "2", "3"], 1, { isolate: (i) => i === 1, timeoutMs: 1000 }).outcomes;
    expect(result.map((o) => (o.ok ? o.output : o.error))).toEqual([
      "p:1:1",
      "over the time budget of 1 s",
      "p:2:1",
      "p:3:1",
    ]);
  });

  it("runs isolated tasks in this thread when there is no worker script", async () => {
    const result = await run(["1", "2"], 1, { workerUrl: null, isolate: () => true, timeoutMs: 1000 }).outcomes;
    expect(result).toEqual([
      { ok: true, output: "p:1:1" },
      { ok: true, output: "p:2:1" },
    ]);
  });

  it("returns nothing for no tasks", async () => {
    expect(await run([], 4).outcomes).toEqual([]);
  });

  it("falls back to in-process when running from TypeScript sources", () => {
    expect(resolveWorkerUrl()).toBeNull();
  });
});

describe("countWorkers", () => {
  const url = new URL("file:///worker.js");
  it.each([
    // tasks, jobs, useMainThread, minTasksPerWorker, workers
    [1000, 1, true, undefined, 0],
    [1000, 2, true, undefined, 1],
    [1000, 4, true, undefined, 3],
    [99, 4, true, undefined, 0],
    [100, 4, true, undefined, 1],
    [250, 4, true, undefined, 2],
    [250, 4, false, undefined, 2],
    [1000, 4, false, undefined, 4],
    [3, 4, true, 1, 3],
    [3, 8, false, 1, 3],
    [0, 4, false, 1, 0],
  ] as const)(
    "%i tasks, %i jobs, main thread %s, %s per worker → %i workers",
    (count, jobs, useMainThread, min, workers) => {
      expect(
        countWorkers(count, {
          jobs,
          workerUrl: url,
          useMainThread,
          ...(min !== undefined ? { minTasksPerWorker: min } : {}),
        }),
      ).toBe(workers);
    },
  );

  it("starts none without a worker script", () => {
    expect(countWorkers(1000, { jobs: 8, workerUrl: null })).toBe(0);
  });
});
