import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The real CLI (bin/foi-agg.js → dist/) where the world around it misbehaves:
 * a reader that closes the pipe early.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "foi-agg.js");

let scratch: string;
let returns: string;

const lewisham = [
  "London Borough of Lewisham - Freedom of Information response",
  "Number of looked after children identified or suspected as trafficked,4",
  "Number of unaccompanied asylum seeking children looked after,120",
].join("\n");

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-harden-cli-"));
  returns = join(scratch, "returns");
  await mkdir(returns);
  // Enough files that progress goes on being printed after the reader has gone.
  for (let i = 0; i < 15; i++) await writeFile(join(returns, `Lewisham ${String(i).padStart(2, "0")}.csv`), lewisham);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("foi-agg ingest | head", () => {
  it("still writes every output and exits 0 when the reader closes the pipe after one line", async () => {
    // Progress goes to stderr; `head -1` exits after the summary's first line, and every later write to stdout fails with EPIPE.
    const script = `"${process.execPath}" "${BIN}" ingest returns --out out-head --jobs 1 | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const r = spawnSync("bash", ["-c", script], {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.stdout).toBe("Files: 15 of 15 read\n");
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.stderr).toContain("status 0");
    expect(await readdir(join(scratch, "out-head"))).toEqual(expect.arrayContaining(["values.csv", "quality.json"]));
  });
});
