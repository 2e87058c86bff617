import { describe, expect, it } from "vitest";
import { RequestSchema } from "../../src/domain/request.js";
import { describeRequest } from "../../src/init/describeRequest.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * Round 89's shape: a round of its own that reuses the 2015 metric ids
 * went_missing and missing_incidents for its own questions about return
 * home interviews. foi-agg's built-in episode phrasings ("missing episode")
 * matched "offered … following a missing episode" and made the question
 * unclear; a look-ahead in the round's own phrasing cannot stop another
 * phrasing matching.
 */
function interviewsRound(builtInPhrasings?: boolean) {
  const own = builtInPhrasings === undefined ? {} : { builtInPhrasings };
  return {
    id: "rhi-test",
    title: "Return home interviews",
    citation: "our request about return home interviews",
    authorities: { list: "uk-local-authorities", asAt: "2024-01-15" },
    periods: [{ id: "2023", start: "2023-01-01", end: "2023-12-31", label: "2023" }],
    groups: [{ id: "cla", label: "looked-after", phrasings: ["\\blooked after\\b"] }],
    metrics: [
      {
        id: "missing_incidents",
        label: "missing episodes",
        counts: "episodes",
        phrasings: ["^(?!.*\\b(interviews?|offered)\\b).*\\b(missing )?episodes?\\b"],
        ...own,
      },
      { id: "rhi_offered", label: "interviews offered", counts: "episodes", phrasings: ["\\boffer(ed|s)?\\b"] },
    ],
    measures: [
      { id: "cla_missing_incidents", group: "cla", metric: "missing_incidents", label: "Missing episodes" },
      { id: "cla_rhi_offered", group: "cla", metric: "rhi_offered", label: "Interviews offered" },
    ],
    questions: [
      {
        number: "1",
        text: "How many return home interviews were offered to looked after children following a missing episode?",
        measures: ["cla_rhi_offered"],
      },
    ],
  };
}

describe("builtInPhrasings: false leaves a reused 2015 id with the request's phrasings only", () => {
  it("with foi-agg's phrasings added (the default) the question is unclear, and the built-in phrasing is named", () => {
    const [q] = describeRequest(knowledgeForRequest(interviewsRound())).questions;
    expect(q?.verdict).toBe("unclear");
    expect(q?.phrasings).toContainEqual(
      expect.objectContaining({
        kind: "metric",
        id: "missing_incidents",
        matched: "missing episode",
        source: "built-in",
      }),
    );
    expect(q?.phrasings).toContainEqual(
      expect.objectContaining({ kind: "metric", id: "rhi_offered", source: "request" }),
    );
  });

  it("with builtInPhrasings false the question reads as the measure it asks, and no built-in phrasing applies", () => {
    const knowledge = knowledgeForRequest(interviewsRound(false));
    const [q] = describeRequest(knowledge).questions;
    expect(q?.verdict).toBe("agrees");
    expect(q?.phrasings.every((p) => p.source === "request")).toBe(true);
    // A reply's own short label still reads through the round's phrasing, not the built-in "\bepisodes\b" alone.
    expect(matchLabel("Missing episodes", knowledge.labels).metrics).toEqual(["missing_incidents"]);
    expect(matchLabel("Number of incidents", knowledge.labels).metrics).toEqual([]);
  });

  it("true or absent keeps the built-in phrasings (a label only they name is still read)", () => {
    for (const flag of [undefined, true]) {
      const knowledge = knowledgeForRequest(interviewsRound(flag));
      expect(matchLabel("Number of incidents", knowledge.labels).metrics).toEqual(["missing_incidents"]);
    }
  });

  it("refuses builtInPhrasings false with no phrasings of its own: no label could name the metric or group", () => {
    const round = interviewsRound(false);
    (round.metrics[0] as { phrasings: string[] }).phrasings = [];
    const parsed = RequestSchema.safeParse(round);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join("\n")).toMatch(
      /metric missing_incidents has builtInPhrasings false and no phrasings of its own/u,
    );
    const groupRound = {
      ...interviewsRound(),
      groups: [{ id: "uasc", label: "unaccompanied", builtInPhrasings: false }],
    };
    const groupParsed = RequestSchema.safeParse(groupRound);
    expect(groupParsed.error?.issues.map((i) => i.message).join("\n")).toMatch(
      /group uasc has builtInPhrasings false/u,
    );
  });

  it("lists which phrasings apply to each question, and says which are built in", () => {
    const [q] = describeRequest(knowledgeForRequest(interviewsRound())).questions;
    expect(q?.phrasings.map((p) => `${p.kind} ${p.id} ${p.source}`)).toEqual([
      "group cla request",
      "metric missing_incidents built-in",
      "metric rhi_offered request",
    ]);
  });
});
