import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * The request words 2a and 3a alike ("Identified or suspected as having been
 * trafficked/victim of modern slavery and that have gone missing or absent"):
 * only 3's stem says it counts incidents. A reply that copies each lettered
 * part under its number ("Q3a. …") restates 3a's part, not 2a, however far
 * its words are from the whole question with its stem.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

describe("a numbered label restating its question's lettered part alone", () => {
  it("answers the question its number names", async () => {
    const got = await readLetterFacts(severalYears, [
      "Q2a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "2021: 3; 2022: 2; 2023: 0; 2024 (1 January to 30 April): 0",
      "Q3a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "2021: 5; 2022: 7; 2023: 0; 2024 (1 January to 30 April): 0",
    ]);
    expect(got.filter((f) => f.includes(" 2021 ") || f.includes(" 2022 "))).toEqual([
      "trafficked_missing_incidents 2021 reported 5",
      "trafficked_missing_incidents 2022 reported 7",
      "trafficked_went_missing 2021 reported 3",
      "trafficked_went_missing 2022 reported 2",
    ]);
  });
});
