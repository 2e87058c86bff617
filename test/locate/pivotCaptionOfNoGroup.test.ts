import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Excel's pivot table with the group, then the nationality, as its row
 * fields puts a caption over every group, the children of no requested group
 * among them: "(blank)" where the group field was empty, or "Other looked
 * after children". Such a caption closes the group above; its rows are no
 * group's the request asks about, and "(blank) Total" is a subtotal, never a
 * nationality.
 */
const untilHarmEnds = loadKnowledge({ request: "fixtures/holdout137/request.json" });

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "Barnsley MBC FOI response.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E08000016",
    },
    untilHarmEnds,
  );
  return {
    nats: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} ${n.periodText?.split(" | ")[0]}`).sort(),
    issues: r.issues,
  };
};

const HEAD = ["Q5 Nationality of children who went missing,,,,", "Row Labels,2021,2022,2023,Grand Total"];
const UASC = ["UASC,3,2,1,6", "Afghan,2,1,1,4", "Eritrean,1,1,0,2"];

describe("a pivot caption that names no requested group", () => {
  it.each([
    ["(blank), closed UASC", [...UASC, "UASC Total,3,2,1,6", "(blank),1,1,0,2"], "(blank) Total,1,1,0,2"],
    [
      "Other looked after children, closed UASC",
      [...UASC, "UASC Total,3,2,1,6", "Other looked after children,1,1,0,2"],
      "Other looked after children Total,1,1,0,2",
    ],
    ["(blank), no UASC Total", [...UASC, "(blank),1,1,0,2"], "(blank) Total,1,1,0,2"],
  ])("%s", async (_, top, subtotal) => {
    const { nats, issues } = await read([
      ...HEAD,
      ...top,
      "Albanian,1,0,0,1",
      "Vietnamese,0,1,0,1",
      subtotal,
      "Grand Total,4,3,1,8",
    ]);
    expect(nats).toEqual([
      "uasc Afghan 1 2022",
      "uasc Afghan 1 2023",
      "uasc Afghan 2 2021",
      "uasc Eritrean 0 2023",
      "uasc Eritrean 1 2021",
      "uasc Eritrean 1 2022",
    ]);
    // Its rows are flagged, never counted as Other/unknown of a group.
    expect(issues.filter((i) => i.code === "nationality_unknown")).toEqual([]);
    const flagged = issues.filter((i) => i.severity !== "info" && /Albanian|Vietnamese/u.test(i.message));
    expect(flagged.length).toBeGreaterThan(0);
  });
});
