import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Return, ValueRecord } from "../../src/domain/returns.js";
import { EXACT_STATUSES } from "../../src/domain/values.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadRequest } from "../../src/knowledge/request.js";
import { applyOverrides } from "../../src/overrides/applyOverrides.js";
import type { Override } from "../../src/overrides/overrideSchema.js";
import { buildReturn, cell, knowledge, reported, suppressed } from "../report/build-returns.js";

const LEWISHAM = "E09000023";
const SURREY = "E10000030";
/** The 2015 round's one period. */
const PERIOD = "2014-15";

function override(spec: Partial<Override> & Pick<Override, "authority" | "measure">): Override {
  return {
    period: PERIOD,
    status: "override",
    value: 3,
    reason: "Council gave the exact figure",
    source: "email from council 2016-03-02",
    date: "2016-03-02",
    file: "clarifications.csv",
    line: 2,
    ...spec,
  };
}

function figureFor(ret: Return | undefined, measure: string): ValueRecord {
  const v = ret?.values.find((x) => x.measure === measure);
  if (!v) throw new Error(`no ${measure}`);
  return v;
}

/** The national total of a measure as the summaries count it: exact figures only. */
function exactTotal(returns: Return[], measure: string): number {
  return returns.reduce((sum, r) => {
    const v = figureFor(r, measure);
    return sum + (EXACT_STATUSES.has(v.status) ? (v.value ?? 0) : 0);
  }, 0);
}

const lewishamCell = cell("Lewisham return.xlsx", 3, 3, "Missing");
const lewisham = () =>
  buildReturn(LEWISHAM, {
    files: ["Lewisham return.xlsx"],
    status: "partial",
    values: [
      suppressed("uasc_went_missing", "<5", lewishamCell),
      reported("uasc_looked_after", 40, cell("Lewisham return.xlsx", 2, 3, "Missing")),
    ],
    issues: [
      {
        code: "value_suppressed",
        severity: "warning",
        message: '"<5" in Lewisham return.xlsx, sheet "Missing", cell C3: suppressed value, read as 1–4',
        file: "Lewisham return.xlsx",
        sheet: "Missing",
        cell: "C3",
        measure: "uasc_went_missing",
        raw: "<5",
      },
    ],
  });
const surrey = () => buildReturn(SURREY, { values: [reported("uasc_went_missing", 12, cell("Surrey.csv", 8, 2))] });

