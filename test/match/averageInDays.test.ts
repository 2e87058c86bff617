import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * An average asked in hours ("What was the average length, in hours, of a
 * missing episode?") given in days ("Average length of missing episode
 * (days)") is kept with a warning on its measure, never as hours unsaid.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout117/request.json", import.meta.url).pathname,
});

describe("an average given in days where the request asks hours", () => {
  it.each<[string, string[]]>([
    ["Average length of missing episode (days)", ["cla_avg_hours"]],
    ["Average length of missing episode (hours)", []],
  ])("%j is warned on %j", async (label, want) => {
    const csv = ["Question,2022/23,2023/24", "Looked after children who went missing,55,42", `${label},1.2,1.3`];
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv.join("\n")), manifestCode: "E08000010" },
      knowledge,
    );
    const warned = new Set(
      r.issues.filter((i) => i.code === "label_outside_request" && i.severity !== "info").map((i) => i.measure),
    );
    expect([...warned]).toEqual(want);
  });
});
