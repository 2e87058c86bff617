import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown FOI response.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

describe("a row of nationalities over one row of counts, the group in the title above", () => {
  it("reads each nationality's count as the title's group, leaving out the total", async () => {
    const r = await run([
      "UASC,412,58",
      "Question 9 – nationality of the UASC who went missing:",
      "Afghanistan,Albania,Eritrea,Total",
      "17,11,12,40",
    ]);
    expect(read(r)).toEqual(["uasc Afghan 17", "uasc Albanian 11", "uasc Eritrean 12"]);
  });

  it.each([
    ["names no group", "Question 9 – nationality of those who went missing:"],
    ["names both groups", "Question 9 – nationality of the trafficked and UASC children who went missing:"],
  ])("reads nothing when the title %s", async (_name, title) => {
    const r = await run(["UASC,412,58", title, "Afghanistan,Albania,Eritrea,Total", "17,11,12,40"]);
    expect(read(r)).toEqual([]);
  });
});
