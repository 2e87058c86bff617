import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, csv, text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

/** measure → "value@source" for exact figures, or status for others. */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) {
    const shown = f.value !== null ? String(f.value) : f.status === "suppressed" ? `${f.lower}-${f.upper}` : f.status;
    out[f.measure] = `${shown}@${f.sources.map(formatSource).join(";")}`;
  }
  return out;
}

function codes(r: FileResult): string[] {
  return r.issues.map((i) => i.code);
}

describe("question/answer lists", () => {
  it("reads labels and answers under title rows, with question numbers and footnote marks", async () => {
    const bytes = await buildXlsx([
      {
        name: "FOI",
        rows: [
          ["Kent County Council"],
          ["Freedom of Information response, ref FOI/2015/1234"],
          [],
          [],
          ["No.", "Question", "Response"],
          ["1a", "How many looked after children were identified as having been trafficked?", "12*"],
          ["1b", "How many looked after children were suspected of being trafficked?", 3],
          ["2", "Of these, how many went missing at least once?", "4 (1 of whom is still missing)"],
          ["3", "How many missing episodes were there for these children?", 9],
          ["4", "How many of the trafficked children who went missing have not been found?", "nil"],
          ["5", "How many unaccompanied asylum seeking children (UASC) were in your care?", "1,046"],
          ["6", "How many UASC went missing?", "<5"],
          ["7", "Number of times UASC went missing", 14],
          ["8", "UASC still missing", 0],
          [],
          ["* figures as at 30/09/2015"],
        ],
      },
    ]);
    const r = await run("kent.xlsx", bytes);
    expect(figures(r)).toEqual({
      trafficked_identified: "12@kent.xlsx#FOI!C6",
      trafficked_suspected: "3@kent.xlsx#FOI!C7",
      trafficked_went_missing: "4@kent.xlsx#FOI!C8",
      trafficked_missing_incidents: "9@kent.xlsx#FOI!C9",
      trafficked_not_found: "0@kent.xlsx#FOI!C10",
      uasc_looked_after: "1046@kent.xlsx#FOI!C11",
      uasc_went_missing: "1-4@kent.xlsx#FOI!C12",
      uasc_missing_incidents: "14@kent.xlsx#FOI!C13",
      uasc_not_found: "0@kent.xlsx#FOI!C14",
    });
    expect(r.authority?.code).toBe("E10000016");
    expect(codes(r)).toContain("value_suppressed");
  });

  it("takes the group from section headings", async () => {
    const bytes = csv([
      ["Trafficked children"],
      ["Number looked after", "5"],
      ["Number who went missing", "2"],
      [""],
      ["Unaccompanied asylum-seeking children"],
      ["Number looked after", "40"],
      ["Number who went missing", "none"],
    ]);
    const r = await run("Thurrock Council FOI.csv", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "5@Thurrock Council FOI.csv:2:2",
      trafficked_went_missing: "2@Thurrock Council FOI.csv:3:2",
      uasc_looked_after: "40@Thurrock Council FOI.csv:6:2",
      uasc_went_missing: "0@Thurrock Council FOI.csv:7:2",
    });
  });

  it("takes the group from the sheet name in a workbook with one sheet per group", async () => {
    const bytes = await buildXlsx([
      {
        name: "Trafficked",
        rows: [
          ["Number looked after", 7],
          ["Number who went missing", { formula: "1+2", result: 3 }],
        ],
      },
      {
        name: "UASC",
        rows: [
          ["Number looked after", 20],
          ["Number not found", 1],
        ],
      },
      { name: "workings", rows: [["Number looked after", 999]], hidden: true },
    ]);
    const r = await run("Croydon.xlsx", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "7@Croydon.xlsx#Trafficked!B1",
      trafficked_went_missing: "3@Croydon.xlsx#Trafficked!B2",
      uasc_looked_after: "20@Croydon.xlsx#UASC!B1",
      uasc_not_found: "1@Croydon.xlsx#UASC!B2",
    });
    expect(codes(r)).toContain("sheet_hidden");
  });

  it("reads answers written under their questions", async () => {
    const bytes = csv([["How many UASC were looked after?"], ["31"], ["How many UASC went missing?"], ["6"]]);
    const r = await run("Surrey.csv", bytes);
    expect(figures(r)).toEqual({ uasc_looked_after: "31@Surrey.csv:2:1", uasc_went_missing: "6@Surrey.csv:4:1" });
  });

  it("records an unanswered question as not answered, with its place", async () => {
    const bytes = csv([
      ["How many UASC were looked after?", "12"],
      ["How many UASC went missing?", ""],
    ]);
    const r = await run("Devon.csv", bytes);
    expect(r.facts.find((f) => f.measure === "uasc_went_missing")?.status).toBe("not_answered");
  });
});

