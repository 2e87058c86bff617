import { describe, expect, it } from "vitest";
import { inferListGroup } from "../../src/assemble/inferListGroup.js";
import type { Fact, UngroupedList } from "../../src/domain/facts.js";
import { makeIssue } from "../../src/domain/issues.js";
import type { Source } from "../../src/domain/source.js";
import type { Status } from "../../src/domain/values.js";
import { statedTotalOf } from "../../src/locate/readNationalityProse.js";
import { knowledge } from "../support/knowledge.js";

const request = {
  nationalityGroups: ["trafficked", "uasc"],
  measures: [
    { id: "trafficked_went_missing", group: "trafficked", metric: "went_missing", label: "", optional: false },
    { id: "uasc_went_missing", group: "uasc", metric: "went_missing", label: "", optional: false },
  ],
};

const source: Source = { file: "reply.docx", format: "docx", sheet: "reply.docx", row: 9, col: 1, place: "para 9" };

function fact(measure: string, status: Status, value: number | null): Fact {
  return {
    measure,
    status,
    value,
    lower: value,
    upper: value,
    raw: String(value ?? status),
    sources: [source],
    label: "",
  } as Fact;
}

/** A list of nationality counts with no group, as the sentence reader leaves it. */
function list(counts: number[], statedTotal: number | null = null): UngroupedList {
  return {
    items: counts.map((value, i) => ({
      raw: `N${i}`,
      nationality: `N${i}`,
      iso: "",
      value,
      lower: value,
      upper: value,
      status: "reported",
      rawValue: String(value),
      source,
    })),
    statedTotal,
    issue: makeIssue("layout_unknown", { message: "no group", file: "reply.docx", raw: "the list" }),
  };
}

describe("a nationality list that names no group, given one by the file's own figures", () => {
  it.each([
    // The other group's count of children missing is 0: only one group has any to list.
    {
      name: "other group 0",
      facts: [
        ["trafficked", "reported", 0],
        ["uasc", "reported", 5],
      ],
      list: list([3, 1]),
      expected: "uasc",
    },
    {
      name: "reversed",
      facts: [
        ["trafficked", "reported", 4],
        ["uasc", "reported", 0],
      ],
      list: list([1, 1]),
      expected: "trafficked",
    },
    // A list of more children than the one group had missing counts others too (all looked-after children).
    {
      name: "other group 0, list larger than the count",
      facts: [
        ["trafficked", "reported", 0],
        ["uasc", "reported", 1],
      ],
      list: list([23, 2, 1]),
      expected: null,
    },
    {
      name: "other group 0, list says it covers another number",
      facts: [
        ["trafficked", "reported", 0],
        ["uasc", "reported", 5],
      ],
      list: list([3, 1], 12),
      expected: null,
    },
    // The other group's children cannot be identified: the list must agree with the one count.
    {
      name: "not held, sum agrees",
      facts: [
        ["trafficked", "not_held", null],
        ["uasc", "reported", 4],
      ],
      list: list([2, 1, 1]),
      expected: "uasc",
    },
    {
      name: "refused, stated total agrees",
      facts: [
        ["trafficked", "refused", null],
        ["uasc", "reported", 41],
      ],
      list: list([17, 9, 6], 41),
      expected: "uasc",
    },
    {
      name: "not held, list disagrees",
      facts: [
        ["trafficked", "not_held", null],
        ["uasc", "reported", 9],
      ],
      list: list([2, 1]),
      expected: null,
    },
    // A group the file says nothing of may have had children missing.
    { name: "other group absent, sum agrees", facts: [["uasc", "reported", 3]], list: list([2, 1]), expected: null },
    {
      name: "other group absent, stated total agrees",
      facts: [["uasc", "reported", 41]],
      list: list([17, 9, 6], 41),
      expected: "uasc",
    },
    {
      name: "other group suppressed, stated total agrees",
      facts: [
        ["trafficked", "suppressed", null],
        ["uasc", "reported", 41],
      ],
      list: list([17, 9, 6], 41),
      expected: null,
    },
    // Both groups had children missing: the list could be either's, or both's.
    {
      name: "both groups missing",
      facts: [
        ["trafficked", "reported", 2],
        ["uasc", "reported", 3],
      ],
      list: list([2, 1]),
      expected: null,
    },
    // A suppressed count is some children: they may be in the list.
    {
      name: "other suppressed",
      facts: [
        ["trafficked", "suppressed", null],
        ["uasc", "reported", 3],
      ],
      list: list([2, 1]),
      expected: null,
    },
    {
      name: "no group has children missing",
      facts: [
        ["trafficked", "reported", 0],
        ["uasc", "reported", 0],
      ],
      list: list([1]),
      expected: null,
    },
    // Two periods' figures in one file: which count would the list be checked against?
    {
      name: "several counts of one group",
      facts: [
        ["trafficked", "reported", 0],
        ["uasc", "reported", 3],
        ["uasc", "reported", 4],
      ],
      list: list([2, 1]),
      expected: null,
    },
  ] as const)("$name → $expected", ({ facts, list: l, expected }) => {
    const r = inferListGroup(
      l ? [l] : [],
      facts.map(([g, s, v]) => fact(`${g}_went_missing`, s, v)),
      request,
    );
    if (expected === null) {
      expect(r.nationalities).toEqual([]);
      // The shortfall it leaves in each group's breakdown is tested below.
      expect(r.issues.map((i) => i.code).filter((c) => c !== "check_nationality_sum")).toEqual(["layout_unknown"]);
      expect(r.decisions).toEqual([]);
    } else {
      expect(r.nationalities.map((n) => n.group)).toEqual(l.items.map(() => expected));
      expect(r.issues).toEqual([]);
      expect(r.decisions).toHaveLength(1);
    }
  });
});

