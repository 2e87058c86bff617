import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { classifyDocumentText, normaliseAnswer, parsePairedAnswer, parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);
const THRESHOLD = 5;
const parse = (raw: string) => parseValue(raw, vocab, THRESHOLD);

describe("parseValue: reported counts", () => {
  // [raw, value, whether the reading deserves a note]
  it.each<[string, number, boolean]>([
    ["0", 0, false],
    ["14", 14, false],
    [" 14 ", 14, false],
    ["\u00a014\u00a0", 14, false],
    ["2,031", 2031, false],
    ["1,234,567", 1234567, false],
    ["14.0", 14, false],
    ["3.0000000000000004", 3, false],
    ["12.", 12, false],
    ["12*", 12, true],
    ["12 *", 12, true],
    ["12 (a)", 12, true],
    ["12¹", 12, true],
    ["12²³", 12, true],
    ["29₂", 29, true],
    ["12 [note 3]", 12, true],
    ["12 [1]", 12, true],
    ["12†", 12, true],
    // A footnote letter closing a figure, its key under the table ("a) Provisional figures"), and a caret.
    ["7 a)", 7, true],
    ["14 b)", 14, true],
    ["7^", 7, true],
    ["4 (1 of whom is still missing)", 4, true],
    ["3 - all since returned", 3, true],
    ["7; figures from our case system", 7, true],
    ["4 children", 4, false],
    ["4  Children", 4, false],
    ["4\tCHILDREN", 4, false],
    ["2 young people", 2, false],
    ["Five young people", 5, true],
    ["4 children (1 still missing)", 4, true],
    ["“12”", 12, false],
    ["'12'", 12, false],
    ["'12", 12, false],
    ["'nil", 0, true],
    ["nil", 0, true],
    ["Nil", 0, true],
    ["NIL.", 0, true],
    ["nil return", 0, true],
    ["none", 0, true],
    ["None.", 0, true],
    ["zero", 0, true],
    ["no", 0, true],
    ["No children", 0, true],
    ["-", 0, false],
    ["–", 0, false],
    ["—", 0, false],
    [" - ", 0, false],
    ["Three", 3, true],
    ["one", 1, true],
    ["twenty", 20, true],
    // Counts over twenty in words, as a letter writing every figure under 100 so.
    ["sixty", 60, true],
    ["forty-one", 41, true],
    ["Ninety-four", 94, true],
    ["sixty four", 64, true],
    ["thirty-eight children", 38, true],
    ["twelve children", 12, true],
    ["Nil – see note 3", 0, true],
    ["zero (0)", 0, false],
    ["Nil (0)", 0, false],
    ["None - see Q6", 0, true],
    ["12 - see question 4", 12, true],
    ["4 (see note 2)", 4, true],
    ["3 - please see the note below.", 3, true],
    ["2 - most recent episode 14/08/2015", 2, true],
    ["13 episodes between 03/11/2014 and 21/09/2015", 13, true],
    ["1 (missing since 02/07/2015)", 1, true],
    ["1 - she was last seen in March 2015 and is still being sought", 1, true],
    ["3 – all returned by 4th Sept 2015", 3, true],
    ["2 - reported missing on 12 June 2015", 2, true],
    // A figure and, under it in the same table cell, a note without digits.
    ["12\nPlease note this figure includes occasions recorded as 'away from placement' (whereabouts known).", 12, true],
    ["0\r\nAll of the young people were located.", 0, true],
    // A number, a stop and a sentence that says it again in words.
    ["1. One young person has not been found and remains the subject of a police enquiry.", 1, true],
    ["2. Two young people remain missing.", 2, true],
  ])("%j → %i", (raw, value, noted) => {
    const parsed = parse(raw);
    expect(parsed).toMatchObject({ status: "reported", value, lower: value, upper: value });
    expect(parsed.unparsed).toBeUndefined();
    expect(parsed.invalid).toBeUndefined();
    expect(parsed.note !== undefined).toBe(noted);
  });
});

