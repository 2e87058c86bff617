import { describe, expect, it } from "vitest";
import { resolveOrAlign } from "../../src/match/matchFigures.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { NO_CONTEXT, resolveMeasure } from "../../src/match/resolveMeasure.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A round of one's own about young carers: the whole group split by age,
 * with "assessments" asked of the whole group only and "referrals" asked of
 * the whole and of one part.
 */
function requestOfOnesOwn() {
  const periods = [{ id: "2019-20", start: "2019-04-01", end: "2020-03-31", label: "2019/20" }];
  const request = {
    id: "young-carers-test",
    title: "Young carers",
    citation: "our request about young carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-30" },
    periods,
    groups: [
      { id: "carers", label: "young carers", phrasings: ["\\byoung carers?\\b"] },
      { id: "under_12", label: "under 12", phrasings: ["\\bunder 12\\b"] },
      { id: "aged_12_17", label: "aged 12 to 17", phrasings: ["\\b12 (to )?17\\b"] },
    ],
    metrics: [
      { id: "known", label: "known", counts: "children", phrasings: ["\\bknown\\b"] },
      { id: "assessed", label: "assessments", counts: "episodes", phrasings: ["\\bassessments?\\b"] },
      { id: "referred", label: "referrals", counts: "episodes", phrasings: ["\\breferrals?\\b"] },
    ],
    relations: [{ kind: "parts", whole: "carers", parts: ["under_12", "aged_12_17"] }],
    measures: [
      { id: "carers_known", group: "carers", metric: "known", label: "Young carers known" },
      { id: "under_12_known", group: "under_12", metric: "known", label: "of whom under 12" },
      { id: "aged_12_17_known", group: "aged_12_17", metric: "known", label: "of whom 12 to 17" },
      { id: "carers_assessed", group: "carers", metric: "assessed", label: "Assessments" },
      { id: "carers_referred", group: "carers", metric: "referred", label: "Referrals" },
      { id: "under_12_referred", group: "under_12", metric: "referred", label: "Referrals under 12" },
    ],
    questions: [
      { number: "1", text: "How many young carers were known to your council?", measures: ["carers_known"] },
      { number: "2a", text: "Of those, how many were under 12?", measures: ["under_12_known"] },
      { number: "2b", text: "Of those, how many were aged 12 to 17?", measures: ["aged_12_17_known"] },
      { number: "3", text: "How many assessments did you carry out?", measures: ["carers_assessed"] },
    ],
  };
  return knowledgeForRequest(request);
}

describe("a metric the request asks of one group only", () => {
  const k = requestOfOnesOwn();
  const resolve = (labels: string[]) => {
    const r = resolveMeasure(
      labels.map((l) => matchLabel(l, k.labels)),
      NO_CONTEXT,
      k.request,
      k.labels,
    );
    return r.kind === "measure" ? r.measure.id : r.kind;
  };

  it.each([
    // No group named, and assessments are asked of young carers only.
    [["Q4 Number of assessments"], "carers_assessed"],
    [["2019/20", "Assessments completed"], "carers_assessed"],
    // A group named still wins.
    [["Young carers: assessments"], "carers_assessed"],
    [["Referrals for young carers under 12"], "under_12_referred"],
    // Referrals are asked of two groups: with no group named, foi-agg will not choose.
    [["Number of referrals"], "unmatched"],
    // A part named with a metric asked of the whole only is outside the request, not the whole's figure.
    [["Assessments of carers aged 12-17"], "outside"],
    [["Assessments of young carers aged 12 to 17"], "outside"],
  ])("%j → %s", (labels, want) => {
    expect(resolve(labels)).toBe(want);
  });
});

