import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { columnsNamed } from "../../src/match/applyFileNotes.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * Notes in a round of its own: a one-day count of the round's base metric
 * (pupils, here) is caught as it is for the 2015 round's looked-after
 * children, and a note that names spreadsheet columns covers those columns.
 */
const knowledge = loadKnowledge({
  request: new URL("../round/school-exclusions.request.json", import.meta.url).pathname,
});

describe("columnsNamed: the spreadsheet columns a note is about", () => {
  it.each([
    ["the number of pupils (columns B and D) is as at census day", [2, 4]],
    ["Column C counts occasions", [3]],
    ["Figures in cols B-D are provisional", [2, 3, 4]],
    ["columns B, C and AA", [2, 3, 27]],
    ["see column b below", []],
    ["No columns are named here", []],
  ])("%s → %j", (note, want) => {
    expect([...columnsNamed(note)].sort((a, b) => a - b)).toEqual(want);
  });
});

describe("a note about a round's own base metric on one day", () => {
  const read = async (rows: string[]) => {
    const r = await processFile({ file: "reply.csv", bytes: text(rows.join("\n")), manifestCode: null }, knowledge);
    return [
      ...new Set(r.issues.filter((i) => i.code === "period_approximate" && i.measure).map((i) => i.measure)),
    ].sort();
  };
  const TABLE = [
    "Year,Pupils permanently excluded,Permanent exclusions,Pupils suspended,Suspensions",
    "2022/23,12,14,140,310",
    "2023/24,15,17,151,333",
  ];

  it.each([
    {
      name: "columns named by letter: only those columns",
      note: "Note: the number of pupils (columns B and D) is the number on roll on 31 March of each year.",
      want: ["permanent_pupils", "suspension_pupils"],
    },
    {
      name: "the base metric named in words: every group's base-metric figure",
      note: "The number of pupils is as at 31 March 2024.",
      want: ["permanent_pupils", "suspension_pupils"],
    },
    {
      name: "a note on another metric is not a one-day count of the base metric",
      note: "Exclusions (columns C and E) are as at 31 March 2024.",
      want: [],
    },
    { name: "no note, no warning", note: "", want: [] },
  ])("$name", async ({ note, want }) => {
    expect(await read([...TABLE, "", note])).toEqual(want);
  });
});
