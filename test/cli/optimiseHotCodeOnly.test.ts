import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The command has V8 optimise only the code that stays hot
 * (src/cli/optimiseHotCodeOnly.ts). V8's `--trace-opt` prints a "completed
 * compiling" line for each function its optimising compiler finishes. The
 * same ingest is run by the command and by a script that loads the CLI the
 * same way but leaves V8's default budget: on one file the default
 * optimises about 80 functions and the command about 30.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RETURN = "Aberdeenshire - trafficked and UASC missing.csv";

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-hot-"));
  await mkdir(join(scratch, "returns"));
  await copyFile(join(ROOT, "fixtures", "returns", RETURN), join(scratch, "returns", RETURN));
  await writeFile(
    join(scratch, "default-budget.mjs"),
    `import { compileRegExpsAtOnce } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "compileRegExpsAtOnce.js")).href)};
compileRegExpsAtOnce();
const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "main.js")).href)});
const quiet = { stdout() {}, stderr: (t) => process.stderr.write(t), isTTY: false };
process.exitCode = await main(process.argv, quiet);
`,
  );
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function optimisedFunctions(entry: string, out: string): number {
  const r = spawnSync(
    process.execPath,
    ["--trace-opt", entry, "ingest", join(scratch, "returns"), "--out", join(scratch, out), "--jobs", "1", "-q"],
    { cwd: scratch, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  expect(r.status).toBe(0);
  return r.stdout.split("\n").filter((line) => line.includes("completed compiling")).length;
}

describe("foi-agg optimises only the code that stays hot", () => {
  it("an ingest has V8 optimise far fewer functions than V8's default budget would", () => {
    const byDefault = optimisedFunctions(join(scratch, "default-budget.mjs"), "out-default");
    const byCommand = optimisedFunctions(join(ROOT, "bin", "foi-agg.js"), "out-command");
    expect(byDefault).toBeGreaterThan(40);
    expect(byCommand).toBeLessThan(byDefault * 0.6);
  });
});