describe("grids", () => {
  it("reads groups as rows and metrics as columns", async () => {
    const bytes = csv([
      ["Hillingdon FOI response"],
      [],
      ["Category", "Looked after", "Went missing", "Missing episodes", "Not found"],
      ["Identified as trafficked", "3", "n/a", "n/a", "n/a"],
      ["Suspected", "2", "", "", ""],
      ["All trafficked", "5", "2", "6", "0"],
      ["UASC", "40", "8", "20", "1"],
    ]);
    const r = await run("Hillingdon.csv", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_identified: "3@Hillingdon.csv:4:2",
      trafficked_suspected: "2@Hillingdon.csv:5:2",
      trafficked_looked_after: "5@Hillingdon.csv:6:2",
      trafficked_went_missing: "2@Hillingdon.csv:6:3",
      trafficked_missing_incidents: "6@Hillingdon.csv:6:4",
      trafficked_not_found: "0@Hillingdon.csv:6:5",
      uasc_looked_after: "40@Hillingdon.csv:7:2",
      uasc_went_missing: "8@Hillingdon.csv:7:3",
      uasc_missing_incidents: "20@Hillingdon.csv:7:4",
      uasc_not_found: "1@Hillingdon.csv:7:5",
    });
  });

  it("reads the same grid transposed", async () => {
    const bytes = csv([
      ["", "Identified", "Suspected", "Total trafficked", "UASC"],
      ["Looked after", "3", "2", "5", "40"],
      ["Went missing", "", "", "2", "8"],
      ["Number of missing episodes", "", "", "6", "20"],
      ["Still missing", "", "", "0", "1"],
    ]);
    const r = await run("Hillingdon.csv", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_identified: "3@Hillingdon.csv:2:2",
      trafficked_suspected: "2@Hillingdon.csv:2:3",
      trafficked_looked_after: "5@Hillingdon.csv:2:4",
      uasc_looked_after: "40@Hillingdon.csv:2:5",
      trafficked_went_missing: "2@Hillingdon.csv:3:4",
      uasc_missing_incidents: "20@Hillingdon.csv:4:5",
      uasc_not_found: "1@Hillingdon.csv:5:5",
    });
  });

  it("reads a two-row header with merged group headings", async () => {
    const bytes = await buildXlsx([
      {
        name: "Data",
        merges: ["B3:E3", "F3:I3"],
        rows: [
          ["London Borough of Croydon"],
          [],
          ["", "Trafficked children", null, null, null, "Unaccompanied asylum seeking children"],
          [
            "Authority",
            "Looked after",
            "Went missing",
            "Missing episodes",
            "Not found",
            "Looked after",
            "Went missing",
            "Missing episodes",
            "Not found",
          ],
          ["Croydon", 10, 4, 12, 1, 400, 60, 150, 9],
        ],
      },
    ]);
    const r = await run("croydon.xlsx", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "10@croydon.xlsx#Data!B5",
      trafficked_went_missing: "4@croydon.xlsx#Data!C5",
      trafficked_missing_incidents: "12@croydon.xlsx#Data!D5",
      trafficked_not_found: "1@croydon.xlsx#Data!E5",
      uasc_looked_after: "400@croydon.xlsx#Data!F5",
      uasc_went_missing: "60@croydon.xlsx#Data!G5",
      uasc_missing_incidents: "150@croydon.xlsx#Data!H5",
      uasc_not_found: "9@croydon.xlsx#Data!I5",
    });
  });

  it("reads a coded one-row export", async () => {
    const bytes = csv([
      [
        "LA_CODE",
        "LA_NAME",
        "TRAF_CLA",
        "TRAF_MISS",
        "NO_EPISODES_TRAF",
        "TRAF_NOT_FOUND",
        "UASC_CLA",
        "UASC_MISS",
        "NO_EPISODES_UASC",
        "UASC_NOT_FOUND",
        "TOTAL_NOT_FOUND",
      ],
      ["886", "Kent", "30", "12", "40", "2", "900", "80", "200", "20", "22"],
    ]);
    const r = await run("export.csv", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "30@export.csv:2:3",
      trafficked_went_missing: "12@export.csv:2:4",
      trafficked_missing_incidents: "40@export.csv:2:5",
      trafficked_not_found: "2@export.csv:2:6",
      uasc_looked_after: "900@export.csv:2:7",
      uasc_went_missing: "80@export.csv:2:8",
      uasc_missing_incidents: "200@export.csv:2:9",
      uasc_not_found: "20@export.csv:2:10",
      not_found: "22@export.csv:2:11",
    });
  });
});

