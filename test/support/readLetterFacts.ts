import type { Knowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Read lines as the body of a short letter (a greeting and a sign-off
 * around them) from one known council, and list every answered figure as
 * "measure period status value", sorted, for tables of letter layouts.
 */
export async function readLetterFacts(knowledge: Knowledge, lines: readonly string[]): Promise<string[]> {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${(f.periodText ?? "").split(" | ")[0]} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}
