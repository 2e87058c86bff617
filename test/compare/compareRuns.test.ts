import { describe, expect, it } from "vitest";
import { type ComparisonRow, compareRuns, NOT_IN_ROUND } from "../../src/compare/compareRuns.js";
import { groupSuccessions } from "../../src/compare/groupSuccessions.js";
import { subtractBounds } from "../../src/compare/interval.js";
import { lineUpMeasures } from "../../src/compare/lineUpMeasures.js";
import type { ComparedRun, RunFigure } from "../../src/compare/runs.js";
import type { Succession } from "../../src/knowledge/successions.js";

const NORTHANTS: Succession = {
  date: "2021-04-01",
  predecessors: [{ code: "E10000021", name: "Northamptonshire" }],
  successors: [
    { code: "E06000061", name: "North Northamptonshire" },
    { code: "E06000062", name: "West Northamptonshire" },
  ],
};
const BCP: Succession = {
  date: "2019-04-01",
  predecessors: [
    { code: "E06000028", name: "Bournemouth" },
    { code: "E06000029", name: "Poole" },
  ],
  successors: [{ code: "E06000058", name: "Bournemouth, Christchurch and Poole" }],
};

type FigureSpec = [authority: string, measure: string, figure: number | [number, number] | "not_held", period?: string];

/** A run built in code: authorities as [code, name, return status], figures as [code, measure, n | [lo, hi] | "not_held"]. */
function makeRun(
  label: string,
  measures: { id: string; group: string | null; metric: string | null }[],
  authorities: [string, string, ComparedRun["authorities"][number]["returnStatus"]][],
  figures: FigureSpec[],
  periods: string[] = [""],
): ComparedRun {
  return {
    label,
    requestId: label,
    measures: measures.map((m) => ({ ...m, label: m.id })),
    periods,
    authorities: authorities.map(([code, name, returnStatus]) => ({ code, name, returnStatus })),
    figures: figures.map(([authority, measure, figure, period = ""]): RunFigure => {
      if (figure === "not_held")
        return { authority, measure, period, status: "not_held", value: null, lower: null, upper: null };
      if (Array.isArray(figure))
        return { authority, measure, period, status: "suppressed", value: null, lower: figure[0], upper: figure[1] };
      return { authority, measure, period, status: "reported", value: figure, lower: figure, upper: figure };
    }),
    areas: [],
    notSummed: [],
    notes: [],
  };
}

describe("subtractBounds", () => {
  it.each([
    { later: [7, 7], earlier: [1, 1], change: [6, 6] },
    { later: [4, 7], earlier: [1, 1], change: [3, 6] },
    { later: [10, 10], earlier: [1, 4], change: [6, 9] },
    { later: [1, 4], earlier: [1, 4], change: [-3, 3] },
    { later: [0, 0], earlier: [5, 5], change: [-5, -5] },
  ])("$later − $earlier = $change", ({ later, earlier, change }) => {
    const [ll, lu] = later as [number, number];
    const [el, eu] = earlier as [number, number];
    expect(subtractBounds({ lower: ll, upper: lu }, { lower: el, upper: eu })).toEqual({
      lower: change[0],
      upper: change[1],
    });
  });
});

describe("lineUpMeasures", () => {
  it("lines up renamed measures by group and metric, and lists the ones only one run has", () => {
    const a = makeRun(
      "a",
      [
        { id: "not_found", group: "all", metric: "not_found" },
        { id: "uasc_not_found", group: "uasc", metric: "not_found" },
      ],
      [],
      [],
    );
    const b = makeRun("b", [{ id: "still_missing", group: "all", metric: "not_found" }], [], []);
    const { lines, unmatched } = lineUpMeasures([a, b]);
    expect(lines.map((l) => ({ key: l.key, ids: l.ids }))).toEqual([
      { key: "all/not_found", ids: ["not_found", "still_missing"] },
    ]);
    expect(unmatched).toEqual([{ run: "a", measure: "uasc_not_found", label: "uasc_not_found" }]);
  });

  it("lines up a run whose request is unknown by measure id", () => {
    const a = makeRun("a", [{ id: "uasc_looked_after", group: "uasc", metric: "looked_after" }], [], []);
    const b = makeRun("b", [{ id: "uasc_looked_after", group: null, metric: null }], [], []);
    expect(lineUpMeasures([a, b]).lines.map((l) => l.ids)).toEqual([["uasc_looked_after", "uasc_looked_after"]]);
  });
});

