import { parentPort, workerData } from "node:worker_threads";
import { type KnowledgePaths, loadKnowledge } from "../knowledge/index.js";
import { serveTasks } from "./pool.js";
import { processFile } from "./processFile.js";

/**
 * One pool thread: loads the knowledge once (paths come from the main
 * thread, so --request is honoured), then processes files as they arrive.
 */
if (parentPort === null) throw new Error("worker.ts must run as a worker thread");
const knowledge = loadKnowledge((workerData as { knowledgePaths: KnowledgePaths }).knowledgePaths);
serveTasks<Parameters<typeof processFile>[0], Awaited<ReturnType<typeof processFile>>>(parentPort, (input) =>
  processFile(input, knowledge),
);
