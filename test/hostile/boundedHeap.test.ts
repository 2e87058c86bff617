import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_CASES, writeGoodReturns } from "./hostileCases.js";

/**
 * "The run's memory stays bounded whatever the inputs": every hostile case
 * that needs no option of its own, all in one folder beside the two good
 * returns, through the real command (bin/foi-agg.js, built dist/) in a
 * process whose JavaScript heap is capped at 256 MB. A reader that held an
 * inflated bomb, an expanded entity or a huge file whole would die of it;
 * the run must instead finish, with its outputs, and count the good
 * returns. (The cap bounds the heap, where foi-agg's text and cells live;
 * the bench measures the whole process's peak.)
 */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "foi-agg.js");
const HEAP_MB = 256;
const CASES = HOSTILE_CASES.filter((c) => c.options === undefined && c.overrides === undefined);

let scratch: string;
let out: string;
let run: { code: number | null; signal: NodeJS.Signals | null; stderr: string };

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-heap-"));
  const returns = join(scratch, "returns");
  out = join(scratch, "out");
  await mkdir(returns);
  await writeGoodReturns(returns);
  for (const [i, c] of CASES.entries()) {
    const folder = join(returns, `case-${i}`);
    const outside = join(scratch, `outside-${i}`);
    await mkdir(folder);
    await mkdir(outside);
    await c.build(folder, outside);
  }
  run = await new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, BIN, "ingest", returns, "--out", out, "--jobs", "1", "--quiet"],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
}, 600_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe(`every hostile case at once, under a ${HEAP_MB} MB heap`, () => {
  it("covers the cases that need no option of their own", () => {
    expect(CASES.length).toBeGreaterThan(20);
  });

  it("finishes without running out of memory or crashing", () => {
    expect(run.signal, run.stderr).toBeNull();
    expect(run.stderr).not.toMatch(/heap out of memory|Allocation failed|internal error/iu);
    expect(run.code, run.stderr).toBe(0);
  });

  it("writes its outputs and counts both good returns", async () => {
    const authorities = parse(await readFile(join(out, "authorities.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    const status = (code: string) => authorities.find((a) => a.authority_code === code)?.return_status;
    expect(status("E09000023")).not.toBe("no_return"); // Lewisham
    expect(status("E10000008")).not.toBe("no_return"); // Devon
  });
});
