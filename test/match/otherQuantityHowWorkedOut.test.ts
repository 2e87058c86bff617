import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { ageAssessmentRequest } from "../support/ageAssessmentRequest.js";

/**
 * A word of another quantity ("daily", "weeks") said of how a figure was worked out ("calculated from
 * daily rates"), or beside the label's own stretch ("weekly … daily"), does not make the figure another
 * quantity: the figure is kept as the measure, with a warning naming the words (review of session 41,
 * /tmp/r41/avg1: main kept these weekly averages, the first otherQuantity caveats set them aside).
 */
const supported = loadKnowledge({ request: "fixtures/holdout107/request.json" });

async function readOf(knowledge: ReturnType<typeof ageAssessmentRequest>, code: string, lines: string[]) {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: code },
    knowledge,
  );
  return {
    values: r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`),
    warned: r.issues.filter((i) => i.code === "label_outside_request").map((i) => `${i.measure} ${i.raw}`),
  };
}

describe("a word of another quantity in how the figure was worked out", () => {
  it.each([
    "Average weekly cost of a supported accommodation placement (calculated from daily rates)",
    "Average weekly cost of a placement, based on daily rates",
    "Average weekly cost per placement (derived from the annual spend per young person)",
    "Average weekly cost of a placement (daily rate)",
  ])("keeps the weekly average, warned: %s", async (label) => {
    const { values, warned } = await readOf(supported, "E10000016", [
      "Question,2021/22,2022/23,2023/24",
      "Young people placed in supported accommodation,40,44,51",
      `"${label}",£850,£910,£1020`,
    ]);
    expect(values).toEqual(expect.arrayContaining(["supported_weekly_cost 850", "supported_weekly_cost 1020"]));
    expect(warned).toEqual(expect.arrayContaining(["supported_weekly_cost £850", "supported_weekly_cost £1020"]));
  });

  it.each([
    "Average days to complete (calculated from time in weeks)",
    "Average days to complete, converted from weeks",
  ])("keeps an average in the request's unit: %s", async (label) => {
    const { values, warned } = await readOf(ageAssessmentRequest(), "E06000044", [
      ",2021,2022",
      "Age assessments carried out,24,30",
      `"${label}",29.6,21.6`,
    ]);
    expect(values).toEqual(expect.arrayContaining(["avg_days 29.6", "avg_days 21.6"]));
    expect(warned).toEqual(expect.arrayContaining(["avg_days 29.6", "avg_days 21.6"]));
  });

  it.each(["Average daily cost of a supported accommodation placement", "Average annual cost per placement"])(
    "still sets aside an average over another stretch: %s",
    async (label) => {
      const { values, warned } = await readOf(supported, "E10000016", [
        "Question,2021/22,2022/23,2023/24",
        "Young people placed in supported accommodation,40,44,51",
        `"${label}",£120,£130,£140`,
      ]);
      expect(values.filter((v) => v.startsWith("supported_weekly_cost"))).toEqual([]);
      expect(warned).toContain("supported_weekly_cost £120");
    },
  );

  it("still sets aside an average given in weeks", async () => {
    const { values } = await readOf(ageAssessmentRequest(), "E06000044", [
      ",2021,2022",
      "Age assessments carried out,24,30",
      "Average time to complete (weeks),8.1,4.3",
    ]);
    expect(values.filter((v) => v.startsWith("avg_days"))).toEqual([]);
  });
});
