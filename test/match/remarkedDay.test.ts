import { describe, expect, it } from "vitest";
import { remarkedDayOf } from "../../src/match/remarkedPeriod.js";
import { request } from "../aggregate/fakeReturns.js";

/**
 * A figure's own remark "as at" a day (the 2015 request ends on 30
 * September 2015): a day that ends no requested period makes the figure a
 * count on that day, flagged; the period's own end, or a remark that is no
 * day, says nothing.
 */
describe("remarkedDayOf", () => {
  it.each([
    ["2 (as at 31 March 2016)", true],
    ["2 (as at 14/11/2015)", true],
    ["1 (as of 1 October 2015)", true],
    ["2 (as at 30 September 2015)", false],
    ["2 (as at 30/09/2015)", false],
    ["2 (1 of whom is still missing)", false],
    ["2", false],
  ])("%s: flagged %s", (text, flagged) => {
    expect(remarkedDayOf(text, request) !== null).toBe(flagged);
  });
});
