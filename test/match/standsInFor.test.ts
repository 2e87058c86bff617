import { describe, expect, it } from "vitest";
import { standsInFor } from "../../src/match/standsInFor.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "We are able to report the number of NTS referrals made, rather than
 * completed transfers out: 2021/22 – 8" (round 97): the label names the count
 * the request asks as what its figure is not. Placed on that measure by its
 * question number, the figure must carry a warning.
 */
const vocab = knowledge().labels;

describe("a label that gives its figure in place of the count asked", () => {
  it.each([
    ["2. We can only give the number of missing reports, rather than children who went missing", "went_missing"],
    ["Q2: the number of missing episodes instead of the number of children who went missing", "went_missing"],
  ])("reads %j as standing in for %s", (text, metric) => {
    expect(standsInFor(text, metric, vocab)).toMatch(/rather than|instead of/u);
  });

  it.each([
    // The denied words name another count than the measure's.
    ["Children who went missing, rather than missing episodes", "went_missing"],
    // The words before name the measure's count too: the contrast affirms it.
    ["Children who went missing at least once rather than children who went missing twice", "went_missing"],
    // Nothing the request counts is denied.
    ["Figures are for the financial year rather than the calendar year", "went_missing"],
  ])("leaves %j alone for %s", (text, metric) => {
    expect(standsInFor(text, metric, vocab)).toBeNull();
  });

  it("flags the figure the whole way through a letter", async () => {
    const text = [
      "Wakefield Council - response to your FOI request",
      "6. We can report the number of missing reports for UASC, rather than UASC who went missing at least once: 7",
    ].join("\n");
    const r = await processFile(
      { file: "Wakefield.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
      knowledge(),
    );
    const flagged = r.issues.filter((i) => i.code === "label_outside_request" && i.message.includes("in place of"));
    expect(flagged.map((i) => i.measure)).toEqual(r.facts.filter((f) => f.raw === "7").map((f) => f.measure));
    expect(flagged).toHaveLength(1);
  });
});
