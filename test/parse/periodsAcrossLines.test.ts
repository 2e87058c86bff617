import { describe, expect, it } from "vitest";
import { periodsAcrossLines } from "../../src/parse/periodsAcrossLines.js";

describe("periodsAcrossLines", () => {
  it.each([
    [
      "financial year cut after the end month",
      [
        "financial year. The figures below therefore cover the financial year 1 April 2014 to 31 March",
        "2015, which is the most recent complete year we hold.",
      ],
      { start: "2014-04-01", end: "2015-03-31", line: 0 },
    ],
    [
      "range cut after its connector",
      [
        "Please note that the information we hold covers the period from 1 January 2015 to",
        "30 June 2015 only, as our system changed.",
      ],
      { start: "2015-01-01", end: "2015-06-30", line: 0 },
    ],
    [
      "year ending cut before its date",
      [
        "The numbers given in the table below relate to the twelve months ending",
        "31 March 2015 as reported to the Department.",
      ],
      { start: "2014-04-01", end: "2015-03-31", line: 0 },
    ],
  ])("%s", (_name, lines, want) => {
    expect(periodsAcrossLines(lines)).toEqual([expect.objectContaining(want)]);
  });

  it.each([
    [
      "a period wholly on one line",
      ["The figures cover 1 October 2014 to 30 September 2015 as you asked for in your", "request of 14 October 2015."],
    ],
    ["a short line (a heading or table row)", ["1 April 2014 to", "31 March 2015"]],
    [
      "a line that ends its sentence",
      ["We hold records on our case management system from 1 April 2014.", "31 March 2015 was the date we changed."],
    ],
    [
      "a line that ends its sentence, then spaces",
      [
        "We hold records on our case management system from 1 April 2014; \t ",
        "31 March 2015 was the date we changed.",
      ],
    ],
    [
      "a line that opens a list, then a non-breaking space",
      [
        "Our case management system holds these records from 1 April 2014:\u00a0",
        "31 March 2015 was the date we changed.",
      ],
    ],
  ])("nothing from %s", (_name, lines) => {
    expect(periodsAcrossLines(lines)).toEqual([]);
  });
});
