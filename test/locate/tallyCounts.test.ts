import { describe, expect, it } from "vitest";
import { listIn } from "../../src/locate/listNationalities.js";
import { createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

const env = createLocateEnv("reply.txt", "txt", knowledge());

/**
 * Counts written as a tally ("Somali x3", "2x Iraqi", "Iranian (x 2)"),
 * and a sentence whose opening ends with its verb before a count-first
 * first item ("The children who went missing were 5 Somali nationals").
 */
describe("tally counts and a verb before the first item", () => {
  it.each([
    ["Missing UASC: Somali x3, Iraqi x 2, Iranian (x1)", ["Somali 3", "Iraqi 2", "Iranian 1"]],
    ["Missing UASC: Somali ×3; Guinean × 2", ["Somali 3", "Guinean 2"]],
    ["Missing UASC: 3x Somali, 2 x Iraqi", ["Somali 3", "Iraqi 2"]],
    [
      "The children who went missing were 5 Somali nationals and 2 Iraqi nationals",
      ["Somali nationals 5", "Iraqi nationals 2"],
    ],
    ["Those missing included 4 Guinean, 1 Iranian", ["Guinean 4", "Iranian 1"]],
    // A place ending in x is no tally; a verb followed by no nationality is no list.
    ["Sussex 4", []],
    ["The figure was 4 weeks", []],
  ])("%j", (sentence, items) => {
    expect(listIn(sentence, env).items.map((i) => `${i.raw} ${i.count}`)).toEqual(items);
  });
});
