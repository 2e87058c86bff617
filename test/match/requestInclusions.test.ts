import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { inclusionCaveats } from "../../src/knowledge/labels.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * The mirror of requestExclusions: a request that counts something in ("went
 * missing or absent at least once") makes a note that leaves it out ("children
 * recorded as absent … are not included", round 102's Renfrewshire) a narrower
 * count than the one asked for, so the figures it covers are kept with a
 * warning, not as exact answers.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});
const labels = knowledge.labels;

/** The head words (as stems) a request gets from one measure's label and its question's text. */
function headsOf(measureLabel: string, questionText: string): string[] {
  return inclusionCaveats(labels, {
    ...knowledge.request,
    groups: [{ id: "g", label: "Children", phrasings: [] }],
    metrics: [{ id: "x", label: "Children", counts: "children", phrasings: [] }],
    measures: [{ id: "m", group: "g", metric: "x", label: measureLabel, optional: false }],
    questions: [{ number: "1", text: questionText, measures: ["m"] }],
  }).map((c) => /\?([^?\\]+)\\w\*/u.exec(c.pattern)?.[1] ?? "");
}

describe("the head words a request counts in", () => {
  it.each<[string, string, string[]]>([
    ["Children who went missing or absent", "How many?", ["absen"]],
    ["Children still missing", "How many (including those that subsequently turned 18)?", ["turn"]],
    ["Children identified", "How many, including, but not limited to, those referred to the NRM?", []],
    ["Children placed", "How many and/or where?", []],
    ["Children placed", "How many were placed with foster carers or otherwise?", []],
    ["Children looked after", "How many?", []],
  ])("%s / %s → %j", (label, question, heads) => {
    expect(headsOf(label, question)).toEqual(heads);
  });
});

describe("a label or note that leaves out what the request counts in", () => {
  const narrows = (text: string) =>
    matchLabel(text, labels).caveats.some((c) => labels.caveats[c.index]?.message.includes("leave out"));
  it.each([
    "Children recorded as absent (not at a place where they are expected to be, but whereabouts known) are not included.",
    "Missing episodes reported to Police Scotland only; absences are not included.",
    "Went missing (excluding absences)",
    "These figures do not include episodes where the child was absent.",
    "Absent children are excluded from these figures.",
  ])("%s", (text) => {
    expect(narrows(text)).toBe(true);
  });
  it.each([
    "Absences are included.",
    "Absences are not excluded from these figures.",
    "Q1b Suspected (not included in 1a)",
    "Suspected of having been a victim of trafficking or modern slavery, if not included in a.",
    "Went missing or absent",
  ])("%s", (text) => {
    expect(narrows(text)).toBe(false);
  });
});

const read = (text: string) =>
  processFile({ file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000038" }, knowledge);

const table = [
  "Question,2018,2019,2020",
  "Q1c Unaccompanied asylum seeking children looked after,12,14,6",
  "Q2b UASC who went missing,1,4,2",
  "Q3b Missing incidents of UASC,1,6,2",
];

describe("a note under the table that the figures leave out absences", () => {
  it("keeps the missing figures with a warning on their measures, and not the looked-after count", async () => {
    const r = await read(
      [...table, '"Note: absences (whereabouts known) are not included in these figures.",,,'].join("\n"),
    );
    const warned = r.issues.filter((i) => i.code === "label_outside_request" && i.severity === "warning");
    expect([...new Set(warned.map((i) => i.measure))].sort()).toEqual(["uasc_missing_incidents", "uasc_went_missing"]);
    expect(r.facts.filter((f) => f.measure === "uasc_went_missing").map((f) => f.value)).toEqual([1, 4, 2]);
  });
  it("gives no warning without the note", async () => {
    const r = await read(table.join("\n"));
    expect(r.issues.some((i) => i.code === "label_outside_request")).toBe(false);
  });
});