describe("applyOverrides", () => {
  it("replaces a suppressed figure with the clarified one and keeps what the council sent", () => {
    const before = [lewisham(), surrey()];
    const { returns, issues } = applyOverrides(
      before,
      [override({ authority: LEWISHAM, measure: "uasc_went_missing" })],
      knowledge,
      PERIOD,
    );
    expect(issues).toEqual([]);
    const v = figureFor(returns[0], "uasc_went_missing");
    expect(v).toMatchObject({ status: "override", value: 3, lower: 3, upper: 3, raw: "<5", sources: [lewishamCell] });
    expect(v.override).toEqual({
      reason: "Council gave the exact figure",
      source: "email from council 2016-03-02",
      date: "2016-03-02",
      previous: suppressed("uasc_went_missing", "<5", lewishamCell),
    });
    const applied = returns[0]?.issues.filter((i) => i.code === "override_applied") ?? [];
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({
      severity: "info",
      authority: LEWISHAM,
      measure: "uasc_went_missing",
      file: "clarifications.csv",
      cell: "line 2",
      raw: "<5",
    });
    expect(applied[0]?.message).toContain('"<5" in Lewisham return.xlsx, sheet "Missing", cell C3');
    expect(applied[0]?.message).toContain("Reason: Council gave the exact figure");
    expect(applied[0]?.message).toContain("Source: email from council 2016-03-02 (2016-03-02)");
  });

  it.each([
    ["a suppressed figure gains its exact value", LEWISHAM, 3, 3],
    ["a reported figure corrected upwards", SURREY, 15, 3],
    ["a reported figure corrected downwards", SURREY, 10, -2],
  ])("changes the exact total by exactly the clarified amount: %s", (_name, code, value, delta) => {
    const before = [lewisham(), surrey()];
    const { returns } = applyOverrides(
      before,
      [override({ authority: code, measure: "uasc_went_missing", value })],
      knowledge,
      PERIOD,
    );
    expect(exactTotal(returns, "uasc_went_missing") - exactTotal(before, "uasc_went_missing")).toBe(delta);
    // Nothing else moved.
    for (const m of knowledge.request.measures.filter((x) => x.id !== "uasc_went_missing")) {
      expect(exactTotal(returns, m.id)).toBe(exactTotal(before, m.id));
    }
  });

  it.each([
    ["a different number", { value: 15 }, true],
    ["the same number", { value: 12 }, false],
    ["a refusal in place of a figure", { status: "refused" as const, value: null }, true],
  ])("warns when a clarification contradicts an exact reported figure: %s", (_name, spec, warns) => {
    const { returns } = applyOverrides(
      [surrey()],
      [override({ authority: SURREY, measure: "uasc_went_missing", ...spec })],
      knowledge,
      PERIOD,
    );
    const warnings = returns[0]?.issues.filter((i) => i.code === "override_contradicts") ?? [];
    expect(warnings).toHaveLength(warns ? 1 : 0);
    if (warns) {
      expect(warnings[0]?.severity).toBe("warning");
      expect(warnings[0]?.message).toContain('the return had it as 12, "12" in Surrey.csv, row 8, column B');
    }
  });

  it("records a clarified refusal as refused with no figure", () => {
    const { returns } = applyOverrides(
      [lewisham()],
      [override({ authority: LEWISHAM, measure: "uasc_went_missing", status: "refused", value: null })],
      knowledge,
      PERIOD,
    );
    expect(figureFor(returns[0], "uasc_went_missing")).toMatchObject({
      status: "refused",
      value: null,
      lower: null,
      upper: null,
    });
  });

  it("resolves a conflict between duplicate returns and downgrades the conflict issue", () => {
    const conflict: ValueRecord = {
      measure: "uasc_not_found",
      status: "conflict",
      value: null,
      lower: 2,
      upper: 4,
      raw: "2 / 4",
      sources: [cell("Kent v1.csv", 5, 2), cell("Kent v2.csv", 5, 2)],
      label: "Not found",
    };
    const kent = buildReturn("E10000016", {
      files: ["Kent v1.csv", "Kent v2.csv"],
      values: [conflict],
      issues: [
        {
          code: "duplicate_conflict",
          severity: "error",
          message: "Kent v1.csv says 2 but Kent v2.csv says 4",
          measure: "uasc_not_found",
        },
        { code: "duplicate_conflict", severity: "error", message: "other measure", measure: "uasc_looked_after" },
      ],
    });
    const { returns } = applyOverrides(
      [kent],
      [override({ authority: "E10000016", measure: "uasc_not_found", value: 4 })],
      knowledge,
      PERIOD,
    );
    const issues = returns[0]?.issues ?? [];
    expect(issues.filter((i) => i.code === "duplicate_conflict").map((i) => [i.measure, i.severity])).toEqual([
      ["uasc_looked_after", "error"],
      ["uasc_not_found", "info"],
    ]);
    const resolved = issues.filter((i) => i.code === "override_resolves_conflict");
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.message).toContain("settles it as 4");
    expect(resolved[0]?.message).toContain('"2 / 4" in Kent v1.csv, row 5, column B and 1 other cell(s)');
    expect(figureFor(returns[0], "uasc_not_found")).toMatchObject({ status: "override", value: 4 });
    expect(issues.some((i) => i.code === "override_contradicts")).toBe(false);
  });

  it("leaves its inputs and untouched authorities as they were", () => {
    const before = [lewisham(), surrey()];
    const copy = structuredClone(before);
    const { returns } = applyOverrides(
      before,
      [override({ authority: LEWISHAM, measure: "uasc_went_missing" })],
      knowledge,
      PERIOD,
    );
    expect(before).toEqual(copy);
    expect(returns[1]).toEqual(copy[1]);
  });

  it("refuses a clarification for an authority with no Return (a caller bug)", () => {
    expect(() =>
      applyOverrides([surrey()], [override({ authority: LEWISHAM, measure: "uasc_went_missing" })], knowledge, PERIOD),
    ).toThrow(/clarifications.csv line 2 clarifies E09000023/);
  });
});

describe("applyOverrides in a round of several periods", () => {
  const threeYears = {
    request: loadRequest(join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json")),
    authorities: knowledge.authorities,
  };
  const clarifications = [
    override({ authority: LEWISHAM, measure: "uasc_went_missing", period: "2019", value: 4 }),
    override({ authority: SURREY, measure: "uasc_went_missing", period: "2020", value: 9 }),
  ];

  it.each([
    ["2018", "<5", "<5"],
    ["2019", "4", "<5"],
    ["2020", "<5", "9"],
  ])("applies to %s only the clarifications for %s", (period, lewishamNow, surreyNow) => {
    const surreySuppressed = buildReturn(SURREY, {
      values: [suppressed("uasc_went_missing", "<5", cell("Surrey.csv", 8, 2))],
    });
    const { returns } = applyOverrides([lewisham(), surreySuppressed], clarifications, threeYears, period);
    const shown = (r: Return | undefined) => {
      const v = figureFor(r, "uasc_went_missing");
      return v.status === "override" ? String(v.value) : v.raw;
    };
    expect([shown(returns[0]), shown(returns[1])]).toEqual([lewishamNow, surreyNow]);
  });

  it("names the period in what it says, so a reader sees which year was clarified", () => {
    const { returns } = applyOverrides([lewisham(), surrey()], clarifications, threeYears, "2019");
    const applied = returns[0]?.issues.find((i) => i.code === "override_applied");
    expect(applied?.message).toMatch(/^Lewisham, "[^"]+", 1 January 2019 to 31 December 2019: taken as 4 /);
  });

  it("refuses a period the request does not have (a caller bug)", () => {
    expect(() => applyOverrides([lewisham()], clarifications, threeYears, "2021")).toThrow(/2021/);
  });
});
