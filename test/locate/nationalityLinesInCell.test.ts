import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para } from "../support/buildDocx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A No./Question/Response table whose nationality answer is one cell of
 * several paragraphs: a heading naming the group, then one nationality a
 * line ("Afghan - 3"), then a line on the other group. Each paragraph is a
 * line of the list, as it would be in a letter's body.
 */
const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.map((p) => para(p)).join("")}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

async function run(answer: string[]): Promise<FileResult> {
  const body = `<w:tbl><w:tblPr/>${[
    row(cell("No."), cell("Question"), cell("Response")),
    row(
      cell("6"),
      cell("Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?"),
      cell("5"),
    ),
    row(
      cell("9"),
      cell("What are the nationalities of the trafficked and unaccompanied children who went missing?"),
      cell(...answer),
    ),
  ].join("")}</w:tbl>`;
  return processFile({ file: "Anytown reply.docx", bytes: await buildDocx({ body }), manifestCode: null }, knowledge());
}

const nationalities = (r: FileResult) =>
  r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value ?? n.status}`).sort();

describe("nationalities one a line in a table cell", () => {
  it.each([
    {
      name: "a group heading, then lines, then a refusal for the other group",
      answer: [
        "Unaccompanied asylum seeking children who went missing:",
        "Afghan - 3",
        "Albanian - 1",
        "Eritrean - 1",
        "Trafficked children: as the number is fewer than five we are not able to give a breakdown by nationality (section 40(2)).",
      ],
      want: ["uasc:Afghan:3", "uasc:Albanian:1", "uasc:Eritrean:1"],
    },
    {
      name: "a group heading and lines with colons",
      answer: ["UASC:", "Afghan: 2", "Eritrean: 3"],
      want: ["uasc:Afghan:2", "uasc:Eritrean:3"],
    },
  ])("reads $name", async ({ answer, want }) => {
    expect(nationalities(await run(answer))).toEqual(want);
  });
});
