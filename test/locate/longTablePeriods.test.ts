import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

describe("a long table giving each row's period in a cell of its own", () => {
  const k = kinshipRequest();
  const read = async (csv: string[]) => {
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(`${csv.join("\n")}\n`), manifestCode: "E06000038" },
      k,
    );
    return {
      facts: r.facts
        .filter((f) => f.status === "reported" && f.measure === "kinship_children")
        .map((f) => `${f.measure} ${f.value} [${f.periodText ?? ""}]`)
        .sort(),
      codes: new Set(r.issues.map((i) => i.code)),
    };
  };

  it.each([
    // Year, then a question number, then the description and its figure.
    [
      [
        "council,year,question,description,value",
        "Reading,2022/23,1,Children with kinship carers,41",
        "Reading,2023/24,1,Children with kinship carers,47",
      ],
      ["kinship_children 41 [value | 2022/23]", "kinship_children 47 [value | 2023/24]"],
    ],
    // The year after another figure of the row.
    [
      [
        "year,approvals,description,count",
        "2022/23,12,Children with kinship carers,41",
        "2023/24,15,Children with kinship carers,47",
      ],
      ["kinship_children 41 [count | 2022/23]", "kinship_children 47 [count | 2023/24]"],
    ],
  ])("%j", async (csv, expected) => {
    const { facts, codes } = await read(csv);
    expect(facts).toEqual(expected);
    expect(codes.has("figure_period_not_stated")).toBe(false);
  });
});
