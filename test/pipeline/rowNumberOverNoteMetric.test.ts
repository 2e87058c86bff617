import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: "fixtures/holdout140/request.json" });

/**
 * A note before the table ("… All other figures count children (or
 * incidents) at any point during the calendar year") was taken as a question
 * the table answers, and gave its metric (incidents) to the row "UASC /
 * separated (1c) – as at 31 December", which names the group and no count:
 * the 1c figures then clashed with the 3b incidents (round 140). The row's
 * own number says which count of the group it gives, and the day it names
 * makes it a count on one day, flagged as such.
 */
describe("a row's own question number over a metric taken from a note above", () => {
  const letter = [
    "Please note that the figure for question 1c is the number of unaccompanied asylum seeking",
    "children who were looked after on 31 December of each year, as this is how our quarterly",
    "UASC report is produced. All other figures count children (or incidents) at any point during",
    "the calendar year.",
    "",
    "                                             2018 2019 2020",
    "Identified as trafficked (1a)                7    7    4",
    "Suspected trafficked (1b)                    0    0    2",
    "UASC / separated (1c) – as at 31 December    51   57   52",
    "UASC – went missing (2b)                     21   20   14",
    "UASC – incidents (3b)                        26   62   26",
  ].join("\n");

  it("reads the row as 1c, a count on one day, and keeps 3b's incidents", async () => {
    const r = await processFile(
      { file: "Bristol City Council FOI reply.txt", bytes: text(letter), manifestCode: null },
      k,
    );
    const incidents = r.facts.filter((f) => f.measure === "uasc_missing_incidents").map((f) => f.value);
    expect(incidents.sort()).toEqual([26, 26, 62]);
    const lookedAfter = r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => f.value);
    expect(lookedAfter.sort()).toEqual([51, 52, 57]);
    expect(r.issues.some((i) => i.code === "period_approximate" && i.measure === "uasc_looked_after")).toBe(true);
  });
});
