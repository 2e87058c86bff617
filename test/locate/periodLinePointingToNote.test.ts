import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/**
 * "2018 – not held (see note)" / "2019 – 7" / "2020 – nil", a paragraph
 * each: lines of one list of periods. The pointer to a note kept the first
 * line out of the list, so the other two were joined without it ("2019 – 7,
 * 2020 – nil"), and neither the line reader nor the list reader read the
 * question's answer at all.
 */
describe("a period's line whose answer points to a note", () => {
  const sheetOf = (lines: string[]) => ({
    name: "reply.docx",
    merges: [],
    rows: lines.map((t) => [t]),
    lines: lines.map((_, i) => ({ kind: "prose" as const, place: `para ${i + 1}` })),
  });

  it.each(["not held (see note)", "Not held (see note above)", "not held (please see notes below)"])(
    "%s is an item of the list with the lines after it",
    (answer) => {
      const joined = joinWrappedLines(sheetOf([`2018 – ${answer}`, "2019 – 7", "2020 – nil"]), "docx");
      expect(joined.sheet.rows[0]).toEqual([`2018 – ${answer}, 2019 – 7, 2020 – nil`]);
    },
  );

  it("a remark that is no pointer keeps its line apart", () => {
    const joined = joinWrappedLines(
      sheetOf(["2018 – 4 (estimate from paper files)", "2019 – 7", "2020 – nil"]),
      "docx",
    );
    expect(joined.sheet.rows[0]).toEqual(["2018 – 4 (estimate from paper files)"]);
  });
});
