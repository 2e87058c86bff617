import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { unitCaveats } from "../../src/knowledge/labels.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * An average asked in hours ("What was the average length, in hours, of a
 * missing episode?") given in days ("Average length of missing episode
 * (days)") is not the figure asked for: it is kept with a warning on its
 * measure, never as the hours average with nothing said.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout117/request.json", import.meta.url).pathname,
});

const read = (text: string) =>
  processFile({ file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000010" }, knowledge);

const warned = (issues: { code: string; severity: string; measure?: string }[]) =>
  [
    ...new Set(
      issues.filter((i) => i.severity !== "info" && i.code === "label_outside_request").map((i) => i.measure ?? ""),
    ),
  ].sort();

describe("the unit an average is asked in", () => {
  it("gives the average metric a caveat on the other units' words", () => {
    const caveats = unitCaveats(knowledge.labels, knowledge.request);
    expect(caveats.map((c) => c.metrics)).toEqual([["avg_hours"]]);
    const names = (text: string) => new RegExp(caveats[0]?.pattern ?? "^$", "u").test(text);
    expect(names("average length of missing episode days")).toBe(true);
    expect(names("average duration in weeks")).toBe(true);
    expect(names("average length of missing episode hours")).toBe(false);
    expect(names("average length hrs 1 day 7 hrs")).toBe(false);
  });

  it("gives none to counts, whose units name their conditions", () => {
    const request = {
      ...knowledge.request,
      metrics: knowledge.request.metrics.filter((m) => m.kind !== "average"),
    };
    expect(unitCaveats(knowledge.labels, request)).toEqual([]);
  });

  it.each<[string, string[]]>([
    ["Average length of missing episode (days)", ["cla_avg_hours"]],
    ["Average length of missing episode (hours)", []],
    ["Average length of missing episode (hrs)", []],
  ])("a reply labelled %j is warned on %j", async (label, want) => {
    const r = await read(
      ["Question,2022/23,2023/24", "Looked after children who went missing,55,42", `${label},1.2,1.3`].join("\n"),
    );
    expect(r.facts.filter((f) => f.measure === "cla_avg_hours" && f.status === "reported").map((f) => f.value)).toEqual(
      [1.2, 1.3],
    );
    expect(warned(r.issues)).toEqual(want);
  });
});