describe("a measure given in parts and as their total", () => {
  it("uses the total when it is labelled so and adds up", async () => {
    const bytes = csv([
      ["Children looked after", "Looked after at home", "Looked after away from home", "Total"],
      ["Unaccompanied asylum seeking children", "1", "4", "5"],
    ]);
    const r = await run("Dundee.csv", bytes);
    expect(figures(r).uasc_looked_after).toBe("5@Dundee.csv:2:4");
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("leaves figures that do not add up to disagree", async () => {
    const bytes = csv([
      ["Children looked after", "Looked after at home", "Looked after away from home", "Total"],
      ["Unaccompanied asylum seeking children", "1", "4", "6"],
    ]);
    const r = await run("Dundee.csv", bytes);
    expect(r.facts.filter((f) => f.measure === "uasc_looked_after")).toHaveLength(3);
  });
});

describe("identified and suspected given apart for every question", () => {
  it.each<[string, string, string, string]>([
    // [identified, suspected, trafficked went missing, its status]
    ["1", "2", "3", "derived"],
    ["0", "<5", "1-4", "suppressed"],
  ])("%s + %s → %s", async (identified, suspected, expected, status) => {
    const bytes = csv([
      ["", "Identified as trafficked", "Suspected of being trafficked", "UASC"],
      ["Looked after", "2", "3", "17"],
      ["Went missing at least once", identified, suspected, "3"],
    ]);
    const r = await run("South Lanarkshire.csv", bytes);
    const f = figures(r);
    expect([f.trafficked_identified, f.trafficked_suspected]).toEqual([
      "2@South Lanarkshire.csv:2:2",
      "3@South Lanarkshire.csv:2:3",
    ]);
    expect(f.trafficked_went_missing).toBe(`${expected}@South Lanarkshire.csv:3:2;South Lanarkshire.csv:3:3`);
    expect(r.facts.find((x) => x.measure === "trafficked_went_missing")?.status).toBe(status);
    expect(r.issues.filter((i) => i.code === "label_outside_request")).toEqual([]);
  });

  // The request adds identified and suspected up only for the looked-after count; for any other
  // question the sum is foi-agg's own step (a child in both columns would count twice), so it is
  // said on the measure where a person sees it, not only in the decisions.
  it("warns on the sum it makes", async () => {
    const bytes = csv([
      ["", "Identified as trafficked", "Suspected of being trafficked", "UASC"],
      ["Looked after", "2", "3", "17"],
      ["Missing incidents", "14", "9", "18"],
    ]);
    const r = await run("South Lanarkshire.csv", bytes);
    const summed = r.issues.filter((i) => i.code === "value_summed" && i.measure === "trafficked_missing_incidents");
    expect(summed.map((i) => i.severity)).toEqual(["warning"]);
    expect(summed[0]?.message).toContain("23");
  });

  // "Number of missing episodes (Q3 / Q7)" over columns for each group: the row names both questions
  // because the grid answers both, and each column's group says which figure is whose.
  it("reads a grid whose rows name two questions and whose columns name the groups", async () => {
    const bytes = csv([
      ["", "Trafficked", "UASC"],
      ["Number who went missing at least once (Q2 / Q6)", "8", "46"],
      ["Number of missing episodes (Q3 / Q7)", "26", "187"],
    ]);
    const f = figures(await run("Croydon.csv", bytes));
    expect([f.trafficked_missing_incidents, f.uasc_missing_incidents]).toEqual([
      "26@Croydon.csv:3:2",
      "187@Croydon.csv:3:3",
    ]);
  });

  it("keeps its own total when the file gives one", async () => {
    const bytes = csv([
      ["", "Identified", "Suspected", "Total trafficked"],
      ["Went missing at least once", "1", "2", "4"],
    ]);
    const r = await run("South Lanarkshire.csv", bytes);
    expect(figures(r).trafficked_went_missing).toBe("4@South Lanarkshire.csv:2:4");
  });
});

describe("figures for another period beside the requested one", () => {
  it("uses this year's table and sets aside last year's under its title", async () => {
    const bytes = await buildXlsx([
      {
        name: "FOI",
        rows: [
          ["Trafford Council"],
          ["Table 1: 1 October 2014 – 30 September 2015"],
          ["", "Trafficked", "UASC"],
          ["Looked after", 1, 14],
          ["Went missing", 0, 3],
          [],
          ["Table 2 (for comparison only): 1 October 2013 – 30 September 2014"],
          ["", "Trafficked", "UASC"],
          ["Looked after", 2, 9],
          ["Went missing", 1, 2],
        ],
      },
    ]);
    const r = await run("Trafford.xlsx", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "1@Trafford.xlsx#FOI!B4",
      uasc_looked_after: "14@Trafford.xlsx#FOI!C4",
      trafficked_went_missing: "0@Trafford.xlsx#FOI!B5",
      uasc_went_missing: "3@Trafford.xlsx#FOI!C5",
    });
    expect(r.decisions.filter((d) => d.message.includes("set aside")).map((d) => d.cell)).toEqual([
      "B9",
      "C9",
      "B10",
      "C10",
    ]);
  });

  it.each<[string, string[], (string | number)[]]>([
    [
      "a comparison column",
      ["", "Oct 2013 – Sep 2014 (last year for comparison)", "Oct 2014 – Sep 2015"],
      ["UASC looked after", 6, 9],
    ],
    [
      "a cumulative column",
      ["", "Cumulative total since 1 April 2012", "1 October 2014 to 30 September 2015"],
      ["UASC looked after", 24, 9],
    ],
    ["a coded previous-year column", ["UASC_CLA_PY", "UASC_CLA"], [6, 9]],
  ])("sets aside %s", async (_what, header, row) => {
    const r = await run("Middlesbrough.csv", csv([header, row]));
    expect(figures(r).uasc_looked_after?.split("@")[0]).toBe("9");
    // Set aside with a warning a person can see, but nothing to ask the council.
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual(["figure_set_aside"]);
  });

  it("sets aside a draft sheet beside the final one", async () => {
    const sheet = (name: string, uasc: number) => ({
      name,
      rows: [
        ["Question", "Answer"],
        ["Unaccompanied asylum seeking children looked after", uasc],
      ] as (string | number)[][],
    });
    const r = await run("Herefordshire.xlsx", await buildXlsx([sheet("DRAFT v1", 6), sheet("FINAL", 7)]));
    expect(figures(r).uasc_looked_after).toBe("7@Herefordshire.xlsx#FINAL!B2");
    expect(r.decisions.some((d) => d.sheet === "DRAFT v1" && d.message.includes("set aside"))).toBe(true);
  });

  it("flags a looked-after answer given as at one day", async () => {
    const r = await run(
      "Nottingham.csv",
      csv([
        ["Question", "Answer"],
        ["UASC looked after", "31 (as at 30/09/2015)"],
      ]),
    );
    expect(figures(r).uasc_looked_after).toBe("31@Nottingham.csv:2:2");
    expect(r.issues.filter((i) => i.code === "period_approximate").map((i) => i.severity)).toEqual(["warning"]);
  });

  it("sets aside the count on one day beside the count over the period", async () => {
    const bytes = csv([
      ["", "Number on 30 September 2015", "Number at any time 1 October 2014 - 30 September 2015"],
      ["Unaccompanied asylum seeking children looked after", "45", "64"],
      ["Of whom went missing", "n/a", "10"],
    ]);
    const r = await run("West Sussex.csv", bytes);
    expect(figures(r)).toEqual({
      uasc_looked_after: "64@West Sussex.csv:2:3",
      uasc_went_missing: "10@West Sussex.csv:3:3",
    });
  });

  it("sets aside a column for a different group beside the group asked about", async () => {
    const bytes = csv([
      ["", "UASC looked after (under 18)", "Former UASC – care leavers aged 18 to 21 (not looked after)"],
      ["Number in group", "188", "251"],
      ["Went missing", "21", "14"],
    ]);
    const r = await run("Hillingdon.csv", bytes);
    expect(figures(r)).toEqual({
      uasc_looked_after: "188@Hillingdon.csv:2:2",
      uasc_went_missing: "21@Hillingdon.csv:3:2",
    });
  });

  it("tells children from occasions by their columns when one question asks both", async () => {
    const bytes = csv([
      ["No.", "Question", "Children", "Occasions"],
      ["4", "Unaccompanied asylum seeking children looked after", "36"],
      ["5", "How many of these went missing and on how many occasions?", "5", "12"],
    ]);
    const r = await run("Greenwich.csv", bytes);
    expect(figures(r)).toEqual({
      uasc_looked_after: "36@Greenwich.csv:2:3",
      uasc_went_missing: "5@Greenwich.csv:3:3",
      uasc_missing_incidents: "12@Greenwich.csv:3:4",
    });
  });

  it("reads the period column and sets aside last year's request, though a note above says 'for comparison'", async () => {
    const bytes = csv([
      ["London Borough of Enfield - FOI 15-10288"],
      ["For comparison we have repeated the figures we gave you last year under FOI 14-2207."],
      [],
      ["Question", "FOI 14-2207 (1 Oct 2013 - 30 Sep 2014)", "This request (1 Oct 2014 - 30 Sep 2015)"],
      ["Unaccompanied asylum seeking children looked after", "33", "45"],
    ]);
    const r = await run("Enfield.csv", bytes);
    expect(figures(r)).toEqual({ uasc_looked_after: "45@Enfield.csv:5:3" });
  });

  it("keeps a figure marked as another period when it is the only one, and flags it", async () => {
    const r = await run(
      "Blackburn.csv",
      csv([
        ["", "Cumulative total since 1 April 2012"],
        ["UASC looked after", 24],
      ]),
    );
    expect(figures(r).uasc_looked_after).toBe("24@Blackburn.csv:2:2");
    expect(r.issues.map((i) => `${i.code}:${i.severity}`)).toContain("figure_other_period:warning");
  });
});

describe("special tables", () => {
  it("reads a nationality table whose header names the group, not 'nationality'", async () => {
    const bytes = csv([
      ["Nationality of children who went missing"],
      ["Unaccompanied asylum seeking children", "Went missing"],
      ["Afghan", "5"],
      ["Eritrean", "3"],
      ["Not recorded", "1"],
    ]);
    const r = await run("Hampshire Annex B.csv", bytes);
    expect(r.facts).toEqual([]);
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value}`)).toEqual([
      "uasc:Afghan:5",
      "uasc:Eritrean:3",
      "uasc:Other/unknown:1",
    ]);
  });

  it("reads 'either group' as both groups together, whatever the question before", async () => {
    const bytes = csv([
      ["Question", "Answer"],
      ["Unaccompanied asylum seeking children looked after", "9"],
      ["Missing episodes for those children (both groups)", "3"],
      ["Children from either group not found", "0"],
    ]);
    const r = await run("Bracknell.csv", bytes);
    expect(figures(r)).toEqual({ uasc_looked_after: "9@Bracknell.csv:2:2", not_found: "0@Bracknell.csv:4:2" });
    expect(r.issues.map((i) => i.code)).toContain("label_outside_request");
  });

  it("reads a nationality table beside the figures", async () => {
    const bytes = csv([
      ["How many UASC went missing?", "5"],
      ["How many trafficked children went missing?", "3"],
      [],
      ["Nationality", "Trafficked", "UASC"],
      ["Viet Nam", "2", "1"],
      ["Albania", "1", "4"],
      ["Total", "3", "5"],
    ]);
    const r = await run("Kent.csv", bytes);
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value}`).sort()).toEqual([
      "trafficked:Albanian:1",
      "trafficked:Vietnamese:2",
      "uasc:Albanian:4",
      "uasc:Vietnamese:1",
    ]);
  });

  it("reads a nationality table under a title line that mentions nationality", async () => {
    const bytes = csv([
      ["How many UASC went missing?", "5"],
      [],
      ["Nationality of children who went missing"],
      ["Nationality", "Trafficked", "UASC"],
      ["Afghanistan", "0", "4"],
      ["Viet Nam", "2", "1"],
      ["Total", "2", "5"],
    ]);
    const r = await run("Kent.csv", bytes);
    expect(r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value}`).sort()).toEqual([
      "trafficked:Afghan:0",
      "trafficked:Vietnamese:2",
      "uasc:Afghan:4",
      "uasc:Vietnamese:1",
    ]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("counts an episode list: distinct children, rows, and children whose latest episode has no return", async () => {
    const bytes = csv([
      ["Child ID", "Category", "Date went missing", "Date returned"],
      ["A1", "UASC", "01/11/2014", "03/11/2014"],
      ["A1", "UASC", "01/12/2014", ""],
      ["B2", "Trafficked", "05/01/2015", "06/01/2015"],
      ["C3", "UASC", "07/02/2015", "08/02/2015"],
    ]);
    const r = await run("Kent episodes.csv", bytes);
    const f = figures(r);
    expect(f.uasc_went_missing?.split("@")[0]).toBe("2");
    expect(f.uasc_missing_incidents?.split("@")[0]).toBe("3");
    expect(f.uasc_not_found?.split("@")[0]).toBe("1");
    expect(f.trafficked_went_missing?.split("@")[0]).toBe("1");
    expect(f.trafficked_not_found?.split("@")[0]).toBe("0");
    expect(r.facts.every((x) => x.status === "derived")).toBe(true);
  });

  it.each<[string, string[], string]>([
    // [what the column holds, its cells, UASC not found]
    ["return dates under a bare 'Returned' header", ["03/11/2014", "", "08/02/2015"], "1"],
    ["yes/no under a bare 'Returned' header", ["Y", "N", "Y"], "1"],
  ])("reads %s", async (_what, returned, notFound) => {
    const bytes = csv([
      ["Child ID", "Cohort", "Went missing", "Returned"],
      ["A1", "UASC", "01/11/2014", returned[0] as string],
      ["B2", "UASC", "01/12/2014", returned[1] as string],
      ["C3", "UASC", "07/02/2015", returned[2] as string],
    ]);
    const r = await run("Warwickshire episodes.csv", bytes);
    expect(figures(r).uasc_not_found?.split("@")[0]).toBe(notFound);
    expect(r.issues.filter((i) => i.code === "episode_row_unreadable")).toEqual([]);
  });
});

describe("letters", () => {
  it("reads question and answer lines, carrying the group to 'these children'", async () => {
    const bytes = text(
      [
        "Stoke-on-Trent City Council",
        "Information Governance",
        "",
        "Dear Requester,",
        "Question 1 – how many trafficked children were looked after in the year to 30 September 2015? Answer: 6",
        "Question 2 – how many of these children went missing? Answer: 4",
        "Question 3 – how many unaccompanied asylum-seeking children were looked after? Answer: 25",
        "Question 4 – how many of these children went missing?",
        "Answer: 3",
        "",
        "Yours sincerely",
      ].join("\n"),
    );
    const r = await run("letter.txt", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "6@letter.txt:5",
      trafficked_went_missing: "4@letter.txt:6",
      uasc_looked_after: "25@letter.txt:7",
      uasc_went_missing: "3@letter.txt:9",
    });
    expect(r.authority?.code).toBe("E06000021");
  });

  it("reads a question that points back to another ('the children at 3') and its answer below", async () => {
    const bytes = text(
      [
        "Perth & Kinross Council",
        "1. The number of looked after children identified as having been trafficked",
        "Response: 1",
        "2. The number of looked after children suspected of having been trafficked",
        "Response: 2",
        "3. Of the children at 1 and 2, the number who went missing",
        "Response: 2",
        "4. The number of missing episodes for the children at 3",
        "Response: 5",
        "6. The number of unaccompanied asylum seeking children looked after",
        "Response: 3",
        "7. Of the children at 6, the number who went missing",
        "Response: 1",
        "8. The number of missing episodes for the children at 7",
        "Response: 2",
      ].join("\n"),
    );
    const r = await run("perth.txt", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_went_missing: "2@perth.txt:7",
      trafficked_missing_incidents: "5@perth.txt:9",
      uasc_went_missing: "1@perth.txt:13",
      uasc_missing_incidents: "2@perth.txt:15",
    });
    expect(Object.values(figures(r)).some((f) => f.includes("@perth.txt:8") || f.includes("@perth.txt:14"))).toBe(
      false,
    );
  });

  it("reads bilingual question lines with the answer on the next line, not the question's number", async () => {
    const bytes = text(
      [
        "Cyngor Caerdydd / Cardiff Council",
        "Cwestiwn 1 / Question 1: Nifer y plant sy'n derbyn gofal y nodwyd neu yr amheuwyd eu bod wedi'u masnachu / Number of looked after children identified or suspected as trafficked",
        "Ateb / Answer: 2",
        "Cwestiwn 5 / Question 5: Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Number of looked after unaccompanied asylum seeking children",
        "Ateb / Answer: 14",
      ].join("\n"),
    );
    const r = await run("cardiff.txt", bytes);
    expect(figures(r)).toEqual({ trafficked_looked_after: "2@cardiff.txt:3", uasc_looked_after: "14@cardiff.txt:5" });
  });

  it("reads each clause of a sentence with several figures, carrying the group with 'of whom'", async () => {
    const bytes = text(
      [
        "Cambridgeshire County Council",
        "To summarise, we looked after 48 unaccompanied asylum seeking children, of whom 11 went missing at least once.",
        "Of the 9 trafficked children, 4 went missing on a total of 23 occasions; 1 of them has not been found.",
      ].join("\n"),
    );
    const r = await run("covering email.txt", bytes);
    expect(figures(r)).toEqual({
      uasc_looked_after: "48@covering email.txt:2",
      uasc_went_missing: "11@covering email.txt:2",
      trafficked_went_missing: "4@covering email.txt:3",
      trafficked_missing_incidents: "23@covering email.txt:3",
      trafficked_not_found: "1@covering email.txt:3",
    });
  });

  it("reads answers listed by question number below the questions", async () => {
    const bytes = text(
      [
        "City of Bradford Metropolitan District Council",
        "Q1. How many children in care were identified or suspected as victims of trafficking?",
        "Q2. How many of these children went missing?",
        "Q3. How many times in total did they go missing?",
        "Q5. How many unaccompanied asylum seeking children were in care?",
        "",
        "Our response:",
        "Q1 – 4",
        "Q2 – 1 child",
        "Q3 – 2 occasions",
        "Q5 – 29",
      ].join("\n"),
    );
    const r = await run("bradford.txt", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_looked_after: "4@bradford.txt:8",
      trafficked_went_missing: "1@bradford.txt:9",
      trafficked_missing_incidents: "2@bradford.txt:10",
      uasc_looked_after: "29@bradford.txt:11",
    });
  });

  it("reads 'how many went missing, and how many times?' from an answer that gives both, and no figure from one number", async () => {
    const bytes = text(
      [
        "London Borough of Tower Hamlets",
        "5. How many unaccompanied asylum seeking children were looked after?",
        "   57",
        "6 and 7. How many of them went missing, and how many times?",
        "   8 children, 19 occasions",
        "1. How many looked after children were identified or suspected as trafficked?",
        "   2",
        "2 and 3. How many of them went missing, and how many times?",
        "   5",
      ].join("\n"),
    );
    const r = await run("tower hamlets.txt", bytes);
    expect(figures(r)).toMatchObject({
      uasc_went_missing: "8@tower hamlets.txt:5",
      uasc_missing_incidents: "19@tower hamlets.txt:5",
    });
    expect(figures(r).trafficked_went_missing).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toContain("label_ambiguous");
  });

  it("does not take a wrapped question line that names a group as a section heading", async () => {
    const bytes = text(
      [
        "Kirklees Council",
        "1. Between 1 October 2014 and 30 September 2015, 2 children looked after by us were",
        "   identified or suspected as victims of trafficking.",
        "5. Kirklees looked after 37 unaccompanied asylum seeking children in the period (compared with 21 in 2013/14).",
        "6. Of the 37, 4 went missing at least once.",
      ].join("\n"),
    );
    const r = await run("kirklees.txt", bytes);
    // The wrapped line is joined to the one above it and read as one sentence.
    expect(figures(r)).toEqual({
      trafficked_looked_after: "2@kirklees.txt#lines 2–3",
      uasc_looked_after: "37@kirklees.txt:4",
      uasc_went_missing: "4@kirklees.txt:5",
    });
  });

  it.each<[string, string]>([
    // [a line that must not give a figure to any group, why]
    ["9. Total not found: 1", "a total after both groups is of both groups"],
    ["7. Of all 420 looked after children, including UASC, 2 went missing.", "all children, not the UASC"],
    ["6. We looked after 14 UASC, of whom 2 went missing, one of them on 2 occasions.", "one child's episodes"],
    ["7. We looked after 14 UASC and 6 trafficked children; 3 went missing.", "two groups in one line"],
  ])("reads nothing wrong from %j (%s)", async (line) => {
    const base = [
      "Rotherham Metropolitan Borough Council",
      "1. Looked after children identified or suspected as trafficked: 9",
      "2. Of these, how many went missing? 4",
      "5. Unaccompanied asylum seeking children looked after: 14",
      "6. Of these, how many went missing? 2",
    ];
    const r = await run("rotherham.txt", text([...base, line].join("\n")));
    const fromLine = Object.entries(figures(r)).filter(([, f]) => f.endsWith("@rotherham.txt:6"));
    const ok = fromLine.every(([m]) => (line.startsWith("9.") ? m === "not_found" : false));
    expect(fromLine.length === 0 || ok, JSON.stringify(fromLine)).toBe(true);
  });

  it("reads a question's own number in 'In response to question 4' as its own, not a reference", async () => {
    const bytes = text(
      [
        "Wakefield Council",
        "In response to question 1, 3 looked after children were identified or suspected as having been trafficked.",
        "In response to question 2, 2 of those children went missing.",
        "In response to question 4, none of those children remain missing.",
        "In response to question 5, 18 unaccompanied asylum seeking children were looked after.",
      ].join("\n"),
    );
    const r = await run("wakefield.txt", bytes);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "3@wakefield.txt:2",
      trafficked_went_missing: "2@wakefield.txt:3",
      trafficked_not_found: "0@wakefield.txt:4",
      uasc_looked_after: "18@wakefield.txt:5",
    });
  });

  it("does not take the last number of a line with several as its answer", async () => {
    const r = await run(
      "wigan.txt",
      text("Wigan Council\n14 UASC were looked after and 3 went missing, of whom 2 were aged under 16.\n"),
    );
    expect(Object.values(figures(r)).some((f) => f.startsWith("16@"))).toBe(false);
  });

  it("applies a refusal letter whose prose looks like an unanswered question", async () => {
    const bytes = text(
      [
        "Cheshire East Council",
        "You asked about children in our care who were trafficked or were unaccompanied asylum",
        "seekers, and how many of them went missing. Neither can be reported from our system.",
        "The Council is therefore refusing your request in full under section 12(1) of the Act.",
      ].join("\n"),
    );
    const r = await run("refusal.txt", bytes);
    expect(r.document?.status).toBe("refused");
  });

  it("keeps the question on a line that refuses one answer after a colon", async () => {
    const bytes = text(
      [
        "Borough of Poole – Freedom of Information response",
        "Trafficked children who went missing at least once: Exempt under section 40(2) FOIA – disclosure could identify individuals",
        "Unaccompanied children who went missing at least once: 3",
      ].join("\n"),
    );
    const r = await run("poole.txt", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_went_missing: "refused@poole.txt:2",
      uasc_went_missing: "3@poole.txt:3",
    });
    expect(r.issues.find((i) => i.code === "value_refused")?.measure).toBe("trafficked_went_missing");
  });

  it("applies a whole-letter refusal to the document", async () => {
    const bytes = text(
      "Derby City Council\n\nDear Sir,\nWe estimate that answering your request would exceed the appropriate cost limit under section 12 of the Freedom of Information Act, so we are refusing it.\n",
    );
    const r = await run("derby.txt", bytes);
    expect(r.document?.status).toBe("refused");
    expect(codes(r)).toContain("document_refused");
  });
});

describe("labels that qualify what they count", () => {
  // [label, measure it is read as, the warning raised: a wider cohort, one day, or none]
  it.each<[string, string, string | null]>([
    [
      "Looked after children flagged as at risk of CSE or trafficking",
      "trafficked_looked_after",
      "label_outside_request",
    ],
    [
      "Children trafficked or sexually exploited who were looked after",
      "trafficked_looked_after",
      "label_outside_request",
    ],
    ["Number of UASC looked after at 31 March 2015 (SSDA903 return)", "uasc_looked_after", "period_approximate"],
    ["UASC looked after as at 30/09/2015", "uasc_looked_after", "period_approximate"],
    ["UASC currently looked after", "uasc_looked_after", "period_approximate"],
    ["Unaccompanied children looked after (including care leavers)", "uasc_looked_after", "label_outside_request"],
    ["Looked after children identified or suspected as trafficked", "trafficked_looked_after", null],
    ["Children trafficked for sexual exploitation who were looked after", "trafficked_looked_after", null],
    ["UASC looked after between 1 October 2014 and 30 September 2015", "uasc_looked_after", null],
    ["UASC still missing at 30 September 2015", "uasc_not_found", null],
    ["Looked after children at risk of CSE & trafficking", "trafficked_looked_after", "label_outside_request"],
    ["UASC looked after (31 March 2015)", "uasc_looked_after", "period_approximate"],
    ["UASC in care @ 31/03/2015", "uasc_looked_after", "period_approximate"],
    ["UASC looked after as at end March 2015", "uasc_looked_after", "period_approximate"],
    ["UASC and care leavers looked after", "uasc_looked_after", "label_outside_request"],
    ["UASC looked after (not including care leavers)", "uasc_looked_after", null],
    ["UASC looked after 1 Oct 2014 - 30 Sep 2015", "uasc_looked_after", null],
    // Two days named, the first without its year: a span, not one day.
    ["UASC looked after 1 October – 30 September 2015", "uasc_looked_after", null],
    ["UASC looked after 1st Oct to 30th Sep 2015", "uasc_looked_after", null],
    ["UASC looked after on 30 September 2015", "uasc_looked_after", "period_approximate"],
  ])("%j", async (label, measure, code) => {
    const r = await run(
      "Conwy.csv",
      csv([
        ["Question", "Answer"],
        [label, "9"],
      ]),
    );
    expect(figures(r)).toEqual({ [measure]: "9@Conwy.csv:2:2" });
    const raised = r.issues.filter((i) => i.severity === "warning");
    expect(raised.map((i) => `${i.code}:${i.measure}`)).toEqual(code ? [`${code}:${measure}`] : []);
  });
});

describe("a shared service's file", () => {
  it("reads one column per authority, and not the shared total", async () => {
    const bytes = csv([
      ["Tri-borough Children's Services (shared service)"],
      [
        "",
        "London Borough of Hammersmith & Fulham",
        "Royal Borough of Kensington and Chelsea",
        "Westminster City Council",
        "Tri-borough total",
      ],
      ["Unaccompanied asylum seeking children looked after", "28", "22", "61", "111"],
      ["Of these children how many went missing", "4", "3", "9", "16"],
    ]);
    const r = await run("Tri-borough FOI.csv", bytes);
    expect(r.facts).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("file_shared");
    expect(r.issues.some((i) => i.code.startsWith("authority_"))).toBe(false);
    const byAuthority = Object.fromEntries(
      (r.shares ?? []).map((s) => [s.authority.code, s.facts.map((f) => `${f.measure}=${f.value}`).join(" ")]),
    );
    expect(r.nationalities).toEqual([]);
    expect(byAuthority).toEqual({
      E09000013: "uasc_looked_after=28 uasc_went_missing=4",
      E09000020: "uasc_looked_after=22 uasc_went_missing=3",
      E09000033: "uasc_looked_after=61 uasc_went_missing=9",
    });
  });
});

describe("a shared service's file that its file name gives to one of its councils", () => {
  it("still reads one column per council when its words name them all alike", async () => {
    const bytes = csv([
      ["Tri-borough Children's Services - Freedom of Information response"],
      [
        "This reply is sent on behalf of the Royal Borough of Kensington and Chelsea and Westminster City Council, whose children's services are provided through a shared service.",
      ],
      ["Q", "Question", "RBKC", "Westminster City Council"],
      ["5", "UASC looked after", "32", "81"],
      ["6", "UASC who went missing at least once", "3", "8"],
    ]);
    const r = await run("Tri-borough FOI 2015-1184 RBKC and WCC.csv", bytes);
    expect(r.facts).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("file_shared");
    const byAuthority = Object.fromEntries(
      (r.shares ?? []).map((s) => [s.authority.code, s.facts.map((f) => `${f.measure}=${f.value}`).join(" ")]),
    );
    expect(byAuthority).toEqual({
      E09000020: "uasc_looked_after=32 uasc_went_missing=3",
      E09000033: "uasc_looked_after=81 uasc_went_missing=8",
    });
  });

  it("stays one council's when its words name only that council", async () => {
    const bytes = csv([
      ["Royal Borough of Kensington and Chelsea - Freedom of Information response"],
      ["Q", "Question", "RBKC", "Westminster City Council"],
      ["5", "UASC looked after", "32", "81"],
    ]);
    const r = await run("RBKC FOI 2015-1184.csv", bytes);
    expect(r.shares).toBeUndefined();
    expect(r.authority?.code).toBe("E09000020");
  });
});

describe("a paired answer in last year's column", () => {
  it("is set aside like any other figure for another period", async () => {
    const bytes = csv([
      ["Question", "2013/14 (for comparison)", "1 October 2014 to 30 September 2015"],
      ["UASC looked after", "30", "40"],
      ["How many of these went missing and how many times?", "3 children (7 episodes)", "4 children (9 episodes)"],
    ]);
    const r = await run("Enfield.csv", bytes);
    expect(figures(r)).toEqual({
      uasc_looked_after: "40@Enfield.csv:2:3",
      uasc_went_missing: "4@Enfield.csv:3:3",
      uasc_missing_incidents: "9@Enfield.csv:3:3",
    });
  });
});

describe("files that name several authorities but answer for one", () => {
  it.each<[string, (string | number)[][]]>([
    [
      "a letter head naming a partner council",
      [
        ["Kent County Council", "Medway Council"],
        ["Question", "Answer"],
        ["UASC looked after", "120"],
      ],
    ],
    [
      "placement columns",
      [
        ["Kent County Council FOI response"],
        ["", "Placed in Kent", "Placed in Medway", "Total"],
        ["UASC looked after", "700", "40", "740"],
      ],
    ],
  ])("does not split %s into authorities", async (_what, rows) => {
    const r = await run("Kent County Council FOI.csv", csv(rows));
    expect(r.shares).toBeUndefined();
    expect(r.authority?.code).toBe("E10000016");
  });
});

describe("a shared service's workbook with a nationality sheet", () => {
  it("gives the nationalities to no one authority, and says so", async () => {
    const bytes = await buildXlsx([
      {
        name: "Figures",
        rows: [
          ["Tri-borough Children's Services (shared service)"],
          [
            "",
            "London Borough of Hammersmith & Fulham",
            "Royal Borough of Kensington and Chelsea",
            "Tri-borough total",
          ],
          ["Unaccompanied asylum seeking children looked after", 28, 22, 50],
        ],
      },
      {
        name: "Nationalities",
        rows: [
          ["Nationality", "UASC who went missing"],
          ["Albanian", 3],
          ["Eritrean", 2],
        ],
      },
    ]);
    const r = await run("Tri-borough FOI.xlsx", bytes);
    expect((r.shares ?? []).map((s) => s.authority.code)).toEqual(["E09000013", "E09000020"]);
    expect(r.nationalities).toEqual([]);
    expect(r.issues.filter((i) => i.code === "layout_unknown").map((i) => i.severity)).toEqual(["warning"]);
  });
});

describe("questions that refer back by number", () => {
  it("counts unnumbered questions in a table, so 'the children in Q2' is the second question", async () => {
    const bytes = csv([
      ["Question", "Answer"],
      ["How many children looked after were identified or suspected to be victims of trafficking?", "2"],
      ["How many of the children in Q1 went missing from care at least once?", "1"],
      ["How many separate missing episodes were recorded for the children in Q2?", "3"],
      ["How many unaccompanied asylum-seeking children were looked after?", "14"],
      ["How many of the children in Q4 went missing from care at least once?", "2"],
      ["How many separate missing episodes were recorded for the children in Q5?", "5"],
    ]);
    const r = await run("Wigan.csv", bytes);
    expect(figures(r)).toMatchObject({
      trafficked_missing_incidents: "3@Wigan.csv:4:2",
      uasc_went_missing: "2@Wigan.csv:6:2",
      uasc_missing_incidents: "5@Wigan.csv:7:2",
    });
  });
});

describe("notes beside a figure", () => {
  it("flags a figure whose note says it counts a wider group", async () => {
    const bytes = csv([
      ["Question", "Figure", "Notes"],
      ["UASC looked after", "14", "includes 2 young people who turned 18 and are now supported as care leavers"],
      ["UASC who went missing", "2", "both returned within 24 hours"],
    ]);
    const r = await run("North Lincolnshire.csv", bytes);
    expect(figures(r)).toEqual({
      uasc_looked_after: "14@North Lincolnshire.csv:2:2",
      uasc_went_missing: "2@North Lincolnshire.csv:3:2",
    });
    expect(r.issues.filter((i) => i.severity === "warning").map((i) => `${i.code}:${i.measure}`)).toEqual([
      "label_outside_request:uasc_looked_after",
    ]);
  });
});

describe("labels that cannot be read", () => {
  it("flags a label that means two measures instead of choosing one", async () => {
    const bytes = csv([
      ["How many trafficked children went missing, and how many episodes and how many were not found?", "4"],
    ]);
    const r = await run("Kent.csv", bytes);
    expect(r.facts).toEqual([]);
    expect(codes(r)).toContain("label_ambiguous");
  });

  it("flags a figure whose label matches nothing", async () => {
    const bytes = csv([
      ["Number of foster carers approved", "120"],
      ["How many UASC went missing?", "3"],
    ]);
    const r = await run("Kent.csv", bytes);
    expect(codes(r)).toContain("label_unmatched");
  });

  it("flags an answer it cannot read", async () => {
    const bytes = csv([["How many UASC went missing?", "lots"]]);
    const r = await run("Kent.csv", bytes);
    expect(codes(r)).toContain("value_unparsed");
  });

  it("flags an approximate answer on its measure, and never counts it", async () => {
    const bytes = csv([["How many UASC went missing?", "approx 30"]]);
    const r = await run("Kent.csv", bytes);
    const issue = r.issues.find((i) => i.code === "value_approximate");
    expect(issue?.measure).toBe("uasc_went_missing");
    expect(issue?.message).toContain("approximately 30");
    expect(r.facts.filter((f) => f.status === "reported" && f.value === 30)).toEqual([]);
  });

  it("says an approximate answer is approximate even under a label that matches nothing", async () => {
    const bytes = csv([
      ["Number of foster carers approved", "approximately 120"],
      ["How many UASC went missing?", "3"],
    ]);
    const r = await run("Kent.csv", bytes);
    expect(codes(r)).toContain("label_unmatched");
    expect(r.issues.find((i) => i.code === "value_approximate")?.message).toContain("approximately 120");
  });
});
