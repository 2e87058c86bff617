import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { compareReplies, latestReply, type ReplyTiming } from "../../src/assemble/orderReplies.js";
import type { FileResult } from "../../src/domain/facts.js";
import type { Source } from "../../src/domain/source.js";
import type { Workbook } from "../../src/domain/workbook.js";
import {
  findCorrectionNote,
  findRevisedName,
  readCorrectedFigures,
  readCorrectedNationalities,
} from "../../src/match/readCorrection.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const letter = (lines: string[], headers?: Workbook["headers"]): Workbook => ({
  file: "reply.txt",
  format: "txt",
  sheets: [{ name: "reply.txt", rows: lines.map((l) => [l]), merges: [] }],
  ...(headers ? { headers } : {}),
});
const sourceAt = (_s: number, row: number, col: number): Source => ({
  file: "reply.txt",
  format: "txt",
  sheet: "reply.txt",
  row,
  col,
});

describe("findCorrectionNote: a document that says it corrects an earlier reply", () => {
  it.each([
    [["Subject: FOI 7731 - correction to our response of 3 December 2015"], "2015-12-03"],
    [["I am writing to correct an error in our response to you of 3 December 2015."], "2015-12-03"],
    [["Unfortunately an error was made in our answer to question 8."], null],
    [["Our team has identified an error in the figures we provided."], null],
    [["Please disregard the figures sent on 12/11/2015; revised figures are below."], "2015-11-12"],
    [["Further to our response of 9 December 2015, the amended figures are:"], "2015-12-09"],
    [["Our performance team have identified an error in the spreadsheet we sent you."], null],
    [["There was an error in the table we provided on 2 December 2015."], "2015-12-02"],
    [["Subject: CORRECTION: FOI CBC-2015-1634 Trafficked and unaccompanied children"], null],
  ])("%j → a correction (of %s)", (lines, refersTo) => {
    const note = findCorrectionNote(letter(lines), knowledge().labels, sourceAt);
    expect(note?.refersTo).toBe(refersTo);
  });

  it.each([
    [["Thank you for your request of 3 December 2015.", "1. 4", "2. 0"]],
    [["The figures are correct as at 31 March 2015."]],
    [["Please see our response to question 1."]],
    [["Subject: Corrections to the Children Act: your FOI request"]],
    [["We have identified no errors in our data."]],
  ])("%j → not a correction", (lines) => {
    expect(findCorrectionNote(letter(lines), knowledge().labels, sourceAt)).toBeNull();
  });

  it("places the note on its own line, or on the first of two lines it is wrapped over, and places no other line", () => {
    const placed: number[] = [];
    const counting = (s: number, row: number, col: number): Source => {
      placed.push(row);
      return sourceAt(s, row, col);
    };
    const lines = ["Dear Requester", "Thank you.", "Please disregard", "the earlier figures.", "Yours"];
    expect(findCorrectionNote(letter(lines), knowledge().labels, counting)).toMatchObject({
      raw: "Please disregard",
      source: { row: 3, col: 1 },
    });
    const wrapped = ["Dear Requester", "Our team asks you to please", "disregard the figures above.", "Yours"];
    expect(findCorrectionNote(letter(wrapped), knowledge().labels, counting)).toMatchObject({
      raw: "Our team asks you to please disregard the figures above.",
      source: { row: 2, col: 1 },
    });
    // Only the line a note is on is given a place: a letter's other lines are not.
    expect(placed).toEqual([3, 2]);
  });

  it("reads an e-mail's Subject header", () => {
    const wb = letter(["Dear Requester", "Please see below."], {
      date: "Thu, 03 Dec 2015 09:12:44 +0000",
      subject: "RE: FOI/15/0812 - CORRECTION",
    });
    expect(findCorrectionNote(wb, knowledge().labels, sourceAt)).toMatchObject({
      raw: expect.stringMatching(/CORRECTION/u),
      source: null,
    });
  });
});

