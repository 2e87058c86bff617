import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "… the unaccompanied children who went missing were of Albanian (2) and
 * Sudanese (1) nationality, and the trafficked children who went missing
 * were Albanian (2), Eritrean (2) and Romanian (2).": one sentence, two
 * groups' lists. Read as one list, the trafficked children's nationalities
 * were added to the unaccompanied children's (round 95).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function nationalitiesOf(sentence: string): Promise<string[]> {
  const text = ["Dear Requester,", "", sentence, "", "Kind regards"].join("\n");
  const read = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "W06000006" },
    knowledge,
  );
  return read.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
}

describe("a sentence that lists two groups' nationalities in turn", () => {
  it("gives each clause's list to the group that opens it", async () => {
    const got = await nationalitiesOf(
      "5. Over the three years the unaccompanied children who went missing were of Albanian (2), Iranian (2) and Sudanese (1) nationality, and the trafficked children who went missing were Albanian (2), Eritrean (2) and Romanian (2). We have not broken this down by year.",
    );
    expect(got).toEqual([
      "trafficked Albanian 2",
      "trafficked Eritrean 2",
      "trafficked Romanian 2",
      "uasc Albanian 2",
      "uasc Iranian 2",
      "uasc Sudanese 1",
    ]);
  });

  it("keeps one list whose items are joined by 'and'", async () => {
    const got = await nationalitiesOf(
      "The unaccompanied children who went missing were Afghan (3), Eritrean (2) and Iranian (1).",
    );
    expect(got).toEqual(["uasc Afghan 3", "uasc Eritrean 2", "uasc Iranian 1"]);
  });
});
