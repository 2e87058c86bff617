import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });

const run = (lines: string[]): Promise<FileResult> =>
  processFile(
    {
      file: "Anytown FOI 2024-77.txt",
      bytes: new TextEncoder().encode(`${lines.join("\n")}\n`),
      manifestCode: "E06000051",
    },
    k,
  );

const LETTER = [
  "Anytown Council",
  "",
  "Question 3b – In 2021 there were 37, in 2022 10, in 2023 4 and between January and April 2024 0 individual incidents.",
  "",
];

/**
 * "Question 4 – The number of children still missing is fewer than 5 in each of the periods. We have not
 * provided the exact figure as …, combined with the nationality information requested, …": the paragraph
 * answers question 4, and names nationality only in its reasons. It is no list of nationalities.
 */
describe("a count's answer whose reasons name nationality", () => {
  it("is read as the count's answer, not as a nationality paragraph", async () => {
    const r = await run([
      ...LETTER,
      "Question 4 – The number of children still missing is fewer than 5 in each of the periods. We have not provided the exact figure as the number is so small that, combined with the nationality information requested, individual young people could be identified (section 40(2)).",
    ]);
    const notFound = r.facts.filter((f) => f.measure === "not_found");
    expect(notFound.length).toBeGreaterThan(0);
    expect(notFound.every((f) => f.status === "suppressed")).toBe(true);
    expect(r.issues.some((i) => i.code === "layout_unknown" && /lists nationalities/u.test(i.message))).toBe(false);
  });

  it("still reads a paragraph that opens by naming nationality as being about nationality", async () => {
    const r = await run([
      ...LETTER,
      "Question 5 – All of the unaccompanied children were non-EU nationals. We are unable to give 2 breakdowns for the reasons set out at question 4.",
    ]);
    expect(r.facts.filter((f) => f.status === "reported" && f.value === 2)).toEqual([]);
  });

  it("reads a cost refusal of the nationality question as its refusal: its sums are no count", async () => {
    const r = await run([
      ...LETTER,
      "5. For all of the above please provide a breakdown of these numbers by gender",
      "and nationality of the child (e.g. British, Vietnamese, etc.) If identification is a",
      "concern due to small numbers involved please give the total figures and specify",
      "whether the child is British / an EU national / non EU national.",
      "Anytown Council has considered this part of your request and concluded that the cost of",
      "complying with it would be more than £600. Nationality is held only in the free-text of",
      "individual case records. Under section 12(1) of FOISA the Council is not obliged to comply",
      "with a request that is estimated to exceed this cost. We have answered questions 1 to 4 in",
      "full.",
    ]);
    expect(r.issues.some((i) => i.code === "value_refused")).toBe(true);
  });
});
