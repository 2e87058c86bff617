import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Question 5: the unaccompanied children who went missing over the whole
 * period were Afghan (7), Eritrean (3). All were male. The children in 1b who
 * went missing were all British nationals." (round 91's Northumberland): the
 * last sentence is about the children of question 1b (suspected
 * trafficking), not the unaccompanied children of the sentence before it.
 * Given the group before it, it read as 13 British unaccompanied children.
 */
describe("a nationality sentence about the children of a question named by its number", () => {
  const read = async (last: string) => {
    const letter = [
      "Dear Ms Okafor,",
      "",
      "2a. Trafficked children who went missing: 2021: 2, 2022: 2, 2023: 3, 2024 (to 30 April): 1",
      "2b. UASC who went missing: 2021: 3, 2022: 3, 2023: 5, 2024 (to 30 April): 2",
      "",
      `Question 5: the unaccompanied children who went missing over the whole period were Afghan (7), Eritrean (3). All were male. ${last}`,
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "Northumberland FOI 1542.txt", bytes: new TextEncoder().encode(letter), manifestCode: "E06000057" },
      severalYears,
    );
    return {
      lists: [...new Set(r.nationalities.map((n) => `${n.group} ${n.nationality.toLowerCase()}`))].sort(),
      unread: r.issues.filter((i) => i.code === "layout_unknown" && /question 1b/u.test(i.message)).length,
    };
  };

  it("is not lent the group of the sentence before when the question is a part of a group", async () => {
    const { lists, unread } = await read("The children in 1b who went missing were all British nationals.");
    expect(lists).toEqual(["uasc afghan", "uasc eritrean"]);
    expect(unread).toBe(1);
  });

  it("takes the question's group when that group is broken down by nationality", async () => {
    const { lists } = await read("The children in 2a who went missing were all British nationals.");
    expect(lists).toEqual(["trafficked british", "uasc afghan", "uasc eritrean"]);
  });
});