describe("groupSuccessions", () => {
  const m = [{ id: "uasc_looked_after", group: "uasc", metric: "looked_after" }];
  it("joins a predecessor with its successors when the runs differ, and names the mapping", () => {
    const a = makeRun("a", m, [["E10000021", "Northamptonshire", "answered"]], []);
    const b = makeRun(
      "b",
      m,
      [
        ["E06000061", "North Northamptonshire", "answered"],
        ["E06000062", "West Northamptonshire", "answered"],
      ],
      [],
    );
    expect(groupSuccessions([a, b], [NORTHANTS])).toEqual([
      {
        code: "E10000021+E06000061+E06000062",
        name: "Northamptonshire → North Northamptonshire + West Northamptonshire",
        members: ["E10000021", "E06000061", "E06000062"],
        mapped: true,
      },
    ]);
  });

  it("keeps Bournemouth and Poole apart when both runs have both", () => {
    const auth: [string, string, "answered"][] = [
      ["E06000028", "Bournemouth", "answered"],
      ["E06000029", "Poole", "answered"],
    ];
    const units = groupSuccessions([makeRun("a", m, auth, []), makeRun("b", m, auth, [])], [BCP]);
    expect(units.map((u) => [u.code, u.mapped])).toEqual([
      ["E06000028", false],
      ["E06000029", false],
    ]);
  });
});

describe("compareRuns", () => {
  const measures = [
    { id: "uasc_looked_after", group: "uasc", metric: "looked_after" },
    { id: "uasc_went_missing", group: "uasc", metric: "went_missing" },
  ];
  const a = makeRun(
    "2015",
    measures,
    [
      ["E10000021", "Northamptonshire", "answered"],
      ["E06000028", "Bournemouth", "answered"],
      ["E06000029", "Poole", "answered"],
      ["E10000016", "Kent", "answered"],
    ],
    [
      ["E10000021", "uasc_looked_after", 36],
      ["E10000021", "uasc_went_missing", 1],
      ["E06000028", "uasc_looked_after", 4],
      ["E06000028", "uasc_went_missing", 0],
      ["E06000029", "uasc_looked_after", [1, 4]],
      ["E06000029", "uasc_went_missing", 0],
      ["E10000016", "uasc_looked_after", 1046],
      ["E10000016", "uasc_went_missing", 38],
    ],
  );
  const b = makeRun(
    "2022",
    measures,
    [
      ["E06000061", "North Northamptonshire", "answered"],
      ["E06000062", "West Northamptonshire", "answered"],
      ["E06000058", "Bournemouth, Christchurch and Poole", "answered"],
      ["E10000016", "Kent", "no_return"],
    ],
    [
      ["E06000061", "uasc_looked_after", 28],
      ["E06000061", "uasc_went_missing", 3],
      ["E06000062", "uasc_looked_after", 41],
      ["E06000062", "uasc_went_missing", [1, 4]],
      ["E06000058", "uasc_looked_after", 19],
      ["E06000058", "uasc_went_missing", "not_held"],
    ],
  );
  const comparison = compareRuns([a, b], [NORTHANTS, BCP]);
  const row = (code: string, measure: string, round: string): ComparisonRow | undefined =>
    comparison.rows.find((r) => r.code === code && r.measure === measure && r.round === round);
  const pick = (r: ComparisonRow | undefined) =>
    r && {
      members: r.members,
      status: r.status,
      value: r.value,
      lower: r.lower,
      upper: r.upper,
      change: [r.change_value, r.change_lower, r.change_upper],
    };

  it.each([
    {
      what: "successors' exact figures are summed and the change is exact",
      code: "E10000021+E06000061+E06000062",
      measure: "uasc_looked_after",
      round: "2022",
      want: {
        members: "E06000061+E06000062",
        status: "reported",
        value: 69,
        lower: 69,
        upper: 69,
        change: [33, 33, 33],
      },
    },
    {
      what: "a suppressed successor's bounds are carried into the sum and the change",
      code: "E10000021+E06000061+E06000062",
      measure: "uasc_went_missing",
      round: "2022",
      want: {
        members: "E06000061+E06000062",
        status: "reported+suppressed",
        value: null,
        lower: 4,
        upper: 7,
        change: [null, 3, 6],
      },
    },
    {
      what: "predecessors are summed too, with a suppressed one's bounds",
      code: "E06000028+E06000029+E06000058",
      measure: "uasc_looked_after",
      round: "2015",
      want: {
        members: "E06000028+E06000029",
        status: "reported+suppressed",
        value: null,
        lower: 5,
        upper: 8,
        change: [null, null, null],
      },
    },
    {
      what: "the change from a range is a range",
      code: "E06000028+E06000029+E06000058",
      measure: "uasc_looked_after",
      round: "2022",
      want: { members: "E06000058", status: "reported", value: 19, lower: 19, upper: 19, change: [null, 11, 14] },
    },
    {
      what: "a figure that is not held leaves no figure and no change",
      code: "E06000028+E06000029+E06000058",
      measure: "uasc_went_missing",
      round: "2022",
      want: {
        members: "E06000058",
        status: "not_held",
        value: null,
        lower: null,
        upper: null,
        change: [null, null, null],
      },
    },
  ])("$what", ({ code, measure, round, want }) => {
    expect(pick(row(code, measure, round))).toEqual(want);
  });

  it("lists the councils that answered in one run and not in another", () => {
    expect(comparison.answerChanges.map((c) => [c.unit.name, c.statuses])).toEqual([
      ["Kent", ["answered", "no_return"]],
    ]);
  });

  it("says when none of a unit's authorities is in a run's list", () => {
    const c = compareRuns([a, makeRun("later", measures, [["E10000016", "Kent", "answered"]], [])], [NORTHANTS, BCP]);
    const r = c.rows.find((x) => x.code === "E10000021" && x.round === "later");
    expect(r?.status).toBe(NOT_IN_ROUND);
    expect(c.answerChanges.map((x) => x.unit.code)).toContain("E10000021");
  });

  it("compares every period of a many-period run with the point before it", () => {
    const many = makeRun(
      "2018-2020",
      measures,
      [["E10000016", "Kent", "answered"]],
      [
        ["E10000016", "uasc_looked_after", 1100, "2018"],
        ["E10000016", "uasc_looked_after", 1150, "2019"],
      ],
      ["2018", "2019"],
    );
    const c = compareRuns([a, many], []);
    const kent = c.rows.filter((r) => r.code === "E10000016" && r.measure === "uasc_looked_after");
    expect(kent.map((r) => [r.round, r.period, r.value, r.change_value])).toEqual([
      ["2015", "", 1046, null],
      ["2018-2020", "2018", 1100, 54],
      ["2018-2020", "2019", 1150, 50],
    ]);
  });
});

