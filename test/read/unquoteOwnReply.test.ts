import { describe, expect, it } from "vitest";
import { unquoteOwnEarlierReply } from "../../src/read/unquoteOwnReply.js";

/**
 * A council's clarification above its own earlier reply, quoted with ">"
 * (round 72). Left quoted, the earlier reply's lines ("> Q1a: 2021 - 3; …")
 * were labelled "> Q1a:", named no question, and the whole file seemed to
 * answer nothing. The quote is the council's own answer when its header
 * names a sender at the e-mail's own domain.
 */
const FROM = "West Lothian FOI <foi@westlothian.gov.uk>";

const thread = (sender: string) => [
  "Thank you for your e-mail asking us to clarify our answer to question 2b.",
  "",
  "-----Original Message-----",
  `From: ${sender}`,
  "Sent: 20 June 2024 09:12",
  "",
  "> Dear Research Team",
  ">",
  "> Q1a: 2021 - 3; 2022 - 5",
  "> Q1b: 2021 - 6; 2022 - 0",
  "",
  "Footer text",
];

describe("unquoteOwnEarlierReply", () => {
  it("takes the quote marks off the council's own earlier reply", () => {
    const got = unquoteOwnEarlierReply(thread("FOI <foi@westlothian.gov.uk>"), FROM);
    expect(got.slice(6)).toEqual([
      "Dear Research Team",
      "",
      "Q1a: 2021 - 3; 2022 - 5",
      "Q1b: 2021 - 6; 2022 - 0",
      "",
      "Footer text",
    ]);
    expect(got.slice(0, 6)).toEqual(thread("FOI <foi@westlothian.gov.uk>").slice(0, 6));
  });

  it("also when the quoted header is itself quoted", () => {
    const lines = ["Our clarification is above.", "", "> From: FOI <foi@westlothian.gov.uk>", "> Q1a: 2021 - 3"];
    expect(unquoteOwnEarlierReply(lines, FROM)).toEqual([
      "Our clarification is above.",
      "",
      "> From: FOI <foi@westlothian.gov.uk>",
      "Q1a: 2021 - 3",
    ]);
  });

  it("leaves a quoted message from anyone else quoted (the requester's request)", () => {
    const lines = thread("A Requester <research@example.org>");
    expect(unquoteOwnEarlierReply(lines, FROM)).toEqual(lines);
  });

  it("leaves a quote further down, below the council's unquoted reply, quoted", () => {
    const lines = [
      "Please see our reply below.",
      "-----Original Message-----",
      "From: FOI <foi@westlothian.gov.uk>",
      "Sent: 20 June 2024 09:12",
      "Q1a: 2021 - 3",
      "On 1 June 2024, A Requester wrote:",
      "> 1. From 1 January 2021 to 31 December 2021, how many children …",
    ];
    expect(unquoteOwnEarlierReply(lines, FROM)).toEqual(lines);
  });
});
