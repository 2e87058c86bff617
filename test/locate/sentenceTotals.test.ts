import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter answering numbered questions, one answer under each. */
async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Swansea Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

/** measure → value for figures read exactly. */
function exact(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(
    r.facts.filter((f) => f.status === "reported" && f.value !== null).map((f) => [f.measure, f.value]),
  );
}

/** Both groups asked, as the request does: the trafficked questions first, then the UASC ones. */
const UASC_QUESTIONS = [
  "1. How many looked after children were identified or suspected as having been trafficked?",
  "4",
  "2. Of these, how many went missing at least once?",
  "1",
  "5. How many unaccompanied asylum seeking children were looked after?",
  "12",
  "6. Of these, how many went missing at least once?",
  "2",
  "7. How many missing episodes did they have?",
];

describe("'in total' in a sentence answering one group's question", () => {
  it.each([
    ["The two young people were reported missing on five occasions in total.", 5],
    ["They were reported missing on 8 occasions in total.", 8],
    ["These children went missing on 6 occasions altogether.", 6],
  ])("%s → that group's episodes", async (answer, value) => {
    const r = await readLetter([...UASC_QUESTIONS, answer]);
    expect(exact(r)).toMatchObject({ uasc_looked_after: 12, uasc_went_missing: 2, uasc_missing_incidents: value });
    expect(r.facts.some((f) => f.measure === "missing_incidents")).toBe(false);
  });

  it("still reads a total that points back at no children as both groups together", async () => {
    const r = await readLetter([...UASC_QUESTIONS, "3", "In total there were 9 missing episodes across the council."]);
    expect(exact(r).uasc_missing_incidents).toBe(3);
    const line = r.decisions.find((d) => d.message.includes("In total there were 9"));
    expect(line?.message).toContain("both groups together");
  });
});
