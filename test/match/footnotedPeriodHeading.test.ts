import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, run } from "../support/buildDocx.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Q | Question | 2021 | 2022 | 2023 | 2024¹" and a Word footnote "¹ 1 January
 * to 30 April 2024. 2024 figures are provisional …" (round 83): the note
 * dates the column. A bare "2024" names no requested period when the request
 * asks for January to April 2024, so the column said no period and its
 * figures went uncounted.
 */
const cell = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const marked = (text: string) => `${run(text)}<w:r><w:footnoteReference w:id="1"/></w:r>`;

async function read(note: string): Promise<FileResult> {
  const body = `${para("Dear Requester")}<w:tbl><w:tblPr/>${[
    row(cell(run("Q")), cell(run("Question")), cell(run("2022")), cell(run("2023")), cell(marked("2024"))),
    row(
      cell(run("1c")),
      cell(run("Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.")),
      cell(run("62")),
      cell(run("65")),
      cell(run("25")),
    ),
  ].join("")}</w:tbl>${para("Yours sincerely")}`;
  const footnotes = `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${run(` ${note}`)}</w:p></w:footnote>`;
  return processFile(
    { file: "Anytown FOI reply.docx", bytes: await buildDocx({ body, footnotes }), manifestCode: "E06000066" },
    severalYears,
  );
}

const periodOf25 = (r: FileResult) => r.facts.find((f) => f.raw === "25")?.periodText;

describe("a year heading whose footnote gives its dates", () => {
  it("takes the note's period when the note opens with it", async () => {
    const r = await read("1 January to 30 April 2024. 2024 figures are provisional and are subject to validation.");
    expect(periodOf25(r)).toBe("2024¹ (1 January to 30 April 2024)");
  });

  it.each([
    ["a note that names the period later", "Figures are provisional; compare 1 January to 30 April 2023."],
    ["a note whose period is another year's", "1 January to 30 April 2023 for comparison."],
    ["a note with no period", "Figures are provisional and are subject to validation."],
  ])("leaves the heading alone: %s", async (_, note) => {
    expect(periodOf25(await read(note))).toBe("2024¹");
  });
});
