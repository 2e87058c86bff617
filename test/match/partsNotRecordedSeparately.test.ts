import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Looked after children identified or suspected as trafficked (we do not
 * record these separately): 11": the council gives the whole and says its
 * parts (identified, suspected) are not recorded apart. Each part is then
 * not held, said on the part (value_not_held), never left unanswered in
 * silence: the parts are optional, so nothing else says so.
 */
async function partIssues(lines: readonly string[]): Promise<string[]> {
  const r = await processFile(
    { file: "response.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000057" },
    knowledge(),
  );
  return r.issues
    .filter((i) => i.measure === "trafficked_identified" || i.measure === "trafficked_suspected")
    .map((i) => `${i.code} ${i.measure}`)
    .sort();
}

const BOTH = ["value_not_held trafficked_identified", "value_not_held trafficked_suspected"];

describe("a sentence that says the parts of a whole are not recorded apart", () => {
  it.each([
    [
      "in the whole's own label",
      [
        "1. Looked after children identified or suspected as trafficked (we do not record these separately): 11",
        "5. Unaccompanied asylum seeking children looked after: 14",
      ],
    ],
    [
      "in a note naming the questions",
      [
        "1. Looked after children identified or suspected as trafficked: 6",
        "5. Unaccompanied asylum seeking children looked after: 14",
        "Q1a and Q1b: identified and suspected trafficking are not recorded separately, so the figure given is for both together.",
      ],
    ],
    [
      "in the answer's own sentence",
      [
        "1. Looked after children identified or suspected as trafficked: 11. We do not record whether trafficking",
        "was confirmed or only suspected, so we cannot give separate figures for identified and suspected children.",
        "5. Unaccompanied asylum seeking children looked after: 14",
      ],
    ],
    [
      "as a system that cannot split them",
      [
        "1. Looked after children identified or suspected as trafficked: 9",
        "Our case system is unable to separate identified from suspected cases.",
        "5. Unaccompanied asylum seeking children looked after: 14",
      ],
    ],
  ])("%s: each part is not held", async (_, lines) => {
    expect(await partIssues(lines)).toEqual(BOTH);
  });

  it.each([
    [
      "the parts given apart",
      [
        "1a. Identified as trafficked: 4",
        "1b. Suspected of being trafficked: 3",
        "Identified and suspected children are recorded separately on our system.",
        "5. Unaccompanied asylum seeking children looked after: 14",
      ],
    ],
    [
      "a sentence about other groups",
      [
        "1. Looked after children identified or suspected as trafficked: 9",
        "5. Unaccompanied asylum seeking children looked after: 14",
        "We do not record trafficked and unaccompanied children separately on the missing log.",
      ],
    ],
  ])("%s: nothing said of the parts", async (_, lines) => {
    expect((await partIssues(lines)).filter((i) => i.startsWith("value_not_held"))).toEqual([]);
  });
});
