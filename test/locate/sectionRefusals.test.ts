import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import type { QuestionDef } from "../../src/domain/request.js";
import type { ParsedValue } from "../../src/domain/values.js";
import { readScopedStatement, readSectionAnswer, readSectionScope } from "../../src/locate/readScopedStatement.js";
import { parseValue } from "../../src/parse/parseValue.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter as a council writes it, run through the whole per-file pipeline. */
async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Sample Borough Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

/** measure → status, or the value when there is one, for every figure read. */
function statuses(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) if (f.status !== "not_answered") out[f.measure] = String(f.value ?? f.status);
  return out;
}

const TRAFFICKED = [
  "trafficked_looked_after",
  "trafficked_identified",
  "trafficked_suspected",
  "trafficked_went_missing",
  "trafficked_missing_incidents",
  "trafficked_not_found",
];
const UASC = ["uasc_looked_after", "uasc_went_missing", "uasc_missing_incidents", "uasc_not_found"];

/** Questions numbered as a request numbers them: two groups of three counts, and a question with none. */
const QUESTIONS: QuestionDef[] = [
  { number: "1a", text: "", measures: ["a_count"] },
  { number: "1b", text: "", measures: ["b_count"] },
  { number: "2a", text: "", measures: ["a_missing"] },
  { number: "2b", text: "", measures: ["b_missing"] },
  { number: "3a", text: "", measures: ["a_episodes"] },
  { number: "3b", text: "", measures: ["b_episodes"] },
  { number: "4", text: "", measures: [] },
];