describe("parseValue: suppressed", () => {
  it.each<[string, number, number]>([
    ["<5", 1, 4],
    ["< 5", 1, 4],
    ["<10", 1, 9],
    ["fewer than 5", 1, 4],
    // One sentence for every period: "In each period the number was fewer than 5."
    ["In each period the number was fewer than 5.", 1, 4],
    ["the number was less than 5", 1, 4],
    ["Fewer than five", 1, 4],
    ["less than five", 1, 4],
    ["Less than 5.", 1, 4],
    ["under 5", 1, 4],
    ["below 5", 1, 4],
    ["number is under 5", 1, 4],
    ["The figure was fewer than 5", 1, 4],
    ["total less than 10", 1, 9],
    ["Fewer than five children", 1, 4],
    ["less than 5 (suppressed)", 1, 4],
    ["<5 (small numbers)", 1, 4],
    ["*", 1, 4],
    ["**", 1, 4],
    ["1-4", 1, 4],
    ["1 – 4", 1, 4],
    ["1 to 4", 1, 4],
    ["between 1 and 5", 1, 5],
    ["Between 1 & 5".replace("&", "and"), 1, 5],
    ["5 or fewer", 1, 5],
    ["5 or less", 1, 5],
    // Round 86 (Bolton): the bound said once for every year asked about.
    ["The number of children in 2a is five or fewer in each of the three years.", 1, 5],
    ["5 or fewer in each year", 1, 5],
    ["≤5", 1, 5],
    ["<=5", 1, 5],
    ["no more than 5", 1, 5],
    ["c", 1, 4],
    ["[c]", 1, 4],
    ["x", 1, 4],
    ["[x]", 1, 4],
    ["redacted", 1, 4],
    ["Redacted due to small numbers", 1, 4],
    ["suppressed", 1, 4],
    ["small number", 1, 4],
    ["Small numbers", 1, 4],
    ["“fewer than 5”", 1, 4],
    ["<5 withheld", 1, 4],
    ["Less than 5 - exempt under section 40(2)", 1, 4],
    ["<5 (personal data)", 1, 4],
    ["exempt under s40 - fewer than 5", 1, 4],
    ["Withheld: 1-4", 1, 4],
    ["<5 not disclosed - exempt", 1, 4],
    ["<5 – see note 1", 1, 4],
    ["Llai na 5 / under 5", 1, 4],
  ])("%j → %i–%i", (raw, lower, upper) => {
    const parsed = parse(raw);
    expect(parsed).toMatchObject({ status: "suppressed", value: null, lower, upper });
    expect(parsed.note).toContain(`${lower}–${upper}`);
  });

  it("reads a bare marker against the threshold it is given", () => {
    expect(parseValue("*", vocab, 10)).toMatchObject({ lower: 1, upper: 9 });
    expect(parseValue("<5", vocab, 10)).toMatchObject({ lower: 1, upper: 4 });
  });

  it.each<[string, number, number, string]>([
    ["Less than 5 †", 1, 4, "†"],
    ["<5**", 1, 4, "**"],
    ["under 10 ²", 1, 9, "²"],
    ["1-4 [1]", 1, 4, "[1]"],
  ])("%j: a footnote mark after a suppressed figure is ignored and said", (raw, lower, upper, mark) => {
    const parsed = parse(raw);
    expect(parsed).toMatchObject({ status: "suppressed", value: null, lower, upper });
    expect(parsed.note).toContain(`footnote mark "${mark}" ignored`);
  });

  it("notes a remark it ignored after a suppressed figure", () => {
    expect(parse("<5 (see covering letter)").note).toContain("see covering letter");
    expect(parse("less than 5 (suppressed)").note).not.toContain("ignored");
  });

  it("reads a suppressed figure that points to a note below it", () => {
    const parsed = parse("Fewer than 5 – please see the note below.");
    expect(parsed).toMatchObject({ status: "suppressed", value: null, lower: 1, upper: 4 });
    expect(parsed.note).toContain("please see the note below");
  });
});

