import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A group's line glossed with a school-year or age range in brackets asks
 * no more than the group's short label does; other words in brackets do.
 */
describe("a group's label with a bracketed school-year or age range", () => {
  const k = knowledgeForRequest({
    id: "club-gloss-test",
    title: "Holiday club places",
    citation: "our request about holiday club places",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [{ id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" }],
    groups: [
      { id: "club", label: "holiday club", phrasings: ["\\bholiday clubs?\\b"] },
      { id: "juniors", label: "juniors", phrasings: ["\\bjuniors?\\b"] },
      { id: "seniors", label: "seniors", phrasings: ["\\bseniors?\\b"] },
    ],
    metrics: [
      { id: "children", label: "children", counts: "children", phrasings: ["\\bchild(ren)?\\b"] },
      { id: "sessions", label: "sessions", counts: "episodes", phrasings: ["\\bsessions?\\b"] },
    ],
    relations: [{ kind: "parts", whole: "club", parts: ["juniors", "seniors"] }],
    measures: [
      { id: "club_children", group: "club", metric: "children", label: "Children at holiday clubs" },
      { id: "club_sessions", group: "club", metric: "sessions", label: "Holiday club sessions" },
      { id: "juniors_children", group: "juniors", metric: "children", label: "Of which juniors" },
      { id: "seniors_children", group: "seniors", metric: "children", label: "Of which seniors" },
    ],
  });

  // [the line's label, measure read, or "none"]
  it.each<[string, string]>([
    ["Juniors", "juniors_children"],
    ["Seniors (Year 7 to Year 11)", "seniors_children"],
    ["Juniors (Reception - Y6)", "juniors_children"],
    ["Seniors (aged 11-16)", "seniors_children"],
    ["Seniors age group (KS3 and KS4)", "seniors_children"],
    // Words in brackets that are not a range say something more.
    ["Seniors (placed out of county by the service)", "none"],
  ])("%j → %s", async (label, want) => {
    const text = ["Measure,Count", "Children at holiday clubs,90", `"${label}",40`].join("\n");
    const r = await processFile(
      { file: "clubs.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const read = r.facts.filter((f) => f.status === "reported" && f.value === 40).map((f) => f.measure);
    expect(read.join(";") || "none").toBe(want);
  });
});
