import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

// A letter (or a pasted e-mail) that answers each year under a bare year
// heading, its answers numbered as the request is ("1a. 3", "1b. 0", …), with
// no question restated. The run opens on the heading's first line, "1a. …",
// whose next line is its sibling part "1b. …"; and the heading covers every
// numbered answer under it, past a line of its own with a figure in it (a
// subtotal the council adds), up to the next heading.
describe("numbered answers under a bare year heading", () => {
  const year = (y: string, a: number, b: number, nil: string) => [
    y,
    `1a. ${a}`,
    `1b. ${b}`,
    `Identified and suspected together: ${a + b}`,
    "1c. 9",
    `2a. ${a}`,
    "2b. 4",
    "3a. 6",
    "3b. 7",
    `4. ${nil}`,
    "",
  ];

  it("reads every answer as its year's, from the first part on", async () => {
    const facts = await readLetterFacts(k, [...year("2019", 3, 0, "Nil"), ...year("2020", 2, 1, "2")]);
    const of = (m: string) => facts.filter((f) => f.startsWith(`${m} `));
    expect(of("trafficked_identified")).toEqual([
      "trafficked_identified 2019 reported 3",
      "trafficked_identified 2020 reported 2",
    ]);
    expect(of("trafficked_went_missing")).toEqual([
      "trafficked_went_missing 2019 reported 3",
      "trafficked_went_missing 2020 reported 2",
    ]);
    expect(of("uasc_missing_incidents")).toEqual([
      "uasc_missing_incidents 2019 reported 7",
      "uasc_missing_incidents 2020 reported 7",
    ]);
    expect(of("not_found")).toEqual(["not_found 2019 reported 0", "not_found 2020 reported 2"]);
  });
});
