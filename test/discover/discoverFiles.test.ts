import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverFiles, OUTSIDE_LINK, showName } from "../../src/discover/discoverFiles.js";

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

  it("follows links that stay inside the folder but skips a link back to a containing folder", async () => {
    await put("real/Kent.csv", "k");
    await put("outside.txt", "o");
    await symlink(join(root, "outside.txt"), join(root, "real", "linked.txt"));
    await symlink(join(root, "real"), join(root, "alias"));
    await symlink(root, join(root, "real", "loop"));
    // From root, every link stays inside; "alias/loop" and "real/loop" lead back to root, a folder they are inside.
    const again = await discoverFiles(root);
    expect(again.map((f) => [f.file, f.unreadable])).toEqual([
      ["alias/Kent.csv", undefined],
      ["alias/linked.txt", undefined],
      ["outside.txt", undefined],
      ["real/Kent.csv", undefined],
      ["real/linked.txt", undefined],
    ]);
  });

  it.each([
    ["a file", "outside.txt"],
    ["a folder", "elsewhere"],
    ["the folder's parent", "."],
  ])("lists a link to %s outside the input folder, unread", async (_name, target) => {
    await put("returns/Kent.csv", "k");
    await put("outside.txt", "secret");
    await put("elsewhere/Surrey.csv", "secret");
    await symlink(join(root, target), join(root, "returns", "link"));
    const files = await discoverFiles(join(root, "returns"));
    expect(files).toEqual([
      { file: "Kent.csv", absPath: join(root, "returns", "Kent.csv"), size: 1 },
      { file: "link", absPath: join(root, "returns", "link"), size: 0, unreadable: OUTSIDE_LINK },
    ]);
  });

  it("lists a file whose name is not UTF-8 with its bytes escaped, and a path that reads it", async () => {
    await put("Kent.csv", "k");
    const name = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" Surrey.csv")]);
    writeFileSync(Buffer.concat([Buffer.from(`${root}/`), name]), "surrey");
    const files = await discoverFiles(root);
    expect(files.map((f) => [f.file, f.size, f.nameNotUtf8])).toEqual([
      ["Caf\\xE9 Surrey.csv", 6, true],
      ["Kent.csv", 1, undefined],
    ]);
    const odd = files[0];
    if (!odd) throw new Error("no file");
    expect(readFileSync(odd.absPath, "utf8")).toBe("surrey");
  });

  it.each([
    ["plain ASCII", [0x4b, 0x65, 0x6e, 0x74], "Kent", false],
    ["UTF-8 accents", [...Buffer.from("Ynys Môn")], "Ynys Môn", false],
    ["a Latin-1 byte", [0x4d, 0xf4, 0x6e], "M\\xF4n", true],
    ["a cut UTF-8 sequence", [0x41, 0xe2, 0x82], "A\\xE2\\x82", true],
    ["an overlong slash", [0xc0, 0xaf], "\\xC0\\xAF", true],
  ])("shows a name of %s", (_name, bytes, text, odd) => {
    expect(showName(new Uint8Array(bytes))).toEqual({ text, odd });
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
