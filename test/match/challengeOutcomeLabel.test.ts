import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageOutcomesRequest } from "../support/ageOutcomesRequest.js";

const knowledge = ageOutcomesRequest();

const codesFor = async (label: string) => {
  const csv = [",2021/22,2022/23", "Full assessments of age completed,75,45", `${label},3,0`].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E09000003" },
    knowledge,
  );
  return r.issues.filter((i) => i.measure === "disputed").map((i) => i.code);
};

describe("a row that counts the decisions a challenge changed, under a question on decisions challenged", () => {
  it.each([
    // Round 93 (Barnet): "overturned" decisions are a few of those challenged, not the count asked.
    "Overturned following legal challenge",
    "Decisions overturned after a judicial review",
    "Successful legal challenges",
    "Challenges upheld",
  ])("%j is flagged as not the count of challenges", async (label) => {
    expect(await codesFor(label)).toContain("label_outside_request");
  });

  it.each(["Decisions challenged", "Legal challenges (including judicial review)"])(
    "%j is the count asked, with no such flag",
    async (label) => {
      expect(await codesFor(label)).not.toContain("label_outside_request");
    },
  );
});
