import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Comparison, type ComparisonRow, compareRuns } from "../../src/compare/compareRuns.js";
import { readRun } from "../../src/compare/readRun.js";
import type { ComparedRun } from "../../src/compare/runs.js";
import { loadSuccessions } from "../../src/knowledge/successions.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { ROOT } from "../support/cli.js";

/**
 * The must-show: the 2015 fixture run (fixtures/returns) beside the bundled
 * sample of a later round (fixtures/series-2022-sample), both ingested here
 * by the real pipeline, then compared. North and West Northamptonshire line
 * up with 2015's Northamptonshire, BCP with Bournemouth and Poole.
 */
const SAMPLE = join(ROOT, "fixtures", "series-2022-sample");
let scratch: string;
let runs: ComparedRun[];
let comparison: Comparison;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-compare-"));
  await runIngest({ folder: join(ROOT, "fixtures", "returns"), out: join(scratch, "2015"), strict: false, jobs: 1 });
  await runIngest({
    folder: join(SAMPLE, "returns"),
    out: join(scratch, "2022"),
    strict: false,
    request: join(SAMPLE, "request.json"),
    jobs: 1,
  });
  runs = [];
  for (const dir of ["2015", "2022"]) {
    const read = await readRun(join(scratch, dir));
    if (!read.ok) throw new Error(read.error);
    runs.push(read.run);
  }
  comparison = compareRuns(runs, loadSuccessions());
}, 240_000);
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const NORTHANTS = "E10000021+E06000061+E06000062";
// Dorset County was split between BCP (Christchurch) and Dorset Council, so the
// reference's successions make one unit of all five.
const BCP = "E06000028+E06000029+E10000009+E06000058+E06000059";

function row(code: string, measure: string, round: "2015" | "2022"): ComparisonRow {
  const found = comparison.rows.find((r) => r.code === code && r.measure === measure && r.round.endsWith(round));
  if (!found) throw new Error(`no row for ${code} ${measure} ${round}`);
  return found;
}

describe("compare: the 2015 fixture run and the 2022 sample run", () => {
  it("reads the sample's returns as its truth.csv says", async () => {
    const truth = parse(await readFile(join(SAMPLE, "truth.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    const sample = runs[1] as ComparedRun;
    const got = truth.map((t) => {
      const f = sample.figures.find((x) => x.authority === t.authority_code && x.measure === t.measure);
      return [t.authority_code, t.measure, f?.status, f?.value ?? null, f?.lower ?? null, f?.upper ?? null];
    });
    const want = truth.map((t) => [
      t.authority_code,
      t.measure,
      t.status,
      t.value === "" ? null : Number(t.value),
      t.lower === "" ? null : Number(t.lower),
      t.upper === "" ? null : Number(t.upper),
    ]);
    expect(got).toEqual(want);
  });

  it("maps Northamptonshire to North + West Northamptonshire and Bournemouth + Poole to BCP", () => {
    const mapped = comparison.units.filter((u) => u.mapped).map((u) => [u.code, u.name]);
    expect(mapped).toContainEqual([NORTHANTS, "Northamptonshire → North Northamptonshire + West Northamptonshire"]);
    expect(mapped).toContainEqual([
      BCP,
      "Bournemouth (E06000028) + Poole (E06000029) + Dorset (E10000009) → Bournemouth, Christchurch and Poole (E06000058) + Dorset (E06000059)",
    ]);
  });

  it.each([
    // 2015 Northamptonshire 36; 2022 North 28 + West 41.
    { code: NORTHANTS, measure: "uasc_looked_after", round: "2022", value: 69, bounds: [69, 69], change: [33, 33, 33] },
    // 2015: 0; 2022 North 1 + West "<5" (1–4): the change is a range.
    {
      code: NORTHANTS,
      measure: "trafficked_went_missing",
      round: "2022",
      value: null,
      bounds: [2, 5],
      change: [null, 2, 5],
    },
    // 2015 Bournemouth 4 + Poole 1 + Dorset County 9; 2022 BCP 19 + Dorset Council 22.
    { code: BCP, measure: "uasc_looked_after", round: "2015", value: 14, bounds: [14, 14], change: [null, null, null] },
    { code: BCP, measure: "uasc_looked_after", round: "2022", value: 41, bounds: [41, 41], change: [27, 27, 27] },
    // Lined up by group and metric although the sample calls it still_missing: Kent 2015 14, 2022 22.
    { code: "E10000016", measure: "still_missing", round: "2022", value: 22, bounds: [22, 22], change: [8, 8, 8] },
  ] as const)(
    "$code $measure $round: $value $bounds, change $change",
    ({ code, measure, round, value, bounds, change }) => {
      const r = row(code, measure, round);
      expect([r.value, [r.lower, r.upper], [r.change_value, r.change_lower, r.change_upper]]).toEqual([
        value,
        bounds,
        change,
      ]);
    },
  );

  it("says which measures could not be lined up, and which councils answered in one run only", () => {
    expect(comparison.measures.unmatched.map((u) => u.measure).sort()).toEqual([
      "trafficked_not_found",
      "uasc_not_found",
    ]);
    const answered = new Map(comparison.answerChanges.map((c) => [c.unit.name, c.statuses]));
    // The sample asked 14 councils; the rest of 2015's answering councils have no 2022 return.
    expect(answered.get("Hartlepool")).toEqual(["answered", "no_return"]);
    expect(answered.has("Kent")).toBe(false);
    expect(answered.has("Northamptonshire → North Northamptonshire + West Northamptonshire")).toBe(false);
  });
});