describe("a heading naming a block of questions scopes the refusal under it", () => {
  it.each<[string, string[] | null]>([
    ["Questions 1a, 2a and 3a (children suspected of exploitation)", ["1a", "2a", "3a"]],
    ["Questions 1b, 2b and 3b – separated children", ["1b", "2b", "3b"]],
    ["Questions 1 to 2", ["1a", "1b", "2a", "2b"]],
    ["Q2a and Q3a", ["2a", "3a"]],
    // The group first, then the request's questions in a closing bracket, with a possessive.
    ["Separated children (your questions 1b, 2b and 3b)", ["1b", "2b", "3b"]],
    ["Exploited children (the request's Qs 1-2):", ["1a", "1b", "2a", "2b"]],
    // Bare numbers of the request's parts in a closing bracket, after their stem's number or none.
    ["3. Age at adoption order (3a and 3b)", ["3a", "3b"]],
    ["Children by age (1a, 2a)", ["1a", "2a"]],
    // Another stem's number, a number the request does not count, or a figure in the words: no heading.
    ["2. Missing children (3a and 3b)", null],
    ["Nationality (3a and 4)", null],
    ["Aged 5 to 10 (3a and 3b)", null],
    // One question is the question's own line, read by the question readers.
    ["Question 2a", null],
    // Only the nationality question: no count to scope.
    ["Questions 4", null],
    // A figure beside the numbers answers them: not a heading.
    ["Questions 1a and 1b: 14", null],
    // A question, not a heading.
    ["Questions 1a and 1b – how many were there?", null],
    // The numbers further in: a statement, read by readScopedStatement.
    ["We hold no information for questions 1a and 2a", null],
  ])("%j names %j", (heading, numbers) => {
    expect(readSectionScope(heading, QUESTIONS)?.numbers ?? null).toEqual(numbers);
  });

  // Round 84 (Moray): "1. - 5." alone on its line over a not-held paragraph.
  const NUMBERED: QuestionDef[] = ["1", "2", "3", "4", "5", "6"].map((n) => ({
    number: n,
    text: "",
    measures: [`m${n}`],
  }));
  it.each<[string, string[] | null]>([
    ["1. - 5.", ["1", "2", "3", "4", "5"]],
    ["2 – 4:", ["2", "3", "4"]],
    ["1) to 3)", ["1", "2", "3"]],
    // A question the request does not ask, or a range the wrong way round: no heading.
    ["1. - 9.", null],
    ["5 - 2", null],
    // A range with words after it is a statement, read by readScopedStatement.
    ["1. - 5. Not held.", null],
  ])("the bare range %j names %j", (heading, numbers) => {
    expect(readSectionScope(heading, NUMBERED)?.numbers ?? null).toEqual(numbers);
  });

  const said = (status: ParsedValue["status"], value: number | null = null): ParsedValue => ({
    status,
    value,
    lower: value,
    upper: value,
  });
  const byText: Record<string, ParsedValue> = {
    "not recorded": said("not_held"),
    "cost limit": said("refused"),
    advice: said("not_answered"),
    "three children": said("reported", 3),
    "fewer than five": { status: "suppressed", value: null, lower: 1, upper: 4 },
  };
  it.each<[string[], { at: number; status: string } | null]>([
    [["not recorded", "cost limit", "advice"], { at: 1, status: "refused" }],
    [["cost limit", "not recorded"], { at: 0, status: "refused" }],
    [["advice", "not recorded"], { at: 1, status: "not_held" }],
    [["advice"], null],
    // A paragraph with a figure: the section answers with figures, not one status.
    [["not recorded", "three children"], null],
    [["fewer than five", "cost limit"], null],
  ])("paragraphs %j answer %j", (body, expected) => {
    const got = readSectionAnswer(body, (t) => byText[t] ?? said("not_answered"));
    expect(got ? { at: got.at, status: got.parsed.status } : null).toEqual(expected);
  });

  it.each<[string, string[], Record<string, string>]>([
    [
      "a refusal under a heading for questions 1 to 4, figures under the next",
      [
        "Questions 1 to 4 (children who may have been trafficked)",
        "The council does not record trafficking as a separate field on its social care system.",
        "Finding these children would exceed the appropriate limit under section 12 of the Act, so we are unable to comply.",
        "",
        "Questions 5 to 8 (unaccompanied children)",
        "5. 40 unaccompanied children were looked after in the period.",
      ],
      { ...Object.fromEntries(TRAFFICKED.map((m) => [m, "refused"])), uasc_looked_after: "40" },
    ],
    [
      "not held under a heading for questions 5 to 8, figures under the first",
      [
        "Questions 1 to 4 (trafficked children)",
        "1. 6 looked after children were identified or suspected as trafficked.",
        "",
        "Questions 5 to 8 (unaccompanied children)",
        "This information is not held by the council.",
      ],
      { trafficked_looked_after: "6", ...Object.fromEntries(UASC.map((m) => [m, "not_held"])) },
    ],
    [
      "a heading of the next group, unnumbered, ends the section: its figures stay that group's",
      [
        "Questions 1 to 4 (trafficked children)",
        "This information is not held by the council.",
        "",
        "We are sorry we cannot help further.",
        "",
        "Unaccompanied asylum seeking children",
        "",
        "The figures for these children are below.",
        "",
        "Went missing: 3",
        "",
        "Looked after: 12",
      ],
      {
        ...Object.fromEntries(TRAFFICKED.map((m) => [m, "not_held"])),
        uasc_went_missing: "3",
        uasc_looked_after: "12",
      },
    ],
    [
      "a group heading with '(your questions 1 to 4)' over a cost-limit refusal of 'this part of your request'",
      [
        "Subject: Your Freedom of Information request",
        "",
        "Children who may have been trafficked (your questions 1 to 4)",
        "To find these children we would have to read the case notes of some 300 looked after children, which would take well over the 18 hours allowed under section 12 of the Freedom of Information Act 2000, and we are therefore refusing this part of your request.",
        "",
        "Unaccompanied asylum seeking children (your questions 5 to 8)",
        "In the period the council looked after thirty unaccompanied asylum seeking children.",
      ],
      { ...Object.fromEntries(TRAFFICKED.map((m) => [m, "refused"])), uasc_looked_after: "30" },
    ],
    [
      "a '(your Qs 5-8)' heading over a refusal leaves the figures of the other section",
      [
        "Trafficked children (your Qs 1-4):",
        "1. 6 looked after children were identified or suspected as trafficked.",
        "",
        "Unaccompanied children (your Qs 5-8):",
        "Answering these questions would exceed the appropriate limit (section 12), so we are refusing them.",
      ],
      { trafficked_looked_after: "6", ...Object.fromEntries(UASC.map((m) => [m, "refused"])) },
    ],
    [
      "a paragraph under 'Q1 - Q4' that names those questions again before its s.12 refusal is the section's own",
      [
        "Q1 - Q4",
        "Although the council may hold some information relevant to questions 1-4, a child's trafficking status is only noted in case files.",
        "Reviewing each file would exceed the appropriate limit set by section 12 of the Act.",
        "",
        "Q5 - Q8",
        "We looked after 21 unaccompanied asylum seeking children in the period.",
      ],
      { ...Object.fromEntries(TRAFFICKED.map((m) => [m, "refused"])), uasc_looked_after: "21" },
    ],
    [
      "a paragraph naming a question outside the heading's block ends the section",
      [
        "Questions 1 to 4",
        "Please see our answer to question 5 below, which covers these children as well.",
        "Finding them would exceed the appropriate limit under section 12.",
      ],
      {},
    ],
  ])("%s", async (_, lines, expected) => {
    expect(statuses(await readLetter(lines))).toEqual(expected);
  });

  it("leaves a section that also gives a figure to the other readers", async () => {
    const r = await readLetter([
      "Questions 1 to 4 (trafficked children)",
      "Finding these children would exceed the appropriate limit under section 12 of the Act.",
      "In the interests of advice and assistance, 3 children were referred to the National Referral Mechanism.",
    ]);
    // The refusal is not spread over questions 2 to 4: the figure beside it may answer one of them.
    expect(statuses(r).trafficked_went_missing).toBeUndefined();
    expect(statuses(r).trafficked_not_found).toBeUndefined();
    expect(r.decisions.some((d) => d.message.includes("the questions its heading"))).toBe(false);
  });
});

