import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown Council FOI response.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

// "5 Nationality of the children who went missing (…, both groups): Afghan 6, …": the list's own opening
// says it is of both groups at once, as a heading above it would; no split between them is told, so it
// is counted for neither group, whatever the file's figures suggest (round 144, Carmarthenshire).
describe("a nationality list whose own opening says it covers both groups", () => {
  it.each([
    "5 Nationality of the children who went missing (2017, both groups): Afghan 6, Sudanese 4. All male.",
    "Nationalities of children who went missing, both groups together: Afghan 6, Sudanese 4.",
  ])("is not counted for either group: %s", async (line) => {
    const r = await run([
      "Anytown Council",
      "Question,2017",
      '"1(a)/(b) Trafficked or modern slavery - identified or suspected",2',
      '"1(c) UASC / separated children",14',
      '"2 Trafficked or UASC children who went missing or absent (both groups together)",5',
      '"3(a) Missing or absent incidents - trafficked",3',
      '"3(b) Missing or absent incidents - UASC",9',
      "",
      `"${line}"`,
    ]);
    expect(r.nationalities).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("label_ambiguous");
  });
});
