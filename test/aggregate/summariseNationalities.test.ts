import { describe, expect, it } from "vitest";
import { summariseNationalities } from "../../src/aggregate/summariseNationalities.js";
import { NationalityRowSchema } from "../../src/domain/outputs.js";
import { fakeReturn, nationality, request } from "./fakeReturns.js";

const rows = summariseNationalities(
  [
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
      { uasc_went_missing: 8 },
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
  ],
  request,
);

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

describe("a list naming more children than its group's went-missing count", () => {
  const afghan = (n: number | Parameters<typeof nationality>[3]) => nationality("uasc", "Afghan", "AF", n);
  const eritrean = (n: number) => nationality("uasc", "Eritrean", "ER", n);
  it.each([
    // went missing, the list, then Afghan's missing_children, lower, upper
    { name: "exceeds by 2: each figure a range", missing: 5, list: [afghan(4), eritrean(3)], afghan: [0, 2, 4] },
    {
      name: "an excess past a figure: its lower bound is 0",
      missing: 1,
      list: [afghan(2), eritrean(3)],
      afghan: [0, 0, 2],
    },
    { name: "went missing 0", missing: 0, list: [afghan(2)], afghan: [0, 0, 2] },
    { name: "equal: exact", missing: 7, list: [afghan(4), eritrean(3)], afghan: [4, 4, 4] },
    { name: "fewer: exact", missing: 9, list: [afghan(4), eritrean(3)], afghan: [4, 4, 4] },
    {
      name: "a suppressed item: left exact (the sum is a range)",
      missing: 3,
      list: [afghan(4), eritrean(3), nationality("uasc", "Iraqi", "IQ", { status: "suppressed", lower: 1, upper: 4 })],
      afghan: [4, 4, 4],
    },
  ])("$name", ({ missing, list, afghan: [exact, lower, upper] }) => {
    const [row] = summariseNationalities(
      [fakeReturn("E10000020", { uasc_went_missing: missing }, { nationalities: list })],
      request,
    ).filter((r) => r.nationality === "Afghan");
    expect([row?.missing_children, row?.lower, row?.upper]).toEqual([exact, lower, upper]);
  });

  it("only the group whose count is exceeded", () => {
    const rows = summariseNationalities(
      [
        fakeReturn(
          "E10000020",
          { uasc_went_missing: 1, trafficked_went_missing: 2 },
          { nationalities: [afghan(3), nationality("trafficked", "Vietnamese", "VN", 2)] },
        ),
      ],
      request,
    );
    expect(rows.map((r) => `${r.group} ${r.nationality} ${r.missing_children} ${r.lower}-${r.upper}`)).toEqual([
      "trafficked Vietnamese 2 2-2",
      "uasc Afghan 0 1-3",
    ]);
  });

  it("no count given: the list stands", () => {
    const [row] = summariseNationalities([fakeReturn("E10000020", {}, { nationalities: [afghan(3)] })], request);
    expect(row?.missing_children).toBe(3);
  });
});
