import { describe, expect, it } from "vitest";
import { datedRemarkOf } from "../../src/parse/datedRemark.js";

describe("a figure then a bracketed remark giving its period", () => {
  it.each([
    ["2 (financial year 2017/18)", "financial year 2017/18"],
    ["24 (2017/18)", "2017/18"],
    ["3 (1 April 2017 – 31 March 2018)", "1 April 2017 – 31 March 2018"],
    ["11 (figures for 2016-17).", "figures for 2016-17"],
  ])("%s → remark %s", (line, remark) => {
    expect(datedRemarkOf(line)).toBe(remark);
  });

  it.each([
    // A remark with a count of its own is a sentence to read, not a period.
    "4 (1 of whom is still missing)",
    "5 (2 in 2017/18)",
    // A remark in words only, and a remark with no period at all.
    "2 (one episode each)",
    "7 (see note 3)",
    // Not a figure on its own line.
    "In 2017/18 there were 4 (four) children",
  ])("%s → no dated remark", (line) => {
    expect(datedRemarkOf(line)).toBeNull();
  });
});
