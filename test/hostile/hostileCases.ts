import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { IssueCode } from "../../src/domain/issues.js";
import type { IngestOptions } from "../../src/pipeline/runIngest.js";
import { buildDocx, para } from "../support/buildDocx.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * A generator of hostile inputs: each case writes one hostile file (or a
 * few) into a returns folder that also holds two good returns, and names
 * the files it expects to see accounted for. Sizes are scaled to CI's time
 * (the whole suite runs in about a minute on two cores); the shapes are the
 * ones that broke or threatened foi-agg at full size (issue 11).
 */
export interface HostileCase {
  name: string;
  /** Write the case into `returns`; `outside` is a folder beside it, never read. */
  build(returns: string, outside: string): Promise<void>;
  /**
   * Names (as foi-agg shows them) that must appear in the run's file list:
   * ingested, or listed as not ingested with a reason. A container's name
   * may be listed as itself or through its entries ("x.zip#…").
   */
  accounted: string[];
  /** Issues the run must raise, by file: what "accounted for" means for a file that breaks a limit or the budget. */
  issues?: Record<string, IssueCode>;
  /** A clarifications file for the run. */
  overrides?: string;
  /** Options for the run beside the suite's own (folder, out, jobs 1). */
  options?: Partial<IngestOptions>;
  /**
   * Set when the full-size case needs a reader limit or time budget that is
   * not built yet (helper "limits"); the scaled case asserts only what holds today.
   */
  waitsOnLimits?: string;
}

/** Text that lives outside the input folder; no output may ever contain it. */
export const OUTSIDE_SECRET = "OUTSIDE-SECRET-7f3a";

export const GOOD_RETURNS = ["Lewisham.csv", "Devon.xlsx"] as const;

