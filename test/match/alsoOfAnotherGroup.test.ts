import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "fixtures/holdout140/request.json" });

/**
 * "Suspected trafficked: 2018 – 5, 2019 – 4, 2020 – 6. Those who were also UASC: 2018 – 2, …": the children of
 * the group before who were also unaccompanied, a subset of both, never all the unaccompanied children looked
 * after (a wrong exact figure found by session 45's review). Where the request has no such subset the figures are
 * no count it asks, and are said so.
 */
describe("those who were also of another group", () => {
  it.each([
    [
      "in one paragraph",
      [
        "Question 1b",
        "Suspected trafficked: 2018 – 5, 2019 – 4, 2020 – 6. Those who were also UASC: 2018 – 2, 2019 – 1, 2020 – 3.",
      ],
    ],
    [
      "on lines of their own",
      [
        "Question 1b",
        "Suspected trafficked: 2018 – 5, 2019 – 4, 2020 – 6.",
        "Those who were also UASC: 2018 – 2, 2019 – 1, 2020 – 3.",
      ],
    ],
  ])("%s are not the unaccompanied children looked after", async (_, lines) => {
    const r = await processFile(
      { file: "response.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000057" },
      k,
    );
    expect(r.facts.filter((f) => f.measure === "uasc_looked_after" && f.value !== null).map((f) => f.value)).toEqual(
      [],
    );
  });
});
