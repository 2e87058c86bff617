import { describe, expect, it } from "vitest";
import { buildOwnPlacePattern } from "../../src/match/buildOwnPlacePattern.js";
import { normaliseLabel } from "../../src/match/normaliseLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

describe("buildOwnPlacePattern: a council's own name as its replies write it", () => {
  it.each([
    [["Reading", "Reading Borough Council"], "Pupils in schools outside Reading", true],
    [["Reading", "Reading Borough Council"], "outside the Reading Borough boundary", true],
    [["Derby", "Derby City Council"], "outside the Derby City boundary", true],
    [["Suffolk County Council"], "placed outside Suffolk", true],
    [["London Borough of Lambeth"], "outside Lambeth", true],
    [["Royal Borough of Windsor and Maidenhead"], "outside Windsor and Maidenhead", true],
    // Another place, or the name as part of a longer word, is not the council's own.
    [["Reading", "Reading Borough Council"], "outside Wokingham", false],
    [["Bury", "Bury Metropolitan Borough Council"], "buryport", false],
  ])("%j matches %s: %s", (names, label, expected) => {
    const pattern = buildOwnPlacePattern(names);
    expect(pattern).not.toBeNull();
    expect(new RegExp(pattern ?? "^$", "u").test(normaliseLabel(label))).toBe(expected);
  });

  it("gives no pattern for a name that leaves no place", () => {
    expect(buildOwnPlacePattern(["Council"])).toBeNull();
  });
});

/** A round of one's own about pupils with EHC plans taught outside the council's area. */
function ehcRequest() {
  const request = {
    id: "ehc-out-of-area-test",
    title: "EHC plans out of area",
    citation: "our request about EHC plans",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [{ id: "2023-24", start: "2023-09-01", end: "2024-07-31", label: "2023/24 academic year" }],
    groups: [
      {
        id: "outside_la",
        label: "in schools outside the local authority",
        phrasings: ["\\boutside (of )?(the |your )?(local authority|la|council|borough)\\b"],
      },
      {
        id: "inside_la",
        label: "in schools within the local authority",
        phrasings: ["\\b(within|inside) (the |your )?(local authority|la|council|borough)\\b"],
      },
    ],
    metrics: [{ id: "pupils", label: "pupils", counts: "children", phrasings: ["\\bpupils?\\b"] }],
    measures: [
      { id: "outside_la_pupils", group: "outside_la", metric: "pupils", label: "Pupils outside" },
      { id: "inside_la_pupils", group: "inside_la", metric: "pupils", label: "Pupils within" },
    ],
    questions: [
      {
        number: "1",
        text: "How many pupils with EHC plans attend schools outside the local authority?",
        measures: ["outside_la_pupils"],
      },
    ],
  };
  return knowledgeForRequest(request);
}

describe("a label naming the replying council's own area", () => {
  const k = ehcRequest();
  const read = async (label: string) => {
    const csv = `Academic year,2023/24\n${label},42\n`;
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
      k,
    );
    return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
  };

  it.each([
    // Reading's reply: "outside Reading" is outside the local authority.
    ["Pupils with EHC plans in schools outside Reading", ["outside_la_pupils 42"]],
    ["Pupils placed outside the Reading Borough boundary", ["outside_la_pupils 42"]],
    // As the request words it: read as before.
    ["Pupils in schools outside the local authority", ["outside_la_pupils 42"]],
    ["Pupils in schools within Reading", ["inside_la_pupils 42"]],
    // Another council's name is somewhere else, never "the local authority".
    ["Pupils in schools outside Wokingham", []],
    ["Pupils in schools within Wokingham", []],
  ])("%s → %j", async (label, expected) => {
    expect(await read(label)).toEqual(expected);
  });
});

/**
 * Senders share the round's readings (one cache for a run), so a label that
 * names a council must still read as "the local authority" in that council's
 * reply only, whichever reply is read first.
 */
describe("one label in several councils' replies, read in turn", () => {
  const k = ehcRequest();
  const readAs = async (code: string) => {
    const csv = "Academic year,2023/24\nPupils in schools outside Wokingham,42\n";
    const r = await processFile({ file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: code }, k);
    return r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
  };

  it("reads the council's own name only in its own reply", async () => {
    // Reading (E06000038), Wokingham (E06000041), then Reading again.
    expect(await readAs("E06000038")).toEqual([]);
    expect(await readAs("E06000041")).toEqual(["outside_la_pupils 42"]);
    expect(await readAs("E06000038")).toEqual([]);
    expect(await readAs("E06000041")).toEqual(["outside_la_pupils 42"]);
  });
});
