import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sheet } from "../../src/domain/workbook.js";
import { readDocx } from "../../src/read/readDocx.js";
import { readOdt } from "../../src/read/readOdt.js";

/**
 * A real-world check: LibreOffice writes a .docx and an .odt from a letter
 * in HTML (a numbered list with a lettered sub-list, a table with merged
 * cells, a line break), and the readers read them back. Hand-built test
 * files only show what we think Word and LibreOffice write; this shows
 * what one of them does. LibreOffice is required: CI installs it.
 */
const run = promisify(execFile);

const LETTER = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI reply</title></head><body>
<p>Kent County Council</p>
<ol>
<li>How many unaccompanied asylum seeking children were looked after between 1 October 2014 and 30 September 2015? 46</li>
<li>How many of them went missing?
  <ol type="a"><li>Identified as trafficked: 3</li><li>Suspected: 2</li></ol></li>
</ol>
<table border="1">
<tr><td></td><td colspan="2">Missing</td></tr>
<tr><td rowspan="2">UASC</td><td>Children</td><td>Episodes</td></tr>
<tr><td>4</td><td>9</td></tr>
</table>
<p>Yours faithfully<br>FOI Team</p>
</body></html>
`;

const EXPECTED = [
  "para 1: Kent County Council",
  "para 2 (1): 1. How many unaccompanied asylum seeking children were looked after between 1 October 2014 and 30 September 2015? 46",
  "para 3 (2): 2. How many of them went missing?",
  "para 4 (a): a. Identified as trafficked: 3",
  "para 5 (b): b. Suspected: 2",
  "table 1 row 1:  | Missing",
  "table 1 row 2: UASC | Children | Episodes",
  "table 1 row 3:  | 4 | 9",
  "para 6 line 1: Yours faithfully",
  "para 6 line 2: FOI Team",
];

function describeRows(sheet: Sheet | undefined): string[] {
  return (sheet?.rows ?? []).map((row, r) => `${sheet?.lines?.[r]?.place}: ${row.join(" | ")}`);
}

describe("documents written by LibreOffice", () => {
  let dir = "";
  const converted = new Map<string, Uint8Array>();

  beforeAll(async () => {
    const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
    if (probe.error || probe.status !== 0) {
      throw new Error(
        "LibreOffice (soffice) is not installed or does not run, so the real-world .docx/.odt check cannot run. Install LibreOffice (e.g. apt-get install libreoffice-writer); CI installs it.",
      );
    }
    dir = await mkdtemp(join(tmpdir(), "foi-agg-lo-"));
    await writeFile(join(dir, "reply.html"), LETTER);
    // One profile per conversion: two soffice processes cannot share one,
    // and the user's own profile is left alone.
    await Promise.all(
      [
        ["docx", "docx:MS Word 2007 XML"],
        ["odt", "odt"],
      ].map(async ([ext, filter]) => {
        const profile = `file://${join(dir, `lo-profile-${process.pid}-${ext}`)}`;
        await run(
          "soffice",
          [
            `-env:UserInstallation=${profile}`,
            "--headless",
            "--convert-to",
            filter as string,
            "--outdir",
            join(dir, ext as string),
            join(dir, "reply.html"),
          ],
          { timeout: 170_000 },
        );
        converted.set(ext as string, new Uint8Array(await readFile(join(dir, ext as string, `reply.${ext}`))));
      }),
    );
  }, 180_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reads LibreOffice's .docx: list numbers, merged table cells, line breaks", () => {
    const result = readDocx("reply.docx", converted.get("docx") as Uint8Array);
    expect(result.issues).toEqual([]);
    const sheet = result.workbook?.sheets[0];
    expect(describeRows(sheet)).toEqual(EXPECTED);
    expect(sheet?.merges).toEqual([
      { top: 6, left: 2, bottom: 6, right: 3 },
      { top: 7, left: 1, bottom: 8, right: 1 },
    ]);
  });

  it("reads LibreOffice's .odt the same way", () => {
    const result = readOdt("reply.odt", converted.get("odt") as Uint8Array);
    expect(result.issues).toEqual([]);
    const sheet = result.workbook?.sheets[0];
    expect(describeRows(sheet)).toEqual(EXPECTED);
    expect(sheet?.merges).toEqual([
      { top: 6, left: 2, bottom: 6, right: 3 },
      { top: 7, left: 1, bottom: 8, right: 1 },
    ]);
  });
});
