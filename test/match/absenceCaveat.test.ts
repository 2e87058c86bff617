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
  ])("%s", (text) => {
    expect(absence(text)).toBe(true);
  });

  it("is not read into a note that leaves absences out", () => {
    expect(absence("this figure does not include young people absent from placement")).toBe(false);
  });
});
