import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A reply whose figures are for another year, stated in its title line,
 * that names the requested period only to say it could not give figures
 * for it (round 53, a Welsh council's financial-year table). The requested
 * period in that sentence is not the return's period: only the title's is.
 */
const k = loadKnowledge({ request: "fixtures/holdout53/request.json" });

async function periodsOf(note: string) {
  const csv = [
    "Figures for financial year 2014/15 (1 April 2014 - 31 March 2015)",
    "",
    "Question,Trafficked,UASC",
    "Looked after,4,11",
    "Went missing at least once,1,3",
    "",
    `"${note}"`,
  ].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "W06000016" },
    k,
  );
  return r.periods.map((p) => `${p.start}/${p.end}`);
}

describe("a requested period the reply says it could not give figures for", () => {
  it.each([
    "Our data is reported by financial year; figures for the period 1 October 2014 to 30 September 2015 could not be produced without a manual exercise.",
    "We are unable to provide figures for 1 October 2014 to 30 September 2015.",
    "Figures for 1 October 2014 to 30 September 2015 cannot be extracted from our system.",
    // Round 119: a report system that runs by financial year only.
    "Our reporting system produces figures by financial year; we are not able to run the report for 1 October 2014 to 30 September 2015.",
    "A report for 1 October 2014 to 30 September 2015 cannot be generated from our case management system.",
  ])("is not taken as the return's period: %s", async (note) => {
    const periods = await periodsOf(note);
    expect(periods).toContain("2014-04-01/2015-03-31");
    expect(periods).not.toContain("2014-10-01/2015-09-30");
  });

  it.each([
    "The figures above cover 1 October 2014 to 30 September 2015.",
    // Only the sentence naming the period can decline it; another sentence's refusal is about something else.
    "The figures above cover 1 October 2014 to 30 September 2015. The nationality of the children could not be obtained from our case system.",
    "The figures above cover 1 October 2014 to 30 September 2015; the reasons for each episode could not be retrieved without a manual search.",
  ])("is the return's period where the sentence gives its figures: %s", async (note) => {
    const periods = await periodsOf(note);
    expect(periods).toContain("2014-10-01/2015-09-30");
  });
});
