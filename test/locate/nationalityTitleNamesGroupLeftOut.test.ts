import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[], file = "Anytown Council FOI response.csv") {
  return processFile({ file, bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null }, knowledge());
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? `${n.lower}-${n.upper}`}`).sort();

const TABLE = ["Year,Nationality,Children", "2019,Sudanese,8", "2019,Eritrean,7", "2020,Afghan,1"];

describe("a nationality table whose title names the other group only to say it is not given", () => {
  it.each([
    "Q5 - Nationality of UASC who went missing (trafficked children: not recorded by nationality)",
    "Nationality of UASC who went missing (excluding trafficked children)",
    "Nationality of unaccompanied children who went missing - trafficked children are not broken down by nationality",
    // The other group's breakdown kept back under an exemption, not missing from the records.
    "Nationality of UASC who went missing (number of children). Trafficked children's nationality and all gender figures are withheld as personal data.",
    "Nationality of UASC who went missing - trafficked children's nationalities are redacted (personal data)",
    "Nationality of UASC who went missing; the trafficked children's breakdown is not disclosed as they could be identified",
  ])("reads the list as the group the title is of: %s", async (title) => {
    const r = await run([title, ...TABLE]);
    expect(read(r)).toEqual(["uasc Afghan 1", "uasc Eritrean 7", "uasc Sudanese 8"]);
  });

  it("reads a title paragraph whose later sentences speak of suppression, not of a group", async () => {
    const r = await run([
      "Nationality of unaccompanied or separated children who went missing (question 2b). *",
      "denotes a number between 1 and 4. Gender is not given because the numbers of girls",
      "are very small.",
      ...TABLE,
    ]);
    expect(read(r)).toEqual(["uasc Afghan 1", "uasc Eritrean 7", "uasc Sudanese 8"]);
  });

  it.each([
    "Nationality of trafficked and unaccompanied children who went missing",
    "Nationality of UASC and trafficked children who went missing (recorded together)",
    // Negated words, but the group is counted in the list, only not apart.
    "Q5 - Nationality of UASC who went missing (trafficked children are included in these figures and not shown separately)",
    "Nationality of UASC who went missing - trafficked children are not broken down separately",
  ])("gives no group when the title names both groups as its own: %s", async (title) => {
    const r = await run([title, ...TABLE]);
    expect(read(r)).toEqual([]);
  });

  it("reads the title of a letter's table wrapped over three lines, which the reader joins into one", async () => {
    const r = await run(
      [
        "Dear Requester,",
        "Your request has been considered under the Freedom of Information Act 2000. Figures",
        "are for children looked after by the council in each calendar year, and for the",
        "first part of 2024.",
        "Question 5",
        "Nationality of unaccompanied or separated children who went missing (question 2b). *",
        "denotes a number between 1 and 4. Gender is not given because the numbers of girls",
        "are very small.",
        "Year                   Nationality                      Children",
        "2021                   Sudanese                         5",
        "2021                   Afghan                           5",
        "2022                   Afghan                           7",
      ],
      "Anytown Council FOI response.txt",
    );
    expect(read(r)).toEqual(["uasc Afghan 5", "uasc Afghan 7", "uasc Sudanese 5"]);
  });

  it("reads a lead-in from its question's heading, not from the previous answer's line of figures in prose", async () => {
    const r = await run(
      [
        "Question 4",
        "Children still missing (both groups): 2018 - 2; 2019 - 1; 2020 - 3",
        "Question 5",
        "Nationality of UASC who went missing (number of children). Trafficked children's nationality is withheld under section 40(2).",
        "Nationality              2018         2019",
        "Afghan                   4            3",
        "Eritrean                 3            5",
      ],
      "Anytown Council FOI response.txt",
    );
    expect(read(r)).toEqual(["uasc Afghan 3", "uasc Afghan 4", "uasc Eritrean 3", "uasc Eritrean 5"]);
  });
});
