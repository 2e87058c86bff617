import { describe, expect, it } from "vitest";
import { summariseAreas } from "../../src/aggregate/summariseAreas.js";
import { NATION_CODES, UK_CODE } from "../../src/domain/authority.js";
import { SummaryRowSchema } from "../../src/domain/outputs.js";
import type { Return } from "../../src/domain/returns.js";
import { allReturns, authorities, fakeReturn, knowledge, request } from "./fakeReturns.js";

const HARTLEPOOL = "E06000001"; // North East
const LEWISHAM = "E09000023"; // London
const SURREY = "E10000030"; // South East
const ANGLESEY = "W06000001"; // Wales
const ABERDEEN = "S12000033"; // Scotland
const ARMAGH = "N09000002"; // Northern Ireland

const override = (value: number) => ({
  status: "override" as const,
  value,
  lower: value,
  upper: value,
  override: {
    reason: "council clarified",
    source: "email 2016-03-02",
    date: "2016-03-02",
    previous: {
      measure: "uasc_went_missing",
      status: "suppressed" as const,
      value: null,
      lower: 1,
      upper: 4,
      raw: "<5",
      sources: [],
      label: "",
    },
  },
});

const returns = allReturns([
  fakeReturn(HARTLEPOOL, { uasc_looked_after: 10, uasc_went_missing: 3 }),
  fakeReturn(LEWISHAM, {
    uasc_looked_after: 120,
    uasc_went_missing: { status: "suppressed", lower: 1, upper: 4, raw: "<5" },
  }),
  fakeReturn(SURREY, {
    uasc_looked_after: { status: "derived", value: 7, lower: 7, upper: 7 },
    uasc_went_missing: override(2),
  }),
  fakeReturn(ANGLESEY, {
    uasc_looked_after: 5,
    uasc_went_missing: { status: "conflict", lower: 0, upper: 6, raw: "0 / 6" },
  }),
  fakeReturn(ABERDEEN, { uasc_looked_after: { status: "not_held" }, uasc_went_missing: { status: "refused" } }),
  fakeReturn(ARMAGH, {
    uasc_looked_after: 0,
    uasc_went_missing: { status: "refused", override: { ...override(0).override, reason: "s.40 confirmed" } },
  }),
]);

const { national, regional } = summariseAreas(returns, knowledge);
const row = (rows: typeof national, area: string, measure: string) => {
  const found = rows.find((r) => r.area_code === area && r.measure === measure);
  if (!found) throw new Error(`no row for ${area} ${measure}`);
  return found;
};
const total = authorities.length;

describe("summariseAreas: national rows", () => {
  it.each([
    // area, measure, total (empty when a range contributes), exact_sum, lower, upper, exact, suppressed, without, override
    ["K02000001", "uasc_looked_after", 142, 142, 142, 142, 5, 0, total - 5, 0],
    ["K02000001", "uasc_went_missing", null, 5, 6, 15, 2, 2, total - 4, 2],
    ["E92000001", "uasc_looked_after", 137, 137, 137, 137, 3, 0, 152 - 3, 0],
    ["E92000001", "uasc_went_missing", null, 5, 6, 9, 2, 1, 152 - 3, 1],
    ["W92000004", "uasc_went_missing", null, 0, 0, 6, 0, 1, 21, 0],
    ["S92000003", "uasc_looked_after", 0, 0, 0, 0, 0, 0, 32, 0],
    ["N92000002", "uasc_looked_after", 0, 0, 0, 0, 1, 0, 10, 0],
    ["N92000002", "uasc_went_missing", 0, 0, 0, 0, 0, 0, 11, 1],
    ["K02000001", "trafficked_not_found", 0, 0, 0, 0, 0, 0, total, 0],
  ] as const)(
    "%s %s: total %s, exact sum %i, bounds %i–%i, %i exact / %i suppressed / %i without / %i override",
    (area, measure, t, exactSum, lo, hi, exact, supp, without, over) => {
      expect(row(national, area, measure)).toMatchObject({
        total: t,
        exact_sum: exactSum,
        lower: lo,
        upper: hi,
        authorities_exact: exact,
        authorities_suppressed: supp,
        authorities_without_figure: without,
        authorities_override: over,
      });
    },
  );

  it("never gives a total outside its own bounds: it is the exact figure or empty", () => {
    for (const r of [...national, ...regional]) {
      if (r.total === null) expect(r.authorities_suppressed, `${r.area_code} ${r.measure}`).toBeGreaterThan(0);
      else expect([r.lower, r.upper], `${r.area_code} ${r.measure}`).toEqual([r.total, r.total]);
      expect(r.exact_sum).toBeLessThanOrEqual(r.lower ?? Number.NaN);
    }
  });

  it("counts every member authority exactly once per measure", () => {
    const nations = new Map(Object.entries(NATION_CODES).map(([nation, code]) => [code, nation]));
    const membersOf = (area: string) =>
      area === UK_CODE
        ? authorities
        : authorities.filter((a) => (nations.has(area) ? a.nation === nations.get(area) : a.region_code === area));
    for (const r of [...national, ...regional]) {
      const counted = r.authorities_exact + r.authorities_suppressed + r.authorities_without_figure;
      expect(counted, `${r.area_code} ${r.measure}`).toBe(membersOf(r.area_code).length);
    }
  });

  it("lists the UK then each nation, one row per measure in request order", () => {
    const areas = [...new Set(national.map((r) => `${r.area_code} ${r.area_name}`))];
    expect(areas).toEqual([
      "K02000001 United Kingdom",
      "E92000001 England",
      "W92000004 Wales",
      "S92000003 Scotland",
      "N92000002 Northern Ireland",
    ]);
    expect(national.slice(0, request.measures.length).map((r) => r.measure)).toEqual(request.measures.map((m) => m.id));
    expect(national).toHaveLength(5 * request.measures.length);
  });

  it("produces rows that match the published schema", () => {
    for (const r of [...national, ...regional]) expect(SummaryRowSchema.parse(r)).toEqual(r);
  });
});

