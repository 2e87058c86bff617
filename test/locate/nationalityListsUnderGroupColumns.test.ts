import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/** A round asking about calendar 2018, 2019 and 2020. */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function run(title: string) {
  const bytes = await buildXlsx([
    {
      name: "Response",
      rows: [
        ["Year", "Q1c UASC", "Q2b"],
        ["2018", 9, 1],
        ["2019", 9, 2],
        [],
        [title],
        ["Year", "Trafficked", "UASC"],
        ["2018", "Vietnamese 1", "Sudanese 1"],
        ["2019", "none", "Albanian 1, Iraqi 1"],
      ],
    },
  ]);
  return processFile({ file: "Anytown Council FOI 12.xlsx", bytes, manifestCode: null }, knowledge);
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

describe("lists of nationalities in cells under columns headed by group, under a title asking nationality", () => {
  it("reads each cell as its column's group's list for its row's year", async () => {
    const r = await run("Q5 Nationality of children who went missing: see below.");
    expect(read(r)).toEqual(["trafficked Vietnamese 1", "uasc Albanian 1", "uasc Iraqi 1", "uasc Sudanese 1"]);
  });

  it.each([
    ["a title naming another group than a column", "Q5 Nationality of UASC who went missing: see below."],
    ["a title that does not ask nationality", "Q6 Placements of children who went missing: see below."],
  ])("does not read the trafficked column's cells under %s", async (_, title) => {
    const r = await run(title);
    expect(read(r).filter((x) => x.startsWith("trafficked"))).toEqual([]);
  });
});
