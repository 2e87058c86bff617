import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A plain-text letter: each line of a reply is a sentence foi-agg reads clause by clause. */
async function readLetter(answer: string): Promise<Record<string, number | null>> {
  const text = [
    "Dear Requester",
    "Thank you for your request about children in our care between 1 October 2014 and 30 September 2015.",
    answer,
    "Yours sincerely",
  ].join("\n");
  const bytes = new TextEncoder().encode(text);
  const r = await processFile({ file: "Barnsley FOI 7781 reply.txt", bytes, manifestCode: null }, knowledge());
  return Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
}

describe("parts of a group counted in the clauses beside its count", () => {
  it.each([
    [
      "parts in brackets after the count of both",
      "During the period 14 looked after children were identified or suspected as having been trafficked (9 identified and 5 suspected).",
      { trafficked_looked_after: 14, trafficked_identified: 9, trafficked_suspected: 5 },
    ],
    [
      "a lettered second part after the first",
      "Question 1: (a) 6 children in our care had been identified as trafficked; (b) a further 2 were suspected of having been trafficked.",
      { trafficked_identified: 6, trafficked_suspected: 2 },
    ],
  ])("%s", async (_, answer, expected) => {
    expect(await readLetter(answer)).toMatchObject(expected);
  });

  it.each([
    [
      "parts that do not add up to the count",
      "During the period 12 looked after children were identified or suspected as having been trafficked (9 identified and 5 suspected).",
    ],
    [
      "the same part twice",
      "Question 1: (a) 6 children in our care had been identified as trafficked; (b) a further 2 were identified after they left.",
    ],
    [
      "a part after a count of something else",
      "Of the trafficked children 4 went missing at least once (3 identified and 1 suspected).",
    ],
  ])("%s: no part is read", async (_, answer) => {
    const got = await readLetter(answer);
    expect(got.trafficked_identified).toBeUndefined();
    expect(got.trafficked_suspected).toBeUndefined();
  });
});
