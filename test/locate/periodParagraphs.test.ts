import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readLetterFacts } from "../support/readLetterFacts.js";
import { homeEducationRequest } from "../support/requestKnowledge.js";

const LED = "In 2022/23, 412 children were home educated, from 530 notifications.";

describe("a paragraph per period: the sentences after the one naming the period go on about it", () => {
  it.each([
    [
      "an opening phrase that refers back, and a date in the period's own year",
      `${LED} Of these children, 150 were of primary school age and 262 of secondary school age; 31 had SEN support. At 31 March 2023, 288 children were still home educated.`,
      [
        "children were home educated|2022/23|412",
        "notifications|2022/23|530",
        "Of these children were of primary school age|2022/23|150",
        "Of these children of secondary school age|2022/23|262",
        "Of these children had SEN support|2022/23|31",
        "children were still home educated|2022/23|288",
      ],
    ],
    [
      "a nil sentence, and a sentence with no figure passed over",
      "In 2022/23, 412 children were home educated. We hope this helps. None had SEN support.",
      ["children were home educated|2022/23|412", "had SEN support|2022/23|None"],
    ],
    // Never guessed: the paragraph ends at a sentence naming another year or a figure that is not a count.
    [
      "a later sentence naming another year",
      "In 2022/23, 412 children were home educated. Of these, 150 were of primary school age. 90 more were notified in 2021.",
      ["children were home educated|2022/23|412", "Of these were of primary school age|2022/23|150"],
    ],
    [
      "a date in an opening phrase outside the period's years",
      "In 2022/23, 412 children were home educated. At 31 March 2021, 288 children were still home educated.",
      [],
    ],
    ["a figure that is not a count", "In 2022/23, 412 children were home educated. This was 12% more than before.", []],
    ["one sentence of one figure alone", "In 2022/23, 412 children were home educated.", []],
  ])("%s", (_name, text, expected) => {
    expect(readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`)).toEqual(expected);
  });
});

/** A letter's paragraphs as a pdf or a text file breaks them, one period each, the date split over two lines. */
const WRAPPED = [
  "In 2022/23, 412 children were recorded as home educated, from 530 notifications received. Of these",
  "children, 150 were of primary school age and 262 of secondary school age; 31 had SEN support. At 31",
  "March 2023, 288 children were still home educated.",
  "In 2023/24, 455 children were recorded as home educated, from 601 notifications received. Of these",
  "children, 170 were of primary school age and 285 of secondary school age; 40 had SEN support. At 31",
  "March 2024, 301 children were still home educated.",
];

describe("a letter's paragraph per period, wrapped over lines", () => {
  it("reads every clause of every paragraph for its period", async () => {
    expect(await readLetterFacts(homeEducationRequest(), WRAPPED)).toEqual([
      "ehe_children 2022/23 reported 412",
      "ehe_children 2023/24 reported 455",
      "ehe_notifications 2022/23 reported 530",
      "ehe_notifications 2023/24 reported 601",
      "ehe_open 2022/23 reported 288",
      "ehe_open 2023/24 reported 301",
      "ehe_primary_children 2022/23 reported 150",
      "ehe_primary_children 2023/24 reported 170",
      "ehe_secondary_children 2022/23 reported 262",
      "ehe_secondary_children 2023/24 reported 285",
      "ehe_sen_children 2022/23 reported 31",
      "ehe_sen_children 2023/24 reported 40",
    ]);
  });

  it("a count on one day in one sentence is a note on that sentence's figure, not the paragraph's", async () => {
    const text = ["Dear Requester,", "", ...WRAPPED, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      homeEducationRequest(),
    );
    const oneDay = r.issues.filter((i) => /count on one day/u.test(i.message)).map((i) => i.measure);
    expect(oneDay.filter((m) => m !== "ehe_open")).toEqual([]);
  });
});

describe("a letter of short lines: lists of periods and one long note", () => {
  const lines = [
    "1. Children home educated",
    "   2022/23: 412",
    "   2023/24: 455",
    "",
    "4. Had SEN support",
    "   2022/23: 6",
    "   2023/24: 7",
    "",
    "5. Still home educated at 31 March",
    "   2022/23: 288",
    "   2023/24: 301",
    "",
    "Where a figure is fewer than 5 (or fewer than 10 where a smaller number could be worked out) it has been",
    "suppressed to protect the identity of the children concerned.",
  ];

  it.each([
    ["2022/23: 6, 2023/24: 7", []],
    ["2021/22: fewer than 10, 2022/23: 6, 2023/24: 6", []],
    ["Children home educated on 30/09/2023", ["snapshot"]],
  ])("a period list is no date (23/6/2023), a date is: %s", (text, kinds) => {
    const vocab = homeEducationRequest().labels;
    const found = matchLabel(text, vocab).caveats.map((c) => vocab.caveats[c.index]?.kind);
    expect([...new Set(found)]).toEqual(kinds);
  });

  it("the one long line that stops on 'been' goes on onto the next, with no usual margin", async () => {
    const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      homeEducationRequest(),
    );
    // The note is read whole: its words run from the first line into the second.
    expect(r.decisions.map((d) => d.message)).toContainEqual(
      expect.stringContaining("it has been suppressed to protect the identity of the children concerned"),
    );
  });
});

describe("a list of periods whose items end in full stops", () => {
  it.each([
    [
      ["2. How many notifications did you receive?", "2022/23 - not held. 2023/24 - 601."],
      ["ehe_notifications 2022/23 not_held", "ehe_notifications 2023/24 reported 601"],
    ],
    [
      ["2. How many notifications did you receive?", "2022/23 - 530. 2023/24 - 601."],
      ["ehe_notifications 2022/23 reported 530", "ehe_notifications 2023/24 reported 601"],
    ],
  ])("%j", async (lines, expected) => {
    expect(await readLetterFacts(homeEducationRequest(), lines)).toEqual(expected);
  });
});
