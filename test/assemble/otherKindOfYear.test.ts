import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, text } from "../support/buildXlsx.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * A request for financial years (April to March) answered with figures
 * headed by the same pairs of years ("2022/23", a sheet named "2022-23")
 * that the return says are academic years (September to August): each
 * figure is flagged on its measure (period_mismatch), not taken silently
 * as the requested year's (round 36, Buckinghamshire).
 */
describe("a figure whose pair of years the return says is another kind of year", () => {
  const kinship = kinshipRequest();
  const flagged = async (file: string, bytes: Uint8Array) => {
    const result = await processFile({ file, bytes, manifestCode: null }, kinship);
    const periods = keyPeriods([result], kinship.request, kinship.labels.everyPeriod);
    return periods
      .flatMap(({ results }) => results.flatMap((r) => r.issues))
      .filter((i) => i.code === "period_mismatch")
      .map((i) => [i.measure, i.raw]);
  };
  const letter = (lines: string[]) =>
    [
      "Dear requester,",
      "",
      "1. How many children were placed with kinship carers?",
      "",
      ...lines,
      "",
      "Yours sincerely,",
    ].join("\n");

  it("a sheet per year titled 'academic year, September to August'", async () => {
    const bytes = await buildXlsx([
      {
        name: "2022-23",
        rows: [
          ["Kinship care 2022/23 (academic year, September to August)"],
          ["Measure", "Number"],
          ["Children placed with kinship carers", 40],
        ],
      },
      {
        name: "2023-24",
        rows: [
          ["Kinship care 2023/24 (academic year, September to August)"],
          ["Measure", "Number"],
          ["Children placed with kinship carers", 45],
        ],
      },
    ]);
    expect(await flagged("reply.xlsx", bytes)).toEqual([
      ["kinship_children", "40"],
      ["kinship_children", "45"],
    ]);
  });

  it("a note elsewhere in a letter: 'figures are reported by academic year'", async () => {
    const body = letter([
      "2022/23: 40",
      "2023/24: 45",
      "",
      "Figures are reported by academic year, as held by the schools service.",
    ]);
    expect(await flagged("reply.txt", text(body))).toEqual([
      ["kinship_children", "40"],
      ["kinship_children", "45"],
    ]);
  });

  it.each([
    ["no kind named", ["2022/23: 40", "2023/24: 45"]],
    ["the requested kind named", ["Figures are for financial years (April to March).", "2022/23: 40", "2023/24: 45"]],
    [
      "another kind set aside",
      ["Figures are by financial year rather than academic year.", "2022/23: 40", "2023/24: 45"],
    ],
  ])("%s: not flagged", async (_, lines) => {
    expect(await flagged("reply.txt", text(letter(lines)))).toEqual([]);
  });
});
