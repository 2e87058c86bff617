import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.js";

/**
 * The knowledge for a request written in a test, loaded the way a user's
 * request file is (through its path), so the test goes through the same
 * validation. The file is removed once loaded.
 */
export function knowledgeForRequest(request: object): Knowledge {
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-request-"));
  const file = join(dir, "request.json");
  writeFileSync(file, JSON.stringify(request));
  try {
    return loadKnowledge({ request: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A round of one's own: blue badges issued over three calendar years, with an age split. */
export function blueBadgeRequest() {
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
  return knowledgeForRequest(request);
}

/** A round of one's own about kinship foster carers over two years. */
export function kinshipRequest() {
  const request = {
    id: "kinship-years-test",
    title: "Kinship foster carers",
    citation: "our request about kinship foster carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [{ id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b", "\\bconnected persons?\\b"] }],
    metrics: [
      { id: "children", label: "children", counts: "children", phrasings: ["\\bchild(ren)?\\b"] },
      { id: "approvals", label: "approvals", counts: "episodes", phrasings: ["\\bapprovals?\\b"] },
    ],
    measures: [
      { id: "kinship_children", group: "kinship", metric: "children", label: "Children with kinship carers" },
      { id: "kinship_approvals", group: "kinship", metric: "approvals", label: "Kinship approvals" },
    ],
    questions: [
      {
        number: "1",
        text: "How many children were placed with kinship carers in each year?",
        measures: ["kinship_children"],
      },
      { number: "2", text: "How many kinship approvals were made?", measures: ["kinship_approvals"] },
    ],
  };
  return knowledgeForRequest(request);
}

/**
 * A round of one's own about elective home education over two financial
 * years: a whole with two age parts and a subset, referrals as episodes,
 * and a count still open at the year's end.
 */
export function homeEducationRequest() {
  const request = {
    id: "home-education-test",
    title: "Elective home education",
    citation: "our request about elective home education",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [
      { id: "ehe", label: "home educated", phrasings: ["\\bhome educat(ed|ion)\\b", "\\behe\\b"] },
      { id: "ehe_primary", label: "of primary school age", phrasings: ["\\bprimary\\b"] },
      { id: "ehe_secondary", label: "of secondary school age", phrasings: ["\\bsecondary\\b"] },
      { id: "ehe_sen", label: "with SEN support", phrasings: ["\\bsen\\b", "\\bspecial educational needs\\b"] },
    ],
    metrics: [
      {
        id: "children",
        label: "children",
        counts: "children",
        phrasings: ["^(?!.*\\b(notifications?|still)\\b).*\\b(children|child|pupils?)\\b"],
      },
      { id: "notifications", label: "notifications", counts: "episodes", phrasings: ["\\bnotifications?\\b"] },
      { id: "open", label: "still home educated at the year's end", counts: "children", phrasings: ["\\bstill\\b"] },
    ],
    relations: [
      { kind: "parts", whole: "ehe", parts: ["ehe_primary", "ehe_secondary"] },
      { kind: "subset", group: "ehe_sen", of: "ehe" },
    ],
    measures: [
      { id: "ehe_children", group: "ehe", metric: "children", label: "Children home educated in the year" },
      { id: "ehe_notifications", group: "ehe", metric: "notifications", label: "Notifications received" },
      { id: "ehe_open", group: "ehe", metric: "open", label: "Children still home educated at the year's end" },
      { id: "ehe_primary_children", group: "ehe_primary", metric: "children", label: "Of primary school age" },
      { id: "ehe_secondary_children", group: "ehe_secondary", metric: "children", label: "Of secondary school age" },
      { id: "ehe_sen_children", group: "ehe_sen", metric: "children", label: "With SEN support" },
    ],
    questions: [
      { number: "1", text: "How many children were home educated in each year?", measures: ["ehe_children"] },
      { number: "2", text: "How many notifications did you receive?", measures: ["ehe_notifications"] },
      {
        number: "3",
        text: "Of those children, how many were of primary and of secondary school age?",
        measures: ["ehe_primary_children", "ehe_secondary_children"],
      },
      { number: "4", text: "How many had SEN support?", measures: ["ehe_sen_children"] },
      { number: "5", text: "How many were still home educated at 31 March?", measures: ["ehe_open"] },
    ],
  };
  return knowledgeForRequest(request);
}

/**
 * A round of one's own about school transport: the whole and two parts
 * named by the grounds on which pupils qualify, with appeals asked of one
 * part only. The groups' labels and the base measures' labels are the
 * request's own words for each group.
 */
export function schoolTransportRequest() {
  return knowledgeForRequest({
    id: "transport-test",
    title: "School transport",
    citation: "our request about school transport",
    authorities: { list: "uk-local-authorities", asAt: "2025-01-13" },
    periods: [{ id: "2023-24", start: "2023-09-01", end: "2024-08-31", label: "2023/24" }],
    groups: [
      { id: "transported", label: "given free transport", phrasings: ["\\bfree transport\\b"] },
      { id: "mainstream", label: "eligible on distance or walking route grounds", phrasings: ["\\bdistance\\b"] },
      {
        id: "send",
        label: "eligible because of SEND",
        phrasings: ["\\bsend\\b", "\\baln\\b", "additional learning needs?"],
      },
    ],
    metrics: [
      { id: "pupils", label: "pupils", counts: "children", phrasings: ["\\bpupils?\\b"] },
      { id: "appeals", label: "appeals", counts: "episodes", phrasings: ["\\bappeals?\\b"] },
    ],
    relations: [{ kind: "parts", whole: "transported", parts: ["mainstream", "send"] }],
    measures: [
      { id: "transported_pupils", group: "transported", metric: "pupils", label: "Pupils given free transport" },
      {
        id: "mainstream_pupils",
        group: "mainstream",
        metric: "pupils",
        label: "Pupils eligible on distance or unsafe walking route grounds",
      },
      { id: "send_pupils", group: "send", metric: "pupils", label: "Pupils eligible because of SEN" },
      { id: "send_appeals", group: "send", metric: "appeals", label: "Appeals against refusal of SEND transport" },
    ],
  });
}
