import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { NO_CONTEXT, resolveMeasure } from "../../src/match/resolveMeasure.js";
import { schoolTransportRequest } from "../support/requestKnowledge.js";

describe("a row label that names its group in the request's own words", () => {
  const k = schoolTransportRequest();
  const resolve = (text: string) => resolveMeasure([matchLabel(text, k.labels)], NO_CONTEXT, k.request, k.labels);

  it.each([
    ["Eligible on distance / unsafe walking route", "mainstream_pupils"],
    // Its group named twice over (acronym and words): both are the group's phrasings.
    ["Eligible because of additional learning needs (ALN)", "send_pupils"],
  ])("%s → %s, the base metric", (text, measure) => {
    const r = resolve(text);
    expect(r.kind).toBe("measure");
    expect(r.kind === "measure" ? r.measure.id : null).toBe(measure);
  });

  it.each([
    // Words of another metric's measure ("refusal") are not the group's own: the label asks more.
    "Eligible because of SEND after refusal of transport by the panel",
    "Distance eligibility withdrawn during the year after review",
  ])("%s: says more than its group, so not read as the base count", (text) => {
    expect(resolve(text).kind).not.toBe("measure");
  });
});
