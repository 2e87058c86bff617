// A stand-in for src/pipeline/worker.ts that speaks the same protocol (ready,
// then tasks answered one at a time in arrival order), so the pool's
// threading, ordering and crash handling can be tested without a build.
import { parentPort, workerData } from "node:worker_threads";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(id, input) {
  const text = new TextDecoder().decode(input.bytes);
  if (text === "throw") return parentPort.postMessage({ id, ok: false, error: `Error: cannot handle ${input.name}` });
  if (text === "exit") process.exit(3);
  // Dies at once, so its death can reach the pool beside the previous task's answer.
  if (text === "uncaught-now") {
    process.nextTick(() => {
      throw new Error(`uncaught on ${input.name}`);
    });
    return sleep(10_000);
  }
  // Never finishes, and never yields: only stopping the worker ends it.
  if (text === "spin") for (;;);
  if (text === "uncaught") {
    setTimeout(() => {
      throw new Error(`uncaught on ${input.name}`);
    });
    return sleep(10_000);
  }
  await sleep(Number(text) % 7);
  parentPort.postMessage({ id, ok: true, output: `${workerData.prefix}${text}:${input.bytes.byteLength}` });
}

let previous = Promise.resolve();
parentPort.on("message", ({ id, input }) => {
  previous = previous.then(() => handle(id, input));
});
parentPort.postMessage({ ready: true });
