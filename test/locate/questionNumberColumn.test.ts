import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function read(csv: string) {
  const r = await processFile(
    { file: "Bournemouth FOI.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000028" },
    k,
  );
  return {
    facts: r.facts.filter((f) => f.status !== "not_answered").map((f) => `${f.measure}=${f.value ?? f.status}`),
    issues: r.issues.filter((i) => i.measure === "not_found").map((i) => i.code),
  };
}

// "4 | Still missing or absent … | 2" after the UASC rows: the words name no
// group, so the row would carry UASC down from the row above, a count the
// request does not ask for. The bare number in the first column says it is
// question 4, asked of both groups together, as "4." written as text would.
describe("a question number written as a number in the first column", () => {
  const rows = [
    "Question,Description,Number",
    "1c,Unaccompanied asylum seeking or separated children,18",
    "2b,UASC or separated who went missing or absent,5",
    "3b,Individual missing or absent incidents - UASC or separated,11",
  ];
  it.each([
    "4,Still missing or absent (including those who turned 18 without being found),2",
    "4,Still missing or absent (incl. turned 18 without being found),2",
  ])("%s is question 4", async (row) => {
    const { facts, issues } = await read([...rows, row].join("\n"));
    expect(facts).toContain("not_found=2");
    // "including those who turned 18" is the request's own definition, not a wider group.
    expect(issues).not.toContain("label_outside_request");
  });
});
