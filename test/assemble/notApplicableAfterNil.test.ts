import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(lines: readonly string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const k = knowledge();
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "E06000038");
  if (!r) throw new Error("no return");
  return r;
}

// "2) How many went missing: none", then "3) Missing episodes: not
// applicable": with nobody gone missing, the questions about those who went
// missing have nothing to count, so "not applicable" is 0, noted as such.
describe('"not applicable" after nobody went missing', () => {
  it.each([
    ["not applicable"],
    ["Not applicable."],
    ["Not applicable (0)."],
    ["N/A - 0"],
    ["Not applicable - 0 episodes."],
  ])("%s", async (na) => {
    const r = await assemble([
      "1) Looked after children identified or suspected as trafficked: 2",
      "2) How many went missing at least once: none",
      `3) Missing episodes: ${na}`,
      `4) Still missing: ${na}`,
    ]);
    const v = (m: string) => r.values.find((x) => x.measure === m);
    expect([v("trafficked_missing_incidents")?.status, v("trafficked_missing_incidents")?.value]).toEqual([
      "derived",
      0,
    ]);
    expect([v("trafficked_not_found")?.status, v("trafficked_not_found")?.value]).toEqual(["derived", 0]);
    expect(
      r.issues
        .filter((i) => i.code === "value_annotated")
        .map((i) => i.measure)
        .sort(),
      // "none" for question 2 is a zero written as a word, noted too (session 43).
    ).toEqual(["trafficked_missing_incidents", "trafficked_not_found", "trafficked_went_missing"]);
  });

  // "N/A" alone is the council's shorthand, which in replies also stands for "not available": after a
  // stated "none", where the reply never says what its N/A means, the 0 is a warning to check, not a note
  // (the holdout corpus reads such an N/A both ways: 0 in round 41, not answered in rounds 4, 8 and 47).
  it.each([["N/A"], ["n/a"], ["N.A."]])(
    "warns on a bare %s read as 0 when the reply never says what it means",
    async (na) => {
      const r = await assemble([
        "1) Looked after children identified or suspected as trafficked: 2",
        "2) How many went missing at least once: none",
        `3) Missing episodes: ${na}`,
        `4) Still missing: ${na}`,
      ]);
      const v = (m: string) => r.values.find((x) => x.measure === m);
      expect([v("trafficked_missing_incidents")?.status, v("trafficked_missing_incidents")?.value]).toEqual([
        "derived",
        0,
      ]);
      expect(
        r.issues
          .filter((i) => i.code === "value_annotated" && i.severity === "warning")
          .map((i) => i.measure)
          .sort(),
      ).toEqual(["trafficked_missing_incidents", "trafficked_not_found"]);
    },
  );

  it.each([["N/A - see answer 2"], ["Not applicable"]])(
    "reads a bare N/A as 0 where another answer says what N/A means (%s)",
    async (said) => {
      const r = await assemble([
        "1) Looked after children identified or suspected as trafficked: 2",
        "2) How many went missing at least once: none",
        `3) Missing episodes: ${said}`,
        "4) Still missing: N/A",
      ]);
      const v = (m: string) => r.values.find((x) => x.measure === m);
      expect([v("trafficked_not_found")?.status, v("trafficked_not_found")?.value]).toEqual(["derived", 0]);
    },
  );

  it("stays unanswered when children did go missing", async () => {
    const r = await assemble([
      "1) Looked after children identified or suspected as trafficked: 2",
      "2) How many went missing at least once: 1",
      "3) Missing episodes: not applicable",
    ]);
    expect(r.values.find((x) => x.measure === "trafficked_missing_incidents")?.status).toBe("not_answered");
  });

  it("keeps 'not applicable' with a figure other than 0 beside it unanswered", async () => {
    const r = await assemble([
      "1) Looked after children identified or suspected as trafficked: 2",
      "2) How many went missing at least once: none",
      "3) Missing episodes: Not applicable (3)",
    ]);
    expect(r.values.find((x) => x.measure === "trafficked_missing_incidents")?.status).toBe("not_answered");
  });

  // "2. Of those, how many went missing? Not applicable - see answer 1.": the
  // answer points back to the nil that makes it so, and the questions after
  // it follow from that 0 in turn.
  it.each([["Not applicable - see answer 1."], ["N/A (see Q1)"], ["n/a – please see answer 1 above"]])(
    "%s after none looked after",
    async (na) => {
      const r = await assemble([
        "1. How many looked after children were identified or suspected as trafficked?",
        "None.",
        "",
        "2. Of those children, how many went missing at least once?",
        na,
        "",
        "3. How many missing episodes did those children have?",
        "Not applicable.",
      ]);
      const v = (m: string) => r.values.find((x) => x.measure === m);
      expect([v("trafficked_went_missing")?.status, v("trafficked_went_missing")?.value]).toEqual(["derived", 0]);
      expect([v("trafficked_missing_incidents")?.status, v("trafficked_missing_incidents")?.value]).toEqual([
        "derived",
        0,
      ]);
    },
  );

  it("keeps a pointer that gives a figure of its own unanswered", async () => {
    const r = await assemble([
      "1. How many looked after children were identified or suspected as trafficked?",
      "None.",
      "",
      "2. Of those children, how many went missing at least once?",
      "Not applicable - see answer 1, though 2 went missing before the period.",
    ]);
    expect(r.values.find((x) => x.measure === "trafficked_went_missing")?.value ?? null).not.toBe(0);
  });
});
