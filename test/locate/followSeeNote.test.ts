import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

/**
 * "See note" in a question's cells and, in the letter, a note that names
 * that question and refuses it: the cells take the note's answer. A note
 * naming part b) "of this question" under "1." names 1b; the other parts'
 * figures stand (round 64, Sefton; round 66, Cardiff).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function statuses(body: string, measure: string, raw?: string): Promise<string[]> {
  const r = await processFile(
    { file: "Northfield reply.docx", bytes: await buildDocx({ body }), manifestCode: null },
    knowledge,
  );
  return r.facts
    .filter((f) => f.measure === measure && (raw === undefined || f.raw === raw))
    .map((f) => `${f.status}:${f.value}`)
    .sort();
}

const TABLE = table([
  ["Question", "2018", "2019", "2020"],
  ["1a Identified as having been trafficked or a victim of modern slavery", "1", "2", "0"],
  ["1b Suspected of having been a victim of trafficking", "See note", "See note", "See note"],
  ["1c Identified as an unaccompanied asylum seeking child (UASC) or a separated child", "47", "31", "52"],
]);

describe("a 'See note' cell and the note naming its question", () => {
  it("takes a refusal of 'part b) of this question' under question 1", async () => {
    const body = [
      para("1. Looked after children in the care of the Council that have been:"),
      para("b) suspected of having been a victim of trafficking. This is held only in case notes."),
      para(
        "Compliance with part b) of this question would therefore exceed the appropriate cost limit and we are applying section 12 to part b) only.",
      ),
      TABLE,
    ].join("");
    expect(await statuses(body, "trafficked_suspected", "See note")).toEqual([
      "refused:null",
      "refused:null",
      "refused:null",
    ]);
    expect(await statuses(body, "uasc_looked_after")).toEqual(["reported:31", "reported:47", "reported:52"]);
  });

  it("takes a 'Note to question 1b' that withholds it", async () => {
    const body = [
      TABLE,
      para("Note to question 1b: the numbers are very small and the information is withheld under section 40(2)."),
    ].join("");
    expect(await statuses(body, "trafficked_suspected", "See note")).toEqual([
      "refused:null",
      "refused:null",
      "refused:null",
    ]);
  });

  it("stays not answered when no note names the question", async () => {
    const body = [TABLE, para("Note to question 2: withheld under section 40(2).")].join("");
    expect(await statuses(body, "trafficked_suspected", "See note")).toEqual([
      "not_answered:null",
      "not_answered:null",
      "not_answered:null",
    ]);
  });
});
