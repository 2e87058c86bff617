import { describe, expect, it } from "vitest";
import {
  checkFigures,
  type FigureStatus,
  type LoadedOutputs,
  roundRatioHalfUp,
} from "../../src/verify/checkFigures.js";
import { type ExpectedFigure, ExpectedFigureSchema } from "../../src/verify/expected.js";
import { authorityNamed, buildOutputs } from "./support.js";

/**
 * A small run: four English councils, one Welsh and one Scottish, with one
 * suppressed figure ("<5", bounds 1–4) so exact, within-bounds and failing
 * comparisons can all be exercised.
 */
const kent = authorityNamed("Kent");
const croydon = authorityNamed("Croydon");
const thurrock = authorityNamed("Thurrock");
const rutland = authorityNamed("Rutland");
const cardiff = authorityNamed("Cardiff");
const glasgow = authorityNamed("Glasgow City");
const suppressed = { status: "suppressed" as const, lower: 1, upper: 4 };

const run: LoadedOutputs = buildOutputs(
  [
    { authority: kent, figures: { tla: 38, twm: 14, uwm: 38, tmi: 41 } },
    { authority: croydon, figures: { tla: 31, twm: 11, uwm: 47, tmi: 30 } },
    { authority: thurrock, figures: { tla: 14, twm: 9, uwm: 68, tmi: 27 } },
    { authority: rutland, figures: { tla: suppressed, twm: 0, uwm: 0, tmi: 0 } },
    { authority: cardiff, figures: { tla: 5, twm: 0, uwm: 2, tmi: 0 } },
    { authority: glasgow, figures: { tla: 8, twm: 2, uwm: { status: "not_held" }, tmi: 5 } },
  ],
  {
    nationalities: [
      {
        group: "uasc",
        nationality: "Albanian",
        iso_code: "AL",
        missing_children: 20,
        authorities: 2,
        lower: 20,
        upper: 20,
      },
      {
        group: "uasc",
        nationality: "Afghan",
        iso_code: "AF",
        missing_children: 12,
        authorities: 2,
        lower: 12,
        upper: 12,
      },
      {
        group: "uasc",
        nationality: "Eritrean",
        iso_code: "ER",
        missing_children: 8,
        authorities: 2,
        lower: 9,
        upper: 11,
      },
      {
        group: "uasc",
        nationality: "Sudanese",
        iso_code: "SD",
        missing_children: 3,
        authorities: 1,
        lower: 3,
        upper: 3,
      },
      {
        group: "trafficked",
        nationality: "Vietnamese",
        iso_code: "VN",
        missing_children: 6,
        authorities: 1,
        lower: 6,
        upper: 6,
      },
      {
        group: "trafficked",
        nationality: "British",
        iso_code: "GB",
        missing_children: 6,
        authorities: 1,
        lower: 6,
        upper: 6,
      },
    ],
    breakdowns: [
      { authority: kent.gss_code, groups: ["trafficked", "uasc"] },
      { authority: croydon.gss_code, groups: ["uasc"] },
    ],
  },
);

const base = { id: "x", title: "test figure", source: "test" };
const figure = (f: Record<string, unknown>): ExpectedFigure => ExpectedFigureSchema.parse({ ...base, ...f });
const check = (f: Record<string, unknown>, outputs: LoadedOutputs = run) => {
  const [result] = checkFigures(outputs, { title: "t", figures: [figure(f)] });
  if (!result) throw new Error("no result");
  return result;
};

describe("total", () => {
  it.each<[string, Record<string, unknown>, FigureStatus, string]>([
    ["exact and equal", { measure: "twm", area: "UK", published: 36 }, "exact", "none"],
    ["exact and different", { measure: "twm", area: "UK", published: 33 }, "differs", "+3"],
    ["exact, published larger", { measure: "twm", published: 40 }, "differs", "−4"],
    [
      "interval containing the published figure",
      { measure: "tla", published: 98 },
      "within_bounds",
      "within bounds 97–100 (suppressed figures)",
    ],
    ["interval not containing it", { measure: "tla", published: 96 }, "differs", "published 96 is outside 97–100"],
    ["a nation by name", { measure: "tla", area: "Wales", published: 5 }, "exact", "none"],
    ["a nation by code", { measure: "tla", area: "S92000003", published: 8 }, "exact", "none"],
    ["a region by name", { measure: "tla", area: "London", published: 31 }, "exact", "none"],
    ["areas summed", { measure: "tla", area: ["E12000007", "E12000008", "E12000006"], published: 83 }, "exact", "none"],
    ["measures summed", { measure: ["twm", "uwm"], area: "South East", published: 52 }, "exact", "none"],
    ["a not-held figure adds nothing", { measure: "uwm", area: "Scotland", published: 0 }, "exact", "none"],
  ])("%s", (_name, f, status, difference) => {
    const r = check({ kind: "total", ...f });
    expect(r.status).toBe(status);
    expect(r.pass).toBe(status !== "differs");
    expect(r.difference).toBe(difference);
  });

  it.each([
    ["an unknown area", { measure: "tla", area: "Atlantis", published: 1 }, 'area "Atlantis" is not in'],
    ["an unknown measure", { measure: "tla_typo", published: 1 }, "no summary of tla_typo"],
  ])("reports %s as not computable", (_name, f, message) => {
    const r = check({ kind: "total", ...f });
    expect(r.status).toBe("error");
    expect(r.pass).toBe(false);
    expect(r.difference).toContain(message);
  });
});

