import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

/**
 * "3. a. and b. Individual incidents" / "For the same reason the incidents
 * are given for the two groups together: 2018 – 4; 2019 – 12; 2020 – 7.":
 * the words say both groups' incidents are one figure. The heading's number
 * (3a, the trafficked children's incidents) does not make it the trafficked
 * group's: it is reported as both groups together, not used for either.
 */
describe("a figure said to be both groups' together, under a one-group question's number", () => {
  const letter = [
    "Rotherham Metropolitan Borough Council",
    "Freedom of Information request",
    "3. a. and b. Individual incidents",
    "For the same reason the incidents are given for the two groups together: 2018 – 4; 2019 – 12; 2020 – 7.",
  ].join("\n");

  it("is not the trafficked children's incidents, and is reported as both groups together", async () => {
    const r = await processFile(
      { file: "response.txt", bytes: new TextEncoder().encode(letter), manifestCode: "E08000018" },
      knowledge,
    );
    expect(r.facts.filter((f) => f.measure.endsWith("missing_incidents"))).toEqual([]);
    expect(r.issues.filter((i) => i.code === "label_outside_request").map((i) => i.raw)).toEqual(
      expect.arrayContaining(["4", "12", "7"]),
    );
  });
});
