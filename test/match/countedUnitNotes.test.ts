import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Note: the figures for questions 1 and 3 are the number of children
 * offered a visit, not the number of visits": a note that says a count of
 * episodes counts children instead. The figure is kept (it is what the
 * council has) with a warning on each measure the note covers; a question
 * that counts children is not qualified by it.
 */
describe("a note that a count of episodes counts children", () => {
  const k = knowledgeForRequest({
    id: "visits-test",
    title: "Home visits",
    citation: "our request about home visits",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [{ id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" }],
    groups: [{ id: "families", label: "families", phrasings: ["\\bfamil(y|ies)\\b"] }],
    metrics: [
      { id: "visits", label: "visits offered", counts: "episodes", phrasings: ["\\bvisits?\\b"] },
      { id: "children", label: "children seen", counts: "children", phrasings: ["\\bchildren seen\\b"] },
    ],
    measures: [
      { id: "family_visits", group: "families", metric: "visits", label: "Visits offered to families" },
      { id: "family_children", group: "families", metric: "children", label: "Children seen in families" },
    ],
    questions: [
      { number: "1", text: "How many visits were offered to families?", measures: ["family_visits"] },
      { number: "2", text: "How many children were seen in families?", measures: ["family_children"] },
    ],
  });
  const read = async (note: string) => {
    const text = [
      "Dear Requester,",
      "",
      "1. Visits offered to families: 120",
      "2. Families: children seen: 45",
      "",
      note,
      "",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return {
      facts: r.facts
        .filter((f) => f.status === "reported")
        .map((f) => `${f.measure} ${f.value}`)
        .sort(),
      flagged: r.issues
        .filter((i) => i.code === "label_outside_request")
        .map((i) => i.measure)
        .sort(),
    };
  };

  it.each<[string, string[]]>([
    [
      "Note: the figures for questions 1 and 2 are the number of children offered a visit, not the number of visits.",
      ["family_visits"],
    ],
    ["Note: question 1 counts children, not visits.", ["family_visits"]],
    // Not a note about the unit: children who were not offered a visit.
    ["Note: question 1 excludes the number of children who were not offered visits.", []],
  ])("%s", async (note, flagged) => {
    const r = await read(note);
    expect(r.facts).toEqual(["family_children 45", "family_visits 120"]);
    expect(r.flagged).toEqual(flagged);
  });
});

/**
 * "Note 2: The allowance figures count special guardianship households, not
 * children": a note that says a count of children counts something else
 * (households, families, carers, orders). The figure is kept with a warning
 * on the measure the note names; the other question's figures are not
 * qualified by it.
 */
describe("a note that a count of children counts households, carers or orders", () => {
  const k = knowledgeForRequest({
    id: "sgo-test",
    title: "Special guardianship",
    citation: "our request about special guardianship",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [{ id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" }],
    groups: [{ id: "sgo", label: "special guardianship", phrasings: ["\\bspecial guardian", "\\bsgos?\\b"] }],
    metrics: [
      {
        id: "made",
        label: "made subject to an order",
        counts: "children",
        phrasings: ["^(?!.*\\b(allowances?|paid)\\b).*\\b(orders?|sgos?|made)\\b"],
      },
      { id: "allowance", label: "awarded an allowance", counts: "children", phrasings: ["\\ballowances?\\b"] },
    ],
    measures: [
      { id: "sgo_made", group: "sgo", metric: "made", label: "Children made subject to an SGO" },
      { id: "sgo_allowance", group: "sgo", metric: "allowance", label: "SGO allowances" },
    ],
    questions: [
      { number: "1", text: "How many children were made subject to an SGO?", measures: ["sgo_made"] },
      { number: "2", text: "How many special guardians were awarded an allowance?", measures: ["sgo_allowance"] },
    ],
  });
  const read = async (note: string) => {
    const text = ["Dear Requester,", "", "1. SGOs made: 30", "2. SGO allowances: 24", "", note, ""].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return {
      facts: r.facts
        .filter((f) => f.status === "reported")
        .map((f) => `${f.measure} ${f.value}`)
        .sort(),
      flagged: r.issues
        .filter((i) => i.code === "label_outside_request")
        .map((i) => i.measure)
        .sort(),
    };
  };

  it.each<[string, string[]]>([
    [
      "Note 2: The allowance figures count special guardianship households, not children; where a sibling group is placed with the same special guardians the household is counted once.",
      ["sgo_allowance"],
    ],
    [
      "Please note the figures for question 2 are the number of carers rather than the number of children.",
      ["sgo_allowance"],
    ],
    ["Note: question 1 counts orders, not individual children.", ["sgo_made"]],
    ["Note: for question 2 sibling groups placed together are counted once.", ["sgo_allowance"]],
    // A question named by its number as the subject, and presentations (each approach) as the unit.
    ["Note: Q1 is the number of presentations recorded on the housing system.", ["sgo_made"]],
    ["Note: question 2 is the total of approaches made to the council.", ["sgo_allowance"]],
    // Not a note about the unit: where the children live.
    ["Note: question 1 counts children placed with parents, not children in foster care.", []],
    ["Note: the allowance figures do not count households rather than children.", []],
  ])("%s", async (note, flagged) => {
    const r = await read(note);
    expect(r.facts).toEqual(["sgo_allowance 24", "sgo_made 30"]);
    expect(r.flagged).toEqual(flagged);
  });
});