describe("readCorrectedFigures: each corrected figure, tied to its question", () => {
  const questions = knowledge().request.questions;
  it.each([
    [
      "named question, then the figure",
      [
        "Unfortunately an error was made in our answer to question 8 (how many",
        "are still missing). The figure given was 21; the correct figure is 27.",
      ],
      { uasc_not_found: 27 },
    ],
    [
      "restated questions, each with its figure and the old one",
      [
        "6. Of the unaccompanied asylum seeking children looked after, how many went missing at least once?",
        "6 (previously given as 4)",
        "7. How many missing episodes did these children have?",
        "11 (previously given as 6)",
      ],
      { uasc_went_missing: 6, uasc_missing_incidents: 11 },
    ],
    [
      "question in the sentence",
      ["The corrected answer to question 6 is: 12 children went missing."],
      { uasc_went_missing: 12 },
    ],
    ["Q-number, 'should read'", ["Q3: the figure should read 14, not 41."], { trafficked_missing_incidents: 14 }],
    [
      "the question itself 'should have read'",
      ["Question 6 should have read 14, not 11: 14 unaccompanied asylum seeking children went missing at least once."],
      { uasc_went_missing: 14 },
    ],
    [
      "'Qn should now be'",
      ["Having rechecked the log, Q7 should now be 30 and not 28."],
      { uasc_missing_incidents: 30 },
    ],
    ["no question named: nothing taken", ["The correct figure is 27."], {}],
    ["'the figure at Qn should read'", ["The figure at Q2 should read 7, not 9."], { trafficked_went_missing: 7 }],
    [
      "'the answer in question n should be … rather than …'",
      ["We miscounted: the answer in question 5 should be 30 rather than 33."],
      { uasc_looked_after: 30 },
    ],
    // The words before "should read" name only some of the question's children (girls
    // under 16, those missing more than once): their figure is not the question's whole answer.
    [
      "a part of the question's group, named in the words before 'should read'",
      [
        "Further to our answer to question 6, the number of unaccompanied asylum seeking children who went missing who were girls aged under 16 should read 4, not 6.",
      ],
      {},
    ],
    [
      "those missing more than once, under a question that asks for all who went missing",
      ["In question 2, the number of trafficked children who went missing more than once should read 3, not 5."],
      {},
    ],
    [
      "a question's own words are no part: question 8 asks who was not found",
      [
        "Question 8: the number of unaccompanied children who were still not found at 30 September should read 2, not 5.",
      ],
      { uasc_not_found: 2 },
    ],
    [
      "'It should read …, not …' after a sentence naming the question",
      [
        "Please accept our apologies: the figure given in our response of 2 December at Question 7 was incorrect. It should read 12, not 21.",
      ],
      { uasc_missing_incidents: 12 },
    ],
    [
      "'This should have been … rather than …'",
      ["Our answer to question 2 was wrong. This should have been 3 rather than 5."],
      { trafficked_went_missing: 3 },
    ],
    [
      "'was incorrect and should read …'",
      ["The answer to question 5 was incorrect and should read 30."],
      { uasc_looked_after: 30 },
    ],
    // "It should be …" with no old figure and no word of error states nothing corrected.
    ["'it should be' with no figure it replaces", ["Question 3: it should be 20 working days, not 10."], {}],
    // A date or a year "should read" is the period corrected, never the question's figure.
    ["a date that was wrong", ["Question 3: the end date was incorrect and should read 31 March 2016."], {}],
    ["a year, not another", ["Question 5: the year quoted is wrong; it should read 2015, not 2014."], {}],
    ["a financial year that was wrong", ["Question 5: the period was wrong and should be 2015/16."], {}],
  ])("%s", (_what, lines, want) => {
    const { facts } = readCorrectedFigures(letter(lines), knowledge().labels, questions, sourceAt);
    expect(Object.fromEntries(facts.map((f) => [f.measure, f.value]))).toEqual(want);
  });

  it.each([
    ["figure at Q4 should read 2, not 5", "5"],
    ["figure at Q4 should read 2", undefined],
  ])("%s: the old figure is read as %s", (line, old) => {
    const { decisions } = readCorrectedFigures(letter([line]), knowledge().labels, questions, sourceAt);
    expect(decisions[0]?.message.includes(`replacing ${old}`) ?? false).toBe(old !== undefined);
  });
});