describe("percentage and average", () => {
  const three = ["London", "South East", "East of England"];
  const pct = (numerator: unknown, denominator: unknown, published: number, decimals = 0) => ({
    kind: "percentage",
    numerator,
    denominator,
    decimals,
    published,
  });
  it.each<[string, Record<string, unknown>, FigureStatus]>([
    ["34 / 83 = 40.96% → 41", pct({ measure: "twm", area: three }, { measure: "tla", area: three }, 41), "exact"],
    ["one decimal: 41.0", pct({ measure: "twm", area: three }, { measure: "tla", area: three }, 41.0, 1), "exact"],
    [
      "one decimal, published 41.1",
      pct({ measure: "twm", area: three }, { measure: "tla", area: three }, 41.1, 1),
      "differs",
    ],
    ["wrong percentage", pct({ measure: "twm", area: "England" }, { measure: "tla", area: "England" }, 50), "differs"],
    [
      "suppressed denominator: 34 / 84–87 rounds to 39–40",
      pct({ measure: "twm", area: "England" }, { measure: "tla", area: "England" }, 40),
      "within_bounds",
    ],
    [
      "suppressed, outside the rounded bounds",
      pct({ measure: "twm", area: "England" }, { measure: "tla", area: "England" }, 42),
      "differs",
    ],
    [
      "average episodes 103 / 36 = 2.86 → 2.9",
      { kind: "average", numerator: { measure: "tmi" }, denominator: { measure: "twm" }, decimals: 1, published: 2.9 },
      "exact",
    ],
    [
      "average published wrongly",
      { kind: "average", numerator: { measure: "tmi" }, denominator: { measure: "twm" }, decimals: 1, published: 2.8 },
      "differs",
    ],
  ])("%s", (_name, f, status) => {
    expect(check(f).status).toBe(status);
  });

  it("marks a percentage resting on suppressed inputs as within bounds even when it rounds one way", () => {
    // 100 / 400 = 25.0% and 100 / 401 = 24.9%: both round to 25.
    const outputs = buildOutputs([
      { authority: kent, figures: { twm: 100, tla: { status: "suppressed", lower: 400, upper: 401 } } },
    ]);
    const r = check(pct({ measure: "twm" }, { measure: "tla" }, 25), outputs);
    expect(r.computed).toBe("25% (100 / 400–401)");
    expect(r.status).toBe("within_bounds");
    expect(r.difference).toBe("rounds to 25% anywhere within the bounds");
  });

  it("reports a zero denominator as not computable", () => {
    const r = check(pct({ measure: "twm", area: "Wales" }, { measure: "twm", area: "Wales" }, 0));
    expect(r.status).toBe("error");
    expect(r.difference).toContain("denominator is 0");
  });
});

describe("roundRatioHalfUp", () => {
  it.each([
    [593 * 100, 4744, 0, 13],
    [167 * 100, 590, 0, 28],
    [401, 167, 1, 2.4],
    [5, 2, 0, 3],
    [1, 8, 2, 0.13],
    [0, 7, 0, 0],
  ])("%d / %d to %d places is %d", (n, d, decimals, want) => {
    expect(roundRatioHalfUp(n, d, decimals)).toBe(want);
  });
});

