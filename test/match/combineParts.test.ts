import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A return that splits a question between the parts of a whole (the 2015
 * request's parts relation: identified + suspected = trafficked) answers
 * the whole's question with their sum, from the relation, when each part is
 * given once and the file gives no total of its own.
 */
const csv = (rows: string[]) => new TextEncoder().encode(["Kent County Council FOI response", ...rows, ""].join("\n"));

describe("parts of a whole given per question", () => {
  it.each([
    [
      "both parts exact: derived",
      ["Trafficked children who went missing - identified,1", "Trafficked children who went missing - suspected,2"],
      { status: "derived", value: 3, lower: 3, upper: 3 },
    ],
    [
      "one part suppressed: a range",
      ["Trafficked children who went missing - identified,<5", "Trafficked children who went missing - suspected,2"],
      { status: "suppressed", value: null, lower: 3, upper: 6 },
    ],
  ])("%s", async (_, rows, expected) => {
    const result = await processFile({ file: "Kent.csv", bytes: csv(rows), manifestCode: null }, knowledge());
    const fact = result.facts.find((f) => f.measure === "trafficked_went_missing");
    expect(fact && { status: fact.status, value: fact.value, lower: fact.lower, upper: fact.upper }).toEqual(expected);
  });

  it("leaves one part alone as a note, never as the whole", async () => {
    const rows = ["Trafficked children who went missing - identified,1"];
    const result = await processFile({ file: "Kent.csv", bytes: csv(rows), manifestCode: null }, knowledge());
    expect(result.facts.some((f) => f.measure === "trafficked_went_missing")).toBe(false);
  });

  describe("a bare Total row under the parts", () => {
    const table = (rows: string[]) => ["Category,Number of looked after children", ...rows];
    const read = async (rows: string[]) => {
      const result = await processFile({ file: "Kent.csv", bytes: csv(table(rows)), manifestCode: null }, knowledge());
      return {
        fact: result.facts.find((f) => f.measure === "trafficked_looked_after"),
      };
    };

    it("reads it as the whole, from its own cell", async () => {
      const { fact } = await read(["Identified as trafficked,4", "Suspected trafficked,3", "Total,7"]);
      expect(
        fact && { status: fact.status, value: fact.value, source: fact.sources.map((s) => [s.row, s.col]) },
      ).toEqual({
        status: "reported",
        value: 7,
        source: [[5, 2]],
      });
    });

    it("keeps a total that disagrees with its parts as written, for the parts check to weigh", async () => {
      const { fact } = await read(["Identified as trafficked,4", "Suspected trafficked,3", "Total,9"]);
      expect(fact && { status: fact.status, value: fact.value }).toEqual({ status: "reported", value: 9 });
    });

    it("is not the whole when the rows above are not all its parts", async () => {
      const { fact } = await read(["Identified as trafficked,4", "Unaccompanied asylum seeking children,3", "Total,7"]);
      expect(fact?.value).not.toBe(7);
    });
  });
});
