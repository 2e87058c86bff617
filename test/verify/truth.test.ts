import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NationalityRow } from "../../src/domain/outputs.js";
import type { Status } from "../../src/domain/values.js";
import { checkFigures, type LoadedOutputs } from "../../src/verify/checkFigures.js";
import { type ExpectedFigure, parseExpectedFigures } from "../../src/verify/expected.js";
import { AUTHORITIES, type AuthorityInput, buildOutputs, EXPECTED_PATH, type Fig, parseCsv } from "./support.js";

/**
 * The corpus's truth table against the published figures, two ways:
 * summed here by hand, outside foi-agg, for rows 2–11 (and the counts and
 * average); and through `checkFigures`, with and without clarifications.
 */
const fixtures = new URL("../../fixtures/", import.meta.url);
const truth = parseCsv(readFileSync(new URL("truth.csv", fixtures), "utf8"));
const nationalityTruth = parseCsv(readFileSync(new URL("truth-nationalities.csv", fixtures), "utf8"));
const parsed = parseExpectedFigures(readFileSync(EXPECTED_PATH, "utf8"));
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const expected = parsed.value;
const published = (id: string) => {
  const f = expected.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f.published;
};

const byCode = new Map(AUTHORITIES.map((a) => [a.gss_code, a]));
const FIVE = ["E12000007", "E12000008", "E12000006", "E12000004", "E12000005"];
const EXACT = new Set(["reported", "derived", "override"]);

/** Sum a measure straight from truth.csv: exact values only, in the area. */
function sum(measure: string, area: (code: string) => boolean = () => true): number {
  return truth
    .filter((r) => r.measure === measure && EXACT.has(r.status ?? "") && area(r.authority_code ?? ""))
    .reduce((s, r) => s + Number(r.value), 0);
}
const nation = (n: string) => (code: string) => byCode.get(code)?.nation === n;
const fiveRegions = (code: string) => FIVE.includes(byCode.get(code)?.region_code ?? "");
const pct = (n: number, d: number) => Math.floor((200 * n + d) / (2 * d));

describe("summing truth.csv outside foi-agg reproduces rows 2–11", () => {
  it.each<[string, () => number]>([
    ["2", () => sum("trafficked_looked_after")],
    ["3a", () => sum("trafficked_went_missing")],
    ["3b", () => pct(sum("trafficked_went_missing"), sum("trafficked_looked_after"))],
    ["4", () => sum("uasc_looked_after")],
    ["5a", () => sum("uasc_went_missing")],
    ["5b", () => pct(sum("uasc_went_missing"), sum("uasc_looked_after"))],
    ["6", () => sum("not_found")],
    ["7a", () => sum("trafficked_looked_after", fiveRegions)],
    ["7b", () => pct(sum("trafficked_looked_after", fiveRegions), sum("trafficked_looked_after"))],
    ["8a", () => sum("uasc_looked_after", fiveRegions)],
    ["8b", () => pct(sum("uasc_looked_after", fiveRegions), sum("uasc_looked_after"))],
    ["9a", () => sum("trafficked_looked_after", nation("Wales"))],
    ["9b", () => sum("trafficked_went_missing", nation("Wales"))],
    ["9c", () => sum("uasc_looked_after", nation("Wales"))],
    ["9d", () => sum("uasc_went_missing", nation("Wales"))],
    ["10a", () => sum("trafficked_looked_after", nation("Scotland"))],
    ["10b", () => sum("trafficked_went_missing", nation("Scotland"))],
    ["10c", () => sum("uasc_looked_after", nation("Scotland"))],
    ["10d", () => sum("uasc_went_missing", nation("Scotland"))],
    ["11a", () => sum("trafficked_went_missing", nation("Northern Ireland"))],
    ["11b", () => sum("uasc_went_missing", nation("Northern Ireland"))],
  ])("figure %s", (id, compute) => {
    expect(compute()).toBe(published(id));
  });

  it("the not-found total equals its parts summed", () => {
    expect(sum("trafficked_not_found") + sum("uasc_not_found")).toBe(published("6"));
  });
});

