import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "For question 1(b), a further 0 in 2018, 0 in 2019 and 5 in 2020 were
 * suspected of having been trafficked but were not formally identified.": a
 * list of bare figures by year, and what they count said after the last one.
 * Only words closing the sentence were read as the list's (up to eight, no
 * comma), so these lists were left unread and every figure of them was lost
 * (Pembrokeshire, round 127).
 */
describe("words after a list of bare figures by year say what it counts", () => {
  it.each([
    [
      "For question 1(b), a further 0 in 2018, 0 in 2019 and 5 in 2020 were suspected of having been trafficked but were not formally identified.",
      ["2018|0", "2019|0", "2020|5"],
      "suspected of having been trafficked",
    ],
    [
      "Question 3: the trafficked children were the subject of 0 in 2018, 3 in 2019 and 2 in 2020 individual missing or absent incidents (3a).",
      ["2018|0", "2019|3", "2020|2"],
      "individual missing or absent incidents",
    ],
    [
      "Question 4: 1 in 2018, 1 in 2019 and 1 in 2020 of the children remain missing, including any who have since turned 18.",
      ["2018|1", "2019|1", "2020|1"],
      "of the children remain missing",
    ],
    [
      "In answer to question 2, 0 in 2018, 1 in 2019 and 1 in 2020 of the trafficked children went missing or absent (2a), as did 1 in 2018, 3 in 2019 and 5 in 2020 of the unaccompanied children (2b).",
      ["2018|0", "2019|1", "2020|1", "2018|1", "2019|3", "2020|5"],
      "went missing or absent",
    ],
  ])("%s", (sentence, expected, after) => {
    const items = readPeriodSentences(sentence);
    expect(items.map((i) => `${i.period}|${i.raw}`)).toEqual(expected);
    // The words after the list are in every figure's label (a length alone passed without them).
    for (const i of items) expect(i.label).toContain(after);
  });

  it.each([
    // More figures after the list are another list's, not words about this one.
    ["Of these, 2 in 2018 and 3 in 2019 went missing, and 4 were found within a day."],
    // A remark with a figure of its own after the list: more than words about it.
    ["2 in 2018, 3 in 2019 and 10 in 2020 incidents; the 2020 figure includes 3 children placed by other councils."],
    // A remark on a year the list does not give is not about its figures.
    ["There were 2 incidents in 2018 and 3 in 2019; the 2020 figure is not yet known."],
    // Words after the list holding a count of their own ("including 3 who went missing") are another figure,
    // not what the list counts: read as its words, the list was taken for children who went missing.
    ["20 in 2018, 25 in 2019 and 30 in 2020 unaccompanied children were looked after, including 3 who went missing."],
    [
      "20 in 2018, 25 in 2019 and 30 in 2020 unaccompanied children were looked after, including three who went missing.",
    ],
    // A second list with no words of its own does not say what it counts.
    ["0 in 2018 and 1 in 2019 of the trafficked children went missing, as did 1 in 2018 and 3 in 2019."],
  ])("leaves alone: %s", (sentence) => {
    expect(readPeriodSentences(sentence)).toEqual([]);
  });
});

const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

describe("a remark on one year's figure after the list", () => {
  it("goes with that year's figure, without its year, where the caveats read it", () => {
    const items = readPeriodSentences(
      "For unaccompanied children (3b) there were 4 incidents in 2018, 4 in 2019 and approximately 10 in 2020; the 2020 figure is an estimate because some episodes were recorded on paper during the pandemic.",
    );
    expect(items.map((i) => `${i.period}|${i.raw}|${i.label.includes("the figure is an estimate")}`)).toEqual([
      "2018|4|false",
      "2019|4|false",
      "2020|approximately 10|true",
    ]);
  });
});

describe("in a letter", () => {
  it("reads a list by the words after it, and says so where they name two parts of a question", async () => {
    const text = [
      "Dear Ms Lewis,",
      "",
      "In answer to question 1(a), the number of looked after children identified as having been trafficked or a victim of modern slavery was 2 in 2018, 4 in 2019 and 3 in 2020. For question 1(b), a further 0 in 2018, 0 in 2019 and 5 in 2020 were suspected of having been trafficked but were not formally identified.",
      "",
      "Question 4: 1 in 2018, 1 in 2019 and 1 in 2020 of the children remain missing, including any who have since turned 18.",
      "",
      "In answer to question 2, 0 in 2018, 1 in 2019 and 1 in 2020 of the trafficked children went missing or absent (2a), as did 1 in 2018, 3 in 2019 and 5 in 2020 of the unaccompanied children (2b).",
      "",
      "Yours sincerely,",
    ].join("\n");
    const read = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "W06000009" },
      knowledge,
    );
    const got = read.facts.map((f) => `${f.measure} ${f.raw}`).sort();
    expect(got).toEqual(
      expect.arrayContaining([
        "not_found 1",
        "trafficked_identified 4",
        "trafficked_went_missing 0",
        "uasc_went_missing 5",
      ]),
    );
    // "suspected … but were not formally identified" names two parts of one question: left unread, and said so,
    // never taken as the identified children's figures.
    expect(got.filter((f) => f.startsWith("trafficked_identified"))).toHaveLength(3);
    expect(read.issues.some((i) => i.message.includes('"5" in reply.txt'))).toBe(true);
  });
});

describe("words after the list that name no measure", () => {
  it("leave the list unread, not counted by the sentence's opening words", async () => {
    // "were placed out of area" is what the figures count; "Of the unaccompanied children looked after" is
    // only whom they are out of. Labelled by both, they were read as counts of children looked after.
    const text = [
      "Dear Ms Lewis,",
      "",
      "Of the unaccompanied children looked after, 2 in 2018, 3 in 2019 and 1 in 2020 were placed out of area.",
      "",
      "Yours sincerely,",
    ].join("\n");
    const read = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "W06000009" },
      knowledge,
    );
    expect(read.facts.map((f) => `${f.measure} ${f.raw}`)).toEqual([]);
  });
});
