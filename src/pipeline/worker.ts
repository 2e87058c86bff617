import { parentPort, workerData } from "node:worker_threads";
import type { Knowledge } from "../knowledge/index.js";
import { serveTasks } from "./pool.js";
import { processFile } from "./processFile.js";

/**
 * One pool thread: processes files as they arrive, with the knowledge the
 * main thread loaded (--request honoured). The knowledge comes as a
 * structured clone of the main thread's, which takes about 30 ms; loading
 * and validating it again here took about 0.4 s of every worker's start.
 */
if (parentPort === null) throw new Error("worker.ts must run as a worker thread");
const knowledge = (workerData as { knowledge: Knowledge }).knowledge;
serveTasks<Parameters<typeof processFile>[0], Awaited<ReturnType<typeof processFile>>>(parentPort, (input) =>
  processFile(input, knowledge),
);
