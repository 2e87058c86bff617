import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown Council FOI response.txt", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? `${n.lower}-${n.upper}`}`).sort();

// A list opened by words that point back ("Their nationalities were …", "Of these, …") is of the
// children the sentence before counts: when those are the children looked after, not those who went
// missing, the list is another population's and is not the request's breakdown.
describe("a nationality list whose opening points back to the sentence before", () => {
  it.each([
    {
      name: "their nationalities, after the children looked after",
      before: "41 unaccompanied asylum seeking children were looked after during the year.",
      list: "Their nationalities were Eritrean (14), Afghan (9) and Sudanese (5).",
    },
    {
      name: "of these, after the children looked after",
      before: "20 unaccompanied children were in our care in 2017.",
      list: "Of these, Eritrean 9, Afghan 7 and Iraqi 4.",
    },
  ])("does not count it as the went-missing breakdown: $name", async ({ before, list }) => {
    const r = await run(["c. Identified as an unaccompanied asylum seeking child.", `${before} ${list}`]);
    expect(read(r)).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("label_outside_request");
  });

  it("counts it when the sentence before counts the children who went missing", async () => {
    const r = await run([
      "b. Identified as an UASC or separated child and that have gone missing or absent.",
      "Eight unaccompanied children went missing or were absent. Their nationalities were Eritrean 3, Afghan 2, Sudanese 2 and Iraqi 1.",
    ]);
    expect(read(r)).toEqual(["uasc Afghan 2", "uasc Eritrean 3", "uasc Iraqi 1", "uasc Sudanese 2"]);
  });
});
