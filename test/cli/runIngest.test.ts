import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UsageError } from "../../src/cli/io.js";
import { runIngest } from "../../src/pipeline/runIngest.js";

/**
 * runIngest in this process (from sources, so files are processed without
 * workers), with processFile wrapped to blow up on one file: a bug in the
 * pipeline must cost that file, not the run.
 */
vi.mock("../../src/pipeline/processFile.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/pipeline/processFile.js")>();
  return {
    ...real,
    processFile: (input: Parameters<typeof real.processFile>[0], knowledge: Parameters<typeof real.processFile>[1]) => {
      if (input.file.includes("crash")) throw new TypeError("Cannot read properties of undefined (reading 'rows')");
      return real.processFile(input, knowledge);
    },
  };
});

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-run-"));
  await mkdir(join(scratch, "returns"));
  await writeFile(join(scratch, "returns", "Lewisham.csv"), "Question,Answer\nUASC looked after,120\n");
  await writeFile(join(scratch, "returns", "Croydon crash.csv"), "Question,Answer\nUASC looked after,400\n");
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("runIngest", () => {
  it("turns a crash on one file into a file_unparsed error for that file and carries on", async () => {
    const progress: string[] = [];
    const { result, summary, exitCode } = await runIngest({
      folder: join(scratch, "returns"),
      out: join(scratch, "out"),
      strict: false,
      onProgress: (_, __, file) => progress.push(file),
    });
    expect(exitCode).toBe(0);
    expect(progress.sort()).toEqual(["Croydon crash.csv", "Lewisham.csv"]);
    expect(result.files).toEqual([
      { file: "Croydon crash.csv", ingested: false, authority: null, reason: "foi-agg failed while reading this file" },
      expect.objectContaining({ file: "Lewisham.csv", ingested: true, authority: "E09000023" }),
    ]);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "file_unparsed",
        severity: "error",
        file: "Croydon crash.csv",
        message: expect.stringContaining("Cannot read properties of undefined"),
      }),
    );
    expect(summary).toMatchObject({ files: 2, ingested: 1, notIngested: 1, authorities: 217 });
    const quality = await readFile(join(scratch, "out", "quality.csv"), "utf8");
    expect(quality).toContain("Croydon crash.csv");
  });

  it("exits 1 under --strict because of that error", async () => {
    const { exitCode } = await runIngest({ folder: join(scratch, "returns"), out: join(scratch, "out"), strict: true });
    expect(exitCode).toBe(1);
  });

  it.each([
    ["a missing folder", { folder: "no-such-folder" }, /does not exist/],
    ["--out inside the folder", { out: "returns/out" }, /inside the input folder/],
    ["a missing overrides file", { overrides: "nope.csv" }, /overrides file nope\.csv/],
    ["a broken --request file", { request: "returns/Lewisham.csv" }, /--request returns\/Lewisham\.csv/],
  ])("throws a UsageError for %s", async (_, change, message) => {
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      const run = runIngest({ folder: "returns", out: "out-usage", strict: false, ...change });
      await expect(run).rejects.toThrow(message);
      await expect(run).rejects.toBeInstanceOf(UsageError);
    } finally {
      process.chdir(cwd);
    }
  });
});
