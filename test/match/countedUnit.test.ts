import { describe, expect, it } from "vitest";
import type { MetricDef } from "../../src/domain/request.js";
import { deniesUnitOfMetric, readUnitStatement, unitsOfMetric } from "../../src/match/countedUnit.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

/**
 * One reading of "this figure counts another unit", wherever the words are
 * (a note, a footnote, a label, a remark after the figure): every wording the
 * three readers before it read, in one table. Each row: the words, the
 * metric they are said of, and whether they say its figure counts another unit.
 */
const { labels } = knowledge();
const units = labels.countedUnits;

const metric = (label: string, counts: "children" | "episodes"): MetricDef => ({
  id: "m",
  label,
  counts,
  phrasings: [],
});
const wentMissing = metric("went missing", "children");
const episodes = metric("missing episodes", "episodes");
const households = metric("approved households", "children");
const newlyApproved = metric("newly approved households", "episodes");
const visits = metric("visits offered", "episodes");
const childrenSeen = metric("children seen", "children");
const made = metric("made subject to an order", "children");
const allowance = metric("awarded an allowance", "children");

describe("words that say what a figure counts", () => {
  it.each<[string, MetricDef, boolean]>([
    // Remarks and footnotes after a figure (remarkCountsOther).
    [
      "please note that this figure is the number of missing episodes rather than the number of individual children, as our recording system counts each missing episode separately.",
      wentMissing,
      true,
    ],
    ["this is a count of missing incidents rather than of individual children.", wentMissing, true],
    ["the figure given is missing episodes as opposed to young people.", wentMissing, true],
    ["please note this is not the number of children but the number of missing episodes.", wentMissing, true],
    ["rather than the number of children, this figure is the number of missing episodes.", wentMissing, true],
    [
      "Please note that this is the number of missing episodes for unaccompanied young people, not the number of individual young people.",
      wentMissing,
      true,
    ],
    ["This figure is the number of missing incidents rather than the number of children.", wentMissing, true],
    ["counted by date reported rather than date returned.", wentMissing, false],
    ["the number of children, not the number of episodes, which was 30.", wentMissing, false],
    ["the number of children, not the number of episodes.", episodes, true],
    // Notes over counts of episodes (a labels.json caveat that had counts: "episodes").
    [
      "the figures for questions 1 and 2 are the number of children offered a visit, not the number of visits.",
      visits,
      true,
    ],
    ["question 1 counts children, not visits.", visits, true],
    ["question 1 counts children, not visits.", childrenSeen, false],
    // Notes over counts of children (a caveat that had counts: "children").
    ["The allowance figures count special guardianship households, not children", allowance, true],
    ["the figures for question 2 are the number of carers rather than the number of children.", allowance, true],
    ["question 1 counts orders, not individual children.", made, true],
    ["for question 2 sibling groups placed together are counted once.", allowance, true],
    ["question 1 counts children placed with parents, not children in foster care.", made, false],
    // Notes naming the unit a metric's label counts (metricUnit.ts's deniesUnitOf).
    ["The figures at question 1 are the number of individual approved foster carers, not households", households, true],
    ["Question 1 counts foster carers rather than households.", households, true],
    ["The figures at question 1 relate to individual carers and not households.", households, true],
    ["The figures at question 1 relate to individual carers and not households.", newlyApproved, true],
    ["The figures at question 1 are the number of households, not individual carers.", households, false],
    ["Question 1 counts households rather than the number of carers.", households, false],
    ["The figures at question 1 are the number of foster carers who are not approved yet.", households, false],
    // What a count of households is said to count instead of children only confirms it.
    ["The figures are the number of households, not children.", households, false],
    // A unit counted once for each of another: the other is what is counted ("for each episode": episodes).
    [
      "where a household’s support ended and was later started again, the household is counted once for each episode of support.",
      households,
      true,
    ],
    ["a child who went missing more than once is counted once for each episode.", wentMissing, true],
    ["a child who went missing more than once is counted once for each episode.", episodes, false],
    ["a young person who presented more than once in a year is counted each time.", wentMissing, true],
    ["Children are counted once per period even if they went missing more than once.", wentMissing, false],
    ["Three young people had been counted twice because they moved placement during the year.", wentMissing, false],
  ])("%s (of %o)", (words, of, denies) => {
    expect(deniesUnitOfMetric(readUnitStatement(words, units), of, units)).toBe(denies);
  });

  it("reads what a statement says and denies, by the unit words of labels.json", () => {
    expect(readUnitStatement("individual carers, not households", units)).toEqual({
      said: ["carers"],
      denied: ["households"],
    });
    expect(readUnitStatement("sibling groups are counted once", units)).toEqual({
      said: ["sibling groups"],
      denied: ["children"],
    });
  });

  it("takes a metric's unit from its counts and from what its label counts, not what the label is about", () => {
    expect([...unitsOfMetric(households, units)].sort()).toEqual(["children", "households"]);
    expect([...unitsOfMetric(made, units)]).toEqual(["children"]);
  });
});

/** The caveat that finds such a note is one entry of labels.json: the words it finds, the reader above decides. */
describe("the note that finds such words", () => {
  it.each([
    "The allowance figures count special guardianship households, not children.",
    "Question 1 counts foster carers rather than households.",
    "Note: the figures are the number of children offered a visit, not the number of visits.",
    "For question 2 sibling groups placed together are counted once.",
    // A child with two periods of care in a year is counted twice: periods, not children.
    "Please note: the figures for 1c are the number of periods of care for UASC that started in each year.",
    "Where support ended and started again, the household is counted once for each episode of support.",
    "A child who went missing more than once is counted each time they went missing.",
  ])("%s", (note) => {
    const found = matchLabel(note, labels).caveats.filter(({ index }) => labels.caveats[index]?.countedUnit);
    expect(found).toHaveLength(1);
  });

  it("is not read when the note denies it", () => {
    const found = matchLabel("the allowance figures do not count households rather than children.", labels).caveats;
    expect(found.filter(({ index }) => labels.caveats[index]?.countedUnit)).toEqual([]);
  });
});
