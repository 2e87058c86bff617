import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { canonicaliseNationalityCode } from "../../src/parse/parseNationality.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

/** measure → value for exact figures. */
function values(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
}

function uncounted(r: FileResult): string[] {
  return r.issues
    .filter((i) => i.code === "episode_list_uncounted")
    .map((i) => i.measure ?? "")
    .sort();
}

function listDecision(r: FileResult): string {
  return r.decisions.find((d) => d.message.includes("header of a list"))?.message ?? "";
}

/** A row-per-child extract with one yes/no column per group, as Liquidlogic or Mosaic writes it. */
function childExtract(yes: CellSpec, no: CellSpec, headers = ["UASC_FLAG", "TRAFF_FLAG"]): CellSpec[][] {
  return [
    ["Children looked after at any point 01/10/2014 - 30/09/2015 with a UASC or trafficking flag"],
    [],
    ["CHILD_ID", headers[0], headers[1], "NATIONALITY_CD", "MISS_EPISODES_PERIOD", "CURRENTLY_MISSING"],
    ["C1", yes, no, "AFG", 3, "N"],
    ["C2", yes, no, "ERI", 0, "N"],
    ["C3", yes, yes, "VNM", 4, "Y"],
    ["C4", yes, no, "ZZZ", 2, "Y"],
    ["C5", no, yes, "GBR", 5, "N"],
    ["C6", no, yes, "NGA", 0, "N"],
  ];
}

const CHILD_EXTRACT_FIGURES = {
  trafficked_looked_after: 3,
  trafficked_went_missing: 2,
  trafficked_missing_incidents: 9,
  trafficked_not_found: 1,
  uasc_looked_after: 4,
  uasc_went_missing: 3,
  uasc_missing_incidents: 9,
  uasc_not_found: 2,
  // C3 is in both groups and still missing: one child, not two.
  not_found: 2,
};

