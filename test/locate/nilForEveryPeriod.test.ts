import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { nilForEveryPeriod } from "../../src/locate/nilForEveryPeriod.js";

const nil = { status: "reported", value: 0, lower: 0, upper: 0 } as const;

describe("a nil for every period, then remarks", () => {
  const every = loadKnowledge().labels.everyPeriod;
  it("is the paragraph's answer when the remarks give no count", () => {
    const rest = [
      "Children are only recorded once a referral has been made to the National Referral Mechanism, so all of them are included in 1a.",
    ];
    expect(nilForEveryPeriod("None in any of the periods.", nil, rest, every)).toBe(true);
    expect(
      nilForEveryPeriod("Nil for each period.", nil, ["All of the children who went missing were located."], every),
    ).toBe(true);
  });
  it("is not when a remark gives a count or a year, or the opening names no every-period phrase", () => {
    expect(
      nilForEveryPeriod("Nil for each period.", nil, ["Except 2022, when 2 children remain missing."], every),
    ).toBe(false);
    expect(nilForEveryPeriod("None of these children.", nil, ["They were all located."], every)).toBe(false);
    expect(nilForEveryPeriod("Nil for each period.", nil, [], every)).toBe(false);
  });
});
