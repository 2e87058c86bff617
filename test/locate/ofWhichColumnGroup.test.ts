import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * "Year | Foster carer approvals (see note 1) | of which kinship | Deregistrations": the columns after
 * the first name only their count, and take their group from a column to their left. An "of which"
 * column is a part of the column before it, not a heading over those after it, so "Deregistrations"
 * is the foster carers' count, not the kinship carers' (read so, it was a count the request did not
 * ask for, and the figure was lost). The heading lends its group without its note pointer: note 1
 * qualifies the approvals column alone.
 */
const fostering = knowledgeForRequest({
  id: "of-which-column-test",
  title: "Foster carers",
  citation: "our request about foster carers",
  authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
  periods: [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
    { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
  ],
  groups: [
    { id: "foster", label: "foster carers", phrasings: ["\\bfoster\\w*\\b"] },
    { id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b"] },
  ],
  metrics: [
    { id: "approvals", label: "approvals", counts: "episodes", phrasings: ["\\bapprov\\w*\\b"] },
    { id: "deregistrations", label: "deregistrations", counts: "episodes", phrasings: ["\\bde-?registrations?\\b"] },
  ],
  relations: [{ kind: "subset", group: "kinship", of: "foster" }],
  measures: [
    { id: "foster_approvals", group: "foster", metric: "approvals", label: "Foster carer approvals" },
    { id: "kinship_approvals", group: "kinship", metric: "approvals", label: "Of which kinship" },
    { id: "foster_deregistrations", group: "foster", metric: "deregistrations", label: "Deregistrations" },
  ],
  questions: [
    { number: "1", text: "How many foster carers were approved in each year?", measures: ["foster_approvals"] },
    { number: "2", text: "Of those, how many were kinship carers?", measures: ["kinship_approvals"] },
    { number: "3", text: "How many foster carers were deregistered?", measures: ["foster_deregistrations"] },
  ],
});

describe("an 'of which' column between a group's heading column and its metric-only columns", () => {
  it("the columns after it take the heading column's group, and its note stays on its own column", async () => {
    const bytes = await buildXlsx([
      {
        name: "FOI",
        rows: [
          ["Foster carers"],
          ["Year", "Foster carer approvals (see note 1)", "of which kinship approvals", "Deregistrations"],
          ["2022/23", 31, 12, 9],
          ["2023/24", 28, 10, 7],
          ["Note 1: Figures include approvals undertaken on behalf of other local authorities."],
        ],
      },
    ]);
    const result = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, fostering);
    const read = result.facts
      .filter((f) => f.status === "reported")
      .map((f) => [f.measure, f.value])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(read).toEqual(
      [
        ["foster_approvals", 28],
        ["foster_approvals", 31],
        ["foster_deregistrations", 7],
        ["foster_deregistrations", 9],
        ["kinship_approvals", 10],
        ["kinship_approvals", 12],
      ].sort((a, b) => String(a).localeCompare(String(b))),
    );
    const warned = new Set(
      result.issues.filter((i) => i.code === "label_outside_request" && i.severity === "warning").map((i) => i.measure),
    );
    expect([...warned]).toEqual(["foster_approvals"]);
  });
});
