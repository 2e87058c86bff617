import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestSchema } from "../../src/domain/request.js";
import { readShareFraction } from "../../src/parse/parseShareFraction.js";
import { runIngest } from "../../src/pipeline/runIngest.js";

/**
 * A percentage that says what it is "of": the share of completed return
 * home interviews held within 72 hours, with numerator and denominator
 * metrics declared in the request file beside this test. Replies go through
 * the real pipeline, once with `of` and once without it.
 */
const REQUEST = join(import.meta.dirname, "return-interviews-share.request.json");
const PCT = "cla_pct_within_72h";

type Row = Record<string, string>;
let scratch: string;
const runs: Record<"with" | "without", { values: Row[]; quality: Row[]; national: Row[] }> = {
  with: { values: [], quality: [], national: [] },
  without: { values: [], quality: [], national: [] },
};

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-share-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  const reply = (council: string, rows: [string, string][]) =>
    writeFile(
      join(folder, `${council}.csv`),
      [`${council} - Freedom of Information response`, ...rows.map(([l, v]) => `${l},"${v}"`), ""].join("\n"),
    );
  await reply("Leeds City Council", [
    ["Return home interviews completed", "57"],
    ["Interviews completed within 72 hours", "41"],
    ["Percentage of interviews within 72 hours", "41/57"],
    ["Missing episodes", "130"],
    ["Longest wait for an interview (days)", "9"],
  ]);
  await reply("Kirklees Council", [
    ["Return home interviews completed", "40"],
    ["Interviews completed within 72 hours", "22"],
    ["Percentage of interviews within 72 hours", "55%"],
    ["Longest wait for an interview (days)", "12.5"],
  ]);
  await reply("Sheffield City Council", [
    ["Return home interviews completed", "50"],
    ["Interviews completed within 72 hours", "20"],
    ["Percentage of interviews within 72 hours", "80%"],
  ]);
  const request = JSON.parse(readFileSync(REQUEST, "utf8"));
  delete request.metrics[3].of;
  const without = join(scratch, "without.json");
  await writeFile(without, JSON.stringify(request));
  for (const [name, file] of [
    ["with", REQUEST],
    ["without", without],
  ] as const) {
    const out = join(scratch, `out-${name}`);
    await runIngest({ folder, out, strict: false, jobs: 1, request: file });
    const read = async (f: string) =>
      parse(await readFile(join(out, f), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
    runs[name] = {
      values: await read("values.csv"),
      quality: await read("quality.csv"),
      national: await read("summary-national.csv"),
    };
  }
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const value = (run: "with" | "without", authority: string, measure: string) =>
  runs[run].values.find((v) => v.authority_name === authority && v.measure === measure);
const issues = (run: "with" | "without", authority: string, code: string) =>
  runs[run].quality.filter((q) => q.authority_name === authority && q.code === code);

describe('a percentage that says what it is "of"', () => {
  it('reads "41/57" as 71.9 with a warning naming the measure, and never as the two counts', () => {
    expect(value("with", "Leeds", PCT)).toMatchObject({ status: "reported", value: "71.9" });
    const [warning] = issues("with", "Leeds", "value_percentage_from_fraction");
    expect(warning).toMatchObject({ measure: PCT, severity: "warning", raw: "41/57" });
    // The counts come from their own rows, not from the fraction.
    expect(value("with", "Leeds", "cla_within_72h")?.value).toBe("41");
    expect(value("with", "Leeds", "cla_completed")?.value).toBe("57");
    expect(issues("with", "Leeds", "check_percentage_mismatch")).toEqual([]);
  });

  it("checks a given percentage against its two counts, allowing rounding", () => {
    // 22 of 40 is 55%: agrees.
    expect(issues("with", "Kirklees", "check_percentage_mismatch")).toEqual([]);
    // 20 of 50 is 40%, not 80%: a warning on the percentage naming both counts.
    const [mismatch] = issues("with", "Sheffield", "check_percentage_mismatch");
    expect(mismatch).toMatchObject({ measure: PCT, severity: "warning" });
    expect(mismatch?.related_measures).toBe("cla_within_72h;cla_completed");
    expect(mismatch?.message).toMatch(/80%.*20.*of 50.*is 40%/u);
  });

  it('leaves "41/57" unread, as before, when the request does not say what the percentage is of', () => {
    expect(value("without", "Leeds", PCT)?.value).toBe("");
    expect(issues("without", "Leeds", "value_percentage_from_fraction")).toEqual([]);
    expect(issues("without", "Sheffield", "check_percentage_mismatch")).toEqual([]);
  });
});

describe("the rest of the README's complete example", () => {
  it("reads a 2015 metric id by the round's own phrasings, and a maximum with the council that gave it", () => {
    expect(value("with", "Leeds", "cla_missing_incidents")?.value).toBe("130");
    expect(value("with", "Kirklees", "cla_longest_wait")).toMatchObject({ status: "reported", value: "12.5" });
    const england = runs.with.national.find((r) => r.area_name === "England" && r.measure === "cla_longest_wait");
    expect(england).toMatchObject({ total: "", highest: "12.5", highest_authority: "Kirklees" });
  });
});

describe("readShareFraction", () => {
  it.each([
    ["41/57", { numerator: 41, denominator: 57 }],
    ["41 / 57", { numerator: 41, denominator: 57 }],
    ["41 out of 57", { numerator: 41, denominator: 57 }],
    ["41 of 57", { numerator: 41, denominator: 57 }],
    ["57/41", null],
    ["3/0", null],
    ["41", null],
    ["01/04/2023", null],
    ["41.5/57", null],
  ])("%s", (raw, expected) => {
    expect(readShareFraction(raw)).toEqual(expected);
  });
});

describe("of in the request", () => {
  const base = () => JSON.parse(readFileSync(REQUEST, "utf8"));
  const messages = (edit: (r: ReturnType<typeof base>) => void) => {
    const r = base();
    edit(r);
    const parsed = RequestSchema.safeParse(r);
    return parsed.success ? "" : parsed.error.issues.map((i) => i.message).join("\n");
  };

  it("is accepted on a percentage naming two count metrics", () => {
    expect(messages(() => {})).toBe("");
  });

  it.each([
    [
      "on a count",
      1,
      { numerator: "within_72h", denominator: "completed" },
      /metric completed names what it is "of", but only a percentage/u,
    ],
    [
      "naming an unknown metric",
      3,
      { numerator: "within_72h", denominator: "offered" },
      /denominator names unknown metric offered/u,
    ],
    [
      "naming a percentage",
      3,
      { numerator: "pct_within_72h", denominator: "completed" },
      /numerator pct_within_72h is not a count/u,
    ],
    [
      "naming one metric twice",
      3,
      { numerator: "completed", denominator: "completed" },
      /numerator and denominator are both completed/u,
    ],
  ] as const)("is refused %s", (_why, index, of, message) => {
    expect(
      messages((r: { metrics: { of?: object }[] }) => {
        const metric = r.metrics[index];
        if (metric) metric.of = of;
      }),
    ).toMatch(message);
  });
});
