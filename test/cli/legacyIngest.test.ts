import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formatSource } from "../../src/domain/source.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { findSoffice, INSTALL_ADVICE, runSoffice, type SofficeCall } from "../../src/read/convertLegacy.js";

const SOUTHWARK_RTF = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}
\pard\plain\f0\fs24 London Borough of Southwark\par
\pard Freedom of Information response\par
\pard Dear Requester,\par
\pard Thank you for your request. The number of UASC looked after was 77.\par
\trowd\cellx3000\cellx6000
\pard\intbl Question\cell Answer\cell\row
\trowd\cellx3000\cellx6000
\pard\intbl UASC looked after\cell 77\cell\row
\pard Yours faithfully,\par
\pard Information Governance Team\par
}`;

/**
 * Legacy .xls and .doc returns, end to end through runIngest with the real
 * LibreOffice (CI installs it; a machine without it fails here, never skips).
 * Fixtures: fixtures/read/legacy/, made by src/scripts/write-legacy-fixtures.ts.
 */
const LEGACY = fileURLToPath(new URL("../../fixtures/read/legacy/", import.meta.url));

let scratch: string;
let folder: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-legacy-"));
  folder = join(scratch, "returns");
  await mkdir(folder);
  await copyFile(join(LEGACY, "lewisham-uasc-120-at-C5.xls"), join(folder, "old.xls"));
  await copyFile(join(LEGACY, "lewisham-letter-uasc-120.doc"), join(folder, "letter.doc"));
  // Damaged: the OLE2 signature and a "Workbook" stream name, nothing else. Left
  // to guess, LibreOffice would import these bytes as text and "convert" them.
  const damaged = new Uint8Array(4096);
  damaged.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  damaged.set(Buffer.from("Workbook", "utf16le"), 0x400);
  await writeFile(join(folder, "damaged.xls"), damaged);
  // A Rich Text letter, as Word 97 wrote them: a paragraph and a table row.
  await writeFile(join(folder, "reply.rtf"), SOUTHWARK_RTF);
  // Binary bytes named .rtf: not RTF, so never sent to LibreOffice.
  await writeFile(join(folder, "broken.rtf"), new Uint8Array([0, 1, 2, 3, 0xff, 0, 7, 9]));
  // "Export to Excel" text with an .xls name stays a CSV, with no conversion.
  await writeFile(join(folder, "Croydon export.xls"), "Question\tAnswer\nUASC looked after\t400\n");
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function snapshot(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (n) => `${n} ${(await stat(join(dir, n))).mtimeMs} ${(await stat(join(dir, n))).size}`),
  );
}

describe("ingest of legacy .xls and .doc", () => {
  it("converts with one LibreOffice call per target format and keeps the original name in provenance", async () => {
    const found = findSoffice();
    if ("missing" in found) {
      throw new Error(`This test needs LibreOffice: ${found.missing}. ${INSTALL_ADVICE}.`);
    }
    const calls: SofficeCall[] = [];
    const before = await snapshot(folder);
    const { result } = await runIngest({
      folder,
      out: join(scratch, "out"),
      strict: false,
      jobs: 1,
      convert: {
        runner: (call) => {
          calls.push(call);
          return runSoffice(call);
        },
      },
    });
    // One call per import filter: Excel 97, Word 97, Rich Text.
    expect(calls.map((c) => c.args[c.args.indexOf("--convert-to") + 1])).toEqual(["xlsx", "docx", "docx"]);
    expect(calls.every((c) => c.command === found.path)).toBe(true);

    // The RTF letter is read through LibreOffice's Word output, under its own name and format.
    const southwark = result.returns.find((r) => r.authority.gss_code === "E09000028");
    const southwarkUasc = southwark?.values.find((v) => v.measure === "uasc_looked_after");
    expect(southwarkUasc?.value).toBe(77);
    expect(southwarkUasc?.sources[0]?.format).toBe("rtf");
    expect(result.files).toContainEqual(expect.objectContaining({ file: "reply.rtf", ingested: true }));
    expect(result.files).toContainEqual(
      expect.objectContaining({
        file: "broken.rtf",
        ingested: false,
        reason: expect.stringContaining("broken.rtf is named as a Rich Text document (.rtf) but is not one"),
      }),
    );

    // The workbook and the letter both give Lewisham's 120; the settled figure keeps one source.
    const lewisham = result.returns.find((r) => r.authority.gss_code === "E09000023");
    const uasc = lewisham?.values.find((v) => v.measure === "uasc_looked_after");
    expect(uasc?.value).toBe(120);
    expect(uasc?.sources.map(formatSource)).toEqual(["letter.doc#para 4"]);
    expect(uasc?.sources[0]?.format).toBe("doc");
    // The workbook's figure is decided at its own cell, named as in the .xls.
    const quality = JSON.parse(await readFile(join(scratch, "out", "quality.json"), "utf8")) as unknown;
    expect(placesIn(quality).filter((p) => p.startsWith("old.xls"))).toContain("old.xls#Sheet1!C5");
    expect(result.files).toContainEqual(
      expect.objectContaining({ file: "old.xls", ingested: true, authority: "E09000023" }),
    );
    expect(result.files).toContainEqual(expect.objectContaining({ file: "Croydon export.xls", ingested: true }));
    expect(result.files).toContainEqual(
      expect.objectContaining({
        file: "damaged.xls",
        ingested: false,
        reason: expect.stringContaining(
          "damaged.xls is a legacy Excel 97–2003 workbook that could not be read: LibreOffice could not convert it",
        ),
      }),
    );
    expect(result.files).toContainEqual(expect.objectContaining({ file: "letter.doc", ingested: true }));
    // The input folder is only read.
    expect(await snapshot(folder)).toEqual(before);
  }, 600_000);

  it("without LibreOffice, lists each legacy file as not ingested with the install command", async () => {
    vi.stubEnv("FOI_AGG_SOFFICE", join(scratch, "no-such-dir", "soffice"));
    try {
      const { result } = await runIngest({ folder, out: join(scratch, "out-missing"), strict: false, jobs: 1 });
      for (const file of ["old.xls", "letter.doc", "damaged.xls", "reply.rtf"]) {
        expect(result.files).toContainEqual(
          expect.objectContaining({ file, ingested: false, reason: expect.stringContaining(INSTALL_ADVICE) }),
        );
      }
      const quality = await readFile(join(scratch, "out-missing", "quality.csv"), "utf8");
      expect(quality).toContain("sudo apt-get install libreoffice-calc-nogui libreoffice-writer-nogui");
      expect(quality).toContain("or install LibreOffice from libreoffice.org");
      expect(result.files).toContainEqual(expect.objectContaining({ file: "Croydon export.xls", ingested: true }));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

/** Every "file#sheet!cell" named by a decision or issue anywhere in quality.json. */
function placesIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(placesIn);
  if (node === null || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  const own = typeof o.file === "string" && typeof o.sheet === "string" && typeof o.cell === "string";
  return [...(own ? [`${o.file}#${o.sheet}!${o.cell}`] : []), ...Object.values(o).flatMap(placesIn)];
}
