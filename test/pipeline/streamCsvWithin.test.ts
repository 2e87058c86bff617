import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processFile, processRead } from "../../src/pipeline/processFile.js";
import { type IngestOutcome, runIngest } from "../../src/pipeline/runIngest.js";
import { OVER_BUDGET, processStreamedCsvWithin } from "../../src/pipeline/streamList.js";
import { buildEpisodeRows, type ListLayout, toCsv, toXlsx } from "../../src/scripts/buildEpisodeList.js";
import { knowledge } from "../support/knowledge.js";

const csvOf = (layout: ListLayout, rows: number): Uint8Array =>
  new TextEncoder().encode(toCsv(buildEpisodeRows(layout, rows)));

const inputOf = (file: string, bytes: Uint8Array) => ({ file, bytes, manifestCode: null });

/** A deadline no test reaches. */
const LATER = () => performance.now() + 3_600_000;

describe("a long csv list counted in the main thread under a deadline", () => {
  it.each<ListLayout>(["episodes", "extract"])("a %s csv gives what processFile gives", async (layout) => {
    const bytes = csvOf(layout, 5_000);
    const here = await processStreamedCsvWithin(inputOf("Kent list.csv", bytes), knowledge(), processRead, LATER());
    const usual = await processFile(inputOf("Kent list.csv", bytes), knowledge());
    expect(here).not.toBeNull();
    expect(here).toEqual(usual);
  });

  it.each<[string, string, () => Promise<Uint8Array>]>([
    // exceljs's streaming reader cannot be stopped part-way in this thread: an xlsx is the worker's.
    ["an xlsx list", "Kent list.xlsx", () => toXlsx(buildEpisodeRows("episodes", 5_000))],
    ["a csv no longer than the rows read first", "Kent list.csv", async () => csvOf("episodes", 500)],
    [
      "a long csv table that is not a list",
      "Kent table.csv",
      async () =>
        new TextEncoder().encode(
          ["Ward,Households", ...Array.from({ length: 5_000 }, (_, i) => `Ward ${i + 1},${(i * 7) % 300}`)].join("\n"),
        ),
    ],
  ])("%s is left to the ordinary reading (null)", async (_, file, bytes) => {
    expect(await processStreamedCsvWithin(inputOf(file, await bytes()), knowledge(), processRead, LATER())).toBeNull();
  });

  it.each<ListLayout>(["episodes", "extract"])("a %s csv past its deadline is abandoned", async (layout) => {
    const past = performance.now() - 1;
    const bytes = csvOf(layout, 5_000);
    expect(await processStreamedCsvWithin(inputOf("Kent list.csv", bytes), knowledge(), processRead, past)).toBe(
      OVER_BUDGET,
    );
  });
});

describe("runIngest counts a large csv list without a worker, and keeps the budget", () => {
  let scratch: string;
  // Over 1 MB, so it runs under the default budget.
  const rows = 40_000;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "foi-agg-within-"));
    await writeFile(join(scratch, "Kent stall episodes.csv"), csvOf("episodes", rows));
    expect(csvOf("episodes", rows).byteLength).toBeGreaterThan(1024 * 1024);
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  const codes = (outcome: IngestOutcome): string[] => [
    ...outcome.result.issues.map((i) => i.code),
    ...outcome.result.returns.flatMap((r) => r.issues.map((i) => i.code)),
  ];
  const files = (outcome: IngestOutcome) => outcome.result.files.map((f) => [f.file, f.ingested]);

  it("reads the list in this thread: the worker given never finishes a file named 'stall'", async () => {
    const outcome = await runIngest({
      folder: scratch,
      out: join(scratch, "..", `${scratch.split("/").at(-1)}-out1`),
      strict: false,
      workerUrl: new URL("../cli/workers/stall-worker.mjs", import.meta.url),
      fileTimeout: 60,
    });
    expect(files(outcome)).toEqual([["Kent stall episodes.csv", true]]);
    expect(codes(outcome)).not.toContain("file_time_budget");
    await rm(join(scratch, "..", `${scratch.split("/").at(-1)}-out1`), { recursive: true, force: true });
  });

  it("abandons the list when it is still being counted at the budget", async () => {
    const outcome = await runIngest({
      folder: scratch,
      out: join(scratch, "..", `${scratch.split("/").at(-1)}-out2`),
      strict: false,
      // A microsecond: past before the first rows are read.
      fileTimeout: 0.000001,
    });
    expect(files(outcome)).toEqual([["Kent stall episodes.csv", false]]);
    expect(codes(outcome)).toContain("file_time_budget");
    await rm(join(scratch, "..", `${scratch.split("/").at(-1)}-out2`), { recursive: true, force: true });
  });
});
