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

  // "In 2012/13 we cared for 18 …; 4 went missing on 11 occasions and none remain missing": the sentence names
  // another period than the paragraph's; its paired clause and its nil took the paragraph's period unwarned.
  it.each([
    "In 2012/13 we cared for 18 unaccompanied asylum-seeking children; 4 went missing on 11 occasions and none remain missing.",
    "During 2012-13 we cared for 18 unaccompanied asylum-seeking children, 4 of whom went missing on 11 occasions, and none remain missing.",
  ])("flags each clause of %j as another period's", async (uasc) => {
    const r = await processFile(
      { file: "reply.docx", bytes: await letter(uasc), manifestCode: "E08000034" },
      knowledge,
    );
    const flagged = new Set(
      r.issues.filter((i) => i.code === "figure_other_period" || i.code === "figure_set_aside").map((i) => i.measure),
    );
    const unflagged = r.facts
      .filter((f) => f.status === "reported" && f.measure.startsWith("uasc_") && !flagged.has(f.measure))
      .map((f) => f.measure);
    expect(unflagged).toEqual([]);
  });
});

// "In 2020, … . In 2023 we cared for 25 …; 6 went missing on 14 occasions.": in a request for several years, the
// paired clause after a sentence naming another year than the line's first took the line's year.
describe("a paired clause in a sentence naming a later year than its line", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url)),
  });
  it("names the sentence's year on the pair's label", async () => {
    const bytes = await buildDocx({
      body: [
        "Kirklees Council",
        "Dear Requester,",
        "In 2021, we cared for 12 unaccompanied asylum-seeking children and none of them went missing. In 2023 we cared for 25 unaccompanied asylum-seeking children; 6 went missing on 14 occasions.",
        "Yours sincerely,",
      ]
        .map((t) => para(t))
        .join(""),
    });
    const r = await processFile({ file: "reply.docx", bytes, manifestCode: "E08000034" }, knowledge);
    const pair = r.facts.filter((f) => f.status === "reported" && (f.value === 6 || f.value === 14));
    expect(pair.map((f) => f.label.includes("2023"))).toEqual([true, true]);
  });
});
