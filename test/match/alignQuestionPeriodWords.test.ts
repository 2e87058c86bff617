import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { alignQuestion } from "../../src/match/alignQuestion.js";
import { matchLabel } from "../../src/match/matchLabel.js";

// The bundled 2015 request: 1a "… between 1 October 2014 and 30 September 2015 were identified as having been trafficked?"
const { request, labels } = loadKnowledge({});

describe("a numbered label that restates its question with the period shortened", () => {
  it.each([
    ["1a Identified as trafficked (1 Oct 2014 - 30 Sep 2015)", "1a"],
    ["1b Suspected of being trafficked (1 Oct 2014 - 30 Sep 2015)", "1b"],
    ["1b Suspected of being trafficked (1 Oct 2014 - 30 Sept 2015)", "1b"],
  ])("%s → question %s by number and wording", (label, number) => {
    const aligned = alignQuestion([matchLabel(label, labels)], request.questions);
    expect([aligned?.question.number, aligned?.by]).toEqual([number, "number and wording"]);
  });

  it("still leaves a numbered label whose words are another question's unaligned", () => {
    expect(
      alignQuestion([matchLabel("1a UASC who went missing (Oct 2014 - Sep 2015)", labels)], request.questions),
    ).toBeNull();
  });
});
