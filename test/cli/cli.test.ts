import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseColor } from "../../src/cli/main.js";

/**
 * End-to-end: run the real `node bin/foi-agg.js` (built dist/) on a tiny
 * folder of returns made here, and check exit codes, console output and
 * the files written.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "foi-agg.js");
const OUTPUTS = [
  "authorities.csv",
  "foi-agg.xlsx",
  "nationalities.csv",
  "quality.csv",
  "quality.json",
  "quality/index.md",
  "report.html",
  "summary-national.csv",
  "summary-regional.csv",
  "values.csv",
];

let scratch: string;
let returns: string;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Every file's path, size, mtime and SHA-256: the folder's state, byte for byte. */
async function fingerprint(dir: string): Promise<string[]> {
  return Promise.all(
    (await listTree(dir)).map(async (name) => {
      const path = join(dir, name);
      const info = await stat(path);
      const hash = createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
      return `${name} ${info.size} ${info.mtimeMs} ${hash}`;
    }),
  );
}

const csv = (path: string) =>
  readFile(path, "utf8").then((t) => parse(t, { columns: true }) as Record<string, string>[]);

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-cli-"));
  returns = join(scratch, "returns");
  await mkdir(join(returns, "late"), { recursive: true });
  await writeFile(
    join(returns, "Lewisham Council FOI response.csv"),
    [
      "London Borough of Lewisham - Freedom of Information response",
      "Period: 1 October 2014 to 30 September 2015",
      "",
      "Question,Answer",
      "Number of looked after children identified or suspected as trafficked,4",
      "Number of those trafficked children who went missing,2",
      "Number of missing episodes of trafficked children,3",
      "Number of trafficked children who went missing and have not been found,0",
      "Number of unaccompanied asylum seeking children looked after,120",
      "Number of unaccompanied asylum seeking children who went missing,fewer than 5",
      "Number of missing episodes of unaccompanied asylum seeking children,9",
      "Number of unaccompanied asylum seeking children who went missing and have not been found,1",
      "",
    ].join("\r\n"),
  );
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("FOI 2015");
  sheet.addRows([
    ["Devon County Council"],
    ["Period: 1 October 2014 to 30 September 2015"],
    [],
    ["", "Trafficked", "UASC"],
    ["Looked after", 2, 31],
    ["Went missing", 1, 6],
    ["Missing episodes", 1, 14],
    ["Not found", 0, 0],
  ]);
  await writeFile(join(returns, "late", "Devon.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
  // A zip header and then nonsense: what a truncated e-mail attachment looks like.
  await writeFile(join(returns, "Surrey response.xlsx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
  await writeFile(join(returns, "Barnet.pdf"), "%PDF-1.4 not really");
  await writeFile(join(returns, ".DS_Store"), new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]));
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("foi-agg: usage", () => {
  it.each([
    ["no command", []],
    ["ingest without a folder", ["ingest"]],
    ["an unknown command", ["frobnicate"]],
    ["an unknown option", ["ingest", "returns", "--colour"]],
    ["--jobs 0", ["ingest", "returns", "--jobs", "0"]],
    ["--jobs not a number", ["ingest", "returns", "--jobs", "two"]],
    ["--file-timeout below 0", ["ingest", "returns", "--file-timeout", "-1"]],
    ["--file-timeout not a number", ["ingest", "returns", "--file-timeout", "soon"]],
    ["check without --expected", ["check", "out"]],
  ])("%s exits 2 with a message on stderr", (_, args) => {
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr.length).toBeGreaterThan(0);
  });

  it("exits 2 for a missing input folder, naming it", () => {
    const { code, stderr } = run(["ingest", "no-such-folder", "--out", "out-missing"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no-such-folder does not exist");
    expect(stderr).not.toContain("    at ");
    expect(existsSync(join(scratch, "out-missing"))).toBe(false);
  });

  it.each([["--help"], ["--version"]])("%s exits 0", (flag) => {
    const { code, stdout } = run([flag]);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
  });

  it.each([[[]], [["ingest"]], [["check"]], [["followups"]]])(
    "help for %j shows examples and the exit codes, as gh does",
    (command) => {
      const { code, stdout } = run([...command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain("Examples:\n  $ foi-agg ");
      expect(stdout).toContain("Exit codes:\n  0  ");
      expect(stdout).toContain("\n  2  bad usage");
    },
  );
});

describe("colour", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ NO_COLOR: "1", FORCE_COLOR: "1" }, false, false],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "" }, false, false],
    [{ TERM: "dumb" }, true, false],
    [{ TERM: "dumb", FORCE_COLOR: "1" }, false, true],
  ])("env %j on a terminal=%s: colour %s", (env, tty, expected) => {
    expect(chooseColor(env, tty)).toBe(expected);
  });
});