describe("parseValue: not held", () => {
  it.each([
    "information not held",
    "Not held",
    "not held.",
    "We do not hold this information",
    "The council does not hold this data",
    "not recorded",
    "Data not recorded",
    "not collected",
    "We do not record this",
    // Round 89 (Knowsley): a figure the council's records never compute.
    "We do not calculate this figure.",
    "None held",
    "The council does not provide children's services",
    "The council does not provide children’s services",
    "Not applicable – this council does not provide social services",
    "the Health and Social Care Trust holds this",
    "unknown",
    "Not known",
    "0 (not held)",
    // Round 90 (Somerset, Middlesbrough): a cell that says there is no data, not that there were none.
    "no data",
    "No data",
    "No records",
    // Rounds 24, 50, 104: a period still open when the council replied, its figures not yet made.
    "Not yet available",
    "not yet available",
    "Figures not yet available",
    "Data not available",
    // The reason given as the answer: no way of reporting on the children.
    "We are unable to report on children who are trafficked, as we do not have a process in place to capture this.",
    "The council is unable to report on these children.",
    "We do not have a system in place to record modern slavery.",
    // The split asked for is not one the council's records make.
    "We do not categorise our assessments in this way.",
    "The council does not distinguish between types of placement in that way.",
    // Scotland: section 17 of FOISA is the notice that information is not held, not an exemption.
    "This is therefore exempt under section 17 of the Freedom of Information (Scotland) Act 2002, information not held.",
  ])("%j", (raw) => {
    expect(parse(raw)).toMatchObject({ status: "not_held", value: null, lower: null, upper: null });
    expect(parse(raw).unparsed).toBeUndefined();
  });
});

describe("parseValue: 'unable to report on' small numbers is no 'not held'", () => {
  // The council holds these figures and withholds them as too small to
  // publish: read as "not held", a suppressed count would silently drop out.
  it.each([
    "We are unable to report on this figure as it is fewer than 5.",
    "We are unable to report on these children as the numbers are under 5.",
    "The council is unable to report on those as they are small numbers.",
    "We are unable to report on children in groups of less than 10.",
    "We are unable to report on this because it could identify the children.",
    "We are unable to report on these under section 40.",
  ])("%j", (raw) => {
    expect(parse(raw).status).not.toBe("not_held");
  });
});

describe("parseValue: refused", () => {
  it.each([
    "section 12",
    "Section 12 applies",
    "s12",
    "S.12",
    "s. 12",
    "exceeds the cost limit",
    "exempt",
    "Exempt under section 40",
    "s40(2)",
    "personal data",
    "refused",
    "withheld",
    "We are unable to provide this information as it would exceed the appropriate limit",
    "s.40(2)(c)",
  ])("%j", (raw) => {
    expect(parse(raw)).toMatchObject({ status: "refused", value: null, lower: null, upper: null });
  });
});

describe("parseValue: a refusal that protects small numbers and says how small", () => {
  it.each<[string, number, number]>([
    ["The number is fewer than 5 and is withheld under section 40(2) as it could identify individuals.", 1, 4],
    ["In every year the figure was less than five; we have withheld it under s.40 (personal data).", 1, 4],
    ["Withheld: the figure is 3 or fewer and disclosure could lead to the identification of the children.", 1, 3],
    ["Numbers fewer than 10 are not released to avoid identifying individuals (section 40).", 1, 9],
  ])("%j is suppressed, %i to %i", (raw, lower, upper) => {
    expect(parse(raw)).toMatchObject({ status: "suppressed", value: null, lower, upper });
  });

  it.each([
    // A cost refusal states no small number, whatever else it mentions.
    "Providing figures for fewer than 5 questions would still exceed the cost limit under section 12.",
    // An age is not a bound.
    "The number of children under 16 is withheld under section 40(2).",
    // Two different bounds are two figures' bounds.
    "In 2019 the figure was fewer than 5 and in 2020 fewer than 10; both are withheld under section 40(2).",
    // No bound at all.
    "This information is withheld under section 40(2) of the Act (personal information).",
  ])("%j stays a refusal", (raw) => {
    expect(parse(raw)).toMatchObject({ status: "refused", value: null });
  });
});

describe("parseValue: not answered", () => {
  it.each<[string, boolean]>([
    ["", false],
    ["   ", false],
    ["\u00a0", false],
    ["N/A", false],
    ["n/a", false],
    ["NA", false],
    ["n.a.", false],
    ["not applicable", false],
    ["Not applicable.", false],
    ["?", false],
    ["??", false],
    ["tbc", false],
    ["TBC", false],
    ["see above", true],
    ["See above.", true],
    ["as above", true],
  ])("%j", (raw, noted) => {
    const parsed = parse(raw);
    expect(parsed).toMatchObject({ status: "not_answered", value: null, lower: null, upper: null });
    expect(parsed.unparsed).toBeUndefined();
    expect(parsed.invalid).toBeUndefined();
    if (noted) expect(parsed.note).toMatch(/another answer/);
  });
});

