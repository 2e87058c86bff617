import { describe, expect, it } from "vitest";
import { settleFacts } from "../../src/assemble/settleMeasure.js";
import type { Fact } from "../../src/domain/facts.js";

/**
 * A suppressed average ("<5" answered to "average caseload") has no bounds:
 * it is an answer without a figure, never a range from 0 to anything.
 */
const at = (row: number) => [{ file: "reply.csv", format: "csv" as const, sheet: "reply.csv", row, col: 2 }];
const suppressed: Fact = {
  measure: "caseload",
  status: "suppressed",
  value: null,
  lower: null,
  upper: null,
  raw: "<5",
  sources: at(2),
  label: "Average caseload",
};
const given: Fact = {
  ...suppressed,
  status: "reported",
  value: 17.4,
  lower: 17.4,
  upper: 17.4,
  raw: "17.4",
  sources: at(3),
};

describe("settleFacts: a suppressed average", () => {
  it("stays suppressed with no bounds when alone", () => {
    expect(settleFacts([suppressed])).toMatchObject({ status: "suppressed", lower: null, upper: null });
  });

  it("gives way to the figure given elsewhere, with no range made from it", () => {
    expect(settleFacts([suppressed, given])).toMatchObject({ status: "reported", value: 17.4 });
  });

  it("is no conflict beside another suppressed answer", () => {
    expect(settleFacts([suppressed, { ...suppressed, sources: at(4) }])).toMatchObject({
      status: "suppressed",
      lower: null,
      upper: null,
    });
  });
});
