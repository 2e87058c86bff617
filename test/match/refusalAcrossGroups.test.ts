import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { measuresRefusedTogether } from "../../src/match/refusalAcrossGroups.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "3. The total number of individual incidents … (a) trafficked (b)
 * UASC/separated …" over a section 12 refusal (round 83): the restated
 * question names both groups, so the refusal read as both groups' count and
 * was set aside; it withholds each group's count.
 */
describe("a refusal under a question that names both groups", () => {
  const { request } = severalYears;
  it.each<[string, object, string[]]>([
    [
      "refused",
      { status: "refused", value: null, lower: null, upper: null },
      ["trafficked_missing_incidents", "uasc_missing_incidents"],
    ],
    [
      "not held",
      { status: "not_held", value: null, lower: null, upper: null },
      ["trafficked_missing_incidents", "uasc_missing_incidents"],
    ],
    ["a figure", { status: "reported", value: 9, lower: 9, upper: 9 }, []],
  ])("%s", (_, parsed, want) => {
    expect(measuresRefusedTogether(request, "missing_incidents", parsed as never).map((m) => m.id)).toEqual(want);
  });

  it("answers each group's question in a letter", async () => {
    const text = [
      "Dear Requester,",
      "",
      "3. The total number of individual incidents (which could involve the same child on more than one occasion) of looked after children in the care of your authority (a) trafficked (b) UASC/separated, that have gone missing or absent.",
      "To answer this question would require a manual examination of each missing episode record. We are therefore refusing this part of your request under section 12 of the Freedom of Information Act 2000.",
      "",
      "Yours sincerely,",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    const got = r.facts.filter((f) => f.status === "refused").map((f) => f.measure);
    expect([...new Set(got)].sort()).toEqual(["trafficked_missing_incidents", "uasc_missing_incidents"]);
  });
});