describe("parseValue: a part counted in another question's figure", () => {
  // "1b | Included in 1a": not a figure of its own; read as text it ended the table (round 64).
  it.each(["Included in 1a", "Included in Q1a.", "included in 1(a)", "Counted in the figure for question 2"])(
    "%j",
    (raw) => {
      const parsed = parse(raw);
      expect(parsed).toMatchObject({ status: "not_answered", value: null });
      expect(parsed.unparsed).toBeUndefined();
      expect(parsed.note).toMatch(/another question/);
    },
  );
});

describe("parseValue: a pointer back that gives its own nil", () => {
  it.each(["As above, zero.", "as above - nil", "Same as above: none"])("%j reads as 0", (raw) => {
    expect(parse(raw)).toMatchObject({ status: "reported", value: 0 });
  });
  it("leaves a bare pointer unread", () => {
    expect(parse("As above")).toMatchObject({ status: "not_answered", value: null });
  });
});

describe("parseValue: a cell pointing to a note in the letter", () => {
  // "See note" under a year column: text left unread ended the table, so every
  // row below lost its year headings (round 64).
  it.each(["See note", "see notes", "See note below", "See comments above", "See footnote"])("%j", (raw) => {
    const parsed = parse(raw);
    expect(parsed).toMatchObject({ status: "not_answered", value: null });
    expect(parsed.unparsed).toBeUndefined();
    expect(parsed.note).toMatch(/points to a note/);
  });
});

describe("parseValue: an approximate count is never exact", () => {
  it.each<[string, number]>([
    ["approx 30", 30],
    ["approx. 10", 10],
    ["about 12", 12],
    ["approximately 270", 270],
    ["Approximately 1,200", 1200],
    ["around 40", 40],
    ["c. 30", 30],
    ["c.30", 30],
    ["ca. 30", 30],
    ["circa 20", 20],
    ["roughly 12", 12],
    ["~20", 20],
    ["an estimated 40", 40],
    ["around twelve children", 12],
    ["approximately 15 children", 15],
    ["40 or so", 40],
    ["40 approximately", 40],
    ["40 (approx.)", 40],
    ["40 (estimated)", 40],
    ["in the region of 40", 40],
    ["some 40", 40],
    // A lower bound is no count: "in excess of 50" was once kept as exactly 50.
    ["in excess of 50", 50],
    ["at least 12", 12],
    ["greater than 50", 50],
    ["upwards of 20", 20],
    ["10 or more", 10],
    ["50+", 50],
    ["50 plus", 50],
    // An approximate count with a remark beside it is still approximate, never unread.
    ["around 5 (figures for the current year are provisional and have been rounded)", 5],
    ["about 40 (provisional)", 40],
    ["approximately 120 [estimate from the new system]", 120],
    // The council does not know the count and gives only a bound: never a figure, always named.
    ["Not known, but fewer than 3", 3],
    ["unknown - at most 4", 4],
    ["Not known exactly; no more than 6", 6],
    ["Unknown but up to five", 5],
  ])("%s → not counted, approximately %i", (raw, n) => {
    const parsed = parse(raw);
    expect(parsed.status).toBe("not_answered");
    expect(parsed.value).toBeNull();
    expect(parsed.approximate).toBe(n);
    expect(parsed.unparsed).toBeUndefined();
  });
});

describe("parseValue: not understood", () => {
  it.each([
    "3 or 4 maybe",
    "see attached",
    "12 and 4",
    "twelve-ish",
    "forty-eleven",
    "12-4",
    "2014/15",
    "50%",
    "<1",
    "lots",
    "12 - 3 of them returned",
    "5 (not held for 2014)",
    "3 exempt",
    "How many of these children were refused asylum?",
    "Of these, how many have nationality not recorded?",
    "see note 3",
    "2 children, 5 missing episodes in total",
    "1 (3)",
    "5 since 2012",
    "3 - 2 returned 14/08/2015",
  ])("%j", (raw) => {
    expect(parse(raw)).toMatchObject({
      status: "not_answered",
      value: null,
      lower: null,
      upper: null,
      unparsed: true,
    });
  });

  it("explains why a number with a status phrase is not read", () => {
    expect(parse("5 (not held for 2014)").note).toMatch(/number 5 .*"not held"/);
  });
});

