import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

async function read(rows: string[]) {
  const text = ["North Ayrshire Council FOI", "Question,2018,2019,2020", ...rows].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000021" },
    knowledge,
  );
  return {
    facts: r.facts
      .filter((f) => f.measure.endsWith("missing_incidents") || f.measure === "not_found")
      .map((f) => `${f.measure} ${f.status} ${f.value ?? "-"}`)
      .sort(),
    notAnswered: r.issues.filter((i) => i.code === "value_not_answered" && i.cell !== undefined).length,
    annotated: r.issues.filter((i) => i.code === "value_annotated").length,
  };
}

const q2 = ["2a Went missing - trafficked,1,6,5", "2b Went missing - UASC,15,7,0"];

/**
 * "3b … | As Q2 | As Q2 | As Q2" under "2b … | 15 | 7 | 0": question 3's
 * answer is question 2's, column by column, part by part. Read across, with
 * a note on each figure; the row is no longer taken as a header of the rows
 * below it ("4 Still missing" keeps its years).
 */
describe('"As Q2" in a figure cell is question 2\'s figure in the same column', () => {
  it("reads each part's figures across and keeps the rows below", async () => {
    const r = await read([
      ...q2,
      "3a Individual incidents - trafficked,As Q2,As Q2,As Q2",
      "3b Individual incidents - UASC,As Q2,As Q2,As Q2",
      "4 Still missing or absent,1,0,2",
    ]);
    expect(r.facts).toEqual([
      "not_found reported 0",
      "not_found reported 1",
      "not_found reported 2",
      "trafficked_missing_incidents reported 1",
      "trafficked_missing_incidents reported 5",
      "trafficked_missing_incidents reported 6",
      "uasc_missing_incidents reported 0",
      "uasc_missing_incidents reported 15",
      "uasc_missing_incidents reported 7",
    ]);
    expect(r.notAnswered).toBe(0);
    expect(r.annotated).toBe(6);
  });
  it("reads a lettered question named in full", async () => {
    const r = await read([...q2, "3b Individual incidents - UASC,Same as question 2b,As Q2b,As for Q2b above"]);
    expect(r.facts).toEqual([
      "uasc_missing_incidents reported 0",
      "uasc_missing_incidents reported 15",
      "uasc_missing_incidents reported 7",
    ]);
  });
  it("leaves a pointer to a question with no figure in its column as not answered", async () => {
    const r = await read(["2b Went missing - UASC,15,,", "3b Individual incidents - UASC,As Q2,As Q2,As Q2"]);
    expect(r.facts.filter((f) => f.includes("reported"))).toEqual(["uasc_missing_incidents reported 15"]);
  });
});
