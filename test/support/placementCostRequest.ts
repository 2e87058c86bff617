import { knowledgeForRequest } from "./requestKnowledge.js";

/**
 * A round of one's own about placements and their cost (after round 84):
 * a count, an average weekly cost in pounds and a percentage, over three
 * financial years.
 */
export function placementCostRequest() {
  return knowledgeForRequest({
    id: "placement-costs-test",
    title: "Placements and their cost",
    citation: "our request about placements",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22" },
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [
      { id: "unregistered", label: "placed in unregistered homes", phrasings: ["\\bunregistered\\b"] },
      { id: "out_of_area", label: "placed out of area", phrasings: ["\\bout of area\\b"] },
    ],
    metrics: [
      {
        id: "children",
        label: "children",
        counts: "children",
        phrasings: ["^(?!.*\\b(costs?|percentage|average)\\b).*\\bchildren\\b"],
      },
      {
        id: "avg_weekly_cost",
        label: "average weekly cost in pounds",
        kind: "average",
        phrasings: ["\\baverage\\b.*\\bcosts?\\b"],
      },
      { id: "percentage", label: "percentage", kind: "percentage", phrasings: ["\\bpercentage\\b"] },
    ],
    measures: [
      { id: "unregistered_children", group: "unregistered", metric: "children", label: "Children placed" },
      {
        id: "unregistered_avg_weekly_cost",
        group: "unregistered",
        metric: "avg_weekly_cost",
        label: "Average weekly cost of a placement (pounds)",
      },
      { id: "out_of_area_percentage", group: "out_of_area", metric: "percentage", label: "Percentage out of area" },
    ],
    questions: [
      {
        number: "1",
        text: "How many children were placed in unregistered homes?",
        measures: ["unregistered_children"],
      },
      {
        number: "2",
        text: "What was the average weekly cost, in pounds, of an unregistered placement?",
        measures: ["unregistered_avg_weekly_cost"],
      },
      {
        number: "3",
        text: "What percentage of children were placed out of area?",
        measures: ["out_of_area_percentage"],
      },
    ],
  });
}
