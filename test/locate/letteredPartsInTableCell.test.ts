import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
/** A line break inside a cell's paragraph, as Word writes it. */
const BR = "@BR@";

async function read(body: string) {
  const bytes = await buildDocx({ body: body.replaceAll(BR, '</w:t><w:br/><w:t xml:space="preserve">') });
  return processFile({ file: "reply.docx", bytes, manifestCode: "E06000007" }, k);
}

async function facts(body: string): Promise<string[]> {
  const r = await read(body);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * Warrington's shape (round 103): a table of questions by group whose
 * trafficked cell for question 1 gives that question's lettered parts, each
 * with its own words and figure ("a. identified: 6" / "b. suspected: 3").
 * Read as one cell, the last figure (3) stood for the whole of question 1, a
 * wrong figure, and the first was lost. Each line is a part of its own.
 */
describe("lettered parts with their words and figures in one table cell", () => {
  const rows = (cell: string) => [
    ["Question", "Trafficked (identified or suspected)", "UASC / separated"],
    ["1. Looked after", cell, "11"],
    ["2. Went missing or absent", "5", "4"],
  ];
  it.each([
    ["letters and colons", `a. identified: 6${BR}b. suspected: 3`],
    ["bracketed letters", `(a) identified: 6${BR}(b) suspected: 3`],
    ["a dash between", `a) identified – 6${BR}b) suspected – 3`],
  ])("%s", async (_name, cell) => {
    const body = [para("Dear Requester"), table(rows(cell)), para("Yours sincerely")].join("");
    expect(await facts(body)).toEqual([
      "trafficked_identified reported 6",
      "trafficked_suspected reported 3",
      "trafficked_went_missing reported 5",
      "uasc_looked_after reported 11",
      "uasc_went_missing reported 4",
    ]);
    // Read a line at a time, the cell is understood: no "not understood" error is left on it.
    expect((await read(body)).issues.filter((i) => i.code === "value_unparsed")).toEqual([]);
  });

  // Lines that name no part of their own are never read as the whole's figure.
  it("two lines with figures the request cannot place are not read as one figure", async () => {
    const body = [para("Dear Requester"), table(rows(`a. boys: 6${BR}b. girls: 3`)), para("Yours sincerely")].join("");
    const got = await facts(body);
    expect(got.filter((f) => f.startsWith("trafficked_looked_after") || f.startsWith("trafficked_identified"))).toEqual(
      [],
    );
    // The cell is said to be not understood, naming its measure.
    const unread = (await read(body)).issues.filter((i) => i.code === "value_unparsed");
    expect(unread.map((i) => i.measure)).toEqual(["trafficked_looked_after"]);
  });
});
