import { describe, expect, it } from "vitest";
import { questionsNamed } from "../../src/match/applyFileNotes.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const read = (file: string, text: string) =>
  processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000038" }, knowledge());

/** The measures each flagged code names, sorted: what a reader of the quality report sees. */
async function flagged(file: string, text: string, codes: readonly string[]): Promise<string[]> {
  const r = await read(file, text);
  return [
    ...new Set(r.issues.filter((i) => codes.includes(i.code) && i.measure).map((i) => `${i.code} ${i.measure}`)),
  ].sort();
}

const TABLE = [
  "Measure,Trafficked,UASC *",
  "Looked after,5,27",
  "Went missing,1,4",
  "Missing episodes,1,9",
  "Not found,0,1",
];

describe("questionsNamed: the questions a note is about", () => {
  it.each([
    ["Figures for questions 1 and 5 are as at 31 March 2015", ["1", "5"]],
    ["The figure given at question 5 includes care leavers", ["5"]],
    ["Figures at questions 6 to 8 relate to looked after children only", ["6", "7", "8"]],
    ["Figures for questions 2–4 and 6–8", ["2", "3", "4", "6", "7", "8"]],
    ["Q1a and Q1b are from the CIN census", ["1a", "1b"]],
    // A range or list that repeats the "Q" names every question in it, not the first alone.
    ["The figures for Q1-Q3 include care leavers", ["1", "2", "3"]],
    ["Figures for Q5–Q7 are as at 31 March 2015", ["5", "6", "7"]],
    ["Q1, Q1a and Q1b are from the CIN census", ["1", "1a", "1b"]],
    // A question named with its lettered parts in brackets names the parts too (round 105).
    ["Please note: Q1 (1a and 1b) gives the trafficked children open as at 30 September 2015", ["1", "1a", "1b"]],
    // Lettered parts opening the note, its subject (a footnote's text after its mark).
    ["¹ 1a and 1b count all young people with a trafficking flag, including care leavers aged 18 to 25", ["1a", "1b"]],
    ["No question is named here", []],
  ])("%s → %j", (text, want) => {
    expect(questionsNamed(text, knowledge().request.questions).map((q) => q.number)).toEqual(want);
  });
});

describe("questionsNamed: a question asked in lettered parts is named by its number", () => {
  const asked = (...numbers: string[]) =>
    numbers.map((number) => ({ number, text: `Question ${number}`, measures: [] }));
  it.each([
    [
      "Our figures for question 1 are as at 31 December of each year",
      asked("1a", "1b", "1c", "2a"),
      ["1a", "1b", "1c"],
    ],
    [
      "Figures for questions 2 and 3 include care leavers",
      asked("1a", "2a", "2b", "3a", "3b"),
      ["2a", "2b", "3a", "3b"],
    ],
    // A request that asks question 1 itself and its parts: the number names only question 1.
    ["Figures for question 1 are as at 31 March", asked("1", "1a", "1b"), ["1"]],
    ["Question 1a is as at 31 March", asked("1a", "1b"), ["1a"]],
    // Lettered parts named bare after the figures they qualify, with no "question" before them.
    ["The figures for 2b and 3b include former unaccompanied children", asked("2a", "2b", "3a", "3b"), ["2b", "3b"]],
    ["The answers to 1a, 1b and 1d are as at 31 December", asked("1a", "1b", "1c", "1d"), ["1a", "1b", "1d"]],
    // A range from a question to another's lettered part names every question the request asks between them (round 107).
    [
      "Note: figures for Q1 to Q2c include care leavers",
      asked("1", "2a", "2b", "2c", "3a", "3b", "4"),
      ["1", "2a", "2b", "2c"],
    ],
    ["Figures for questions 2b-3a are estimates", asked("1", "2a", "2b", "2c", "3a", "3b"), ["2b", "2c", "3a"]],
    // A range whose ends the request does not ask, or backwards, names nothing between.
    ["Figures for Q3b to Q2a are estimates", asked("1", "2a", "2b", "2c", "3a", "3b"), []],
    // A year or an age range after "figures for" names no part.
    ["The figures for 2021 include care leavers aged 18 to 21", asked("2a", "2b"), []],
  ])("%s → %j", (text, questions, want) => {
    expect(questionsNamed(text, questions).map((q) => q.number)).toEqual(want);
  });
});