describe("readCorrectedNationalities: a whole list restated after the verb", () => {
  const k = knowledge();
  const read = (lines: string[]) =>
    readCorrectedNationalities(letter(lines), k.labels, k.nationalities, k.request.nationalityGroups, sourceAt)
      .corrections.map((c) => `${c.group ?? "?"} ${c.nationality} ${c.value}`)
      .sort();
  it.each([
    [
      "wrapped between the verb and the list, no group named",
      ["The nationality figures at Q9 should read", "Syrian 4, Sudanese 1. Nothing else has changed."],
      ["? Sudanese 1", "? Syrian 4"],
    ],
    [
      "joined by 'and', the group named",
      ["The UASC nationalities should now read Eritrean 2 and Afghan 5."],
      ["uasc Afghan 5", "uasc Eritrean 2"],
    ],
    ["figures in brackets", ["The list is now: Albanian (3), Vietnamese (1)."], ["? Albanian 3", "? Vietnamese 1"]],
    ["amended to a list", ["The breakdown has been amended to Iraqi: 2, Iranian: 1."], ["? Iranian 1", "? Iraqi 2"]],
    [
      "'should therefore read', after the reason",
      ["The answer to question 9 should therefore read: Albanian (2), Afghan (2), Eritrean (1)."],
      ["? Afghan 2", "? Albanian 2", "? Eritrean 1"],
    ],
    ["'should instead be'", ["Question 9 should instead be Syrian 3, Iraqi 1."], ["? Iraqi 1", "? Syrian 3"]],
    ["question numbers are not nationalities", ["The answers should read Q6 3, Q7 10."], []],
    ["a name that is no nationality spoils the list", ["Figures should read Afghan 2, Kent 3."], []],
  ])("%s", (_what, lines, want) => {
    expect(read(lines)).toEqual(want);
  });
});

describe("compareReplies / latestReply: which reply is the later", () => {
  const reply = (file: string, date: string | null, correction = false): ReplyTiming => ({
    file,
    reply: { reference: null, date, advice: null, mentionsReview: false, heldBy: null },
    ...(correction ? { correction: { raw: "correction", refersTo: null, source: null } } : {}),
  });
  it.each([
    ["later date", reply("a", "2015-12-18"), reply("b", "2015-12-03"), 1],
    ["earlier date", reply("a", "2015-11-01"), reply("b", "2015-12-03"), -1],
    ["undated correction of a dated reply", reply("a", null, true), reply("b", "2015-12-03"), 1],
    ["same-day correction", reply("a", "2015-12-03", true), reply("b", "2015-12-03"), 1],
    ["two undated replies", reply("a", null), reply("b", null), null],
    ["two undated corrections", reply("a", null, true), reply("b", null, true), null],
    ["same date, neither a correction", reply("a", "2015-12-03"), reply("b", "2015-12-03"), null],
  ])("%s", (_what, a, b, want) => {
    expect(compareReplies(a, b)).toBe(want);
  });

  it("names a latest only when it is later than every other", () => {
    const a = reply("a", "2015-12-01");
    const b = reply("b", null);
    const c = reply("c", null, true);
    expect(latestReply([a, c])?.file).toBe("c");
    expect(latestReply([a, b])).toBeNull();
  });

  it("needs no order between two corrections that give the same figure (an e-mail and its '(corrected)' attachment)", () => {
    const original = { ...reply("reply.csv", "2015-12-01"), figure: 26 };
    const email = { ...reply("correction.eml", null, true), figure: 29 };
    const attachment = { ...reply("correction.eml#adoption (corrected).csv", null, true), figure: 29 };
    const agree = (x: { figure: number }, y: { figure: number }) => x.figure === y.figure;
    expect(latestReply([original, email, attachment])).toBeNull();
    expect(latestReply([original, email, attachment], agree)?.figure).toBe(29);
    // Two corrections that disagree still have no latest.
    expect(latestReply([original, email, { ...attachment, figure: 31 }], agree)).toBeNull();
  });
});