describe("a line that starts by naming a block of questions answers them", () => {
  const parse = (text: string): ParsedValue =>
    /not held/iu.test(text)
      ? { status: "not_held", value: null, lower: null, upper: null }
      : /section 12/iu.test(text)
        ? { status: "refused", value: null, lower: null, upper: null }
        : { status: "not_answered", value: null, lower: null, upper: null, unparsed: true };
  it.each<[string, string[] | null]>([
    ["Q1 – Q2 Exploited children: this information is not held.", ["1a", "1b", "2a", "2b"]],
    ["Questions 1b, 2b, 3b - refused under section 12 (cost of compliance).", ["1b", "2b", "3b"]],
    // The refusal refers back to the block that heads its paragraph.
    [
      "Questions 1 – 2: Children are not flagged as such on our system. Section 12 therefore applies to these questions.",
      ["1a", "1b", "2a", "2b"],
    ],
    // One question at the start is the council's own question and its answer.
    ["Question 2a - not held.", null],
    // A stem asked in parts is still one question written: the council's own "Question 1".
    ["Question 1 - not held.", null],
    ["Questions 1a and 2a - how many were there? Not held.", null],
    // Only the nationality question: nothing counted to answer.
    ["Question 4 - not held.", null],
    // A list of the request's numbers, lettered parts among them, opening the line: "Questions 3a, 3b and 4".
    ["3a, 3b and 4: We do not record this, so this information is not held.", ["3a", "3b"]],
    ["2a) and 2b) This information is not held.", ["2a", "2b"]],
    // A number the request does not ask, or a number twice: the council's own numbering.
    ["3a, 3b and 7: This information is not held.", null],
    ["3a, 3a and 4: This information is not held.", null],
  ])("%j answers %j", (line, numbers) => {
    expect(readScopedStatement(line, QUESTIONS, parse)?.numbers ?? null).toEqual(numbers);
  });

  it.each<[string, string[], Record<string, string>]>([
    [
      "not held for Q1 – Q4 at the start of the line, figures for Q5 on",
      [
        "Q1 – Q4 Trafficked children: we do not hold this information, as trafficking is not recorded as a category.",
        "Q5 Number of unaccompanied asylum seeking children looked after: 17",
      ],
      { ...Object.fromEntries(TRAFFICKED.map((m) => [m, "not_held"])), uasc_looked_after: "17" },
    ],
    [
      "a refusal of questions 5 to 8 at the start of the line",
      [
        "Questions 5, 6, 7 and 8 - refused under section 12, as the cost of compliance would exceed the appropriate limit.",
      ],
      Object.fromEntries(UASC.map((m) => [m, "refused"])),
    ],
    [
      "two list numbers opening the line ('7 & 8:') with a bound said of each",
      [
        "5. 12 unaccompanied children were looked after.",
        "6. 3 of them went missing.",
        "7 & 8: we hold these figures, but each of them is fewer than 5 and is withheld under section 40(2) to protect the children.",
      ],
      {
        uasc_looked_after: "12",
        uasc_went_missing: "3",
        uasc_missing_incidents: "suppressed",
        uasc_not_found: "suppressed",
      },
    ],
    [
      "two list numbers with their stops ('2. and 3)') over 'not held'",
      ["2. and 3) This information is not held by the council."],
      { trafficked_went_missing: "not_held", trafficked_missing_incidents: "not_held" },
    ],
    [
      "two numbers that count children, with no stop after them, name no questions",
      ["6 and 7 children were reported missing, but this information is not held by nationality."],
      {},
    ],
  ])("%s", async (_, lines, expected) => {
    expect(statuses(await readLetter(lines))).toEqual(expected);
  });
});

