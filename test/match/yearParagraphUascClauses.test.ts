import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para } from "../support/buildDocx.js";

/**
 * "Between 1 October 2014 and 30 September 2015, 4 looked after children were … trafficked …. The Council looked after 21 unaccompanied
 * asylum-seeking children; 3 went missing or absent on 9 occasions and none have not been found.": a
 * paragraph opening on its period gives the trafficked children's figures, then the unaccompanied children's in
 * a sentence of their own. That sentence was left unread: "and none have not been found" stayed in the clause
 * of the figures before it (two figures and a nil in one clause), "went missing or absent on 9 occasions" was
 * no pair of children and episodes, and a pair read from a sentence lost the paragraph's period.
 */
describe("a year's paragraph whose later sentence counts the unaccompanied children", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-heading-back-to-harm-2015.json", import.meta.url)),
  });

  const letter = (uasc: string) =>
    buildDocx({
      body: [
        "Kirklees Council",
        "Dear Requester,",
        `Between 1 October 2014 and 30 September 2015, 4 looked after children were identified or suspected as having been trafficked. 2 of these children went missing, across 5 individual incidents, and none remain missing. ${uasc}`,
        "Yours sincerely,",
      ]
        .map((t) => para(t))
        .join(""),
    });

  const read = async (uasc: string) => {
    const r = await processFile(
      { file: "reply.docx", bytes: await letter(uasc), manifestCode: "E08000034" },
      knowledge,
    );
    return r.facts
      .filter((f) => f.status === "reported" && f.measure.startsWith("uasc_"))
      .map((f) => `${f.measure} ${f.periodText ?? ""}=${f.value}`)
      .sort();
  };

  it.each([
    "The Council looked after 21 unaccompanied asylum-seeking children; 3 went missing or absent on 9 occasions and none have not been found.",
    "The Council looked after 21 unaccompanied asylum-seeking children; 3 went missing or were absent on 9 occasions and none remain missing.",
  ])("reads %j with the paragraph's period", async (uasc) => {
    expect(await read(uasc)).toEqual([
      "uasc_looked_after Between 1 October 2014 and 30 September 2015=21",
      "uasc_missing_incidents Between 1 October 2014 and 30 September 2015=9",
      "uasc_not_found Between 1 October 2014 and 30 September 2015=0",
      "uasc_went_missing Between 1 October 2014 and 30 September 2015=3",
    ]);
  });
});
