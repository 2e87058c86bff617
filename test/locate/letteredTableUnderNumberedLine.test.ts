import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(body: string): Promise<string[]> {
  const bytes = await buildDocx({ body });
  const r = await processFile({ file: "reply.docx", bytes, manifestCode: "W06000011" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * Swansea's shape: "2. … that have gone missing or absent" on a line of its
 * own, then a small table headed "| Children" whose rows are "a. Trafficked"
 * and "b. UASC": the table's lettered rows are question 2's parts (2a, 2b),
 * as the same lines in the letter's text would be.
 */
describe("a table of lettered rows under a numbered line", () => {
  it("reads each row as that question's part", async () => {
    const body = [
      para("Dear Sir / Madam,"),
      para("2. … that have gone missing or absent"),
      table([
        ["", "Children"],
        ["a. Trafficked (identified or suspected)", "3"],
        ["b. UASC / separated", "Less than 5"],
      ]),
      para("3. Individual incidents"),
      table([
        ["", "Incidents"],
        ["a. Trafficked", "12"],
        ["b. UASC / separated", "7"],
      ]),
      para("Yours faithfully,"),
    ].join("");
    expect(await facts(body)).toEqual([
      "trafficked_missing_incidents reported 12",
      "trafficked_went_missing reported 3",
      "uasc_missing_incidents reported 7",
      "uasc_went_missing suppressed",
    ]);
  });

  // A sentence between the line and the table: the rows are not taken as its parts.
  it("not when other words stand between the line and the table", async () => {
    const body = [
      para("2. … that have gone missing or absent"),
      para("Please see the figures held by the service below."),
      table([
        ["", "Children"],
        ["a. Trafficked (identified or suspected)", "3"],
      ]),
    ].join("");
    expect(await facts(body)).not.toContain("trafficked_went_missing reported 3");
  });
});