describe("a council's reply and its later correction, assembled", () => {
  const k = knowledge();
  const original = [
    "Somerset County Council",
    "Date: 9 December 2015",
    "5. Unaccompanied asylum seeking children looked after: 18",
    "6. Of the UASC, how many went missing at least once: 4",
    "7. Number of missing episodes: 6",
  ].join("\n");
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);
  const recordOf = (r: ReturnType<typeof assembleReturns>["returns"][number] | undefined, id: string) =>
    r?.values.find((v) => v.measure === id);

  it.each([
    [
      "a dated correction e-mail wins, with a warning naming the measure",
      [
        "Sent: 06 January 2016 09:18",
        "Subject: correction to our response of 9 December 2015",
        "6. Of the UASC, how many went missing at least once?",
        "6 (previously given as 4)",
      ],
      { status: "reported", value: 6 },
      "warning",
    ],
    [
      "an undated second reply that does not say it corrects: a conflict",
      ["Somerset County Council", "6. Of the UASC, how many went missing at least once: 5"],
      { status: "conflict" },
      "error",
    ],
  ])("%s", async (_what, later, want, severity) => {
    const files = [await read("a reply.txt", original), await read("b second.txt", later.join("\n"))];
    const ret = assembleReturns(files, k).returns.find((r) => r.authority.gss_code === "E10000027");
    expect(recordOf(ret, "uasc_went_missing")).toMatchObject(want);
    // Figures the second file does not give stay as the first gave them.
    expect(recordOf(ret, "uasc_looked_after")).toMatchObject({ status: "reported", value: 18 });
    // The returns disagree either way: a warning when the later one wins, an error when neither can.
    const raised = ret?.issues.filter((i) => i.measure === "uasc_went_missing" && i.code === "duplicate_conflict");
    expect(raised?.map((i) => i.severity)).toEqual([severity]);
  });
});

describe("a correction e-mail above the reply it corrects, in one file", () => {
  const read = (lines: string[]) =>
    processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E10000027" },
      knowledge(),
    );
  const original = [
    "-----Original Message-----",
    "Sent: 02 December 2015 10:02",
    "5. Unaccompanied asylum seeking children looked after: 8",
    "6. 4",
    "7. 21",
  ];

  it("uses the corrected figure and warns, naming the measure, that the file gives both", async () => {
    const r = await read([
      "Subject: RE: FOI-15-9932 - CORRECTION",
      "The figure given in our response of 2 December at Question 7 was incorrect. It should read 12, not 21.",
      "",
      ...original,
    ]);
    expect(r.facts.find((f) => f.measure === "uasc_missing_incidents")).toMatchObject({ value: 12 });
    expect(r.facts.find((f) => f.measure === "uasc_went_missing")).toMatchObject({ value: 4 });
    const raised = r.issues.filter((i) => i.code === "duplicate_conflict");
    expect(raised.map((i) => [i.measure, i.severity])).toEqual([["uasc_missing_incidents", "warning"]]);
  });

  it("raises nothing when the correction restates the figure the reply below gives", async () => {
    const r = await read([
      "Subject: RE: FOI-15-9932 - CORRECTION",
      "The figure given at Question 6 was incorrect. It should read 4, not 5.",
      "",
      ...original,
    ]);
    expect(r.issues.filter((i) => i.code === "duplicate_conflict")).toEqual([]);
  });
});

