import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

const read = async (lines: readonly string[]) => {
  const text = ["Dear Applicant,", "", ...lines, "", "Yours sincerely"].join("\n");
  const r = await processFile(
    { file: "Anytown Council reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0]} ${f.value}`)
    .sort();
};

/**
 * "2b. Of these children, 4 went missing … in 2018, 1 in 2019 and 3 in
 * 2020." under "1c. The number of unaccompanied … children looked after …
 * was 12 in 2018, …": the line's own number is a sentence of its own, so the
 * sentence reader's labels lost it, and "these children" sent the reader to
 * the line above for the group, whose number (1c) was then taken for the
 * line's. The next line ("3b. These children were the subject of 11 missing
 * or absent incidents …") took 2b's number in turn and was read as children
 * who went missing: a conflict on 2b, and 3b unread (round 127's Cumbria).
 */
describe("a letter's line of figures by year opening with a bare question number", () => {
  const letter = [
    "1c. The number of unaccompanied asylum seeking or separated children looked after by the council was 12 in 2018, 10 in 2019 and 13 in 2020.",
    "2b. Of these children, 4 went missing or were absent at least once in 2018, 1 in 2019 and 3 in 2020.",
    "3b. These children were the subject of 11 missing or absent incidents in 2018, 4 in 2019 and 12 in 2020.",
  ];

  it("reads each line as the question its own number names", async () => {
    expect(await read(letter)).toEqual([
      "uasc_looked_after 2018 12",
      "uasc_looked_after 2019 10",
      "uasc_looked_after 2020 13",
      "uasc_missing_incidents 2018 11",
      "uasc_missing_incidents 2019 4",
      "uasc_missing_incidents 2020 12",
      "uasc_went_missing 2018 4",
      "uasc_went_missing 2019 1",
      "uasc_went_missing 2020 3",
    ]);
  });
});
