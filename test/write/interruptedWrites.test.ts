import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/io.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { lockOutputFolder, OutputLockedError } from "../../src/write/lockOutputFolder.js";
import { repairOutputFolder, writeOutputsAtomically } from "../../src/write/writeOutputsAtomically.js";

/**
 * A run killed part-way through writing its outputs, and two runs writing
 * to one --out at once. The states a kill leaves are built by hand: the
 * names are writeOutputsAtomically's own, so each state is one a kill
 * between two of its steps leaves behind.
 */
let root: string;
let out: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "foi-agg-interrupted-"));
  out = join(root, "out");
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function folder(path: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(path, name, ".."), { recursive: true });
    await writeFile(join(path, name), text);
  }
}

async function tree(path: string): Promise<Record<string, string>> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(e.parentPath, e.name);
    files[full.slice(path.length + 1)] = await readFile(full, "utf8");
  }
  return files;
}

const OLD = { "values.csv": "old run\n" };
const NEW = { "values.csv": "new run\n", "quality/index.md": "# new\n" };

describe("repairOutputFolder", () => {
  it.each([
    {
      state: "killed between the two renames (old aside, new complete)",
      build: async () => {
        await folder(join(root, ".out.old-1a2b3c4d"), OLD);
        await folder(join(root, ".out.ready-Ab12Cd"), { ...NEW, "notes.txt": "the user's\n" });
        await writeFile(join(root, ".out.ready-Ab12Cd.moving"), '["notes.txt"]\n');
      },
      action: "restored",
      expected: { ...NEW, "notes.txt": "the user's\n" },
    },
    {
      state: "killed after the old folder went aside, before the new was complete",
      build: async () => {
        await folder(join(root, ".out.old-1a2b3c4d"), OLD);
        await folder(join(root, ".out.tmp-Ab12Cd"), { "values.csv": "half" });
      },
      action: "restored",
      expected: OLD,
    },
    {
      state: "killed while moving the user's files into the new folder",
      build: async () => {
        await folder(out, { ...OLD, "b.txt": "the user's b\n" });
        await folder(join(root, ".out.ready-Ab12Cd"), { ...NEW, "a.txt": "the user's a\n" });
        await writeFile(join(root, ".out.ready-Ab12Cd.moving"), '["a.txt","b.txt"]\n');
      },
      action: "tidied",
      expected: { ...OLD, "a.txt": "the user's a\n", "b.txt": "the user's b\n" },
    },
    {
      state: "killed after the swap, before the old folder was removed",
      build: async () => {
        await folder(out, NEW);
        await folder(join(root, ".out.old-1a2b3c4d"), OLD);
      },
      action: "tidied",
      expected: NEW,
    },
    {
      state: "killed while writing, with no earlier outputs",
      build: async () => {
        await folder(join(root, ".out.tmp-Ab12Cd"), { "values.csv": "half" });
      },
      action: "tidied",
      expected: null,
    },
  ])("leaves a whole folder when $state", async ({ build, action, expected }) => {
    await build();
    await writeFile(join(root, ".outside.old-1a2b3c4d"), "another folder's leftover, not ours");
    const repaired = await repairOutputFolder(out);
    expect(repaired.action).toBe(action);
    if (expected === null) expect(existsSync(out)).toBe(false);
    else expect(await tree(out)).toEqual(expected);
    expect((await readdir(root)).sort()).toEqual(
      [...(expected === null ? [] : ["out"]), ".outside.old-1a2b3c4d"].sort(),
    );
  });

  it("does nothing to a folder written whole", async () => {
    await writeOutputsAtomically(out, new Map(Object.entries(OLD)));
    await writeOutputsAtomically(out, new Map(Object.entries(NEW)), { writtenBefore: null });
    expect(await repairOutputFolder(out)).toEqual({ action: "none", leftovers: [] });
    expect(await readdir(root)).toEqual(["out"]);
  });
});

describe("lockOutputFolder", () => {
  it("refuses a second lock while the first is held, and allows one after release", async () => {
    const first = await lockOutputFolder(out);
    await expect(lockOutputFolder(out)).rejects.toThrow(OutputLockedError);
    await expect(lockOutputFolder(out)).rejects.toMatchObject({ pid: process.pid });
    first.release();
    const second = await lockOutputFolder(out);
    expect(second.staleFrom).toBeUndefined();
    second.release();
    expect(await readdir(root)).toEqual([]);
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    const pid = Number(gone.stdout);
    await writeFile(join(root, ".out.lock"), JSON.stringify({ pid, host: hostname() }));
    const lock = await lockOutputFolder(out);
    expect(lock.staleFrom).toBe(pid);
    lock.release();
  });

  it.each([
    ["another machine", () => JSON.stringify({ pid: 1, host: `${hostname()}-elsewhere` })],
    ["a file it cannot read", () => "not a lock"],
  ])("refuses a lock held from %s, rather than guess", async (_name, text) => {
    await writeFile(join(root, ".out.lock"), text());
    await expect(lockOutputFolder(out)).rejects.toThrow(OutputLockedError);
  });
});

describe("two ingests into one --out at once", () => {
  it("runs one and refuses the other with a clear message, never an internal error", async () => {
    const returns = join(root, "returns");
    await folder(returns, {
      "Kent.csv": "Kent County Council\nNumber of unaccompanied asylum seeking children looked after,120\n",
    });
    const run = () => runIngest({ folder: returns, out, strict: false, jobs: 1 });
    const outcomes = await Promise.allSettled([run(), run()]);
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(UsageError);
    expect(reason.message).toMatch(/another foi-agg run \(process \d+\) is writing to this folder/);
    expect(await readdir(root)).toEqual(["out", "returns"]);
    expect(await readdir(out)).toContain("values.csv");
  });
});
