import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(
    r.facts.filter((f) => f.status === "derived" || f.status === "reported").map((f) => [f.measure, f.value]),
  );
}

function nationalities(r: FileResult): string[] {
  return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
}

/** An episode export whose cohort column says "BOTH" (or its legend's words) for a child in both groups. */
function episodes(both: string): CellSpec[][] {
  return [
    ["CHILD_REF", "COHORT_FLAG", "NAT_CODE", "EPISODE_START", "EPISODE_END", "FOUND_YN"],
    ["C1", "UASC", "AFG", "2014-11-04", "2014-11-05", "Y"],
    ["C2", both, "VNM", "2015-01-10", "2015-01-12", "Y"],
    ["C2", both, "VNM", "2015-03-02", "", "N"],
    ["C3", "UASC", "ERI", "2014-09-20", "2014-09-21", "Y"],
    ["C4", "TRAF", "ALB", "2015-06-01", "2015-06-03", "Y"],
  ];
}

describe("an episode export whose cohort code puts a child in both groups", () => {
  it.each(["BOTH", "Both flags", "both groups", "Dual"])("counts a %s child in each group once", async (both) => {
    const bytes = await buildXlsx([{ name: "Episodes", rows: episodes(both) }]);
    const r = await run("Kirklees FOI 2211 episodes.xlsx", bytes);
    expect(figures(r)).toMatchObject({
      uasc_went_missing: 2,
      uasc_missing_incidents: 3,
      uasc_not_found: 1,
      trafficked_went_missing: 2,
      trafficked_missing_incidents: 3,
      trafficked_not_found: 1,
      // C2 is one child, still missing, in both groups.
      not_found: 1,
    });
    expect(r.issues.filter((i) => i.code === "episode_list_uncounted")).toEqual([]);
    // NAT_CODE is the nationality column: each child counted once per group.
    expect(nationalities(r)).toEqual([
      "trafficked Albanian 1",
      "trafficked Vietnamese 1",
      "uasc Afghan 1",
      "uasc Vietnamese 1",
    ]);
  });

  it("says which rows fall outside the period and were left out", async () => {
    const bytes = await buildXlsx([{ name: "Episodes", rows: episodes("BOTH") }]);
    const r = await run("Kirklees FOI 2211 episodes.xlsx", bytes);
    const other = r.issues.filter((i) => i.code === "figure_other_period");
    expect(other).toHaveLength(1);
    expect(other[0]?.message).toContain("row 5");
    expect(other[0]?.cell).toBe("D5");
  });
});

/**
 * A row-per-child csv whose trafficking column holds one-letter codes, with
 * counts under the list that name the column and explain each code in a
 * bracket ("TRAF_TYPE I (identified) in period").
 */
function childList(blankNationality: string): (string | number)[][] {
  return [
    ["Looked after children with one or more missing episodes, 1 October 2014 to 30 September 2015"],
    ["CHILD_NO", "UASC_IND", "TRAF_TYPE", "NATIONALITY", "NO_MISS_EPIS", "CURR_MISSING"],
    ["K1", "Y", "", "AFG", 2, "N"],
    ["K2", "Y", "S", "ALB", 1, "N"],
    ["K3", "Y", "", blankNationality, 3, "Y"],
    ["K4", "N", "I", "VNM", 2, "N"],
    [],
    ["UASC looked after in period", 12],
    ["TRAF_TYPE I (identified) in period", 1],
    ["TRAF_TYPE S (suspected) in period", 1],
  ];
}

describe("a child list whose group codes are explained in brackets under it", () => {
  it("reads the codes as the group, and the counts under the list as the parts", async () => {
    const r = await run("Sutton FOI 7781.csv", csv(childList("SYR")));
    expect(figures(r)).toMatchObject({
      uasc_looked_after: 12,
      trafficked_identified: 1,
      trafficked_suspected: 1,
      trafficked_went_missing: 2,
      trafficked_missing_incidents: 3,
      trafficked_not_found: 0,
      uasc_went_missing: 3,
      uasc_missing_incidents: 6,
      uasc_not_found: 1,
    });
    expect(r.issues.filter((i) => i.code === "episode_row_unreadable")).toEqual([]);
  });

  it("counts a blank nationality as not recorded, and says so", async () => {
    const r = await run("Sutton FOI 7781.csv", csv(childList("")));
    expect(nationalities(r)).toContain("uasc Other/unknown 1");
    const unknown = r.issues.filter((i) => i.code === "nationality_unknown");
    expect(unknown.map((i) => i.cell)).toEqual(["D5"]);
  });
});

