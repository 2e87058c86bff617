import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IngestResult } from "../../src/domain/returns.js";
import { renderCsvOutputs } from "../../src/write/renderCsvOutputs.js";
import { hashContents, OutputClashError, writeOutputsAtomically } from "../../src/write/writeOutputsAtomically.js";
import { allReturns, fakeReturn, knowledge, request } from "../aggregate/fakeReturns.js";

let parent: string;
let out: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), "foi-agg-write-"));
  out = join(parent, "out");
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function seedOldRun(): Promise<void> {
  await mkdir(join(out, "quality"), { recursive: true });
  await writeFile(join(out, "values.csv"), "old values\n");
  await writeFile(join(out, "quality", "gone.md"), "old page\n");
}

describe("writeOutputsAtomically", () => {
  it("creates the folder with every file, including nested ones", async () => {
    await writeOutputsAtomically(
      out,
      new Map([
        ["values.csv", "v\n"],
        ["quality/index.md", "# Index\n"],
      ]),
    );
    expect(await listTree(out)).toEqual(["quality/index.md", "values.csv"]);
    expect(await readFile(join(out, "quality/index.md"), "utf8")).toBe("# Index\n");
  });

  it("replaces a previous run entirely: files no longer produced disappear", async () => {
    await seedOldRun();
    await writeOutputsAtomically(out, new Map([["values.csv", "new values\n"]]));
    expect(await listTree(out)).toEqual(["values.csv"]);
    expect(await readFile(join(out, "values.csv"), "utf8")).toBe("new values\n");
    expect(await readdir(parent)).toEqual(["out"]);
  });

  it.each([
    // A file and a folder of the same name cannot both be written: fails after the first write.
    [
      "a write fails part-way",
      new Map([
        ["quality", "a file"],
        ["quality/index.md", "a page"],
        ["values.csv", "new"],
      ]),
    ],
    [
      "an output path climbs out of the folder",
      new Map([
        ["values.csv", "new"],
        ["../escaped.csv", "x"],
      ]),
    ],
    ["an output path is absolute", new Map([["/tmp/foi-agg-absolute.csv", "x"]])],
  ])("leaves the old folder untouched and no temporary folder behind when %s", async (_, files) => {
    await seedOldRun();
    await expect(writeOutputsAtomically(out, files)).rejects.toThrow();
    expect(await listTree(out)).toEqual(["quality/gone.md", "values.csv"]);
    expect(await readFile(join(out, "values.csv"), "utf8")).toBe("old values\n");
    expect(await readdir(parent)).toEqual(["out"]);
  });

  it("refuses to replace a file that is not a folder", async () => {
    await writeFile(out, "my notes");
    await expect(writeOutputsAtomically(out, new Map([["values.csv", "v"]]))).rejects.toThrow(/not a folder/);
    expect(await readFile(out, "utf8")).toBe("my notes");
    expect(await readdir(parent)).toEqual(["out"]);
  });

  it("writes no ANSI escapes, even when raw text from a return contains them", async () => {
    const returns = allReturns([
      fakeReturn("E09000023", {
        uasc_went_missing: { status: "suppressed", lower: 1, upper: 4, raw: "\u001b[31m<5\u001b[0m" },
      }),
    ]);
    const result: IngestResult = { requestId: request.id, returns, files: [], issues: [] };
    await writeOutputsAtomically(out, renderCsvOutputs(result, knowledge));
    for (const name of await listTree(out)) {
      expect(await readFile(join(out, name), "utf8"), name).not.toContain("\u001b");
    }
    expect(await readFile(join(out, "values.csv"), "utf8")).toContain("␛[31m<5␛[0m");
  });

  describe("the user's files", () => {
    const record = (files: Record<string, string>) =>
      new Map(Object.entries(files).map(([path, text]) => [path, hashContents(text)]));

    it.each([
      // what the folder holds, what foi-agg recorded writing last time, what it keeps, what the folder holds after
      [
        "a file foi-agg never wrote",
        { "values.csv": "old", "notes.md": "mine" },
        { "values.csv": "old" },
        ["notes.md"],
        { "notes.md": "mine", "values.csv": "new" },
      ],
      [
        "an old output the user changed, no longer produced",
        { "values.csv": "old", "quality/gone.md": "edited" },
        { "values.csv": "old", "quality/gone.md": "as written" },
        ["quality/gone.md"],
        { "quality/gone.md": "edited", "values.csv": "new" },
      ],
      [
        "an old output unchanged, no longer produced (dropped)",
        { "values.csv": "old", "quality/gone.md": "as written" },
        { "values.csv": "old", "quality/gone.md": "as written" },
        [],
        { "values.csv": "new" },
      ],
      [
        "letters in a folder of their own",
        { "values.csv": "old", "letters/E10000016-kent.txt": "Dear Kent" },
        { "values.csv": "old" },
        ["letters/E10000016-kent.txt"],
        { "letters/E10000016-kent.txt": "Dear Kent", "values.csv": "new" },
      ],
      [
        "no record (an older version's folder): its quality pages count as foi-agg's",
        { "values.csv": "old", "quality/gone.md": "page", "letters/a.txt": "Dear A" },
        null,
        ["letters/a.txt"],
        { "letters/a.txt": "Dear A", "values.csv": "new" },
      ],
    ] as const)("keeps %s", async (_, before, written, kept, after) => {
      for (const [path, text] of Object.entries(before)) {
        await mkdir(join(out, path, ".."), { recursive: true });
        await writeFile(join(out, path), text);
      }
      const outcome = await writeOutputsAtomically(out, new Map([["values.csv", "new"]]), {
        writtenBefore: written === null ? null : record(written),
      });
      expect(outcome.kept).toEqual(kept);
      const tree = await listTree(out);
      expect(
        Object.fromEntries(await Promise.all(tree.map(async (f) => [f, await readFile(join(out, f), "utf8")]))),
      ).toEqual(after);
      expect(await readdir(parent)).toEqual(["out"]);
    });

    it("never overwrites an output the user changed: nothing is written and the clash is named", async () => {
      await mkdir(out);
      await writeFile(join(out, "values.csv"), "my edits");
      await writeFile(join(out, "quality.csv"), "as written");
      const error = await writeOutputsAtomically(
        out,
        new Map([
          ["values.csv", "new"],
          ["quality.csv", "new"],
        ]),
        { writtenBefore: record({ "values.csv": "as written", "quality.csv": "as written" }) },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutputClashError);
      expect((error as OutputClashError).clashes).toEqual(["values.csv"]);
      expect(await readFile(join(out, "values.csv"), "utf8")).toBe("my edits");
      expect(await readFile(join(out, "quality.csv"), "utf8")).toBe("as written");
      expect(await readdir(parent)).toEqual(["out"]);
    });

    it("always counts its own record file as its own", async () => {
      await mkdir(out);
      await writeFile(join(out, "run.json"), "{}");
      const outcome = await writeOutputsAtomically(out, new Map([["run.json", '{"new":1}']]), {
        writtenBefore: new Map(),
        recordFile: "run.json",
      });
      expect(outcome.kept).toEqual([]);
      expect(await readFile(join(out, "run.json"), "utf8")).toBe('{"new":1}');
    });
  });
});
