import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestSchema } from "../../src/domain/request.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { summaryColumns } from "../../src/write/renderCsvOutputs.js";

/**
 * A round that asks for a maximum ("the highest weekly cost of a placement")
 * beside a count, declared with `"kind": "maximum"` in the request file
 * beside this test. Four replies go through the real pipeline; values.csv,
 * the summaries, quality.csv, the report and datapackage.json are read back.
 */
const REQUEST = join(import.meta.dirname, "unregistered-placements.request.json");
const requestFile = () => JSON.parse(readFileSync(REQUEST, "utf8"));

type Row = Record<string, string>;
let scratch: string;
let out: string;
let values: Row[];
let national: Row[];
let regional: Row[];
let quality: Row[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-maximum-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  const reply = (council: string, rows: [string, string][]) =>
    writeFile(
      join(folder, `${council}.csv`),
      [`${council} - Freedom of Information response`, ...rows.map(([l, v]) => `${l},"${v}"`), ""].join("\n"),
    );
  await reply("Leeds City Council", [
    ["Placements in unregistered homes", "12"],
    ["Highest weekly cost of an unregistered placement", "£12,500"],
  ]);
  await reply("Kirklees Council", [
    ["Placements in unregistered homes", "3"],
    // A maximum may have pence: the figure itself, never value_fractional.
    ["Highest weekly cost of an unregistered placement", "8250.50"],
  ]);
  await reply("Sheffield City Council", [
    ["Placements in unregistered homes", "7"],
    // The same highest as Leeds: both are named.
    ["Highest weekly cost of an unregistered placement", "12500"],
  ]);
  await reply("Bradford Council", [
    ["Placements in unregistered homes", "4"],
    // A yearly sum is not the weekly maximum asked for.
    ["Highest weekly cost of an unregistered placement", "£353,855 per annum"],
  ]);
  await reply("Wakefield Council", [
    ["Placements in unregistered homes", "2"],
    // An average where the highest was asked: another quantity, flagged and not counted.
    ["Highest average weekly cost of an unregistered placement", "£9,000"],
  ]);
  out = join(scratch, "out");
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

const value = (authority: string, measure: string) =>
  values.find((v) => v.authority_name === authority && v.measure === measure);
const COST = "unregistered_highest_weekly_cost";

describe('a metric of kind "maximum"', () => {
  it("is read like an average: money and decimals are the figure, a sum for another stretch of time is not used", () => {
    expect(value("Leeds", COST)).toMatchObject({ status: "reported", value: "12500" });
    expect(value("Kirklees", COST)).toMatchObject({ status: "reported", value: "8250.5" });
    expect(value("Bradford", COST)?.value).toBe("");
    expect(quality.some((q) => q.code === "value_fractional")).toBe(false);
  });

  it("is never added up: the national row gives the largest figure and the councils that gave it", () => {
    const england = national.find((r) => r.area_name === "England" && r.measure === COST);
    // Leeds, Kirklees and Sheffield: Bradford's yearly sum and Wakefield's average are not the maximum asked.
    expect(england).toMatchObject({ total: "", lower: "", upper: "", exact_sum: "", authorities_exact: "3" });
    expect(england).toMatchObject({ highest: "12500", lowest: "8250.5", highest_authority: "Leeds; Sheffield" });
    const yorkshire = regional.find((r) => r.area_name === "Yorkshire and The Humber" && r.measure === COST);
    expect(yorkshire?.highest_authority).toBe("Leeds; Sheffield");
    // The count beside it still adds up, and has no council named.
    const placements = national.find((r) => r.area_name === "England" && r.measure === "unregistered_placements");
    expect(placements).toMatchObject({ total: "28", highest_authority: "" });
  });

  it("is named with its councils in the report, and highest_authority is described in datapackage.json", async () => {
    const html = await readFile(join(out, "report.html"), "utf8");
    expect(html).toContain("highest 12,500 (Leeds; Sheffield; lowest 8,250.5");
    expect(html).toContain("a maximum, the largest any council gave");
    const pkg = JSON.parse(await readFile(join(out, "datapackage.json"), "utf8"));
    const summary = pkg.resources.find((r: { name: string }) => r.name === "summary-national");
    expect(summary.schema.fields.map((f: { name: string }) => f.name)).toContain("highest_authority");
  });

  it("is refused in a rule or a derivation, as an average is", () => {
    const request = requestFile();
    request.rules = [{ kind: "atMost", metric: "highest_weekly_cost", of: "placements" }];
    const parsed = RequestSchema.safeParse(request);
    expect(parsed.error?.issues.map((i) => i.message).join("\n")).toMatch(
      /rule atMost names metric highest_weekly_cost, which is a maximum, not a count/u,
    );
  });
});

describe("a maximum answered with an average", () => {
  it("is flagged label_outside_request on its measure, and not counted", () => {
    expect(value("Wakefield", COST)?.value).toBe("");
    const flagged = quality.filter((q) => q.authority_name === "Wakefield" && q.code === "label_outside_request");
    expect(flagged.map((q) => q.measure)).toContain(COST);
    expect(flagged.map((q) => q.message).join(" ")).toMatch(/not the highest figure the request asked for/u);
  });
});

describe("a round without a maximum", () => {
  it("writes no highest_authority column (its summaries stay as they were)", () => {
    const request = requestFile() as { metrics: { kind?: string }[] };
    const plain = RequestSchema.parse({
      ...request,
      metrics: request.metrics.map((m) => ({ ...m, kind: undefined, counts: "episodes" })),
    });
    expect(summaryColumns(plain)).not.toContain("highest_authority");
    expect(summaryColumns(RequestSchema.parse(request))).toContain("highest_authority");
  });
});
