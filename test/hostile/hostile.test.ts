import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { GOOD_RETURNS, HOSTILE_CASES, OUTSIDE_SECRET, writeGoodReturns } from "./hostileCases.js";

/**
 * Every hostile case beside two good returns, through the real pipeline
 * (runIngest, in this process). Each asserts: no crash, the hostile files
 * accounted for (ingested, or listed with a reason), the good files still
 * counted, the outputs whole, and the input folder unchanged byte for byte.
 */
const OUTPUTS = [
  "authorities.csv",
  "datapackage.json",
  "foi-agg.xlsx",
  "nationalities.csv",
  "quality.csv",
  "quality.json",
  "quality/index.md",
  "report.html",
  "run.json",
  "summary-national.csv",
  "summary-regional.csv",
  "values.csv",
];
const CSV_OUTPUTS = OUTPUTS.filter((f) => f.endsWith(".csv"));
/** Text written for people; the workbook is compressed, so its bytes are checked by renderWorkbook's own tests. */
const TEXT_OUTPUTS = OUTPUTS.filter((f) => !f.endsWith(".xlsx"));
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-hostile-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/**
 * The folder's state without following links or opening anything but
 * regular files (a FIFO must not be opened): path, type, mode, size, mtime,
 * and the bytes' SHA-256 or the link's target. Names are read as bytes.
 */
function fingerprintFolder(dir: Buffer, rel = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { encoding: "buffer" }).sort(Buffer.compare)) {
    const path = Buffer.concat([dir, Buffer.from("/"), name]);
    const shown = `${rel}/${name.toString("hex")}`;
    const info = lstatSync(path);
    let detail = "";
    if (info.isSymbolicLink()) detail = readlinkSync(path, { encoding: "buffer" }).toString("hex");
    else if (info.isFile() && (info.mode & 0o444) !== 0) {
      detail = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
    out.push(`${shown} ${info.mode} ${info.size} ${info.mtimeMs} ${detail}`);
    if (info.isDirectory()) out.push(...fingerprintFolder(path, shown));
  }
  return out;
}

describe.each(HOSTILE_CASES)("hostile input: $name", (hostile) => {
  let returns: string;
  let out: string;
  let before: string[];
  let outcome: Awaited<ReturnType<typeof runIngest>> | null = null;
  let failure: unknown = null;

  beforeAll(async () => {
    const dir = await mkdtemp(join(scratch, "case-"));
    returns = join(dir, "returns");
    out = join(dir, "out");
    const outside = join(dir, "outside");
    await mkdir(returns);
    await mkdir(outside);
    await writeGoodReturns(returns);
    await hostile.build(returns, outside);
    let overrides: string | undefined;
    if (hostile.overrides !== undefined) {
      overrides = join(dir, "clarifications.csv");
      await writeFile(overrides, hostile.overrides);
    }
    before = fingerprintFolder(Buffer.from(returns));
    try {
      outcome = await runIngest({
        folder: returns,
        out,
        strict: false,
        jobs: 1,
        ...(overrides ? { overrides } : {}),
        ...hostile.options,
      });
    } catch (err) {
      failure = err;
    }
  }, 120_000);

  it("runs to the end without a crash", () => {
    expect(failure).toBeNull();
    expect(outcome?.exitCode).toBe(0);
  });

  it("accounts for every hostile file: ingested, or listed with a reason", () => {
    const files = outcome?.result.files ?? [];
    for (const name of hostile.accounted) {
      const listed = files.filter(
        (f) => f.file === name || f.file.startsWith(`${name}#`) || f.file.startsWith(`${name}/`),
      );
      expect(listed, `${JSON.stringify(name)} is not in the file list`).not.toEqual([]);
      for (const f of listed) if (!f.ingested) expect(f.reason ?? "", `no reason for ${f.file}`).not.toBe("");
    }
    // A file that breaks a limit or the budget is accounted for by the issue its problem calls for.
    const raised = [...(outcome?.result.issues ?? []), ...(outcome?.result.returns.flatMap((r) => r.issues) ?? [])].map(
      (i) => `${i.file} ${i.code}`,
    );
    for (const [file, code] of Object.entries(hostile.issues ?? {})) expect(raised).toContain(`${file} ${code}`);
  });

  it("still counts the two good returns", () => {
    const files = outcome?.result.files ?? [];
    for (const good of GOOD_RETURNS) expect(files.find((f) => f.file === good)?.ingested, good).toBe(true);
    const returnsOf = (code: string) => outcome?.result.returns.find((r) => r.authority.gss_code === code);
    expect(returnsOf("E09000023")?.status).not.toBe("no_return"); // Lewisham
    expect(returnsOf("E10000008")?.status).not.toBe("no_return"); // Devon
  });

  it("writes the outputs whole, and every CSV parses", async () => {
    for (const file of OUTPUTS) expect(readFileSync(join(out, file)).length, file).toBeGreaterThan(0);
    JSON.parse(await readFile(join(out, "quality.json"), "utf8"));
    JSON.parse(await readFile(join(out, "run.json"), "utf8"));
    for (const file of CSV_OUTPUTS) parse(await readFile(join(out, file), "utf8"), { columns: true });
  });

  it("leaves the input folder byte for byte as it was", () => {
    expect(fingerprintFolder(Buffer.from(returns))).toEqual(before);
  });

  it("writes no raw control character and no text from outside the folder into any output", async () => {
    for (const file of TEXT_OUTPUTS) {
      const text = await readFile(join(out, file), "utf8");
      expect(RAW_CONTROL.test(text), `${file} holds a raw control character`).toBe(false);
      expect(text.includes(OUTSIDE_SECRET), `${file} holds text from outside the folder`).toBe(false);
    }
  });

  it("writes no CSV cell that a spreadsheet would run as a formula", async () => {
    for (const file of CSV_OUTPUTS) {
      const rows = parse(await readFile(join(out, file), "utf8"), { relax_quotes: true }) as string[][];
      for (const cell of rows.flat()) {
        if (FORMULA_START.test(cell)) expect(PLAIN_NUMBER.test(cell), `${file}: ${JSON.stringify(cell)}`).toBe(true);
      }
    }
  });
});
