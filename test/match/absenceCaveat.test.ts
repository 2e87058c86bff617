import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A note that a count of missing children or episodes also counts children
 * absent from their placement widens the request's definition. Councils put
 * several words between "includes" and the absence, so each wording must
 * still find the caveat.
 */
const { labels } = knowledge();
const absence = (text: string) =>
  matchLabel(text, labels).caveats.some((c) =>
    /absent from their placement/u.test(labels.caveats[c.index]?.message ?? ""),
  );

describe("absence caveat", () => {
  it.each([
    "this figure includes young people absent from placement",
    "12 Please note this figure includes occasions on which a young person was recorded as 'away from placement without authorisation' (whereabouts known) as well as missing episodes.",
    "The figures include episodes where a child was recorded as absent rather than missing",
    // A comment beside the episodes that says the two are counted as one.
    "Missing and absent episodes combined - see Q6",
    "absent and missing episodes are combined on our system",
    "This figure combines missing and absent episodes",
  ])("%s", (text) => {
    expect(absence(text)).toBe(true);
  });

  it.each([
    "this figure does not include young people absent from placement",
    "missing and absent episodes are not combined",
    "missing and absent episodes are recorded separately",
    "does not combine missing and absent episodes",
  ])("is not read into a note that leaves absences out: %s", (text) => {
    expect(absence(text)).toBe(false);
  });
});
