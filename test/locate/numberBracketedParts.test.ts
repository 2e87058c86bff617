import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { numberBracketedParts } from "../../src/locate/numberBracketedParts.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

describe("a question's lettered parts answered on one line, the number written once", () => {
  it.each([
    ["1(a) Less than 5. (b) None. (c) 13.", "1a) Less than 5. 1b) None. 1c) 13."],
    ["2 (a) None. (b) 4.", "2a) None. 2b) 4."],
    // Not opening on a number and a bracketed letter: left as it is.
    ["(b) 9 incidents.", "(b) 9 incidents."],
    ["1. None. (b) 4.", "1. None. (b) 4."],
    // "Question 3. (a) …; (b) …": the number with its own stop and a word before it, the parts parted by semicolons.
    ["Question 3. (a) 7 episodes; (b) 1 episode.", "Question 3a) 7 episodes. 3b) 1 episode."],
    ["Q2. (a) 0; (b) 5.", "Q2a) 0. 2b) 5."],
    ["Question 3. (a) was refused.", "Question 3a) was refused."],
    ["There were 2 (a) children.", "There were 2 (a) children."],
  ])("%s → %s", (line, numbered) => {
    expect(numberBracketedParts(line)).toBe(numbered);
  });

  it("reads parts after a question's number written as a word, a stop, and semicolons between", async () => {
    const facts = await readLetterFacts(k, [
      "Our answers below cover the 2017 calendar year.",
      "Question 1a and 1b. We do not hold these figures.",
      "Question 1c. 12.",
      "Question 2. (a) 0; (b) 3.",
      "Question 3. (a) 1 episode; (b) 5 episodes.",
      "Question 4. None.",
    ]);
    expect(facts).toEqual([
      "not_found  reported 0",
      "trafficked_identified  not_held",
      "trafficked_missing_incidents  reported 1",
      "trafficked_suspected  not_held",
      "trafficked_went_missing  reported 0",
      "uasc_looked_after  reported 12",
      "uasc_missing_incidents  reported 5",
      "uasc_went_missing  reported 3",
    ]);
  });

  it("reads each part as the request's question of that number", async () => {
    const facts = await readLetterFacts(k, [
      "Responses are given in the order of your questions and relate to 1 January to 31 December 2017.",
      "1(a) Less than 5. (b) None. (c) 13.",
      "2(a) None. (b) 4.",
      "3(a) None. (b) 9 incidents.",
      "4. None of the children remain missing.",
    ]);
    expect(facts).toEqual([
      "not_found  reported 0",
      "trafficked_identified  suppressed",
      "trafficked_missing_incidents  reported 0",
      "trafficked_suspected  reported 0",
      "trafficked_went_missing  reported 0",
      "uasc_looked_after  reported 13",
      "uasc_missing_incidents  reported 9",
      "uasc_went_missing  reported 4",
    ]);
  });
});
