import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A letter that answers each question in a paragraph of its own, wrapped
 * over lines as a pdf's text is, and withholds one question's figure: the
 * withholding sentence starts at the end of the question's first line and
 * runs onto the next ("… in each of the periods. We / have not provided the
 * exact figure … (section 40(2))."). Looked for in one line alone the
 * sentence was never found, so its paragraph's question was lost and the
 * refusal of one question was taken for a refusal of the whole letter.
 */
describe("a refusal sentence wrapped over two lines of one question's paragraph", () => {
  const knowledge = loadKnowledge();
  const lines = [
    "Dear Requester",
    "Our response to each question is set out below.",
    "Question 4 – We hold a figure for the children still missing in each of the periods. We",
    "have not provided the exact figure as the number is so small that, combined with the nationality",
    "information requested, individual young people could be identified (section 40(2)).",
    "Yours sincerely",
  ];

  it("refuses that question's counts, not the whole request", async () => {
    const r = await processFile(
      { file: "Anytown reply.txt", bytes: text(lines.join("\n")), manifestCode: null },
      knowledge,
    );
    const codes = r.issues.map((i) => i.code);
    expect(codes).not.toContain("document_refused");
    const refused = r.issues.filter((i) => i.code === "value_refused").map((i) => i.measure);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused).not.toContain("uasc_looked_after");
  });
});
