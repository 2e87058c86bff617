import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "7. Missing episodes of UASC | 4 | This is the number of UASC with a
 * missing episode; our report does not count the episodes themselves"
 * (round 105): a remark in a Comments column that the row's figure counts
 * children, under a question about episodes. Read as nothing, 4 children
 * passed as 4 episodes, exact and unwarned.
 */
describe("a remark that a row's figure counts children who had an episode, not episodes", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url)),
  });
  const warned = async (remark: string): Promise<string[]> => {
    const body = [
      "Q,Question,2021,2022,2023,Comments",
      "1c,Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.,30,46,64,",
      `3b,Missing episodes of UASC or separated children,4,6,9,"${remark}"`,
    ].join("\n");
    const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "E09000029" }, knowledge);
    return [
      ...new Set(
        r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure as string),
      ),
    ];
  };

  it.each([
    "This is the number of UASC with a missing episode; our report does not count the episodes themselves.",
    "Shows the number of children who had at least one missing episode",
    "Our case system does not count individual episodes",
  ])("flags the episodes' count beside %s", async (remark) => {
    expect(await warned(remark)).toEqual(["uasc_missing_incidents"]);
  });

  it("leaves a remark that the figure counts the episodes", async () => {
    expect(await warned("Each missing episode is counted, including repeat episodes")).toEqual([]);
  });
});
