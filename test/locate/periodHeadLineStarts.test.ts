import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";

function textSheet(lines: string[]): Sheet {
  return { name: "reply.txt", merges: [], rows: lines.map((t) => [t]) };
}

/**
 * A letter's nationality answer a period a line ("2018: trafficked: Albanian
 * (1); unaccompanied: …" / "2019: …"): each line runs to the margin with no
 * stop, and the next opens with a digit, so the lines were joined as one
 * wrapped sentence, and each year ran into the last item of the line before
 * ("Sudanese (1) 2019: trafficked: Albanian (1)").
 */
describe("a line opening with its own period and a colon starts a line of its own", () => {
  it("after a long line that also opened with its period", () => {
    const lines = [
      "5. Nationality of the children who went missing, by year, as the council's case records give it:",
      "   2018: trafficked: Albanian (1); unaccompanied: Eritrean (2), Afghan (1), Albanian (1), Sudanese (1)",
      "   2019: trafficked: Albanian (1); unaccompanied: Afghan (1), Eritrean (1), Sudanese (1), Iraqi (1)",
      "   2020: trafficked: British (1); unaccompanied: Afghan (2)",
      "If you are unhappy with the way your request has been handled you can ask for an internal review of it.",
    ];
    const joined = joinWrappedLines(textSheet(lines), "txt");
    expect(joined.sheet.rows.map((r) => r[0] ?? "")).toEqual(lines);
  });

  it.each([
    [
      "months in brackets",
      "2020 (Jan-Sep): trafficked - Albanian 1; UASC - Afghan 1, Albanian 1, Egyptian 1, Eritrean 2",
    ],
    ["a part-year in brackets", "2024 (1 January to 30 April): UASC - Afghan 1, Albanian 1, Eritrean 2, Iraqi 2"],
  ])("after a long line, when the next period's year has %s before its colon", (_, last) => {
    const lines = [
      "5) Nationality of the children who went missing:",
      "    2018: trafficked - Albanian 1, Eritrean 1, Other 1, Vietnamese 1; UASC - Albanian 2, Eritrean 2, Iraqi 1, Sudanese 1",
      "    2019: trafficked - Albanian 1, British 1; UASC - Afghan 2, Albanian 1, Eritrean 1, Sudanese 1, Syrian 2, Vietnamese 1",
      `    ${last}`,
    ];
    const joined = joinWrappedLines(textSheet(lines), "txt");
    expect(joined.sheet.rows.map((r) => r[0] ?? "")).toEqual(lines);
  });

  it("still joins a list of periods one short figure a line", () => {
    const lines = ["1a) Identified as trafficked:", "2018 – 3", "2019 – 4", "2020 – 5"];
    const joined = joinWrappedLines(textSheet(lines), "txt");
    expect(joined.sheet.rows[1]?.[0]).toBe("2018 – 3, 2019 – 4, 2020 – 5");
  });
});
