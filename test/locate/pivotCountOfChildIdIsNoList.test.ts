import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A pivot export's value fields ("Count of Child ID", "Sum of Missing
 * Episodes") count over the child references: the table is a table of
 * figures, never a list of children, so its rows are not counted as
 * children and its "Grand Total" is not checked against such a count.
 */
describe("a pivot export whose value field counts child references", () => {
  const k = loadKnowledge({
    request: join(import.meta.dirname, "../../src/knowledge/request-until-harm-ends-2021-2024.json"),
  });
  it.each(["Count of Child ID", "Distinct Count of Child Ref", "Sum of Child ID"])("%s is no list", async (header) => {
    const lines = [
      `Row Labels,${header},Count of Went Missing`,
      "UASC / Separated,,",
      "    2021,8,0",
      "    2022,18,4",
      "UASC / Separated Total,26,4",
      "Grand Total,26,4",
    ];
    const r = await processFile(
      { file: "pivot.csv", bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: "E06000011" },
      k,
    );
    const codes = r.issues.map((i) => i.code);
    expect(codes).not.toContain("episodes_aggregated");
    expect(codes).not.toContain("episode_row_unreadable");
    expect(codes).not.toContain("value_conflict");
  });
});
