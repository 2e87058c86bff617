import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { mayHaveRowsPast } from "../../src/pipeline/streamList.js";
import { openZip, ZIP_LIMITS } from "../../src/read/zipArchive.js";
import { buildEpisodeRows, type ListLayout, toCsv, toXlsx } from "../../src/scripts/buildEpisodeList.js";
import { buildZip } from "../containers/zipBytes.js";
import { knowledge } from "../support/knowledge.js";

const ROWS = 20_000;

async function bytesOf(layout: ListLayout, format: "csv" | "xlsx", rows = ROWS): Promise<Uint8Array> {
  const list = buildEpisodeRows(layout, rows);
  return format === "csv" ? new TextEncoder().encode(toCsv(list)) : toXlsx(list);
}

function run(file: string, bytes: Uint8Array, streamFromRows?: number): Promise<FileResult> {
  return processFile(
    { file, bytes, manifestCode: null, limits: undefined, ...(streamFromRows ? { streamFromRows } : {}) },
    knowledge(),
  );
}

function figures(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
}

function nationalities(r: FileResult): string[] {
  return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
}

describe("a long list is counted as it streams", () => {
  it.each<[ListLayout, "csv" | "xlsx"]>([
    ["episodes", "csv"],
    ["episodes", "xlsx"],
    ["extract", "csv"],
    ["extract", "xlsx"],
  ])("a %s %s of 20,000 rows gives the ordinary read's figures, from one range of rows", async (layout, format) => {
    const file = `Kent ${layout}.${format}`;
    const bytes = await bytesOf(layout, format);
    const streamed = await run(file, bytes);
    // Read whole, as every file was before streaming (the ordinary limits allow 20,000 rows).
    const whole = await run(file, bytes, Number.POSITIVE_INFINITY);
    expect(figures(streamed)).toEqual(figures(whole));
    expect(Object.keys(figures(streamed)).length).toBeGreaterThanOrEqual(6);
    expect(nationalities(streamed)).toEqual(nationalities(whole));
    expect(streamed.nationalities.length).toBeGreaterThan(0);
    const first = layout === "episodes" ? 2 : 4;
    const last = first + ROWS - 1;
    const lastColumn = layout === "episodes" ? "E" : "F";
    const range = format === "csv" ? `${file}:${first}-${last}` : `${file}#Episodes!A${first}:${lastColumn}${last}`;
    for (const fact of streamed.facts) expect(fact.sources.map(formatSource)).toEqual([range]);
    expect(streamed.decisions.some((d) => d.message.includes("counted row by row"))).toBe(true);
  });

  it("the provenance of its figures does not grow with the list's rows", async () => {
    const sources = async (rows: number) => {
      const r = await run("Kent episodes.csv", await bytesOf("episodes", "csv", rows));
      return r.facts.flatMap((f) => f.sources).length;
    };
    const few = await sources(5_000);
    expect(few).toBeGreaterThanOrEqual(6);
    expect(await sources(20_000)).toBe(few);
  });

  it.each<[string, (rows: string[][]) => string[][]]>([
    ["a list followed by a footnote", (rows) => [...rows, [], ["Source: LCS extract, 1 October 2015"]]],
    ["a list of no more than 1,000 rows", (rows) => rows.slice(0, 1_000)],
  ])("%s is read the ordinary way", async (_what, shape) => {
    const rows = shape([...buildEpisodeRows("episodes", 1_500)]);
    const bytes = new TextEncoder().encode(toCsv(rows));
    const r = await run("Kent episodes.csv", bytes);
    expect(r.decisions.some((d) => d.message.includes("counted row by row"))).toBe(false);
    expect(r.facts.length).toBeGreaterThanOrEqual(6);
    expect(figures(r)).toEqual(figures(await run("Kent episodes.csv", bytes, Number.POSITIVE_INFINITY)));
  });

  it("a long list csv-parse cannot read is reported as the ordinary reader reports it", async () => {
    const rows = [...buildEpisodeRows("episodes", 1_500)];
    const lines = rows.map((r) => r.join(","));
    lines[1_200] = `C1,UASC,"01/11/2014,03/11/2014,AFG`;
    const r = await run("Kent episodes.csv", new TextEncoder().encode(`${lines.join("\n")}\n`));
    expect(r.ingested).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain("file_unparsed");
  });
});

describe("mayHaveRowsPast: whether an xlsx sheet is worth streaming, from its row numbers", () => {
  const sheetXml = (rows: string) =>
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  const rowsUpTo = (n: number, tag = "row") =>
    Array.from(
      { length: n },
      (_, i) => `<${tag} r="${i + 1}" spans="1:2"><c r="A${i + 1}" t="n"><v>${i}</v></c></${tag}>`,
    ).join("");

  it.each<[string, string, boolean]>([
    ["no rows at all", "", false],
    ["five rows, numbered", rowsUpTo(5), false],
    ["exactly ten rows", rowsUpTo(10), false],
    ["eleven rows", rowsUpTo(11), true],
    ["two rows, the second numbered past the head", `<row r="1"/><row r="50"><c r="A50"/></row>`, true],
    ["rows with a namespace prefix", rowsUpTo(12, "x:row"), true],
    ["a row with no number", `<row r="1"/><row><c/></row>`, true],
    ["tags that only start like a row's", `<rowBreaks count="1"><brk id="40"/></rowBreaks>`, false],
    // Over a megabyte, so it is streamed, and the tag is still open at the end of every piece.
    ["a tag too long to be a row's", `<row r="1" note="${"x".repeat(2_000_000)}`, true],
  ])("%s", async (_what, rows, expected) => {
    const zip = openZip(await buildZip({ "xl/worksheets/sheet1.xml": sheetXml(rows) }), ZIP_LIMITS);
    if (!zip.ok) throw new Error("test zip did not open");
    expect(await mayHaveRowsPast(zip.zip, "xl/worksheets/sheet1.xml", 10)).toBe(expected);
  });

  it("a sheet whose XML arrives in many pieces is read across their joins", async () => {
    // Over a megabyte of rows, so zlib hands the text over in many pieces and some tags are cut between two.
    const zip = openZip(await buildZip({ "xl/worksheets/sheet1.xml": sheetXml(rowsUpTo(20_000)) }), ZIP_LIMITS);
    if (!zip.ok) throw new Error("test zip did not open");
    expect(await mayHaveRowsPast(zip.zip, "xl/worksheets/sheet1.xml", 20_000)).toBe(false);
    expect(await mayHaveRowsPast(zip.zip, "xl/worksheets/sheet1.xml", 19_999)).toBe(true);
  });

  it("a part that cannot be read may have rows (the readers report it)", async () => {
    const zip = openZip(await buildZip({ "xl/worksheets/sheet1.xml": sheetXml("") }), ZIP_LIMITS);
    if (!zip.ok) throw new Error("test zip did not open");
    expect(await mayHaveRowsPast(zip.zip, "xl/worksheets/missing.xml", 10)).toBe(true);
  });
});