describe("a summary row naming its group by the field that records it", () => {
  it.each([
    ["Trafficked (identified or suspected) - CME/trafficking flag", "trafficked_looked_after"],
    ["UASC marker in period", "uasc_looked_after"],
  ])("reads %s as the group's looked-after count", async (label, measure) => {
    const bytes = await buildXlsx([
      {
        name: "Summary",
        rows: [
          ["Oldham Council - FOI 2015-311"],
          [],
          ["Cohort", "Looked after at any point 01/10/2014 - 30/09/2015"],
          [label, 6],
        ],
      },
    ]);
    const r = await run("FOI 2015-311 response.xlsx", bytes);
    expect(figures(r)[measure]).toBe(6);
  });
});

describe("a nationality table of the whole looked-after cohort", () => {
  it.each([
    ["Table 3: Nationality of all UASC looked after in the period", "UASC looked after"],
    ["Nationality breakdown (for context)", "UASC looked after during the period"],
  ])("is not the went-missing breakdown (%s)", async (title, countHeader) => {
    const bytes = await buildXlsx([
      {
        name: "Table 2",
        rows: [["Table 2: Nationality of children who went missing"], ["Nationality", "UASC"], ["Eritrean", 1]],
      },
      {
        name: "Table 3",
        rows: [[title], ["Nationality", countHeader], ["Afghan", 3], ["Eritrean", 2], ["Total", 5]],
      },
    ]);
    const r = await run("Torfaen FOI 2015-88.xlsx", bytes);
    expect(nationalities(r)).toEqual(["uasc Eritrean 1"]);
    expect(r.issues.some((i) => i.code === "label_outside_request" && i.sheet === "Table 3")).toBe(true);
  });
});

/**
 * Years side by side with a column for the requested period: each year's
 * months written under it ("2014-15" over "Apr-Mar"). The financial year
 * 2014-15 is near the requested 1 October 2014 to 30 September 2015, and
 * set aside only because the requested period's own column is there.
 */
describe("financial years beside the requested period's column", () => {
  const rows = (requested: string, gloss: string): CellSpec[][] => [
    ["Sefton Council - Children's Social Care"],
    [],
    ["", "2012-13", "2013-14", "2014-15", requested],
    ["", gloss, gloss, gloss, "01/10/2014 - 30/09/2015"],
    ["UASC looked after", 24, 29, 35, 38],
    ["UASC who went missing at least once", 5, 6, 7, 8],
  ];

  it.each([
    ["Requested period", "Apr-Mar"],
    ["This request", "April to March"],
  ])("takes the requested period's column (%s over years glossed %s)", async (requested, gloss) => {
    const bytes = await buildXlsx([{ name: "Response", rows: rows(requested, gloss) }]);
    const r = await run("Sefton FOI 5512.xlsx", bytes);
    expect(figures(r)).toMatchObject({ uasc_looked_after: 38, uasc_went_missing: 8 });
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
    expect(r.issues.filter((i) => i.code === "figure_set_aside")).toHaveLength(6);
  });

  it("keeps a financial year's figure given alone, as before", async () => {
    const bytes = await buildXlsx([
      {
        name: "Response",
        rows: [["Sefton Council"], [], ["", "2014-15"], ["", "Apr-Mar"], ["UASC looked after", 35]],
      },
    ]);
    const r = await run("Sefton FOI 5512.xlsx", bytes);
    expect(figures(r).uasc_looked_after).toBe(35);
    expect(r.issues.filter((i) => i.code === "figure_other_period")).toEqual([]);
  });
});

