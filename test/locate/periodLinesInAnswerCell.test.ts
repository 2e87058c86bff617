import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import type { Sheet } from "../../src/domain/workbook.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { spreadPeriodLineCells } from "../../src/locate/spreadPeriodLineCells.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para } from "../support/buildDocx.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * A "Question | Answer" table whose answer cells give a period a line
 * ("2021 – 0 (nil)" / "2022 – 8" / …, round 83). Read as one cell, the
 * answer was four figures run together and none was read; each line is a
 * period and its figure, as in a letter written without the table.
 */
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map((p) => para(p)).join("")}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

async function run(rows: string[][]): Promise<FileResult> {
  const body = `${para("Our response is given in the table below.")}<w:tbl><w:tblPr/>${[
    row(cell("Question"), cell("Answer")),
    ...rows.map(([q, ...answer]) => row(cell(q ?? ""), cell(...answer))),
  ].join("")}</w:tbl>${para("Yours sincerely")}`;
  return processFile(
    { file: "Anytown FOI reply.docx", bytes: await buildDocx({ body }), manifestCode: "E06000065" },
    severalYears,
  );
}

const figures = (r: FileResult, measure: string) =>
  r.facts
    .filter((f) => f.measure === measure && f.status !== "not_answered")
    .map((f) => `${f.periodText} ${f.status} ${f.value ?? ""}`)
    .sort();

describe("an answer cell that gives a period a line", () => {
  it("reads each line as its period's figure, the question beside it saying what is counted", async () => {
    const r = await run([
      [
        "1a. Identified as having been trafficked or a victim of modern slavery.",
        "2021 – 0 (nil)",
        "2022 – 8",
        "2023 – 3",
        "2024 (1 January – 30 April) – 0 (nil)",
      ],
      [
        "2b. Identified as an UASC or separated child and that have gone missing or absent.",
        "2021 – 10",
        "2022 – 5",
        "2023 – <5",
        "2024 (1 January – 30 April) – 6",
      ],
    ]);
    expect(figures(r, "trafficked_identified")).toEqual([
      "2021 reported 0",
      "2022 reported 8",
      "2023 reported 3",
      "2024 (1 January – 30 April) reported 0",
    ]);
    expect(figures(r, "uasc_went_missing")).toEqual([
      "2021 reported 10",
      "2022 reported 5",
      "2023 suppressed ",
      "2024 (1 January – 30 April) reported 6",
    ]);
    const source = r.facts.find((f) => f.measure === "uasc_went_missing" && f.periodText === "2022")?.sources[0];
    expect(source?.place).toBe("table 1 row 3 col 2 lines 1–4");
  });
});

describe("spreadPeriodLineCells", () => {
  const sheet = (rows: string[][]): Sheet => ({
    name: "reply",
    rows,
    merges: [],
    lines: rows.map((_, i) => ({ kind: "table", place: `table 1 row ${i + 1}` })),
  });

  it("lays the row out as the question's line and a line a period", () => {
    const out = spreadPeriodLineCells(
      sheet([
        ["Question", "Answer"],
        ["1c. UASC looked after", "2021: 55\n2022: 60"],
      ]),
    );
    expect(out.spread).toEqual([2]);
    expect(out.sheet.rows).toEqual([["Question", "Answer"], ["1c. UASC looked after"], ["2021: 55"], ["2022: 60"]]);
    expect(out.sheet.lines?.map((l) => `${l.kind} ${l.place}`)).toEqual([
      "table table 1 row 1",
      "prose table 1 row 2 col 1",
      "prose table 1 row 2 col 2 line 1",
      "prose table 1 row 2 col 2 line 2",
    ]);
  });

  it.each<[string, string[]]>([
    ["a heading line above the periods", ["UASC by nationality:\n2021: Iranian 8\n2022: Afghan 1"]],
    ["a sentence after them", ["2021: 5\n2022: 6\nFigures for 2022 are provisional and may change."]],
    ["one period only", ["2021: 5"]],
    ["a period named twice", ["2021: 5\n2021: 6"]],
    ["a line of years", ["2021 – 2022\n2022 – 2023"]],
  ])("leaves the cell whole: %s", (_, [answer]) => {
    const rows = [["1c. UASC looked after", answer ?? ""]];
    expect(spreadPeriodLineCells(sheet(rows)).spread).toEqual([]);
  });

  it("leaves rows of three cells and sheets with no document lines alone", () => {
    expect(spreadPeriodLineCells(sheet([["1c", "UASC", "2021: 5\n2022: 6"]])).spread).toEqual([]);
    const csv: Sheet = { name: "reply", rows: [["1c. UASC", "2021: 5\n2022: 6"]], merges: [] };
    expect(spreadPeriodLineCells(csv).spread).toEqual([]);
  });
});
