import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/io.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadRequest } from "../../src/knowledge/request.js";
import { OverrideRowSchema } from "../../src/overrides/overrideSchema.js";
import { parseOverrides } from "../../src/overrides/parseOverrides.js";
import { knowledge } from "../report/build-returns.js";

const HEADER = "authority_code,measure,value,status,reason,source,date";

function problemsOf(text: string): string[] {
  try {
    parseOverrides(text, "clarifications.csv", knowledge);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message.split("\n");
  }
  throw new Error("expected parseOverrides to reject the file");
}

describe("parseOverrides: a good file", () => {
  it("reads each row with its line, maps status and keeps reason, source and date", () => {
    const text = [
      HEADER,
      "E09000023,trafficked_went_missing,3,,Council gave the exact figure,email from council 2016-03-02,2016-03-02",
      "",
      "E10000030,uasc_looked_after,,refused,Section 12 confirmed,letter from Surrey,",
      "E10000008,uasc_not_found,7,reported,Corrected figure,phone call,",
    ].join("\n");
    const { overrides } = parseOverrides(text, "clarifications.csv", knowledge);
    expect(overrides).toEqual([
      {
        authority: "E09000023",
        measure: "trafficked_went_missing",
        period: "2014-15",
        status: "override",
        value: 3,
        reason: "Council gave the exact figure",
        source: "email from council 2016-03-02",
        date: "2016-03-02",
        file: "clarifications.csv",
        line: 2,
      },
      {
        authority: "E10000008",
        measure: "uasc_not_found",
        period: "2014-15",
        status: "override",
        value: 7,
        reason: "Corrected figure",
        source: "phone call",
        date: "",
        file: "clarifications.csv",
        line: 5,
      },
      {
        authority: "E10000030",
        measure: "uasc_looked_after",
        period: "2014-15",
        status: "refused",
        value: null,
        reason: "Section 12 confirmed",
        source: "letter from Surrey",
        date: "",
        file: "clarifications.csv",
        line: 4,
      },
    ]);
  });

  it.each([
    [
      "header in any order and case, optional columns left out",
      "Reason,Source,Measure,Authority_Code,Value\nfixed,email,uasc_not_found,E09000023,2",
    ],
    [
      "a UTF-8 byte-order mark and Windows line ends",
      `\uFEFF${HEADER}\r\nE09000023,uasc_not_found,2,,fixed,email,\r\n`,
    ],
    ["lower-case authority code", `${HEADER}\ne09000023,uasc_not_found,2,,fixed,email,`],
    ["spaces around cells", `${HEADER}\n E09000023 , uasc_not_found , 2 ,, fixed , email ,`],
  ])("accepts %s", (_name, text) => {
    const { overrides } = parseOverrides(text, "clarifications.csv", knowledge);
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatchObject({
      authority: "E09000023",
      measure: "uasc_not_found",
      value: 2,
      reason: "fixed",
    });
  });

  it("numbers a row by the line it starts on when a quoted reason spans lines", () => {
    const text = `${HEADER}\nE09000023,uasc_not_found,2,,"two\nline reason",email,\nE10000030,uasc_not_found,1,,fixed,email,`;
    const { overrides } = parseOverrides(text, "clarifications.csv", knowledge);
    expect(overrides.map((o) => [o.authority, o.line])).toEqual([
      ["E09000023", 2],
      ["E10000030", 4],
    ]);
  });
});