describe("parseValue: invalid numbers are never counted", () => {
  it.each<[string, "negative" | "fractional"]>([
    ["-3", "negative"],
    ["- 3", "negative"],
    ["−3", "negative"],
    ["-1,200", "negative"],
    ["2.5", "fractional"],
    ["0.5", "fractional"],
    ["2.5*", "fractional"],
    ["1.5 (estimate)", "fractional"],
  ])("%j → %s", (raw, invalid) => {
    expect(parse(raw)).toMatchObject({ status: "not_answered", value: null, lower: null, upper: null, invalid });
  });
});

describe("normaliseAnswer", () => {
  it.each([
    ["  Fewer\u00a0than  5.  ", "fewer than 5"],
    ["“Nil”", "nil"],
    ["‘none’.", "none"],
    ["1 – 4", "1 - 4"],
    ["12¹", "12¹"],
    ["\ufeffN/A", "n/a"],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseAnswer(raw)).toBe(expected);
  });
});

describe("classifyDocumentText", () => {
  it.each<[string, "refused" | "not_held", string]>([
    [
      "Dear Sir,\nSection 12 of the Freedom of Information Act allows a public authority to refuse a request where the cost of compliance would exceed the appropriate limit. We are therefore refusing your request.",
      "refused",
      "Section 12 of the Freedom of Information Act",
    ],
    [
      "To locate this information we would need to read every case file, which would exceed the\nappropriate limit of £450.",
      "refused",
      "exceed the appropriate limit",
    ],
    [
      "We estimate that answering would take over 18 hours and so exceeds the cost limit under s.12 of the Act.",
      "refused",
      "cost limit",
    ],
    [
      "The information is exempt under section 40(2) as it is the personal data of third parties.",
      "refused",
      "section 40(2)",
    ],
    ["The Council does not hold the information you have requested.", "not_held", "does not hold the information"],
    ["I can confirm that the information requested is not held by the Council.", "not_held", "is not held"],
    [
      "Northern Ireland councils do not have responsibility for children's social services; please contact the Health and Social Care Trust.",
      "not_held",
      "do not have responsibility for children's social services",
    ],
    [
      "Northern Ireland councils do not have responsibility for children’s social services.",
      "not_held",
      "children's social services",
    ],
    [
      "Please redirect your request to the Belfast Health and Social Care Trust, which provides these services.",
      "not_held",
      "Health and Social Care Trust",
    ],
    // A refusal notice is only the reply's form: its reason decides.
    [
      "The council does not hold this information.\nThis letter serves as a refusal notice under section 17 because the information is not held.",
      "not_held",
      "does not hold this information",
    ],
    [
      "This email is a refusal notice: the data requested is not held by this authority.",
      "not_held",
      "is not held by this authority",
    ],
    ["Please treat this letter as a refusal notice.", "refused", "refusal notice"],
    [
      "This is a refusal notice. We do not hold the data in a reportable form and to extract it would exceed the cost limit.",
      "refused",
      "cost limit",
    ],
  ])("%#: %s", (text, status, phraseContains) => {
    const result = classifyDocumentText(text, vocab);
    expect(result?.status).toBe(status);
    expect(result?.phrase).toContain(phraseContains);
  });

  it.each([
    "Please find attached our response to your request.",
    "Looked after children: 45. Of these, 3 went missing.",
    "The children's 12 placements were reviewed.",
    "Children accommodated under section 20 of the Children Act 1989 are included.",
    "",
  ])("finds no refusal or not-held letter in %j", (text) => {
    expect(classifyDocumentText(text, vocab)).toBeNull();
  });

  // A key under a table explains a suppression marker; the reason it gives
  // (s.40) is why those cells are suppressed, not a refusal of the reply.
  it.each([
    '"<5 = a number between 1 and 4, not shown to protect the identity of the children (s.40(2) FOIA)."',
    "* = fewer than five children; withheld under section 40(2) of the Freedom of Information Act.",
    "[c]: confidential, exempt under section 40(2) as personal data",
    "Less than 5 denotes a figure withheld under s40(2).",
  ])("reads the suppression key %j as no refusal", (key) => {
    const table = `Cohort,Looked after,Went missing\nUASC,39,<5\n${key}`;
    expect(classifyDocumentText(table, vocab)).toBeNull();
  });

  // A covering e-mail's boilerplate says what the attachment will do where a
  // figure is not held; said on condition, it holds nothing back itself.
  it.each([
    "Please find attached our response.\nWhere information is not held or is exempt from disclosure, for instance personal data, this is explained in the response.",
    "If the information is not held by the Council, we will tell you so in our reply.",
    "In cases where we do not hold the information, the response says so.",
  ])("reads the conditional boilerplate %j as no not-held letter", (letter) => {
    expect(classifyDocumentText(letter, vocab)).toBeNull();
  });

  // Opened on a condition, but saying in its main clause that nothing is held: the letter's own answer.
  it.each([
    "If you are asking for the figures for each year, I can confirm that this information is not held by the Council as it is not recorded in a reportable form.",
    "Where a child has been trafficked this is not recorded separately, so the information is not held.",
  ])("still reads %j as a not-held letter", (letter) => {
    expect(classifyDocumentText(letter, vocab)?.status).toBe("not_held");
  });

  it("still reads a not-held sentence after a conditional one", () => {
    const letter =
      "Where information is not held, this is explained in the response. The Council does not hold the information you have requested.";
    expect(classifyDocumentText(letter, vocab)?.phrase).toBe(
      "The Council does not hold the information you have requested.",
    );
  });

  it("still reads a refusal beside a suppression key", () => {
    const letter =
      "<5 = a number between 1 and 4.\nThe information is exempt under section 40(2) as it is personal data.";
    expect(classifyDocumentText(letter, vocab)?.phrase).toContain("section 40(2)");
  });

  it("returns the sentence that decided, not the whole letter", () => {
    const letter =
      "Thank you for your request of 3 October. The Council does not hold the information you have requested. Yours faithfully.";
    expect(classifyDocumentText(letter, vocab)?.phrase).toBe(
      "The Council does not hold the information you have requested.",
    );
  });
});