/** An episode export whose nationality codes are explained on a lookup sheet headed "NAT_CD | Nationality". */
describe("coded nationalities with a lookup sheet", () => {
  it.each([
    ["NAT_CD", "START_DT", "END_DT"],
    ["NAT_CODE", "START_DT", "END_DT"],
  ])("reads %s through the lookup, and %s as the episode's start", async (nat, start, end) => {
    const bytes = await buildXlsx([
      {
        name: "Episodes",
        rows: [
          ["EPISODE_ID", "CLIENT_ID", "UASC_FLAG", "TRAF_FLAG", nat, start, end],
          ["E1", "N1", 1, 0, "01", "2014-11-08", "2014-11-09"],
          ["E2", "N2", 1, 1, "03", "2015-07-30", "2015-08-02"],
          ["E3", "N3", 0, 1, "05", "2014-08-01", "2014-08-03"],
        ],
      },
      {
        name: "Codes",
        rows: [
          [nat, "Nationality"],
          ["01", "Afghanistan"],
          ["03", "Vietnam"],
          ["05", "Albania"],
        ],
      },
    ]);
    const r = await run("Angus FOI 2015-17.xlsx", bytes);
    expect(nationalities(r)).toEqual(["trafficked Vietnamese 1", "uasc Afghan 1", "uasc Vietnamese 1"]);
    // The lookup is no table of counts.
    expect(r.issues.filter((i) => i.sheet === "Codes")).toEqual([]);
    // E3 started before the period: left out, and said.
    expect(figures(r)).toMatchObject({ trafficked_went_missing: 1, uasc_went_missing: 2 });
    expect(r.issues.some((i) => i.code === "figure_other_period" && i.cell === "F4")).toBe(true);
  });
});

/** Blocks of quarters and a total, each headed in its corner by the group its rows count. */
describe("a group named in the corner of a header row of periods", () => {
  it.each([
    ["Unaccompanied asylum seeking children", "Trafficked children (identified or suspected)"],
    ["UASC", "Trafficked"],
  ])("gives its rows that group (%s, %s)", async (uasc, trafficked) => {
    const block = (group: string, went: number): CellSpec[][] => [
      [group, "Oct-Dec 2014", "Jan-Mar 2015", "Apr-Jun 2015", "Jul-Sep 2015", "Total"],
      ["Looked after", 5, 6, 6, 8, 8],
      ["Went missing (children)", 2, 1, 2, 1, went],
      [],
    ];
    const bytes = await buildXlsx([
      { name: "FOI", rows: [["Fife Council"], [], ...block(uasc, 3), ...block(trafficked, 4)] },
    ]);
    const r = await run("Fife FOI 2015-88.xlsx", bytes);
    expect(figures(r)).toMatchObject({ uasc_went_missing: 3, trafficked_went_missing: 4 });
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
  });
});

/** A per-child list closed by one total row a group, whose "N children" the rows may not bear out. */
describe("a list's total rows, checked against its rows", () => {
  const list = (uascTotal: string): CellSpec[][] => [
    ["Missing from care 1 October 2014 - 30 September 2015"],
    ["Young person", "Group", "Nationality", "Missing episodes", "Outcome"],
    ["YP1", "UASC", "Eritrean", 2, "Returned"],
    ["YP2", "UASC", "Afghan", 1, "Returned"],
    ["YP3", "UASC", "Syrian", 3, "Returned"],
    ["YP4", "Trafficked", "Vietnamese", 1, "Still missing"],
    ["Total UASC", "", "", 6, uascTotal],
    ["Total trafficked", "", "", 1, "1 child"],
  ];

  it("reads the outcome column past the total rows and keeps quiet when they agree", async () => {
    const r = await run("Moray FOI 15-31.xlsx", await buildXlsx([{ name: "Missing", rows: list("3 children") }]));
    expect(figures(r)).toMatchObject({
      uasc_went_missing: 3,
      uasc_missing_incidents: 6,
      uasc_not_found: 0,
      trafficked_went_missing: 1,
      trafficked_not_found: 1,
      not_found: 1,
    });
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });

  it("flags the measure when a total row's children differ from the rows", async () => {
    const r = await run("Moray FOI 15-31.xlsx", await buildXlsx([{ name: "Missing", rows: list("2 children") }]));
    const conflicts = r.issues.filter((i) => i.code === "value_conflict");
    expect(conflicts.map((i) => `${i.measure} ${i.cell}`)).toEqual(["uasc_went_missing E7"]);
  });
});
