import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A narrow heading cell of a PDF table breaks words at the column's edge with
 * no hyphen, and its lines are joined with spaces: "Incide nts (UASC )". The
 * label is read again with the pieces joined, but only where that makes it
 * name a group or metric; words that stand side by side stay apart.
 */
const { labels } = knowledge();

describe("a label with words broken across a narrow cell's lines", () => {
  it.each([
    ["3a Inciden ts (traffic ked)", ["trafficked"], ["missing_incidents"]],
    ["3b Incide nts (traffic ked)", ["trafficked"], ["missing_incidents"]],
  ])("%s", (text, groups, metrics) => {
    const read = matchLabel(text, labels);
    expect(read.groups).toEqual(groups);
    expect(read.metrics).toEqual(metrics);
    expect(read.text).toBe(text);
    expect(read.phrases.some((p) => p.startsWith("a word broken across lines"))).toBe(true);
  });

  it("leaves a label that names nothing more when joined as it was", () => {
    const read = matchLabel("Number of them", labels);
    expect(read.phrases.some((p) => p.startsWith("a word broken across lines"))).toBe(false);
  });

  it("joins nothing in a label already read whole", () => {
    const read = matchLabel("2a Trafficked went missing", labels);
    expect(read.groups).toEqual(["trafficked"]);
    expect(read.metrics).toEqual(["went_missing"]);
    expect(read.phrases.some((p) => p.startsWith("a word broken across lines"))).toBe(false);
  });
});

/**
 * Round 21 (unregistered children's homes): "Children who went missing from the placement at least once" names
 * went-missing and no group. Joining "missing from" gave "missingfrom the placement", which also named the
 * placements metric, and the label became ambiguous. A join that makes a label name two metrics, or more groups
 * than one, is no word put back together.
 */
describe("a join that would make a label ambiguous", () => {
  const round = loadKnowledge({ request: "fixtures/holdout21/request.json" }).labels;
  it("is not made", () => {
    const read = matchLabel("Children who went missing from the placement at least once", round);
    expect(read.metrics).toEqual(["went_missing"]);
    expect(read.phrases.some((p) => p.startsWith("a word broken across lines"))).toBe(false);
  });
});

/**
 * A label that already names a group or a metric is read as written: joining two of its real words ("spent on" →
 * "spenton", "total cost" → "totalcost") made other phrases match and lost the words that said it is a total.
 */
describe("a label that names a group or metric already", () => {
  const round = loadKnowledge({ request: "fixtures/holdout111/request.json" }).labels;
  it.each(["the total spent on age assessments was", "total cost of age assessments"])("%s joins nothing", (text) => {
    const read = matchLabel(text, round);
    expect(read.phrases.some((p) => p.startsWith("a word broken across lines"))).toBe(false);
  });
});