describe("authority_count", () => {
  it.each<[string, Record<string, unknown>, number, FigureStatus]>([
    ["at least one trafficked child missing", { measure: "twm", op: ">=", value: 1 }, 4, "exact"],
    ["more than 10", { measure: "twm", op: ">", value: 10 }, 2, "exact"],
    ["a sum of measures", { measure: ["twm", "uwm"], op: ">=", value: 50 }, 3, "exact"],
    ["a suppressed figure (1–4) counts as at least one", { measure: "tla", op: ">=", value: 1 }, 6, "exact"],
    ["a suppressed figure may or may not equal 2", { measure: "tla", op: "=", value: 2 }, 1, "within_bounds"],
    ["and the count can be the upper end", { measure: "tla", op: "=", value: 2 }, 0, "within_bounds"],
    ["no figure never counts (Glasgow's not-held UASC)", { measure: "uwm", op: "=", value: 0 }, 1, "exact"],
    ["wrong count", { measure: "twm", op: ">=", value: 1 }, 5, "differs"],
  ])("%s", (_name, condition, published, status) => {
    expect(check({ kind: "authority_count", condition, published }).status).toBe(status);
  });

  it("filters by area", () => {
    const r = check({
      kind: "authority_count",
      condition: { measure: "twm", op: ">=", value: 1 },
      area: "London",
      published: 1,
    });
    expect(r.status).toBe("exact");
  });

  it.each([
    ["any", 2],
    ["trafficked", 1],
    ["uasc", 2],
  ])("counts authorities giving a nationality breakdown (%s)", (group, published) => {
    expect(check({ kind: "authority_count", condition: { nationality_breakdown: group }, published }).status).toBe(
      "exact",
    );
  });

  it.each([
    [
      "a count of breakdowns",
      { kind: "authority_count", condition: { nationality_breakdown: "asylum" }, published: 0 },
    ],
    ["a ranking of nationalities", { kind: "ranking", by: { nationalities: "asylum" }, published: ["Afghan"] }],
  ])("names a group the round does not have as an error, not a silent zero (%s)", (_, figure) => {
    const r = check(figure as Record<string, unknown>, { ...run, groups: ["trafficked", "uasc"] });
    expect(r.status).toBe("error");
    expect(r.difference).toContain('group "asylum" is not one of the round\'s groups (trafficked, uasc)');
  });

  it("cannot count nationality breakdowns without quality.json", () => {
    const r = check(
      { kind: "authority_count", condition: { nationality_breakdown: "any" }, published: 2 },
      { ...run, nationalityBreakdowns: null },
    );
    expect(r.status).toBe("error");
    expect(r.difference).toContain("quality.json");
  });
});

describe("ranking", () => {
  const byMissing = { measure: ["twm", "uwm"] };
  it.each<[string, Record<string, unknown>, string[], FigureStatus, string]>([
    ["authorities in order", byMissing, ["Thurrock", "Croydon", "Kent"], "exact", "none"],
    ["by code or any case", byMissing, [thurrock.gss_code, "croydon"], "exact", "none"],
    [
      "out of order",
      byMissing,
      ["Kent", "Thurrock", "Croydon"],
      "differs",
      "position 1: published Kent, computed Thurrock",
    ],
    ["nationalities", { nationalities: "uasc" }, ["Albanian", "Afghan"], "exact", "none"],
    ["nationality by ISO code", { nationalities: "uasc" }, ["AL", "AF"], "exact", "none"],
    [
      "nationalities out of order",
      { nationalities: "uasc" },
      ["Afghan", "Albanian"],
      "differs",
      "position 1: published Afghan, computed Albanian",
    ],
    [
      "an exact tie decides nothing",
      { nationalities: "trafficked" },
      ["British"],
      "differs",
      "British and Vietnamese tie on 6, so position 1 is not determined",
    ],
    [
      "more places than entries",
      { nationalities: "trafficked" },
      ["British", "Vietnamese", "Albanian"],
      "differs",
      "only 2 of 3 ranked entries have figures",
    ],
  ])("%s", (_name, by, published, status, difference) => {
    const r = check({ kind: "ranking", by, published });
    expect(r.status).toBe(status);
    expect(r.difference).toBe(difference);
  });

  it("passes but flags a ranking that suppressed bounds could reorder", () => {
    // Eritrean at 9–11 cannot reach Afghan's 12; at 11–14 it could.
    const three = check({
      kind: "ranking",
      by: { nationalities: "uasc" },
      published: ["Albanian", "Afghan", "Eritrean"],
    });
    expect(three.status).toBe("exact");
    const uncertain = check(
      { kind: "ranking", by: { nationalities: "uasc" }, published: ["Albanian", "Afghan"] },
      {
        ...run,
        nationalities: run.nationalities.map((n) =>
          n.nationality === "Eritrean" ? { ...n, lower: 11, upper: 14 } : n,
        ),
      },
    );
    expect(uncertain.status).toBe("uncertain");
    expect(uncertain.pass).toBe(true);
    expect(uncertain.difference).toBe("order uncertain: Eritrean (11–14) could reach Afghan");
  });
});

it("counts the reference authorities", () => {
  expect(check({ kind: "reference_count", published: 217 }).status).toBe("exact");
  expect(check({ kind: "reference_count", published: 216 }).status).toBe("differs");
});

