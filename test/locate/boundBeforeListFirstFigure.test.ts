import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";
import { boundWordsBefore } from "../../src/locate/sheetGrid.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);
const approximateBefore = new RegExp(`(?:^|[\\s(:])(?:${vocab.approximate.join("|")})\\s*$`, "iu");
const bound = (text: string) => boundWordsBefore(text, approximateBefore);
const read = (text: string) => readPeriodSentences(text, [], "", [], bound);
/** What each figure read is, as the value reader takes it: never an exact count where a bound came first. */
const figures = (text: string) =>
  read(text).map((i) => {
    const p = parseValue(i.raw, vocab, 5);
    return `${i.period}:${p.status}:${p.value ?? ""}:${p.approximate ?? ""}`;
  });

describe("a bound or approximation before the first figure of a list by period", () => {
  it.each([
    "In 2019 our service supported more than 6 separated young people, 8 in 2020 and 3 in 2021.",
    "In 2019 our service supported more than six separated young people, 8 in 2020 and 3 in 2021.",
    "In 2019 our service supported in excess of 6 separated young people, 8 in 2020 and 3 in 2021.",
    "In 2019 our service supported at least six separated young people, 8 in 2020 and 3 in 2021.",
  ])("never reads the first as an exact count: %s", (text) => {
    // "more than" is no approximation word (a "more than 20 miles" heading is a label), so its figure is left
    // unread with an error; the others are approximate. Neither is ever an exact count.
    const got = figures(text);
    expect(got[0]).toMatch(/^2019:not_answered::(?:6)?$/u);
    expect(got.slice(1)).toEqual(["2020:reported:8:", "2021:reported:3:"]);
  });
  it("leaves the bound out of what the list counts", () => {
    expect(
      read("In 2019 our service supported over 6 separated young people, 8 in 2020 and 3 in 2021.")[0]?.label,
    ).toBe("our service supported separated young people");
  });
  it("reads an unqualified first figure as before", () => {
    expect(figures("In 2019 our service supported 6 separated young people, 8 in 2020 and 3 in 2021.")[0]).toBe(
      "2019:reported:6:",
    );
  });
});

describe("'no less than' / 'not fewer than' before a figure is a lower bound, never a small number", () => {
  it.each([
    "Our service supported no less than 6 separated young people in 2019, 8 in 2020 and 3 in 2021.",
    "Our service supported not fewer than 6 separated young people in 2019, 8 in 2020 and 3 in 2021.",
    "In 2019 our service supported not less than 6 separated young people, 8 in 2020 and 3 in 2021.",
  ])("%s", (text) => {
    const got = figures(text);
    expect(got[0]).toBe("2019:not_answered::6");
  });
  it("a figure-first count after 'more than' keeps the words with it", () => {
    expect(
      figures("Our service supported more than 6 separated young people in 2019, 8 in 2020 and 3 in 2021.")[0],
    ).toBe("2019:not_answered::");
  });
});
