import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

/** A PDF letter's lines, each with its page and line, as the PDF reader places them. */
function pdfSheet(lines: [page: number, text: string][]): Sheet {
  const count = new Map<number, number>();
  return {
    name: "letter.pdf",
    merges: [],
    rows: lines.map(([, t]) => [t]),
    lines: lines.map(([page]) => {
      const n = (count.get(page) ?? 0) + 1;
      count.set(page, n);
      return { kind: "prose" as const, place: `page ${page} line ${n}` };
    }),
  };
}

const FULL = "Of the unaccompanied children, 4 went missing at least once during the period, and they";

describe("a sentence broken by a page", () => {
  it("is joined across the page, however short its last line on the page", () => {
    const sheet = pdfSheet([
      [1, "The council looked after 9 unaccompanied asylum seeking children in the period and"],
      [1, "we have given the figures in the sentences below, one question after another."],
      [1, FULL],
      [1, "had, with a total"],
      [2, "of 10 missing episodes recorded. All of them have returned."],
    ]);
    const joined = joinWrappedLines(sheet, "pdf");
    expect(joined.sheet.rows[2]?.[0]).toBe(
      `${FULL} had, with a total of 10 missing episodes recorded. All of them have returned.`,
    );
    expect(joined.sheet.lines?.[2]?.place).toBe("page 1 line 3 – page 2 line 1");
  });

  it("a short line ending the page is not joined onto a running header in capitals", () => {
    const sheet = pdfSheet([
      [1, "The council looked after 9 unaccompanied asylum seeking children in the period and"],
      [1, "we have given the figures in the sentences below, one question after another."],
      [1, "Ref BC/FOI/3312 - Municipal Buildings"],
      [2, "Blackpool Council | Freedom of Information"],
    ]);
    expect(joinWrappedLines(sheet, "pdf").sheet.rows[2]).toEqual(["Ref BC/FOI/3312 - Municipal Buildings"]);
  });

  it("a short line within a page is still not joined", () => {
    const sheet = pdfSheet([
      [1, "The council looked after 9 unaccompanied asylum seeking children in the period and"],
      [1, "we have given the figures in the sentences below, one question after another."],
      [1, "with a total"],
      [1, "of 10 missing episodes recorded."],
    ]);
    expect(joinWrappedLines(sheet, "pdf").sheet.rows[2]).toEqual(["with a total"]);
  });
});