describe("notes anywhere in a file change what the figures they cover mean", () => {
  it.each([
    [
      "a symbol defined in a footnote covers the column it marks",
      "marked.csv",
      [...TABLE, "", "* UASC figures include care leavers (former UASC aged 18 to 21)."].join("\n"),
      [
        "label_outside_request uasc_looked_after",
        "label_outside_request uasc_missing_incidents",
        "label_outside_request uasc_not_found",
        "label_outside_request uasc_went_missing",
      ],
    ],
    [
      "a numbered note ('Note 1:') covers the row whose label points to it ('(see note 1)')",
      "numbered.csv",
      [
        "Measure,Requested period",
        "UASC looked after (see note 1),38",
        "UASC who went missing,8",
        "Trafficked looked after (see note 12),3",
        "",
        "Note 1: the UASC count includes 7 former unaccompanied asylum seeking children aged 18 or over who were receiving leaving care support.",
        "Note 12: figures are from the social care system.",
      ].join("\n"),
      ["label_outside_request uasc_looked_after"],
    ],
    [
      "a note that says care leavers are included in a count, the other way round",
      "passive.csv",
      [...TABLE, "", "* Care leavers aged 18 to 21 are included in the UASC figures."].join("\n"),
      [
        "label_outside_request uasc_looked_after",
        "label_outside_request uasc_missing_incidents",
        "label_outside_request uasc_not_found",
        "label_outside_request uasc_went_missing",
      ],
    ],
    [
      "a note that says care leavers are not included widens nothing",
      "notincluded.csv",
      [...TABLE, "", "* Care leavers are not included in the UASC figures."].join("\n"),
      [],
    ],
    [
      "a title note names its measure in words",
      "title.csv",
      ["NB: the number of UASC looked after is as at 31 March 2015 (SSDA903 snapshot).", "", ...TABLE].join("\n"),
      ["period_approximate uasc_looked_after"],
    ],
    [
      "a numbered note names its questions",
      "letter.txt",
      [
        "Reading Borough Council",
        "1. Looked after children identified as trafficked or suspected of being trafficked: 17 (see note 1)",
        "2. How many of these went missing at least once? 6",
        "5. Unaccompanied asylum seeking children looked after: 121 (see note 1)",
        "6. How many of these went missing at least once? 14",
        "Notes",
        "1. Figures for questions 1 and 5 are as at 31 March 2015, taken from the SSDA903 return.",
      ].join("\n"),
      ["period_approximate trafficked_looked_after", "period_approximate uasc_looked_after"],
    ],
    [
      "an answer's own sentence",
      "sentence.txt",
      [
        "Reading Borough Council",
        "5. How many unaccompanied asylum seeking children were looked after?",
        "There were 38 unaccompanied asylum seeking children looked after as at 31 March 2015 (SSDA903 return).",
        "6. How many went missing at least once?",
        "6",
      ].join("\n"),
      ["period_approximate uasc_looked_after"],
    ],
    [
      "the letter's opening date is not a count's",
      "opening.txt",
      [
        "Thank you for your request received on 29 October 2015 about unaccompanied asylum seeking children looked after by the council.",
        "5. How many unaccompanied asylum seeking children were looked after?",
        "121",
      ].join("\n"),
      [],
    ],
    [
      "a footnote that widens missing to absence covers the figures it marks",
      "absent.txt",
      [
        "West Lothian Council",
        "5. Unaccompanied asylum seeking children looked after: 10",
        "6. Of these, how many went missing at least once: 6*",
        "7. Missing episodes: 22*",
        "* These figures include young people recorded as absent from their placement (whereabouts known to carers) as well as those reported missing.",
      ].join("\n"),
      ["label_outside_request uasc_missing_incidents", "label_outside_request uasc_went_missing"],
    ],
    [
      "a footnote marked by a superscript digit that counts age-disputed young people covers the UASC figure it marks",
      "age-disputed.txt",
      [
        "Merton Council",
        "Q5. 40¹",
        "Q6. 14",
        "Q7. 29²",
        "¹ Includes 9 young people whose age is disputed and who were accommodated pending an age assessment.",
        "² Episodes reported to the police as missing.",
      ].join("\n"),
      ["label_outside_request uasc_looked_after"],
    ],
    [
      "a note on UASC that includes children awaiting an age assessment, worded another way",
      "age-assessment.txt",
      [
        "Lambeth Council",
        "5. Unaccompanied asylum seeking children looked after: 31*",
        "* This figure includes 4 children pending an age assessment.",
      ].join("\n"),
      ["label_outside_request uasc_looked_after"],
    ],
    [
      "a note that the UASC counted are those whose age has been assessed widens nothing",
      "age-assessed.txt",
      [
        "Lambeth Council",
        "5. Unaccompanied asylum seeking children looked after: 31*",
        "* This figure includes only young people whose age has been assessed.",
      ].join("\n"),
      [],
    ],
    [
      "a note that no figure includes age-disputed young people widens nothing",
      "none-disputed.txt",
      [
        "Lambeth Council",
        "5. Unaccompanied asylum seeking children looked after: 31*",
        "* None of these figures include young people whose age is disputed.",
      ].join("\n"),
      [],
    ],
    [
      "a footnote that leaves absence out changes nothing",
      "excluded.txt",
      [
        "Devon County Council",
        "6. Of these, how many went missing at least once: 6*",
        "* This figure excludes those who were absent without permission but their whereabouts were known.",
      ].join("\n"),
      [],
    ],
    [
      "a note that only restates the request changes nothing",
      "plain.csv",
      [...TABLE, "", "* Figures at questions 6 to 8 relate to looked after children only."].join("\n"),
      [],
    ],
  ])("%s", async (_what, file, text, want) => {
    expect(await flagged(file, text, ["label_outside_request", "figure_other_period", "period_approximate"])).toEqual(
      want,
    );
  });
});

describe("a note on a question named with its parts in brackets", () => {
  it("dates the parts' figures, not only the count they add up to", async () => {
    const text = [
      '"Please note: Q1 (1a and 1b) gives the trafficked children open to Children\'s Social Care as at 30 September 2015, not all children looked after during the period."',
      "Question,Trafficked children,UASC",
      "Q1a Identified as having been trafficked,2,",
      "Q1b Suspected of having been trafficked,1,",
      "Q5 Unaccompanied asylum seeking children looked after,,29",
    ].join("\n");
    expect(await flagged("NCC reply.csv", text, ["period_approximate"])).toEqual([
      "period_approximate trafficked_identified",
      "period_approximate trafficked_suspected",
    ]);
  });
});
