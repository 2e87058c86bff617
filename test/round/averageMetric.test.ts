import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";

/**
 * A round that asks for an average ("average caseload per social worker")
 * and a percentage ("statutory visits on time") beside counts, declared in
 * the request file beside this test (metric `kind`). Three replies go
 * through the real pipeline; values.csv and the summaries are read back.
 */
const REQUEST = join(import.meta.dirname, "social-worker-caseloads.request.json");

type Row = Record<string, string>;
let scratch: string;
let values: Row[];
let national: Row[];
let quality: Row[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-average-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  const reply = (council: string, rows: [string, string][]) =>
    writeFile(
      join(folder, `${council}.csv`),
      [`${council} - Freedom of Information response`, ...rows.map(([l, v]) => `${l},${v}`), ""].join("\n"),
    );
  await reply("Leeds City Council", [
    ["Social workers in post (headcount)", "527"],
    ["Agency social workers in post (headcount)", "91"],
    ["Average caseload per social worker", "17.4"],
    // An agency worker's average caseload above the whole's is no broken subset: averages are not counts.
    ["Average caseload per agency social worker", "21.5"],
    ["Percentage of statutory visits on time", "83.5%"],
  ]);
  await reply("Kirklees Council", [
    ["Social workers in post (headcount)", "300"],
    ["Agency social workers in post (headcount)", "40"],
    // An average written as a whole number is still an average: never summed.
    ["Average caseload per social worker", "18"],
    ["Percentage of statutory visits on time", "91 per cent"],
  ]);
  await reply("Sheffield City Council", [
    ["Social workers in post (headcount)", "410"],
    ["Agency social workers in post (headcount)", "<5"],
    ["Average caseload per social worker", "<5"],
    ["Percentage of statutory visits on time", "112%"],
  ]);
  const out = join(scratch, "out");
  await runIngest({ folder, out, strict: false, jobs: 1, request: REQUEST });
  const read = async (file: string) =>
    parse(await readFile(join(out, file), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  values = await read("values.csv");
  national = await read("summary-national.csv");
  quality = await read("quality.csv");
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const value = (authority: string, measure: string) =>
  values.find((v) => v.authority_name === authority && v.measure === measure);
const england = (measure: string) => national.find((r) => r.area_code === "E92000001" && r.measure === measure);

describe("a round that asks for an average and a percentage", () => {
  it.each([
    ["Leeds", "social_workers_caseload", "reported", "17.4"],
    ["Leeds", "agency_caseload", "reported", "21.5"],
    ["Leeds", "social_workers_visits_on_time", "reported", "83.5"],
    ["Kirklees", "social_workers_caseload", "reported", "18"],
    ["Kirklees", "social_workers_visits_on_time", "reported", "91"],
    // "<5" bounds a count, not an average: not given, with no 1–4.
    ["Sheffield", "social_workers_caseload", "suppressed", ""],
    ["Sheffield", "social_workers_visits_on_time", "not_answered", ""],
    ["Sheffield", "agency_headcount", "suppressed", ""],
  ])("%s %s is %s %s", (authority, measure, status, figure) => {
    const row = value(authority, measure);
    expect(row?.status).toBe(status);
    expect(row?.value).toBe(figure);
  });

  it("gives a suppressed average no bounds", () => {
    expect(value("Sheffield", "social_workers_caseload")).toMatchObject({ lower: "", upper: "" });
    expect(value("Sheffield", "agency_headcount")).toMatchObject({ lower: "1", upper: "4" });
  });

  it("flags a percentage over 100 and reads no decimal as a fractional count", () => {
    expect(quality.filter((q) => q.code === "value_out_of_range").map((q) => [q.authority_name, q.raw])).toEqual([
      ["Sheffield", "112%"],
    ]);
    expect(quality.filter((q) => q.code === "value_fractional")).toEqual([]);
  });

  it("never adds averages up: no total, lowest, median and highest instead", () => {
    expect(england("social_workers_caseload")).toMatchObject({
      total: "",
      lower: "",
      upper: "",
      exact_sum: "",
      authorities_exact: "2",
      authorities_suppressed: "1",
      lowest: "17.4",
      median: "17.7",
      highest: "18",
    });
    expect(england("social_workers_visits_on_time")).toMatchObject({ total: "", lowest: "83.5", highest: "91" });
  });

  it("still adds counts up, with no spread columns", () => {
    expect(england("social_workers_headcount")).toMatchObject({
      total: "1237",
      lower: "1237",
      lowest: "",
      median: "",
      highest: "",
    });
  });

  it("does not compare a subset's average with its group's as if they were counts", () => {
    expect(quality.filter((q) => q.code === "check_subset_exceeds_group")).toEqual([]);
  });
});
