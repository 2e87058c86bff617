import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

const read = async (rows: readonly string[]) => {
  const r = await processFile(
    { file: "Anytown FOI response.csv", bytes: new TextEncoder().encode(rows.join("\n")), manifestCode: "E06000038" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status === "reported")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
};

const STEM_3 = "The total number of individual incidents (which could involve the same child";

/**
 * A table of the request's questions, copied word for word, whose question
 * cells a PDF's lines broke up: the number sits on a middle line of its
 * question, so "The total number of individual incidents (which could
 * involve the same child" is a row of its own above "3a | on more than one
 * occasion) of looked after children …: a. Identified or suspected as
 * having been trafficked … and that have gone missing or absent. | 9". The
 * number's row keeps only words that 2a has too, so the phrasings read it
 * as children who went missing: a conflict with 2a (round 135's Cornwall)
 * or 2a's figure taken from 3a's row (round 103's Milton Keynes). Words
 * that quote the numbered question's own text word for word say nothing
 * against the number: the row answers that question.
 */
describe("a numbered row whose words quote part of its own question", () => {
  it("answers the question its number names", async () => {
    expect(
      await read([
        "No.,Question,Response",
        '2a,"The total number of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",4',
        `,"${STEM_3}",`,
        '3a,"on more than one occasion) of looked after children in the care of your authority: a. Identified or suspected as having been trafficked/victim of modern slavery and that have gone missing or absent.",9',
        `,"${STEM_3}",`,
        '3b,"on more than one occasion) of looked after children in the care of your authority: b. Identified as an UASC or separated child and that have gone missing or absent.",14',
      ]),
    ).toEqual(["trafficked_missing_incidents 9", "trafficked_went_missing 4", "uasc_missing_incidents 14"]);
  });

  it("a row whose words are not the numbered question's keeps its words' reading", async () => {
    expect(
      await read([
        "No.,Question,Response",
        '3a,"Trafficked children who went missing or absent from care in the year",9',
      ]),
    ).toEqual(["trafficked_went_missing 9"]);
  });
});
