import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { findSoffice, runSoffice } from "../read/convertLegacy.js";

/**
 * Writes fixtures/read/legacy/: small legacy Office files for the
 * conversion tests, made by LibreOffice from inputs built here, so anyone
 * can see what they hold and make them again:
 *
 *   npm run build && node dist/scripts/write-legacy-fixtures.js
 *
 * - lewisham-uasc-120-at-C5.xls: an Excel 97–2003 workbook, sheet "Sheet1",
 *   naming Lewisham at A1 and answering "UASC looked after" with 120 in C5.
 * - lewisham-letter-uasc-120.doc: a Word 97–2003 letter from Lewisham with
 *   the same answer in a sentence and in a two-column table.
 */
export const LEGACY_DIR = fileURLToPath(new URL("../../fixtures/read/legacy/", import.meta.url));

export async function writeLegacyFixtures(outDir: string): Promise<string[]> {
  const found = findSoffice();
  if ("missing" in found) throw new Error(`${found.missing}; install LibreOffice to make these fixtures`);
  const scratch = await mkdtemp(join(tmpdir(), "foi-agg-legacy-fixtures-"));
  try {
    const src = join(scratch, "src");
    await mkdir(src);
    await writeFile(join(src, "lewisham-uasc-120-at-C5.xlsx"), await buildReturnXlsx());
    await writeFile(join(src, "lewisham-letter-uasc-120.html"), LETTER_HTML);
    const made = join(scratch, "made");
    const profile = `-env:UserInstallation=${pathToFileURL(join(scratch, "profile")).href}`;
    for (const [target, input] of [
      ["xls", "lewisham-uasc-120-at-C5.xlsx"],
      // The HTML import filter must be named, or Writer/Web would claim the file.
      ["doc:MS Word 97", "lewisham-letter-uasc-120.html"],
    ] as const) {
      const args = ["--headless", "--norestore", profile, "--convert-to", target, "--outdir", made, join(src, input)];
      const outcome = await runSoffice({
        command: found.path,
        args: target === "xls" ? args : ["--infilter=HTML (StarWriter)", ...args],
        timeoutMs: 120_000,
      });
      if (outcome.exitCode !== 0) throw new Error(`soffice failed on ${input}: ${outcome.output}`);
    }
    await mkdir(outDir, { recursive: true });
    const files = (await readdir(made)).sort();
    for (const f of files) await copyFile(join(made, f), join(outDir, f));
    return files;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function buildReturnXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date("2015-10-15T00:00:00Z");
  wb.modified = new Date("2015-10-15T00:00:00Z");
  const ws = wb.addWorksheet("Sheet1");
  ws.getCell("A1").value = "London Borough of Lewisham";
  ws.getCell("A2").value = "Freedom of Information response";
  ws.getCell("A4").value = "Question";
  ws.getCell("C4").value = "Answer";
  ws.getCell("A5").value = "UASC looked after";
  ws.getCell("C5").value = 120;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const LETTER_HTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>FOI response</title></head><body>
<p>London Borough of Lewisham</p>
<p>Freedom of Information response</p>
<p>Dear Requester,</p>
<p>Thank you for your request. The number of UASC looked after was 120.</p>
<table border="1">
<tr><td>Question</td><td>Answer</td></tr>
<tr><td>UASC looked after</td><td>120</td></tr>
</table>
<p>Yours faithfully,</p>
<p>Information Governance Team</p>
</body></html>
`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? LEGACY_DIR;
  writeLegacyFixtures(outDir).then(
    (files) => process.stdout.write(`Wrote ${files.join(", ")} to ${outDir}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