describe("bilingual and numbered column titles in a round of one's own", () => {
  const k = requestOfOnesOwn();
  const resolve = (labels: string[]) => {
    const parts = labels.map((l) => matchLabel(l, k.labels));
    const r = resolveOrAlign(parts, NO_CONTEXT, { knowledge: k });
    return r.kind === "measure" ? r.measure.id : r.kind;
  };

  it.each([
    // A question number behind the label, with "Q", is the label's own; a year in front is not question 2019.
    [["2019/20", "Gofalwyr / Carers (Q1)"], "carers_known"],
    [["2019/20", "Carers (Q1)"], "carers_known"],
    // The Welsh half and the question number do not make a short age label long.
    [["2019/20", "Dan 12 / Under 12 (Q2a)"], "under_12_known"],
    [["2019/20", "12-17 oed / Aged 12-17 (Q2b)"], "aged_12_17_known"],
    // "at assessment" reads as a count the request never asked of the under 12s; the number says which count.
    [["2a", "of whom under 12 at assessment"], "under_12_known"],
    [["2b", "of whom aged 12-17 at assessment"], "aged_12_17_known"],
    // The number never changes the group the label names, nor reads a number the request does not have.
    [["2a", "of whom aged 12-17 at assessment"], "outside"],
    [["7", "of whom under 12 at assessment"], "outside"],
    // A bracketed bare number is a footnote mark, not question 1.
    [["2019/20", "Gofalwyr / Carers (1)"], "none"],
  ])("%j → %s", (labels, want) => {
    expect(resolve(labels)).toBe(want);
  });
});

describe("a numbered answer under a heading about another group", () => {
  const k = requestOfOnesOwn();
  const underHeading = { group: "under_12" as const, groupFrom: 'heading "Under 12"', previousGroup: null };
  const resolve = (label: string) => {
    const r = resolveOrAlign([matchLabel(label, k.labels)], underHeading, { knowledge: k });
    return r.kind === "measure" ? r.measure.id : r.kind;
  };

  it.each([
    // Names no group: the heading's group is a guess, the number is the question it answers.
    ["3. The council does not keep assessments separately, so this is not held.", "carers_assessed"],
    // Names a group of its own: the number does not change it.
    ["3. Assessments of young carers aged 12 to 17 are not held.", "outside"],
    // No number: the heading's group stands, and the request never asked it.
    ["The council does not keep assessments separately.", "outside"],
  ])("%j → %s", (label, want) => {
    expect(resolve(label)).toBe(want);
  });
});

describe("an age band in a column of its own (long format)", () => {
  const k = requestOfOnesOwn();
  const read = async (csv: string) => {
    const bytes = new TextEncoder().encode(csv);
    const r = await processFile({ file: "Leeds young carers FOI.csv", bytes, manifestCode: null }, k);
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure}=${f.status === "reported" ? f.value : f.status}`)
      .sort();
  };

  it.each([
    [
      "Year,Age band,Young carers known\n2019/20,Under 12,4\n2019/20,12-17,6\n",
      ["aged_12_17_known=6", "under_12_known=4"],
    ],
    ["Year,Age band,Young carers known\n2019/20,Aged 12 to 17,6\n", ["aged_12_17_known=6"]],
    // A suppressed count that names no group stays a value.
    ["Year,Young carers known\n2019/20,under 5\n", ["carers_known=suppressed"]],
  ])("%j → %j", async (csv, want) => {
    expect(await read(csv)).toEqual(want);
  });
});

describe("a label naming a part of a group that is itself a group of the request", () => {
  const k = requestOfOnesOwn();
  it("'Young carers aged under 12' is the under-12 group's figure, not a part of it set aside", async () => {
    // Round 36 (Cumberland, Buckinghamshire, Rutland): "aged under 12" read as a subgroup caveat of the
    // under-12 measure itself, so its figures were warned on, or set aside beside a "not held" answer.
    const csv = ["Measure,2019/20", "Young carers known,318", "Young carers aged under 12,102"].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000063" },
      k,
    );
    expect(r.facts.filter((f) => f.value !== null).map((f) => [f.measure, f.value, f.otherPeriod ?? null])).toEqual([
      ["carers_known", 318, null],
      ["under_12_known", 102, null],
    ]);
    expect(r.issues.filter((i) => i.measure === "under_12_known").map((i) => i.code)).toEqual([]);
  });
});
