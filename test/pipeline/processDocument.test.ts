import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, list, para, table } from "../support/buildDocx.js";
import { buildOdt, listStyle, odtList, p } from "../support/buildOdt.js";
import { knowledge } from "../support/knowledge.js";

const QUESTION_1 =
  "How many unaccompanied asylum seeking children were looked after between 1 October 2014 and 30 September 2015? 46";
const QUESTION_2 = "How many of the children who went missing were unaccompanied asylum seeking children?";

/** The same letter as Word and as LibreOffice save it: a numbered question answered inline, then a table. */
const LETTERS = [
  {
    file: "Kent reply.docx",
    build: () =>
      buildDocx({
        numbering: list(1, [{ format: "decimal", text: "%1." }]),
        body: [
          para("Kent County Council"),
          para("Freedom of Information request FOI/2015/1234"),
          para(QUESTION_1, { numId: 1 }),
          para(QUESTION_2, { numId: 1 }),
          table([
            ["Group", "Number"],
            ["UASC who went missing", "5"],
          ]),
        ].join(""),
      }),
  },
  {
    file: "Kent reply.odt",
    build: () =>
      buildOdt({
        automaticStyles: listStyle("L1", [{ format: "1", suffix: "." }]),
        body:
          p("Kent County Council") +
          p("Freedom of Information request FOI/2015/1234") +
          odtList("L1", [QUESTION_1, QUESTION_2]) +
          "<table:table><table:table-row><table:table-cell><text:p>Group</text:p></table:table-cell><table:table-cell><text:p>Number</text:p></table:table-cell></table:table-row>" +
          "<table:table-row><table:table-cell><text:p>UASC who went missing</text:p></table:table-cell><table:table-cell><text:p>5</text:p></table:table-cell></table:table-row></table:table>",
      }),
  },
];

describe("a letter in Word or OpenDocument through the whole file pipeline", () => {
  it.each(LETTERS)("$file gives its figures and its authority", async ({ file, build }) => {
    const result = await processFile({ file, bytes: await build(), manifestCode: null }, knowledge());
    expect(result.authority?.code).toBe("E10000016");
    const figures = Object.fromEntries(result.facts.map((f) => [f.measure, f.value]));
    expect(figures).toEqual({ uasc_looked_after: 46, uasc_went_missing: 5 });
  });
});
