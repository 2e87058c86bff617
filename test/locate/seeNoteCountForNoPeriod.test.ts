import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "4 | Still missing … | See note" and under the table "Note Q4: 3 children
 * … were recorded as missing and not found as at 30/04/2024. We cannot
 * report this by year.": in a round of several periods, the one figure the
 * note gives is for none of them. It is told (figure_period_not_stated,
 * naming the question's measure), never given to the column the "See note"
 * sits in (round 87).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function issuesOf(note: string) {
  const lines = [
    "Northfield Council FOI 1412,,,,,",
    "Question,Description,2021,2022,2023,Jan-Apr 2024",
    "1c,Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
    "4,Still missing or absent (including those who turned 18 without being found) - trafficked or UASC,See note,,,",
    ",,,,,",
    note,
  ];
  const r = await processFile(
    { file: "Northfield FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
    severalYears,
  );
  return {
    told: r.issues.filter((i) => i.code === "figure_period_not_stated").map((i) => i.measure),
    figures: r.facts.filter((f) => f.measure === "not_found" && f.status === "reported").length,
  };
}

describe("'See note' pointing to a note that counts for no requested period", () => {
  it("is told, naming the question's measure, and gives no figure", async () => {
    expect(
      await issuesOf(
        '"Note Q4: 3 children (trafficked or UASC) were recorded as missing and not found as at 30/04/2024. We cannot report this by year."',
      ),
    ).toEqual({ told: ["not_found"], figures: 0 });
  });

  it("a note naming no count tells nothing", async () => {
    expect(
      await issuesOf('"Note Q4: we do not report this by year, and the children are followed up by the team."'),
    ).toEqual({ told: [], figures: 0 });
  });
});
