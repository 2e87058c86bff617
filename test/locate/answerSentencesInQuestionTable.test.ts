import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function read(rows: string[][]) {
  const bytes = await buildDocx({ body: [para("Dear Requester"), table(rows), para("Yours sincerely")].join("") });
  return processFile({ file: "reply.docx", bytes, manifestCode: "E09000009" }, k);
}

const facts = (r: Awaited<ReturnType<typeof read>>) =>
  r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();

/**
 * Ealing (round 165): "Question | Group | Response" with each answer a short sentence ("142 children looked
 * after at any point in 2017", "6 children went missing at least once"). The year left the first unread, and
 * "6 children …" read like a question numbered 6 in a header, so the row became a header and every row under
 * it was lost without a word.
 */
describe("answers in sentences beside numbered questions", () => {
  const rows = (uasc: string) => [
    ["Question", "Group of looked after children", "Response"],
    ["1c", "Unaccompanied asylum seeking or separated children", uasc],
    ["2a", "Trafficked children who went missing or absent", "6 children went missing at least once"],
    ["2b", "UASC / separated children who went missing or absent", "21 children went missing at least once"],
    ["4", "Still missing", "4 young people remain missing"],
  ];

  it("reads each row's answer", async () => {
    expect(facts(await read(rows("142 children looked after at any point in 2017")))).toEqual([
      "not_found reported 4",
      "trafficked_went_missing reported 6",
      "uasc_looked_after reported 142",
      "uasc_went_missing reported 21",
    ]);
  });

  // A sentence counting another year is never passed as the requested year's figure: it is flagged on its measure.
  it("flags another year's count", async () => {
    const r = await read(rows("142 children looked after at any point in 2016"));
    const flagged = r.issues.filter((i) => i.code === "figure_other_period").map((i) => i.measure);
    expect(flagged).toEqual(["uasc_looked_after"]);
    expect(facts(r)).toContain("uasc_went_missing reported 21");
  });
});

/**
 * Bedford (round 165): "5. … breakdown by gender and nationality | Question 2b: 3 male. Nationality: Afghan 2,
 * Sudanese 1." The list is of question 2b's children (UASC), said by the sentence heading it.
 */
describe("a nationality list headed by another question's number", () => {
  it("is that question's group's", async () => {
    const r = await read([
      ["Question", "Response"],
      ["2b. Unaccompanied children who went missing or absent", "3"],
      [
        "5. Please provide a breakdown of these numbers by gender and nationality",
        "Question 2b: 3 male. Nationality: Afghan 2, Sudanese 1.",
      ],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "uasc Afghan 2",
      "uasc Sudanese 1",
    ]);
  });
});
