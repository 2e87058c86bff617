import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A nationality list that names no group is given one only by the file's
 * own figures for the requested period. A count marked as another period's
 * ("previous year, for comparison") is kept with a warning when it stands
 * alone, but it never decides whose a list is: last year's 0 for one group
 * says nothing about this year's.
 */
async function nationalitiesOf(trafficked: string) {
  const text = [
    "Surrey County Council - response to your FOI request",
    "9. Nationalities of the trafficked and unaccompanied children who went missing:",
    "Of the 3 young people who went missing, 2 were Afghan and 1 was Eritrean.",
    "",
    "UASC looked after: 40",
    "UASC who went missing: 3",
    trafficked,
  ].join("\n");
  const r = await processFile(
    { file: "Surrey.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`);
}

describe("another period's figures never decide whose an unnamed list is", () => {
  it.each([
    [
      "this period's 0 for the other group",
      "Trafficked children who went missing: 0",
      ["uasc Afghan 2", "uasc Eritrean 1"],
    ],
    [
      "last year's 0 for the other group",
      "Trafficked children who went missing (previous year, for comparison): 0",
      [],
    ],
  ])("%s", async (_, line, expected) => {
    expect(await nationalitiesOf(line)).toEqual(expected);
  });
});
