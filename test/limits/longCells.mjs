// Child process of longCells.test.ts: runs every text-reading function of the
// pipeline on one long cell of each character class and prints one line per
// finished pair ("done <function> <class>", a tab, and its time for the curious). It imports the built dist/, so
// the parent can stop it after a fixed budget without touching its own state.
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

const [length, ...classes] = process.argv.slice(2);
const units = JSON.parse(classes.join(" "));
const knowledge = loadKnowledge();
const index = buildAuthorityIndex(knowledge.authorities, knowledge.aliases);
const threshold = knowledge.request.suppressionThreshold;
const encode = (text) => new TextEncoder().encode(text);
const csvCell = (text) => `"${text.replaceAll('"', '""')}"`;

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
  // The whole of read → locate → match → parse → identify, as a label beside a figure, as a figure, and as a letter.
  "processFile csv label": (t) =>
    processFile({ file: "long.csv", bytes: encode(`${csvCell(t)},4\nNumber of children,${csvCell(t)}\n`), manifestCode: null }, knowledge),
  "processFile txt letter": (t) =>
    processFile({ file: "long.txt", bytes: encode(`Dear requester,\n${t}\nYours sincerely\n`), manifestCode: null }, knowledge),
};

for (const [name, unit] of Object.entries(units)) {
  const text = unit.repeat(Math.ceil(Number(length) / unit.length)).slice(0, Number(length));
  for (const [fn, run] of Object.entries(FUNCTIONS)) {
    const start = performance.now();
    await run(text);
    process.stdout.write(`done ${fn} ${name}\t${Math.round(performance.now() - start)} ms\n`);
  }
}
