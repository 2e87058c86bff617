import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * An e-mail whose figures are in its attachment, and whose text refuses only
 * the nationality breakdown ("Nationality (question 9): … section 40(2)"),
 * was taken for a refusal of the whole request: its "refused" then stood
 * for every figure the attachment left to be derived.
 */
describe("a letter that refuses only a question asking for no count", () => {
  const knowledge = loadKnowledge();
  const codes = async (lines: string[]) => {
    const r = await processFile(
      { file: "Merthyr Tydfil reply.txt", bytes: text(lines.join("\n")), manifestCode: null },
      knowledge,
    );
    return r.issues.map((i) => i.code);
  };
  const covering = "Thank you for your request. Please find the information in the attached spreadsheet.";

  it("is no refusal of the whole request", async () => {
    const refusal =
      "Nationality (question 9): we are unable to provide a breakdown by nationality, as the numbers in each group are small and could identify individuals (section 40(2)).";
    expect(await codes([covering, refusal])).not.toContain("document_refused");
  });

  it("is none when the paragraph opens with the question and the refusing clause follows a semicolon", async () => {
    // The refusing sentence is read up to the semicolon; the question it is about opens its paragraph.
    const refusal =
      "Question 9: the number of children is small and a breakdown by gender and nationality could identify them; this part of the request is refused under section 40(2).";
    expect(await codes([covering, refusal])).not.toContain("document_refused");
  });

  it("while a refusal of the counted questions still is", async () => {
    const refusal =
      "Questions 1 to 8: we are refusing this part of your request under section 12, as the cost of compliance would exceed the appropriate limit.";
    expect(await codes([covering, refusal])).toContain("document_refused");
  });
});
