import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, text } from "../support/buildXlsx.js";

/**
 * "Note: figures for questions 1 and 2a-2c are the number of remand
 * episodes": a note under a table that the counts of children it names are
 * counts of episodes (a child remanded twice is counted twice). Every figure
 * of every question it names, a lettered range spelt out, is warned on its
 * measure, in a spreadsheet as in a letter; the questions it does not name
 * (3: children already looked after) are not.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout129/request.json", import.meta.url).pathname,
});

const ROWS: [string, string, number, number][] = [
  ["1", "Children remanded to youth detention accommodation", 13, 16],
  ["2a", "Remanded to a secure children's home (SCH)", 3, 1],
  ["2b", "Remanded to a secure training centre (STC)", 4, 2],
  ["2c", "Remanded to a young offender institution (YOI)", 6, 13],
  ["3", "Already looked after before the remand", 1, 3],
];

async function warnedIn(format: "xlsx" | "txt", note: string): Promise<string[]> {
  const bytes =
    format === "xlsx"
      ? await buildXlsx([
          {
            name: "FOI",
            rows: [["Question", "Description", "2021/22", "2022/23"], ...ROWS, [], [note]],
          },
        ])
      : text(
          [
            "Dear Requester,",
            "",
            ...ROWS.map(([q, label, a, b]) => `${q}. ${label}: 2021/22: ${a}; 2022/23: ${b}`),
            "",
            note,
            "",
          ].join("\n"),
        );
  const r = await processFile({ file: `reply.${format}`, bytes, manifestCode: "W06000003" }, knowledge);
  return [
    ...new Set(
      r.issues
        .filter((i) => i.code === "label_outside_request" && i.severity !== "info" && i.measure)
        .map((i) => i.measure as string),
    ),
  ].sort();
}

const COVERED = ["remand_sch_children", "remand_stc_children", "remand_yoi_children", "remanded_children"];

describe("a note that the counts of children it names are counts of episodes", () => {
  it.each<["xlsx" | "txt", string, string[]]>([
    ["xlsx", "Note: figures for questions 1 and 2a-2c are the number of remand episodes.", COVERED],
    ["txt", "Note: figures for questions 1 and 2a-2c are the number of remand episodes.", COVERED],
    ["xlsx", "Note: the figures given for Q1 and Q2a to Q2c are the number of remand episodes.", COVERED],
    ["txt", "Note: the figures for questions 1, 2a, 2b and 2c are the number of episodes.", COVERED],
    // A note about the unit of a count of children that confirms it names nothing.
    ["xlsx", "Note: figures for questions 1 and 2a-2c are the number of children remanded.", []],
  ])("%s: %s", async (format, note, want) => {
    expect(await warnedIn(format, note)).toEqual(want);
  });
});
