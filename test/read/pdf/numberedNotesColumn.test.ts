import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/read/readPdf.js";
import { buildPdf } from "./buildPdf.js";

async function rowsOf(lines: [number, number, string][]): Promise<string[]> {
  const { workbook } = await readPdf("Reply.pdf", buildPdf([lines]));
  const sheet = workbook?.sheets[0];
  return (sheet?.rows ?? []).map((row) => row.join(" | "));
}

const INTRO: [number, number, string][] = [
  [60, 780, "We write about your request for figures on children in our care in the year 2019. The"],
  [60, 766, "table below gives each of your questions, our figure and a note where one helps."],
];

/**
 * A borderless table of three columns: the question (some wrapped in its
 * narrow column), its figure, and a note that may open with a count.
 */
function table(notes: readonly string[]): [number, number, string][] {
  const questions: [number, string, string?][] = [
    [722, "1 Trafficked, in our care"],
    [704, "2 Of those, went missing"],
    [686, "3 Missing episodes of", "those children"],
    [656, "4 Separated migrant", "children in care"],
    [626, "5 Of those, went missing"],
    [608, "6 Missing episodes of", "those children"],
  ];
  const figures = ["8", "2", "6", "31", "3", "7"];
  const rows: [number, number, string][] = [...INTRO, [60, 740, "Question"], [215, 740, "Figure"], [315, 740, "Note"]];
  questions.forEach(([y, q, wrapped], i) => {
    rows.push([60, y, q], [215, y, figures[i] ?? ""], [315, y, notes[i] ?? ""]);
    if (wrapped) rows.push([60, y - 12, wrapped]);
  });
  rows.push([60, 560, "If you are unhappy with this reply you may ask us for an internal review."]);
  return rows;
}

describe("a pdf table whose note column opens some notes with a count", () => {
  it("keeps each question on the row of its figure when the notes' counts run out of order", async () => {
    // "3 Boys …", "1 Girl …", "5 Boys …", "3 Of them …": counts of children, never questions in order.
    const rows = await rowsOf(
      table([
        "3 Boys were also separated migrants",
        "1 Girl was missing more than once",
        "Every episode was under two days",
        "5 Boys left care at eighteen in 2019",
        "3 Of them are Eritrean nationals",
        "Each episode was told to the police",
      ]),
    );
    expect(rows.some((r) => r.includes("3 Missing episodes of") && r.includes("| 6"))).toBe(true);
    expect(rows.some((r) => r.includes("1 Trafficked, in our care") && r.includes("| 8"))).toBe(true);
  });

  it("keeps the table when the notes' counts happen to rise, as its rows share baselines across a figure", async () => {
    const rows = await rowsOf(
      table([
        "1 Boy was also a separated migrant",
        "2 Girls were missing more than once",
        "Every episode was under two days",
        "4 Boys left care at eighteen in 2019",
        "5 Of them are Eritrean nationals",
        "Each episode was told to the police",
      ]),
    );
    expect(rows.some((r) => r.includes("3 Missing episodes of") && r.includes("| 6"))).toBe(true);
    expect(rows.some((r) => r.includes("4 Separated migrant") && r.includes("| 31"))).toBe(true);
  });
});
