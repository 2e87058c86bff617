import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "Question 3a – Identified or suspected as having been trafficked/victim of
 * modern slavery and that have gone missing or absent." over "In 2021 there
 * were 2 incidents; in 2022 there were none; …": the sentence names only
 * what is counted, and the heading's words name no one group. The heading's
 * number is one of the request's questions, so it says what the line answers.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

describe("a sentence per period under a heading numbered as the request's question", () => {
  it("answers that question", async () => {
    const got = await readLetterFacts(severalYears, [
      "Question 3a – Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "In 2021 there were 2 incidents; in 2022 there were none; in 2023, 3; and between 1 January and 30 April 2024 there were none.",
    ]);
    expect(got).toEqual([
      "trafficked_missing_incidents 1 January to 30 April 2024 reported 0",
      "trafficked_missing_incidents 2021 reported 2",
      "trafficked_missing_incidents 2022 reported 0",
      "trafficked_missing_incidents 2023 reported 3",
    ]);
  });
});
