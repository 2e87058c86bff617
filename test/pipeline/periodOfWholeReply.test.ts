import { describe, expect, it } from "vitest";
import { checkReturns } from "../../src/check/checkReturns.js";
import { setAsideOtherPeriodLists } from "../../src/check/otherPeriodLists.js";
import type { Return } from "../../src/domain/returns.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { fakeReturn, nationality, request, source } from "../aggregate/fakeReturns.js";
import { text } from "../support/buildXlsx.js";

/**
 * "We can only give figures for the financial year 2014-15, when 60 UASC were looked after": the sentence
 * holds one group's figure, but its words say every figure in the reply is for that year. It dates every
 * nationality list below it, the other group's too, not only the figures on its line.
 */
describe("a period named in a sentence that says it covers the whole reply", () => {
  const statedIn = async (sentence: string) => {
    const letter = [
      "Your request about trafficked and unaccompanied children.",
      sentence,
      "Of these, 12 went missing.",
    ].join("\n");
    const r = await processFile(
      { file: "Lincolnshire reply.txt", bytes: text(letter), manifestCode: null },
      loadKnowledge(),
    );
    return r.periods.map((p) => `${p.start}/${p.end}${p.ofWholeReply ? " of whole reply" : ""}`);
  };

  it.each([
    "We can only give figures for the financial year 1 April 2014 to 31 March 2015, when 60 UASC were looked after.",
    "We are only able to provide data for 1 April 2014 to 31 March 2015, when 60 UASC were looked after.",
    "All of the figures in this response are for 1 April 2014 to 31 March 2015.",
    "The figures below relate to 1 April 2014 to 31 March 2015.",
  ])("is marked as the whole reply's: %s", async (sentence) => {
    expect(await statedIn(sentence)).toEqual(["2014-04-01/2015-03-31 of whole reply"]);
  });

  it.each([
    "Between 1 April 2014 and 31 March 2015, 60 UASC were looked after.",
    "The UASC figures are for 1 April 2014 to 31 March 2015.",
    "All of the figures for trafficked children are for 1 April 2014 to 31 March 2015.",
    "For trafficked children we are only able to provide figures for 1 April 2014 to 31 March 2015.",
  ])("is not so marked where its words speak of its own figures: %s", async (sentence) => {
    expect(await statedIn(sentence)).toEqual(["2014-04-01/2015-03-31"]);
  });

  it.each([
    { ofWholeReply: true, kept: 0 },
    { ofWholeReply: false, kept: 1 },
  ])(
    "on a line whose figures are all UASC's, dates the trafficked list too: $ofWholeReply",
    ({ ofWholeReply, kept }) => {
      const line = (row: number) => ({ ...source("r.txt", row, 1), format: "txt" as const, sheet: "r.txt" });
      const at = (row: number, value: number) => ({
        status: "reported" as const,
        value,
        lower: value,
        upper: value,
        raw: String(value),
        sources: [line(row)],
      });
      const ret = fakeReturn(
        "E10000019",
        { uasc_looked_after: at(2, 60), trafficked_went_missing: at(3, 7), uasc_went_missing: at(4, 12) },
        { nationalities: [{ ...nationality("trafficked", "Albanian", "AL", 4), source: line(5) }], files: ["r.txt"] },
      );
      const period = {
        raw: "1 April 2014 to 31 March 2015",
        start: "2014-04-01",
        end: "2015-03-31",
        ...(ofWholeReply ? { ofWholeReply: true as const } : {}),
        source: line(2),
      };
      const [checked] = checkReturns([{ ...ret, periods: [period] }], request);
      expect(setAsideOtherPeriodLists(checked as Return, request).nationalities).toHaveLength(kept);
    },
  );
});
