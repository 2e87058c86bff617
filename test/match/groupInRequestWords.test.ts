import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { NO_CONTEXT, resolveMeasure } from "../../src/match/resolveMeasure.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A round of one's own about school transport: the whole and two parts
 * named by the grounds on which pupils qualify, with appeals asked of one
 * part only. The groups' labels and the base measures' labels are the
 * request's own words for each group.
 */
function transportRequest() {
  return knowledgeForRequest({
    id: "transport-test",
    title: "School transport",
    citation: "our request about school transport",
    authorities: { list: "uk-local-authorities", asAt: "2025-01-13" },
    periods: [{ id: "2023-24", start: "2023-09-01", end: "2024-08-31", label: "2023/24" }],
    groups: [
      { id: "transported", label: "given free transport", phrasings: ["\\bfree transport\\b"] },
      { id: "mainstream", label: "eligible on distance or walking route grounds", phrasings: ["\\bdistance\\b"] },
      {
        id: "send",
        label: "eligible because of SEND",
        phrasings: ["\\bsend\\b", "\\baln\\b", "additional learning needs?"],
      },
    ],
    metrics: [
      { id: "pupils", label: "pupils", counts: "children", phrasings: ["\\bpupils?\\b"] },
      { id: "appeals", label: "appeals", counts: "episodes", phrasings: ["\\bappeals?\\b"] },
    ],
    relations: [{ kind: "parts", whole: "transported", parts: ["mainstream", "send"] }],
    measures: [
      { id: "transported_pupils", group: "transported", metric: "pupils", label: "Pupils given free transport" },
      {
        id: "mainstream_pupils",
        group: "mainstream",
        metric: "pupils",
        label: "Pupils eligible on distance or unsafe walking route grounds",
      },
      { id: "send_pupils", group: "send", metric: "pupils", label: "Pupils eligible because of SEN" },
      { id: "send_appeals", group: "send", metric: "appeals", label: "Appeals against refusal of SEND transport" },
    ],
  });
}

describe("a row label that names its group in the request's own words", () => {
  const k = transportRequest();
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
