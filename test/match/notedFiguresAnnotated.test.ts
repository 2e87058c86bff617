import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * A note in the reply tied to some of its figures (by the question it names, or the group whose figures it
 * speaks of) that changes what they count: besides the warning on the measure (a wider group, or a note not
 * understood), each figure it covers is recorded as read from annotated text (value_annotated, info) at the
 * figure's own cell, with the note's words, so a reader of the figure sees the note that goes with it. A note
 * naming no figure (the whole return) or a benign one annotates no figure. In every format: csv notes rows,
 * a Notes sheet, a line of a letter.
 */
const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

const TABLE = [
  ["1a Identified", "3"],
  ["1b Suspected (not in 1a)", "2"],
  ["1c UASC or separated", "13"],
  ["2a Went missing or absent", "2"],
  ["2b Went missing or absent", "6"],
];

type Place = "csv" | "xlsx" | "notes sheet" | "txt";

async function read(note: string, place: Place) {
  const quoted = (c: string) => (/[",]/u.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  if (place === "csv" || place === "txt") {
    const lines =
      place === "csv"
        ? ["Torfaen County Borough Council - FOI 11872,", "Calendar year 2017,", ...TABLE.map((r) => r.join(","))]
        : ["Torfaen County Borough Council - FOI 11872", "Calendar year 2017", ...TABLE.map((r) => r.join(": "))];
    const text = [...lines, "", place === "csv" ? `${quoted(note)},` : note].join("\n");
    return processFile(
      { file: `response.${place}`, bytes: new TextEncoder().encode(text), manifestCode: "W06000020" },
      k,
    );
  }
  const rows = [["Torfaen County Borough Council - FOI 11872"], ["Calendar year 2017"], ...TABLE];
  const bytes = await buildXlsx(
    place === "xlsx"
      ? [{ name: "Response", rows: [...rows, [], [note]] }]
      : [
          { name: "Response", rows },
          { name: "Notes", rows: [["Notes"], [note]] },
        ],
  );
  return processFile({ file: "response.xlsx", bytes, manifestCode: "W06000020" }, k);
}

/** The measures annotated (info) with the note's words, sorted. */
async function annotated(note: string, place: Place): Promise<string[]> {
  const r = await read(note, place);
  const words = note.slice(0, 30);
  return [
    ...new Set(
      r.issues
        .filter((i) => i.code === "value_annotated" && i.severity === "info" && i.message.includes(words))
        .map((i) => i.measure ?? ""),
    ),
  ].sort();
}

const PLACES: Place[] = ["csv", "xlsx", "notes sheet", "txt"];

describe("a note tied to figures annotates each figure it covers", () => {
  it.each(
    PLACES.flatMap(
      (place) =>
        [
          // Read as a wider group (label_outside_request on the measure).
          [
            place,
            "Note: the figure for question 1c includes former UASC care leavers aged 18 to 21.",
            ["uasc_looked_after"],
          ],
          // Not understood, but it names its question (note_not_understood on the measure).
          [
            place,
            "Figures for Q2 reflect placements made by partner authorities as well as our own.",
            ["trafficked_went_missing", "uasc_went_missing"],
          ],
        ] as [Place, string, string[]][],
    ),
  )("%s: %s", async (place, note, measures) => {
    expect(await annotated(note, place)).toEqual(measures);
  });

  it("at the figure's own cell, not the note's", async () => {
    const r = await read("Note: the figure for question 1c includes former UASC care leavers aged 18 to 21.", "xlsx");
    const cells = r.issues
      .filter((i) => i.code === "value_annotated" && i.measure === "uasc_looked_after")
      .map((i) => i.cell);
    expect(cells).toEqual(["B5"]);
  });

  it.each(
    PLACES.flatMap((place) => [
      // The whole return: said once, for no figure.
      [place, "Please note the data supplied covers the financial year April to March."],
      // Benign.
      [place, "Please note these figures were extracted from our case management system on 3 May 2018."],
    ]),
  )("%s: %s annotates no figure", async (place, note) => {
    expect(await annotated(note, place)).toEqual([]);
  });
});
