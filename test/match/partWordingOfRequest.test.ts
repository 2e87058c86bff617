import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(rows: (string | number)[][]): Promise<string[]> {
  const bytes = await buildXlsx([{ name: "Response", rows }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "S12000017" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

/**
 * Row labels that restate the request's own definition of a part: the
 * suspected part "(not identified)", and the still-missing count
 * "including those who turned 18 without being found". A "not" that only
 * sets the suspected part apart from the identified one asked nothing
 * else, and "turned 18 while missing" is how the still-missing question
 * counts those children in: neither makes the label unreadable.
 */
describe("labels in the request's own wording of a part", () => {
  it.each([
    ["Suspected (not identified)", "trafficked_suspected reported 4"],
    ["Still missing / turned 18 while missing", "not_found reported 4"],
    ["Still missing (incl. those who turned 18 without being found)", "not_found reported 4"],
  ])("reads %s", async (label, fact) => {
    expect(
      await facts([
        ["Question", "Answer"],
        [label, 4],
      ]),
    ).toContain(fact);
  });

  // A "not" that negates what the part counts still makes the label something else.
  it("still leaves a negated label unread", async () => {
    expect(
      await facts([
        ["Question", "Answer"],
        ["Suspected but not referred", 4],
      ]),
    ).not.toContain("trafficked_suspected reported 4");
  });
});
