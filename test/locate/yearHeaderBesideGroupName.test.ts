import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function facts(rows: (string | number)[][], merges: string[] = []): Promise<string[]> {
  const bytes = await buildXlsx([{ name: "Response", rows, merges }]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E09000029" }, k);
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
}

const TRAFFICKED_2017 = [
  "trafficked_identified reported 9",
  "trafficked_missing_incidents reported 15",
  "trafficked_suspected reported 4",
  "trafficked_went_missing reported 6",
];

/**
 * "Trafficked | 2016 | 2017" over rows of figures, in a request for 2017:
 * the group's name sits in the header's corner and the years head the
 * columns. The years are headings, never a figure: "2016" was read as the
 * group's looked-after count.
 */
describe("a header row of years with the group's name in its corner", () => {
  it.each([
    ["the group's name alone", "Trafficked"],
    ["the group's long name", "Trafficked or victim of modern slavery"],
  ])("reads the years as headings under %s", async (_, corner) => {
    expect(
      await facts([
        ["Children looked after (calendar years)"],
        [],
        [corner, 2016, 2017],
        ["Identified", 5, 9],
        ["Suspected", 3, 4],
        ["Went missing", 4, 6],
        ["Missing incidents", 10, 15],
      ]),
    ).toEqual(TRAFFICKED_2017);
  });

  it("reads two such tables side by side, each under its group's merged heading", async () => {
    expect(
      await facts(
        [
          ["Children looked after (calendar years)"],
          [],
          ["Trafficked or victim of modern slavery", "", "", "", "Unaccompanied asylum seeking or separated"],
          ["", 2016, 2017, "", "", 2016, 2017],
          ["Identified (incl. NRM)", 5, 9, "", "Looked after", 31, 42],
          ["Suspected", 3, 4, "", "Went missing or absent", 8, 11],
          ["Went missing or absent", 4, 6, "", "Missing or absent incidents", 19, 27],
          ["Missing or absent incidents", 10, 15],
        ],
        ["A3:C3", "E3:G3"],
      ),
    ).toEqual(
      [
        ...TRAFFICKED_2017,
        "uasc_looked_after reported 42",
        "uasc_missing_incidents reported 27",
        "uasc_went_missing reported 11",
      ].sort(),
    );
  });
});