describe("row-per-child extracts with group flags", () => {
  it.each<[string, CellSpec, CellSpec]>([
    ["Y / N", "Y", "N"],
    ["Yes / No", "Yes", "No"],
    ["1 / 0", 1, 0],
    ["TRUE / FALSE", "TRUE", "FALSE"],
    ["x / blank (only the yeses filled in)", "x", null],
  ])("reads flags written %s", async (_how, yes, no) => {
    const r = await run("Portsmouth extract.xlsx", await buildXlsx([{ name: "Extract", rows: childExtract(yes, no) }]));
    expect(values(r)).toEqual(CHILD_EXTRACT_FIGURES);
    expect(uncounted(r)).toEqual([]);
    expect(listDecision(r)).toContain(
      'one row per child, because "MISS_EPISODES_PERIOD" counts each child\'s episodes',
    );
  });

  it.each([
    ["UASC flag", "Trafficking concern"],
    ["Unaccompanied asylum seeker", "Trafficked (identified or suspected)"],
    ["UASC?", "Modern slavery flag"],
  ])("takes the group from the column header %s / %s", async (uasc, traf) => {
    const r = await run(
      "Extract.xlsx",
      await buildXlsx([{ name: "Extract", rows: childExtract("Y", "N", [uasc, traf]) }]),
    );
    expect(values(r)).toEqual(CHILD_EXTRACT_FIGURES);
  });

  it("counts nationalities of the children who went missing, ISO-3 codes included, and names ZZZ as not recorded", async () => {
    const r = await run("Extract.xlsx", await buildXlsx([{ name: "Extract", rows: childExtract("Y", "N") }]));
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value}`)).toEqual([
      "trafficked:British:1",
      "trafficked:Vietnamese:1",
      "uasc:Afghan:1",
      "uasc:Other/unknown:1",
      "uasc:Vietnamese:1",
    ]);
    const unknown = r.issues.filter((i) => i.code === "nationality_unknown");
    expect(unknown.map((i) => i.raw)).toEqual(["ZZZ"]);
    expect(unknown[0]?.message).toContain("records no nationality");
  });

  it("does not take a list of missing children as the looked-after cohort", async () => {
    const rows = childExtract("Y", "N");
    rows[0] = ["Looked after children who went missing between 01/10/2014 and 30/09/2015"];
    const r = await run("Extract.xlsx", await buildXlsx([{ name: "Extract", rows }]));
    expect(values(r).uasc_looked_after).toBeUndefined();
    expect(values(r).uasc_went_missing).toBe(3);
  });

  it("leaves out a child flagged in neither group, and says so", async () => {
    const rows = childExtract("Y", "N");
    rows.push(["C7", "N", "N", "GBR", 2, "N"]);
    const r = await run("Extract.xlsx", await buildXlsx([{ name: "Extract", rows }]));
    expect(values(r)).toEqual(CHILD_EXTRACT_FIGURES);
    expect(listDecision(r)).toContain("1 row flagged in neither group left out (row 10)");
  });

  it("reads a category column with a count of episodes per child, under a title that it lists missing children", async () => {
    const r = await run(
      "Hampshire extract.xlsx",
      await buildXlsx([
        {
          name: "Missing children",
          rows: [
            [
              "Extract from case management system: looked after children who went missing between 01/10/2014 and 30/09/2015",
            ],
            ["UASC looked after in period:", 66],
            [],
            ["Ref", "Cohort", "Nationality", "Missing episodes in period", "Currently missing"],
            ["A01", "UASC", "Afghan", 3, "N"],
            ["A02", "UASC", "Eritrean", 5, "Y"],
            ["T01", "Trafficked", "Vietnamese", 6, "N"],
            ["T02", "Suspected trafficked", "British", 3, "N"],
          ],
        },
      ]),
    );
    expect(values(r)).toEqual({
      trafficked_went_missing: 2,
      trafficked_missing_incidents: 9,
      trafficked_not_found: 0,
      uasc_went_missing: 2,
      uasc_missing_incidents: 8,
      uasc_not_found: 1,
      not_found: 1,
    });
  });

  it("reads a list with one row per missing child and no count: children only, and says why", async () => {
    const r = await run(
      "Hampshire.csv",
      csv([
        ["Ref", "Cohort", "Currently missing"],
        ["A01", "UASC", "N"],
        ["A02", "UASC", "Y"],
        ["T01", "Trafficked", "N"],
      ]),
    );
    expect(values(r)).toMatchObject({ uasc_went_missing: 2, uasc_not_found: 1, trafficked_went_missing: 1 });
    expect(values(r).uasc_missing_incidents).toBeUndefined();
    expect(listDecision(r)).toContain("one row per missing child");
  });
});

describe("a list of children giving only each one's group and nationality", () => {
  const rows = (refs: string[]): CellSpec[][] => [
    ["Child", "Group", "Nationality"],
    [refs[0] ?? "", "Trafficked", "Vietnamese"],
    [refs[1] ?? "", "UASC", "Afghan"],
    [refs[2] ?? "", "UASC", "Afghan"],
    [refs[3] ?? "", "Unaccompanied asylum seeker", "Eritrean"],
  ];

  it("counts each group's nationalities, and no figure from it", async () => {
    const r = await run(
      "Reply.xlsx",
      await buildXlsx([{ name: "Q9 nationality", rows: rows(["Child 1", "Child 2", "Child 3", "Child 4"]) }]),
    );
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value}`)).toEqual([
      "trafficked:Vietnamese:1",
      "uasc:Afghan:2",
      "uasc:Eritrean:1",
    ]);
    expect(r.facts.filter((f) => f.status === "derived" || f.status === "reported")).toEqual([]);
    expect(listDecision(r)).toContain("read for nationalities only");
  });

  // A looked-after cohort ("Report: …_Cohort", "Parameters: CLA episode open at
  // any point …") lists every child looked after, most of whom never went
  // missing: its nationalities are the cohort's, not those of the children who
  // went missing, and counting them would inflate every nationality total.
  it.each([
    [
      "report parameters naming looked-after episodes",
      "Cohort",
      [
        ["Parameters: CLA episode open at any point 01/01/2021 - 30/04/2024; UASC legal status or trafficking/MS flag"],
        [],
      ],
    ],
    ["a title saying looked-after children", "Sheet1", [["Looked after children (CLA) in the period"], []]],
  ])("gives no nationalities on %s, and says why", async (_, sheet, title) => {
    const r = await run(
      "Reply.xlsx",
      await buildXlsx([
        { name: sheet as string, rows: [...(title as CellSpec[][]), ...rows(["C1", "C2", "C3", "C4"])] },
      ]),
    );
    expect(r.nationalities).toEqual([]);
    expect(r.issues.filter((i) => i.code === "figure_set_aside").map((i) => i.measure)).toEqual([
      "trafficked_went_missing",
      "uasc_went_missing",
    ]);
  });

  it("is not such a list when a reference repeats (rows are then not children)", async () => {
    const r = await run(
      "Reply.xlsx",
      await buildXlsx([{ name: "Q9 nationality", rows: rows(["C1", "C2", "C2", "C3"]) }]),
    );
    expect(listDecision(r)).toBe("");
  });
});

