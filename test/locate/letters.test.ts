import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { alignQuestion } from "../../src/match/alignQuestion.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter as a council writes it, run through the whole per-file pipeline. */
async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Kent County Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

/** measure → "value@place" (or the status) for every figure read. */
function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) {
    if (f.status === "not_answered") continue;
    out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  }
  return out;
}

describe("letters as councils word them", () => {
  it("joins a sentence wrapped across lines and reads its clauses, counts in words included", async () => {
    const r = await readLetter([
      "Between 1 October 2014 and 30 September 2015 the council looked after 34 unaccompanied asylum seeking",
      "children. Four of these young people went missing at least once, accounting for 9 missing episodes",
      "between them. None of them remains missing.",
      "This is a short closing line of the letter so that the margin can be measured from the others here.",
    ]);
    expect(figures(r)).toEqual({
      uasc_looked_after: "34@letter.txt#lines 3–5",
      uasc_went_missing: "4@letter.txt#lines 3–5",
      uasc_missing_incidents: "9@letter.txt#lines 3–5",
      uasc_not_found: "0@letter.txt#lines 3–5",
    });
  });

  it("never takes a sentence's one figure for a measure its clause denies", async () => {
    const r = await readLetter([
      "One child was suspected of having been trafficked; that child did not go missing.",
      "The council looked after 14 unaccompanied asylum seeking children in the period.",
    ]);
    expect(figures(r)).toEqual({ uasc_looked_after: "14@letter.txt:4" });
  });

  it("reads a refusal of numbered questions as covering only those questions", async () => {
    const r = await readLetter([
      "We estimate that the cost of complying with questions 1 to 4 would exceed the appropriate limit,",
      "and we are therefore refusing this part of your request under section 12 of the Act.",
      "",
      "5. Number of UASC looked after during the period: 47",
    ]);
    const got = figures(r);
    expect(got.trafficked_looked_after).toMatch(/^refused@/u);
    expect(got.trafficked_went_missing).toMatch(/^refused@/u);
    expect(got.trafficked_not_found).toMatch(/^refused@/u);
    expect(got.uasc_looked_after).toBe("47@letter.txt:6");
    expect(got.uasc_went_missing).toBeUndefined();
  });

  it("does not read the council's own numbered question as a statement about the request's numbering", async () => {
    const r = await readLetter([
      "Question 6 – how many trafficked children who went missing are still missing? Answer: nil",
    ]);
    expect(figures(r)).toEqual({ trafficked_not_found: "0@letter.txt:3" });
  });

  it("reads lettered parts under a numbered stem and the answers listed by number", async () => {
    const r = await readLetter([
      "1. How many looked after children in the care of your authority were",
      "   a) identified as having been trafficked",
      "   b) suspected of having been trafficked",
      "",
      "1a) 3   1b) <5",
      "",
      "2. Of the children in question 1, how many went missing at least once during the period?",
      "2) 2",
    ]);
    const got = figures(r);
    expect(got.trafficked_identified).toBe("3@letter.txt:7");
    expect(got.trafficked_suspected).toBe("suppressed@letter.txt:7");
    expect(got.trafficked_went_missing).toBe("2@letter.txt:10");
  });

  it("reads lettered parts that start with their figure, and a numbered answer that leads with its figure", async () => {
    const r = await readLetter([
      "You asked:",
      "1. How many looked after children were identified as having been trafficked, or suspected of having been trafficked?",
      "4. How many of the trafficked children who went missing are still missing and have not been found?",
      "",
      "Our response:",
      "1. 10 looked after children in total.",
      "   a) 4 were identified as having been trafficked",
      "   b) 6 were suspected of having been trafficked",
      "4. 0 - all three children were located.",
    ]);
    const got = figures(r);
    expect(got.trafficked_identified).toBe("4@letter.txt:9");
    expect(got.trafficked_suspected).toBe("6@letter.txt:10");
    expect(got.trafficked_not_found).toBe("0@letter.txt:11");
  });

  it("keeps 'A) 4' as an answer marker: only a lower-case a) opens a list of parts", async () => {
    const r = await readLetter([
      "Q6. Of the unaccompanied children, how many went missing at least once?",
      "A) 4 children went missing",
    ]);
    expect(figures(r).uasc_went_missing).toBe("4@letter.txt:4");
  });

  it("reads a paragraph of two nationality lists, the second 'The three … were British nationals', with no warning", async () => {
    const r = await readLetter([
      "9. Of the unaccompanied children who went missing, three were Albanian, one was Vietnamese and one was Eritrean. The three trafficked children who went missing were British nationals.",
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "trafficked British 3",
      "uasc Albanian 3",
      "uasc Eritrean 1",
      "uasc Vietnamese 1",
    ]);
    expect(r.issues.filter((i) => i.code === "layout_unknown")).toEqual([]);
  });

  it("reads a nationality list in prose as nationalities, never as a count of the group", async () => {
    const r = await readLetter([
      "9) Trafficked: Vietnamese 2.",
      "The nationalities of the 51 UASC who went missing were as follows: Afghan 14, Albanian 9, Eritrean 7.",
    ]);
    expect(figures(r)).toEqual({});
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "trafficked Vietnamese 2",
      "uasc Afghan 14",
      "uasc Albanian 9",
      "uasc Eritrean 7",
    ]);
  });
});

