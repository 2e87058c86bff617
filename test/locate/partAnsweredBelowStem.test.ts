import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "3. The total number of individual incidents (which could involve the
 * same child on more than one occasion) …:" over "a. Identified or
 * suspected … and that have gone missing or absent." over its answer on the
 * next line. Two things lost the stem (round 64): "more than one" was read
 * as the stem's figure, so it was no question; and a part answered on the
 * line right under it was read by its own words alone ("gone missing", 2a).
 * "As above, zero." names no time, so it answers every year asked about.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function valuesOf(lines: readonly string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E08000034" },
    knowledge,
  );
  const periods = keyPeriods([file], knowledge.request, knowledge.labels.everyPeriod, knowledge.values.dashWords);
  return (measure: string) =>
    periods
      .flatMap((p) =>
        (p.results[0]?.facts ?? [])
          .filter((f) => f.measure === measure)
          .map((f) => `${p.period.id}:${f.status}:${f.value}`),
      )
      .sort();
}

const STEM =
  "3. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority:";

describe("a lettered part answered on the line under it, below its stem", () => {
  it("is the stem's part, and 'As above, zero.' is nil for each year", async () => {
    const read = await valuesOf([
      STEM,
      "a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      "",
      "As above, zero.",
      "",
      "b. Identified as an UASC or separated child and that have gone missing or absent.",
      "",
      "2018 – 7; 2019 – 21; 2020 – 11",
    ]);
    expect(read("trafficked_missing_incidents")).toEqual(["2018:reported:0", "2019:reported:0", "2020:reported:0"]);
    expect(read("uasc_missing_incidents")).toEqual(["2018:reported:7", "2019:reported:21", "2020:reported:11"]);
    expect(read("trafficked_went_missing").filter((v) => v.includes("reported"))).toEqual([]);
  });
});