describe("answers written as sentences", () => {
  it.each([
    ["There were 4 such children", 4],
    ["4 children", 4],
    ["Three (3)", 3],
    ["We can confirm that no children in this group went missing", 0],
    ["We can confirm that none of these children went missing.", 0],
    ["None. All three children returned or were located.", 0],
    ["There were no such children", 0],
    // A case is a child the council worked with: "no cases" counts none of them.
    ["No such cases.", 0],
    ["There were no cases", 0],
    ["No looked after children were recorded as trafficking victims.", 0],
    ["No unaccompanied asylum seeking children went missing in the year", 0],
    ["No trafficked young people remain missing.", 0],
    ["no looked-after child was suspected of being trafficked", 0],
    ["The council looked after 9 unaccompanied asylum seeking children during the period.", 9],
    ["In total, 12 children went missing", 12],
    ["Nil – the young person returned on each occasion", 0],
    ["Nil (all returned)", 0],
    ["Zero - no child went missing", 0],
    // "Not applicable" because there were none: the reason is the answer.
    ["Not applicable – no children were identified or suspected as trafficked in any period", 0],
    ["N/A: there were no such children", 0],
    // The council's own "did not look after any": none, however the subject is named.
    ["The City of London Corporation did not look after any child identified as trafficked in the period.", 0],
    ["We did not have any looked after children who were trafficked.", 0],
    ["The Council has not looked after any unaccompanied asylum seeking children.", 0],
    // "Did any go missing?" answered yes with the count.
    ["Yes – 2", 2],
    ["Yes, 3", 3],
    ["yes - 4 children", 4],
    // A part's row after its whole's: "the remaining" and "a further" lead the count.
    ["The remaining 4 were suspected of having been trafficked.", 4],
    ["A further 3 were suspected of being trafficked", 3],
    // The children just asked about, and how many times they went missing (their episodes).
    ["These children were reported missing on 9 occasions.", 9],
    ["They went missing on 5 occasions in total.", 5],
    ["Both young people went missing on a total of 7 occasions.", 7],
  ])("%s → %i, with a note", (raw, value) => {
    const v = parseValue(raw, vocab, 5);
    expect(v.status).toBe("reported");
    expect(v.value).toBe(value);
    if (!/^\d+ children$/.test(raw)) expect(v.note).toBeDefined();
  });

  it.each([
    "4 children on 9 occasions",
    "Two (3)",
    "Yes – 2 children, 5 episodes",
    "Yes",
    "There were 4 children and 2 episodes",
    "Around a dozen children",
    "1 - another 2 were found in May 2015",
    "Nil, 3 were found",
    // The note under the figure has a number of its own; the sentence after "3." names another.
    "12\n3 of these were away from placement",
    "3. Two of them are still missing.",
    "That young person was found, so the answer to question 4 is nil\nfor both occasions",
    "2. The young people were found.",
    "3. All three young people were located.",
    // A denial of the information, not of the children.
    "We did not have any children for whom data is held.",
    "Not applicable – no figures are recorded for these children",
    // Episodes with a remark that qualifies them.
    "They went missing on 5 occasions, but 2 were under 24 hours.",
  ])("%s is not guessed", (raw) => {
    expect(parseValue(raw, vocab, 5).unparsed).toBe(true);
  });
});

