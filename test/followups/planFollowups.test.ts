import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/domain/issues.js";
import type { ValueRecord } from "../../src/domain/returns.js";
import { checkLetterTemplate, FOLLOWUP_CODES, FollowupPointsSchema } from "../../src/followups/letterWording.js";
import { loadLetterWording } from "../../src/followups/loadLetterWording.js";
import { type Letter, planFollowups, wrapHanging, wrapLetter } from "../../src/followups/planFollowups.js";
import { applyOverrides } from "../../src/overrides/applyOverrides.js";
import { buildQualityReport } from "../../src/quality/buildQualityReport.js";
import { buildReturn, ingestOf, knowledge, missing } from "../report/build-returns.js";
import { fixtureIngest } from "../report/fixture-ingest.js";
import { LETTER_CONTEXT } from "../support/letterContext.js";

const wording = loadLetterWording();
const letters = planFollowups(buildQualityReport(fixtureIngest(), knowledge), wording, LETTER_CONTEXT);

function letterFor(code: string, list: Letter[] = letters): Letter {
  const letter = list.find((l) => l.authorityCode === code);
  if (!letter) throw new Error(`no letter for ${code}; letters for ${list.map((l) => l.authorityCode).join(", ")}`);
  return letter;
}

/** Letter text with wrapping undone, so assertions need not know where lines break. */
function flat(letter: Letter): string {
  return letter.text.replace(/\s+/g, " ");
}

/** Letters for Lewisham sending an otherwise complete return with these issues. */
function lettersFor(issues: Issue[], values: ValueRecord[] = []) {
  const ret = buildReturn("E09000023", { issues, values });
  return planFollowups(buildQualityReport(ingestOf([ret]), knowledge), wording, LETTER_CONTEXT);
}