describe("alignQuestion", () => {
  const { request, labels } = knowledge();
  it.each([
    ["1a)", "1a", "number"],
    [
      "5. How many unaccompanied asylum seeking children were looked after by your authority?",
      "5",
      "number and wording",
    ],
    [
      "How many unaccompanied asylum seeking children (UASC) were looked after by your authority between 1 October 2014 and 30 September 2015",
      "5",
      "wording",
    ],
  ])("%s → question %s by %s", (text, number, by) => {
    const aligned = alignQuestion([matchLabel(text, labels)], request.questions);
    expect([aligned?.question.number, aligned?.by]).toEqual([number, by]);
  });

  it.each([
    ["Some other words entirely about placements and foster carers"],
    ["12."],
    // Questions 4 and 8 differ by one word: too near to choose between by wording alone.
    ["How many of the children who went missing are still missing and have not been found"],
  ])("leaves %s unaligned", (text) => {
    expect(alignQuestion([matchLabel(text, labels)], request.questions)).toBeNull();
  });
});

describe("qualified figures in sentences", () => {
  it.each([
    ["Fewer than 5 unaccompanied asylum seeking children went missing during the period.", "suppressed"],
    ["Approximately 40 unaccompanied asylum seeking children were looked after during the period.", "not exact"],
    ["How many UASC were missing from their placement on one or more occasions?", "unread"],
  ])("%s → %s", async (line, expected) => {
    const r = await readLetter([line]);
    const exact = r.facts.filter((f) => f.status === "reported" && f.value !== null);
    expect(exact).toEqual([]);
    if (expected === "suppressed") expect(r.facts.map((f) => f.status)).toContain("suppressed");
  });
});

describe("an approximate count, in any reader of a letter, is flagged on its measure and never exact", () => {
  it.each<[string, string[], string]>([
    [
      "a sentence",
      ["Approximately 40 unaccompanied asylum seeking children were looked after during the period."],
      "uasc_looked_after",
    ],
    ["a question and its answer", ["How many UASC went missing?", "Around 12"], "uasc_went_missing"],
    ["a label and its answer on one line", ["UASC who went missing: c. 12"], "uasc_went_missing"],
    // The approximate words after the figure, or a longer phrase before it, make it approximate too.
    ["a figure then 'or so'", ["Unaccompanied asylum seeking children looked after: 40 or so"], "uasc_looked_after"],
    [
      "a figure then 'approximately'",
      ["Unaccompanied asylum seeking children looked after: 40 approximately"],
      "uasc_looked_after",
    ],
    [
      "a figure then '(approx.)'",
      ["Unaccompanied asylum seeking children looked after: 40 (approx.)"],
      "uasc_looked_after",
    ],
    [
      "'in the region of' a figure",
      ["Unaccompanied asylum seeking children looked after: in the region of 40"],
      "uasc_looked_after",
    ],
    [
      "'an estimated' in a sentence",
      ["We looked after an estimated 40 unaccompanied asylum seeking children."],
      "uasc_looked_after",
    ],
  ])("%s", async (_what, lines, measure) => {
    const r = await readLetter(lines);
    expect(r.facts.filter((f) => f.status === "reported" && f.value !== null)).toEqual([]);
    expect(r.issues.filter((i) => i.code === "value_approximate").map((i) => i.measure)).toContain(measure);
  });
});

