import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";
import { sentenceYearPeriod } from "../../src/parse/sentenceYear.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/**
 * Ealing and Bedford (round 165): "142 children looked after at any point in 2017" and "no looked after
 * child was identified or suspected as trafficked in 2017." in a table's answer column. The year looked like a
 * second count, so the answer was left unread (and Ealing's row, holding no figure, became a header over the
 * rows below it). The year a sentence names after "in", "during" or "throughout" is the period it counts.
 */
describe("parseValue: a count's sentence naming the one year it counts", () => {
  it.each([
    ["142 children looked after at any point in 2017", 142],
    ["6 children went missing during 2017", 6],
    ["There were 4 such children during the calendar year 2017.", 4],
  ])("%s is %i", (raw, value) => {
    const v = parseValue(raw, vocab, 5);
    expect([v.status, v.value, v.unparsed ?? false]).toEqual(["reported", value, false]);
    expect(v.note).toContain("names the year it counts");
  });

  it.each([
    "3 children went missing in 2016 and 4 in 2017",
    "6 children went missing in 2017/18",
    "5 children since 2017",
    "3 children looked after in 2017, compared with 2016",
    // Found by the second reading: each is another span than the calendar year, read as exact 2017 before.
    "3 children looked after at any point in 2017 financial year",
    "14 children looked after at any point during 2017 academic year",
    "2 children went missing in 2017 (April to March)",
    "3 children looked after at any point in 2017 onwards",
    "14 children looked after at any point in 2017 so far",
    "2 children went missing in 2017 and since",
    "3 children looked after at any point in 2017 to date",
    // Round 64's Cardiff: a nil in words is the nil readings' to place by the questions the sentence names.
    "No looked after child was identified or suspected as trafficked in 2018",
    "No looked after child was identified or suspected as trafficked in 2018, so the answer to questions 1a, 1b, 2a and 3a for 2018 is zero.",
  ])("%s stays unread", (raw) => {
    expect(parseValue(raw, vocab, 5).unparsed).toBe(true);
  });

  // The year is kept for the match stage to hold against the request's period.
  it("gives the year as a period", () => {
    expect(sentenceYearPeriod("142 children looked after at any point in 2016")).toEqual({
      raw: "in 2016",
      start: "2016-01-01",
      end: "2016-12-31",
    });
    expect(sentenceYearPeriod("142 children")).toBeNull();
  });
});
