import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "… looked after two children who had been identified as trafficked … and one further child suspected of
 * having been trafficked": a letter that writes its counts in words joins the second part with "and one
 * further child" as another writes "and 1 further child". The sentence broke at "and" only before a later
 * digit, so the two counts in words stayed in one clause, and the whole year's sentence went unread.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

describe("a part joined by 'and' with its count in words", () => {
  it.each([
    "In 2021 the Council looked after two children who had been identified as trafficked or a victim of modern slavery and one further child suspected of having been trafficked.",
    "In 2021 the Council looked after 2 children who had been identified as trafficked or a victim of modern slavery and one further child suspected of having been trafficked.",
  ])("reads both parts (%s)", async (line) => {
    // The paragraph opens on its year ("In 2021 the Council …"), so both figures carry it.
    expect(await readLetterFacts(severalYears, [line])).toEqual([
      "trafficked_identified In 2021 reported 2",
      "trafficked_suspected In 2021 reported 1",
    ]);
  });
});
