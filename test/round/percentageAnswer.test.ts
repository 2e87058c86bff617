import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";

/**
 * A percentage question (metric kind "percentage") is answered only by a
 * figure written as one, or under a label that says so. Replies to round
 * 75's request (placement stability) go through the real pipeline.
 */
const REQUEST = join(import.meta.dirname, "../../fixtures/holdout75/request.json");

type Row = Record<string, string>;
let scratch: string;
let values: Row[];
let quality: Row[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-percentage-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  await writeFile(
    join(folder, "Wrexham FOI.txt"),
    [
      "Wrexham County Borough Council",
      "Freedom of Information response",
      "",
      "Year 2021/22",
      "At 31 March 2022 there were 260 children looked after. 31 children (11.9 per cent) had three or more placements during the year.",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(folder, "Kirklees Council FOI.csv"),
    [
      "Questions,2021/22",
      "Children looked after at 31 March,300",
      "Children with three or more placements,40",
      "Proportion of children with three or more placements,0.133",
      "",
    ].join("\n"),
  );
  await writeFile(
    join(folder, "Leeds City Council FOI.csv"),
    [
      "Questions,2021/22",
      "Children looked after at 31 March,500",
      "Percentage of children with three or more placements,0.8",
      "",
    ].join("\n"),
  );
  const out = join(scratch, "out");
  await runIngest({ folder, out, strict: false, jobs: 1, request: REQUEST });
  const read = async (file: string) =>
    parse(await readFile(join(out, file), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  values = await read("values.csv");
  quality = await read("quality.csv");
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const value = (name: string, measure: string) =>
  values.find((v) => v.authority_name === name && v.measure === measure && v.period === "2021-22");

describe("a percentage question answered only by a percentage", () => {
  it("reads a count beside its percentage in one sentence as the count, never as the percentage", () => {
    expect(value("Wrexham", "cla_three_plus")).toMatchObject({ status: "reported", value: "31" });
    // The row is there (the authority answered) and carries no figure: a missing row would not pass.
    expect(value("Wrexham", "cla_three_plus_pct")).toMatchObject({ status: "not_answered", value: "" });
  });

  // Kept as written, 0.133 was 100 times too small in any total of the percentages (round 75's Kirklees gave
  // 0.104 for 10.4%): a figure whose scale is not known is no exact figure, only a warning naming the measure.
  it("does not count a bare fraction under 'Proportion' as exact, with a warning naming the measure", () => {
    expect(value("Kirklees", "cla_three_plus_pct")).toMatchObject({ status: "not_answered", value: "", raw: "" });
    const warned = quality.filter((q) => q.code === "value_percentage_scale_unclear");
    expect(warned.map((q) => [q.authority_name, q.measure, q.severity, q.cell, q.raw])).toEqual([
      ["Kirklees", "cla_three_plus_pct", "warning", "B4", "0.133"],
    ]);
    // The sentence a researcher reads names the measure and the figure, not only the column.
    expect(warned[0]?.message).toContain("cla_three_plus_pct");
    expect(warned[0]?.message).toContain('"0.133"');
  });

  it("takes a small figure under a '%' label as percentage points, without a warning", () => {
    expect(value("Leeds", "cla_three_plus_pct")).toMatchObject({ status: "reported", value: "0.8" });
    expect(quality.filter((q) => q.authority_name === "Leeds" && q.code === "value_percentage_scale_unclear")).toEqual(
      [],
    );
  });
});