describe("foi-agg ingest", () => {
  let first: ReturnType<typeof run>;
  let before: string[];
  beforeAll(async () => {
    before = await fingerprint(returns);
    first = run(["ingest", "returns", "--out", "out"]);
  }, 60_000);

  it("with --json, prints the run summary as JSON and nothing else on stdout", () => {
    const r = run(["ingest", "returns", "--out", "out-json", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ authorities: 217, exitCode: 0 });
    expect(Array.isArray(json.councilsWithErrors)).toBe(true);
    expect(Array.isArray(json.filesNotRead)).toBe(true);
  });

  it("with -q, prints nothing at all when nothing goes wrong", () => {
    const r = run(["ingest", "returns", "--out", "out-quiet", "-q"]);
    expect(r.code).toBe(0);
    expect([r.stdout, r.stderr]).toEqual(["", ""]);
  });

  it("off a terminal, shows no progress unless --verbose, and then on stderr", () => {
    expect(first.stdout).not.toMatch(/^read /m);
    const r = run(["ingest", "returns", "--out", "out-verbose", "--verbose"]);
    expect(r.stderr).toMatch(/^read 1\/\d+ /m);
    expect(r.stdout).not.toMatch(/^read /m);
  });

  it("exits 0 whatever the data quality", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
  });

  it("writes every output file, and a page for the council that sent a return", async () => {
    const written = await listTree(join(scratch, "out"));
    for (const name of OUTPUTS) expect(written).toContain(name);
    expect(written.some((n) => /^quality\/E09000023-.+\.md$/.test(n))).toBe(true);
  });

  it("leaves the input folder byte-for-byte unchanged", async () => {
    expect(await fingerprint(returns)).toEqual(before);
  });

  it("writes one values.csv row per reference authority × measure, with provenance", async () => {
    const values = await csv(join(scratch, "out", "values.csv"));
    expect(values).toHaveLength(217 * 11);
    expect(values.find((v) => v.authority_code === "E09000023" && v.measure === "uasc_looked_after")).toMatchObject({
      status: "reported",
      value: "120",
      raw: "120",
      source: expect.stringMatching(/^Lewisham Council FOI response\.csv:\d+:\d+$/),
    });
    expect(values.find((v) => v.authority_code === "E09000023" && v.measure === "uasc_went_missing")).toMatchObject({
      status: "suppressed",
      value: "",
      raw: "fewer than 5",
    });
  });

  it("accounts for every file that was not ingested in quality.csv", async () => {
    const quality = await csv(join(scratch, "out", "quality.csv"));
    for (const file of ["Surrey response.xlsx", "Barnet.pdf", ".DS_Store"]) {
      expect(quality.some((q) => q.file === file)).toBe(true);
    }
    expect(quality.find((q) => q.file === "Surrey response.xlsx")).toMatchObject({ severity: "error" });
  });

  it("prints a closing summary without colour when not on a terminal", () => {
    expect(first.stdout).toMatch(/Authorities with returns: \d+ of 217/);
    expect(first.stdout).toMatch(/Issues: \d+ errors?, \d+ warnings?, \d+ info/);
    // Off a terminal, no per-file progress (that needs --verbose, and goes to stderr).
    expect(first.stdout).not.toContain("read late/Devon.xlsx");
    expect(first.stdout).toContain("Files not read (2):\n  Barnet.pdf: ");
    expect(first.stdout).not.toContain("\u001b");
  });

  it("writes no ANSI escapes into any output file", async () => {
    for (const name of await listTree(join(scratch, "out"))) {
      const bytes = await readFile(join(scratch, "out", name));
      // The workbook is a zip, whose compressed bytes may hold 0x1b anywhere: look inside it.
      const texts = name.endsWith(".xlsx")
        ? await Promise.all(Object.values((await JSZip.loadAsync(bytes)).files).map((f) => f.async("string")))
        : [bytes.toString("utf8")];
      for (const text of texts) expect(text, name).not.toContain("\u001b");
    }
  });

  it("gives the same outputs with one thread, with a worker pool, and with every file in a worker under a time budget", async () => {
    const one = run(["ingest", "returns", "--out", "out-jobs1", "--jobs", "1"]);
    const two = run(["ingest", "returns", "--out", "out-jobs2", "--jobs", "2"]);
    const budget = run(["ingest", "returns", "--out", "out-budget", "--jobs", "1", "--file-timeout", "60"]);
    expect([one.code, two.code, budget.code]).toEqual([0, 0, 0]);
    const names = await listTree(join(scratch, "out-jobs1"));
    for (const other of ["out-jobs2", "out-budget"]) {
      expect(await listTree(join(scratch, other))).toEqual(names);
      // run.json records the time of the run; every other output is byte-identical.
      for (const name of names.filter((n) => n !== "run.json")) {
        expect(await readFile(join(scratch, other, name), "utf8"), `${other}/${name}`).toBe(
          await readFile(join(scratch, "out-jobs1", name), "utf8"),
        );
      }
    }
  });

  it("exits 1 with --strict when an error-level issue was found (the corrupt xlsx)", () => {
    const strict = run(["ingest", "returns", "--out", "out-strict", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("--strict");
    expect(existsSync(join(scratch, "out-strict", "values.csv"))).toBe(true);
  });

  it("replaces its own outputs of an earlier run, and keeps the user's files", async () => {
    // An output the earlier run wrote (recorded in its run.json) that this run no longer writes...
    const record = JSON.parse(await readFile(join(scratch, "out", "run.json"), "utf8")) as {
      outputs: Record<string, string>;
    };
    record.outputs["quality/stale.md"] = createHash("sha256").update("from an old run").digest("hex");
    await writeFile(join(scratch, "out", "run.json"), JSON.stringify(record));
    await writeFile(join(scratch, "out", "quality", "stale.md"), "from an old run");
    // ...and a file of the user's.
    await writeFile(join(scratch, "out", "my notes.txt"), "mine");
    const r = run(["ingest", "returns", "--out", "out"]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(scratch, "out", "quality", "stale.md"))).toBe(false);
    expect(await readFile(join(scratch, "out", "my notes.txt"), "utf8")).toBe("mine");
    expect(r.stdout).toContain("Kept 1 file of yours in the output folder: my notes.txt");
  });
});

