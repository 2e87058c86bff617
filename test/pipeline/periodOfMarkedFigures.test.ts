import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A bullet that dates one marked figure ("The missing episodes figure for
 * unaccompanied children (marked *) … covers 1 April 2013 to 30 September
 * 2015") says nothing of the nationality list below the table: the period is
 * recorded as the marked figures' own, so it dates no list.
 */
describe("a period named in a note scoped to a marked figure", () => {
  it.each([
    "- The missing episodes figure for unaccompanied children (marked *) covers 1 April 2013 to 30 September 2015.",
    "Figures marked with an asterisk are for 1 April 2013 to 30 September 2015.",
    "The asterisked figure covers 1 April 2013 to 30 September 2015.",
  ])("is marked as the marked figures' own: %s", async (note) => {
    const letter = [
      "Your request about children looked after between 1 October 2014 and 30 September 2015.",
      note,
      "Number of missing episodes  4  17*",
    ].join("\n");
    const r = await processFile(
      { file: "Rhondda Cynon Taf reply.txt", bytes: text(letter), manifestCode: null },
      loadKnowledge(),
    );
    const stated = r.periods.map((p) => `${p.start}/${p.end}${p.ofMarkedFigures ? " of marked figures" : ""}`).sort();
    expect(stated).toEqual(["2013-04-01/2015-09-30 of marked figures", "2014-10-01/2015-09-30"]);
  });

  it("is not so marked where the note dates every figure", async () => {
    const letter = [
      "Your request about children looked after between 1 October 2014 and 30 September 2015.",
      "All the figures below cover 1 April 2013 to 30 September 2015.",
    ].join("\n");
    const r = await processFile(
      { file: "Rhondda Cynon Taf reply.txt", bytes: text(letter), manifestCode: null },
      loadKnowledge(),
    );
    expect(r.periods.some((p) => p.ofMarkedFigures)).toBe(false);
  });
});
