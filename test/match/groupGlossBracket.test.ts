import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// "Identified as trafficked (positive NRM conclusive grounds decision or other identification)": the bracket
// only says how a child came to be identified (the NRM's decision, or another route), in the group's own words
// and the words that name a decision. It asks nothing more, and the row is 1a. A bracket that adds another
// condition ("(placed out of area)") still makes the row something the request does not ask.
describe("a group's row glossed with how its children were identified", () => {
  const book = (label: string) =>
    buildXlsx([
      {
        name: "Q1",
        rows: [
          [
            "Q1",
            "How many looked after children in your care were identified as having been trafficked, or suspected of having been trafficked?",
          ],
          [],
          ["Category", "Number of children"],
          [label, 6],
          ["Suspected of having been trafficked", 11],
          ["Total", 17],
        ],
      },
    ]);
  const read = async (label: string) => {
    const r = await processFile(
      { file: "reply.xlsx", bytes: await book(label), manifestCode: "E06000038" },
      knowledge(),
    );
    const f = r.facts.find((x) => x.measure === "trafficked_identified");
    return `${f?.status} ${f?.value}`;
  };
  it.each([
    ["Identified as trafficked (positive NRM conclusive grounds decision or other identification)"],
    ["Identified as trafficked (NRM decision)"],
    ["Identified as trafficked (conclusive grounds decision by the NRM)"],
  ])("%s", async (label) => {
    expect(await read(label)).toBe("reported 6");
  });

  it("a bracket adding another condition is not a gloss", async () => {
    expect(await read("Identified as trafficked (placed out of area in residential units)")).not.toBe("reported 6");
  });
});
