import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * Poole's pivot export (round 131): groups as captions, nationalities under
 * them, and a "Grand Total" row. The request asks "still missing" only of
 * both groups together. A pivot's outer field puts each record under one
 * caption, so the Grand Total adds each child once: it is the both-groups
 * count. The captions' own figures stay their groups'; the Grand Total of a
 * count asked of each group apart is not used.
 */
const stillInHarmsWay = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

const read = async (lines: readonly string[]) => {
  const r = await processFile(
    {
      file: "pivot export.csv",
      bytes: new TextEncoder().encode(`${lines.join("\r\n")}\r\n`),
      manifestCode: "E06000029",
    },
    stillInHarmsWay,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.value ?? f.status}`)
    .sort();
};

const pivot = (grand: string) => [
  "FOI 18-0611: children looked after, 1 January 2017 to 31 December 2017,,,,",
  ",,,,",
  "Row Labels,Count of Child ID,Sum of Went Missing (child),Sum of Missing Episodes,Sum of Still Missing",
  "Trafficked / modern slavery,5,3,11,1",
  "    Albanian,3,2,8,1",
  "    British,2,1,3,0",
  "Trafficked / modern slavery Total,5,3,11,1",
  "UASC,11,4,9,1",
  "    Afghan,4,2,5,1",
  "    Eritrean,7,2,4,0",
  "UASC Total,11,4,9,1",
  grand,
];

describe("a pivot's Grand Total over the groups", () => {
  it("is the count asked of both groups together", async () => {
    const facts = await read(pivot("Grand Total,16,7,20,2"));
    expect(facts).toEqual(
      expect.arrayContaining([
        "not_found 2",
        "trafficked_went_missing 3",
        "uasc_went_missing 4",
        "uasc_looked_after 11",
      ]),
    );
    expect(facts.filter((f) => f.startsWith("not_found"))).toEqual(["not_found 2"]);
  });
});

/**
 * The negative cases: the Grand Total adds up only the captions' groups, so it is the both-groups count
 * only when those groups, taken up to the groups they are parts or subsets of, are every group the
 * request counts together. Two parts of one group (identified and suspected trafficked) leave out every
 * UASC; a caption that names no group ("Other") leaves the total unknown.
 */
describe("a pivot's Grand Total that is not both groups", () => {
  it.each([
    [
      "captions of two parts of one group",
      [
        "Identified trafficked,5,3,11,1",
        "    Albanian,3,2,8,1",
        "    British,2,1,3,0",
        "Identified trafficked Total,5,3,11,1",
        "Suspected trafficked,11,4,9,1",
        "    Afghan,4,2,5,1",
        "    Eritrean,7,2,4,0",
        "Suspected trafficked Total,11,4,9,1",
      ],
    ],
    [
      "a caption naming no group",
      [
        "Trafficked / modern slavery,5,3,11,1",
        "    Albanian,3,2,8,1",
        "Trafficked / modern slavery Total,5,3,11,1",
        "Other,11,4,9,1",
        "    Afghan,4,2,5,1",
        "Other Total,11,4,9,1",
      ],
    ],
  ])("is not read as both groups: %s", async (_name, body) => {
    const facts = await read([...pivot("Grand Total,16,7,20,2").slice(0, 3), ...body, "Grand Total,16,7,20,2"]);
    expect(facts.filter((f) => f.startsWith("not_found"))).toEqual([]);
  });
});