describe("category columns", () => {
  it.each<[string, string[], Record<string, number>]>([
    ["plain words", ["UASC", "Trafficked", "UASC"], { uasc_went_missing: 2, trafficked_went_missing: 1 }],
    ["system codes", ["UASC", "TRAF", "TRF"], { uasc_went_missing: 1, trafficked_went_missing: 2 }],
    [
      "identified / suspected spelled out",
      ["Trafficked - suspected", "Trafficked - identified", "Unaccompanied asylum seeking child"],
      { uasc_went_missing: 1, trafficked_went_missing: 2 },
    ],
    ["the CIN trafficking factor 12A", ["12A", "UASC", "UASC"], { uasc_went_missing: 2, trafficked_went_missing: 1 }],
    [
      "several codes in one cell",
      ["UASC; 12A", "UASC", '"N4, 12A"'],
      { uasc_went_missing: 2, uasc_missing_incidents: 2, trafficked_went_missing: 2 },
    ],
  ])("reads %s", async (_how, codes, expected) => {
    const r = await run(
      "Kent episodes.csv",
      csv([
        ["Child ID", "Category", "Date went missing", "Date returned"],
        ["A1", codes[0] ?? "", "01/11/2014", "03/11/2014"],
        ["B2", codes[1] ?? "", "05/01/2015", "06/01/2015"],
        ["C3", codes[2] ?? "", "07/02/2015", "08/02/2015"],
      ]),
    );
    expect(values(r)).toMatchObject(expected);
    expect(uncounted(r)).toEqual([]);
  });
});

describe("lists that cannot be counted never give zeros", () => {
  const measures = [
    "trafficked_missing_incidents",
    "trafficked_not_found",
    "trafficked_went_missing",
    "uasc_missing_incidents",
    "uasc_not_found",
    "uasc_went_missing",
  ];
  it.each<[string, string[][]]>([
    [
      "no row's category names a group",
      [
        ["Child ID", "Category", "Date went missing", "Date returned"],
        ["A1", "N4", "01/11/2014", "03/11/2014"],
        ["B2", "N1", "05/01/2015", ""],
      ],
    ],
    [
      "one row's category names no group",
      [
        ["Child ID", "Category", "Date went missing", "Date returned"],
        ["A1", "UASC", "01/11/2014", "03/11/2014"],
        ["B2", "Other", "05/01/2015", ""],
      ],
    ],
    [
      "no column names a group and the sheet does not either",
      [
        ["Child ID", "Date went missing", "Date returned"],
        ["A1", "01/11/2014", "03/11/2014"],
      ],
    ],
    [
      "a group flag is neither yes nor no",
      [
        ["Child ID", "UASC flag", "Trafficked flag", "Date went missing", "Date returned"],
        ["A1", "Y", "N", "01/11/2014", "03/11/2014"],
        ["B2", "Y", "N", "05/01/2015", "06/01/2015"],
        ["C3", "N", "pending", "05/01/2015", ""],
      ],
    ],
    ["the list has no rows", [["Child ID", "Category", "Date went missing", "Date returned"]]],
  ])("%s: no derived figure, an issue per measure", async (_what, rows) => {
    const r = await run("Leeds episodes.csv", csv(rows));
    expect(r.facts.filter((f) => f.status === "derived")).toEqual([]);
    expect(uncounted(r)).toEqual(measures);
  });
});

