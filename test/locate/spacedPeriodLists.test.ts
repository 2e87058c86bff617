import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** A round of one's own: blue badges issued over three calendar years, with an age split. */
function blueBadgeRequest() {
  const request = {
    id: "blue-badges-test",
    title: "Blue badges issued",
    citation: "our request about blue badges",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" },
      { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" },
      { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
    ],
    groups: [
      { id: "residents", label: "residents", phrasings: ["\\bresidents?\\b"] },
      { id: "under_65", label: "aged under 65", phrasings: ["\\bunder (the age of )?(65|sixty five)\\b"] },
      { id: "over_65", label: "aged 65 or over", phrasings: ["\\b65 (and|or) (over|above)\\b", "\\bover 65\\b"] },
    ],
    metrics: [{ id: "badges", label: "badges issued", counts: "episodes", phrasings: ["\\bbadges?\\b"] }],
    relations: [{ kind: "parts", whole: "residents", parts: ["under_65", "over_65"] }],
    measures: [
      { id: "residents_badges", group: "residents", metric: "badges", label: "Badges issued to residents" },
      { id: "under_65_badges", group: "under_65", metric: "badges", label: "Of which to residents under 65" },
      { id: "over_65_badges", group: "over_65", metric: "badges", label: "Of which to residents aged 65 or over" },
    ],
    questions: [
      { number: "1", text: "How many blue badges were issued to residents?", measures: ["residents_badges"] },
      { number: "2a", text: "Of those badges, how many to residents under 65?", measures: ["under_65_badges"] },
      { number: "2b", text: "Of those badges, how many to residents 65 or over?", measures: ["over_65_badges"] },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-request-"));
  const file = join(dir, "request.json");
  writeFileSync(file, JSON.stringify(request));
  try {
    return loadKnowledge({ request: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a question line, then its years spaced out on the line below", () => {
  const k = blueBadgeRequest();
  const read = async (lines: string[]) => {
    const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText} ${f.status} ${f.value ?? ""}`.trim())
      .sort();
  };

  it.each([
    // Items apart by spaces alone, no comma between them.
    [
      ["Q1. Number of blue badges issued to residents", "    2021: 120   2022: 131   2023: 140"],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
    [
      ["Q1. Number of blue badges issued to residents", "2021 - 120  2022 - 131  2023 - 140"],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
    // The age band's number ends the question's words: "under 65" is no
    // suppressed figure, and the years below answer the question.
    [
      ["Q2a. Of which to residents aged under 65", "    2021: 80   2022: 87   2023: 88"],
      ["under_65_badges 2021 reported 80", "under_65_badges 2022 reported 87", "under_65_badges 2023 reported 88"],
    ],
    [
      ["Q2b. Of which to residents over 65", "    2021: 40   2022: 44   2023: 52"],
      ["over_65_badges 2021 reported 40", "over_65_badges 2022 reported 44", "over_65_badges 2023 reported 52"],
    ],
    // As before: commas between the items.
    [
      ["Q1. Number of blue badges issued to residents", "2021: 120, 2022: 131, 2023: 140"],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
  ])("%j", async (lines, expected) => {
    expect(await read(lines)).toEqual(expected);
  });
});
