import { describe, expect, it } from "vitest";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// A reply that restates none of the questions and answers "5. 8", "6. 0"
// (or "Q5 – 15", "Q6 – 4") numbers its answers as the request does: each
// line of such a run is the request's question of that number. A refusal
// under a heading naming questions 1 to 4 stays with those questions only.
describe("bare numbered answers in a run, with no question restated", () => {
  const refusal = [
    "Questions 1 – 4 (children identified or suspected as trafficked)",
    "",
    "Compliance with this part of your request would exceed the appropriate limit of £450 and we are refusing it under section 12 of the Freedom of Information Act 2000.",
    "",
    "Questions 5 – 9 (unaccompanied asylum seeking children)",
    "",
  ];
  const uasc = (marks: (n: number) => string) => [`${marks(5)}15`, `${marks(6)}4`, `${marks(7)}9`, `${marks(8)}2`];
  it.each<[string, (n: number) => string]>([
    ["Q5 – 15", (n) => `Q${n} – `],
    ["Q5: 15", (n) => `Q${n}: `],
    ["5. 15", (n) => `${n}. `],
    ["5) 15", (n) => `${n}) `],
  ])("%s", async (_name, marks) => {
    const facts = await readLetterFacts(knowledge(), [...refusal, ...uasc(marks)]);
    expect(facts.filter((f) => f.startsWith("uasc_"))).toEqual([
      "uasc_looked_after  reported 15",
      "uasc_missing_incidents  reported 9",
      "uasc_not_found  reported 2",
      "uasc_went_missing  reported 4",
    ]);
    // The section 12 refusal covers questions 1 to 4 only, never the whole reply.
    expect(facts.filter((f) => f.startsWith("trafficked_went_missing"))).toEqual(["trafficked_went_missing  refused"]);
  });

  it("a suppressed answer and nils in the run", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "Unaccompanied asylum seeking children",
      "5. 8",
      "6. Fewer than 5 (section 40(2) as above)",
      "7. 6",
      "8. 0",
    ]);
    expect(facts).toEqual([
      "uasc_looked_after  reported 8",
      "uasc_missing_incidents  reported 6",
      "uasc_not_found  reported 0",
      "uasc_went_missing  suppressed",
    ]);
  });

  it("a refusal whose first sentence gives only the reason", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "4. Nil",
      "5. The numbers are so low that to provide this information would risk identifying individuals. This information is therefore exempt under section 38(1)(b) of the Freedom of Information (Scotland) Act 2002.",
      "6. Nil",
    ]);
    expect(facts).toEqual([
      "trafficked_not_found  reported 0",
      "uasc_looked_after  refused",
      "uasc_went_missing  reported 0",
    ]);
  });

  it("a figure beside a refusal of another question is not that refusal", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "5. 12",
      "6. Identified as UASC and have gone missing or absent: 4 7. The data you have requested is not routinely collated. We estimate that this would exceed the 18 hours, and we are therefore applying section 12 of the Freedom of Information Act 2000 to question 7.",
      "8. 0",
    ]);
    expect(facts).not.toContain("uasc_went_missing  refused");
  });

  // Never guessed: one numbered line alone, numbers that do not run on, or a
  // long sentence after the number, and the line is left to the other readers.
  it.each([
    ["one line alone", ["5. 8"]],
    ["numbers that skip", ["5. 8", "", "7. 6"]],
    ["a decimal is no numbered answer", ["10.5", "11.2"]],
  ])("%s", async (_name, lines) => {
    expect(await readLetterFacts(knowledge(), lines)).toEqual([]);
  });
});

// "1. a) 4  b) 2": a question's number, then its lettered answers, on one line
// under the question restated with its parts.
describe("a numbered line of lettered answers", () => {
  it.each([["1. a) 4  b) 2"], ["1. (a) 4 (b) 2"], ["Q1 a. 4, b. 2"]])("%s", async (line) => {
    const facts = await readLetterFacts(knowledge(), [
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were:",
      "a) identified as having been trafficked",
      "b) suspected of having been trafficked",
      "",
      line,
    ]);
    expect(facts).toEqual(["trafficked_identified  reported 4", "trafficked_suspected  reported 2"]);
  });

  // "1a) 2 1b) 3 Total: 5": each letter carries its question's number, and the
  // line closes on the whole's total, under the question asked as a whole.
  it.each([["1a) 2 1b) 3 Total: 5"], ["1a) 2  1b) 3  Total 5"]])("%s", async (line) => {
    const facts = await readLetterFacts(knowledge(), [
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015",
      "were identified as having been trafficked, or suspected of having been trafficked?",
      line,
      "",
      "2. Of the children in question 1, how many went missing at least once?",
      "3",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_"))).toEqual([
      "trafficked_identified  reported 2",
      "trafficked_looked_after  reported 5",
      "trafficked_suspected  reported 3",
      "trafficked_went_missing  reported 3",
    ]);
  });

  it("a letter numbered for another question than the one above is not read as its part", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015",
      "were identified as having been trafficked, or suspected of having been trafficked?",
      "5a) 2 5b) 3",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified") || f.startsWith("trafficked_suspected"))).toEqual(
      [],
    );
  });

  it("a line naming another question than the one its letters are asked under is not read as its parts", async () => {
    const facts = await readLetterFacts(knowledge(), [
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were:",
      "a) identified as having been trafficked",
      "b) suspected of having been trafficked",
      "",
      "12. a) 4  b) 2",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified") || f.startsWith("trafficked_suspected"))).toEqual(
      [],
    );
  });
});

