import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/discover/discoverFiles.js";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "foi-agg-discover-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(rel: string, content: string): Promise<void> {
  await mkdir(join(root, rel, ".."), { recursive: true });
  await writeFile(join(root, rel), content);
}

describe("discoverFiles", () => {
  it("lists every file recursively, debris included, sorted by path in code-unit order", async () => {
    await put("Surrey.csv", "a,b\n");
    await put("b/Kent.xlsx", "xx");
    await put("a/Zeta.txt", "z");
    await put("a/alpha.txt", "");
    await put(".DS_Store", "junk");
    await put("~$Surrey.xlsx", "lock");
    await put("B.csv", "1");
    const files = await discoverFiles(root);
    expect(files.map((f) => [f.file, f.size])).toEqual([
      [".DS_Store", 4],
      ["B.csv", 1],
      ["Surrey.csv", 4],
      ["a/Zeta.txt", 1],
      ["a/alpha.txt", 0],
      ["b/Kent.xlsx", 2],
      ["~$Surrey.xlsx", 4],
    ]);
    expect(files.find((f) => f.file === "b/Kent.xlsx")?.absPath).toBe(join(root, "b", "Kent.xlsx"));
    expect(files.every((f) => f.unreadable === undefined)).toBe(true);
  });

  it("follows links to files and folders but skips a link back to a containing folder", async () => {
    await put("real/Kent.csv", "k");
    await put("outside.txt", "o");
    await symlink(join(root, "outside.txt"), join(root, "real", "linked.txt"));
    await symlink(join(root, "real"), join(root, "alias"));
    await symlink(root, join(root, "real", "loop"));
    // From real/, "loop" leads to the parent, which is not a folder the walk is
    // inside, so it is followed; inside it, "real" and "alias" lead back to
    // real/ and are skipped.
    const files = await discoverFiles(join(root, "real"));
    expect(files.map((f) => f.file)).toEqual(["Kent.csv", "linked.txt", "loop/outside.txt"]);
    const again = await discoverFiles(root);
    expect(again.map((f) => f.file)).toEqual([
      "alias/Kent.csv",
      "alias/linked.txt",
      "outside.txt",
      "real/Kent.csv",
      "real/linked.txt",
    ]);
  });

  it("lists a broken link as unreadable rather than dropping it", async () => {
    await put("Kent.csv", "k");
    await symlink(join(root, "gone.csv"), join(root, "Surrey.csv"));
    const files = await discoverFiles(root);
    expect(files).toEqual([
      { file: "Kent.csv", absPath: join(root, "Kent.csv"), size: 1 },
      {
        file: "Surrey.csv",
        absPath: join(root, "Surrey.csv"),
        size: 0,
        unreadable: "a link to a file or folder that does not exist",
      },
    ]);
  });

  it("lists a pipe as unreadable, so nobody blocks reading it", async () => {
    await put("Kent.csv", "k");
    execFileSync("mkfifo", [join(root, "pipe.csv")]);
    const files = await discoverFiles(root);
    expect(files).toEqual([
      { file: "Kent.csv", absPath: join(root, "Kent.csv"), size: 1 },
      {
        file: "pipe.csv",
        absPath: join(root, "pipe.csv"),
        size: 0,
        unreadable: "not a regular file (a device, pipe or socket)",
      },
    ]);
  });

  it("rejects a folder that does not exist", async () => {
    await expect(discoverFiles(join(root, "nope"))).rejects.toThrow(/ENOENT/);
  });
});
