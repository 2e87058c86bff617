import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A request that asks for an average ("What was the average cost of an age
 * assessment?") gets from some councils a total spent over the year ("We do
 * not calculate an average cost. The total spent on age assessments was:")
 * or a rate per hour of staff time ("£47 per hour"). Either is kept with a
 * warning on the average's measure, never as the average.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout111/request.json", import.meta.url).pathname,
});

const read = (file: string, text: string) =>
  processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E06000010" }, knowledge);

const warned = (issues: { code: string; severity: string; measure?: string }[]) =>
  issues.some(
    (i) => i.code === "label_outside_request" && i.severity === "warning" && i.measure === "assessed_avg_cost",
  );

const question = "6. What was the average cost to your authority of an age assessment (£) in each year?";

describe("an average cost given as a total or an hourly rate", () => {
  it("warns when a note says the figures are the total spent", async () => {
    const r = await read(
      "reply.txt",
      [
        question,
        "   We do not calculate an average cost. The total spent on age assessments (social worker time and interpreters) was:",
        "   2021/22: £33,400",
        "   2022/23: £59,400",
        "   2023/24: £42,800",
      ].join("\n"),
    );
    expect(warned(r.issues)).toBe(true);
  });

  it("warns when the figures are a cost per hour", async () => {
    const r = await read(
      "reply.csv",
      ["Q,Measure,2021/22,2022/23,2023/24", "6,Cost of an age assessment,£45 per hour,£47 per hour,£48 per hour"].join(
        "\n",
      ),
    );
    expect(warned(r.issues)).toBe(true);
  });

  it("gives no warning to an average", async () => {
    const r = await read(
      "reply.txt",
      [question, "   The average cost was:", "   2021/22: £3,400", "   2022/23: £3,900", "   2023/24: £4,100"].join(
        "\n",
      ),
    );
    expect(warned(r.issues)).toBe(false);
    expect(r.facts.filter((f) => f.measure === "assessed_avg_cost").map((f) => f.value)).toEqual([3400, 3900, 4100]);
  });
});

describe("the words of a total", () => {
  const total = (text: string) =>
    matchLabel(text, knowledge.labels).caveats.some((c) =>
      knowledge.labels.caveats[c.index]?.message.includes("gives a total"),
    );
  it.each(["the total spent on age assessments was", "total cost of age assessments", "total expenditure"])(
    "%s is a total",
    (text) => {
      expect(total(text)).toBe(true);
    },
  );
  it.each(["the average is the total cost divided by the number of assessments", "average cost of an age assessment"])(
    "%s is not",
    (text) => {
      expect(total(text)).toBe(false);
    },
  );
});
