import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The command compiles each pattern straight to machine code
 * (src/cli/compileRegExpsAtOnce.ts). V8's own trace of regular expression
 * tiering shows it: with tier-up, a pattern's first use prints "bytecode
 * size" and its second "needs tier-up compilation"; without it, only
 * "native code size". Node's own start-up compiles a couple of patterns
 * before the entry point runs (and may use one again later), so a few
 * bytecode and tier-up lines are allowed; without the flag an ingest of
 * one file prints about 500 of each.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RETURN = "Aberdeenshire - trafficked and UASC missing.csv";

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-regexp-"));
  await mkdir(join(scratch, "returns"));
  await copyFile(join(ROOT, "fixtures", "returns", RETURN), join(scratch, "returns", RETURN));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("foi-agg compiles its patterns once", () => {
  it("an ingest's patterns go straight to machine code, with no interpreter step", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--trace-regexp-tier-up",
        join(ROOT, "bin", "foi-agg.js"),
        "ingest",
        join(scratch, "returns"),
        "--out",
        join(scratch, "out"),
        "--jobs",
        "1",
        "-q",
      ],
      { cwd: scratch, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    const count = (text: string) => lines.filter((line) => line.includes(text)).length;
    expect(count("native code size")).toBeGreaterThan(100);
    expect(count("bytecode size")).toBeLessThan(10);
    expect(count("tier-up")).toBeLessThan(10);
  });
});
