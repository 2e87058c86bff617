import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";

/**
 * A round on a topic foi-agg was never written for: exclusions from
 * schools, by council, in two academic years. It is defined by the request
 * file beside this test alone (its own groups, metrics, a subset relation,
 * a rule and two periods); three returns built here (csv, xlsx, txt) go
 * through the real pipeline, and the summaries are read back from disk.
 */
const REQUEST = join(import.meta.dirname, "school-exclusions.request.json");

type Row = Record<string, string>;
let scratch: string;
let values: Row[];
let national: Row[];
let regional: Row[];
let quality: Row[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-round-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  // A grid with a column per year; one cell not held for one year only.
  await writeFile(
    join(folder, "Leeds City Council.csv"),
    [
      "Leeds City Council - Freedom of Information response",
      ",2022/23,2023/24",
      "Pupils permanently excluded,12,15",
      "Permanent exclusions,13,17",
      "Pupils with SEN permanently excluded,7,9",
      "Pupils suspended,340,352",
      "Suspensions,610,Not held",
      "",
    ].join("\n"),
  );
  // A sheet per year, named for it; 2022/23 breaks the round's rule (more pupils than exclusions).
  const workbook = new ExcelJS.Workbook();
  const sheets: [string, [string, number | string][]][] = [
    [
      "2022-23",
      [
        ["Pupils permanently excluded", 20],
        ["Permanent exclusions", 18],
        ["Pupils suspended", 900],
        ["Suspensions", 1500],
      ],
    ],
    [
      "2023-24",
      [
        ["Pupils permanently excluded", 22],
        ["Permanent exclusions", 25],
        ["Pupils suspended", "<5"],
        ["Suspensions", 1600],
      ],
    ],
  ];
  for (const [name, rows] of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(["Kent County Council"]);
    sheet.addRow(["Measure", "Number"]);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(join(folder, "Kent County Council.xlsx"));
  // A letter naming the year in each question; the last names none.
  await writeFile(
    join(folder, "Devon County Council.txt"),
    [
      "Devon County Council",
      "Freedom of Information request: exclusions from schools",
      "",
      "1. Number of pupils permanently excluded in 2022/23: 4",
      "2. Number of pupils permanently excluded in 2023/24: 6",
      "3. Number of permanent exclusions in 2022/23: 4",
      "4. Number of permanent exclusions in 2023/24: 7",
      "5. Number of pupils suspended: 50",
      "",
    ].join("\n"),
  );
  const out = join(scratch, "out");
  await runIngest({ folder, out, strict: false, jobs: 1, request: REQUEST });
  const read = async (file: string) =>
    parse(await readFile(join(out, file), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  values = await read("values.csv");
  national = await read("summary-national.csv");
  regional = await read("summary-regional.csv");
  quality = await read("quality.csv");
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const value = (authority: string, measure: string, period: string) =>
  values.find((v) => v.authority_name === authority && v.measure === measure && v.period === period);
const uk = (measure: string, period: string) =>
  national.find((r) => r.area_code === "K02000001" && r.measure === measure && r.period === period);

describe("a school-exclusions round defined by its request file alone", () => {
  it("writes one values row per authority × measure × period, periods in the request's order", () => {
    const measures = new Set(values.map((v) => v.measure));
    expect([...measures]).toEqual([
      "permanent_pupils",
      "permanent_exclusions",
      "permanent_sen_pupils",
      "suspension_pupils",
      "suspension_exclusions",
    ]);
    expect(values).toHaveLength(217 * 5 * 2);
    expect([...new Set(values.map((v) => v.period))]).toEqual(["2022-23", "2023-24"]);
  });

  it.each([
    ["Leeds", "permanent_pupils", "2022-23", "reported", "12"],
    ["Leeds", "permanent_pupils", "2023-24", "reported", "15"],
    ["Leeds", "permanent_sen_pupils", "2023-24", "reported", "9"],
    ["Leeds", "suspension_exclusions", "2022-23", "reported", "610"],
    ["Leeds", "suspension_exclusions", "2023-24", "not_held", ""],
    ["Kent", "permanent_exclusions", "2022-23", "reported", "18"],
    ["Kent", "suspension_pupils", "2023-24", "suppressed", ""],
    ["Kent", "suspension_exclusions", "2023-24", "reported", "1600"],
    ["Devon", "permanent_pupils", "2023-24", "reported", "6"],
    ["Devon", "permanent_exclusions", "2022-23", "reported", "4"],
    ["Devon", "suspension_pupils", "2022-23", "not_answered", ""],
    ["Devon", "suspension_pupils", "2023-24", "not_answered", ""],
  ])("%s %s in %s is %s %s", (authority, measure, period, status, figure) => {
    const row = value(authority, measure, period);
    expect(row?.status).toBe(status);
    expect(row?.value).toBe(figure);
  });

  it.each([
    ["permanent_pupils", "2022-23", "36", "36", "36"],
    ["permanent_pupils", "2023-24", "43", "43", "43"],
    ["permanent_exclusions", "2023-24", "49", "49", "49"],
    ["suspension_pupils", "2022-23", "1240", "1240", "1240"],
    // Kent's "<5" leaves a range, so there is no exact total.
    ["suspension_pupils", "2023-24", "", "353", "356"],
    ["suspension_exclusions", "2023-24", "1600", "1600", "1600"],
  ])("sums %s for %s in the UK: total %s, bounds %s–%s", (measure, period, total, lower, upper) => {
    const row = uk(measure, period);
    expect({ total: row?.total, lower: row?.lower, upper: row?.upper }).toEqual({ total, lower, upper });
  });

  it("gives the regional summaries a period column too", () => {
    const yorkshire = regional.filter(
      (r) => r.area_name === "Yorkshire and The Humber" && r.measure === "permanent_pupils",
    );
    expect(yorkshire.map((r) => [r.period, r.total])).toEqual([
      ["2022-23", "12"],
      ["2023-24", "15"],
    ]);
  });

  it("counts a figure naming no requested period for no period, and flags it", () => {
    const flagged = quality.filter((q) => q.code === "figure_period_not_stated");
    expect(flagged.map((q) => [q.authority_name, q.raw])).toEqual([["Devon", "50"]]);
  });

  it("checks the round's own rule in each period: exclusions at least pupils", () => {
    const broken = quality.filter((q) => q.code === "check_rule_broken");
    // Either figure may be the wrong one: quality.csv names the other in its last column.
    expect(broken.map((q) => [q.authority_name, q.measure, q.related_measures])).toEqual([
      ["Kent", "permanent_pupils", "permanent_exclusions"],
    ]);
    expect(broken[0]?.message).toMatch(/^2022\/23 academic year: /u);
  });

  it("reads no figure as a group the request does not have", () => {
    expect(quality.filter((q) => q.code === "label_unmatched" || q.code === "label_ambiguous")).toEqual([]);
  });
});
