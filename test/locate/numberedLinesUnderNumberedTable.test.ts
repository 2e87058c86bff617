import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// Round 86 (Perth and Kinross): a table whose rows open with the request's
// question numbers, then the questions it leaves out answered on numbered
// lines under it ("1b – … does not hold this information.", "4 – 0 in each
// year."). Those lines are not numbered one apart from a neighbour, but the
// table shows the reply numbers its answers as the request does.
describe("numbered lines under a table numbered by the request's questions", () => {
  const table = [
    "1a Identified as trafficked or a victim of modern slavery: 3",
    "1c Unaccompanied asylum seeking children looked after: 14",
    "2a Trafficked children who went missing or absent: 1",
    "2b UASC who went missing or absent: 2",
  ];
  const below = [
    "1b – The Council does not record whether a child is suspected, rather than identified. The Council does not hold this information.",
    "",
    "4 – 0 in each year.",
  ];
  it("answers the request's questions of those numbers", async () => {
    const facts = await readLetterFacts(k, [...table, "", ...below]);
    expect(facts).toContain("trafficked_suspected  not_held");
    expect(facts).toContain("not_found  reported 0");
  });

  it("leaves numbered lines alone when no table is numbered so", async () => {
    const facts = await readLetterFacts(k, ["Please find our answers below.", "", ...below]);
    expect(facts).not.toContain("not_found  reported 0");
  });
});
