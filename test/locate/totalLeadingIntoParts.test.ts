import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Total: 15, made up as follows:" under the question, over a line for each
 * part (round 49's North Tyneside): the remark after the figure ends the line
 * with a colon that opens the lines below, so the line was not split into
 * label and figure; the printed total was dropped without a word and the
 * parts (7 + 9 = 16) were summed in its place. Read, it is checked against
 * its parts when the return is assembled (check_parts_sum, not part of this
 * file's reading).
 */
describe("a total whose line leads into its parts below", () => {
  const knowledge = loadKnowledge();
  const run = (lines: string[]) =>
    processFile({ file: "North Tyneside reply.txt", bytes: text(lines.join("\n")), manifestCode: null }, knowledge);
  const question =
    "How many looked after children in your care between 1 October 2014 and 30 September 2015 were identified as having been trafficked, or suspected of having been trafficked?";

  it.each<[string, string]>([
    ["Total: 15, made up as follows:", "15"],
    ["Total: 16, broken down as follows:", "16"],
    ["Total: 16 - see below:", ""],
  ])("%s", async (line, total) => {
    const r = await run([
      question,
      line,
      "Identified as having been trafficked: 7",
      "Suspected of having been trafficked: 9",
    ]);
    const read = r.facts.filter((f) => f.status === "reported" && f.measure === "trafficked_looked_after");
    expect(read.map((f) => String(f.value)).join()).toBe(total);
  });
});
