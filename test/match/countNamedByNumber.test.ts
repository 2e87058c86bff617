import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

/**
 * "3. Individual missing or absent incidents:" over "a. trafficked – withheld
 * under section 40(2), as for 2a.": the lettered answer names its group and
 * no count, and is part a of question 3 above it. The number (3a, asked of
 * the trafficked group) says what is counted, so the refusal is that
 * figure's, not an unread line.
 */
describe("a lettered answer naming only its group, under a numbered question", () => {
  const letter = (part: string) =>
    [
      "Cornwall Council",
      "3. Individual missing or absent incidents:",
      part,
      "b. UASC or separated – 2018: 13; 2019: fewer than 5; 2020: 9",
    ].join("\n");

  it("is the numbered question's count of that group", async () => {
    const r = await processFile(
      {
        file: "response.txt",
        bytes: new TextEncoder().encode(letter("a. trafficked – withheld under section 40(2), as for 2a.")),
        manifestCode: "E06000052",
      },
      knowledge,
    );
    expect(r.facts.filter((f) => f.measure === "trafficked_missing_incidents").map((f) => f.status)).toContain(
      "refused",
    );
    expect(r.issues.some((i) => i.code === "value_refused" && i.measure === "trafficked_missing_incidents")).toBe(true);
  });

  it("but not when the words name only a part of the number's group", async () => {
    const r = await processFile(
      {
        file: "response.txt",
        bytes: new TextEncoder().encode(letter("a. suspected – withheld under section 40(2).")),
        manifestCode: "E06000052",
      },
      knowledge,
    );
    expect(r.facts.filter((f) => f.measure === "trafficked_missing_incidents")).toEqual([]);
  });
});
