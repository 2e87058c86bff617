import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * "2024 figures are provisional", "2018 figures are from our previous system and may not be comparable with
 * 2019 and 2020": a note on the standing of some figures, not on what they count. The figures stay exact, but
 * each one the note covers (the years it names, the questions it names, the figures marked with its symbol) is
 * recorded as read from annotated text (value_annotated, info) with the note's words; a note naming none of
 * them speaks for the whole return, once, with no measure. In every format: a csv's notes row, a note under
 * an xlsx table, a Notes sheet, a letter's line.
 */
const k = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

const HEAD = ["Question", "2018", "2019", "2020"];
const ROWS = [
  ["1a Identified", "1", "2", "2"],
  ["1c UASC or separated", "2", "0", "3"],
  ["2b UASC went missing", "1", "0", "1"],
];

type Place = "csv" | "xlsx" | "notes sheet" | "txt";

async function read(note: string, place: Place) {
  if (place === "csv" || place === "txt") {
    const sep = place === "csv" ? "," : "    ";
    const q = (c: string) => (place === "csv" && /[",]/u.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    const text = [
      "Shetland Islands Council FOI 2021-0266",
      [HEAD, ...ROWS].map((r) => r.join(sep)).join("\n"),
      "",
      q(note),
    ].join("\n");
    return processFile(
      { file: `response.${place}`, bytes: new TextEncoder().encode(text), manifestCode: "S12000027" },
      k,
    );
  }
  const rows = [["Shetland Islands Council FOI 2021-0266"], HEAD, ...ROWS];
  const bytes = await buildXlsx(
    place === "xlsx"
      ? [{ name: "Response", rows: [...rows, [], [note]] }]
      : [
          { name: "Response", rows },
          { name: "Notes", rows: [["Notes"], [note]] },
        ],
  );
  return processFile({ file: "response.xlsx", bytes, manifestCode: "S12000027" }, k);
}

/** What each annotation with the note's words covers: "measure@column" for a figure, "return" for none. */
async function annotated(note: string, place: Place): Promise<string[]> {
  const r = await read(note, place);
  const words = note.slice(0, 24);
  return r.issues
    .filter((i) => i.code === "value_annotated" && i.message.includes(words))
    .map((i) => (i.measure === undefined ? "return" : `${i.measure}@${columnOf(i.cell ?? "")}`))
    .sort();
}

/** A cell's column letter: "B4" in a sheet, "line 3 (table 1 row 1) col 2" in a letter's typed table. */
const columnOf = (cell: string) => {
  const typed = /\bcol (\d+)/u.exec(cell)?.[1];
  return typed === undefined ? cell.replace(/\d+$/u, "") : String.fromCharCode(64 + Number(typed));
};

const PLACES: Place[] = ["csv", "xlsx", "notes sheet", "txt"];
const IN_2018 = ["trafficked_identified@B", "uasc_looked_after@B", "uasc_went_missing@B"];

describe("a note on the standing of figures annotates the figures it covers", () => {
  it.each(
    PLACES.flatMap(
      (place) =>
        [
          [place, "2018 figures are from our previous system and may not be comparable with 2019 and 2020.", IN_2018],
          [place, "Please note the 2018 figures are provisional.", IN_2018],
          [
            place,
            "Note: question 1c figures have not yet been validated.",
            ["uasc_looked_after@B", "uasc_looked_after@C", "uasc_looked_after@D"],
          ],
          [place, "All figures are provisional and may change once the data has been validated.", ["return"]],
        ] as [Place, string, string[]][],
    ),
  )("%s: %s", async (place, note, want) => {
    expect(await annotated(note, place)).toEqual(want);
  });

  it.each(
    PLACES.flatMap((place) => [
      [place, "Figures are correct at the time of the request and may be subject to change."],
      [place, "The 2018 figures are final and not provisional."],
      [place, "The figures were extracted from our case management system on 3 May 2021."],
    ]),
  )("%s: %s annotates nothing", async (place, note) => {
    expect(await annotated(note, place)).toEqual([]);
  });

  it("keeps the figures exact", async () => {
    const r = await read("Please note the 2018 figures are provisional.", "xlsx");
    const f = r.facts.find((x) => x.measure === "uasc_looked_after" && x.raw === "2");
    expect(f?.status).toBe("reported");
  });
});
