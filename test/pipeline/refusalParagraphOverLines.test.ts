import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A letter that wraps its paragraphs over lines, with no blank line between
 * them, names the question it refuses at the paragraph's start and says
 * "refusing" two lines further down: read from the refusing line alone, the
 * refusal of one question was taken for one of the whole request.
 */
describe("a refusal of one question whose paragraph wraps over lines", () => {
  const knowledge = loadKnowledge();
  const run = (lines: string[]) =>
    processFile(
      { file: "Anytown Council FOI reply.txt", bytes: text(lines.join("\n")), manifestCode: null },
      knowledge,
    );
  const opening = [
    "Anytown Council",
    "Dear Requester",
    "Thank you for your request. Our response to questions 1 and 2 is given below.",
  ];

  it("is a refusal of that question's counts, not of the whole request", async () => {
    const r = await run([
      ...opening,
      "Question 3 – The number of individual missing or absent incidents is not held in a reportable format",
      "for these cohorts. To identify the incidents would require a manual review of each child's case record",
      "and of each missing notification, which we estimate would take well over 18 hours. We are therefore",
      "refusing this part of the request under section 12 of the Freedom of Information Act 2000.",
      "Yours sincerely",
    ]);
    const codes = r.issues.map((i) => i.code);
    expect(codes).not.toContain("document_refused");
    const refused = r.issues.filter((i) => i.code === "value_refused").map((i) => i.measure);
    expect(refused.length).toBeGreaterThan(0);
    const q3 = knowledge.request.questions.filter((q) => /^3[a-z]?$/u.test(q.number)).flatMap((q) => q.measures);
    expect(refused.every((m) => m !== undefined && q3.includes(m))).toBe(true);
  });

  it("a paragraph that ends its sentence before the refusing line keeps its own scope", async () => {
    const r = await run([
      ...opening,
      "Question 3 – The number of individual missing or absent incidents is given in the attached table.",
      "We are therefore refusing your request under section 12 of the Freedom of Information Act 2000,",
      "as the cost of compliance would exceed the appropriate limit.",
    ]);
    expect(r.issues.map((i) => i.code)).toContain("document_refused");
  });
});
