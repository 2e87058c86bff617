import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function run(rows: Row[]): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Data", rows }]);
  return processFile({ file: "reply.xlsx", bytes, manifestCode: null }, knowledge());
}

/** measure → "value@cells" for exact figures, "lower-upper@cells" for bounds; several facts joined by " | ". */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const f of r.facts) {
    const shown = f.value !== null ? String(f.value) : `${f.lower}-${f.upper}`;
    const cells = f.sources.map((s) => formatSource(s).replace("reply.xlsx#Data!", "")).join(";");
    out[f.measure] = [...(out[f.measure] ?? []), `${shown}@${cells}`];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" | ")]));
}

const summed = (r: FileResult) =>
  r.issues.filter((i) => i.code === "value_summed").map((i) => `${i.measure}:${i.severity}`);

describe("a measure broken down by sex, age or time", () => {
  it("adds up a partition with no total, and says so for each measure", async () => {
    const r = await run([
      ["Gender", "Trafficked LAC", "UASC LAC"],
      ["Male", 8, 131],
      ["Female", 11, 22],
    ]);
    expect(figures(r)).toEqual({ trafficked_looked_after: "19@B2;B3", uasc_looked_after: "153@C2;C3" });
    expect(summed(r)).toEqual(["trafficked_looked_after:warning", "uasc_looked_after:warning"]);
  });

  it("takes the total row over quarters even when a child in two quarters makes the quarters add up to more", async () => {
    const r = await run([
      ["Quarter", "UASC - children missing", "UASC - missing episodes"],
      ["Q3 2014/15 (Oct-Dec 2014)", 14, 30],
      ["Q4 2014/15 (Jan-Mar 2015)", 17, 38],
      ["Q1 2015/16 (Apr-Jun 2015)", 12, 25],
      ["Q2 2015/16 (Jul-Sep 2015)", 15, 33],
      ["Total for period (unique children)", 41, 126],
    ]);
    expect(figures(r)).toEqual({ uasc_went_missing: "41@B6", uasc_missing_incidents: "126@C6" });
    // The children's quarters add up to 58, not 41: said on that measure (info, no letter); the episodes add up.
    const parts = r.issues.filter((i) => i.code === "check_parts_sum");
    expect(parts.map((i) => `${i.measure}:${i.severity}:${i.cell}`)).toEqual(["uasc_went_missing:info:B6"]);
    expect(parts[0]?.message).toContain("add up to 58");
  });

  it("says so when children by quarter across a row do not add up to the Total column it uses", async () => {
    const r = await run([
      ["", "Oct-Dec 2014", "Jan-Mar 2015", "Apr-Jun 2015", "Jul-Sep 2015", "Total 1 Oct 2014 - 30 Sep 2015"],
      ["Trafficked children who went missing", 1, 1, 0, 1, 2],
      ["UASC who went missing", 4, 3, 3, 4, 9],
      ["Missing episodes - UASC", 6, 4, 5, 6, 21],
    ]);
    expect(figures(r)).toMatchObject({ trafficked_went_missing: "2@F2", uasc_went_missing: "9@F3" });
    expect(
      r.issues
        .filter((i) => i.code === "check_parts_sum")
        .map((i) => `${i.measure}:${i.severity}`)
        .sort(),
    ).toEqual(["trafficked_went_missing:info", "uasc_went_missing:info"]);
  });

  // "Year total" starts with "Year", which heads a column of periods (a
  // label foi-agg ignores); a row label ending in "total" is the total row.
  it.each(["Year total", "Period total", "Financial year total"])(
    'takes a "%s" row over quarters as the total, not as a period label',
    async (label) => {
      const r = await run([
        ["Quarter", "UASC - children missing", "UASC - missing episodes"],
        ["Oct-Dec 2014", 2, 5],
        ["Jan-Mar 2015", 2, 4],
        ["Apr-Jun 2015", 3, 6],
        ["Jul-Sep 2015", 1, 3],
        [label, 7, 18],
      ]);
      expect(figures(r)).toEqual({ uasc_went_missing: "7@B6", uasc_missing_incidents: "18@C6" });
    },
  );

  it("does not take a 'total' of children below the largest quarter or above their sum", async () => {
    const r = await run([
      ["Quarter", "UASC - children missing"],
      ["Q1", 14],
      ["Q2", 17],
      ["Total", 60],
    ]);
    expect(figures(r).uasc_went_missing).toBe("14@B2 | 17@B3 | 60@B4");
  });

  it("gives children over quarters without a total only as bounds, and adds their episodes", async () => {
    const r = await run([
      ["Quarter", "UASC - children missing", "UASC - missing episodes"],
      ["Q1", 4, 6],
      ["Q2", 3, 5],
    ]);
    expect(figures(r)).toEqual({ uasc_went_missing: "4-7@B2;B3", uasc_missing_incidents: "11@C2;C3" });
    expect(summed(r)).toEqual(["uasc_missing_incidents:warning"]);
    // Children per quarter are not added up: the request's total was not given, only its parts.
    expect(r.issues.filter((i) => i.code === "check_part_without_total").map((i) => i.measure)).toEqual([
      "uasc_went_missing",
    ]);
  });

  it("takes children as 0 when every quarter has none: no child in any quarter is no child in the year", async () => {
    const r = await run([
      ["Measure", "Oct-Dec 2014", "Jan-Mar 2015", "Apr-Jun 2015", "Jul-Sep 2015"],
      ["Trafficked children who went missing", 0, 0, 0, 0],
      ["UASC who went missing", 0, 1, 1, 0],
    ]);
    expect(figures(r)).toMatchObject({
      trafficked_went_missing: "0@B2;C2;D2;E2",
      uasc_went_missing: "1-2@B3;C3;D3;E3",
    });
    expect(summed(r)).toContain("trafficked_went_missing:warning");
  });

  it.each([
    [
      "quarters named by their months",
      ["Missing episodes", "Oct–Dec 2014", "Jan–Mar 2015", "Apr–Jun 2015", "Jul–Sep 2015"],
    ],
    ["quarters numbered", ["Number of missing episodes", "Q1", "Q2", "Q3", "Q4"]],
  ])(
    "reads a corner naming only what is counted over rows naming only a group, and adds the episodes (%s)",
    async (_, head) => {
      const r = await run([head, ["Trafficked children", 1, 2, 0, 1], ["UASC", 3, 2, 5, 1]]);
      expect(figures(r)).toEqual({
        trafficked_missing_incidents: "4@B2;C2;D2;E2",
        uasc_missing_incidents: "11@B3;C3;D3;E3",
      });
      expect(summed(r)).toEqual(["trafficked_missing_incidents:warning", "uasc_missing_incidents:warning"]);
    },
  );

  it("reads a table titled in its corner, with age bands across and sex down, at its grand total", async () => {
    const r = await run([
      ["Unaccompanied asylum seeking children looked after", "Under 14", "14-15", "16-17", "Total"],
      ["Male", 2, 11, 29, 42],
      ["Female", 0, 3, 5, 8],
      ["Total", 2, 14, 34, 50],
      [],
      ["UASC who went missing at least once", "Under 14", "14-15", "16-17", "Total"],
      ["Male", 0, 2, 4, 6],
      ["Female", 0, 1, 0, 1],
      ["Total", 0, 3, 4, 7],
      ["UASC missing episodes", "", "", "", 19],
    ]);
    expect(figures(r)).toEqual({
      uasc_looked_after: "50@E4",
      uasc_went_missing: "7@E9",
      uasc_missing_incidents: "19@E10",
    });
  });

  it("sets aside a financial year that overlaps the period beside a row for exactly the period", async () => {
    const r = await run([
      ["Period", "Trafficked / suspected trafficked LAC", "Went missing", "UASC LAC", "Went missing"],
      ["2013-14", 6, 2, 95, 11],
      ["2014-15", 9, 3, 108, 13],
      ["1 Oct 2014 - 30 Sep 2015", 8, 3, 112, 14],
    ]);
    expect(figures(r)).toEqual({
      trafficked_looked_after: "8@B4",
      trafficked_went_missing: "3@C4",
      uasc_looked_after: "112@D4",
      uasc_went_missing: "14@E4",
    });
  });

  it.each([
    [
      "month ranges with a year",
      ["Oct–Dec 2014", "Jan–Mar 2015", "Apr–Jun 2015", "Jul–Sep 2015"],
      "7-16@B2;B3;B4;B5",
      "23@C2;C3;C4;C5",
    ],
    ["month ranges written out", ["October to December 2014", "January to March 2015"], "7-11@B2;B3", "13@C2;C3"],
    ["months with a year", ["October 2014", "November 2014", "December 2014"], "7-16@B2;B3;B4", "18@C2;C3;C4"],
    // The financial year first, then its quarter (round 33, Northamptonshire).
    [
      "a year's quarters with their months",
      ["2014-15 Q3 (Oct-Dec)", "2014-15 Q4 (Jan-Mar)", "2015-16 Q1 (Apr-Jun)", "2015-16 Q2 (Jul-Sep)"],
      "7-16@B2;B3;B4;B5",
      "23@C2;C3;C4;C5",
    ],
    ["a year's quarters written out", ["2014/15 Quarter 3", "2014/15 Quarter 4"], "7-11@B2;B3", "13@C2;C3"],
  ])(
    "settles quarters named by their dates inside the period (%s): episodes summed, children flagged",
    async (_, spans, children, episodes) => {
      const values = [
        [4, 6],
        [7, 7],
        [5, 5],
        [0, 5],
      ];
      const r = await run([
        ["Quarter", "UASC - children missing", "UASC - missing episodes"],
        ...spans.map((s, i) => [s, ...(values[i] ?? [])]),
      ]);
      expect(figures(r)).toEqual({ uasc_went_missing: children, uasc_missing_incidents: episodes });
      expect(summed(r)).toEqual(["uasc_missing_incidents:warning"]);
      expect(r.issues.filter((i) => i.code === "check_part_without_total").map((i) => i.measure)).toEqual([
        "uasc_went_missing",
      ]);
    },
  );

  it("takes a column for the whole period beside one for the year before as the answer, not as a slice", async () => {
    const r = await run([
      ["", "Oct 2013 - Sep 2014", "Oct 2014 - Sep 2015"],
      ["UASC - looked after", 51, 79],
      ["UASC - went missing", 6, 10],
    ]);
    expect(figures(r)).toEqual({ uasc_looked_after: "79@C2", uasc_went_missing: "10@C3" });
    expect(r.issues.filter((i) => i.code === "value_conflict")).toEqual([]);
  });

  it("does not settle spans of time outside the requested period with it", async () => {
    const r = await run([
      ["Quarter", "UASC - missing episodes"],
      ["Oct–Dec 2013", 6],
      ["Jan–Mar 2014", 5],
    ]);
    expect(summed(r)).toEqual([]);
    expect(figures(r).uasc_missing_incidents?.split(" | ").length).toBe(2);
  });

  it.each([
    ["one quarter", "Q1"],
    ["one month", "January 2015"],
    ["one sex", "Female"],
  ])("never takes %s alone as the whole measure: it is flagged by measure", async (_, slice) => {
    const r = await run([
      ["", "UASC LAC"],
      [slice, 12],
    ]);
    expect(figures(r).uasc_looked_after).toBe("12@B2");
    expect(r.issues.filter((i) => i.code === "figure_other_period").map((i) => i.measure)).toEqual([
      "uasc_looked_after",
    ]);
  });

  it("keeps two different breakdowns of one measure apart, and flags them", async () => {
    const r = await run([
      ["", "UASC LAC"],
      ["Male", 10],
      ["Q1", 12],
    ]);
    expect(figures(r).uasc_looked_after).toBe("10@B2 | 12@B3");
    expect(summed(r)).toEqual([]);
    expect(r.issues.filter((i) => i.measure === "uasc_looked_after").length).toBeGreaterThan(0);
  });

  it("takes no group from a column to the left that names a part of a group, or under a heading that names it", async () => {
    const r = await run([
      ["", "Trafficked children", "", "", "", "Unaccompanied asylum seeking children"],
      ["Council", "Identified", "Suspected", "LAC", "Number who went missing", "LAC"],
      ["Blaenau Gwent County Borough Council", 0, 1, 1, 0, 5],
    ]);
    expect(figures(r)).toMatchObject({
      trafficked_looked_after: "1@D3",
      trafficked_went_missing: "0@E3",
      uasc_looked_after: "5@F3",
    });
  });

  it("does not take the corner of a table whose totals disagree with it: the figures are left to conflict", async () => {
    const r = await run([
      ["Unaccompanied asylum seeking children looked after", "Under 16", "16-17", "Total"],
      ["Male", 2, 11, 13],
      ["Female", 1, 3, 4],
      ["Total", 3, 14, 20],
    ]);
    expect(figures(r).uasc_looked_after?.split(" | ").length).toBeGreaterThan(1);
  });
});
