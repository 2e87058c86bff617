import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/** A plain-text e-mail's lines, wrapped at its margin. */
function emailSheet(lines: string[]): Sheet {
  return {
    name: "reply.eml",
    merges: [],
    rows: lines.map((t) => [t]),
    lines: lines.map((_, k) => ({ kind: "prose" as const, place: `body line ${k + 1}` })),
  };
}

const OPENING = [
  "Thank you for your request received on 15 May 2018. Our answers are for 1 January 2017 to 31 December 2017",
  "unless stated otherwise. In this response looked after means children looked after or accommodated by us",
];

// "… under the National Transfer" / "Scheme, 6 unaccompanied …": a name in
// capitals broken at the margin goes on to the next line, so the figure
// keeps the start of its sentence (and the period that opens it).
describe("a name in capitals broken at the margin", () => {
  it("joins the line that goes on with the name's last word", () => {
    const head =
      "1c. Since 1 April 2016, when the council began to receive unaccompanied children under the National Transfer";
    const rows = joinWrappedLines(
      emailSheet([
        ...OPENING,
        head,
        "Scheme, 6 unaccompanied asylum seeking children have been looked after by the council.",
      ]),
      "eml",
    ).sheet.rows;
    expect(rows[2]?.[0]).toBe(
      `${head} Scheme, 6 unaccompanied asylum seeking children have been looked after by the council.`,
    );
  });

  // "… through the National Referral" / "Mechanism.": the name's last word
  // alone with the sentence's stop ends the restated question, which the
  // figures on the next line answer.
  it("joins a name's last word alone on the next line with its stop", () => {
    const head = "1a. Identified as having been trafficked, including those identified through the National Referral";
    const rows = joinWrappedLines(emailSheet([...OPENING, head, "Mechanism.", "2021: 6; 2022: 6; 2023: 3."]), "eml")
      .sheet.rows;
    expect([rows[2]?.[0], rows[4]?.[0]]).toEqual([`${head} Mechanism.`, "2021: 6; 2022: 6; 2023: 3."]);
  });

  // "… through the National" / "Referral Mechanism.": the name's last two
  // words with the stop are no heading of their own either.
  it("joins a name's last two words alone on the next line with its stop", () => {
    const head = "1a. Identified as having been trafficked, including those identified through the National";
    const rows = joinWrappedLines(
      emailSheet([...OPENING, head, "Referral Mechanism.", "2021: 6; 2022: 6; 2023: 3."]),
      "eml",
    ).sheet.rows;
    expect([rows[2]?.[0], rows[4]?.[0]]).toEqual([`${head} Referral Mechanism.`, "2021: 6; 2022: 6; 2023: 3."]);
  });

  it("leaves a new sentence or heading in capitals on its own line", () => {
    const head =
      "1c. We looked after unaccompanied asylum seeking children who came to us through the National Transfer";
    const rows = joinWrappedLines(emailSheet([...OPENING, head, "Question 2 Went missing: 4"]), "eml").sheet.rows;
    expect(rows[3]).toEqual(["Question 2 Went missing: 4"]);
  });
});
