// Child process of longCells.test.ts: runs every text-reading function of the
// pipeline on one long cell of each character class and prints one line per
// finished pair ("done <function> <class>", a tab, and its time for the curious). It imports the built dist/, so
// the parent can stop it after a fixed budget without touching its own state.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expandContainer } from "../../dist/discover/expandContainers.js";
import { findAuthorities } from "../../dist/identify/findAuthorities.js";
import { buildAuthorityIndex } from "../../dist/identify/buildAuthorityIndex.js";
import { cleanFileName } from "../../dist/identify/identifyAuthority.js";
import { normaliseAuthorityName, tokeniseName } from "../../dist/domain/normaliseAuthorityName.js";
import { loadKnowledge } from "../../dist/knowledge/index.js";
import { parseEpisodeDate } from "../../dist/locate/episodeDates.js";
import { readScopedStatement } from "../../dist/locate/readScopedStatement.js";
import { matchLabel } from "../../dist/match/matchLabel.js";
import { normaliseLabel, splitCodedWords } from "../../dist/match/normaliseLabel.js";
import { canonicaliseNationality, canonicaliseNationalityCode } from "../../dist/parse/parseNationality.js";
import { findPeriods, periodsIn } from "../../dist/parse/parsePeriod.js";
import {
  classifyDocumentText,
  normaliseAnswer,
  parsePairedAnswer,
  parseValue,
} from "../../dist/parse/parseValue.js";
import { processFile } from "../../dist/pipeline/processFile.js";
import { detectDelimiter } from "../../dist/read/detectDelimiter.js";
import { DEFAULT_READ_LIMITS } from "../../dist/read/readLimits.js";

const [length, ...classes] = process.argv.slice(2);
const units = JSON.parse(classes.join(" "));
const knowledge = loadKnowledge();
const index = buildAuthorityIndex(knowledge.authorities, knowledge.aliases);
const threshold = knowledge.request.suppressionThreshold;
const encode = (text) => new TextEncoder().encode(text);
const csvCell = (text) => `"${text.replaceAll('"', '""')}"`;
const xmlText = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
/**
 * A cell this long is past the default --max-cell-chars, and would be turned
 * away unread; a user may raise the limit, and then every step must still be
 * linear, so the whole-pipeline runs below read with it raised.
 */
const limits = { ...DEFAULT_READ_LIMITS, maxCellChars: 4 * Number(length) };
/** processFile, and a line saying whether the long text was read or turned away (for the curious). */
async function processAll(inputs) {
  let note = "";
  for (const input of inputs) {
    const result = await processFile({ manifestCode: null, limits, ...input }, knowledge);
    const refused = result.issues.filter((i) => ["file_too_large", "file_corrupt", "file_unparsed"].includes(i.code));
    note += refused.length > 0 ? ` ${input.file}: ${refused.map((i) => i.code).join(",")}` : ` ${input.file}: read`;
  }
  return { note };
}

/** One page with the text on one line, in Helvetica (one of the standard fonts a PDF need not embed). */
function buildPdf(text) {
  const content = `BT /F1 11 Tf 72 760 Td (${text.replace(/([()\\])/g, "\\$1")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

async function buildDocx(text) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Dear requester,</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function buildXlsx(text) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("FOI").addRows([
    [text, 4],
    ["Number of children", text],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function buildEml(text) {
  return encode(
    `From: foi@example.gov.uk\r\nSubject: Your FOI request\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nDear requester,\r\n${text}\r\nYours sincerely\r\n`,
  );
}

/** Each function as the pipeline calls it; the pipeline's own reads go through processFile. */
const FUNCTIONS = {
  normaliseLabel: (t) => normaliseLabel(t),
  splitCodedWords: (t) => splitCodedWords(t, knowledge.labels.codeTokens),
  matchLabel: (t) => matchLabel(t, knowledge.labels),
  parseValue: (t) => parseValue(t, knowledge.values, threshold),
  normaliseAnswer: (t) => normaliseAnswer(t),
  parsePairedAnswer: (t) => parsePairedAnswer(t, knowledge.values),
  classifyDocumentText: (t) => classifyDocumentText(t, knowledge.values),
  findPeriods: (t) => findPeriods(t),
  periodsIn: (t) => periodsIn(t),
  canonicaliseNationality: (t) => canonicaliseNationality(t, knowledge.nationalities),
  canonicaliseNationalityCode: (t) => canonicaliseNationalityCode(t, knowledge.nationalities),
  parseEpisodeDate: (t) => parseEpisodeDate(t),
  readScopedStatement: (t) =>
    readScopedStatement(t, knowledge.request.questions, (s) => parseValue(s, knowledge.values, threshold)),
  findAuthorities: (t) => findAuthorities(t, index),
  normaliseAuthorityName: (t) => normaliseAuthorityName(t),
  tokeniseName: (t) => tokeniseName(t),
  cleanFileName: (t) => cleanFileName(t),
  detectDelimiter: (t) => detectDelimiter(t),
  // The whole of read → locate → match → parse → identify, as a label beside a figure, as a figure, and as a
  // letter's line, through each reader: csv, xlsx, txt, docx, a PDF's text line, and an e-mail's body.
  "processFile csv label": (t) =>
    processAll([{ file: "long.csv", bytes: encode(`${csvCell(t)},4\nNumber of children,${csvCell(t)}\n`) }]),
  "processFile xlsx cell": async (t) => processAll([{ file: "long.xlsx", bytes: await buildXlsx(t) }]),
  "processFile docx paragraph": async (t) => processAll([{ file: "long.docx", bytes: await buildDocx(t) }]),
  "processFile pdf line": (t) => processAll([{ file: "long.pdf", bytes: buildPdf(t) }]),
  // An e-mail is opened first (its body is then read as a letter), as the ingest opens it.
  "processFile eml body": (t) =>
    processAll(expandContainer("long.eml", buildEml(t)).children.map((c) => ({ file: c.file, bytes: c.bytes, container: c.context }))),
  "processFile txt letter": (t) => processAll([{ file: "long.txt", bytes: encode(`Dear requester,\n${t}\nYours sincerely\n`) }]),
};

for (const [name, unit] of Object.entries(units)) {
  const text = unit.repeat(Math.ceil(Number(length) / unit.length)).slice(0, Number(length));
  for (const [fn, run] of Object.entries(FUNCTIONS)) {
    const start = performance.now();
    const note = await run(text);
    const how = typeof note?.note === "string" ? note.note : "";
    process.stdout.write(`done ${fn} ${name}\t${Math.round(performance.now() - start)} ms${how}\n`);
  }
}