describe("row-per-episode extracts", () => {
  const rows = [
    ["Looked after 01/10/2014-30/09/2015: UASC 74"],
    ["EPISODE_ID", "CHILD_REF", "COHORT", "NATIONALITY", "MISSING_START", "MISSING_END", "STATUS"],
    ["E1", "N1", "UASC", "Afghan", "22/09/2014", "24/09/2014", "RETURNED"],
    ["E2", "N1", "UASC", "Afghan", "03/11/2014", "05/11/2014", "RETURNED"],
    ["E3", "N2", "TRAFFICKED", "Vietnamese", "01/12/2014", "", "STILL MISSING"],
    ["E4", "N3", "UASC", "Albanian", "21/03/2015", "", "STILL MISSING"],
    ["E5", "N1", "UASC", "Afghan", "29/09/2015", "01/10/2015", "RETURNED"],
    ["E6", "N4", "UASC", "Iraqi", "04/10/2015", "04/10/2015", "RETURNED"],
  ];

  it("leaves out episodes outside the period, reads the status column, and says which rows were left out", async () => {
    const r = await run("Northamptonshire extract.csv", csv(rows));
    expect(values(r)).toEqual({
      trafficked_went_missing: 1,
      trafficked_missing_incidents: 1,
      trafficked_not_found: 1,
      uasc_went_missing: 2,
      uasc_missing_incidents: 3,
      uasc_not_found: 1,
      not_found: 2,
    });
    const d = listDecision(r);
    expect(d).toContain('one row per episode, because "EPISODE_ID" names episodes');
    expect(d).toContain("2 episodes outside 1 October 2014 to 30 September 2015 left out (row 3, row 8)");
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value}`)).toEqual([
      "trafficked:Vietnamese:1",
      "uasc:Afghan:1",
      "uasc:Albanian:1",
    ]);
  });

  it("takes not found from empty return dates when there is no status column", async () => {
    const r = await run("Northamptonshire extract.csv", csv(rows.map((row) => row.slice(0, 6))));
    expect(values(r)).toMatchObject({ uasc_not_found: 1, trafficked_not_found: 1 });
  });

  it("stops at a total row and does not count it", async () => {
    const r = await run(
      "Extract.csv",
      csv([
        ["Child ID", "Category", "Date went missing", "Date returned"],
        ["A1", "UASC", "01/11/2014", "03/11/2014"],
        ["A1", "UASC", "01/12/2014", "03/12/2014"],
        ["Total", "", "2", ""],
      ]),
    );
    expect(values(r)).toMatchObject({ uasc_went_missing: 1, uasc_missing_incidents: 2 });
    expect(listDecision(r)).toContain("row 4 read as the list's total and not counted");
  });
});

describe("nationality codes", () => {
  it.each<[string, string | null]>([
    ["AFG", "Afghan"],
    ["VNM", "Vietnamese"],
    ["VN", "Vietnamese"],
    ["ZZZ", "Other/unknown"],
    ["XKX", "Kosovan"],
    ["afg", null],
    ["Afghan", null],
    ["QQQ", null],
  ])("%s → %s", (code, nationality) => {
    expect(canonicaliseNationalityCode(code, knowledge().nationalities)?.nationality ?? null).toBe(nationality);
  });
});
