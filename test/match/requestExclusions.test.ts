import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { exclusionCaveats } from "../../src/knowledge/labels.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A request that leaves something out of a measure ("within 20 weeks,
 * excluding exception cases") makes a label or note that puts it back
 * another definition (round 46): Bracknell Forest's second row "(including
 * exceptions)" is set aside beside the requested row, and Bexley's note that
 * question 4's figures include exception cases keeps them with a warning.
 */
const knowledge = loadKnowledge({ request: new URL("./requestExclusions.request.json", import.meta.url).pathname });
const labels = knowledge.labels;

/** The caveats a request gets from one measure's label and its question's text. */
function caveatsOf(measureLabel: string, questionText: string) {
  return exclusionCaveats(labels, {
    ...knowledge.request,
    measures: [{ id: "m", group: "ehcp", metric: "issued", label: measureLabel, optional: false }],
    questions: [{ number: "1", text: questionText, measures: ["m"] }],
  });
}

describe("the head words a request excludes", () => {
  it.each<[string, string, number]>([
    ["Issued within 20 weeks (excluding exceptions)", "How many?", 1],
    ["Issued within 20 weeks", "how many, excluding exception cases?", 1],
    ["Children looked after (excl. UASC)", "How many?", 1],
    ["Placements other than with foster carers", "How many?", 0],
    ["Plans issued", "How many, excluding cases where the family asked for a delay?", 0],
    ["Plans issued", "How many?", 0],
  ])("%s / %s → %i caveat(s)", (label, question, n) => {
    expect(caveatsOf(label, question)).toHaveLength(n);
  });
});

describe("a label that counts what the request leaves out", () => {
  const caveated = (text: string) =>
    matchLabel(text, labels).caveats.some((c) => labels.caveats[c.index]?.groups?.includes("ehcp_20wk"));
  it.each([
    "New EHCPs issued within 20 weeks (including exceptions)",
    "Issued within 20 weeks inc. exception cases",
    "Issued in 20 weeks - incl exceptions",
    "Within 20 weeks (exceptions not excluded)",
    "Our timeliness figures do not exclude exception cases",
  ])("%s", (text) => {
    expect(caveated(text)).toBe(true);
  });
  it.each([
    "New EHCPs issued within 20 weeks (excluding exceptions)",
    "Issued within 20 weeks, not including exceptions",
    "Issued within 20 weeks (excl. exception cases)",
    "Issued within 20 weeks",
  ])("%s", (text) => {
    expect(caveated(text)).toBe(false);
  });
});

const read = async (text: string) => {
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000036" },
    knowledge,
  );
  return r;
};

describe("a row that includes what the request excludes beside the requested row", () => {
  it("keeps the requested row and sets the other aside", async () => {
    const r = await read(
      [
        "Measure,2023",
        "Requests for EHC needs assessment,139",
        "New EHCPs issued,76",
        "New EHCPs issued within 20 weeks (excluding exceptions),16",
        "New EHCPs issued within 20 weeks (including exceptions),20",
      ].join("\n"),
    );
    const wk = r.facts.filter((f) => f.measure === "ehcp_20wk_issued" && f.status === "reported");
    expect(wk.map((f) => f.value)).toEqual([16]);
    expect(r.issues.filter((i) => i.code === "figure_set_aside").map((i) => i.raw)).toEqual(["20"]);
    expect(r.issues.some((i) => i.code === "value_conflict")).toBe(false);
  });
});

describe("a row that includes what the request excludes, alone", () => {
  it("is kept with a warning on its measure", async () => {
    const r = await read(
      ["Measure,2023", "New EHCPs issued,76", "New EHCPs issued within 20 weeks (including exceptions),20"].join("\n"),
    );
    const warned = r.issues.filter((i) => i.measure === "ehcp_20wk_issued" && i.severity === "warning");
    expect(warned.map((i) => i.code)).toContain("figure_other_period");
  });
});

describe("a note that a question's figures include what the request excludes", () => {
  it.each([
    "Note: the figures for question 3 are all new plans issued within 20 weeks, including exception cases.",
    "Please note that question 3 includes exceptions, as our system does not record them separately.",
  ])("%s", async (note) => {
    const r = await read(
      [
        "Measure,2023",
        "Requests for EHC needs assessment,582",
        "New EHC plans issued,333",
        "New EHC plans issued within 20 weeks,181",
        `"${note}",`,
      ].join("\n"),
    );
    const warned = r.issues.filter((i) => i.code === "label_outside_request" && i.severity === "warning");
    expect([...new Set(warned.map((i) => i.measure))]).toEqual(["ehcp_20wk_issued"]);
    expect(r.facts.find((f) => f.measure === "ehcp_20wk_issued")?.value).toBe(181);
  });
  it("a note that exceptions are left out is what was asked", async () => {
    const r = await read(
      [
        "Measure,2023",
        "New EHC plans issued,333",
        "New EHC plans issued within 20 weeks,181",
        '"Note: question 3 excludes exception cases, as asked.",',
      ].join("\n"),
    );
    expect(r.issues.some((i) => i.code === "label_outside_request")).toBe(false);
  });
});

describe("a note that names no question but includes what the request excludes", () => {
  // The note's words name what only the 20-week measure leaves out, so it speaks of that figure wherever it is;
  // read as nothing, the wider 181 would pass as the requested count.
  it.each([
    "Note: all figures include exception cases.",
    "Please note our figures include exceptions.",
    "Exceptions are not excluded from these figures.",
    "The 20 week figure includes exceptions.",
  ])("%s", async (note) => {
    const r = await read(
      [
        "Measure,2023",
        "Requests for EHC needs assessment,582",
        "New EHC plans issued,333",
        "New EHC plans issued within 20 weeks,181",
        `"${note}",`,
      ].join("\n"),
    );
    const warned = r.issues.filter((i) => i.code === "label_outside_request" && i.severity === "warning");
    expect([...new Set(warned.map((i) => i.measure))]).toEqual(["ehcp_20wk_issued"]);
    expect(r.facts.find((f) => f.measure === "ehcp_20wk_issued")?.value).toBe(181);
  });
  it.each([
    "Note: question 2 includes exception cases.",
    "Note: the total of EHC plans issued includes exception cases.",
  ])("a note about the total's exceptions stays with the total: %s", async (note) => {
    const r = await read(
      ["Measure,2023", "New EHC plans issued,333", "New EHC plans issued within 20 weeks,181", `"${note}",`].join("\n"),
    );
    expect(r.issues.some((i) => i.code === "label_outside_request")).toBe(false);
  });
});