describe("an answer that explains itself and says so again is one answer, and a reference takes it", () => {
  it.each<[string, string, string]>([
    [
      "not held, explained, then said again",
      "We do not hold this information. Exploitation is not a field on our system, and concerns about trafficking are kept in case notes. For that reason this information is not held.",
      "not_held",
    ],
    [
      "refused, explained, then said again",
      "This part of the request is refused under section 12. Trafficking concerns are recorded in case notes only. Section 12 therefore applies.",
      "refused",
    ],
    [
      // The reason is itself worded as "not held" and names the group, so it reads as a label and that answer.
      "not held, then a reason that is not recorded against the group",
      "The council does not hold this information. Trafficking status is not recorded against looked after children.",
      "not_held",
    ],
    [
      "a marked answer: reasons first, then withheld under section 40(2)",
      "Response: We hold this information but the numbers are very small and, taken with the other figures in this response, could lead to the identification of individual children. This information is therefore withheld under section 40(2) of the Freedom of Information Act 2000.",
      "refused",
    ],
    [
      // The opening names what is not recorded (a group's words), then says it bare: one not-held answer.
      "a marked answer: what is not recorded, then not held said bare",
      "Response: We do not record the trafficking status of looked after children in a way that can be reported. We therefore do not hold this information.",
      "not_held",
    ],
    [
      "what is not recorded, then not held said bare, unmarked",
      "The council does not record whether a missing child had been trafficked. This information is therefore not held.",
      "not_held",
    ],
    [
      "not held in a reportable form, explained, then refused under section 12",
      "The outcome of each referral is not recorded on our database and is held only in case notes. Finding it would mean reading some 300 case notes, well over the 18 hours allowed. Under section 12 we are therefore refusing this question.",
      "refused",
    ],
  ])("%s", async (_, paragraph, status) => {
    const r = await readLetter([
      "Q1. How many looked after children were identified or suspected as trafficked?",
      paragraph,
      "Q2. Of these, how many went missing at least once?",
      "Please see our answer to question 1.",
      "Q5. How many unaccompanied asylum seeking children were looked after?",
      "31",
    ]);
    expect(statuses(r)).toEqual({
      trafficked_looked_after: status,
      trafficked_went_missing: status,
      uasc_looked_after: "31",
    });
  });

  it("keeps a paragraph whose later sentence gives another answer sentence by sentence", async () => {
    const r = await readLetter([
      "Q1. How many looked after children were identified or suspected as trafficked?",
      "We do not hold this information. Concerns about trafficking are kept in case notes. However, 2 trafficked children went missing in the period.",
    ]);
    expect(r.facts.some((f) => f.raw.startsWith("We do not hold this information. Concerns"))).toBe(false);
  });

  it("keeps a paragraph that is not held, refuses and then gives a figure sentence by sentence", async () => {
    const r = await readLetter([
      "Q1. How many looked after children were identified or suspected as trafficked?",
      "This is not recorded on our database and is held only in case notes. Under section 12 we are refusing this question. However, 2 trafficked children went missing in the period.",
    ]);
    expect(r.facts.some((f) => f.raw.startsWith("This is not recorded on our database"))).toBe(false);
  });
});

