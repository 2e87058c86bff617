import { describe, expect, it } from "vitest";
import type { PdfLine } from "../../../src/read/pdf/buildLines.js";
import { unfoldColumns } from "../../../src/read/pdf/unfoldColumns.js";

/** A line of cells, each [text, x0]; its width does not matter here. */
function line(y: number, ...cells: [string, number][]): PdfLine {
  return {
    y,
    height: 11,
    text: cells.map(([t]) => t).join(" "),
    cells: cells.map(([text, x0]) => ({ text, x0, x1: x0 + 5 * text.length, parts: [] })),
  };
}

const texts = (lines: PdfLine[]) =>
  unfoldColumns(lines.map((l, k) => ({ line: l, at: k + 1 }))).map((n) => `${n.at}:${n.line.text}`);

/**
 * A letter's answers set in two columns of text: read across, "Questions 1
 * to 4 Question 7" was one line and the left column's "not held" was read
 * for the whole letter. Each column is read down, the left one first.
 */
describe("a page in two columns of text", () => {
  const left = 57;
  const right = 309;
  it("reads the left column, then the right", () => {
    const page = [
      line(760, ["Reference FOI 2015-1408. Response date: 4 December 2015.", left]),
      line(748, ["Questions 1 to 4", left], ["Question 7", right]),
      line(735, ["The council does not hold this", left], ["53 missing episodes were recorded.", right]),
      line(722, ["information in a recorded form: children", left], ["Question 8", right]),
      line(709, ["who may have been trafficked are not", left], ["The number is fewer than five. The", right]),
      line(696, ["separately recorded on our system.", left], ["numbers are so few that disclosure", right]),
      line(684, ["Question 5", left], ["could identify individuals.", right]),
      line(671, ["145 children were looked after.", left], ["Afghanistan 6, Eritrea 5, Vietnam 7.", right + 1]),
    ];
    expect(texts(page)).toEqual([
      "1:Reference FOI 2015-1408. Response date: 4 December 2015.",
      "2:Questions 1 to 4",
      "3:The council does not hold this",
      "4:information in a recorded form: children",
      "5:who may have been trafficked are not",
      "6:separately recorded on our system.",
      "7:Question 5",
      "8:145 children were looked after.",
      "2:Question 7",
      "3:53 missing episodes were recorded.",
      "4:Question 8",
      "5:The number is fewer than five. The",
      "6:numbers are so few that disclosure",
      "7:could identify individuals.",
      "8:Afghanistan 6, Eritrea 5, Vietnam 7.",
    ]);
  });

  it("leaves a table of labels and figures as it is", () => {
    const page = ["looked after", "went missing", "missing episodes", "still missing", "in total", "of whom"].map(
      (label, k) => line(700 - 13 * k, [`Children ${label}`, left], [String(k + 3), right]),
    );
    expect(texts(page)).toEqual(page.map((l, k) => `${k + 1}:${l.text}`));
  });

  it("leaves fewer lines than make two columns as they are", () => {
    const page = [
      line(748, ["Questions 1 to 4", left], ["Question 7", right]),
      line(735, ["The council does not hold this", left], ["53 missing episodes in the year.", right]),
      line(722, ["information in a recorded form here", left], ["Question 8", right]),
    ];
    expect(texts(page)).toEqual(page.map((l, k) => `${k + 1}:${l.text}`));
  });
});
