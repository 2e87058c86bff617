import { knowledgeForRequest } from "./requestKnowledge.js";

/**
 * A round of one's own about age assessments (after round 80): counts of
 * one event's outcomes as metrics of one group, an average in days and a
 * percentage, over three calendar years.
 */
export function ageAssessmentRequest() {
  return knowledgeForRequest({
    id: "age-assessments-test",
    title: "Age assessments",
    citation: "our request about age assessments",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2021", start: "2021-01-01", end: "2021-12-31", label: "2021" },
      { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" },
      { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" },
    ],
    groups: [{ id: "age_assessed", label: "age-assessed", phrasings: ["\\bage\\b", "\\basylum\\b"] }],
    metrics: [
      {
        id: "assessments",
        label: "age assessments completed",
        counts: "episodes",
        phrasings: [
          "^(?!.*\\b(adults?|over 18|days?|weeks?|average|median|percent|percentage|proportion)\\b).*\\bassess(ed|ments?)\\b",
        ],
      },
      {
        id: "found_adult",
        label: "assessments finding the young person an adult",
        counts: "episodes",
        phrasings: ["^(?!.*\\b(percent|percentage|per cent|proportion|days?|average)\\b).*\\b(adults?|over 18)\\b"],
      },
      {
        id: "avg_days",
        label: "average days to complete",
        kind: "average",
        phrasings: ["\\baverage\\b", "\\bdays? to complete\\b"],
      },
      {
        id: "pct_adult",
        label: "percentage found an adult",
        kind: "percentage",
        phrasings: ["\\bpercent(age)?\\b", "\\bproportion\\b"],
      },
    ],
    measures: [
      { id: "assessments", group: "age_assessed", metric: "assessments", label: "Age assessments completed" },
      { id: "found_adult", group: "age_assessed", metric: "found_adult", label: "Found to be an adult" },
      { id: "avg_days", group: "age_assessed", metric: "avg_days", label: "Average days to complete" },
      { id: "pct_adult", group: "age_assessed", metric: "pct_adult", label: "Percentage found to be an adult" },
    ],
    questions: [
      { number: "1", text: "How many age assessments did you carry out in each year?", measures: ["assessments"] },
      { number: "2", text: "How many found the young person to be an adult?", measures: ["found_adult"] },
      {
        number: "3",
        text: "What was the average time taken to complete an age assessment, in days?",
        measures: ["avg_days"],
      },
      {
        number: "4",
        text: "What percentage of age assessments found the young person to be an adult?",
        measures: ["pct_adult"],
      },
    ],
  });
}
