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