describe("parseOverrides: a bad file names the line and column of each problem", () => {
  it.each([
    [
      "mistyped authority code",
      `${HEADER}\nE0900023,uasc_not_found,2,,fixed,email,`,
      'clarifications.csv:2:1: unknown authority code "E0900023"; did you mean E09000023 (Lewisham)?',
    ],
    [
      "a name where the code belongs",
      `${HEADER}\nLondon Borough of Lewisham,uasc_not_found,2,,fixed,email,`,
      'clarifications.csv:2:1: unknown authority code "London Borough of Lewisham"; did you mean E09000023 (Lewisham)?',
    ],
    [
      "unknown measure",
      `${HEADER}\nE09000023,uasc_missing,2,,fixed,email,`,
      'clarifications.csv:2:2: unknown measure "uasc_missing"; valid measures are trafficked_identified, trafficked_suspected, trafficked_looked_after, trafficked_went_missing, trafficked_missing_incidents, trafficked_not_found, uasc_looked_after, uasc_went_missing, uasc_missing_incidents, uasc_not_found, not_found',
    ],
    [
      "fractional value",
      `${HEADER}\nE09000023,uasc_not_found,4.5,,fixed,email,`,
      'clarifications.csv:2:3: value "4.5" is not a whole number of 0 or more',
    ],
    [
      "negative value",
      `${HEADER}\nE09000023,uasc_not_found,-1,,fixed,email,`,
      'clarifications.csv:2:3: value "-1" is not a whole number of 0 or more',
    ],
    [
      "value in words",
      `${HEADER}\nE09000023,uasc_not_found,five,,fixed,email,`,
      'clarifications.csv:2:3: value "five" is not a whole number of 0 or more',
    ],
    [
      "no value and no status",
      `${HEADER}\nE09000023,uasc_not_found,,,fixed,email,`,
      "clarifications.csv:2:3: value is empty: give the clarified figure, or a status (refused, not_held, not_answered)",
    ],
    [
      "a value given with a refusal",
      `${HEADER}\nE09000023,uasc_not_found,3,refused,fixed,email,`,
      "clarifications.csv:2:3: value 3 given with status refused: a refused figure has no value; leave value empty",
    ],
    [
      "unknown status",
      `${HEADER}\nE09000023,uasc_not_found,,withheld,fixed,email,`,
      'clarifications.csv:2:4: status "withheld" is not one of reported, refused, not_held, not_answered (or empty)',
    ],
    [
      "empty reason",
      `${HEADER}\nE09000023,uasc_not_found,2,,,email,`,
      "clarifications.csv:2:5: reason is empty: say why the figure is being changed",
    ],
    [
      "empty source",
      `${HEADER}\nE09000023,uasc_not_found,2,,fixed, ,`,
      'clarifications.csv:2:6: source is empty: say where the figure came from, e.g. "email from council"',
    ],
    [
      "date in UK order",
      `${HEADER}\nE09000023,uasc_not_found,2,,fixed,email,02/03/2016`,
      'clarifications.csv:2:7: date "02/03/2016" is not a date in the form YYYY-MM-DD',
    ],
    [
      "date that does not exist",
      `${HEADER}\nE09000023,uasc_not_found,2,,fixed,email,2016-02-30`,
      'clarifications.csv:2:7: date "2016-02-30" is not a real calendar date',
    ],
    [
      "missing reason column",
      "authority_code,measure,value,source\nE09000023,uasc_not_found,2,email",
      'clarifications.csv:1:5: missing column "reason"',
    ],
    [
      "columns in another order",
      "measure,authority_code,reason,source,value\nuasc_not_found,E09000023,fixed,email,x",
      'clarifications.csv:2:5: value "x" is not a whole number of 0 or more',
    ],
    [
      "problem on a later line after a blank line",
      `${HEADER}\nE09000023,uasc_not_found,2,,fixed,email,\n\nE10000030,uasc_nope,2,,fixed,email,`,
      'clarifications.csv:4:2: unknown measure "uasc_nope"',
    ],
    ["unclosed quote", `${HEADER}\nE09000023,uasc_not_found,2,,"fixed,email,`, "clarifications.csv:2:"],
    ["empty file", "", "clarifications.csv:1:1: the overrides file is empty"],
  ])("%s", (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(
      problems.some((p) => p.startsWith(expected)),
      `got:\n${problems.join("\n")}`,
    ).toBe(true);
  });

  it("names both lines of a duplicate (authority, measure)", () => {
    const text = [
      HEADER,
      "E09000023,uasc_not_found,2,,fixed,email,",
      "E10000030,uasc_not_found,2,,fixed,email,",
      "e09000023,uasc_not_found,3,,second thoughts,phone,",
    ].join("\n");
    expect(problemsOf(text)).toEqual([
      "clarifications.csv:4:1: duplicate row for E09000023 (Lewisham) uasc_not_found: lines 2 and 4 both clarify it; keep one",
    ]);
  });

  it("lists every problem in the file, in line order, not just the first", () => {
    const text = [
      HEADER,
      "E09000023,uasc_nope,2,,fixed,email,",
      "E09000023,uasc_not_found,2.5,,,email,",
      "X1,uasc_not_found,2,,fixed,email,",
    ].join("\n");
    const problems = problemsOf(text);
    expect(problems.map((p) => p.split(": ")[0])).toEqual([
      "clarifications.csv:2:2",
      "clarifications.csv:3:3",
      "clarifications.csv:3:5",
      "clarifications.csv:4:1",
    ]);
  });
});

