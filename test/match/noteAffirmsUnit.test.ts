import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

async function flagged(note: string) {
  const text = [
    "North Ayrshire Council FOI",
    "Question,2018,2019,2020",
    "2a Went missing/absent - trafficked,1,6,5",
    "2b Went missing/absent - UASC,15,7,2",
    "3b Individual incidents - UASC,15,7,2",
    "",
    `"${note}"`,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000021" },
    knowledge,
  );
  return [...new Set(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.measure))].sort();
}

/**
 * "The figures at Q2 are the number of missing/absent episodes for each
 * group": a note that only affirms what a question's figures count, with no
 * "not children" to contrast it. Question 2 counts children, so its figures
 * are another unit's and are warned on; question 3 counts episodes and is not.
 */
describe("a note that affirms a question's figures count episodes", () => {
  it.each<[string, string[]]>([
    [
      "The figures at Q2 are the number of missing/absent episodes for each group; we are unable to give the number of individual children.",
      ["trafficked_went_missing", "uasc_went_missing"],
    ],
    ["The figures for question 2b are the number of missing incidents.", ["uasc_went_missing"]],
    // Said of the incidents question, it is what that question counts.
    ["The figures at Q3 are the number of missing episodes.", []],
    ["The figures at Q2 are not the number of episodes.", []],
  ])("%s", async (note, measures) => {
    expect(await flagged(note)).toEqual(measures);
  });
});

/**
 * "Question 2: a child who went missing more than once is counted once for each episode": a unit counted once
 * for each of another says the figures count the other (episodes), though no "not children" contrasts them.
 */
describe("a note that a child is counted once for each episode", () => {
  it.each<[string, string[]]>([
    [
      "Please note for question 2: a child who went missing more than once is counted once for each episode.",
      ["trafficked_went_missing", "uasc_went_missing"],
    ],
    ["Question 2b: a young person who went missing more than once is counted each time.", ["uasc_went_missing"]],
    // Counted once in each period is a count of children.
    ["For question 2, children are counted once per period even if they went missing more than once.", []],
  ])("%s", async (note, measures) => {
    expect(await flagged(note)).toEqual(measures);
  });
});
