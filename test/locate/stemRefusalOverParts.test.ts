import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/** The 2021–2024 request, which asks question 2 only in parts (2a trafficked, 2b UASC). */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function readLetter(lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(["Rutland County Council", "", ...lines].join("\n"));
  return processFile({ file: "letter.txt", bytes, manifestCode: "E06000017" }, knowledge);
}

const TABLE = [
  "                                      2021    2022    2023    2024 (to 30 April)",
  "  2(a) Trafficked who went missing        2       3       1           1",
  "  2(b) UASC who went missing              3       5       7           2",
  "",
];

// "Question 2 is refused under section 12" beside figures for 2a and 2b:
// "Question 2" alone is not read as the request's question (a council may
// number its own), so the refusal was dropped without a word and the figures
// stood as if nothing contradicted them.
describe("a refusal naming the stem of questions the reply answers in parts", () => {
  it.each(["Question 2 is refused under section 12 of the Act.", "Q2 - this information is not held."])(
    "warns on each part's measure, keeping the figures: %s",
    async (sentence) => {
      const r = await readLetter([...TABLE, sentence, "", "Yours faithfully"]);
      const warned = r.issues
        .filter((i) => i.code === "note_not_understood" && i.severity === "warning")
        .map((i) => i.measure)
        .sort();
      expect(warned).toEqual(["trafficked_went_missing", "uasc_went_missing"]);
      const kept = r.facts.filter((f) => f.status === "reported" && f.measure.endsWith("went_missing"));
      expect(kept.length).toBeGreaterThan(0);
    },
  );

  it.each([
    // A part named with its letter is that part's own answer, read elsewhere.
    "Question 2(a) is refused under section 12 of the Act.",
    // The stem's words name the part they are of: not the whole question.
    "Question 2: the information for part a is not held; part b is answered above.",
    // A figure, not a refusal: nothing contradicts the parts.
    "Question 2 is answered in the table above.",
  ])("does not warn on the parts for %j", async (sentence) => {
    const r = await readLetter([...TABLE, sentence, "", "Yours faithfully"]);
    expect(r.issues.filter((i) => i.code === "note_not_understood")).toEqual([]);
  });
});
