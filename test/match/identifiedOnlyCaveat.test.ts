import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Figures for trafficked children (1a, 2a, 3a) relate to children
 * identified through the National Referral Mechanism only": the request's
 * trafficked figures count children identified or suspected, so a note that
 * they count the identified alone makes them a part of what was asked.
 */
const { labels } = knowledge();
const identifiedOnly = (text: string) =>
  matchLabel(text, labels).caveats.some((c) =>
    /only children identified as trafficked/u.test(labels.caveats[c.index]?.message ?? ""),
  );

describe("a note that the trafficked figures count identified children only", () => {
  it.each([
    "Figures for trafficked children (1a, 2a, 3a) relate to children identified through the National Referral Mechanism only.",
    "These figures are for children identified via the NRM only",
    "Trafficked figures include only children with a positive NRM decision",
    "The trafficked figures do not include suspected cases",
    "trafficked children who went missing (identified only)",
    // A printed line of a note whose sentence wraps ("… through the National / Referral Mechanism only."):
    // figures that relate to children identified by some route are not those suspected.
    "Figures for trafficked children (1a, 2a, 3a) relate to children identified through the National",
  ])("%s", (text) => {
    expect(identifiedOnly(text)).toBe(true);
  });

  it.each([
    "Looked after children identified as trafficked through the National Referral Mechanism",
    "Children suspected of being trafficked, not identified through the NRM",
    "The figures include suspected cases as well as those identified through the NRM",
    "Identified and suspected cases are both included",
    "Figures relate to children identified or suspected through the NRM",
  ])("not %s", (text) => {
    expect(identifiedOnly(text)).toBe(false);
  });
});