describe("foi-agg ingest refuses to write where it should not", () => {
  it.each([
    ["inside the input folder", "returns/out"],
    ["the input folder itself", "returns"],
    ["a folder that contains the input folder", "."],
  ])("--out %s exits 2 and leaves the inputs alone", async (_, out) => {
    const before = await fingerprint(returns);
    const { code, stderr } = run(["ingest", "returns", "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toContain("--out");
    expect(await fingerprint(returns)).toEqual(before);
  });

  it("will not replace an existing folder that is not foi-agg output", async () => {
    await mkdir(join(scratch, "thesis"), { recursive: true });
    await writeFile(join(scratch, "thesis", "chapter1.docx"), "precious");
    const { code, stderr } = run(["ingest", "returns", "--out", "thesis"]);
    expect(code).toBe(2);
    expect(stderr).toContain("does not look like foi-agg output");
    expect(await readFile(join(scratch, "thesis", "chapter1.docx"), "utf8")).toBe("precious");
  });

  it("exits 2 naming the line of a bad overrides file, before writing anything", async () => {
    await writeFile(
      join(scratch, "overrides.csv"),
      "authority_code,measure,value,status,reason,source,date\nE09000023,uasc_went_missing,three,,clarified,email,2016-03-02\n",
    );
    const { code, stderr } = run(["ingest", "returns", "--out", "out-overrides", "--overrides", "overrides.csv"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/overrides\.csv:2:\d+/);
    expect(existsSync(join(scratch, "out-overrides"))).toBe(false);
  });
});

describe("foi-agg ingest: manifests and files that cannot be read", () => {
  const scan = "UASC looked after,7\nUASC went missing,2\n";
  beforeAll(async () => {
    await mkdir(join(scratch, "scans", "batch 1"), { recursive: true });
    await writeFile(join(scratch, "scans", "batch 1", "scan 0001.csv"), scan);
    await writeFile(join(scratch, "scans", "scan 0002.csv"), scan);
    await writeFile(join(scratch, "scans", "manifest.csv"), "file,authority_code\nbatch 1/scan 0001.csv,E10000030\n");
    await symlink(join(scratch, "nowhere.csv"), join(scratch, "scans", "broken link.csv"));
    await writeFile(join(scratch, "outside-manifest.csv"), "file,authority_code\nscan 0002.csv,E06000001\n");
  });

  const ingest = async (out: string, extra: string[] = []) => {
    const { code, stderr } = run(["ingest", "scans", "--out", out, ...extra]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    return {
      values: await csv(join(scratch, out, "values.csv")),
      quality: await csv(join(scratch, out, "quality.csv")),
    };
  };
  const figure = (values: Record<string, string>[], code: string) =>
    values.find((v) => v.authority_code === code && v.measure === "uasc_looked_after");

  it("reads manifest.csv in the folder as the manifest, not as a return", async () => {
    const { values, quality } = await ingest("out-manifest");
    expect(figure(values, "E10000030")).toMatchObject({
      value: "7",
      source: expect.stringMatching(/^batch 1\/scan 0001\.csv:/),
    });
    expect(quality.find((q) => q.file === "manifest.csv")).toMatchObject({ code: "file_manifest", severity: "info" });
    expect(quality.some((q) => q.file === "scan 0002.csv" && q.code === "authority_unidentified")).toBe(true);
  });

  it("with --manifest, uses that file and lists the folder's manifest.csv as unused", async () => {
    const { values, quality } = await ingest("out-given-manifest", ["--manifest", "outside-manifest.csv"]);
    expect(figure(values, "E06000001")).toMatchObject({ value: "7" });
    expect(figure(values, "E10000030")).toMatchObject({ status: "no_return" });
    expect(quality.find((q) => q.file === "manifest.csv")?.message).toContain("not used");
  });

  it("lists a file that cannot be opened (a broken link) as an error, and reads the rest", async () => {
    const { quality } = await ingest("out-broken");
    expect(quality.find((q) => q.file === "broken link.csv")).toMatchObject({
      code: "file_corrupt",
      severity: "error",
    });
  });

  it("exits 2 when --manifest names a file that does not exist", () => {
    const { code, stderr } = run(["ingest", "scans", "--out", "out-no-manifest", "--manifest", "nope.csv"]);
    expect(code).toBe(2);
    expect(stderr).toContain("nope.csv");
  });
});