describe("summariseAreas: regional rows", () => {
  it.each([
    ["E12000001", "North East", "uasc_went_missing", 3, 3, 3],
    ["E12000007", "London", "uasc_went_missing", null, 1, 4],
    ["E12000008", "South East", "uasc_went_missing", 2, 2, 2],
    ["E12000008", "South East", "uasc_looked_after", 7, 7, 7],
    ["W92000004", "Wales", "uasc_looked_after", 5, 5, 5],
    ["E12000002", "North West", "uasc_looked_after", 0, 0, 0],
  ] as const)("%s %s %s: total %s, bounds %i–%i", (code, name, measure, t, lo, hi) => {
    expect(row(regional, code, measure)).toMatchObject({ area_name: name, total: t, lower: lo, upper: hi });
  });

  it("lists the nine English regions by code, then Wales, Scotland and Northern Ireland", () => {
    const areas = [...new Set(regional.map((r) => r.area_code))];
    expect(areas).toEqual([
      "E12000001",
      "E12000002",
      "E12000003",
      "E12000004",
      "E12000005",
      "E12000006",
      "E12000007",
      "E12000008",
      "E12000009",
      "W92000004",
      "S92000003",
      "N92000002",
    ]);
  });

  it("adds up the regions of a nation to the nation", () => {
    for (const m of request.measures) {
      const english = regional.filter((r) => r.area_code.startsWith("E12") && r.measure === m.id);
      const england = row(national, "E92000001", m.id);
      expect(english.reduce((s, r) => s + (r.exact_sum ?? Number.NaN), 0)).toBe(england.exact_sum);
      expect(english.reduce((s, r) => s + (r.lower ?? Number.NaN), 0)).toBe(england.lower);
      expect(english.reduce((s, r) => s + (r.upper ?? Number.NaN), 0)).toBe(england.upper);
    }
  });
});

describe("summariseAreas: broken records are not counted silently", () => {
  it.each([
    ["an exact status without a value", { status: "reported" as const, value: null }],
    ["a suppressed status without bounds", { status: "suppressed" as const, lower: 1, upper: null }],
  ])("throws on %s", (_, figure) => {
    const broken: Return[] = allReturns([fakeReturn(HARTLEPOOL, { uasc_looked_after: figure })]);
    expect(() => summariseAreas(broken, knowledge)).toThrow(/E06000001 uasc_looked_after/);
  });
});

describe("summariseAreas: an average or a percentage is never added up", () => {
  // The 2015 request with looked_after declared an average: its figures have decimals and no total.
  const averaged = {
    ...knowledge,
    request: {
      ...request,
      metrics: request.metrics.map((m) => (m.id === "looked_after" ? { ...m, kind: "average" as const } : m)),
    },
  };
  const returns = allReturns([
    fakeReturn("E06000001", { uasc_looked_after: 17.4, uasc_went_missing: 3 }),
    fakeReturn("E06000002", { uasc_looked_after: 20, uasc_went_missing: 4 }),
    fakeReturn("E06000003", { uasc_looked_after: 3.5 }),
    fakeReturn("E06000004", { uasc_looked_after: { status: "suppressed" } }),
  ]);
  const { national: rows } = summariseAreas(returns, averaged);
  const uk = (measure: string) => rows.find((r) => r.area_code === UK_CODE && r.measure === measure);

  it("gives an average no total, and the lowest, median and highest of the councils' figures", () => {
    expect(uk("uasc_looked_after")).toMatchObject({
      total: null,
      lower: null,
      upper: null,
      exact_sum: null,
      authorities_exact: 3,
      authorities_suppressed: 1,
      lowest: 3.5,
      median: 17.4,
      highest: 20,
    });
  });

  it("still adds up the counts beside it, with no spread", () => {
    expect(uk("uasc_went_missing")).toMatchObject({ total: 7, lowest: null, median: null, highest: null });
  });

  it("writes rows the summary schema accepts", () => {
    for (const r of rows) expect(SummaryRowSchema.safeParse(r).success).toBe(true);
  });
});
