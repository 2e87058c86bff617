import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A subset group declared a subset both of a part and of that part's whole
 * (children placed more than 20 miles away: of those placed out of area,
 * and of all children). A row naming the subset with the part ("placed out
 * of area more than 20 miles from home") is the subset's, whichever of the
 * two relations the request lists last.
 */
function placementRequest(subsetOf: string[]) {
  return knowledgeForRequest({
    id: "subset-of-part-test",
    title: "Children missing from care",
    citation: "our request about children missing from care",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [{ id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" }],
    groups: [
      { id: "cla", label: "looked-after", phrasings: ["\\blooked after\\b"] },
      { id: "in_area", label: "placed in area", phrasings: ["\\bin area\\b"] },
      { id: "out_area", label: "placed out of area", phrasings: ["\\bout of area\\b"] },
      { id: "distant", label: "placed more than 20 miles away", phrasings: ["\\bmore than 20 miles\\b"] },
    ],
    metrics: [{ id: "missing", label: "children who went missing", counts: "children", phrasings: ["\\bmissing\\b"] }],
    relations: [
      { kind: "parts", whole: "cla", parts: ["in_area", "out_area"] },
      ...subsetOf.map((of) => ({ kind: "subset" as const, group: "distant", of })),
    ],
    measures: [
      { id: "cla_missing", group: "cla", metric: "missing", label: "Looked-after children who went missing" },
      { id: "in_area_missing", group: "in_area", metric: "missing", label: "In area" },
      { id: "out_area_missing", group: "out_area", metric: "missing", label: "Out of area" },
      { id: "distant_missing", group: "distant", metric: "missing", label: "More than 20 miles" },
    ],
  });
}

describe("a subset of a part named with that part", () => {
  it.each<[string[]]>([[["out_area"]], [["out_area", "cla"]], [["cla", "out_area"]]])(
    "distant a subset of %j",
    async (subsetOf) => {
      const k = placementRequest(subsetOf);
      const text = [
        "Question,2023",
        "Looked after children who went missing,90",
        "Children placed in area who went missing,50",
        "Children placed out of area who went missing,40",
        "Children placed out of area more than 20 miles from home who went missing,12",
      ].join("\n");
      const r = await processFile(
        { file: "missing.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
        k,
      );
      const got = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
      expect(got.sort()).toEqual(["cla_missing 90", "distant_missing 12", "in_area_missing 50", "out_area_missing 40"]);
    },
  );
});
