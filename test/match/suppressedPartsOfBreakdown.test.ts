import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

type Row = (string | number)[];

async function sheet(rows: Row[]): Promise<FileResult> {
  const bytes = await buildXlsx([{ name: "Data", rows }]);
  return processFile({ file: "Leeds reply.xlsx", bytes, manifestCode: null }, knowledge());
}

const MEASURE = "trafficked_went_missing";
const read = (r: FileResult) =>
  r.facts
    .filter((f) => f.measure === MEASURE && !f.otherPeriod)
    .map((f) => `${f.status} ${f.value ?? `${f.lower}-${f.upper}`}`);
const codes = (r: FileResult, code: string) => r.issues.filter((i) => i.code === code && i.measure === MEASURE);

// "Male | 10" over "Female | <5": councils suppress a small part of a breakdown and give the rest. The parts
// are still the whole's parts: with no total the measure is known only within the parts' bounds; beside a
// total, the total is checked against those bounds.
describe("a breakdown whose parts are partly suppressed", () => {
  it.each([
    [
      [
        ["Male", 2],
        ["Female", "<5"],
      ],
      "suppressed 3-6",
    ],
    [
      [
        ["Boys", "<5"],
        ["Girls", "<5"],
      ],
      "suppressed 2-8",
    ],
  ] as [Row[], string][])(
    "with no total, %j is suppressed within the parts' bounds, and says so",
    async (parts, want) => {
      const r = await sheet([["", "Trafficked children who went missing"], ...parts]);
      expect(read(r)).toEqual([want]);
      expect(codes(r, "value_summed")).toHaveLength(1);
    },
  );

  it("keeps the parts' shared year column as the sum's period, under a request for several years", async () => {
    const bytes = await buildXlsx([
      {
        name: "Data",
        rows: [
          ["Question", "", "2021", "2022"],
          ["2a", "Trafficked children who went missing or absent - male", 2, 3],
          ["", "Trafficked children who went missing or absent - female", "<5", "<5"],
        ],
      },
    ]);
    const r = await processFile(
      { file: "Leeds reply.xlsx", bytes, manifestCode: null },
      loadKnowledge({ request: "fixtures/holdout137/request.json" }),
    );
    const sums = r.facts.filter((f) => f.measure === MEASURE);
    expect(sums.map((f) => `${f.status} ${f.lower}-${f.upper} ${f.periodText}`)).toEqual([
      "suppressed 3-6 2021",
      "suppressed 4-7 2022",
    ]);
  });

  it("beside a total within the parts' bounds, the total is the answer and the parts are not flagged", async () => {
    const r = await sheet([
      ["", "Trafficked children who went missing"],
      ["Male", 10],
      ["Female", "<5"],
      ["Total", 13],
    ]);
    expect(read(r)).toEqual(["reported 13"]);
    expect(codes(r, "figure_set_aside")).toEqual([]);
    expect(codes(r, "check_parts_sum")).toEqual([]);
  });

  it("beside a total outside the parts' bounds, flags the measure", async () => {
    const r = await sheet([
      ["", "Trafficked children who went missing"],
      ["Male", 10],
      ["Female", "<5"],
      ["Total", 19],
    ]);
    expect(codes(r, "check_parts_sum")).toHaveLength(1);
  });

  it("leaves children by quarter with a suppressed quarter and no total unsummed (a child may be in two)", async () => {
    const r = await sheet([
      ["", "Trafficked children who went missing"],
      ["Q1", 4],
      ["Q2", "<5"],
      ["Q3", 6],
      ["Q4", 2],
    ]);
    const figures = r.facts.filter((f) => f.measure === MEASURE);
    expect(figures.map((f) => f.sources.length)).toEqual([1, 1, 1, 1]);
    expect(codes(r, "value_summed")).toEqual([]);
    // each quarter stays a quarter, flagged as part of the period
    expect(codes(r, "figure_other_period")).toHaveLength(4);
  });
});

// A letter's answer led by one sex and a colon ("Male: 2021: 9; …") with no other part beside it is a part of
// the measure, never the whole: it may be read, but only with a warning on that measure.
describe("a lone part leading a letter's answer", () => {
  it("is never the measure without a warning on it", async () => {
    const text = [
      "1. How many unaccompanied asylum seeking children were looked after in each year?",
      "2021: 40; 2022: 41; 2023: 42; 1 January to 30 April 2024: 12.",
      "",
      "2. How many UASC went missing?",
      "Male: 2021: 9; 2022: 8; 2023: 7; 1 January to 30 April 2024: 3.",
    ].join("\n");
    const r = await processFile(
      { file: "Leeds reply.txt", bytes: Buffer.from(text, "utf8"), manifestCode: null },
      loadKnowledge({ request: "fixtures/holdout137/request.json" }),
    );
    const figures = r.facts.filter((f) => f.measure === "uasc_went_missing" && f.value !== null);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      const warned = r.issues.some(
        (i) =>
          i.measure === "uasc_went_missing" &&
          i.severity !== "info" &&
          i.message.includes(`"${f.raw}"`) &&
          i.message.includes("part of the group"),
      );
      expect(warned, f.raw).toBe(true);
    }
  });
});