/** Two good returns, the neighbours of every hostile case; each must still be counted. */
export async function writeGoodReturns(returns: string): Promise<void> {
  writeFileSync(
    join(returns, "Lewisham.csv"),
    [
      "London Borough of Lewisham - Freedom of Information response",
      "Question,Answer",
      "Number of looked after children identified or suspected as trafficked,4",
      "Number of unaccompanied asylum seeking children looked after,120",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(returns, "Devon.xlsx"),
    await buildXlsx([
      {
        name: "FOI",
        rows: [
          ["Devon County Council"],
          [],
          ["", "Trafficked", "UASC"],
          ["Looked after", 2, 31],
          ["Went missing", 1, 6],
        ],
      },
    ]),
  );
}

const put = (returns: string, name: string, bytes: string | Uint8Array) => writeFileSync(join(returns, name), bytes);

/** A real xlsx of one small sheet, to cut, patch or fill. */
async function smallXlsx(): Promise<Uint8Array> {
  return buildXlsx([{ name: "Sheet1", rows: [["Kent County Council"], ["UASC looked after", 900]] }]);
}

/** The same workbook with one part's XML replaced (stored uncompressed or deflated as asked). */
async function patchXlsx(part: string, xml: string | Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await smallXlsx());
  zip.file(part, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const ENTITY_BOMB = [
  '<?xml version="1.0"?>',
  "<!DOCTYPE lolz [",
  '<!ENTITY lol "lollollollollollollollollollol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`),
  "]>",
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
  "</sheetData></worksheet>",
].join("\n");

const zeros = (n: number) => new Uint8Array(n);

export const HOSTILE_CASES: HostileCase[] = [
  // --- archives -------------------------------------------------------------
  {
    name: "a truncated xlsx",
    accounted: ["Kent truncated.xlsx"],
    build: async (r) => {
      const bytes = await smallXlsx();
      put(r, "Kent truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
  },
  {
    name: "random bytes named .xlsx, .docx and .zip",
    accounted: ["Kent random.xlsx", "Surrey random.docx", "batch random.zip"],
    build: async (r) => {
      put(r, "Kent random.xlsx", randomBytes(20_000));
      put(r, "Surrey random.docx", Buffer.concat([Buffer.from("PK\u0003\u0004"), randomBytes(20_000)]));
      put(r, "batch random.zip", Buffer.concat([Buffer.from("PK\u0003\u0004"), randomBytes(20_000)]));
    },
  },
  {
    name: "a truncated zip of returns",
    accounted: ["batch truncated.zip"],
    build: async (r) => {
      const zip = new JSZip();
      zip.file("Kent.csv", "Kent County Council\nUASC looked after,900\n".repeat(200));
      zip.file("Surrey.csv", "Surrey County Council\nUASC looked after,50\n".repeat(200));
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      put(r, "batch truncated.zip", bytes.subarray(0, bytes.length - 40));
    },
  },
  {
    name: "a zip bomb (one entry inflating past the per-entry limit)",
    accounted: ["bomb.zip"],
    build: async (r) => {
      const zip = new JSZip();
      zip.file("Kent.csv", zeros(60 * 1024 * 1024));
      put(r, "bomb.zip", await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    },
  },
  {
    name: "nested zips (a zip in a zip in a zip)",
    accounted: ["nested.zip"],
    build: async (r) => {
      let inner = await new JSZip()
        .file("Kent.csv", "Kent County Council\nUASC looked after,900\n")
        .generateAsync({ type: "uint8array" });
      for (let depth = 0; depth < 3; depth++) {
        inner = await new JSZip().file(`level${depth}.zip`, inner).generateAsync({ type: "uint8array" });
      }
      put(r, "nested.zip", inner);
    },
  },
  {
    name: "an xlsx whose sheet inflates to 10 MB of padding",
    accounted: ["Kent padded.xlsx"],
    waitsOnLimits: "the full 480 MB case needs the inflated-size limit on xlsx parts (--max-bytes)",
    build: async (r) => {
      const padding = " ".repeat(10 * 1024 * 1024);
      const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${padding}<row r="1"><c r="A1" t="inlineStr"><is><t>Kent</t></is></c></row></sheetData></worksheet>`;
      put(r, "Kent padded.xlsx", await patchXlsx("xl/worksheets/sheet1.xml", xml));
    },
  },
  // --- XML ------------------------------------------------------------------
  {
    name: "entity expansion (billion laughs) in an xlsx sheet and a docx body",
    accounted: ["Kent laughs.xlsx", "Surrey laughs.docx"],
    build: async (r) => {
      put(r, "Kent laughs.xlsx", await patchXlsx("xl/worksheets/sheet1.xml", ENTITY_BOMB));
      const docx = await JSZip.loadAsync(await buildDocx({ body: para("Surrey County Council") }));
      docx.file(
        "word/document.xml",
        ENTITY_BOMB.replace("<worksheet", "<w:document").replace("</worksheet>", "</w:document>"),
      );
      put(r, "Surrey laughs.docx", await docx.generateAsync({ type: "uint8array" }));
    },
  },
  {
    name: "deep nesting (100,000 open elements) in an xlsx sheet and a docx body",
    accounted: ["Kent deep.xlsx", "Surrey deep.docx"],
    build: async (r) => {
      const deep = `${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}`;
      put(
        r,
        "Kent deep.xlsx",
        await patchXlsx(
          "xl/worksheets/sheet1.xml",
          `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${deep}</sheetData></worksheet>`,
        ),
      );
      put(r, "Surrey deep.docx", await buildDocx({ body: `${para("Surrey County Council")}${deep}` }));
    },
  },
  // --- size -----------------------------------------------------------------
  {
    name: "many rows (a 2,000-row csv)",
    accounted: ["Kent rows.csv"],
    waitsOnLimits: "the 40,000-row csv and 1,000,000-row xlsx need linear locate and --max-rows",
    build: async (r) => {
      const rows = Array.from({ length: 2_000 }, (_, i) => `child ${i},2015-0${(i % 9) + 1}-01,Albania`);
      put(r, "Kent rows.csv", ["Kent County Council", "Child,Date missing,Nationality", ...rows, ""].join("\n"));
    },
  },
  {
    name: "many columns (one line of 2,000 columns)",
    accounted: ["Kent columns.csv"],
    waitsOnLimits: "200,000 columns (a 2 MB line) ran for minutes; the 20 MB line needs --max-columns",
    build: async (r) => {
      put(r, "Kent columns.csv", `Kent County Council\n${Array.from({ length: 2_000 }, (_, i) => i % 10).join(",")}\n`);
    },
  },
  {
    name: "a long cell (20 KB of capital letters, the backtracking shape)",
    accounted: ["Kent cell.csv"],
    waitsOnLimits: "100 KB of capitals took 40 s; the 1 MB cell needs the regex fix and --max-cell-chars",
    build: async (r) => {
      put(r, "Kent cell.csv", `Kent County Council\nUASC looked after,${"ABCDEFGHIJ".repeat(2_000)}\n`);
    },
  },
  {
    name: "a big file (2 MB of text in 100 lines)",
    accounted: ["Kent big.csv"],
    waitsOnLimits: "2,000 lines of 200 cells ran for over 2 minutes; the 100 MB csv needs --max-bytes and streaming",
    build: async (r) => {
      put(r, "Kent big.csv", `Kent County Council\n${`${"note ".repeat(4_000)}\n`.repeat(100)}`);
    },
  },
  // --- encodings and bytes ----------------------------------------------------
  {
    name: "bad encodings: UTF-16 without a BOM, invalid UTF-8, Latin-1",
    accounted: ["Kent utf16.csv", "Surrey invalid.csv", "Essex latin1.csv"],
    build: async (r) => {
      put(r, "Kent utf16.csv", Buffer.from("Kent County Council\nUASC looked after,900\n", "utf16le"));
      put(r, "Surrey invalid.csv", Buffer.from([0x53, 0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0xe2, 0x82]));
      put(r, "Essex latin1.csv", Buffer.from("Essex County Council\nUASC looked after (caf\u00e9),7\n", "latin1"));
    },
  },
  {
    name: "NUL bytes, an empty file and a file of only NULs",
    accounted: ["Kent nul.csv", "Surrey empty.csv", "Essex zeros.xlsx"],
    build: async (r) => {
      put(r, "Kent nul.csv", "Kent County Council\u0000\nUASC looked\u0000 after,9\u000000\n");
      put(r, "Surrey empty.csv", "");
      put(r, "Essex zeros.xlsx", zeros(4096));
    },
  },
  {
    name: "terminal escape sequences and control characters in cells and a sheet name",
    accounted: ["Kent escapes.csv", "Surrey escapes.xlsx"],
    build: async (r) => {
      put(
        r,
        "Kent escapes.csv",
        "Kent County Council\u001b]0;pwned\u0007\nUASC looked after,\u001b[31mfewer than 5\u001b[0m\nNotes,\u009b2J\u001b[2Jwiped\r\n",
      );
      put(
        r,
        "Surrey escapes.xlsx",
        await buildXlsx([
          {
            name: "FOI\u001bc\u0007",
            rows: [["Surrey County Council\u001b[2J"], ["UASC looked after", "\u001b[1m12"]],
          },
        ]),
      );
    },
  },
  // --- injection ---------------------------------------------------------------
  {
    name: "formula injection in cells, a sheet name, a file name and an override reason",
    accounted: ["=HYPERLINK(evil) Kent.csv", "Surrey formula.xlsx"],
    overrides: [
      "authority_code,measure,value,status,reason,source,date",
      "E09000023,uasc_looked_after,121,,\"=cmd|' /C calc'!A0\",@SUM(1+1),2016-01-05",
      "",
    ].join("\n"),
    build: async (r) => {
      put(r, "=HYPERLINK(evil) Kent.csv", "Kent County Council\nUASC looked after,=1+2\n=cmd|' /C calc'!A0,7\n");
      put(
        r,
        "Surrey formula.xlsx",
        await buildXlsx([{ name: "@SUM(A1)", rows: [["Surrey County Council"], ["+UASC looked after", "-2+3"]] }]),
      );
    },
  },
  {
    name: "file names with escape sequences, line breaks and bytes that are not UTF-8",
    accounted: ["\u001b[31mKent.csv", "Surrey\nline.csv", "Caf\\xE9 Essex.csv"],
    build: async (r) => {
      put(r, "\u001b[31mKent.csv", "Kent County Council\nUASC looked after,900\n");
      put(r, "Surrey\nline.csv", "Surrey County Council\nUASC looked after,50\n");
      writeFileSync(
        Buffer.concat([Buffer.from(`${r}/Caf`), Buffer.from([0xe9]), Buffer.from(" Essex.csv")]),
        "Essex County Council\nUASC looked after,7\n",
      );
    },
  },
  // --- the file system ------------------------------------------------------------
  {
    name: "links: to a file and a folder outside, a loop, and a broken link",
    accounted: ["outside file.csv", "outside folder", "broken.csv"],
    build: async (r, outside) => {
      writeFileSync(join(outside, "secret.csv"), `Kent County Council\nUASC looked after,${OUTSIDE_SECRET}\n`);
      mkdirSync(join(outside, "more"));
      writeFileSync(join(outside, "more", "Surrey.csv"), `Surrey County Council\n${OUTSIDE_SECRET},5\n`);
      symlinkSync(join(outside, "secret.csv"), join(r, "outside file.csv"));
      symlinkSync(join(outside, "more"), join(r, "outside folder"));
      mkdirSync(join(r, "sub"));
      symlinkSync(r, join(r, "sub", "loop"));
      symlinkSync(join(r, "gone.csv"), join(r, "broken.csv"));
    },
  },
  {
    name: "a FIFO and an unreadable file",
    accounted: ["Kent pipe.csv", "Surrey locked.csv"],
    build: async (r) => {
      execFileSync("mkfifo", [join(r, "Kent pipe.csv")]);
      put(r, "Surrey locked.csv", "Surrey County Council\nUASC looked after,50\n");
      // As root (CI containers) the file is still readable; either way it must be accounted for.
      chmodSync(join(r, "Surrey locked.csv"), 0o000);
    },
  },
  // --- time -----------------------------------------------------------------------
  {
    name: "a file that never finishes, under a time budget",
    accounted: ["Kent stall.csv"],
    issues: { "Kent stall.csv": "file_time_budget" },
    // The stall worker is the real one, except that it never finishes a file named "stall…".
    // Five seconds is far more than the other files need, even on a loaded machine.
    options: { workerUrl: new URL("../cli/workers/stall-worker.mjs", import.meta.url), fileTimeout: 5 },
    build: async (r) => {
      put(r, "Kent stall.csv", "Kent County Council\nUASC looked after,900\n");
    },
  },
  {
    name: "5,000 tiny files",
    accounted: ["tiny/0000.csv", "tiny/4999.csv"],
    build: async (r) => {
      mkdirSync(join(r, "tiny"));
      for (let i = 0; i < 5_000; i++) put(r, `tiny/${String(i).padStart(4, "0")}.csv`, `x,${i}\n`);
    },
  },
];
