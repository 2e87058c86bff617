import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter as a council writes it, run through the whole per-file pipeline. */
async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Sample Borough Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: null }, knowledge());
}

/** measure → value or status, for every figure read. */
function statuses(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) if (f.status !== "not_answered") out[f.measure] = String(f.value ?? f.status);
  return out;
}

describe("a nil word after a spaced dash answers the line's question", () => {
  it("reads 'label - nil' and 'label – none' lines as 0", async () => {
    const r = await readLetter([
      "1. Number of looked after children who were trafficked or suspected of being trafficked – Nil",
      "2. Number of these children who went missing – none",
      "5. Number of unaccompanied asylum seeking children looked after - 7",
      "6. Number of these children who went missing at least once - Zero.",
    ]);
    expect(statuses(r)).toMatchObject({
      trafficked_looked_after: "0",
      trafficked_went_missing: "0",
      uasc_looked_after: "7",
      uasc_went_missing: "0",
    });
  });

  it("takes no nil from a dash followed by words that are not an answer", async () => {
    const r = await readLetter(["Unaccompanied asylum seeking children looked after - see attached spreadsheet"]);
    expect(statuses(r).uasc_looked_after).toBeUndefined();
  });
});

describe("a nil answer for a block of questions restated as a bracketed 0", () => {
  it.each([
    "We looked after no trafficked or unaccompanied children in the period, so the answer to each of questions 1 to 8 is nil (0).",
    "The answer to questions 1 to 8 is therefore none (0), and question 9 does not apply.",
  ])("%s", async (line) => {
    const r = await readLetter([line]);
    const s = statuses(r);
    expect(s.trafficked_looked_after).toBe("0");
    expect(s.uasc_looked_after).toBe("0");
    expect(s.uasc_not_found).toBe("0");
  });
});