// "Trafficked children (questions 1 to 4)": a heading naming its group, then
// the questions it heads in a closing bracket; a "not held" under it answers
// those questions only.
describe("a heading with its questions in a closing bracket", () => {
  it.each([["Trafficked children (questions 1 to 4)"], ["Children identified or suspected as trafficked (Q1-Q4):"]])(
    "%s",
    async (heading) => {
      const facts = await readLetterFacts(knowledge(), [
        heading,
        "The Council does not hold this information. Children who may have been trafficked are not recorded as a separate category in our recording system.",
        "",
        "Unaccompanied asylum seeking children",
        "5. 3",
        "6. 0",
        "7. 0",
        "8. 0",
      ]);
      expect(facts.filter((f) => f.startsWith("trafficked_went_missing") || f.startsWith("uasc_"))).toEqual([
        "trafficked_went_missing  not_held",
        "uasc_looked_after  reported 3",
        "uasc_missing_incidents  reported 0",
        "uasc_not_found  reported 0",
        "uasc_went_missing  reported 0",
      ]);
    },
  );
});

// "1. None. 1a. None. 1b. None.", "Q1  Nil.   Q1a  Nil.   Q1b  Nil.": several
// numbered answers on one line, the request's questions one after another;
// "Q5  2" parts its number from its answer by spaces alone; "2 - 4. … nil."
// answers a range of questions with no "Q" in front.
describe("numbered answers several to a line, spaced after Q, and a bare range of questions", () => {
  const all = [
    "trafficked_identified  reported 0",
    "trafficked_looked_after  reported 0",
    "trafficked_missing_incidents  reported 0",
    "trafficked_not_found  reported 0",
    "trafficked_suspected  reported 0",
    "trafficked_went_missing  reported 0",
    "uasc_looked_after  reported 2",
    "uasc_missing_incidents  reported 0",
    "uasc_not_found  reported 0",
    "uasc_went_missing  reported 0",
  ];
  it.each<[string, string[]]>([
    [
      "Q-numbered, spaced",
      ["Q1  Nil.   Q1a  Nil.   Q1b  Nil.", "Q2 - Q4  Nil return.", "Q5  2", "Q6  Nil", "Q7  Nil", "Q8  Nil"],
    ],
    [
      "numbered with stops",
      [
        "1. None. 1a. None. 1b. None.",
        "2 - 4. As we looked after no trafficked children in the period: nil.",
        "5. 2",
        "6. 0",
        "7. None",
        "8. 0",
      ],
    ],
    ["bracketed, a range with 'to'", ["1) 0. 1a) 0. 1b) 0.", "2 to 4) Nil.", "Q5: 2", "Q6: nil", "Q7: nil", "Q8: nil"]],
    [
      "a range whose first number has its own stop",
      ["1. None. 1a. None. 1b. None.", "2. - 4. Nil.", "5. 2", "6. 0", "7. None", "8. 0"],
    ],
  ])("%s", async (_name, lines) => {
    const facts = await readLetterFacts(knowledge(), lines);
    expect(facts.filter((f) => !f.startsWith("not_found"))).toEqual(all);
  });

  // Never guessed: numbers out of the request's order on one line, or a
  // line whose pieces do not all read as answers.
  it.each<[string, string[]]>([
    ["numbers out of order", ["1. None. 1b. None. 1a. 4."]],
    ["a piece that is no answer", ["1. None. 1a. See the note below about these children. 1b. None."]],
  ])("%s", async (_name, lines) => {
    const facts = await readLetterFacts(knowledge(), lines);
    expect(facts.filter((f) => /^trafficked_(?:identified|suspected)/u.test(f))).toEqual([]);
  });
});

