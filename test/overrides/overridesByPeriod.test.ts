import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type CastError, Package } from "datapackage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { checkFigures, type FigureResult } from "../../src/verify/checkFigures.js";
import { ExpectedFiguresSchema } from "../../src/verify/expected.js";
import { loadOutputs } from "../../src/verify/loadOutputs.js";

/**
 * A clarification for one period of a two-period round, through the real
 * pipeline: Leeds gave its 2023/24 suspensions as "Not held" and later
 * clarified them as 600; its 2022/23 figure (610) must stay as sent. The
 * outputs are read back from disk, and `check` compares each year on its own.
 */
const REQUEST = join(import.meta.dirname, "..", "round", "school-exclusions.request.json");
const LEEDS = "E08000035";

type Row = Record<string, string>;
let scratch: string;
let out: string;
let values: Row[];
let authorities: Row[];
let quality: Row[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-override-periods-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  await writeFile(
    join(folder, "Leeds City Council.csv"),
    [
      "Leeds City Council - Freedom of Information response",
      ",2022/23,2023/24",
      "Pupils permanently excluded,12,15",
      "Permanent exclusions,13,17",
      "Pupils suspended,340,352",
      "Suspensions,610,Not held",
      "",
    ].join("\n"),
  );
  const overrides = join(scratch, "clarifications.csv");
  await writeFile(
    overrides,
    [
      "authority_code,measure,value,status,reason,source,date,period",
      `${LEEDS},suspension_exclusions,600,,Figure found after all,email from Leeds,2024-11-02,2023-24`,
      "",
    ].join("\n"),
  );
  out = join(scratch, "out");
  await runIngest({ folder, out, strict: false, jobs: 1, request: REQUEST, overrides });
  const read = async (file: string) =>
    parse(await readFile(join(out, file), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  values = await read("values.csv");
  authorities = await read("authorities.csv");
  quality = await read("quality.csv");
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("a clarification for one period of a two-period round", () => {
  it.each([
    ["2022-23", "reported", "610", "610"],
    ["2023-24", "override", "600", "Not held"],
  ])("values.csv, %s: %s %s (the council wrote %s)", (period, status, value, raw) => {
    const row = values.find(
      (v) => v.authority_code === LEEDS && v.measure === "suspension_exclusions" && v.period === period,
    );
    expect([row?.status, row?.value, row?.raw]).toEqual([status, value, raw]);
  });

  it("authorities.csv has a Leeds row for each period, with that period's figure", () => {
    const leeds = authorities.filter((a) => a.authority_code === LEEDS);
    expect(leeds.map((a) => [a.period, a.suspension_exclusions, a.suspension_exclusions_status])).toEqual([
      ["2022-23", "610", "reported"],
      ["2023-24", "600", "override"],
    ]);
  });

  it("quality.csv says which period was clarified", () => {
    const applied = quality.filter((q) => q.authority_code === LEEDS && q.code === "override_applied");
    expect(applied).toHaveLength(1);
    expect(applied[0]?.message).toMatch(/^Leeds, "Suspensions", 2023\/24 academic year: taken as 600 /);
  });

  it("check compares each year on its own, and cannot check a figure that names no year", async () => {
    const outputs = await loadOutputs(out);
    const figure = (id: string, extra: object) => ({
      id,
      title: id,
      source: "test",
      kind: "total",
      measure: "suspension_exclusions",
      area: "Yorkshire and The Humber",
      ...extra,
    });
    const expected = ExpectedFiguresSchema.parse({
      title: "t",
      figures: [
        figure("a", { period: "2022-23", published: 610 }),
        figure("b", { period: "2023-24", published: 600 }),
        figure("c", { period: ["2022-23", "2023-24"], published: 1210 }),
        figure("d", { published: 610 }),
      ],
    });
    const verdicts = checkFigures(outputs, expected).map((r: FigureResult) => [r.figure.id, r.status]);
    expect(verdicts).toEqual([
      ["a", "exact"],
      ["b", "exact"],
      ["c", "exact"],
      ["d", "error"],
    ]);
  });

  it("writes a data package a Frictionless validator accepts, authorities keyed by authority and period", async () => {
    const pkg = await Package.load(join(out, "datapackage.json"));
    expect(pkg.errors).toEqual([]);
    const authorities = pkg.resources.find((r) => r.name === "authorities");
    const described = JSON.parse(await readFile(join(out, "datapackage.json"), "utf8")) as {
      resources: { name: string; schema: { primaryKey?: string[] } }[];
    };
    expect(described.resources.find((r) => r.name === "authorities")?.schema.primaryKey).toEqual([
      "authority_code",
      "period",
    ]);
    const rows = (await authorities?.table?.read({ cast: true, forceCast: true })) ?? [];
    expect(rows.filter((r) => r instanceof Error).map((e) => (e as CastError).message)).toEqual([]);
    expect(rows).toHaveLength(2 * new Set(values.map((v) => v.authority_code)).size);
  });
});
