import { describe, expect, it } from "vitest";
import { summariseNationalities } from "../../src/aggregate/summariseNationalities.js";
import { NationalityRowSchema } from "../../src/domain/outputs.js";
import { fakeReturn, nationality } from "./fakeReturns.js";

const rows = summariseNationalities([
  fakeReturn(
    "E09000023",
    { uasc_went_missing: 9 },
    {
      nationalities: [
        nationality("uasc", "Afghan", "AF", 3),
        nationality("uasc", "Vietnamese", "VN", 2),
        nationality("trafficked", "Vietnamese", "VN", 4),
        nationality("uasc", "Eritrean", "ER", { status: "suppressed", lower: 1, upper: 4 }),
      ],
    },
  ),
  fakeReturn(
    "E10000030",
    { uasc_went_missing: 6 },
    {
      nationalities: [
        nationality("uasc", "Vietnamese", "VN", 5),
        nationality("uasc", "Afghan", "AF", 1),
        nationality("uasc", "Albanian", "AL", { status: "not_held" }),
        nationality("uasc", "Other/unknown", "", 2),
      ],
    },
  ),
  fakeReturn(
    "W06000001",
    { uasc_went_missing: 1 },
    {
      nationalities: [nationality("uasc", "Eritrean", "ER", 1)],
    },
  ),
  fakeReturn("E06000001"),
]);

describe("summariseNationalities", () => {
  it.each([
    // group, nationality, iso, missing, authorities, lower, upper
    ["uasc", "Vietnamese", "VN", 7, 2, 7, 7],
    ["uasc", "Afghan", "AF", 4, 2, 4, 4],
    ["uasc", "Eritrean", "ER", 1, 2, 2, 5],
    ["uasc", "Other/unknown", "", 2, 1, 2, 2],
    ["trafficked", "Vietnamese", "VN", 4, 1, 4, 4],
  ] as const)("%s %s (%s): %i children from %i authorities, %i–%i", (group, name, iso, missing, auths, lo, hi) => {
    expect(rows.find((r) => r.group === group && r.nationality === name)).toEqual({
      group,
      nationality: name,
      iso_code: iso,
      missing_children: missing,
      authorities: auths,
      lower: lo,
      upper: hi,
    });
  });

  it("leaves out rows that carry no figure (not held, refused)", () => {
    expect(rows.find((r) => r.nationality === "Albanian")).toBeUndefined();
  });

  it("sorts by group, then most missing children first, then name", () => {
    expect(rows.map((r) => `${r.group} ${r.nationality}`)).toEqual([
      "trafficked Vietnamese",
      "uasc Vietnamese",
      "uasc Afghan",
      "uasc Other/unknown",
      "uasc Eritrean",
    ]);
  });

  it("produces rows that match the published schema", () => {
    for (const r of rows) expect(NationalityRowSchema.parse(r)).toEqual(r);
  });
});

describe("summariseNationalities with a list set aside", () => {
  const setAside = { code: "period_approximate" as const, message: "figures cover 2014-04-01 to 2015-03-31" };
  const withSetAside = summariseNationalities([
    fakeReturn("E09000023", { uasc_went_missing: 4 }, { nationalities: [nationality("uasc", "Afghan", "AF", 3)] }),
    fakeReturn(
      "E10000020",
      { uasc_went_missing: 7 },
      {
        nationalities: [
          { ...nationality("uasc", "Afghan", "AF", 2), setAside },
          { ...nationality("uasc", "Kuwaiti", "KW", 1), setAside },
        ],
      },
    ),
  ]);

  it("keeps another period's list out of the totals and shows it in set_aside, with whose and why", () => {
    expect(withSetAside.find((r) => r.nationality === "Afghan")).toEqual({
      group: "uasc",
      nationality: "Afghan",
      iso_code: "AF",
      missing_children: 3,
      authorities: 1,
      lower: 3,
      upper: 3,
      set_aside: 2,
      set_aside_because: "E10000020 period_approximate",
    });
  });

  it("still lists a nationality only a set-aside list names, with nothing in its totals", () => {
    expect(withSetAside.find((r) => r.nationality === "Kuwaiti")).toMatchObject({
      missing_children: 0,
      authorities: 0,
      lower: 0,
      upper: 0,
      set_aside: 1,
    });
  });

  it("produces rows that match the published schema", () => {
    for (const r of withSetAside) expect(NationalityRowSchema.parse(r)).toEqual(r);
  });
});
