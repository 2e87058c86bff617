import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

async function read(paragraphs: string[]): Promise<FileResult> {
  const letter = ["Example City Council", "Dear Requester", ...paragraphs, "Yours sincerely,"].join("\n\n");
  return processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E06000018" }, knowledge);
}

// The words that name each list's period, as far as this test needs them: the year they name.
const natsOf = (r: FileResult) =>
  r.nationalities
    .map((n) => `${n.group} ${n.nationality} ${n.value} [${(n.periodText ?? "").match(/\b20\d\d\b/gu)?.join(" ")}]`)
    .sort();

/**
 * Round 153 (Nottingham): "Of the six trafficked children who went missing
 * in 2020, five were male and one female; three were Vietnamese, two were
 * Albanian and one was British." The opening's children told by sex, then by
 * nationality: the parts were read as five figures of the 2020 count (a
 * conflict), and the list was lost. "all were male: three were Afghan, …"
 * lost its first item, whose own "were" was taken for the list's opening.
 */
describe("a sentence splitting a year's children by sex and by nationality", () => {
  const paragraphs = [
    "2. Children who went missing or absent",
    "a) Three trafficked children went missing in 2018, five in 2019 and six in 2020.",
    "b) Six unaccompanied children went missing in 2018, eight in 2019 and seven in 2020.",
    "5. Gender and nationality",
    "We are only able to provide this for 2020. Of the six trafficked children who went missing in 2020, five were male and one female; three were Vietnamese, two were Albanian and one was British. Of the seven unaccompanied children who went missing in 2020, all were male: three were Afghan, two Sudanese, one Eritrean and one Iraqi.",
  ];

  it("reads the nationalities as the year's lists, and no part as a figure of the count", async () => {
    const r = await read(paragraphs);
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 2 [2020]",
      "trafficked British 1 [2020]",
      "trafficked Vietnamese 3 [2020]",
      "uasc Afghan 3 [2020]",
      "uasc Eritrean 1 [2020]",
      "uasc Iraqi 1 [2020]",
      "uasc Sudanese 2 [2020]",
    ]);
    const missing = r.facts.filter((f) => f.measure === "trafficked_went_missing").map((f) => f.raw);
    expect(missing).toEqual(["Three", "five", "six"]);
  });
});
