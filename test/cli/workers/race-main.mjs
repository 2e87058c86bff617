// Child process of pool.test.ts, on the built dist/: a worker answers task 0
// and then crashes on task 1, while this thread is busy, so that both the
// answer and the crash are waiting when it looks. Node reports the crash on a
// channel of its own that it reads first, so here (and not inside vitest's own
// process, whose event loop differs) the crash reliably arrives before the
// answer, as it did once under heavy load. Prints each task's outcome as JSON.
import { runPool } from "../../../dist/pipeline/pool.js";

const texts = ["0", "uncaught-now", "6"];
const keepBusy = () => {
  const end = Date.now() + 300;
  while (Date.now() < end) {
    // spin
  }
};
const outcomes = await runPool(texts.length, {
  jobs: 1,
  workerUrl: new URL("./echo-worker.mjs", import.meta.url),
  workerData: { prefix: "w:" },
  useMainThread: false,
  minTasksPerWorker: 1,
  prepare: async (i) => ({ name: `file${i}`, bytes: new TextEncoder().encode(texts[i]) }),
  runInProcess: () => Promise.reject(new Error("the main thread must not process tasks here")),
  transferList: (input) => {
    if (input.name === "file1") setImmediate(keepBusy);
    return [input.bytes.buffer];
  },
  describe: (i) => `file${i}`,
});
process.stdout.write(JSON.stringify(outcomes));
