import { describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { locateFigures } from "../../src/locate/locateFigures.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

/** A letter's lines, one cell a line, as the txt reader gives them; the nationality figures read from it. */
function nationalitiesOf(lines: string[]): string[] {
  const file = "reply.txt";
  const env = createLocateEnv(file, "txt", knowledge());
  const sheet: Sheet = { name: file, rows: lines.map((l) => [l]), merges: [] };
  const layout = locateFigures(buildGrid(sheet, env), env);
  return layout.tables.flatMap((t) => t.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).sort();
}

/** The answers above each list: a trafficked paragraph, then a UASC one. */
const answers = [
  "In the period we looked after 3 children who were identified or suspected as having been trafficked. Two of them went missing, on 5 occasions between them.",
  "",
  "We looked after 24 unaccompanied asylum seeking children in the same period. 6 of these young people went missing at least once.",
  "",
];

describe("nationalities in sentences whose counts are words, not digits", () => {
  it.each([
    {
      name: "counts in words after each group's opening (no digit, no word for nationality)",
      line: "The trafficked children who went missing were both Vietnamese. Of the six unaccompanied young people, three were Afghan, two Albanian and one Eritrean.",
      read: ["trafficked Vietnamese 2", "uasc Afghan 3", "uasc Albanian 2", "uasc Eritrean 1"],
    },
    {
      name: "one named, then 'the other'",
      line: "Q9. Of the two unaccompanied young people who went missing, one was Afghan and the other Eritrean.",
      read: ["uasc Afghan 1", "uasc Eritrean 1"],
    },
    {
      name: "'the other was'",
      line: "Of the two unaccompanied young people who went missing, one was Afghan and the other was Eritrean.",
      read: ["uasc Afghan 1", "uasc Eritrean 1"],
    },
    {
      name: "one group's children 'were both' one nationality, numbered",
      line: "9. The two unaccompanied young people who went missing were both Afghan.",
      read: ["uasc Afghan 2"],
    },
    {
      name: "'the others' gives no count: the rest is not guessed",
      line: "Of the unaccompanied young people who went missing, one was Afghan and the others Eritrean.",
      read: ["uasc Afghan 1"],
    },
    {
      name: "the opening ended by a dash, each child counted 'from' a country",
      line: "Q9. Nationalities – one young person was from Vietnam and one from Afghanistan.",
      read: ["uasc Afghan 1", "uasc Vietnamese 1"],
    },
    {
      name: "words after the count that say more than 'from' are no item",
      line: "Q9. Nationalities – one young person was moved to Vietnam.",
      read: [],
    },
    {
      name: "a count in words of children looked after is not their nationality list",
      line: "Of the unaccompanied young people we looked after, three were Afghan and two Albanian.",
      read: [],
    },
  ])("$name", ({ line, read }) => {
    expect(nationalitiesOf([...answers, line])).toEqual(read);
  });
});

describe("nationalities each tagged with its group and count in brackets", () => {
  it.each([
    ["Vietnamese (trafficked – 1); Afghan (unaccompanied – 3); Iranian (unaccompanied – 2).", 3],
    ["Vietnamese (trafficked - 1); Afghan (UASC - 3); Iranian (UASC - 2)", 3],
    ["Vietnamese (trafficked: 1); Afghan (UASC: 3); Iranian (UASC: 2)", 3],
    ["Vietnamese (trafficked, 1); Afghan (UASC, 3); Iranian (UASC, 2)", 3],
  ])("%s", (line) => {
    expect(nationalitiesOf(["(i) Nationalities of the children who went missing:", line])).toEqual([
      "trafficked Vietnamese 1",
      "uasc Afghan 3",
      "uasc Iranian 2",
    ]);
  });
});

describe("a list in brackets in the middle of a sentence", () => {
  it.each([
    {
      name: "ends at its closing bracket",
      line: "The nationality breakdown of the unaccompanied children who went missing (Afghan 3, Eritrean 2) relates to these five young people and is correct.",
      read: ["uasc Afghan 3", "uasc Eritrean 2"],
    },
    {
      name: "with 'and' before its last item",
      line: "The unaccompanied children who went missing (Afghan 3 and Eritrean 2) have all been found.",
      read: ["uasc Afghan 3", "uasc Eritrean 2"],
    },
  ])("$name", ({ line, read }) => {
    expect(nationalitiesOf([...answers, line])).toEqual(read);
  });
});
