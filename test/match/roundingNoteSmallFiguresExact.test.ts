import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Figures above 10 have been rounded to the nearest 5. Figures of 10 or
 * below are exact." (round 166, Westminster): the note leaves small figures
 * as they are, so a 0, 5 or 10 under it is exact; larger figures are still
 * the ranges the rounding makes them.
 */
async function read(note: string) {
  const rows = [
    "Westminster City Council - FOI 4471",
    "Measure,Trafficked,UASC",
    "Looked after,10,160",
    "Went missing,5,25",
    "Not found,0,4",
    "",
    `"${note}"`,
  ];
  const r = await processFile(
    { file: "Westminster.csv", bytes: new TextEncoder().encode(rows.join("\n")), manifestCode: null },
    knowledge(),
  );
  const fact = (measure: string) => {
    const f = r.facts.find((x) => x.measure === measure);
    return f ? `${f.status} ${f.value ?? `${f.lower}-${f.upper}`}` : "none";
  };
  return [
    fact("trafficked_looked_after"),
    fact("trafficked_went_missing"),
    fact("trafficked_not_found"),
    fact("uasc_looked_after"),
    fact("uasc_went_missing"),
  ];
}

describe("a rounding note that leaves small figures exact", () => {
  it.each([
    "Figures above 10 have been rounded to the nearest 5. Figures of 10 or below are exact.",
    "Please note: figures of 10 or below are not rounded; others have been rounded to the nearest 5.",
    "Numbers over 10 are rounded to the nearest 5.",
  ])("%s", async (note) => {
    expect(await read(note)).toEqual([
      "reported 10",
      "reported 5",
      "reported 0",
      "suppressed 158-162",
      "suppressed 23-27",
    ]);
  });

  it("a note with no such words still rounds every figure", async () => {
    expect(await read("All figures have been rounded to the nearest 5.")).toEqual([
      "suppressed 8-12",
      "suppressed 3-7",
      "suppressed 0-2",
      "suppressed 158-162",
      "suppressed 23-27",
    ]);
  });
});