describe("parsePairedAnswer: children and episodes in one answer", () => {
  it.each<[string, { children: number; episodes: number } | null]>([
    ["1 child, 3 occasions", { children: 1, episodes: 3 }],
    ["8 children, 19 occasions", { children: 8, episodes: 19 }],
    ["3 children (7 episodes)", { children: 3, episodes: 7 }],
    ["2 children, 5 missing episodes in total", { children: 2, episodes: 5 }],
    ["Three children went missing, on 14 occasions in total", { children: 3, episodes: 14 }],
    ["4 went missing on a total of 23 occasions", { children: 4, episodes: 23 }],
    ["7 episodes involving 3 children", { children: 3, episodes: 7 }],
    ["5", null],
    ["2, 5 occasions", null],
    ["2 (one identified, one suspected)", null],
    ["3 in total (one child went missing twice)", null],
  ])("%j", (raw, expected) => {
    expect(parsePairedAnswer(raw, vocab)).toEqual(expected);
  });
});

describe("parseValue: question numbers beside a refusal are not a bound", () => {
  // [raw, status, bounds]: a range that names questions leaves the refusal whole;
  // a range beside a reason with no question named stays a suppressed range.
  it.each<[string, string, [number, number] | null]>([
    ["Section 12 applies to questions 1-4.", "refused", null],
    ["We are applying section 12 of the Act to questions 2 to 5.", "refused", null],
    ["Exempt under s.12 (cost limit): Q1 - Q3", "refused", null],
    ["Parts 1 and 2 withheld under section 40", "refused", null],
    ["1-4 (section 40)", "suppressed", [1, 4]],
  ])("%j → %s", (raw, status, bounds) => {
    const v = parse(raw);
    expect(v.status).toBe(status);
    expect([v.lower, v.upper]).toEqual(bounds ?? [null, null]);
  });
});

/**
 * "Neither young person is still missing" answers 0, but "neither" may as
 * well say that none of the figures asked for can be given: such an answer
 * is not a count of 0, and is left unread (and so reported), never 0.
 */
describe("parseValue: 'neither' about the figures, not the children", () => {
  it.each([
    "Neither of these figures is available",
    "Neither of these is recorded centrally",
    "Neither of the two categories can be separated",
  ])("%s is not 0", (raw) => {
    expect(parse(raw).value ?? null).toBeNull();
  });

  it.each(["Neither", "Neither young person is still missing", "Neither of them went missing"])("%s is 0", (raw) => {
    expect(parse(raw).value).toBe(0);
  });
});

describe("a section 21 answer (reasonably accessible by other means) is a refusal", () => {
  it.each([
    "This information is already reasonably accessible to you. We are therefore applying section 21 of the Freedom of Information Act 2000 to these questions.",
    "The data is published by the Department for Education, so we are relying on s.21 (information accessible by other means).",
    "Section 21 of the Freedom of Information Act applies: the figures are on the DfE website.",
  ])("%s", (raw) => {
    expect(parse(raw)).toMatchObject({ status: "refused", value: null });
  });
  it.each(["Section 21 notices served", "s21 notices"])("%s is a label, not a refusal", (raw) => {
    expect(parse(raw).status).not.toBe("refused");
  });
});

