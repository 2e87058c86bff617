import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * A letter that restates a question's stem only ("1. The total number of
 * looked after children in the care of your authority that are:"), then
 * answers its parts on lines of bare letters, every period on one line
 * ("a) 2021: 4; 2022: 3; …"; round 145, Torbay). The stem's words name no
 * group, so its lettered parts are the request's 1a, 1b …; read alone, "a)"
 * matched none of the request's questions and every figure went unused.
 */
const k = loadKnowledge({ request: "fixtures/holdout124/request.json" });
const line = (letter: string, a: number, b: number, c: number, d: number) =>
  `${letter}) 2021: ${a}; 2022: ${b}; 2023: ${c}; 2024 (1 Jan - 30 Apr): ${d}`;

describe("bare lettered lines under a question stem that names no group", () => {
  it("reads each letter as its part of the numbered question above", async () => {
    const facts = await readLetterFacts(k, [
      "1. The total number of looked after children in the care of your authority that are:",
      line("a", 4, 3, 6, 2),
      line("b", 1, 2, 2, 0),
      line("c", 21, 30, 44, 37),
      line("d", 1, 1, 2, 0),
      "",
      "2. The total number of looked after children in the care of your authority that have gone missing or absent:",
      "a) Trafficked: 2021: 2; 2022: 3; 2023: 4; 2024 (1 Jan - 30 Apr): 1",
    ]);
    const in2021 = facts.filter((f) => / 2021 /u.test(f) && !f.includes("2024"));
    expect(in2021).toEqual(
      expect.arrayContaining([
        "trafficked_identified 2021 reported 4",
        "trafficked_suspected 2021 reported 1",
        "uasc_looked_after 2021 reported 21",
        "uasc_trafficked_looked_after 2021 reported 1",
        "trafficked_went_missing 2021 reported 2",
      ]),
    );
  });

  // Near miss: a stem that is not one of the request's numbers lends none.
  it("leaves bare letters under a number the request does not ask unread", async () => {
    const facts = await readLetterFacts(k, [
      "9. The total number of looked after children in the care of your authority that are:",
      line("a", 4, 3, 6, 2),
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified"))).toEqual([]);
  });
});