describe("answers that point at another answer", () => {
  it("takes the answer given to the question it names, with its status", async () => {
    const r = await readLetter([
      "Q2. Of the children in Q1, how many went missing at least once?",
      "None.",
      "",
      "Q3. How many missing episodes did the children in Q2 have?",
      "Please see our answer to question 2.",
      "",
      "Q7. How many missing episodes did the UASC have?",
      "Please see our answer to question 6.",
    ]);
    const got = figures(r);
    expect(got.trafficked_went_missing).toBe("0@letter.txt:4");
    expect(got.trafficked_missing_incidents).toBe("0@letter.txt:7");
    // Question 6 was not answered in this letter: the pointer stays unread.
    expect(got.uasc_missing_incidents).toBeUndefined();
  });
});

describe("notes that change what every figure means", () => {
  it.each([
    ["All figures in this response have been rounded to the nearest 5.", "45", [43, 47]],
    ["Please note: numbers are rounded to nearest ten to protect the children concerned.", "50", [45, 55]],
  ])("%s makes each figure a range, with a warning naming its measure", async (note, figure, bounds) => {
    const r = await readLetter([`5. Number of UASC looked after during the period: ${figure}`, "", note]);
    const fact = r.facts.find((f) => f.measure === "uasc_looked_after");
    expect([fact?.status, fact?.lower, fact?.upper]).toEqual(["suppressed", ...bounds]);
    expect(r.issues.filter((i) => i.code === "value_rounded").map((i) => [i.severity, i.measure])).toEqual([
      ["warning", "uasc_looked_after"],
    ]);
  });

  it("keeps exact, with a warning naming its measure, a figure the note's step does not divide", async () => {
    const r = await readLetter([
      "5. Number of UASC looked after during the period: 45",
      "6. Number of UASC who went missing: 4",
      "",
      "UASC numbers are rounded to the nearest 5 in line with our disclosure policy.",
    ]);
    const byMeasure = Object.fromEntries(r.facts.map((f) => [f.measure, [f.status, f.lower, f.upper]]));
    expect(byMeasure.uasc_looked_after).toEqual(["suppressed", 43, 47]);
    expect(byMeasure.uasc_went_missing).toEqual(["reported", 4, 4]);
    expect(r.issues.filter((i) => i.code === "value_rounding_unclear").map((i) => [i.severity, i.measure])).toEqual([
      ["warning", "uasc_went_missing"],
    ]);
  });

  it("leaves figures exact when no note speaks of rounding", async () => {
    const r = await readLetter(["5. Number of UASC looked after during the period: 45"]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.status).toBe("reported");
  });
});

describe("a rounding note that defines a symbol", () => {
  it("rounds only the figures marked with it", async () => {
    const r = await readLetter([
      "5. Number of UASC looked after during the period: 65 †",
      "6. Number of UASC who went missing: 8",
      "",
      "† rounded to the nearest 5.",
    ]);
    const byMeasure = Object.fromEntries(r.facts.map((f) => [f.measure, [f.status, f.lower, f.upper]]));
    expect(byMeasure.uasc_looked_after).toEqual(["suppressed", 63, 67]);
    expect(byMeasure.uasc_went_missing).toEqual(["reported", 8, 8]);
  });
});

describe("a rounding note that names one group", () => {
  it.each([
    ["UASC numbers are rounded to the nearest 5 in line with our disclosure policy.", "suppressed", "reported"],
    ["Figures for trafficked children are rounded to the nearest 5.", "reported", "suppressed"],
    ["All figures for trafficked and UASC children are rounded to the nearest 5.", "suppressed", "suppressed"],
  ])("%s rounds that group's figures only", async (note, uasc, trafficked) => {
    const r = await readLetter([
      "1. Number of trafficked children looked after during the period: 10",
      "5. Number of UASC looked after during the period: 45",
      "",
      note,
    ]);
    const statusOf = (m: string) => r.facts.find((f) => f.measure === m)?.status;
    expect([statusOf("uasc_looked_after"), statusOf("trafficked_looked_after")]).toEqual([uasc, trafficked]);
  });
});

