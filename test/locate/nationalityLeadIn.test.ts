import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown Council FOI response.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? `${n.lower}-${n.upper}`}`).sort();

describe("a nationality table whose group is named only in the sentence leading into it", () => {
  it("takes the one group the lead-in sentence names, wrapped over two lines", async () => {
    const r = await run([
      "Question 5 – gender and nationality",
      "All of the unaccompanied children who went missing were male. Their",
      '"nationalities are shown below (number of children, by year)."',
      "Nationality,Children who went missing",
      "Afghan,3",
      "Sudanese,2",
    ]);
    expect(read(r)).toEqual(["uasc Afghan 3", "uasc Sudanese 2"]);
    expect(r.decisions.map((d) => d.message)).toContainEqual(
      expect.stringContaining("the words leading into the table"),
    );
  });

  it("reads a sentence wrapped over lines back to the line that ends the sentence before", async () => {
    const r = await run([
      "Figures under 5 are not given.",
      "The trafficked children who went missing came from the",
      "countries shown below; their nationalities are:",
      "Nationality,Children who went missing",
      "Vietnamese,2",
      "Albanian,1",
    ]);
    expect(read(r)).toEqual(["trafficked Albanian 1", "trafficked Vietnamese 2"]);
  });

  it("takes the group of the one sentence pointing to the table, when the other names the group left out", async () => {
    const r = await run([
      "Answer: see the table below (unaccompanied children who went missing or",
      "absent). The trafficked children are not broken down as the numbers are too",
      "small.",
      "Nationality,Male,Female,Total",
      "Eritrean,4,0,4",
      "Guinean,3,0,3",
    ]);
    expect(read(r)).toEqual(["uasc Eritrean 4", "uasc Guinean 3"]);
  });

  it.each([
    {
      name: "both groups named in the sentence pointing to the table",
      lead: "See the table below for the trafficked and unaccompanied children who went missing. Numbers under 5 are not given.",
    },
    {
      name: "a pointing sentence that does not say the children went missing",
      lead: "See the table below (unaccompanied children looked after). The trafficked children are not broken down.",
    },
  ])("gives no group when the lead-in has $name", async ({ lead }) => {
    const r = await run([lead, "Nationality,Male,Female,Total", "Afghan,3,0,3", "Sudanese,2,0,2"]);
    expect(read(r)).toEqual([]);
  });

  it.each([
    {
      name: "both groups named",
      lead: "The nationalities of the trafficked and unaccompanied children who went missing are below.",
    },
    { name: "no group named", lead: "Their nationalities are shown below." },
    {
      name: "the group named only in the sentence before",
      lead: "All of the unaccompanied children were male.\nTheir nationalities are shown below.",
    },
  ])("gives no group when the lead-in has $name", async ({ lead }) => {
    const r = await run([...lead.split("\n"), "Nationality,Children who went missing", "Afghan,3", "Sudanese,2"]);
    expect(read(r)).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain("layout_unknown");
  });
});
