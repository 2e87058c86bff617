import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { conditionCaveats } from "../../src/knowledge/labels.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A measure whose label names a condition of what it counts ("young people
 * assessed who had been placed in adult accommodation", "assessments that
 * concluded the young person was an adult") gets from some councils figures
 * under a note that they include ones without it ("it includes young people
 * … whose age we did not go on to assess", "include young people who
 * disengaged before the assessment concluded"): a wider count, kept with a
 * warning on its measure.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout111/request.json", import.meta.url).pathname,
});
const labels = knowledge.labels;

describe("the condition words of a request's measures", () => {
  it("are the past participles of their labels, each over the measures that say it", () => {
    const caveats = conditionCaveats(labels, knowledge.request);
    const scope = (stem: string) => {
      const c = caveats.find((x) => x.pattern.includes(`}?${stem}\\w*`));
      return c && { groups: c.groups, metrics: c.metrics };
    };
    expect(scope("assess")).toEqual({ groups: ["assessed"], metrics: ["adult_accommodation"] });
    expect(scope("conclud")).toEqual({ groups: ["adult"], metrics: ["completed"] });
  });
});

describe("a note that the figures include ones without the condition", () => {
  const widens = (text: string) =>
    matchLabel(text, labels).caveats.some((c) => labels.caveats[c.index]?.message.includes("include ones"));
  it.each([
    "It includes young people who were referred but whose age we did not go on to assess because the Home Office accepted their claimed age.",
    "The figures for question 3 include young people who disengaged from the process before the assessment concluded.",
    "Including young people never assessed.",
  ])("%s", (text) => {
    expect(widens(text)).toBe(true);
  });
  it.each([
    "This does not include young people who were not assessed.",
    "It includes young people placed in hotels before their age assessment.",
    "Includes all assessments concluded in the year.",
    "Including, but not limited to, those assessed by another authority.",
    "Includes children not only assessed but placed.",
  ])("%s", (text) => {
    expect(widens(text)).toBe(false);
  });
});

describe("a reply with such a note", () => {
  const read = (text: string) =>
    processFile({ file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000050" }, knowledge);
  const question =
    "3. Of the age assessments completed in question 1, how many concluded that the young person was an adult (aged 18 or over)?";
  const warned = (issues: { code: string; severity: string; measure?: string }[]) =>
    issues.some(
      (i) => i.code === "label_outside_request" && i.severity === "warning" && i.measure === "adult_completed",
    );

  it("keeps the figures with a warning on their measure", async () => {
    const r = await read(
      [
        question,
        "2021/22 – 3; 2022/23 – 3; 2023/24 – 2",
        "Please note: the figures for question 3 include young people who disengaged from the process before the assessment concluded and who were then treated as adults.",
      ].join("\n"),
    );
    expect(warned(r.issues)).toBe(true);
  });

  it("gives no warning without it", async () => {
    const r = await read([question, "2021/22 – 3; 2022/23 – 3; 2023/24 – 2"].join("\n"));
    expect(warned(r.issues)).toBe(false);
    expect(r.facts.filter((f) => f.measure === "adult_completed").map((f) => f.value)).toEqual([3, 3, 2]);
  });
});
