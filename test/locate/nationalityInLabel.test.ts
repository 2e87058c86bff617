import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(rows: string[][]) {
  const text = rows.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\n");
  return processFile(
    { file: "Anytown Council FOI export.csv", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
}

/**
 * A question-and-answer export that gives one nationality a row, the label
 * naming the group, the word for nationality and the nationality.
 */
describe("one nationality a row, named in the label", () => {
  it.each([
    ["Q12 UASC - nationality - Sudanese", "uasc Sudanese 4"],
    ["12. Trafficked: Nationality: Romanian", "trafficked Romanian 4"],
    ["Nationality - unaccompanied asylum seeking children - Iranian", "uasc Iranian 4"],
    ["12b) Trafficked or suspected trafficked – country of origin – Albanian", "trafficked Albanian 4"],
  ])("%s", async (label, expected) => {
    const r = await run([
      ["Question", "Response"],
      ["Q5 UASC looked after", "40"],
      [label, "4"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([expected]);
    expect(r.facts.find((f) => f.measure === "uasc_looked_after")?.value).toBe(40);
  });

  it.each([
    ["a count's label with no nationality", "Q8 UASC - went missing - at least once"],
    ["both groups named", "Q12 Trafficked and UASC - nationality - Sudanese"],
    ["no word for nationality", "Q12 UASC - Sudanese - went missing"],
  ])("%s is not read as one nationality's count", async (_, label) => {
    const r = await run([
      ["Question", "Response"],
      [label, "4"],
    ]);
    expect(r.decisions.some((d) => d.message.includes("read as one nationality's count"))).toBe(false);
  });
});

/**
 * A letter's line that names the period, the group and its children who went missing, then one nationality
 * and its count ("1 January 2021 to 31 December 2021: unaccompanied children who went missing - Yemeni: 1"):
 * the one-item form of the list the same line gives with two items, read alike. Only where the nationality
 * ends the label and the other words count the children who went missing.
 */
describe("one nationality ending a label that counts the children who went missing", () => {
  const letter = (line: string) =>
    processFile(
      {
        file: "Newport reply.txt",
        bytes: new TextEncoder().encode(["Question 5", line, "Yours sincerely"].join("\n")),
        manifestCode: null,
      },
      knowledge(),
    );
  it("is read as that nationality's count", async () => {
    const r = await letter("1 January 2021 to 31 December 2021: unaccompanied children who went missing - Yemeni: 1");
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual(["uasc Yemeni 1"]);
  });
  it.each([
    ["of children looked after", "2021: unaccompanied children looked after - Afghan: 12"],
    ["with the nationality before the metric", "2021: unaccompanied children - Afghan - went missing: 3"],
    ["of missing episodes", "2021: episodes of unaccompanied children who went missing - Albanian: 9"],
    ["of the times children went missing", "2021: number of times unaccompanied children went missing - Albanian: 9"],
  ])("is not read %s", async (_, line) => {
    const r = await letter(line);
    expect(r.nationalities).toEqual([]);
  });
});

/**
 * Under a question about nationality, a list one nationality a row whose
 * labels name only the group and the nationality ("Trafficked - Vietnamese").
 */
describe("one nationality a row under a question about nationality", () => {
  it.each([
    ["with 'Number' over the count column", ["9. Nationality of children who went missing", "Number"]],
    ["alone on its row", ["9. Nationality of children who went missing"]],
    ["without a number", ["Nationalities of those who went missing", "No."]],
  ])("%s", async (_, head) => {
    const r = await run([
      ["Question", "Response"],
      ["1. Looked after children identified or suspected as trafficked", "7"],
      ["5. UASC looked after", "8"],
      head,
      ["Trafficked - Vietnamese", "2"],
      ["Trafficked – Albanian", "1"],
      ["UASC - Afghan", "2"],
      ["UASC: Sudanese", "1"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "trafficked Vietnamese 2",
      "trafficked Albanian 1",
      "uasc Afghan 2",
      "uasc Sudanese 1",
    ]);
    const values = Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
    expect(values).toEqual({ trafficked_looked_after: 7, uasc_looked_after: 8 });
  });

  it("a group and a nationality with no question about nationality above stay unread as a list", async () => {
    const r = await run([
      ["Question", "Response"],
      ["UASC looked after", "8"],
      ["UASC - Afghan", "2"],
    ]);
    expect(r.nationalities).toEqual([]);
  });
});

/** "9. Nationalities of the children who went missing | Afghan (UASC) – one": each item tags its group in brackets. */
describe("a nationality list beside its question, each item naming its group in brackets before its count", () => {
  it.each([
    ["Afghan (UASC) – one", ["uasc Afghan 1"]],
    ["Vietnamese (trafficked): 2; Eritrean (UASC): 3", ["trafficked Vietnamese 2", "uasc Eritrean 3"]],
    ["Albanian (trafficked) - 1, Afghan (UASC) - 4", ["trafficked Albanian 1", "uasc Afghan 4"]],
  ])("%s", async (answer, expected) => {
    const r = await run([
      ["Question", "Response"],
      ["5. Unaccompanied asylum seeking children looked after", "Two"],
      ["6. Of these, how many went missing at least once", "One"],
      ["9. Nationalities of the children who went missing", answer],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual(expected);
    const values = Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
    expect(values).toEqual({ uasc_looked_after: 2, uasc_went_missing: 1 });
  });
});

describe("a nationality table under its question", () => {
  it("takes the group from the question when the table's header line names none ('Nationality | Number of children')", async () => {
    const r = await run([
      ["Question", "Response"],
      ["5) Number of UASC looked after during the period", "40"],
      ["9) Nationalities of the unaccompanied children who went missing:"],
      ["Nationality", "Number of children"],
      ["Afghan", "14"],
      ["Eritrean", "9"],
      ["Total", "23"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "uasc Afghan 14",
      "uasc Eritrean 9",
    ]);
  });

  it("reads each row's group from a first column the header line leaves blank", async () => {
    const r = await run([
      ["Q9. Nationalities of the children who went missing:"],
      ["", "Nationality", "Number"],
      ["Trafficked", "Vietnamese", "2"],
      ["UASC", "Afghan", "2"],
      ["UASC", "Iranian", "1"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "trafficked Vietnamese 2",
      "uasc Afghan 2",
      "uasc Iranian 1",
    ]);
  });
});

describe("a question about nationality over nationalities alone", () => {
  it("is left to the table readers, which take the group from the columns", async () => {
    const r = await run([
      ["Question", "Trafficked / suspected trafficked", "UASC"],
      ["Looked after", "1", "12"],
      ["Went missing", "0", "6"],
      ["Nationality of missing children", "", ""],
      ["Afghan", "", "2"],
      ["Eritrean", "", "2"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "uasc Afghan 2",
      "uasc Eritrean 2",
    ]);
  });

  it("over a count column, is left to the table readers, which take the group from the title", async () => {
    const r = await run([
      ["Unaccompanied asylum seeking children looked after"],
      ["Looked after", "174"],
      ["Went missing at least once", "18"],
      [],
      ["Nationality of those who went missing", "Number"],
      ["Afghan", "6"],
      ["Eritrean", "4"],
    ]);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual([
      "uasc Afghan 6",
      "uasc Eritrean 4",
    ]);
  });
});
