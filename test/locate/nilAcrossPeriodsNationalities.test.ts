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
  const figures = r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0]} ${f.value}`)
    .sort();
  const nationalities = r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
  return { figures, nationalities };
};

/**
 * "Question 5. There were no unaccompanied children missing in 2018 or 2020. In 2019 the unaccompanied young
 * people who went missing were Eritrean (2), Kuwaiti (2), Iranian (2); all were male.": the nil said once for
 * two periods sits in the answer about nationality; read as the line's figures it took the line from the
 * nationality reader, and the list was lost (round 73's Argyll and Bute).
 */
describe("a nil across periods in a paragraph about nationalities", () => {
  it("leaves the line to the nationality list", async () => {
    const got = await read([
      "Question 2b",
      "In 2018 the figure for unaccompanied children who went missing was nil. In 2019 the figure for unaccompanied children who went missing was 6. In 2020 the figure for unaccompanied children who went missing was nil.",
      "Question 5",
      "There were no unaccompanied children missing in 2018 or 2020. In 2019 the unaccompanied young people who went missing were Eritrean (2), Kuwaiti (2), Iranian (2); all were male.",
    ]);
    expect(got.nationalities).toEqual(["uasc Eritrean 2", "uasc Iranian 2", "uasc Kuwaiti 2"]);
  });

  it("reads a nil across periods in a paragraph with no nationality", async () => {
    const got = await read([
      "Question 2",
      "No trafficked children went missing or absent in 2018 or 2019; in 2020 there was 1.",
    ]);
    expect(got.figures).toEqual([
      "trafficked_went_missing 2018 0",
      "trafficked_went_missing 2019 0",
      "trafficked_went_missing 2020 1",
    ]);
  });
});
