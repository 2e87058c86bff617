import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runFollowups } from "../../src/cli/commands/followups.js";
import { captureIo, UsageError } from "../../src/cli/io.js";
import { LETTERS_RECORD } from "../../src/followups/writeLetters.js";
import { renderQualityReport } from "../../src/report/renderQualityReport.js";
import { knowledge } from "../report/build-returns.js";
import { fixtureIngest } from "../report/fixture-ingest.js";
import { writeSettingsFile } from "../support/letterContext.js";

let root: string;
let outDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "foi-agg-followups-"));
  outDir = join(root, "out");
  await mkdir(outDir);
  writeSettingsFile(root);
  await writeFile(
    join(outDir, "quality.json"),
    renderQualityReport(fixtureIngest(), knowledge).get("quality.json") ?? "",
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const EXPECTED_LETTERS = [
  "E09000012-hackney.txt",
  "E09000023-lewisham.txt",
  "E10000008-devon.txt",
  "E10000016-kent.txt",
  "S12000046-glasgow-city.txt",
  "W06000001-isle-of-anglesey.txt",
];

describe("runFollowups", () => {
  it("refuses to write letters without the round's settings, naming the file to create and showing its shape", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "foi-agg-no-settings-"));
    try {
      const error = await runFollowups(outDir, {}, captureIo(), elsewhere).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain(join(elsewhere, "foi-agg.settings.json"));
      expect((error as Error).message).toContain('"requestSent"');
      expect(await readdir(root)).not.toContain("out-letters");
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it.each([
    ["no sender name", { sender: { email: "a@example.org" }, requestSent: "2015-10-05" }, /sender\.name/],
    ["no way to reply", { sender: { name: "A" }, requestSent: "2015-10-05" }, /give an email or an address/],
    [
      "a date that is not real",
      { sender: { name: "A", email: "a@example.org" }, requestSent: "2015-02-30" },
      /requestSent: not a real date/,
    ],
    ["an unknown key", { sender: { name: "A", email: "a@example.org" }, requestSent: "2015-10-05", sent: "x" }, /sent/],
  ])("is bad usage given settings with %s, naming the file", async (_name, json, message) => {
    const path = join(root, "bad.settings.json");
    await writeFile(path, JSON.stringify(json));
    const error = await runFollowups(outDir, { settings: path }, captureIo(), root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(message);
  });

  it("writes one letter per council needing one into <out>-letters, beside the output, and says so", async () => {
    const io = captureIo();
    expect(await runFollowups(outDir, {}, io, root)).toBe(0);
    const dir = `${outDir}-letters`;
    expect((await readdir(dir)).sort()).toEqual([LETTERS_RECORD, ...EXPECTED_LETTERS]);
    expect(await readdir(outDir)).toEqual(["quality.json"]);
    expect(io.out.join("")).toBe(`Wrote 6 letters to ${dir}\n`);
    expect(io.err).toEqual([]);
    const lewisham = await readFile(join(dir, "E09000023-lewisham.txt"), "utf8");
    expect(lewisham.replace(/\s+/g, " ")).toContain("(“fewer than 5”");
  });

  it("writes to --to, leaving every file it did not write as it was", async () => {
    const to = join(root, "letters-2016", "round-1");
    await mkdir(to, { recursive: true });
    await writeFile(join(to, "interview notes.txt"), "notes from the call with Kent");
    await writeFile(join(to, "budget.xlsx"), "precious");
    const io = captureIo();
    expect(await runFollowups(outDir, { to }, io, root)).toBe(0);
    expect((await readdir(to)).sort()).toEqual(
      [LETTERS_RECORD, ...EXPECTED_LETTERS, "budget.xlsx", "interview notes.txt"].sort(),
    );
    expect(await readFile(join(to, "interview notes.txt"), "utf8")).toBe("notes from the call with Kent");
    expect(await readFile(join(to, "budget.xlsx"), "utf8")).toBe("precious");
    expect(io.out.join("")).toBe(`Wrote 6 letters to ${to}\n`);
    // No temporary file or folder is left behind.
    expect(await readdir(join(root, "letters-2016"))).toEqual(["round-1"]);
    expect((await readdir(to)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("never overwrites a letter the user edited: the new one goes beside it, and it says so", async () => {
    const dir = `${outDir}-letters`;
    await runFollowups(outDir, {}, captureIo(), root);
    const kent = join(dir, "E10000016-kent.txt");
    const original = await readFile(kent, "utf8");
    const edited = `${original}\nP.S. Thank you for the call on Tuesday.\n`;
    await writeFile(kent, edited);

    const io = captureIo();
    expect(await runFollowups(outDir, {}, io, root)).toBe(0);
    expect(await readFile(kent, "utf8")).toBe(edited);
    expect(await readFile(join(dir, "E10000016-kent.new.txt"), "utf8")).toBe(original);
    expect(io.out.join("")).toContain(
      "Kept E10000016-kent.txt: you changed it, so the new letter is beside it as E10000016-kent.new.txt",
    );

    // A third run replaces its own unchanged .new.txt, and still keeps the edit.
    expect(await runFollowups(outDir, {}, captureIo(), root)).toBe(0);
    expect(await readFile(kent, "utf8")).toBe(edited);
    expect((await readdir(dir)).filter((f) => f.startsWith("E10000016-"))).toEqual([
      "E10000016-kent.new.txt",
      "E10000016-kent.txt",
    ]);
  });

  it("replaces its own unchanged letters, and removes those no longer needed unless edited", async () => {
    const dir = `${outDir}-letters`;
    await runFollowups(outDir, {}, captureIo(), root);
    // Pretend an earlier run also wrote letters to Surrey (unchanged since) and Essex (edited since).
    const record = JSON.parse(await readFile(join(dir, LETTERS_RECORD), "utf8")) as { letters: Record<string, string> };
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    await writeFile(join(dir, "E10000030-surrey.txt"), "old letter to Surrey\n");
    await writeFile(join(dir, "E10000012-essex.txt"), "old letter to Essex, edited\n");
    record.letters["E10000030-surrey.txt"] = sha("old letter to Surrey\n");
    record.letters["E10000012-essex.txt"] = sha("old letter to Essex\n");
    await writeFile(join(dir, LETTERS_RECORD), JSON.stringify(record));

    const io = captureIo();
    expect(await runFollowups(outDir, {}, io, root)).toBe(0);
    const files = await readdir(dir);
    expect(files).not.toContain("E10000030-surrey.txt");
    expect(await readFile(join(dir, "E10000012-essex.txt"), "utf8")).toBe("old letter to Essex, edited\n");
    expect(files.filter((f) => f.endsWith(".new.txt"))).toEqual([]);
    expect(io.out.join("")).toContain("no longer needed: E10000030-surrey.txt");
  });

  it.each([
    ["a climbing code", "../../escaped", "escaped-kent.txt"],
    ["an absolute code", "/tmp/escaped", "tmp-escaped-kent.txt"],
    ["a backslash code", "..\\..\\escaped", "escaped-kent.txt"],
    ["a code of dots", "..", "kent.txt"],
  ])("never lets a tampered authority code in quality.json choose a path (%s)", async (_name, code, expected) => {
    const path = join(outDir, "quality.json");
    const report = JSON.parse(await readFile(path, "utf8")) as { authorities: { code: string; name: string }[] };
    const kent = report.authorities.find((a) => a.name === "Kent");
    if (!kent) throw new Error("no Kent in the fixture report");
    kent.code = code;
    await writeFile(path, JSON.stringify(report));
    const to = join(root, "deep", "letters");
    expect(await runFollowups(outDir, { to }, captureIo(), root)).toBe(0);
    expect(await readdir(to)).toContain(expected);
    // Nothing was written beside or above the letters folder.
    expect(await readdir(join(root, "deep"))).toEqual(["letters"]);
    expect((await readdir(root)).sort()).toEqual(["deep", "foi-agg.settings.json", "out"]);
  });

  it("never removes a file outside its folder that a tampered letters record names", async () => {
    const dir = `${outDir}-letters`;
    await runFollowups(outDir, {}, captureIo(), root);
    const victim = join(root, "victim.txt");
    await writeFile(victim, "the user's file\n");
    const record = JSON.parse(await readFile(join(dir, LETTERS_RECORD), "utf8")) as { letters: Record<string, string> };
    record.letters["../victim.txt"] = createHash("sha256").update("the user's file\n").digest("hex");
    await writeFile(join(dir, LETTERS_RECORD), JSON.stringify(record));
    expect(await runFollowups(outDir, {}, captureIo(), root)).toBe(0);
    expect(await readFile(victim, "utf8")).toBe("the user's file\n");
  });

  it("treats every letter as the user's when the record is missing or broken", async () => {
    const dir = `${outDir}-letters`;
    await runFollowups(outDir, {}, captureIo(), root);
    await writeFile(join(dir, LETTERS_RECORD), "{ not json");
    await runFollowups(outDir, {}, captureIo(), root);
    expect((await readdir(dir)).filter((f) => f.endsWith(".new.txt")).sort()).toEqual(
      EXPECTED_LETTERS.map((f) => f.replace(/\.txt$/, ".new.txt")),
    );
  });

  it("refuses a --to that is a file", async () => {
    const to = join(root, "budget.xlsx");
    await writeFile(to, "precious");
    await expect(runFollowups(outDir, { to }, captureIo(), root)).rejects.toThrow(UsageError);
    expect(await readFile(to, "utf8")).toBe("precious");
  });

  it("uses an edited template given with --template", async () => {
    const template = join(root, "letter.txt");
    await writeFile(
      template,
      "To {{authority_name}} ({{authority_code}}):\n\n{{points}}\n\nRegards,\nThe Research Team\n",
    );
    expect(await runFollowups(outDir, { template }, captureIo(), root)).toBe(0);
    const devon = await readFile(join(`${outDir}-letters`, "E10000008-devon.txt"), "utf8");
    expect(devon).toMatch(/^To Devon \(E10000008\):\n\n1\. /);
    expect(devon).toMatch(/\n\nRegards,\nThe Research Team\n$/);
  });

  it.each([
    [
      "no quality.json",
      async () => rm(join(outDir, "quality.json")),
      /quality\.json not found: run "foi-agg ingest/,
      false,
    ],
    [
      "quality.json that is not JSON",
      async () => writeFile(join(outDir, "quality.json"), "{ nope"),
      /is not valid JSON/,
      false,
    ],
    [
      "quality.json of another shape",
      async () => writeFile(join(outDir, "quality.json"), JSON.stringify({ authorities: [] })),
      /is not a foi-agg quality report \(request: /,
      false,
    ],
    [
      "a template without {{points}}",
      async () => writeFile(join(root, "bad-template.txt"), "Dear {{authority_name}}"),
      /bad-template\.txt: the template has no \{\{points\}\} placeholder/,
      true,
    ],
  ])("is bad usage (exit 2) given %s, and writes nothing", async (_name, arrange, message, customTemplate) => {
    await arrange();
    const options = customTemplate ? { template: join(root, "bad-template.txt") } : {};
    const error = await runFollowups(outDir, options, captureIo(), root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect(await readdir(root)).not.toContain("out-letters");
  });
});
