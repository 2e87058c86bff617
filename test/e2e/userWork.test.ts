import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFollowups } from "../../src/cli/commands/followups.js";
import { captureIo, UsageError } from "../../src/cli/io.js";
import { SETTINGS_FILE } from "../../src/domain/settings.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { runCli } from "../support/cli.js";
import { writeSettingsFile } from "../support/letterContext.js";

/**
 * The researcher's round: ingest, write letters, edit one, keep notes beside
 * them and in the returns folder, then run everything again. Nothing of
 * theirs may be lost or overwritten, and a notes file is never a return.
 */
let root: string;
let returns: string;
let out: string;
let letters: string;
type Row = Record<string, string>;
const readCsv = async (path: string) => parse(await readFile(path, "utf8"), { columns: true }) as Row[];
const NOTES = "notes to self: chase Kent\nKent said 12 on the phone\n";
const KENT_LETTER = "E10000016-kent.txt";

async function ingest(extra: { exclude?: string[] } = {}) {
  return runIngest({ folder: returns, out, strict: false, jobs: 1, ...extra });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "foi-agg-user-work-"));
  returns = join(root, "returns");
  out = join(root, "out");
  letters = `${out}-letters`;
  writeSettingsFile(root);
  await mkdir(join(returns, "drafts"), { recursive: true });
  await writeFile(join(returns, "Kent.csv"), "Question,Answer\nUASC looked after,fewer than 5\n");
  await writeFile(join(returns, "Lewisham.csv"), "Question,Answer\nUASC looked after,120\n");
  await writeFile(join(returns, "notes to self - Kent.txt"), NOTES);
  await writeFile(join(returns, "drafts", "Surrey draft.csv"), "Question,Answer\nUASC looked after,99\n");
  await writeFile(join(returns, ".foi-aggignore"), "# not returns\nnotes*.txt\n");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("files in the returns folder that are not returns", () => {
  it("are left out by .foi-aggignore and --exclude, each listed with the rule that left it out", async () => {
    const { summary, result } = await ingest({ exclude: ["drafts/"] });
    expect(summary.ignored).toEqual([
      { file: "drafts/Surrey draft.csv", rule: "--exclude: drafts/" },
      { file: "notes to self - Kent.txt", rule: ".foi-aggignore line 2: notes*.txt" },
    ]);
    const kent = result.returns.find((r) => r.authority.name === "Kent");
    expect(kent?.files).toEqual(["Kent.csv"]);
    expect(result.returns.find((r) => r.authority.name === "Surrey")?.files).toEqual([]);
    const quality = await readCsv(join(out, "quality.csv"));
    expect(quality.find((q) => q.file === "notes to self - Kent.txt")).toMatchObject({
      code: "file_ignored",
      severity: "info",
      message: expect.stringContaining(".foi-aggignore line 2: notes*.txt"),
    });
    expect(quality.find((q) => q.file === ".foi-aggignore")).toMatchObject({ code: "file_ignore_rules" });
    const report = JSON.parse(await readFile(join(out, "quality.json"), "utf8")) as {
      unassignedFiles: { file: string; reason: string }[];
    };
    expect(report.unassignedFiles).toContainEqual(
      expect.objectContaining({ file: "drafts/Surrey draft.csv", reason: "ignored (--exclude: drafts/)" }),
    );
    const run = JSON.parse(await readFile(join(out, "run.json"), "utf8")) as { ignored: unknown[] };
    expect(run.ignored).toHaveLength(2);
  });

  it("is read as a return when no rule leaves it out (which is why the ignore file exists)", async () => {
    await rm(join(returns, ".foi-aggignore"));
    try {
      const { result } = await ingest({ exclude: ["drafts/"] });
      expect(result.files.find((f) => f.file === "notes to self - Kent.txt")).toMatchObject({ ingested: true });
    } finally {
      await writeFile(join(returns, ".foi-aggignore"), "# not returns\nnotes*.txt\n");
    }
  });

  it("rejects an --exclude that is only a comment", async () => {
    await expect(ingest({ exclude: ["# nothing"] })).rejects.toThrow(UsageError);
  });
});

describe("re-running ingest and followups loses nothing", () => {
  let edited: string;
  beforeAll(async () => {
    await ingest();
    expect(await runFollowups(out, {}, captureIo(), root)).toBe(0);
    const original = await readFile(join(letters, KENT_LETTER), "utf8");
    edited = original.replace("Dear", "Dear Ms Smith,\n\nFurther to our call,");
    expect(edited).not.toBe(original);
    await writeFile(join(letters, KENT_LETTER), edited);
    await writeFile(join(letters, "interview notes.txt"), "Kent: 12, to confirm in writing\n");
    // Files of the user's inside the output folder too, including letters where an older version put them.
    await writeFile(join(out, "my analysis.md"), "# Notes on the totals\n");
    await mkdir(join(out, "letters"));
    await writeFile(join(out, "letters", "E10000016-kent.txt"), "an edited letter from an older version\n");
  });

  it("keeps the user's files in the output folder through a re-run, and says so", async () => {
    const { summary } = await ingest();
    expect(summary.kept).toEqual(["letters/E10000016-kent.txt", "my analysis.md"]);
    expect(await readFile(join(out, "my analysis.md"), "utf8")).toBe("# Notes on the totals\n");
    expect(await readFile(join(out, "letters", "E10000016-kent.txt"), "utf8")).toBe(
      "an edited letter from an older version\n",
    );
    expect(await readdir(out)).toContain("values.csv");
  });

  it("keeps the edited letter and the notes through a re-run of followups", async () => {
    const io = captureIo();
    expect(await runFollowups(out, {}, io, root)).toBe(0);
    expect(await readFile(join(letters, KENT_LETTER), "utf8")).toBe(edited);
    expect(await readFile(join(letters, "interview notes.txt"), "utf8")).toBe("Kent: 12, to confirm in writing\n");
    expect(await readdir(letters)).toContain("E10000016-kent.new.txt");
    expect(io.out.join("")).toContain(`Kept ${KENT_LETTER}: you changed it`);
  });

  it("refuses to overwrite an output the user changed, and changes nothing", async () => {
    await writeFile(join(out, "values.csv"), "my own edits\n");
    const before = (await readdir(out)).sort();
    await expect(ingest()).rejects.toThrow(/values\.csv was changed after foi-agg wrote it/);
    expect(await readFile(join(out, "values.csv"), "utf8")).toBe("my own edits\n");
    expect((await readdir(out)).sort()).toEqual(before);
    expect((await readdir(root)).filter((f) => f.startsWith("."))).toEqual([]);
    await rm(join(out, "values.csv"));
  });
});

describe("the command line", () => {
  it("takes --exclude more than once and lists what it left out", () => {
    const r = runCli([
      "ingest",
      returns,
      "--out",
      join(root, "cli-out"),
      "--exclude",
      "drafts/",
      "--exclude",
      "Lewisham.csv",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Ignored 3 files (not returns):\n");
    expect(r.stdout).toContain("  Lewisham.csv (--exclude: Lewisham.csv)\n");
    expect(r.stdout).toContain("  notes to self - Kent.txt (.foi-aggignore line 2: notes*.txt)\n");
  });

  it("writes letters beside the output folder by default", () => {
    const r = runCli(["followups", join(root, "cli-out"), "--settings", join(root, SETTINGS_FILE)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`to ${join(root, "cli-out")}-letters`);
  });
});
