import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function warnedOn(lines: readonly string[], measure: string): Promise<string[]> {
  const text = ["Dear Requester,", "", ...lines, "", "Yours faithfully,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  return r.issues.filter((i) => i.measure === measure && i.severity !== "info").map((i) => i.code);
}

// Round 90 (Glasgow): 1a counts referrals to the NRM, and a note says so;
// 2a counts the children who went missing "of the children referred to the
// NRM", so the same doubt is on it.
describe("a figure counted from among a flagged figure's children", () => {
  const first = [
    "1a. In 2017, 4 looked after children were referred to the NRM as potential victims of trafficking. This is a count of referrals and not of children whose status was confirmed.",
  ];
  it.each([
    "2a. Of the children referred to the NRM, 3 went missing or absent.",
    "2a. Of these, 3 went missing or absent.",
  ])("%s carries the warning", async (line) => {
    expect(await warnedOn([...first, line], "trafficked_went_missing")).toContain("label_outside_request");
  });

  it("leaves a figure that names its own children alone", async () => {
    const line = "2a. 3 trafficked children went missing or absent.";
    expect(await warnedOn([...first, line], "trafficked_went_missing")).not.toContain("label_outside_request");
  });

  it("leaves a figure taken from children the flagged figure's label does not name", async () => {
    const line = "2a. Of the children placed out of area, 3 went missing or absent.";
    expect(await warnedOn([...first, line], "trafficked_went_missing")).not.toContain("label_outside_request");
  });
});
