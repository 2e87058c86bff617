import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "Please note: 1c data has been rounded to the nearest 5 for disclosure
 * reasons." above a table of every question: the note covers question 1c's
 * figures only. Read as a note on the whole file, 1a's 5, 1d's 10 and every
 * 0 became ranges though the council never rounded them (round 87).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function statuses(note: string): Promise<Record<string, string>> {
  const lines = [
    "Northfield Council FOI 1412,,,,",
    note,
    "Question,2021,2022,2023,Jan-Apr 2024",
    "1a,5,6,7,8",
    "1b,11,12,13,14",
    "1c,45,40,55,50",
    "1d,10,0,3,8",
  ];
  const r = await processFile(
    { file: "Northfield FOI 1412.csv", bytes: Buffer.from(lines.join("\n")), manifestCode: null },
    severalYears,
  );
  const out: Record<string, string> = {};
  for (const f of r.facts) if (f.raw === "45" || f.raw === "5" || f.raw === "10") out[f.measure] = f.status;
  return out;
}

describe("a rounding note whose subject names a question by its number", () => {
  it.each([
    "Please note: 1c data has been rounded to the nearest 5 for disclosure reasons.",
    "Please note: Q1c figures have been rounded to the nearest 5.",
  ])("%s covers that question only", async (note) => {
    expect(await statuses(`"${note}"`)).toEqual({
      trafficked_identified: "reported",
      uasc_looked_after: "suppressed",
      uasc_trafficked_looked_after: "reported",
    });
  });

  it("a bracketed list of questions after the group covers every question listed", async () => {
    // Leicestershire (round 167): "(1c, 2b and 3b)"; the bracket's comma cut 1c off the subject.
    expect(
      await statuses(
        '"In line with our statistical disclosure policy, UASC figures (1c, 2b and 3b) have been rounded to the nearest 5."',
      ),
    ).toEqual({
      trafficked_identified: "reported",
      uasc_looked_after: "suppressed",
      uasc_trafficked_looked_after: "reported",
    });
  });

  it("a note naming no question still covers every figure", async () => {
    expect(await statuses('"Please note: all figures have been rounded to the nearest 5."')).toEqual({
      trafficked_identified: "suppressed",
      uasc_looked_after: "suppressed",
      uasc_trafficked_looked_after: "suppressed",
    });
  });
});