/** The same councils over two years: 2019 as `run` above, 2020 with other figures, one row per period. */
function inPeriod(outputs: LoadedOutputs, period: string): LoadedOutputs {
  return {
    ...outputs,
    values: outputs.values.map((v) => ({ ...v, period })),
    summaries: outputs.summaries.map((s) => ({ ...s, period })),
  };
}
const in2020 = buildOutputs([
  { authority: kent, figures: { tla: 50, twm: 20, uwm: 1, tmi: 0 } },
  { authority: croydon, figures: { tla: 10, twm: 1, uwm: 2, tmi: 0 } },
  { authority: thurrock, figures: { tla: 3, twm: 3, uwm: 3, tmi: 0 } },
]);
const twoYears: LoadedOutputs = {
  ...run,
  values: [...inPeriod(run, "2019").values, ...inPeriod(in2020, "2020").values],
  summaries: [...inPeriod(run, "2019").summaries, ...inPeriod(in2020, "2020").summaries],
  // One row per authority per period, as authorities.csv has in a run of several periods.
  authorities: [...run.authorities, ...run.authorities],
};

describe("a run of several periods", () => {
  const checkIn = (f: Record<string, unknown>, filePeriod?: string | string[]) => {
    const file = { title: "t", figures: [figure(f)], ...(filePeriod ? { period: filePeriod } : {}) };
    const [result] = checkFigures(twoYears, file);
    if (!result) throw new Error("no result");
    return result;
  };

  it.each<[string, Record<string, unknown>, string | string[] | undefined, FigureStatus, string]>([
    [
      "a total for one year",
      { kind: "total", measure: "twm", period: "2019", published: 36 },
      undefined,
      "exact",
      "36",
    ],
    [
      "the same total, the other year",
      { kind: "total", measure: "twm", period: "2020", published: 24 },
      undefined,
      "exact",
      "24",
    ],
    [
      "two years added together",
      { kind: "total", measure: "twm", period: ["2019", "2020"], published: 60 },
      undefined,
      "exact",
      "60",
    ],
    [
      "the file's period for a figure naming none",
      { kind: "total", measure: "twm", published: 24 },
      "2020",
      "exact",
      "24",
    ],
    [
      "a figure's own period before the file's",
      { kind: "total", measure: "twm", period: "2019", published: 36 },
      "2020",
      "exact",
      "36",
    ],
    [
      "a percentage within one year",
      {
        kind: "percentage",
        numerator: { measure: "twm" },
        denominator: { measure: "tla" },
        period: "2020",
        published: 38,
      },
      undefined,
      "exact",
      "38% (24 / 63)",
    ],
    [
      "authorities counted in one year",
      { kind: "authority_count", condition: { measure: "twm", op: ">=", value: 10 }, period: "2020", published: 1 },
      undefined,
      "exact",
      "1",
    ],
    [
      "a ranking in one year",
      { kind: "ranking", by: { measure: "tla" }, period: "2020", published: ["Kent", "Croydon"] },
      undefined,
      "exact",
      "Kent (50), Croydon (10)",
    ],
    [
      "the reference list, once whatever the periods",
      { kind: "reference_count", published: 217 },
      undefined,
      "exact",
      "217",
    ],
  ])("%s", (_name, f, filePeriod, status, computed) => {
    const r = checkIn(f, filePeriod);
    expect([r.status, r.computed]).toEqual([status, computed]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a figure that names no period",
      { kind: "total", measure: "twm", published: 36 },
      "the run has 2 periods (2019, 2020); give the figure a period to say which it is for",
    ],
    [
      "a period the run does not have",
      { kind: "total", measure: "twm", period: "2021", published: 36 },
      "period 2021 is not in this run; its periods are 2019, 2020",
    ],
  ])("cannot check %s, and says why", (_name, f, difference) => {
    const r = checkIn(f);
    expect([r.status, r.pass, r.difference]).toEqual(["error", false, difference]);
  });

  it("counts Wales once though it has a row in both summaries (it is a nation and a region)", () => {
    const wales = run.summaries.filter((s) => s.area_code === "W92000004");
    expect(wales.length).toBeGreaterThan(0);
    const asWritten = { ...run, summaries: [...run.summaries, ...wales] };
    expect(check({ kind: "total", measure: "tla", area: "Wales", published: 5 }, asWritten).status).toBe("exact");
  });

  it("takes a one-period run's figures without a period, or with its own", () => {
    expect(check({ kind: "total", measure: "twm", published: 36 }).status).toBe("exact");
    expect(check({ kind: "total", measure: "twm", period: "2014-15", published: 36 }).status).toBe("exact");
    expect(check({ kind: "total", measure: "twm", period: "2015", published: 36 }).status).toBe("error");
  });
});