describe("planFollowups on a small national run", () => {
  it("writes to each council with something to clarify, and not to the clean one", () => {
    expect(letters.map((l) => [l.authorityCode, l.fileName])).toEqual([
      ["E09000012", "E09000012-hackney.txt"],
      ["E09000023", "E09000023-lewisham.txt"],
      ["E10000008", "E10000008-devon.txt"],
      ["E10000016", "E10000016-kent.txt"],
      ["S12000046", "S12000046-glasgow-city.txt"],
      ["W06000001", "W06000001-isle-of-anglesey.txt"],
    ]);
    expect(letters.some((l) => l.authorityName === "Surrey")).toBe(false);
  });

  it("asks about exactly the suppressed figure, quoting the council's words and where they are", () => {
    const lewisham = letterFor("E09000023");
    expect(lewisham.points).toHaveLength(1);
    expect(lewisham.points[0]).toMatchObject({ code: "value_suppressed", measures: ["uasc_went_missing"] });
    expect(flat(lewisham)).toContain(
      '1. You gave unaccompanied children who went missing at least once (“fewer than 5”, Lewisham FOI response.xlsx, sheet "Missing", cell B8) as a range rather than a number. Please could you tell us the exact number, or confirm that you are withholding it under an exemption, and which one?',
    );
  });

  it("is dated, cites the request and the period, addresses the council by name and is signed by the sender", () => {
    const text = flat(letterFor("E09000023"));
    expect(text).toMatch(
      /^1 March 2016 To: Freedom of Information officer, Lewisham Our reference: HBTH-2015 Dear Freedom of Information officer, /,
    );
    expect(text).toMatch(/Yours faithfully, Alex Smith Children's Rights Research alex\.smith@example\.org $/);
    expect(text).toContain(knowledge.request.citation);
    expect(text).toContain("the period 1 October 2014 to 30 September 2015");
    expect(text).toContain("help us with the following point.");
  });

  it("raises figures that contradict each other, and a financial-year period", () => {
    const devon = letterFor("E10000008");
    expect(devon.points.map((p) => p.code)).toEqual(["period_approximate", "check_missing_exceeds_looked_after"]);
    const text = flat(devon);
    expect(text).toContain("1. Your reply appears to cover “2014/15 financial year” (Devon.csv, cell A1)");
    expect(text).toContain(
      "2. Your figures for children who went missing seem to be higher than the number looked after: Devon.csv gives 5 trafficked children who went missing (row 5, column B) but only 3 looked after (row 4, column B).",
    );
    expect(text).toContain("the following 2 points");
  });

  it("asks for an unreadable file again, without a point per unanswered question", () => {
    const kent = letterFor("E10000016");
    expect(kent.points.map((p) => p.code)).toEqual(["file_corrupt"]);
    expect(flat(kent)).toContain("The file you sent, “Kent.xlsx”, appears to be damaged, so we could not open it");
  });

  it("sends a polite chaser to a council that sent nothing", () => {
    const hackney = letterFor("E09000012");
    expect(hackney.points.map((p) => p.code)).toEqual(["no_return"]);
    const text = flat(hackney);
    expect(text).toContain("The 20 working days the Act allows for a reply have passed");
    expect(text).toContain("when we can expect your response?");
    expect(text).not.toContain("Thank you for your reply");
  });

  it("leaves no placeholder unfilled and wraps lines for a plain-text letter", () => {
    for (const l of letters) {
      expect(l.text).not.toMatch(/\{\{|\}\}/);
      for (const line of l.text.split("\n")) expect(line.length).toBeLessThanOrEqual(76);
    }
  });
});

describe("planFollowups: what is and is not asked", () => {
  const suppressedIssue: Issue = {
    code: "value_suppressed",
    severity: "warning",
    message: '"<5" in L.csv, row 3, column B: suppressed value, read as 1–4',
    file: "L.csv",
    cell: "B3",
    measure: "uasc_went_missing",
    raw: "<5",
  };

  it("does not ask again about a figure already clarified by an override", () => {
    const ret = buildReturn("E09000023", { issues: [suppressedIssue] });
    const { returns } = applyOverrides(
      [ret],
      [
        {
          authority: "E09000023",
          measure: "uasc_went_missing",
          period: "2014-15",
          status: "override",
          value: 2,
          reason: "exact figure",
          source: "email",
          date: "",
          file: "o.csv",
          line: 2,
        },
      ],
      knowledge,
      "2014-15",
    );
    expect(planFollowups(buildQualityReport(ingestOf([ret]), knowledge), wording, LETTER_CONTEXT)).toHaveLength(1);
    expect(planFollowups(buildQualityReport(ingestOf(returns), knowledge), wording, LETTER_CONTEXT)).toEqual([]);
  });

  it.each([
    ["a required measure is chased", "uasc_went_missing", 1],
    ["an optional sub-part is not", "trafficked_identified", 0],
  ])("unanswered question: %s", (_name, measure, count) => {
    const out = lettersFor(
      [{ code: "value_not_answered", severity: "warning", message: `No answer for ${measure}.`, measure }],
      [missing(measure)],
    );
    expect(out.flatMap((l) => l.points)).toHaveLength(count);
    if (count === 1)
      expect(flat(out[0] as Letter)).toContain(
        "does not seem to answer the question about unaccompanied children who went missing",
      );
  });

  it("asks once about a refusal letter rather than once per refused figure", () => {
    const out = lettersFor([
      {
        code: "document_refused",
        severity: "warning",
        message: "Refused under s.12",
        file: "r.txt",
        cell: "line 4",
        raw: "section 12 applies",
      },
      {
        code: "value_refused",
        severity: "warning",
        message: "refused",
        measure: "uasc_went_missing",
        raw: "section 12 applies",
      },
      {
        code: "value_refused",
        severity: "warning",
        message: "refused",
        measure: "uasc_not_found",
        raw: "section 12 applies",
      },
    ]);
    expect(out[0]?.points.map((p) => p.code)).toEqual(["document_refused"]);
    expect(flat(out[0] as Letter)).toContain("Your reply refuses the request (“section 12 applies”)");
    expect(flat(out[0] as Letter)).toContain("how we could narrow the request");
    expect(flat(out[0] as Letter)).toContain("internal review");
  });

  it("skips a conflict already resolved (downgraded to a note) and issues not worth a letter", () => {
    const out = lettersFor([
      { code: "duplicate_conflict", severity: "info", message: "resolved", measure: "uasc_went_missing" },
      {
        code: "value_annotated",
        severity: "info",
        message: "read 4 from '4 (1 still missing)'",
        raw: "4 (1 still missing)",
      },
      { code: "nationality_unknown", severity: "info", message: "not a nationality", raw: "Other" },
    ]);
    expect(out).toEqual([]);
  });

  // no_return is asked of councils that sent nothing, below and in test/followups/deadlines.test.ts.
  it.each(FOLLOWUP_CODES.filter((c) => c !== "no_return").map((code) => [code]))(
    "has wording for %s that fills every placeholder",
    (code) => {
      const out = lettersFor([
        {
          code,
          severity: "error",
          message: "The council's figures disagree.",
          file: "L.xlsx",
          sheet: "Q",
          cell: "C4",
          measure: "uasc_not_found",
          raw: "7",
        },
      ]);
      expect(out).toHaveLength(1);
      expect(out[0]?.points.map((p) => p.code)).toEqual([code]);
      expect(out[0]?.text).not.toMatch(/\{\{|\}\}/);
    },
  );

  it("words a follow-up code with no phrasing of its own with the fallback, naming the problem", () => {
    const sparse = { ...wording, points: {} };
    const ret = buildReturn("E09000023", { issues: [{ ...suppressedIssue }] });
    const out = planFollowups(buildQualityReport(ingestOf([ret]), knowledge), sparse, LETTER_CONTEXT);
    expect(flat(out[0] as Letter)).toContain(
      "1. We have a question about unaccompanied children who went missing at least once (“<5”, L.csv, cell B3) in your reply. Please could you check it and let us know the figure?",
    );
  });

  it("gathers several figures with one problem into one point, and numbers different problems in order", () => {
    const out = lettersFor([
      { ...suppressedIssue },
      { ...suppressedIssue, cell: "B4", measure: "uasc_not_found", raw: "*", message: "*" },
      {
        code: "value_unparsed",
        severity: "warning",
        message: "x",
        measure: "uasc_looked_after",
        raw: "lots",
        file: "L.csv",
        cell: "B2",
      },
    ]);
    const points = out[0]?.points.map((p) => [p.code, p.measures]) ?? [];
    expect(points).toHaveLength(2);
    expect(points).toEqual(
      expect.arrayContaining([
        ["value_suppressed", ["uasc_went_missing", "uasc_not_found"]],
        ["value_unparsed", ["uasc_looked_after"]],
      ]),
    );
    expect(flat(out[0] as Letter)).toContain(
      ". You gave these figures as ranges rather than numbers: unaccompanied children who went missing at least once (“<5”, L.csv, cell B3) and unaccompanied children who went missing and have not been found (“*”, L.csv, cell B4).",
    );
    // The second point wraps under its text, not its number.
    expect(out[0]?.text).toMatch(/\n\n2\. [^\n]*\n {3}\S/);
  });
});

describe("letter wording files", () => {
  const points = FollowupPointsSchema.parse(JSON.parse(JSON.stringify({ ...wording, template: undefined })));

  it.each([
    [
      "an unknown placeholder",
      { ...points, points: { ...points.points, value_suppressed: "Figure {{figure}}" } },
      "unknown placeholder {{figure}}",
    ],
    ["wording without a fallback", { ...points, fallback: undefined }, "expected string"],
    [
      "wording for a code letters do not raise",
      { ...points, points: { ...points.points, value_annotated: "x" } },
      "value_annotated is not an issue code",
    ],
  ])("rejects %s", (_name, json, message) => {
    const parsed = FollowupPointsSchema.safeParse(JSON.parse(JSON.stringify(json)));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join("\n")).toContain(message);
  });

  it.each([
    ["Dear {{authority_name}},\n{{points}}", []],
    [
      "Dear {{authority_name}},",
      ["the template has no {{points}} placeholder, so letters would not list what to clarify"],
    ],
    ["{{points}} {{sender}}", [expect.stringContaining("unknown placeholder {{sender}}")]],
  ])("checks template %j", (template, problems) => {
    expect(checkLetterTemplate(template)).toEqual(problems);
  });
});

describe("wrapLetter", () => {
  it("wraps only over-long lines, keeping the template's own line breaks", () => {
    const long = `3. ${"clarify ".repeat(12).trim()}`;
    expect(wrapLetter(`Yours faithfully,\nA. Researcher\n\n${long}`)).toBe(
      `Yours faithfully,\nA. Researcher\n\n3. ${"clarify ".repeat(9).trim()}\n   ${"clarify ".repeat(3).trim()}`,
    );
  });
});

describe("wrapHanging", () => {
  it.each([
    ["1. ", "short", "1. short"],
    ["1. ", `${"word ".repeat(20)}end`, `1. ${"word ".repeat(13)}word\n   ${"word ".repeat(6)}end`],
    ["", "a  b\n c", "a b c"],
  ])("%j %j", (prefix, text, wrapped) => {
    expect(wrapHanging(prefix, text)).toBe(wrapped);
  });

  it("never breaks a long word (a file name) across lines", () => {
    const long = `${"x".repeat(90)}.xlsx`;
    expect(wrapHanging("2. ", `see ${long} please`).split("\n")).toEqual(["2. see", `   ${long}`, "   please"]);
  });
});
