import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A note that some of what a question counts is recorded elsewhere and left
 * out of its figures ("interviews completed by social workers are recorded
 * separately and are not included in questions 6 and 7", "these figures only
 * include interviews carried out by our commissioned provider") makes them a
 * part of the measure: kept with a warning on the measures of the questions
 * it names, never as the whole count with nothing said.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout117/request.json", import.meta.url).pathname,
});

const warned = (issues: { code: string; severity: string; measure?: string }[]) =>
  [
    ...new Set(
      issues.filter((i) => i.severity !== "info" && i.code === "label_outside_request").map((i) => i.measure ?? ""),
    ),
  ].sort();

const table = (note: string) =>
  [
    "Question,2022/23,2023/24",
    "1 Looked after children who went missing,55,42",
    "5 Return home interviews offered,166,154",
    "6 Return home interviews completed,77,67",
    "7 Of which completed within 72 hours,46,45",
    `"${note}",,`,
  ].join("\n");

describe("a note that leaves part of a question's count out", () => {
  it.each<[string, string[]]>([
    [
      "Note: interviews completed by the child's social worker are recorded separately and are not included in questions 6 and 7.",
      ["cla_rhi_completed", "cla_rhi_72h"],
    ],
    [
      "The figures for question 6 only include interviews carried out by our commissioned provider.",
      ["cla_rhi_completed"],
    ],
    ["Note: figures for 2023/24 are provisional.", []],
  ])("%j warns on %j", async (note, want) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(table(note)), manifestCode: "E08000009" },
      knowledge,
    );
    expect(
      r.facts.filter((f) => f.measure === "cla_rhi_completed" && f.status === "reported").map((f) => f.value),
    ).toEqual([77, 67]);
    expect(warned(r.issues)).toEqual([...want].sort());
  });
});
