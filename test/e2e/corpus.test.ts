import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.js";

/**
 * The README's main job, end to end: ingest the bundled corpus and check it
 * against the published figures of Heading back to harm.
 */
const EXPECTED = join(ROOT, "fixtures/expected/heading-back-to-harm.json");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "foi-agg-corpus-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true }) as Record<string, string>[];
}

describe("the bundled corpus reproduces the published figures", () => {
  it("without clarifications: every figure matches or lies within the suppressed bounds", () => {
    const out = join(dir, "plain");
    const ingest = runCli(["ingest", "fixtures/returns", "--out", out]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const check = runCli(["check", out, "--expected", EXPECTED]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/All published figures reproduced: 29 of 29/);
    expect(check.stdout.replace(/\s+/g, " ")).toContain("within bounds");
    // Off a terminal the table fits 80 columns; only the closing sentence may be longer.
    const table = check.stdout.split("\n").filter((l) => !l.startsWith("All published") && !l.startsWith("Checking"));
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it("check --json gives every figure with its verdict", () => {
    const check = runCli(["check", join(dir, "plain"), "--expected", EXPECTED, "--json"]);
    expect(check.code, check.stderr).toBe(0);
    const json = JSON.parse(check.stdout) as {
      pass: boolean;
      figures: { id: string; verdict: string; pass: boolean }[];
    };
    expect(json.pass).toBe(true);
    expect(json.figures).toHaveLength(29);
    for (const f of json.figures) expect(["exact", "within_bounds", "uncertain"]).toContain(f.verdict);
  });

  it("with clarifications: every figure is exact", () => {
    const out = join(dir, "clarified");
    const ingest = runCli(["ingest", "fixtures/returns", "--out", out, "--overrides", "fixtures/clarifications.csv"]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const check = runCli(["check", out, "--expected", EXPECTED]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/29 of 29 match \(29 exact, 0 within/);
  });

  it("summing values.csv outside foi-agg gives the published rows 2–11 exactly", () => {
    const values = readCsv(join(dir, "clarified", "values.csv"));
    const exact = new Set(["reported", "derived", "override"]);
    const sum = (measure: string, keep: (r: Record<string, string>) => boolean) =>
      values
        .filter((r) => r.measure === measure && keep(r) && exact.has(r.status ?? ""))
        .reduce((s, r) => s + Number(r.value), 0);
    const all = () => true;
    const nation = (n: string) => (r: Record<string, string>) => r.nation === n;
    const fiveRegions = new Set(["London", "South East", "East of England", "East Midlands", "West Midlands"]);
    const inFive = (r: Record<string, string>) => fiveRegions.has(r.region_name ?? "");
    const notFound = sum("trafficked_not_found", all) + sum("uasc_not_found", all);
    expect({
      traffickedLookedAfter: sum("trafficked_looked_after", all),
      traffickedMissing: sum("trafficked_went_missing", all),
      uascLookedAfter: sum("uasc_looked_after", all),
      uascMissing: sum("uasc_went_missing", all),
      notFound,
      fiveTrafficked: sum("trafficked_looked_after", inFive),
      fiveUasc: sum("uasc_looked_after", inFive),
      wales: [
        sum("trafficked_looked_after", nation("Wales")),
        sum("trafficked_went_missing", nation("Wales")),
        sum("uasc_looked_after", nation("Wales")),
        sum("uasc_went_missing", nation("Wales")),
      ],
      scotland: [
        sum("trafficked_looked_after", nation("Scotland")),
        sum("trafficked_went_missing", nation("Scotland")),
        sum("uasc_looked_after", nation("Scotland")),
        sum("uasc_went_missing", nation("Scotland")),
      ],
      ni: [
        sum("trafficked_went_missing", nation("Northern Ireland")),
        sum("uasc_went_missing", nation("Northern Ireland")),
      ],
    }).toEqual({
      traffickedLookedAfter: 590,
      traffickedMissing: 167,
      uascLookedAfter: 4744,
      uascMissing: 593,
      notFound: 207,
      fiveTrafficked: 445,
      fiveUasc: 4267,
      wales: [14, 0, 57, 2],
      scotland: [48, 2, 150, 3],
      ni: [7, 2],
    });
  });

  it("every input file is accounted for: read for an authority, or listed in quality.csv", () => {
    const authorities = readCsv(join(dir, "plain", "authorities.csv"));
    expect(authorities).toHaveLength(217);
    const listed = new Set(authorities.flatMap((a) => (a.files ?? "").split(";").filter(Boolean)));
    const quality = readCsv(join(dir, "plain", "quality.csv"));
    for (const q of quality) if (q.file) listed.add(q.file);
    const files = readCsv(join(dir, "plain", "values.csv")).length;
    expect(files).toBe(217 * 11);
    for (const f of readdirSync(join(ROOT, "fixtures/returns"))) expect(listed, f).toContain(f);
  });

  it("matches the generator's truth for every authority and measure once clarified", () => {
    const values = readCsv(join(dir, "clarified", "values.csv"));
    const truth = readCsv(join(ROOT, "fixtures/truth.csv"));
    const byKey = new Map(values.map((v) => [`${v.authority_code}/${v.measure}`, v]));
    const wrong = truth.filter((t) => {
      const v = byKey.get(`${t.authority_code}/${t.measure}`);
      if (!v) return true;
      const exact = v.status === "reported" || v.status === "derived" || v.status === "override";
      return t.value === "" ? exact : !exact || Number(v.value) !== Number(t.value);
    });
    expect(wrong.map((t) => `${t.authority_code} ${t.measure} truth=${t.status}:${t.value}`)).toEqual([]);
  });

  it("merges nationality spellings into the same totals as the generator's breakdowns", () => {
    const truth = new Map<string, number>();
    for (const t of readCsv(join(ROOT, "fixtures/truth-nationalities.csv"))) {
      const key = `${t.group}/${t.nationality}`;
      truth.set(key, (truth.get(key) ?? 0) + Number(t.missing_children));
    }
    const computed = new Map(
      readCsv(join(dir, "plain", "nationalities.csv"))
        .filter((r) => Number(r.missing_children) > 0)
        .map((r) => [`${r.group}/${r.nationality}`, Number(r.missing_children)]),
    );
    const positive = new Map([...truth].filter(([, n]) => n > 0));
    expect(Object.fromEntries(computed)).toEqual(Object.fromEntries(positive));
  });
});