describe("the rest of the published figures, from the truth tables", () => {
  const value = (code: string, measure: string) => {
    const r = truth.find((x) => x.authority_code === code && x.measure === measure);
    return r && EXACT.has(r.status ?? "") ? Number(r.value) : 0;
  };
  const codes = AUTHORITIES.map((a) => a.gss_code);

  it("1: one truth row per authority and measure", () => {
    expect(new Set(truth.map((r) => r.authority_code)).size).toBe(published("1"));
    expect(truth).toHaveLength(217 * 11);
  });

  it("12: the top five by trafficked + UASC missing, with no tie for fifth", () => {
    const ranked = codes
      .map((c) => ({
        name: byCode.get(c)?.name,
        n: value(c, "trafficked_went_missing") + value(c, "uasc_went_missing"),
      }))
      .sort((a, b) => b.n - a.n);
    expect(ranked.slice(0, 5).map((r) => r.name)).toEqual(published("12"));
    expect(ranked[4]?.n).toBeGreaterThan(ranked[5]?.n ?? 0);
  });

  it.each([
    ["13", "trafficked"],
    ["14", "uasc"],
  ])("%s: nationalities of missing %s children in the published order", (id, group) => {
    const totals = new Map<string, number>();
    for (const r of nationalityTruth.filter((x) => x.group === group)) {
      totals.set(r.nationality ?? "", (totals.get(r.nationality ?? "") ?? 0) + Number(r.missing_children));
    }
    const ranked = [...totals].sort((a, b) => b[1] - a[1]);
    const want = published(id) as string[];
    expect(ranked.slice(0, want.length).map(([n]) => n)).toEqual(want);
    expect(ranked[want.length - 1]?.[1]).toBeGreaterThan(ranked[want.length]?.[1] ?? 0);
  });

  it("15: authorities giving nationality", () => {
    expect(new Set(nationalityTruth.map((r) => r.authority_code)).size).toBe(published("15"));
  });

  it.each([
    ["16", "trafficked_went_missing"],
    ["17", "uasc_went_missing"],
  ])("%s: authorities with at least one child in %s", (id, measure) => {
    expect(codes.filter((c) => value(c, measure) >= 1)).toHaveLength(published(id) as number);
  });

  it("18: average missing episodes per missing trafficked child", () => {
    const avg =
      Math.floor(
        (20 * sum("trafficked_missing_incidents") + sum("trafficked_went_missing")) /
          (2 * sum("trafficked_went_missing")),
      ) / 10;
    expect(avg).toBe(published("18"));
  });
});

/** The outputs a perfect ingest would write for the corpus, with or without the clarifications applied. */
function outputsFromTruth(clarified: boolean): LoadedOutputs {
  const inputs = new Map<string, AuthorityInput>();
  for (const r of truth) {
    const code = r.authority_code ?? "";
    const authority = byCode.get(code);
    if (!authority) throw new Error(`truth names unknown authority ${code}`);
    const input = inputs.get(code) ?? { authority, figures: {} };
    inputs.set(code, input);
    const v = Number(r.value);
    let fig: Fig;
    if (r.status === "override")
      fig = clarified ? { status: "override", value: v } : { status: "suppressed", lower: 1, upper: 4 };
    else if (r.status === "reported" || r.status === "derived") fig = { status: r.status, value: v };
    else fig = { status: r.status as Status };
    input.figures[r.measure ?? ""] = fig;
  }
  const nationalities = new Map<string, NationalityRow>();
  for (const r of nationalityTruth) {
    const key = `${r.group}|${r.nationality}`;
    const row = nationalities.get(key) ?? {
      group: r.group as "trafficked" | "uasc",
      nationality: r.nationality ?? "",
      iso_code: "",
      missing_children: 0,
      authorities: 0,
      lower: 0,
      upper: 0,
    };
    const n = Number(r.missing_children);
    nationalities.set(key, {
      ...row,
      missing_children: row.missing_children + n,
      lower: row.lower + n,
      upper: row.upper + n,
      authorities: row.authorities + 1,
    });
  }
  const breakdowns = [...new Set(nationalityTruth.map((r) => r.authority_code ?? ""))].map((authority) => ({
    authority,
    groups: [
      ...new Set(
        nationalityTruth.filter((r) => r.authority_code === authority).map((r) => r.group as "trafficked" | "uasc"),
      ),
    ],
  }));
  return buildOutputs([...inputs.values()], { nationalities: [...nationalities.values()], breakdowns });
}

describe("checkFigures on the outputs a perfect ingest would write", () => {
  const label = (f: ExpectedFigure) => f.id;
  it("with clarifications: every figure exact", () => {
    const results = checkFigures(outputsFromTruth(true), expected);
    expect(results.filter((r) => r.status !== "exact").map((r) => `${label(r.figure)}: ${r.difference}`)).toEqual([]);
  });

  it("without clarifications: every figure passes, some only within the bounds of suppressed cells", () => {
    const results = checkFigures(outputsFromTruth(false), expected);
    expect(results.filter((r) => !r.pass).map((r) => `${label(r.figure)}: ${r.difference}`)).toEqual([]);
    expect(results.filter((r) => r.status === "within_bounds").map((r) => r.figure.id)).toEqual(
      expect.arrayContaining(["2", "4", "5a", "9a", "10c", "18"]),
    );
  });
});
