import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "(1) Children still missing …, including those who have since turned 18 without being found": the
 * note's marker, the one its row's label carries ("Still missing at year end (1)"), opens the line. It is
 * no count; nor is the age. Read as one, it contradicted the table's figure.
 */
const knowledge = loadKnowledge();

const body = [
  "Dear Sir or Madam,",
  "",
  "Please find the figures you asked for below.",
  "",
  "                                         Trafficked    UASC",
  "  ---------------------------------------------------------",
  "  Q1/Q5  Looked after during the year          14        52",
  "  Q2/Q6  Went missing at least once             6        11",
  "  Q3/Q7  Number of missing episodes            19        30",
  "  Q4/Q8  Still missing at year end (1)          2         0",
  "  ---------------------------------------------------------",
  "",
  "  (1) Children still missing on the last day of the period, including those who have",
  "      since turned 18 without being found.",
  "",
  "Yours faithfully,",
  "Information Governance",
].join("\n");

describe("a note opened by its marker under a text table", () => {
  it("reads neither the marker nor the age as a figure", async () => {
    const r = await processFile(
      { file: "Wigan FOI 2015-117 reply.txt", bytes: text(body), manifestCode: "E08000010" },
      knowledge,
    );
    const notFound = r.facts.filter((f) => f.measure === "trafficked_not_found").map((f) => `${f.status}=${f.value}`);
    expect(notFound).toEqual(["reported=2"]);
    expect(r.issues.map((i) => i.code)).not.toContain("value_conflict");
  });
});
