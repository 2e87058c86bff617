import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { openSpanBefore } from "../../src/match/openSpanBefore.js";

const year2017: PeriodDef[] = [
  { id: "2017", start: "2017-01-01", end: "2017-12-31", label: "1 January 2017 to 31 December 2017" },
];

// A count "since" a day runs from that day to the reply; a day before the
// requested period means the count takes in children from before it.
describe("a count from a day before the requested period to the reply", () => {
  it.each([
    [
      "1c. Since 1 April 2016, when the council began to receive unaccompanied children, 6 unaccompanied asylum seeking children have been looked after by the council.",
      "Since 1 April 2016",
    ],
    ["since the 1st of April 2016 we have looked after 6", "since the 1st of April 2016"],
    ["6 children since 01/04/2016", "since 01/04/2016"],
  ])("%s", (text, said) => {
    expect(openSpanBefore(text, year2017)).toBe(said);
  });

  it.each([
    ["a day inside the period", "Since 1 March 2017, 4 children have gone missing."],
    ["no whole day", "Since 2016 we have looked after 6 children."],
    ["no since", "On 1 April 2016 the scheme began; 6 children were looked after in 2017."],
  ])("%s: nothing said", (_name, text) => {
    expect(openSpanBefore(text, year2017)).toBeNull();
  });
});