describe("second reading: statements and pointers stay within what they say", () => {
  it("a bulleted rounding note covers the whole file", async () => {
    const r = await readLetter([
      "5. Number of UASC looked after during the period: 45",
      "",
      "* Please note all figures have been rounded to the nearest 5 to protect individuals.",
    ]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.status).toBe("suppressed");
  });

  it("a nil statement that names one group answers only that group's questions", async () => {
    const r = await readLetter([
      "In response to questions 1 to 8, the Council did not look after any trafficked children.",
    ]);
    const measures = r.facts.filter((f) => f.status === "reported").map((f) => f.measure);
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.startsWith("trafficked"))).toBe(true);
  });

  it("a refusal covers only the mentions in its own clause", async () => {
    const r = await readLetter([
      "Information for question 4 is not held; the answers to questions 1 to 3 are given below in our letter.",
    ]);
    const notHeld = r.facts.filter((f) => f.status === "not_held").map((f) => f.measure);
    expect(notHeld).toEqual(["trafficked_not_found"]);
  });

  it("a pointer with a figure of its own is not replaced by the other answer", async () => {
    const r = await readLetter([
      "Q2. Of the children in Q1, how many went missing at least once?",
      "4",
      "",
      "Q4. How many of these children have not been found?",
      "See our answer to question 2; 1 remains missing.",
    ]);
    expect(r.facts.find((f) => f.measure === "trafficked_not_found")?.value ?? null).not.toBe(4);
  });
});

describe("an answer in words below its question", () => {
  it("keeps a 'not held' sentence as the question's answer", async () => {
    const r = await readLetter([
      "Q7. How many missing episodes did the unaccompanied children who went missing have?",
      "This information is not held centrally by the council.",
    ]);
    expect(r.facts.find((f) => f.measure === "uasc_missing_incidents")?.status).toBe("not_held");
  });
});

describe("answers on the line under their question", () => {
  it("reads a count in words alone ('Two.') and never takes an answer line for a heading", async () => {
    const r = await readLetter([
      "1. How many looked after children were identified or suspected as having been trafficked?",
      "10 (3 identified through the National Referral Mechanism and a further 7 suspected)",
      "2. How many went missing at least once?",
      "3",
      "5. How many unaccompanied asylum seeking children were looked after?",
      "38",
      "6. How many went missing at least once?",
      "Two.",
      "7. How many missing episodes?",
      "13",
    ]);
    const got = figures(r);
    expect(got.trafficked_went_missing).toBe("3@letter.txt:6");
    expect(got.uasc_looked_after).toBe("38@letter.txt:8");
    expect(got.uasc_went_missing).toBe("2@letter.txt:10");
    expect(got.uasc_missing_incidents).toBe("13@letter.txt:12");
  });
});

describe("a refusal told over several sentences that says how small the figure is", () => {
  // [answer paragraph, what uasc_not_found reads as]
  it.each([
    [
      "For each year the number who remain missing is fewer than 5. We cannot give the exact figure because it could identify individuals. It is withheld under section 40(2).",
      "suppressed 1–4",
    ],
    [
      "The figure is three or fewer. Releasing it risks identifying the children concerned. We are withholding it under s.40 (personal data).",
      "suppressed 1–3",
    ],
    // No bound stated: a refusal, as before.
    [
      "We cannot give this figure because it could identify individuals. It is withheld under section 40(2).",
      "refused",
    ],
    // Another count in the paragraph: read sentence by sentence, never as one bound.
    [
      "Two of them were later found. The number who remain missing is fewer than 5. It is withheld under section 40(2).",
      "not one bound",
    ],
  ])("%j reads as %s", async (paragraph, expected) => {
    const r = await readLetter([
      "4b) How many unaccompanied asylum seeking children who went missing are still missing?",
      "",
      paragraph,
    ]);
    const fact = r.facts.find((f) => f.measure === "uasc_not_found");
    const got =
      fact?.status === "suppressed" && fact.raw === paragraph
        ? `suppressed ${fact.lower}–${fact.upper}`
        : fact?.status === "refused"
          ? "refused"
          : "not one bound";
    expect(got).toBe(expected);
  });
});

