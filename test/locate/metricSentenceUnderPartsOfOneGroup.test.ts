import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

/**
 * "a. Identified or suspected as having been trafficked … and that have gone
 * missing or absent." over "3 children went missing or were absent in 2018,
 * 2 in 2019 and 2 in 2020.": the answer names what it counts but not whose
 * children, so the question above says the group. That question names the
 * trafficked group by its parts' words too ("identified", "suspected"), which
 * is still one group of children, not several to choose between.
 */
describe("an answer naming only its count, under a question naming one group and its parts", () => {
  it("takes the group from the question above it", async () => {
    const letter = [
      "Islington Council",
      "2. The total number of looked after children in the care of your authority:",
      "a. Identified or suspected as having been trafficked/victim of modern slavery and",
      "that have gone missing or absent.",
      "3 children went missing or were absent in 2018, 2 in 2019 and 2 in 2020.",
    ].join("\n");
    const r = await processFile(
      { file: "response.txt", bytes: new TextEncoder().encode(letter), manifestCode: "E09000019" },
      knowledge,
    );
    expect(r.facts.filter((f) => f.raw !== "").map((f) => `${f.measure} ${f.raw}`)).toEqual([
      "trafficked_went_missing 3",
      "trafficked_went_missing 2",
      "trafficked_went_missing 2",
    ]);
  });
});
