import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

/** A letter answering each question in one paragraph, its figures in words. */
async function read(paragraphs: string[]): Promise<FileResult> {
  const letter = [
    "Example City Council",
    "Dear Requester",
    "Thank you for your request. I am able to provide the following information.",
    ...paragraphs,
    "Yours sincerely",
  ].join("\n\n");
  return processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E08000021" }, knowledge);
}

const natsOf = (r: FileResult) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value} [${n.periodText ?? ""}]`).sort();

const wentMissing = (r: FileResult) =>
  r.facts
    .filter((f) => f.measure.endsWith("_went_missing"))
    .map((f) => `${f.measure} ${f.periodText} ${f.status} ${f.raw}`)
    .sort();

/**
 * Round 161 (Newcastle): "Of the trafficked children, four went missing or
 * absent in 2018 (two Vietnamese and two British), six in 2019 (…) and
 * three in 2020 (all three Albanian)." Each year's nationalities stand in
 * brackets after its figure. Read with its brackets, the sentence gave no
 * figure and its lists ran together as one for the whole span.
 */
describe("each year's nationalities in brackets after its figure", () => {
  it("reads the figures, and each bracket as its year's list of the group the sentence names", async () => {
    const r = await read([
      "Question 2a. Of the trafficked children, four went missing or absent in 2018 (two Vietnamese and two British), six in 2019 (three Albanian, two Vietnamese and one Eritrean) and three in 2020 (all three Albanian).",
    ]);
    expect(wentMissing(r)).toEqual([
      "trafficked_went_missing 2018 reported four",
      "trafficked_went_missing 2019 reported six",
      "trafficked_went_missing 2020 reported three",
    ]);
    expect(natsOf(r)).toEqual([
      "trafficked Albanian 3 [2019]",
      "trafficked Albanian 3 [2020]",
      "trafficked British 2 [2018]",
      "trafficked Eritrean 1 [2019]",
      "trafficked Vietnamese 2 [2018]",
      "trafficked Vietnamese 2 [2019]",
    ]);
  });

  it("says so, and counts none, for a year whose nationalities are named without counts", async () => {
    const r = await read([
      "Question 2b. Of the unaccompanied children, five went missing or absent in 2018 (two Afghan, two Eritrean and one Sudanese), seven in 2019 (four Eritrean, two Afghan and one Iranian) and four in 2020, who were of Afghan and Eritrean nationality.",
    ]);
    expect(wentMissing(r)).toEqual([
      "uasc_went_missing 2018 reported five",
      "uasc_went_missing 2019 reported seven",
      "uasc_went_missing 2020 reported four",
    ]);
    expect(natsOf(r)).toEqual([
      "uasc Afghan 2 [2018]",
      "uasc Afghan 2 [2019]",
      "uasc Eritrean 2 [2018]",
      "uasc Eritrean 4 [2019]",
      "uasc Iranian 1 [2019]",
      "uasc Sudanese 1 [2018]",
    ]);
    const uncounted = r.issues.filter((i) => i.code === "layout_unknown" && i.measure === "uasc_went_missing");
    expect(uncounted.map((i) => i.raw)).toEqual(["who were of Afghan and Eritrean nationality"]);
  });

  it("leaves a bracket of other words after a year to the sentence", async () => {
    const r = await read([
      "Question 2b. Of the unaccompanied children, five went missing or absent in 2018, seven in 2019 and four in 2020 (provisional).",
    ]);
    expect(natsOf(r)).toEqual([]);
  });
});