describe("a 'not held' or refusal followed by its explanation is one answer", () => {
  // [answer paragraph under the question, what uasc_missing_incidents reads as]
  it.each([
    [
      "We do not hold this information in a reportable format. Episodes for this group are recorded by the police and on case files, and unaccompanied children are not flagged in them.",
      "not_held",
    ],
    ["This information is not held centrally. Missing episodes are kept on individual case files.", "not_held"],
    [
      "Kent County Council does not hold this information in a reportable format. Unaccompanied children are not flagged on the police's missing episode records.",
      "not_held",
    ],
    [
      "This part of the request is refused under section 12. Each unaccompanied child's file would have to be read by hand.",
      "refused",
    ],
  ])("%j reads as %s", async (paragraph, expected) => {
    const r = await readLetter(["7. How many missing episodes did these unaccompanied children have?", "", paragraph]);
    const fact = r.facts.find((f) => f.measure === "uasc_missing_incidents" && f.status !== "not_answered");
    expect([fact?.status, fact?.raw]).toEqual([expected, paragraph]);
  });

  it("a later sentence with a figure of its own keeps the paragraph read sentence by sentence", async () => {
    const paragraph = "This information is not held centrally. However, 4 episodes were reported to us by the police.";
    const r = await readLetter(["7. How many missing episodes did these unaccompanied children have?", "", paragraph]);
    expect(r.facts.some((f) => f.raw === paragraph)).toBe(false);
  });
});

describe("an answer that opens its line before the sentences explaining it", () => {
  it.each([
    ["Response: 5.", "Response: 5. Our case recording system does not distinguish between the two groups."],
    ["Answer: 12.", "Answer: 12. Each of these children was referred through the National Referral Mechanism."],
  ])("reads '%s' as the answer to the question above", async (_, answer) => {
    const r = await readLetter([
      "1. How many looked after children in your care were identified as having been trafficked, or suspected of having been trafficked?",
      "",
      answer,
      "",
      "2. Of the children in question 1, how many went missing at least once?",
      "",
      "Response: 3",
    ]);
    const value = Number(/\d+/u.exec(answer)?.[0]);
    expect(figures(r)).toEqual({
      trafficked_looked_after: `${value}@letter.txt:5`,
      trafficked_went_missing: "3@letter.txt:9",
    });
  });
});

describe("a note after a colon that counts children, under words asking for episodes", () => {
  it("does not read 'one young person' as the number of episodes", async () => {
    const r = await readLetter([
      "The trafficked children who went missing had approximately 10 missing episodes between them.",
      "",
      "The number of missing episodes for the trafficked children is approximate: one young person was repeatedly recorded as absent and the records could not be reconciled.",
    ]);
    expect(figures(r).trafficked_missing_incidents).toBeUndefined();
  });

  it("still reads a count of children after a colon under words asking for children", async () => {
    const r = await readLetter(["Trafficked children who went missing: one young person went missing twice."]);
    expect(figures(r).trafficked_went_missing).toBe("1@letter.txt:3");
  });
});

// "two hundred", "a hundred and five": a number written with a scale word is
// read whole or not at all, never as its first or last word alone.
describe("a number written in words with 'hundred' or 'thousand' is never read in pieces", () => {
  it.each<[string, number | null]>([
    ["Unaccompanied asylum seeking children looked after: two hundred", 200],
    ["Unaccompanied asylum seeking children looked after: a hundred and five", 105],
    ["We looked after one hundred and twenty unaccompanied asylum seeking children.", 120],
    ["We looked after one hundred and twenty-one unaccompanied asylum seeking children.", 121],
    ["We looked after one hundred and twenty one unaccompanied asylum seeking children.", 121],
    ["We looked after one hundred and 21 unaccompanied asylum seeking children.", null],
    ["We looked after two hundred, forty five unaccompanied asylum seeking children.", 245],
    ["Unaccompanied asylum seeking children looked after: 1 thousand", null],
  ])("%s", async (line, value) => {
    const r = await readLetter([line]);
    const read = r.facts.filter((f) => f.measure === "uasc_looked_after" && f.value !== null).map((f) => f.value);
    expect(read).toEqual(value === null ? [] : [value]);
  });
});