describe("a count in words above ninety-nine", () => {
  it.each<[string, number]>([
    ["Five hundred and twelve", 512],
    ["five hundred twelve", 512],
    ["a hundred", 100],
    ["one hundred and forty-one", 141],
    ["two hundred and sixty four", 264],
    ["one thousand, two hundred and six", 1206],
    ["three thousand", 3000],
  ])("%s → %i", (raw, value) => {
    expect(parse(raw)).toMatchObject({ status: "reported", value });
  });
  it.each(["twelve five hundred", "hundred", "twelve hundred and one", "five hundred and twelve and six"])(
    "%s is not read as a number",
    (raw) => {
      expect(parse(raw).status).not.toBe("reported");
    },
  );
});

describe("parseValue: a reason beside a bound is looked for in the whole answer first", () => {
  // matchSuppressedBeside skips its bound-and-reason patterns when no refusal
  // phrase is in the whole text. That holds only while a phrase found in the
  // part beside the bound is found in the whole: every phrase unanchored, and
  // starting at a word boundary (after a look-behind, at most).
  const refused = vocab.refused.map((p) => p.pattern);

  it.each(refused)("the refusal phrase %s is unanchored and starts at a word boundary", (pattern) => {
    expect(pattern.replace(/\[[^\]]*\]|\\./gu, "")).not.toMatch(/[$^]/u);
    expect(pattern).toMatch(/^(?:\\b|\(\?<!)/u);
  });

  it.each([
    ["<5 - withheld", 1, 4],
    ["fewer than 5; exempt under section 40(2)", 1, 4],
    ["Exempt under s40 (personal data): less than 5", 1, 4],
    ["withheld, under 10", 1, 9],
  ])("%s is still read as suppressed with its reason", (text, lower, upper) => {
    const parsed = parseValue(text, vocab, 5);
    expect(parsed).toMatchObject({ status: "suppressed", lower, upper });
  });
});

describe("parseValue: a question's number with its part letter opens a label, not a figure", () => {
  it.each([["1(b) suspected, not in (a)"], ["2(a) trafficked – missing or absent"], ["1(b) suspected (not in (a))"]])(
    "%s",
    (raw) => {
      expect(parse(raw).value).toBeNull();
    },
  );

  it("a figure with a bracketed letter after a space is still the figure", () => {
    expect(parse("12 (a)").value).toBe(12);
  });

  // "3(a) see footnote (a)": the glued letter is a footnote's mark, pointed to by the words after it.
  it.each([["3(a) see footnote (a)"], ["7(b) refer to note (b)"]])("%s is a figure with its footnote mark", (raw) => {
    expect(parse(raw).value).toBe(Number(raw[0]));
  });
});

describe("parseValue: a bilingual answer with a bilingual remark after it", () => {
  it.each<[string, number | null, string]>([
    ["Dim / None (a nodwyd / identified: dim / none; a amheuir / suspected: dim / none)", 0, "reported"],
    ["Dim / Nil (gweler y nodyn / see note)", 0, "reported"],
    // Halves that disagree, or a remark with a figure of its own, stay unread.
    ["Dim / 2 (a nodwyd / identified: 2)", null, "unparsed"],
  ])("%s", (raw, value, status) => {
    const got = parse(raw);
    expect(got.unparsed ? "unparsed" : got.status).toBe(status);
    if (!got.unparsed) expect(got.value).toBe(value);
  });
});

// "Tri (3) / Three (3)": a count in words with its figure in brackets, in each
// language (round 166, Gwynedd). The brackets agree and one language's words
// say the count; words that say something else, or brackets that differ, stay
// unread.
describe("parseValue: a count in words with its figure in brackets", () => {
  it.each<[string, number | null]>([
    ["Tri (3) / Three (3)", 3],
    ["Un (1) / One (1)", 1],
    ["Un digwyddiad (1) / One episode (1)", 1],
    ["One episode (1)", 1],
    ["Tri (3) / Three (4)", null],
    ["Tri (3) / Two (3)", null],
    ["Three (4)", null],
    ["Tua (3) / About three (3)", null],
    ["Llai na (5) / Fewer than (5)", null],
    ["Children (3)", null],
  ])("%s", (raw, value) => {
    const got = parse(raw);
    if (value === null) expect(got.status === "reported" && !got.unparsed).toBe(false);
    else expect(got).toMatchObject({ status: "reported", value });
  });
});
