import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A table of one council's figures: a line about a subset ("with a visual
 * impairment"), then a line that names a metric and no group. The request
 * may ask that metric of the whole only, of the subset too, or of another
 * group: only in the first case is the line the whole's.
 */
function badgeRequest(renewedOf: string[]) {
  return knowledgeForRequest({
    id: "badge-subset-test",
    title: "Blue badges",
    citation: "our request about blue badges",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [{ id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" }],
    groups: [
      { id: "residents", label: "residents", phrasings: ["\\bresidents?\\b", "\\bapplicants?\\b"] },
      { id: "sight", label: "with a visual impairment", phrasings: ["\\bvisual(ly)? impair(ment|ed)\\b"] },
      { id: "visitors", label: "visitors", phrasings: ["\\bvisitors?\\b"] },
    ],
    metrics: [
      { id: "badges", label: "badges issued", counts: "episodes", phrasings: ["\\bbadges?\\b"] },
      { id: "renewals", label: "renewals", counts: "episodes", phrasings: ["\\brenewals?\\b"] },
    ],
    relations: [{ kind: "subset", group: "sight", of: "residents" }],
    measures: [
      { id: "residents_badges", group: "residents", metric: "badges", label: "Badges issued to residents" },
      { id: "sight_badges", group: "sight", metric: "badges", label: "Of which with a visual impairment" },
      ...renewedOf.map((g) => ({ id: `${g}_renewals`, group: g, metric: "renewals", label: `Renewals (${g})` })),
    ],
  });
}

describe("a line naming no group after a subset's line", () => {
  // [groups the request asks "renewals" of, what the last line is read as]
  it.each<[string[], string]>([
    [["residents"], "residents_renewals 7"],
    [["residents", "sight"], "sight_renewals 7"],
    [["visitors"], "none"],
  ])("renewals asked of %j → %s", async (renewedOf, want) => {
    const k = badgeRequest(renewedOf);
    const text = [
      "Measure,Count",
      "Blue badges issued to residents,120",
      "Badges issued: visual impairment,14",
      "Renewals,7",
    ].join("\n");
    const r = await processFile(
      { file: "badges.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const renewals = r.facts.filter((f) => f.measure.endsWith("_renewals") && f.status === "reported");
    expect(renewals.map((f) => `${f.measure} ${f.value}`).join(";") || "none").toBe(want);
  });
});
