import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Of the children in foster care, three went missing on seven occasions in
 * all." under the question of how many of the trafficked children went
 * missing: the opening names a part of the group, so its pair counts that
 * part, not the group. The clause reader dropped the opening and read 3 and 7
 * as the group's, with no warning. So too "Unknown. Of the four we placed,
 * …": the answer says the count is not known, and the pair beside it counts
 * some of the children. Either way nothing is counted and the answer is
 * flagged; "Of these," (pointing back at the whole group) still reads.
 */
describe("a children-and-episodes pair after an opening that narrows the group", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-heading-back-to-harm-2015.json", import.meta.url)),
  });

  const letter = (answer2: string) =>
    [
      "Northfield Metropolitan Borough Council",
      "Dear Requester,",
      "1. How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?",
      "Nine children.",
      "2. Of the children in question 1, how many went missing at least once?",
      answer2,
      "3. How many missing episodes (incidents) did the trafficked children who went missing have?",
      "As given in our answer to question 2.",
      "Kind regards,",
    ].join("\n");

  const read = async (answer2: string) => {
    const r = await processFile(
      { file: "reply.txt", bytes: text(letter(answer2)), manifestCode: "E08000007" },
      knowledge,
    );
    const figures = [
      ...new Set(r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`)),
    ].sort();
    const flagged = r.issues.some(
      (i) =>
        i.severity !== "info" &&
        i.measure === "trafficked_went_missing" &&
        (i.raw ?? "").includes(answer2.slice(0, 12)),
    );
    return { figures, flagged };
  };

  it.each([
    "Of the children in foster care, three went missing on seven occasions in all.",
    "Of the children in foster care, 3 went missing on a total of 7 occasions.",
    "Unknown. Of the four we placed, three went missing on a total of seven occasions.",
  ])("counts no pair from %j and flags it", async (answer2) => {
    expect(await read(answer2)).toEqual({ figures: ["trafficked_looked_after=9"], flagged: true });
  });

  it("reads the pair after a pointer back with the group's own noun", async () => {
    expect((await read("Of these children, three went missing on a total of seven occasions.")).figures).toEqual([
      "trafficked_looked_after=9",
      "trafficked_missing_incidents=7",
      "trafficked_went_missing=3",
    ]);
  });

  it("still reads the pair after an opening that points back at the group", async () => {
    expect((await read("Of them, three went missing on a total of seven occasions.")).figures).toEqual([
      "trafficked_looked_after=9",
      "trafficked_missing_incidents=7",
      "trafficked_went_missing=3",
    ]);
  });
});
