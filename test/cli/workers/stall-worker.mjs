// The real pipeline worker (dist/pipeline/worker.js's handler), except that a
// file whose name contains "stall" never finishes: it loops without yielding,
// as a parser stuck on a pathological input would, so only stopping the
// worker ends it, and no budget, however long, is enough.
import { parentPort, workerData } from "node:worker_threads";
import { serveTasks } from "../../../dist/pipeline/pool.js";
import { processFile } from "../../../dist/pipeline/processFile.js";

serveTasks(parentPort, (input) => {
  if (input.file.includes("stall")) for (;;);
  return processFile(input, workerData.knowledge);
});
