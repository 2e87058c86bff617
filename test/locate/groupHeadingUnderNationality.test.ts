import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A question about nationality, then a line naming only a group, then one
 * nationality a line: the group's heading starts its list, and the next
 * group's heading the next list. Without the question above, a group
 * heading over lone "Somali - 3" lines is no list.
 */
async function nationalitiesOf(lines: string[]): Promise<string[]> {
  const text = [
    "Eastmoor District Council - FOI 2290",
    "2. Trafficked children who went missing: 1",
    "6. UASC who went missing: 5",
    "",
    ...lines,
  ].join("\n");
  const r = await processFile(
    { file: "Eastmoor FOI 2290.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
}

describe("a group heading between a nationality question and its list", () => {
  it.each([
    [
      "dash items, a blank line between the groups",
      ["9. Nationalities", "UASC:", "Somalia - 3", "Guinea - 2", "", "Trafficked:", "Albania - 1"],
      ["trafficked Albanian 1", "uasc Guinean 2", "uasc Somali 3"],
    ],
    [
      "colon items under worded group headings",
      [
        "Nationality of the children who went missing",
        "Unaccompanied asylum seeking children",
        "Somali: 3",
        "Guinean: 2",
      ],
      ["uasc Guinean 2", "uasc Somali 3"],
    ],
    ["no question about nationality above: no list", ["UASC:", "Somalia - 3", "Guinea - 2"], []],
  ])("%s", async (_, lines, want) => {
    expect(await nationalitiesOf(lines)).toEqual(want);
  });
});
