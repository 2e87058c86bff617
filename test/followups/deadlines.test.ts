import { describe, expect, it } from "vitest";
import type { Nation } from "../../src/domain/authority.js";
import { loadLetterWording } from "../../src/followups/loadLetterWording.js";
import { planFollowups } from "../../src/followups/planFollowups.js";
import { loadBankHolidays } from "../../src/knowledge/bankHolidays.js";
import { buildQualityReport } from "../../src/quality/buildQualityReport.js";
import {
  addWorkingDays,
  computeDeadline,
  coversDates,
  workingDaysBetween,
} from "../../src/quality/computeDeadlines.js";
import { renderIndex } from "../../src/report/renderIndex.js";
import { buildReturn, ingestOf, knowledge, noReturn } from "../report/build-returns.js";
import { LETTER_CONTEXT } from "../support/letterContext.js";

const holidays = loadBankHolidays();

describe("FOI working days, with each nation's bank holidays", () => {
  // Sent Tuesday 10 March 2015: Good Friday (3 April) is a holiday everywhere;
  // Easter Monday (6 April) not in Scotland; St Patrick's Day (17 March) only in NI.
  it.each<[Nation, string]>([
    ["England", "2015-04-09"],
    ["Wales", "2015-04-09"],
    ["Scotland", "2015-04-08"],
    ["Northern Ireland", "2015-04-10"],
  ])("a request sent on 10 March 2015 to a council in %s is due on %s", (nation, due) => {
    expect(addWorkingDays("2015-03-10", 20, holidays.byNation[nation])).toBe(due);
  });

  it.each<[Nation, string, string]>([
    // The Battle of the Boyne (12 July 2015, a Sunday) is kept on Monday 13 July in NI only.
    ["England", "2015-07-01", "2015-07-29"],
    ["Northern Ireland", "2015-07-01", "2015-07-30"],
    // Scotland's summer holiday is the first Monday of August, England's the last.
    ["Scotland", "2015-07-20", "2015-08-18"],
    ["England", "2015-07-20", "2015-08-17"],
    // Christmas 2015: Boxing Day (Saturday) moves to Monday 28 December.
    ["England", "2015-12-10", "2016-01-12"],
    // Scotland also keeps 2 January (Saturday in 2016, so Monday 4 January).
    ["Scotland", "2015-12-10", "2016-01-13"],
  ])("in %s, a request sent on %s is due on %s", (nation, sent, due) => {
    expect(addWorkingDays(sent, 20, holidays.byNation[nation])).toBe(due);
  });

  it("counts working days after a date up to and including another", () => {
    const ew = holidays.byNation.England;
    expect(workingDaysBetween("2015-03-10", "2015-04-09", ew)).toBe(20);
    expect(workingDaysBetween("2015-04-09", "2015-04-09", ew)).toBe(0);
    expect(workingDaysBetween("2015-04-10", "2015-04-09", ew)).toBe(0);
  });

  it("knows which years its bank-holiday list covers", () => {
    expect([holidays.firstYear, holidays.lastYear]).toEqual([2014, 2027]);
    expect(coversDates(holidays, "2015-10-05", "2016-03-01")).toBe(true);
    expect(coversDates(holidays, "2027-12-01", "2028-01-10")).toBe(false);
  });
});

describe("a council's deadline status", () => {
  it.each([
    ["answered", "2016-06-01", null, 0],
    ["refused", "2016-06-01", null, 0],
    ["no_return", "2015-11-02", "awaiting", 0],
    // 2 November 2015 is the 20th working day after 5 October 2015 in England.
    ["no_return", "2015-11-03", "overdue", 1],
    ["no_return", "2015-11-30", "overdue", 20],
    ["no_return", "2015-12-01", "long_overdue", 21],
  ] as const)("a council with status %s on %s is %s, %i working days late", (status, asOf, expected, late) => {
    const d = computeDeadline("England", status, "2015-10-05", asOf, holidays);
    expect(d.due).toBe("2015-11-02");
    expect(d.status).toBe(expected);
    expect(d.workingDaysLate).toBe(late);
  });
});

describe("chasers only for councils that are overdue", () => {
  // Every council in the reference list; five have replied, with a question each.
  const replied = knowledge.authorities.slice(0, 5).map((a) =>
    buildReturn(a.gss_code, {
      issues: [
        { code: "value_unparsed", severity: "warning", message: "x", measure: "uasc_looked_after", raw: "lots" },
      ],
    }),
  );
  const silent = knowledge.authorities.slice(5).map((a) => noReturn(a.gss_code));
  const wording = loadLetterWording();
  const lettersOn = (date: string) =>
    planFollowups(buildQualityReport(ingestOf([...replied, ...silent]), knowledge), wording, {
      ...LETTER_CONTEXT,
      requestSent: "2015-10-05",
      date,
    });

  it("writes no chaser on the day after the request went out: 5 of 217 replied, 5 letters, 0 chasers", () => {
    expect(knowledge.authorities).toHaveLength(217);
    const letters = lettersOn("2015-10-06");
    expect(letters).toHaveLength(5);
    expect(letters.flatMap((l) => l.points.map((p) => p.code))).not.toContain("no_return");
  });

  it("writes no chaser on the deadline itself, and one to every silent council the day after", () => {
    expect(lettersOn("2015-11-02").filter((l) => l.points.some((p) => p.code === "no_return"))).toHaveLength(0);
    const after = lettersOn("2015-11-03");
    expect(after.filter((l) => l.points.some((p) => p.code === "no_return"))).toHaveLength(212);
  });

  it("chases no one when it cannot tell the deadlines (report.html's preview without settings)", () => {
    const report = buildQualityReport(ingestOf([...replied, ...silent]), knowledge);
    const letters = planFollowups(report, wording, { ...LETTER_CONTEXT, requestSent: null, holidays: null });
    expect(letters).toHaveLength(5);
  });
});

describe("quality/index.md's deadline table", () => {
  const returns = [buildReturn("E09000023"), noReturn("E09000012"), noReturn("S12000046")];
  it("lists each council's due date and status, the most overdue first, and says what long overdue means", () => {
    const report = buildQualityReport(ingestOf(returns), {
      ...knowledge,
      round: { requestSent: "2015-10-05", asOf: "2015-12-15", holidays },
    });
    const md = renderIndex(report);
    expect(md).toContain("## Who still owes an answer");
    expect(md).toContain("long overdue (more than 20 working days past the deadline)");
    const table = md.slice(md.indexOf("## Who still owes an answer"));
    const hackney = table.indexOf("| Hackney | England | 2015-11-02 | long overdue |");
    const lewisham = table.indexOf("| Lewisham | England | 2015-11-02 | replied: answered |");
    expect(hackney).toBeGreaterThan(-1);
    expect(lewisham).toBeGreaterThan(hackney);
  });

  it("says how to get deadlines when the round has no settings", () => {
    const md = renderIndex(buildQualityReport(ingestOf(returns), knowledge));
    expect(md).toContain("No deadlines: give the date the request was sent as `requestSent`");
  });
});
