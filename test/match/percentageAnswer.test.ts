import { describe, expect, it } from "vitest";
import type { ParsedValue } from "../../src/domain/values.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readPercentageFigure, withoutOwnPercentages } from "../../src/match/percentageAnswer.js";

const reported = (value: number): ParsedValue => ({ status: "reported", value, lower: value, upper: value });

const vocab = loadKnowledge().labels;

describe("readPercentageFigure", () => {
  const read = (raw: string, value: number, labels: string[]) =>
    readPercentageFigure(raw, reported(value), labels, vocab);

  it("takes a figure written as a percentage, or under a label or header that says so", () => {
    expect(read("11.9%", 11.9, ["Children with three or more placements"])).toBe("points");
    expect(read("11.9 per cent", 11.9, [])).toBe("points");
    expect(read("0.5", 0.5, ["% CLA with 3+ placements"])).toBe("points");
    expect(read("10.4", 10.4, ["Three or more placements", "Percentage"])).toBe("points");
  });

  it("does not take a count whose sentence carries another figure's percentage", () => {
    const label = "31 children (11.9 per cent) had three or more placements during the year.";
    expect(read("31", 31, [label])).toBe("not_percentage");
    expect(withoutOwnPercentages(label, vocab)).not.toMatch(/per cent/u);
    expect(read("31", 31, ["Children with three or more placements"])).toBe("not_percentage");
  });

  it("takes a figure under a numbered question whose number stands before its '%' ('6. % of …')", () => {
    // Round 84: "6." and "%" were read as a figure with its own percent sign, so the label lost its "%".
    expect(read("34.4", 34.4, ["6. % of looked after children placed out of area", "2021/22"])).toBe("points");
    expect(withoutOwnPercentages("6. % placed out of area", vocab)).toMatch(/%/u);
    expect(withoutOwnPercentages("of whom 6.5% were placed", vocab)).not.toMatch(/%/u);
  });

  it.each([["Q3 % NEET"], ["Q6 % of looked after children placed out of area"], ["2c % placed out of area"]])(
    "takes a figure under a question code written against its '%%' (%s)",
    (label) => {
      // "Q3 %" was read as the number 3 with its own percent sign, so the label lost its "%" and the
      // figure went to the count of the same group.
      expect(read("28.5", 28.5, [label, "2021/22"])).toBe("points");
      expect(withoutOwnPercentages(label, vocab)).toMatch(/%/u);
    },
  );

  it("keeps a bare fraction under 'proportion' but says its scale is unclear", () => {
    expect(read("0.104", 0.104, ["3. Proportion of looked after children with 3+ placements"])).toBe("scale_unclear");
    expect(read("10.4", 10.4, ["Proportion of looked after children with 3+ placements"])).toBe("points");
  });
});
