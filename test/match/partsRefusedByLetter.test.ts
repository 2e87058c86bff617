import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "fixtures/holdout140/request.json" });

/**
 * "… and so we are refusing parts a and b under section 12 of the Act. In
 * the interests of advice and assistance, we can provide the combined figure
 * for a and b together": a partial refusal names the parts of the question
 * it refuses by their letters, under the question's number (rounds 133 and
 * 140). The parts are optional and the file gives no figure for them, so
 * nothing else says they were refused: each is said to be (value_refused),
 * naming the sentence.
 */
async function partIssues(lines: readonly string[]): Promise<string[]> {
  const r = await processFile(
    { file: "response.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000057" },
    k,
  );
  return r.issues
    .filter((i) => i.measure === "trafficked_identified" || i.measure === "trafficked_suspected")
    .filter((i) => i.code === "value_refused")
    .map((i) => `${i.code} ${i.measure}`)
    .sort();
}

const BOTH = ["value_refused trafficked_identified", "value_refused trafficked_suspected"];

const QUESTION = [
  "Question 1. The total number of looked after children in the care of your authority that have been:",
  "a. Identified as having been trafficked or a victim of modern slavery.",
  "b. Suspected of having been a victim of trafficking or modern slavery, if not included in a.",
];
const AFTER = [
  "c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
  "2018: 31 children. 2019: 30 children. 2020: 22 children.",
];

describe("a refusal that names the parts of a question by their letters", () => {
  it.each([
    [
      "parts a and b, under section 12",
      [
        "To separate the two would require a manual review of every file. We estimate that this would exceed the",
        "appropriate limit and so we are refusing parts a and b under section 12 of the Act.",
        "In the interests of advice and assistance, we can provide the combined figure for a and b together",
        "(children identified or suspected as trafficked): 2018 – 10; 2019 – 6; 2020 – 9.",
      ],
    ],
    [
      "parts a. and b., with stops",
      [
        "This exceeds the appropriate limit of 18 hours. We are therefore refusing parts a. and b.",
        "under section 12 of the Act. The total of children with the flag is 2018 – 10; 2019 – 6; 2020 – 9.",
      ],
    ],
  ])("%s: each part is refused", async (_, lines) => {
    expect(await partIssues([...QUESTION, ...lines, ...AFTER])).toEqual(BOTH);
  });

  it("leaves parts alone when the refusal names another question's letters", async () => {
    const lines = [
      "2018 – 10; 2019 – 6; 2020 – 9.",
      "We are refusing parts a and b of question 3 under section 12 of the Act.",
    ];
    expect(await partIssues([...QUESTION, ...lines, ...AFTER])).toEqual([]);
  });

  it("leaves parts alone when the refusal stands under another question's heading", async () => {
    const refusal =
      "We are refusing parts a and b under section 12 as the cost of compliance would exceed the appropriate limit.";
    // The same sentence under question 1 refuses its parts: only the heading above tells them apart.
    expect(await partIssues([...QUESTION, refusal, ...AFTER])).toEqual(BOTH);
    expect(await partIssues([...QUESTION, ...AFTER, "Question 3", refusal])).toEqual([]);
  });

  it.each(["parts a. and b. are refused under section 12.", "Parts (a), (b) and (c) have been refused."])(
    "the passive form '%s' is read",
    async (sentence) => {
      expect(await partIssues([...QUESTION, sentence, ...AFTER])).toEqual(BOTH);
    },
  );

  // Words after "parts" that are no letters must be turned away in linear time: each letter is a word of its own,
  // and a separator stands between any two.
  it("turns away a long sentence after 'parts' at once", () => {
    const partsRefused = k.labels.partsRefused.map((p) => new RegExp(p, "iu"));
    const long = `Some parts ${"a and ".repeat(14)}of the information you asked for about identified and suspected children are held in our records and our case notes and we have searched them`;
    const started = performance.now();
    expect(partsRefused.some((re) => re.test(long))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
