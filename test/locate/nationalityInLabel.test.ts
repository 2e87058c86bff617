import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(rows: string[][]) {
  const text = rows.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\n");
  return processFile(
    { file: "Anytown Council FOI export.csv", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
}

/**
 * A question-and-answer export that gives one nationality a row, the label
 * naming the group, the word for nationality and the nationality.
 */
describe("one nationality a row, named in the label", () => {
  it.each([
    ["Q12 UASC - nationality - Sudanese", "uasc Sudanese 4"],
    ["12. Trafficked: Nationality: Romanian", "trafficked Romanian 4"],
    ["Nationality - unaccompanied asylum seeking children - Iranian", "uasc Iranian 4"],
    ["12b) Trafficked or suspected trafficked – country of origin – Albanian", "trafficked Albanian 4"],
  ])("%s", async (label, expected) => {
    const r = await run([
      ["Question", "Response"],
      ["Q5 UASC looked after", "40"],
      [label, "4"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([expected]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(40);
  });

  it.each([
    ["a count's label with no nationality", "Q8 UASC - went missing - at least once"],
    ["both groups named", "Q12 Trafficked and UASC - nationality - Sudanese"],
    ["no word for nationality", "Q12 UASC - Sudanese - went missing"],
  ])("%s is not read as one nationality's count", async (_, label) => {
    const r = await run([
      ["Question", "Response"],
      [label, "4"],
    ]);
    expect(r.decisions.some((d) => d.message.includes("read as one nationality's count"))).toBe(false);
  });
});
