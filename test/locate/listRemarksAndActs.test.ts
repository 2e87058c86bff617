import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

const letter = async (lines: readonly string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\r\n");
  return processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge(),
  );
};
const natsOf = (r: Awaited<ReturnType<typeof letter>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();

// "Albanian 2, Afghan 1, Eritrean 1 (all UASC)": the closing bracket says
// whose the list is; it is not the last item's count.
describe("a list closed by a remark in brackets", () => {
  it.each([["(all UASC)"], ["(all unaccompanied)"], ["(UASC)."]])("%s", async (remark) => {
    const r = await letter([
      "5. UASC looked after: 30",
      "6. UASC who went missing: 4",
      `9. Nationalities of children who went missing: Albanian 2, Afghan 1, Eritrean 1 ${remark}`,
    ]);
    expect(natsOf(r)).toEqual(["uasc Afghan 1", "uasc Albanian 2", "uasc Eritrean 1"]);
  });
});

// "Romanian (1) (trafficked); Vietnamese (3), Iraqi (2) (UASC).": each list
// of the line is closed by its own group, the first before a semicolon.
describe("lists each closed by their group in brackets, parted by a semicolon", () => {
  it.each([
    ["Romanian (1) (trafficked); Vietnamese (3), Iraqi (2) (UASC)."],
    ["Vietnamese (3), Iraqi (2) (UASC); Romanian (1) (trafficked)."],
  ])("%s", async (answer) => {
    const r = await letter([
      "Q9: What are the nationalities of the trafficked and unaccompanied children who went missing?",
      `Answer: ${answer}`,
    ]);
    expect(natsOf(r)).toEqual(["trafficked Romanian 1", "uasc Iraqi 2", "uasc Vietnamese 3"]);
    expect(r.issues.map((i) => i.code)).not.toContain("layout_unknown");
  });
});

// A tab table pasted into an e-mail, with a nationality list under it whose
// last figure falls under one of the table's columns: the list line has no
// gap in it, so it stays one sentence.
describe("a sentence under a typed table is not cut at the table's columns", () => {
  it("reads every item of the list", async () => {
    const r = await letter([
      "Please find the information you requested below. The figures cover the period 1 October 2014 to 30 September 2015.",
      "",
      "\t\t\t\tTrafficked\tUASC",
      "Looked after in the period\t\t3\t\t35",
      "Went missing at least once\t\t1\t\t6",
      "Number of missing episodes\t\t1\t\t14",
      "",
      "Nationality of children who went missing:",
      "Trafficked – Vietnam 1",
      "UASC – Eritrea 3, Afghanistan 2, Syria 1",
      "",
      "Please note that the trafficked figures include children where trafficking was suspected by the social worker.",
    ]);
    expect(natsOf(r)).toEqual(["trafficked Vietnamese 1", "uasc Afghan 2", "uasc Eritrean 3", "uasc Syrian 1"]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(35);
  });
});

// "accommodated under section 20": a section of an Act is no count.
describe("a section of an Act in a note is not a figure", () => {
  it.each([
    ["Please note that the figures for UASC include young people who were accommodated under section 20 on arrival."],
    ["The UASC figures include children looked after under Section 20 of the Children Act 1989."],
    ["UASC are counted under paragraph 4 of our guidance."],
  ])("%s", async (note) => {
    const facts = await readLetterFacts(knowledge(), ["5) UASC looked after in the period: 40", "", note]);
    expect(facts.filter((f) => f.startsWith("uasc_looked_after"))).toEqual(["uasc_looked_after  reported 40"]);
  });
});
