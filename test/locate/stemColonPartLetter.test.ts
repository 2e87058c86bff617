import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

// A reply that restates each question in the request's own words, stem and
// part on one line ("…that have been: c. Identified as …"), and answers on
// the line below. The part letter after the stem's colon opens the part: it
// is neither the end of a sentence ("c." read as a suppressed figure) nor
// the "A:" that marks an answer ("a. Identified …" read as the answer).
describe("a restated question's part letter after its stem's colon", () => {
  const stem1 = "The total number of looked after children in the care of your authority that have been:";
  const stem2 = "The total number of looked after children in the care of your authority:";
  const lines = [
    `1a. ${stem1} a. Identified as having been trafficked or a victim of modern slavery - including, but not limited to those identified through the National Referral Mechanism.`,
    "0",
    `1b. ${stem1} b. Suspected of having been a victim of trafficking or modern slavery, if not included in a.`,
    "1",
    `1c. ${stem1} c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.`,
    "23",
    `2a. ${stem2} a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.`,
    "0",
    `2b. ${stem2} b. Identified as an UASC or separated child and that have gone missing or absent.`,
    "6",
  ];

  it("reads each answer below its restated question", async () => {
    expect(await readLetterFacts(k, lines)).toEqual([
      "trafficked_identified  reported 0",
      "trafficked_suspected  reported 1",
      "trafficked_went_missing  reported 0",
      "uasc_looked_after  reported 23",
      "uasc_went_missing  reported 6",
    ]);
  });

  it("with a 'Response:' line and a blank line between question and answer", async () => {
    const spaced = lines.flatMap((l, i) => (i % 2 === 0 ? [l, ""] : [`Response: ${l}`, ""]));
    expect(await readLetterFacts(k, spaced)).toEqual([
      "trafficked_identified  reported 0",
      "trafficked_suspected  reported 1",
      "trafficked_went_missing  reported 0",
      "uasc_looked_after  reported 23",
      "uasc_went_missing  reported 6",
    ]);
  });

  it("'c.' after the stem's colon is never a suppressed figure", async () => {
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: new TextEncoder().encode(["Dear Requester,", "", lines[4], "23", "", "Yours sincerely,"].join("\n")),
        manifestCode: "E06000038",
      },
      k,
    );
    expect(r.facts.filter((f) => f.status === "suppressed")).toEqual([]);
    expect(r.issues.filter((i) => i.code === "value_suppressed")).toEqual([]);
  });
});
