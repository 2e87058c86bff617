import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A restated question answered on the next line by a figure, a spaced dash
 * and a remark ("1 - she was last seen in March 2015 …") is answered by
 * that figure; a remark with a count of its own is not guessed at, and the
 * question is reported as one foi-agg could not read.
 */
async function read(answer: string) {
  const text = [
    "Dear Requester",
    "",
    "Thank you for your request about looked after children.",
    "",
    "7. How many UASC who went missing have not been found?",
    answer,
    "",
    "Yours sincerely",
    "Information Governance, Norfolk County Council",
  ].join("\n");
  const r = await processFile(
    { file: "Norfolk reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  const fact = r.facts.find((f) => f.measure === "uasc_not_found");
  return `${fact?.status ?? "none"} ${fact?.value ?? ""}`.trim();
}

describe("a figure, a dash and a remark answer the question above", () => {
  it.each([
    ["1 - she was last seen in March 2015 and police enquiries continue", "reported 1"],
    ["2 – both were reported missing on 3rd June 2015", "reported 2"],
    ["0 - all returned within days", "reported 0"],
    ["3", "reported 3"],
  ])("%s → %s", async (answer, want) => {
    expect(await read(answer)).toBe(want);
  });

  it("a remark with a count of its own is not read as the figure", async () => {
    expect(await read("1 - and another 2 were found in May 2015")).not.toMatch(/^reported/u);
  });
});
