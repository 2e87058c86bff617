import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { runPool } from "../../src/pipeline/pool.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * The built worker (dist/pipeline/worker.js, from the global setup's build)
 * must give exactly what processFile gives in this thread: its results
 * cross a structured-clone boundary, and a difference there would make
 * --jobs change the outputs.
 */
const WORKER = new URL("../../dist/pipeline/worker.js", import.meta.url);
const knowledge = loadKnowledge();
let files: { file: string; bytes: Uint8Array }[] = [];

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Answers").addRows([
    ["Hartlepool Borough Council"],
    ["", "Trafficked", "UASC"],
    ["Looked after", 2, "<5"],
    ["Went missing", 1, "nil"],
  ]);
  files = [
    {
      file: "Lewisham.csv",
      bytes: new TextEncoder().encode(
        "Question,Answer\nNumber of unaccompanied asylum seeking children looked after,120\nNumber of those who went missing,fewer than 5\n",
      ),
    },
    { file: "Hartlepool.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) },
    { file: "Surrey.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]) },
    {
      file: "Devon letter.txt",
      bytes: new TextEncoder().encode("Devon County Council\nQuestion 5 - UASC looked after? Answer: 31\n"),
    },
  ];
});

describe("dist/pipeline/worker.js", () => {
  it("processes files exactly as processFile does in this thread", async () => {
    const inThread: FileResult[] = [];
    for (const f of files)
      inThread.push(await processFile({ ...f, bytes: f.bytes.slice(), manifestCode: null }, knowledge));
    const outcomes = await runPool(files.length, {
      jobs: 2,
      workerUrl: WORKER,
      workerData: { knowledge },
      useMainThread: false,
      minTasksPerWorker: 1,
      prepare: async (i) => {
        const f = files[i] as { file: string; bytes: Uint8Array };
        return { file: f.file, bytes: f.bytes.slice(), manifestCode: null };
      },
      runInProcess: () => Promise.reject(new Error("the main thread must not process files in this test")),
      transferList: (input) => [input.bytes.buffer as ArrayBuffer],
      describe: (i) => files[i]?.file ?? "",
    });
    expect(outcomes).toEqual(inThread.map((output) => ({ ok: true, output })));
  });

  it("honours the manifest code sent with a file", async () => {
    const [outcome] = await runPool(1, {
      jobs: 1,
      workerUrl: WORKER,
      workerData: { knowledge },
      useMainThread: false,
      minTasksPerWorker: 1,
      prepare: async () => ({
        file: "scan 0001.csv",
        bytes: new TextEncoder().encode("UASC looked after,7\n"),
        manifestCode: "E10000030",
      }),
      runInProcess: () => Promise.reject(new Error("unused")),
      describe: () => "scan 0001.csv",
    });
    expect(outcome).toMatchObject({ ok: true, output: { authority: { code: "E10000030" } } });
  });
});
