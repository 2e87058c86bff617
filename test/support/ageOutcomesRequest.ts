import { knowledgeForRequest } from "./requestKnowledge.js";

/**
 * A researcher's round on age assessments written from the README (after
 * round 93): the outcomes of one event as counts over three financial
 * years, an average in days, a cost in pounds and a percentage whose phrasing guards its
 * counts against "percentage" but not against the "percent" a "%" becomes.
 */
export function ageOutcomesRequest() {
  return knowledgeForRequest({
    id: "age-outcomes-test",
    title: "Age assessment outcomes",
    citation: "our request about age assessments",
    authorities: { list: "uk-local-authorities", asAt: "2024-06-01" },
    periods: [
      { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22" },
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [{ id: "age_assessed", label: "age-assessed", phrasings: ["\\bage assess", "\\basylum\\b"] }],
    metrics: [
      {
        id: "assessments",
        label: "age assessments carried out",
        counts: "episodes",
        phrasings: [
          "^(?!.*\\b(adults?|over 18|a child|under 18|days|average|percentage|challenged|challenges?)\\b).*\\b(carried out|completed|age assessments)\\b",
        ],
      },
      {
        id: "found_adult",
        label: "found to be an adult",
        counts: "episodes",
        phrasings: ["^(?!.*\\b(percentage|per cent|proportion)\\b).*\\b(adults?|over 18)\\b"],
      },
      {
        id: "found_child",
        label: "found to be a child",
        counts: "episodes",
        phrasings: ["^(?!.*\\b(adults?|percentage)\\b).*\\b(concluded|assessed|found)\\b.*\\b(a child|under 18)\\b"],
      },
      {
        id: "avg_days",
        label: "average days to complete an age assessment",
        kind: "average",
        phrasings: ["\\b(average|mean)\\b.*\\b(time|days)\\b"],
      },
      {
        id: "pct_adult",
        label: "percentage found to be an adult",
        kind: "percentage",
        phrasings: ["\\b(percentage|per cent|percent|proportion)\\b"],
      },
      { id: "cost", label: "cost of age assessments (£)", kind: "average", phrasings: ["\\b(costs?|spend)\\b"] },
      {
        id: "disputed",
        label: "age assessments challenged",
        counts: "episodes",
        phrasings: ["\\b(challenged|challenges?|judicial reviews?|legal challenges?)\\b"],
      },
    ],
    measures: [
      { id: "assessments", group: "age_assessed", metric: "assessments", label: "Age assessments carried out" },
      { id: "found_adult", group: "age_assessed", metric: "found_adult", label: "Found to be an adult" },
      { id: "found_child", group: "age_assessed", metric: "found_child", label: "Found to be a child" },
      { id: "avg_days", group: "age_assessed", metric: "avg_days", label: "Average time to complete (days)" },
      { id: "pct_adult", group: "age_assessed", metric: "pct_adult", label: "Percentage found to be an adult" },
      { id: "cost", group: "age_assessed", metric: "cost", label: "Total cost of age assessments (£)" },
      { id: "disputed", group: "age_assessed", metric: "disputed", label: "Age assessments challenged" },
    ],
    questions: [
      { number: "1", text: "How many age assessments were carried out in each year?", measures: ["assessments"] },
      { number: "2", text: "How many concluded that the person was an adult?", measures: ["found_adult"] },
      { number: "3", text: "How many concluded that the person was a child (under 18)?", measures: ["found_child"] },
      { number: "4", text: "What percentage concluded that the person was an adult?", measures: ["pct_adult"] },
      { number: "5", text: "What was the average time, in days, to complete an assessment?", measures: ["avg_days"] },
      { number: "6", text: "What was the total cost of carrying out age assessments?", measures: ["cost"] },
      { number: "7", text: "How many age assessment decisions were challenged?", measures: ["disputed"] },
    ],
  });
}