describe("another period's figures never decide whose a list is", () => {
  it.each([
    ["the other group's 0 is last year's", "trafficked", "uasc"],
    ["the group's own count is last year's", "uasc", "uasc"],
  ])("%s", (_, marked, own) => {
    const facts = [fact("trafficked_went_missing", "reported", 0), fact(`${own}_went_missing`, "reported", 3)].map(
      (f) => (f.measure === `${marked}_went_missing` ? { ...f, otherPeriod: "2013/14" } : f),
    );
    // Without the mark, the first list would be UASC's (the other group's count is 0).
    const r = inferListGroup([list([2, 1])], facts, request);
    expect(r.nationalities).toEqual([]);
    expect(r.issues.map((i) => i.code).filter((c) => c !== "check_nationality_sum")).toEqual(["layout_unknown"]);
  });
});

describe("a list no one group's leaves each group's breakdown short of its children who went missing", () => {
  it.each([
    // "Nationalities (trafficked and UASC together): Ethiopian 1, Romanian 1" beside 1 and 2 missing.
    {
      name: "both groups missing",
      facts: [
        ["trafficked", 1],
        ["uasc", 2],
      ],
      short: ["trafficked_went_missing", "uasc_went_missing"],
    },
    // A group the file gives no count for may have children in the list too.
    { name: "one group's count absent", facts: [["uasc", 3]], short: ["trafficked_went_missing", "uasc_went_missing"] },
    { name: "no count at all", facts: [], short: ["trafficked_went_missing", "uasc_went_missing"] },
    {
      name: "several counts of one group",
      facts: [
        ["trafficked", 0],
        ["uasc", 3],
        ["uasc", 4],
      ],
      short: ["uasc_went_missing"],
    },
    // No child went missing: no breakdown is short (the list is odd, and its own warning says so).
    {
      name: "no group has children missing",
      facts: [
        ["trafficked", 0],
        ["uasc", 0],
      ],
      short: [],
    },
  ] as const)("$name", ({ facts, short }) => {
    const r = inferListGroup(
      [list([2, 1])],
      facts.map(([g, v]) => fact(`${g}_went_missing`, "reported", v)),
      request,
    );
    const sums = r.issues.filter((i) => i.code === "check_nationality_sum");
    expect(sums.map((i) => i.measure)).toEqual(short);
    for (const i of sums) expect(i.severity).toBe("warning");
  });

  it("a count marked as another period's leaves no shortfall in this one", () => {
    const facts = [
      fact("trafficked_went_missing", "reported", 0),
      { ...fact("uasc_went_missing", "reported", 3), otherPeriod: "2013/14" },
    ];
    const r = inferListGroup([list([2, 1])], facts, request);
    expect(r.issues.map((i) => i.code)).toEqual(["layout_unknown"]);
  });
});

describe("the number of children a list says it covers", () => {
  it.each([
    ["Of the 12 young people who went missing, ", 12],
    ["The 8 children who went missing were ", 8],
    ["Among these 5 children: ", 5],
    ["Of those 3, ", 3],
    ["In 2019 ", null],
    ["Of the children who went missing, ", null],
    ["Of the 40% who ", null],
    ["The two young people who went missing were ", 2],
    ["Of the three UASC who went missing, ", 3],
    ["The young people who went missing were ", null],
  ] as const)("%j → %s", (intro, expected) => {
    expect(statedTotalOf(intro, knowledge().values.numberWords)).toBe(expected);
  });
});
