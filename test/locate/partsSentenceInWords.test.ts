import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { figureBeforeParts } from "../../src/locate/figureBeforeParts.js";
import { withNumberWordsAsFigures } from "../../src/parse/numberWords.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "1. How many looked after children … were identified as having been
 * trafficked, or suspected …?" / "Five children. One child was identified
 * as having been trafficked (a positive conclusive grounds decision) and
 * four were suspected of having been trafficked.": the figure and the
 * sentence of its parts, as "5. Of these, 1 was identified … and 4 were
 * suspected" is read, but in words. Nothing was read: not the whole, nor its
 * parts.
 */
describe("a figure and the sentence of its parts, written in words", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-heading-back-to-harm-2015.json", import.meta.url)),
  });
  const openings = knowledge.labels.partsSentence;

  it.each([
    [
      "Five children. One child was identified as trafficked and four were suspected.",
      "5 children. 1 child was identified as trafficked and 4 were suspected.",
    ],
    ["Twenty-two.", "22."],
    ["No one went missing; someone was found.", "No one went missing; someone was found."],
  ])("writes the counts of %j as figures", (words, figures) => {
    expect(withNumberWordsAsFigures(words)).toBe(figures);
  });

  it.each<[string, string | null]>([
    ["Five children. One child was identified as trafficked and four were suspected of having been trafficked.", "5"],
    ["Three. One child was identified as trafficked and two were suspected of having been trafficked.", "3"],
    ["3 (of whom 1 went missing). 2 were identified and 1 was suspected.", "3"],
    // A sentence that qualifies the figure is no mere breakdown.
    ["Five children. One child is included in the figures of another council.", null],
  ])("reads the figure of %j as %j", (answer, figure) => {
    expect(figureBeforeParts(answer, openings)).toBe(figure);
  });

  const letter = (answer: string) =>
    [
      "Luton Borough Council",
      "Dear Requester",
      "Q1. How many looked after children in your care were identified as having been trafficked, or suspected of having been trafficked?",
      answer,
      "Yours sincerely",
    ].join("\n");

  it.each<[string, string[]]>([
    [
      "Five children. One child was identified as having been trafficked (a positive conclusive grounds decision) and four were suspected of having been trafficked.",
      ["trafficked_identified=1", "trafficked_looked_after=5", "trafficked_suspected=4"],
    ],
    [
      "Three. One child was identified as trafficked and two were suspected of having been trafficked.",
      ["trafficked_identified=1", "trafficked_looked_after=3", "trafficked_suspected=2"],
    ],
    // Parts that do not add up to the whole are not read as parts.
    [
      "Three. One child was identified as trafficked and four were suspected of having been trafficked.",
      ["trafficked_looked_after=3"],
    ],
  ])("reads %j", async (answer, want) => {
    const r = await processFile(
      { file: "reply.txt", bytes: text(letter(answer)), manifestCode: "E06000032" },
      knowledge,
    );
    const got = r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure}=${f.value}`)
      .sort();
    expect(got).toEqual(want);
  });
});