describe("a corrected figure stated with no other word of correction", () => {
  const read = async (lines: string[]) => {
    const text = ["Central Bedfordshire Council", "", ...lines].join("\n");
    const r = await processFile(
      { file: "Central Bedfordshire reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
      knowledge(),
    );
    return Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
  };

  it("takes the stated figure, never the old one its prose also gives", async () => {
    expect(
      await read([
        "The figure given for question 7 (number of missing episodes for unaccompanied asylum seeking children)",
        "was shown as 21. This was incorrect as it included episodes for children who had already left care.",
        "The correct figure is 12.",
      ]),
    ).toEqual({ uasc_missing_incidents: 12 });
  });

  it("leaves a letter that states no corrected figure as it was read", async () => {
    expect(await read(["7. Missing episodes of unaccompanied asylum seeking children: 21"])).toEqual({
      uasc_missing_incidents: 21,
    });
  });
});

describe("a corrected figure whose sentence names no question: the measure its own words name", () => {
  const k = knowledge();
  const read = (lines: string[]) =>
    Object.fromEntries(
      readCorrectedFigures(
        letter(lines),
        k.labels,
        k.request.questions,
        sourceAt,
        k.request.periods,
        k.request,
      ).facts.map((f) => [f.measure, f.value]),
    );
  it.each([
    [["The figure for UASC missing episodes should read 14, not 41."], { uasc_missing_incidents: 14 }],
    [["The number of UASC who went missing is therefore 9, not 8."], { uasc_went_missing: 9 }],
    // The measure spelled out at length, with the period's dates in it.
    [
      [
        "The number of unaccompanied asylum seeking children who went missing at least once between 1 October 2014 and 30 September 2015 should read 5, not 8.",
      ],
      { uasc_went_missing: 5 },
    ],
    // A measure named at length, as a letter restating the question does.
    [
      ["The number of missing episodes of unaccompanied asylum seeking children looked after should read 14, not 41."],
      { uasc_missing_incidents: 14 },
    ],
    // Words that name no one measure: nothing taken.
    [["The figure for the period should read 14, not 41."], {}],
    [["The total is therefore 9, not 8."], {}],
    // Words that name only some of the group's children (a sex, an age, a
    // length of absence, those found): their figure is not the measure's.
    [["The figure for UASC girls who went missing should read 3, not 4."], {}],
    [["The number of UASC aged 16-17 who went missing is 5, not 6."], {}],
    [["The number of UASC who went missing more than once is 5, not 6."], {}],
    [["The number of UASC who went missing for over 24 hours is 4, not 3."], {}],
    [["The number of UASC placed out of area who went missing is 4, not 3."], {}],
    [["The number of UASC who went missing and were found is 4, not 3."], {}],
  ])("%j → %j", (lines, expected) => {
    expect(read(lines)).toEqual(expected);
  });
});

describe("findRevisedName: a file whose name says it revises an earlier one", () => {
  it.each([
    ["FOI 4410 Annex A REVISED 06-01-2016.xlsx", true],
    ["returns.zip#FOI_1234_response_corrected.pdf", true],
    ["Amended figures FOI 2231.xlsx", true],
    ["FOI 77 - Correction.docx", true],
    ["FOI 77 response (reissued).pdf", true],
    ["FOI 4410 Annex A.xlsx", false],
    ["Response to your revised request FOI 881.pdf", false],
    ["FOI 881 amended question response.docx", false],
    ["Correct figures.xlsx", false],
  ])("%s → %s", (file, revised) => {
    const note = findRevisedName(file, knowledge().labels);
    expect(note !== null).toBe(revised);
    if (note) expect(note).toEqual({ raw: file.split("#").pop(), refersTo: null, source: null });
  });
});

describe("a revised annex beside the original, assembled", () => {
  const k = knowledge();
  const annex = (uascEpisodes: number) =>
    [
      "Somerset County Council - FOI 4410 - Annex A",
      "5. Unaccompanied asylum seeking children looked after: 18",
      `7. Number of missing episodes: ${uascEpisodes}`,
    ].join("\n");
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);
  const episodes = async (files: [string, number][]) => {
    const read2 = await Promise.all(files.map(([name, n]) => read(name, annex(n))));
    const ret = assembleReturns(read2, k).returns.find((r) => r.authority.gss_code === "E10000027");
    return {
      record: ret?.values.find((v) => v.measure === "uasc_missing_incidents"),
      severities: ret?.issues
        .filter((i) => i.measure === "uasc_missing_incidents" && i.code === "duplicate_conflict")
        .map((i) => i.severity),
    };
  };

  it("takes the figure of the file named as the revision, with a warning naming the measure", async () => {
    const got = await episodes([
      ["FOI 4410 Annex A.txt", 308],
      ["FOI 4410 Annex A REVISED 06-01-2016.txt", 290],
    ]);
    expect(got.record).toMatchObject({ status: "reported", value: 290 });
    expect(got.severities).toEqual(["warning"]);
  });

  it("keeps the conflict when both names say revised and nothing else tells which is later", async () => {
    const got = await episodes([
      ["FOI 4410 Annex A revised.txt", 308],
      ["FOI 4410 Annex A REVISED again.txt", 290],
    ]);
    expect(got.record).toMatchObject({ status: "conflict" });
    expect(got.severities).toEqual(["error"]);
  });
});
