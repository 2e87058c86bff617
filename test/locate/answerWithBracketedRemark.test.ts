import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function letter(answer: string): Promise<FileResult> {
  const text = [
    "Dear Requester,",
    "",
    "7. How many missing episodes (incidents) did the unaccompanied children who",
    "   went missing have?",
    `   ${answer}`,
    "",
    "Yours faithfully",
  ].join("\n");
  return processFile(
    { file: "CoL reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000001" },
    knowledge(),
  );
}

/**
 * "2 (one episode each)." under a restated question (round 53): the figure
 * is the answer and the bracket a remark in words on it, as "2 - both
 * returned" is. A bracket with digits in it may count something of its
 * own, so it is still read as a sentence.
 */
describe("an answer beneath a question: a figure and a bracketed remark", () => {
  it.each(["2 (one episode each).", "2 (both returned the same day)"])("reads %s as 2", async (answer) => {
    const r = await letter(answer);
    const f = r.facts.find((x) => x.measure === "uasc_missing_incidents");
    expect(f?.status).toBe("reported");
    expect(f?.value).toBe(2);
  });
});
