import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(text: string): Promise<FileResult> {
  return processFile(
    { file: "FOISA 15-2291 reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000006" },
    knowledge(),
  );
}

function fact(r: FileResult, measure: string): [string, number | null] | undefined {
  const f = r.facts.find((x) => x.measure === measure);
  return f ? [f.status, f.value] : undefined;
}

function letter(eight: string): string {
  return ["Dear Requester,", "", "5. 7", "", "6. 2", "", "7. 2", "", `8. ${eight}`, "", "Yours sincerely,"].join("\n");
}

/**
 * A bare numbered answer in two clauses that each say none: "Both young
 * people were traced and returned to their placements; none remain
 * missing." reads as 0, however long its first clause.
 */
describe("a numbered answer of two nil clauses", () => {
  it.each([
    "Both young people were traced and returned to their placements; none remain missing.",
    "Both of the young people were found and returned to their carers; none remain missing.",
    "All of them were located and returned safely to their placements. No young person remains missing.",
  ])("reads %s as 0", async (eight) => {
    const r = await run(letter(eight));
    expect(fact(r, "uasc_not_found")).toEqual(["reported", 0]);
  });

  it("leaves a first clause with a count in it to the other readers", async () => {
    const r = await run(letter("Two young people were traced and returned to their placements; none remain missing."));
    expect(fact(r, "uasc_not_found")?.[1] ?? null).not.toBe(0);
  });
});