// "Question 6" as a heading on a line of its own, its answer on the line
// below: each heading names the request's question, in a run as above.
describe("question headings on their own lines, each answered on the line below", () => {
  it.each<[string, string[]]>([
    [
      "'Question N' headings",
      ["Question 6", "1", "", "Question 7", "4", "", "Question 8", "None. The young person returned."],
    ],
    ["'QN' headings with no blank lines", ["Q6", "1", "Q7", "4", "Q8", "0"]],
    // A Welsh council heads each answer in both languages, the same number twice.
    [
      "bilingual 'Cwestiwn N / Question N' headings",
      ["Cwestiwn 6 / Question 6", "1", "", "Cwestiwn 7 / Question 7", "4", "", "Cwestiwn 8 / Question 8", "0"],
    ],
  ])("%s", async (_name, lines) => {
    const facts = await readLetterFacts(knowledge(), lines);
    expect(facts).toEqual([
      "uasc_missing_incidents  reported 4",
      "uasc_not_found  reported 0",
      "uasc_went_missing  reported 1",
    ]);
  });

  it("reads no heading naming two different numbers ('Question 6 / Question 7')", async () => {
    const facts = await readLetterFacts(knowledge(), ["Question 6 / Question 7", "1", "", "Question 8", "0"]);
    expect(facts.filter((f) => f.startsWith("uasc_went_missing") || f.startsWith("uasc_missing"))).toEqual([]);
  });

  it("reads no lone heading and figure outside a run", async () => {
    const facts = await readLetterFacts(knowledge(), ["Question 6", "1", "", "Thank you for your request."]);
    expect(facts).toEqual([]);
  });
});

// "Q1 - 12" / "Q1a - 7" / "Q1b - 5" / "Q2 - 7": a question's lettered parts
// between it and the next number leave the run unbroken.
describe("a run of bare numbered answers with lettered parts", () => {
  it.each<[string, (q: string) => string]>([
    ["Q1 - 12", (q) => `Q${q} - `],
    ["1. 12", (q) => `${q}. `],
  ])("%s", async (_name, marks) => {
    const facts = await readLetterFacts(knowledge(), [
      "Answers below.",
      "",
      `${marks("1")}12`,
      `${marks("1a")}7`,
      `${marks("1b")}5`,
      `${marks("2")}7`,
      `${marks("3")}17`,
    ]);
    expect(facts).toEqual([
      "trafficked_identified  reported 7",
      "trafficked_looked_after  reported 12",
      "trafficked_missing_incidents  reported 17",
      "trafficked_suspected  reported 5",
      "trafficked_went_missing  reported 7",
    ]);
  });
});

// "1. 8 (1a: 5; 1b: less than 5)": question 1's answer with its lettered
// parts' answers in brackets after it; each is its own question's answer.
describe("a bare numbered answer with its lettered parts' answers in brackets", () => {
  it.each([["1. 8 (1a: 5; 1b: less than 5)"], ["1. 8 (1a - 5, 1b - less than 5)."]])("%s", async (line) => {
    const facts = await readLetterFacts(knowledge(), [line, "2. less than 5", "3. 4", "5. 52", "6. 6"]);
    expect(facts.filter((f) => f.startsWith("trafficked_"))).toEqual([
      "trafficked_identified  reported 5",
      "trafficked_looked_after  reported 8",
      "trafficked_missing_incidents  reported 4",
      "trafficked_suspected  suppressed",
      "trafficked_went_missing  suppressed",
    ]);
  });

  // "Q1. 5 (1a: 2 identified, 1b: 3 suspected)": each part's count followed by
  // the words of that part, which say again what its number says (round 166).
  it.each([["Q1. 5 (1a: 2 identified, 1b: 3 suspected)"], ["1. 5 (1a - 2 identified; 1b - 3 suspected)"]])(
    "%s",
    async (line) => {
      const facts = await readLetterFacts(knowledge(), [line, "Q2. 2", "Q4. 0"]);
      expect(facts.filter((f) => f.startsWith("trafficked_") && !f.startsWith("trafficked_not_found"))).toEqual([
        "trafficked_identified  reported 2",
        "trafficked_looked_after  reported 5",
        "trafficked_suspected  reported 3",
        "trafficked_went_missing  reported 2",
      ]);
    },
  );

  it("a part whose words name the other part is not read as that number's answer", async () => {
    const facts = await readLetterFacts(knowledge(), ["Q1. 5 (1a: 2 suspected, 1b: 3 identified)", "Q2. 2", "Q4. 0"]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified") || f.startsWith("trafficked_suspected"))).toEqual(
      [],
    );
  });

  it("a bracket that is a remark, not the parts, stays with the figure", async () => {
    const facts = await readLetterFacts(knowledge(), ["1. 8 (includes 2 aged 18)", "2. 3", "3. 4"]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified"))).toEqual([]);
    expect(facts.some((f) => f.startsWith("trafficked_looked_after"))).toBe(true);
  });
});
