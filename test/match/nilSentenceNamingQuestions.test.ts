import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { parseValue } from "../../src/parse/parseValue.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Question 2a – …" / "None of the children counted in 1a or 1b went missing
 * or absent in any of the four periods.": a nil answer that names the
 * questions whose children it speaks of. The question numbers read as two
 * more numbers, so the sentence was no answer; and "the children counted in
 * 1a or 1b" named no group, so the sentence's "went missing" was read as
 * both groups together.
 */
describe("a nil sentence naming the questions whose children it counts", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url)),
  });

  it.each([
    "None of the children counted in 1a or 1b went missing or absent in any of the four periods.",
    "None of the children in 1a and 1b went missing.",
  ])("reads %s as 0", (sentence) => {
    expect(parseValue(sentence, knowledge.values, 5)).toMatchObject({ status: "reported", value: 0 });
  });

  it("still reads a sentence with two counts as no answer", () => {
    expect(parseValue("None of the 4 children went missing on 3 occasions.", knowledge.values, 5).unparsed).toBe(true);
  });

  const letter = (answer: string) =>
    [
      "Shropshire Council",
      "Dear Requester",
      "Question 2a – Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",
      answer,
      "Yours sincerely",
    ].join("\n");

  it("gives the trafficked children's count, each period 0, from questions 1a and 1b", async () => {
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: text(
          letter("None of the children counted in 1a or 1b went missing or absent in any of the four periods."),
        ),
        manifestCode: "E06000051",
      },
      knowledge,
    );
    const zeros = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure}=${f.value}`);
    expect(zeros).toEqual(["trafficked_went_missing=0"]);
  });

  it("gives no group when the two questions are of different groups", async () => {
    const r = await processFile(
      {
        file: "reply.txt",
        bytes: text(letter("None of the children counted in 1a or 1c went missing in any of the four periods.")),
        manifestCode: "E06000051",
      },
      knowledge,
    );
    expect(r.facts.filter((f) => f.status === "reported").map((f) => f.measure)).not.toContain(
      "trafficked_went_missing",
    );
  });
});
