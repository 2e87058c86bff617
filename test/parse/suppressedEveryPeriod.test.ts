import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadValueVocabulary } from "../../src/knowledge/values.js";
import { parseValue } from "../../src/parse/parseValue.js";

const vocab = loadValueVocabulary(KNOWLEDGE_DIR);

/**
 * "The number of children still missing is fewer than 5 in each of the periods.": a suppressed figure that
 * says it holds for every period asked about, the every-period words after the bound (the "5 or fewer in
 * each year" and "in each year the number was fewer than 5" shapes were already read). Read as suppressed
 * (1–4); the every-period words stay in the raw text, so the period stage gives it to each period.
 */
describe("parseValue: fewer than n in each period", () => {
  it.each<[string, number]>([
    ["Fewer than 5 in each of the periods.", 4],
    ["fewer than five in each year", 4],
    ["less than 5 in each of the three years", 4],
    ["The number of children still missing is fewer than 5 in each of the periods.", 4],
    ["The number is below 10 for all years", 9],
    ["fewer than 5 in both years", 4],
  ])("%s", (raw, upper) => {
    const v = parseValue(raw, vocab, 5);
    expect(v.status).toBe("suppressed");
    expect(v.lower).toBe(1);
    expect(v.upper).toBe(upper);
  });

  it("leaves a count in words it does not know unread", () => {
    expect(parseValue("fewer than 5 in each of the wards", vocab, 5).status).not.toBe("suppressed");
  });

  // "Across" the periods is a total over them, not a bound that holds in each;
  // "both" says each only after "in" or "for".
  it.each(["<5 across both years", "fewer than 5 across all years", "fewer than 5 during both years"])(
    "leaves %s unread as a bound in every period",
    (raw) => {
      expect(parseValue(raw, vocab, 5).status).not.toBe("suppressed");
    },
  );
});