describe("compareRuns: an average or a percentage is never added up", () => {
  const measures = [{ id: "sw_caseload", group: "sw", metric: "caseload" }];
  const a = makeRun(
    "2015",
    measures,
    [
      ["E10000021", "Northamptonshire", "answered"],
      ["E10000016", "Kent", "answered"],
    ],
    [
      ["E10000021", "sw_caseload", 17.4],
      ["E10000016", "sw_caseload", 19.5],
    ],
  );
  const b = makeRun(
    "2022",
    measures,
    [
      ["E06000061", "North Northamptonshire", "answered"],
      ["E06000062", "West Northamptonshire", "answered"],
      ["E10000016", "Kent", "answered"],
    ],
    [
      ["E06000061", "sw_caseload", 18.1],
      ["E06000062", "sw_caseload", 16.3],
      ["E10000016", "sw_caseload", 21],
    ],
  );
  // Each run says, through its summary rows, that this measure is not added up.
  const spread = { area: "K02000001", areaName: "United Kingdom", measure: "sw_caseload", period: "", total: null };
  a.areas = [{ ...spread, lower: null, upper: null, lowest: 17.4, median: 18.45, highest: 19.5 }];
  b.areas = [{ ...spread, lower: null, upper: null, lowest: 16.3, median: 18.1, highest: 21 }];
  a.notSummed = ["sw_caseload"];
  b.notSummed = ["sw_caseload"];
  const comparison = compareRuns([a, b], [NORTHANTS]);
  const row = (code: string, round: string) => comparison.rows.find((r) => r.code === code && r.round === round);

  it("does not add up the successors' averages", () => {
    expect(row("E10000021+E06000061+E06000062", "2022")).toMatchObject({
      value: null,
      lower: null,
      upper: null,
      note: expect.stringMatching(/^no sum: sw_caseload is an average or a percentage, never added up/u),
    });
  });

  it("compares one council's average with its own", () => {
    const kent = row("E10000016", "2022");
    expect(kent).toMatchObject({ value: 21, change_lower: 1.5, change_upper: 1.5 });
  });

  it("gives an area no total, only how its councils' figures spread", () => {
    expect(row("K02000001", "2022")).toMatchObject({
      status: "not added up",
      value: null,
      lower: null,
      change_value: null,
      note: "an average or a percentage, never a total: median 18.1 (lowest 16.3, highest 21)",
    });
  });
});
