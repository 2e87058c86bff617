import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";

/**
 * "1a and 1b: not held separately. … The number of children recorded as
 * trafficked or suspected in 2017 was 6.": the parts are not held, but the
 * answer goes on to give a figure. The total made "not held" from its parts
 * must not stand silent: it is warned on, naming the figure.
 */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

async function warnedOn(lines: string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000003" },
    k,
  );
  const r = settlePeriods([file], k, null).returns.filter((x) => x.authority.gss_code === "E06000003");
  const total = r.flatMap((x) => x.values).find((v) => v.measure === "trafficked_looked_after");
  const warned = r
    .flatMap((x) => x.issues)
    .some(
      (i) => i.measure === "trafficked_looked_after" && i.severity !== "info" && /goes on to give/u.test(i.message),
    );
  return { status: total?.status, warned };
}

describe("a not-held answer that goes on to give a figure", () => {
  it("warns on the total made not held from its parts", async () => {
    const got = await warnedOn([
      "All figures are for 1 January to 31 December 2017.",
      "Question 1a and 1b. We do not hold this split. Our system flags a child as a possible victim of trafficking only. The number of looked after children flagged in 2017 was 11.",
      "Question 1c. 4.",
      "Question 4. None.",
    ]);
    expect(got).toEqual({ status: "not_held", warned: true });
  });

  it("does not warn where the not-held answer gives no figure", async () => {
    const got = await warnedOn([
      "All figures are for 1 January to 31 December 2017.",
      "Question 1a and 1b. This information is not held in 2017 under section 12.",
      "Question 1c. 4.",
      "Question 4. None.",
    ]);
    expect(got.warned).toBe(false);
  });
});