describe("a bound withheld for small numbers, said of each question it names", () => {
  const paragraph = [
    "Children identified or suspected as trafficked (questions 1 to 4)",
    "The number of children in each of these categories is fewer than 5. Where there were fewer than 5 individuals in a category we have not provided the exact figure, as to do so may allow individuals to be identified. We therefore rely on the exemption at section 40(2) (personal data) for questions 1, 2, 3 and 4.",
    "",
    "Unaccompanied asylum seeking children",
    "5. 8",
    "6. 3",
  ];
  it("suppresses each named question's figure as 1–4, and only theirs", async () => {
    const r = await readLetter(paragraph);
    const byMeasure = new Map(r.facts.map((f) => [f.measure, f]));
    for (const m of [
      "trafficked_looked_after",
      "trafficked_went_missing",
      "trafficked_missing_incidents",
      "trafficked_not_found",
    ]) {
      expect([m, byMeasure.get(m)?.status, byMeasure.get(m)?.lower, byMeasure.get(m)?.upper]).toEqual([
        m,
        "suppressed",
        1,
        4,
      ]);
    }
    expect(statuses(r).uasc_looked_after).toBe("8");
    expect(statuses(r).uasc_went_missing).toBe("3");
  });

  it("a bound said of one number answers no question by itself", () => {
    const parse = (t: string): ParsedValue =>
      /fewer than 5/u.test(t) && /40\(2\)/u.test(t)
        ? { status: "suppressed", value: null, lower: 1, upper: 4 }
        : /exemption/u.test(t)
          ? { status: "refused", value: null, lower: null, upper: null }
          : { status: "not_answered", value: null, lower: null, upper: null, unparsed: true };
    const one = "The number is fewer than 5. We rely on the exemption at section 40(2) for questions 1a and 2a.";
    expect(readScopedStatement(one, QUESTIONS, parse)).toBeNull();
    const each =
      "The number in each case is fewer than 5. We rely on the exemption at section 40(2) for questions 1a and 2a.";
    expect(readScopedStatement(each, QUESTIONS, parse)?.numbers).toEqual(["1a", "2a"]);
  });

  // "All figures below 5 … have been suppressed" is a rule for the figures
  // given, not a statement that each answer is below 5: the answers stand.
  it.each([
    "All figures below 5 in questions 1 to 4 have been suppressed under section 40(2).",
    "For questions 1 to 4, all numbers fewer than 5 are withheld under section 40(2).",
  ])("a rule for small figures does not suppress the figures given: %s", async (line) => {
    const r = await readLetter([line, "", "1. Trafficked children looked after: 12", "2. Of these, went missing: *"]);
    const looked = r.facts.filter((f) => f.measure === "trafficked_looked_after" && f.status !== "not_answered");
    expect(looked.map((f) => String(f.value ?? f.status))).toEqual(["12"]);
  });

  it.each([
    "The number in each of these categories is fewer than 5, except question 3 where the number is 7. We rely on section 40(2) for questions 1, 2, 3 and 4.",
    "All of these figures are fewer than 5 apart from question 2, which is 6. We rely on section 40(2) for questions 1 to 4.",
    "Each of questions 1 to 4 is fewer than 5, but 9 children went missing in all. We rely on section 40(2) for these questions.",
  ])("a bound with an exception or another count beside it is no answer for every question: %s", async (line) => {
    const r = await readLetter(["Children identified or suspected as trafficked (questions 1 to 4)", line, "", "5. 8"]);
    // The paragraph gives a count of its own, so none of its questions is read as 1–4 from it.
    const fromLine = r.facts.filter((f) => f.raw === line && f.status === "suppressed");
    expect(fromLine.map((f) => f.measure)).toEqual([]);
  });
});

// "Question 1a and 1b – There were no looked after children identified or
// suspected …": after its question numbers, the line is one of the
// knowledge's nil sentences, so it answers each question it names with 0.
describe("a block of questions answered by a nil sentence", () => {
  const k = knowledge();
  const parse = (text: string) => parseValue(text, k.values, k.request.suppressionThreshold);
  it.each<[string, string[] | null]>([
    [
      "Question 1a and 1b – There were no looked after children identified or suspected as having been trafficked or victims of modern slavery in any of the three years.",
      ["1a", "1b"],
    ],
    ["Questions 2a and 3a – No looked after children went missing.", ["2a", "3a"]],
    // A clause that gives a child is no nil for the block.
    [
      "Question 1a and 1b – There were no looked after children identified as trafficked, but one child was suspected.",
      null,
    ],
    ["Questions 2a and 3a – The children did go missing.", null],
    // Round 84 (Croydon): financial years named by their pair are years, not counts beside the nil.
    [
      "No children were placed in 2021/22, 2022/23 or 2023/24, so the answer to questions 1a and 2a is 0 for each year.",
      ["1a", "2a"],
    ],
    // Round 93 (Edinburgh): questions said not to apply in a clause of their own take no nil.
    [
      "No children were placed in 2021/22, 2022/23 or 2023/24. The answer to questions 1a and 2a is therefore nil for each year, and questions 3a and 3b do not apply.",
      ["1a", "2a"],
    ],
    // A clause that names questions and says nothing of its own leaves them with the nil.
    ["The answer to questions 1a, 1b and questions 2a is nil for each year.", ["1a", "1b", "2a"]],
  ])("%j answers %j", (line, numbers) => {
    const got = readScopedStatement(line, QUESTIONS, parse);
    expect(got?.numbers ?? null).toEqual(numbers);
    if (got) expect(got.parsed.value).toBe(0);
  });
});
