import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const reply = (trafficked: string) =>
  [
    "Cyngor Dinas Caerdydd / Cardiff Council",
    "Cwestiwn 9 / Question 9",
    "What are the nationalities of the trafficked and unaccompanied children who went missing?",
    "Ateb / Answer:",
    trafficked,
    "Plant ar eu pen eu hunain sy'n ceisio lloches / UASC: Ethiopiaidd / Ethiopian – 3; Eritreaidd / Eritrean – 1",
    "Yn gywir / Yours sincerely",
  ].join("\n");

describe("a nationality list headed by its group in Welsh and English", () => {
  it.each([
    "Plant a fasnachwyd / Trafficked: Nigeriaidd / Nigerian – 1",
    "Plant a fasnachwyd / Trafficked: Nigerian – 1",
  ])("%s: one nationality of the named group, not an unlabelled count", async (line) => {
    const r = await processFile(
      { file: "Ymateb - Response.txt", bytes: new TextEncoder().encode(reply(line)), manifestCode: "W06000015" },
      knowledge(),
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "trafficked Nigerian 1",
      "uasc Eritrean 1",
      "uasc Ethiopian 3",
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain("label_unmatched");
    expect(r.facts.filter((f) => f.measure.startsWith("trafficked_"))).toEqual([]);
  });
});
