import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import type { Sheet } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { joinWrappedLines } from "../../src/locate/joinWrappedLines.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** The 2021–2024 round: questions 1a to 4 over four periods. */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/** A PDF letter's lines on page 1, as the PDF reader places them. */
function pdfSheet(lines: string[]): Sheet {
  return {
    name: "letter.pdf",
    merges: [],
    rows: lines.map((t) => [t]),
    lines: lines.map((_, i) => ({ kind: "prose" as const, place: `page 1 line ${i + 1}` })),
  };
}

async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Sample Borough Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, k);
}

/**
 * A bilingual letter set in two narrow columns (one language each) wraps every numbered question well
 * short of any page margin: "2c. Separated children also identified or suspected as" / "trafficked: 2021:
 * 0; 2022: 0; …". Read line by line, the question's last word ("trafficked:") is taken for its label, and a
 * question about separated children who were trafficked is read as the trafficked whole. A numbered
 * question's line with no figure, no closing stop, ending on a word a sentence does not end on, goes on
 * onto a line that opens in lower case with the rest of the label, its colon and the answers by period.
 */
describe("a numbered question wrapped in a narrow column before its answers by period", () => {
  const LINES = [
    "Dear Requester,",
    "3c. Unaccompanied asylum-seeking (UASC) or",
    "separated children: 2021: 7; 2022: 8; 2023: 9; 1",
    "January – 30 April 2024: 3",
    "3d. UASC who were also identified or suspected as",
    "trafficked: 2021: none; 2022: none; 2023: none; 1",
    "January – 30 April 2024: none",
    "4a. Trafficked children who went missing or",
    "absent: 2021: 2; 2022: 0; 2023: 0; 1 January –",
    "30 April 2024: 0",
    "4b. UASC who went missing or absent: 2021: 3;",
    "2022: none; 2023: 1; 1 January – 30 April 2024: none",
  ];

  it("joins the question's lines with its answers", () => {
    const joined = joinWrappedLines(pdfSheet(LINES), "pdf");
    expect(joined.sheet.rows[4]?.[0]).toBe(
      "3d. UASC who were also identified or suspected as trafficked: 2021: none; 2022: none; 2023: none; 1 January – 30 April 2024: none",
    );
    expect(
      joined.sheet.rows[1]?.[0]?.startsWith("3c. Unaccompanied asylum-seeking (UASC) or separated children:"),
    ).toBe(true);
  });

  it("joins a list broken inside its last period's range, and one broken after its first period's answer", () => {
    const joined = joinWrappedLines(pdfSheet(LINES), "pdf");
    expect(joined.sheet.rows[7]?.[0]).toBe(
      "4a. Trafficked children who went missing or absent: 2021: 2; 2022: 0; 2023: 0; 1 January – 30 April 2024: 0",
    );
    expect(joined.sheet.rows[10]?.[0]).toBe(
      "4b. UASC who went missing or absent: 2021: 3; 2022: none; 2023: 1; 1 January – 30 April 2024: none",
    );
  });

  it("leaves a numbered heading over a sentence in lower case apart when the heading ends on no small word", () => {
    const joined = joinWrappedLines(
      pdfSheet(["Dear Requester,", "3. Missing episodes", "none were recorded: 2021."]),
      "pdf",
    );
    expect(joined.sheet.rows[1]).toEqual(["3. Missing episodes"]);
  });

  it("reads the UASC question as the trafficked UASC, never as the trafficked whole", async () => {
    const r = await readLetter(LINES);
    const exact = r.facts.filter((f) => f.status === "reported");
    expect(exact.filter((f) => f.measure === "trafficked_looked_after")).toEqual([]);
    expect(exact.filter((f) => f.measure === "uasc_trafficked_looked_after").map((f) => f.value)).toEqual([0, 0, 0, 0]);
    expect(exact.filter((f) => f.measure === "trafficked_went_missing").map((f) => f.value)).toEqual([2, 0, 0, 0]);
    expect(exact.filter((f) => f.measure === "uasc_went_missing").map((f) => f.value)).toEqual([3, 0, 1, 0]);
  });
});