describe("OverrideRowSchema", () => {
  it.each([
    [{ value: "12", status: "" }, true],
    [{ value: "", status: "not_held" }, true],
    [{ value: "", status: "NOT_HELD" }, true],
    [{ value: "0", status: "reported" }, true],
    [{ value: "", status: "" }, false],
    [{ value: "1e3", status: "" }, false],
  ])("%o valid: %s", (cells, valid) => {
    const row = {
      authority_code: "E09000023",
      measure: "uasc_not_found",
      reason: "r",
      source: "s",
      date: "",
      ...cells,
    };
    expect(OverrideRowSchema.safeParse(row).success).toBe(valid);
  });
});

/** The 2018–20 round asks about three calendar years, so a clarification must say which. */
const threeYears = {
  request: loadRequest(join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json")),
  authorities: knowledge.authorities,
};

describe("parseOverrides: the period a clarification is for", () => {
  it.each([
    ["a one-period round, no period column (the 2015 form)", knowledge, HEADER, "", "2014-15"],
    ["a one-period round, its period left empty", knowledge, `${HEADER},period`, ",", "2014-15"],
    ["a one-period round, its period named", knowledge, `${HEADER},period`, ",2014-15", "2014-15"],
    ["a three-year round, one year named", threeYears, `${HEADER},period`, ",2019", "2019"],
    ["a three-year round, period column first", threeYears, `period,${HEADER}`, "", "2020"],
  ])("%s", (_name, round, header, tail, period) => {
    const row = header.startsWith("period")
      ? "2020,E09000023,uasc_went_missing,2,,fixed,email,"
      : `E09000023,uasc_went_missing,2,,fixed,email,${tail}`;
    const { overrides } = parseOverrides(`${header}\n${row}`, "clarifications.csv", round);
    expect(overrides.map((o) => [o.authority, o.measure, o.period, o.value])).toEqual([
      ["E09000023", "uasc_went_missing", period, 2],
    ]);
  });

  it("reads one row per year for the same figure, in the request's order of periods", () => {
    const text = [
      `${HEADER},period`,
      "E09000023,uasc_went_missing,4,,fixed,email,,2020",
      "E09000023,uasc_went_missing,2,,fixed,email,,2018",
      "E09000023,uasc_went_missing,,not_held,not held that year,email,,2019",
    ].join("\n");
    const { overrides } = parseOverrides(text, "clarifications.csv", threeYears);
    expect(overrides.map((o) => [o.period, o.status, o.value])).toEqual([
      ["2018", "override", 2],
      ["2019", "not_held", null],
      ["2020", "override", 4],
    ]);
  });

  const severalPeriods =
    "period is empty, but this round asks about 3 periods (2018, 2019, 2020); say which one the clarification is for, with one row per period if it holds for several";
  it.each([
    [
      "no period column in a three-year round: the column it would go in",
      threeYears,
      `${HEADER}\nE09000023,uasc_went_missing,2,,fixed,email,`,
      `clarifications.csv:2:8: ${severalPeriods}`,
    ],
    [
      "an empty period in a three-year round",
      threeYears,
      `${HEADER},period\nE09000023,uasc_went_missing,2,,fixed,email,,`,
      `clarifications.csv:2:8: ${severalPeriods}`,
    ],
    [
      "a year the round did not ask about",
      threeYears,
      `${HEADER},period\nE09000023,uasc_went_missing,2,,fixed,email,,2021`,
      'clarifications.csv:2:8: unknown period "2021"; this round\'s periods are 2018, 2019, 2020',
    ],
    [
      "a period other than a one-period round's own",
      knowledge,
      `${HEADER},period\nE09000023,uasc_went_missing,2,,fixed,email,,2015`,
      'clarifications.csv:2:8: unknown period "2015"; this round\'s periods are 2014-15',
    ],
  ])("refuses %s", (_name, round, text, problem) => {
    let message = "";
    try {
      parseOverrides(text, "clarifications.csv", round);
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      message = (err as Error).message;
    }
    expect(message).toBe(problem);
  });

  it("names the period of a duplicate row, and allows the same figure once per period", () => {
    const text = [
      `${HEADER},period`,
      "E09000023,uasc_went_missing,2,,fixed,email,,2018",
      "E09000023,uasc_went_missing,3,,fixed,email,,2019",
      "E09000023,uasc_went_missing,4,,second thoughts,phone,,2018",
    ].join("\n");
    let message = "";
    try {
      parseOverrides(text, "clarifications.csv", threeYears);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      "clarifications.csv:4:1: duplicate row for E09000023 (Lewisham) uasc_went_missing for 2018: lines 2 and 4 both clarify it; keep one",
    );
  });
});
