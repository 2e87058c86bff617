/**
 * The eighth blind holdout corpus for issue 2 (fixtures/holdout8): returns
 * written the way UK councils answer FOI requests, by someone who has not
 * read the ingest's matching or parsing code, each with the reading a careful
 * human makes of it. This round hunts for SILENTLY WRONG figures: a figure
 * read as the wrong measure or for the wrong group with nothing on the
 * authority to warn a person. It mixes ordinary returns with ones where an
 * adversarial but realistic officer makes a naive reader pick the wrong
 * number:
 *
 *   - questions numbered 1(a)/1(b)/2(i)/(ii), answers that restate the
 *     question number ("Q2 – 1 child", "In response to question 4, ...");
 *   - figures in sentences beside years, dates, reference numbers and other
 *     counts ("Of the 37, 4 went missing", "those 2 children were missing on
 *     6 occasions");
 *   - one question asking for two metrics ("1 child, 3 occasions"), answer
 *     columns "Children" / "Occasions";
 *   - "of these" chains that switch group mid-list;
 *   - two-row merged headers with the group on the upper row, grids with a
 *     Notes column full of numbers, "Number" beside "Rate per 10,000",
 *     under-16 / 16–17 rows, last year's FOI beside this year's, a quarterly
 *     table whose Total is distinct children (not the sum), a care-leaver
 *     column beside the looked-after one, a coded export with a 16–17 subset
 *     and a previous-year column, nationality tables with an episodes column;
 *   - "2 (one identified, one suspected)", "None of them", "all 4 returned",
 *     "N/K", "unknown", blank cells that a footnote says are nil;
 *   - a very long prose letter.
 *
 *   fixtures/holdout8/returns/      the returns
 *   fixtures/holdout8/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout8/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                   "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout8/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model (answers → truth/statuses) and the byte helpers are
 * shared with holdout4 (test/holdout4/model.ts, bytes.ts). Deterministic:
 * fixed workbook dates and zip entry times. Rewrite with
 *
 *   WRITE_HOLDOUT8=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout8
 */
import type ExcelJS from "exceljs";
import { concat, scannedPdf, utf8 } from "../holdout4/bytes.js";
import { buildCorpus, writeCorpus } from "../holdout4/corpus.js";
import {
  type Answers,
  as,
  cell,
  csv,
  four,
  type Key,
  letter,
  n,
  na,
  nh,
  nx,
  put,
  type ReturnSpec,
  raw,
  ref,
  sup,
  xlsx,
} from "../holdout4/model.js";

const C = {
  hartlepool: "E06000001",
  redcar: "E06000003",
  darlington: "E06000005",
  halton: "E06000006",
  blackpool: "E06000009",
  york: "E06000014",
  derby: "E06000015",
  leicester: "E06000016",
  telford: "E06000020",
  stoke: "E06000021",
  bristol: "E06000023",
  southGlos: "E06000025",
  peterborough: "E06000031",
  wiltshire: "E06000054",
  oldham: "E08000004",
  tameside: "E08000008",
  trafford: "E08000009",
  liverpool: "E08000012",
  rotherham: "E08000018",
  newcastle: "E08000021",
  sunderland: "E08000024",
  dudley: "E08000027",
  bradford: "E08000032",
  kirklees: "E08000034",
  leeds: "E08000035",
  wakefield: "E08000036",
  brent: "E09000005",
  croydon: "E09000008",
  ealing: "E09000009",
  enfield: "E09000010",
  greenwich: "E09000011",
  hackney: "E09000012",
  haringey: "E09000014",
  harrow: "E09000015",
  hillingdon: "E09000017",
  hounslow: "E09000018",
  lambeth: "E09000022",
  lewisham: "E09000023",
  newham: "E09000025",
  southwark: "E09000028",
  towerHamlets: "E09000030",
  westminster: "E09000033",
  bucks: "E10000002",
  cambridgeshire: "E10000003",
  devon: "E10000008",
  essex: "E10000012",
  kent: "E10000016",
  lancashire: "E10000017",
  northants: "E10000021",
  northYorks: "E10000023",
  somerset: "E10000027",
  staffordshire: "E10000028",
  worcestershire: "E10000034",
  anglesey: "W06000001",
  newport: "W06000022",
  aberdeen: "S12000033",
  dundee: "S12000042",
  derry: "N09000005",
} as const;

type Labels = readonly (readonly [Key, string])[];

function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);

/** Plain wording used by the ordinary returns (each council's own variant is below). */
const PLAIN: Labels = [
  ["tla", "Looked after children known or believed to be victims of trafficking"],
  ["twm", "Of those children, the number reported missing at least once"],
  ["tmi", "Number of missing incidents for those children"],
  ["tnf", "Of those reported missing, the number not yet located"],
  ["ula", "Unaccompanied asylum seeking children looked after"],
  ["uwm", "Of those children, the number reported missing at least once"],
  ["umi", "Number of missing incidents for those children"],
  ["unf", "Of those reported missing, the number not yet located"],
];

function qaRowsXl(a: Answers, labels: Labels): ExcelJS.CellValue[][] {
  return labels.map(([k, l]) => [l, cell(a, k)]);
}
function qaRowsCsv(a: Answers, labels: Labels): string[][] {
  return labels.map(([k, l]) => [l, raw(a, k)]);
}

const APPEAL = [
  "If you are unhappy with this response you can ask us to review it by writing to the address above within",
  "40 working days. You may also contact the Information Commissioner's Office (ico.org.uk) once our review",
  "has been completed.",
];

// --- a minimal stored zip (for the .docx) -------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = (CRC_TABLE[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A zip with stored (uncompressed) entries and a fixed time stamp. */
function storedZip(entries: readonly (readonly [string, string])[]): Uint8Array {
  const DOS_DATE = ((2015 - 1980) << 9) | (11 << 5) | 18;
  const DOS_TIME = (15 << 11) | (5 << 5);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameB = utf8(name);
    const data = utf8(text);
    const crc = crc32(data);
    const lh = new Uint8Array(30);
    const lv = new DataView(lh.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameB.length, true);
    const local = concat([lh, nameB, data]);
    const ch = new Uint8Array(46);
    const cv = new DataView(ch.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameB.length, true);
    cv.setUint32(42, offset, true);
    centrals.push(concat([ch, nameB]));
    locals.push(local);
    offset += local.length;
  }
  const cd = concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, cd, end]);
}

// ================================================================================================
// 1. NUMBERED SUB-QUESTIONS AND ANSWERS THAT RESTATE THE QUESTION NUMBER
// ================================================================================================

// Leeds: 1(a)/1(b), 2(i)–(iii), 3(i)–(iv). No trafficked total is given; identified + suspected.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(3),
    twm: n(2),
    tmi: n(5),
    tnf: n(0),
    ...four("u", [41, 6, 14, 1]),
  };
  add({
    file: "Leeds City Council FOI 15-62318 response.xlsx",
    code: C.leeds,
    answers: a,
    bytes: () =>
      xlsx("Leeds City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [8, 88, 12]);
        put(ws, 1, 1, [
          ["Leeds City Council – Children's Services"],
          ["Freedom of Information request 15-62318"],
          ["Period covered: 1 October 2014 – 30 September 2015"],
          [],
          ["Ref", "Question", "Response"],
          ["1(a)", "How many looked after children were identified as having been trafficked?", cell(a, "tid")],
          ["1(b)", "How many looked after children were suspected of having been trafficked?", cell(a, "tsu")],
          ["2(i)", "Of the children in 1(a) and 1(b), how many went missing?", cell(a, "twm")],
          ["2(ii)", "How many missing episodes were there in total for the children in 2(i)?", cell(a, "tmi")],
          ["2(iii)", "How many of the children in 2(i) are still missing?", cell(a, "tnf")],
          ["3(i)", "How many unaccompanied asylum seeking children were looked after?", cell(a, "ula")],
          ["3(ii)", "Of the children in 3(i), how many went missing?", cell(a, "uwm")],
          ["3(iii)", "How many missing episodes were there in total for the children in 3(ii)?", cell(a, "umi")],
          ["3(iv)", "How many of the children in 3(ii) are still missing?", cell(a, "unf")],
        ]);
      }),
  });
}

// Bradford: the questions listed first, then the answers, each restating its question number.
{
  const a: Answers = {
    tla: n(4),
    twm: as("1 child", 1),
    tmi: as("2 occasions", 2),
    tnf: n(0),
    ula: n(29),
    uwm: as("5 children", 5),
    umi: as("11 occasions", 11),
    unf: as("2 children", 2),
  };
  add({
    file: "City of Bradford MDC FOI 15-1184 reply.txt",
    code: C.bradford,
    answers: a,
    bytes: () =>
      letter([
        "City of Bradford Metropolitan District Council",
        "Children's Services – Freedom of Information request 15-1184",
        "",
        "Dear Requester,",
        "",
        "You asked the following questions about the period 1 October 2014 to 30 September 2015:",
        "",
        "Q1. How many children in care were identified or suspected as victims of trafficking?",
        "Q2. How many of these children went missing?",
        "Q3. How many times in total did they go missing?",
        "Q4. How many of them have not been found?",
        "Q5. How many unaccompanied asylum seeking children were in care?",
        "Q6. How many of these children went missing?",
        "Q7. How many times in total did they go missing?",
        "Q8. How many of them have not been found?",
        "",
        "Our response:",
        "",
        `Q1 – ${raw(a, "tla")}`,
        `Q2 – ${raw(a, "twm")}`,
        `Q3 – ${raw(a, "tmi")}`,
        `Q4 – ${raw(a, "tnf")}`,
        `Q5 – ${raw(a, "ula")}`,
        `Q6 – ${raw(a, "uwm")}`,
        `Q7 – ${raw(a, "umi")}`,
        `Q8 – ${raw(a, "unf")}`,
        "",
        ...APPEAL,
        "",
        "Yours sincerely",
        "FOI Officer, Bradford Council",
      ]),
  });
}

// Wakefield: "In response to question N, ..." sentences, some with a second count in them.
{
  const a: Answers = {
    tla: as("In response to question 1, 3 looked after children were identified or suspected ...", 3),
    twm: as("In response to question 2, 2 of those children went missing.", 2),
    tmi: as("In response to question 3, those 2 children were missing on 6 separate occasions.", 6),
    tnf: as("In response to question 4, none of those children remain missing.", 0),
    ula: as("In response to question 5, 18 unaccompanied asylum seeking children were looked after.", 18),
    uwm: as("In response to question 6, 5 of the unaccompanied children went missing.", 5),
    umi: as("In response to question 7, there were 9 missing episodes for those 5 children.", 9),
    unf: as("In response to question 8, 1 child remains missing.", 1),
  };
  add({
    file: "Wakefield Council FOI 15-0917.txt",
    code: C.wakefield,
    answers: a,
    bytes: () =>
      letter([
        "Wakefield Council",
        "Information Governance – FOI 15-0917",
        "",
        "Dear Requester",
        "",
        "Thank you for your request for information about children looked after by Wakefield Council between",
        "1 October 2014 and 30 September 2015. I can now respond as follows.",
        "",
        "In response to question 1, 3 looked after children were identified or suspected as having been trafficked.",
        "In response to question 2, 2 of those children went missing.",
        "In response to question 3, those 2 children were missing on 6 separate occasions.",
        "In response to question 4, none of those children remain missing.",
        "In response to question 5, 18 unaccompanied asylum seeking children were looked after.",
        "In response to question 6, 5 of the unaccompanied children went missing.",
        "In response to question 7, there were 9 missing episodes for those 5 children.",
        "In response to question 8, 1 child remains missing.",
        "",
        ...APPEAL,
        "",
        "Regards",
        "Information Governance Officer",
      ]),
  });
}

// Kirklees: numbered sentences with dates, years, a reference number and last year's figure nearby.
{
  const a: Answers = {
    tla: as("... 2 children looked after by Kirklees Council were identified or suspected ...", 2),
    twm: as("Of these, 1 went missing in 2015.", 1),
    tmi: as("That child was reported missing 4 times between January and March 2015.", 4),
    tnf: as("... is not currently missing, so the answer to this question is 0.", 0),
    ula: as("... looked after 37 unaccompanied asylum seeking children ... (compared with 21 in 2013/14)", 37),
    uwm: as("Of the 37, 4 went missing at least once.", 4),
    umi: as("There were 10 missing episodes in total for those 4 young people.", 10),
    unf: as("As at 30 September 2015, 1 of them had not been found.", 1),
  };
  add({
    file: "Kirklees Council FOI-3391 response.txt",
    code: C.kirklees,
    answers: a,
    bytes: () =>
      letter([
        "Kirklees Council",
        "Information Governance Team",
        "",
        "Your request was logged under reference FOI-3391 on 14 October 2015 and has been dealt with under the",
        "Freedom of Information Act 2000.",
        "",
        "1. Between 1 October 2014 and 30 September 2015, 2 children looked after by Kirklees Council were",
        "   identified or suspected as victims of trafficking.",
        "2. Of these, 1 went missing in 2015.",
        "3. That child was reported missing 4 times between January and March 2015.",
        "4. The child was found on 12 March 2015 and is not currently missing, so the answer to this question is 0.",
        "5. Kirklees looked after 37 unaccompanied asylum seeking children in the period (compared with 21 in 2013/14).",
        "6. Of the 37, 4 went missing at least once.",
        "7. There were 10 missing episodes in total for those 4 young people.",
        "8. As at 30 September 2015, 1 of them had not been found.",
        "",
        ...APPEAL,
        "",
        "Kirklees Council Information Governance",
      ]),
  });
}

// Harrow: "Q5 – ... – 16 (sixteen)", and an episodes answer with "twice" in it.
{
  const a: Answers = {
    tla: as("1 (one)", 1),
    twm: as("1 (one)", 1),
    tmi: as("1 (one)", 1),
    tnf: as("0 (nil)", 0),
    ula: as("16 (sixteen)", 16),
    uwm: as("2 (two)", 2),
    umi: as("3 in total (one child went missing twice)", 3),
    unf: as("0 (none)", 0),
  };
  add({
    file: "Harrow Council FOI 8844 response.txt",
    code: C.harrow,
    answers: a,
    bytes: () =>
      letter([
        "London Borough of Harrow",
        "FOI reference 8844",
        "Period: 01/10/2014 – 30/09/2015",
        "",
        `Q1 – Looked after children identified or suspected as trafficked – ${raw(a, "tla")}`,
        `Q2 – Of these, went missing – ${raw(a, "twm")}`,
        `Q3 – Missing episodes – ${raw(a, "tmi")}`,
        `Q4 – Not found – ${raw(a, "tnf")}`,
        `Q5 – Unaccompanied asylum seeking children looked after – ${raw(a, "ula")}`,
        `Q6 – Of these, went missing – ${raw(a, "uwm")}`,
        `Q7 – Missing episodes – ${raw(a, "umi")}`,
        `Q8 – Not found – ${raw(a, "unf")}`,
        "",
        "Harrow Council, Access to Information",
      ]),
  });
}

// Rotherham: 1a/1b, then one sentence per group holding three measures.
{
  const a: Answers = {
    tid: n(3),
    tsu: n(6),
    twm: as("Of the 9 children in 1a and 1b, 4 went missing", 4),
    tmi: as("on a total of 23 occasions", 23),
    tnf: as("1 of them has not been found", 1),
    ula: as("Unaccompanied asylum seeking children looked after: 14.", 14),
    uwm: as("Of these, 2 went missing", 2),
    umi: as("(3 episodes)", 3),
    unf: as("and both have been found", 0),
  };
  add({
    file: "Rotherham MBC FOI 15-1402.txt",
    code: C.rotherham,
    answers: a,
    bytes: () =>
      letter([
        "Rotherham Metropolitan Borough Council",
        "Freedom of Information – reference 15-1402",
        "Period: 1 October 2014 to 30 September 2015",
        "",
        "1a. Looked after children identified as trafficked: 3",
        "1b. Looked after children suspected of being trafficked: 6",
        "2. Of the 9 children in 1a and 1b, 4 went missing on a total of 23 occasions; 1 of them has not been found.",
        "3. Unaccompanied asylum seeking children looked after: 14. Of these, 2 went missing (3 episodes) and both have",
        "   been found.",
        "",
        "Rotherham MBC Information Governance",
      ]),
  });
}

// ================================================================================================
// 2. TWO METRICS IN ONE QUESTION, "OF THESE" CHAINS, WORDED ANSWERS
// ================================================================================================

// Tower Hamlets: "2 (one identified, one suspected)"; "1 child, 3 occasions".
{
  const a: Answers = {
    tla: as("2 (one identified, one suspected)", 2),
    twm: as("1 child, 3 occasions", 1),
    tmi: as("1 child, 3 occasions", 3),
    tnf: as("None", 0),
    ula: n(57),
    uwm: as("8 children, 19 occasions", 8),
    umi: as("8 children, 19 occasions", 19),
    unf: n(2),
  };
  add({
    file: "Tower Hamlets FOI 9087 response.txt",
    code: C.towerHamlets,
    answers: a,
    bytes: () =>
      letter([
        "London Borough of Tower Hamlets",
        "Information Governance – FOI 9087",
        "Reporting period: 1 October 2014 to 30 September 2015",
        "",
        "1. How many looked after children were identified or suspected as trafficked?",
        "   2 (one identified, one suspected)",
        "2 and 3. How many of them went missing, and how many times?",
        "   1 child, 3 occasions",
        "4. How many have not been found?",
        "   None",
        "5. How many unaccompanied asylum seeking children were looked after?",
        "   57",
        "6 and 7. How many of them went missing, and how many times?",
        "   8 children, 19 occasions",
        "8. How many have not been found?",
        "   2",
        "",
        ...APPEAL,
      ]),
  });
}

// Greenwich: one question per group asks for children and occasions; two answer columns.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [36, 5, 12, 1]) };
  add({
    file: "Royal Borough of Greenwich FOI 15-9901.xlsx",
    code: C.greenwich,
    answers: a,
    bytes: () =>
      xlsx("Royal Borough of Greenwich", (wb) => {
        const ws = wb.addWorksheet("FOI 15-9901");
        widths(ws, [6, 70, 12, 12]);
        put(ws, 1, 1, [
          ["Royal Borough of Greenwich – Children's Services"],
          ["FOI 15-9901: 1 October 2014 to 30 September 2015"],
          [],
          ["No.", "Question", "Children", "Occasions"],
          ["1", "Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["2", "How many of these went missing, and on how many occasions?", cell(a, "twm"), cell(a, "tmi")],
          ["3", "How many of the children at 2 are still missing?", cell(a, "tnf")],
          ["4", "Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["5", "How many of these went missing, and on how many occasions?", cell(a, "uwm"), cell(a, "umi")],
          ["6", "How many of the children at 5 are still missing?", cell(a, "unf")],
        ]);
      }),
  });
}

// Lewisham: the trafficked chain has an "of these, also UASC" row; the UASC total includes them.
{
  const a: Answers = { ...four("t", [7, 3, 8, 1]), ...four("u", [64, 9, 21, 2]) };
  add({
    file: "Lewisham Council FOI LEW-15-3318.csv",
    code: C.lewisham,
    answers: a,
    bytes: () =>
      csv([
        ["London Borough of Lewisham - Children's Social Care"],
        ["FOI LEW-15-3318 - period 1 October 2014 to 30 September 2015"],
        [],
        ["No", "Question", "Answer"],
        ["1", "Looked after children identified or suspected as victims of trafficking", raw(a, "tla")],
        ["2", "Of these, how many were also unaccompanied asylum seeking children?", "5"],
        ["3", "Of the children at question 1, how many went missing?", raw(a, "twm")],
        ["4", "How many missing episodes did the children at question 3 have?", raw(a, "tmi")],
        ["5", "How many of the children at question 3 have not been found?", raw(a, "tnf")],
        [
          "6",
          "Unaccompanied asylum seeking children looked after (this includes the 5 children at question 2)",
          raw(a, "ula"),
        ],
        ["7", "Of these, how many went missing?", raw(a, "uwm")],
        ["8", "How many missing episodes did they have?", raw(a, "umi")],
        ["9", "How many of them have not been found?", raw(a, "unf")],
      ]),
  });
}

// Newham: "None of them", "N/A", "None - all 4 returned".
{
  const a: Answers = {
    tla: n(3),
    twm: as("None of them", 0),
    tmi: n(0),
    tnf: na("N/A"),
    ula: n(95),
    uwm: n(4),
    umi: n(9),
    unf: as("None - all 4 returned", 0),
  };
  add({
    file: "Newham Council FOI 2015-8842.csv",
    code: C.newham,
    answers: a,
    bytes: () =>
      csv([
        ["London Borough of Newham"],
        ["Freedom of Information request 2015-8842 (1 October 2014 to 30 September 2015)"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["How many of these went missing?", raw(a, "twm")],
        ["How many missing episodes?", raw(a, "tmi")],
        ["How many have not been found?", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["How many of these went missing?", raw(a, "uwm")],
        ["How many missing episodes?", raw(a, "umi")],
        ["How many have not been found?", raw(a, "unf")],
      ]),
  });
}

// Trafford: no trafficked children (questions 2–4 not answered at all); "all 4 returned".
{
  const a: Answers = {
    tla: n(0),
    ula: n(23),
    uwm: n(4),
    umi: n(6),
    unf: as("all 4 returned, so none are still missing", 0),
  };
  add({
    file: "Trafford Council FOI 15-3355 letter.txt",
    code: C.trafford,
    answers: a,
    bytes: () =>
      letter([
        "Trafford Council",
        "FOI 15-3355",
        "",
        "Dear Requester,",
        "",
        "Please find below our answers for the period 1 October 2014 to 30 September 2015.",
        "",
        `1) Number of looked after children identified or suspected as having been trafficked: ${raw(a, "tla")}`,
        "2)-4) As there were no such children, questions 2 to 4 do not apply.",
        `5) Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `6) How many of these went missing: ${raw(a, "uwm")}`,
        `7) Total missing episodes: ${raw(a, "umi")}`,
        `8) How many have not been found: ${raw(a, "unf")}.`,
        "",
        "Yours sincerely",
        "Trafford Council Information Requests",
      ]),
  });
}

// Westminster: a very long prose letter with many other numbers in it.
{
  const a: Answers = {
    tla: as("During the period, 5 children looked after by Westminster were identified or suspected ...", 5),
    twm: as("Of those 5 children, 3 went missing at least once", 3),
    tmi: as("they went missing on 11 occasions", 11),
    tnf: as("1 of the 3 children has not been found", 1),
    ula: as("Westminster looked after 46 unaccompanied asylum seeking children", 46),
    uwm: as("9 of the 46 went missing at least once", 9),
    umi: as("for a total of 20 missing episodes", 20),
    unf: as("All but 2 of the 9 children have since been found; those 2 remain missing.", 2),
    nf: as("3 children had not been found", 3),
  };
  add({
    file: "Westminster City Council FOI 15-1029 response.txt",
    code: C.westminster,
    answers: a,
    bytes: () =>
      letter([
        "Westminster City Council",
        "Access to Information Team",
        "Our reference: 15-1029",
        "19 November 2015",
        "",
        "Dear Requester,",
        "",
        "Freedom of Information Act 2000 – request for information",
        "",
        "Thank you for your request of 23 October 2015, in which you asked about children looked after by",
        "Westminster City Council between 1 October 2014 and 30 September 2015 who were identified or suspected",
        "as trafficked, about unaccompanied asylum seeking children, and about missing episodes for both groups.",
        "",
        "Before answering, it may help to explain how we record this information. Children's Services in",
        "Westminster share a case management system with two neighbouring boroughs under the shared services",
        "arrangements set up in 2011, but the figures below are for Westminster only. A child is recorded as",
        "suspected of being trafficked when a concern is raised by a social worker, the police or Border Force,",
        "and as identified when the National Referral Mechanism (NRM) has made a positive conclusive grounds",
        "decision. Since the Modern Slavery Act 2015 received Royal Assent on 26 March 2015 we have reviewed all",
        "14 open cases of children with a trafficking concern, but not all of those children are looked after and",
        "the review is not yet complete, so the figures below may change.",
        "",
        "Trafficked children (your questions 1 to 4)",
        "",
        "During the period, 5 children looked after by Westminster were identified or suspected as having been",
        "trafficked. Of those 5 children, 3 went missing at least once, and between them they went missing on",
        "11 occasions. One child went missing on 7 of those occasions, and the longest single episode lasted 12",
        "days. At the date of this letter, 1 of the 3 children has not been found and remains recorded as missing",
        "with the Metropolitan Police.",
        "",
        "Unaccompanied asylum seeking children (your questions 5 to 8)",
        "",
        "Westminster looked after 46 unaccompanied asylum seeking children during the period, most of them aged",
        "16 or 17 on arrival. 9 of the 46 went missing at least once, for a total of 20 missing episodes. Most",
        "episodes lasted less than 24 hours, and 6 children returned of their own accord within 2 days. All but 2",
        "of the 9 children have since been found; those 2 remain missing.",
        "",
        "Total not found (your question 9)",
        "",
        "Taking the two groups together, 3 children had not been found at the date of this letter.",
        "",
        "Every missing episode is reported to the police and a return home interview is offered within 72 hours",
        "of the child being found, in line with the statutory guidance of January 2014. Where a child is thought",
        "to be at risk of being re-trafficked, a strategy meeting is held under section 47 of the Children Act",
        "1989.",
        "",
        ...APPEAL,
        "",
        "Yours sincerely,",
        "",
        "Access to Information Officer",
        "Westminster City Council, 64 Victoria Street, London SW1E 6QP",
      ]),
  });
}

// ================================================================================================
// 3. GRIDS AND TABLES WITH DECOYS
// ================================================================================================

// Lambeth: two-row header; the group on the merged upper row, identified/suspected/all below it.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(4),
    tla: n(5),
    twm: n(2),
    tmi: n(5),
    tnf: n(1),
    ...four("u", [63, 11, 26, 3]),
  };
  add({
    file: "Lambeth Council FOI IR-15-2893.xlsx",
    code: C.lambeth,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Lambeth", (wb) => {
        const ws = wb.addWorksheet("IR-15-2893");
        widths(ws, [34, 14, 14, 16, 26]);
        put(ws, 1, 1, [
          ["London Borough of Lambeth – Children's Social Care"],
          ["FOI IR-15-2893 – 1 October 2014 to 30 September 2015"],
          [],
          ["Measure", "Children who were trafficked", "", "", "Unaccompanied asylum seeking children"],
          ["", "Identified", "Suspected", "All trafficked"],
          ["Looked after during the period", cell(a, "tid"), cell(a, "tsu"), cell(a, "tla"), cell(a, "ula")],
          ["Went missing at least once", 0, 2, cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing episodes", 0, 5, cell(a, "tmi"), cell(a, "umi")],
          ["Not found as at 30/09/2015", 0, 1, cell(a, "tnf"), cell(a, "unf")],
        ]);
        ws.mergeCells("A4:A5");
        ws.mergeCells("B4:D4");
        ws.mergeCells("E4:E5");
      }),
  });
}

// Hackney: groups as columns, and a Notes column full of numbers.
{
  const a: Answers = { ...four("t", [6, 3, 9, 1]), ...four("u", [58, 7, 15, 2]) };
  add({
    file: "Hackney Council FOI 15-4471-CS.xlsx",
    code: C.hackney,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Hackney", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [30, 22, 22, 56]);
        put(ws, 1, 1, [
          ["London Borough of Hackney – FOI 15-4471-CS"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking", "Notes"],
          [
            "Children looked after",
            cell(a, "tla"),
            cell(a, "ula"),
            "Includes 2 young people who turned 18 during the period",
          ],
          ["Children who went missing", cell(a, "twm"), cell(a, "uwm"), "3 of the 7 UASC were placed outside Hackney"],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi"), "One trafficked child accounted for 6 episodes"],
          ["Children not yet found", cell(a, "tnf"), cell(a, "unf"), "All reported to police; 1 referred to the NRM"],
        ]);
      }),
  });
}

// Croydon: a "Number" column beside a "Rate per 10,000" column.
{
  const a: Answers = { ...four("t", [6, 3, 5, 1]), ...four("u", [412, 38, 127, 9]) };
  add({
    file: "Croydon Council FOI 2015-5810.csv",
    code: C.croydon,
    answers: a,
    bytes: () =>
      csv([
        ["London Borough of Croydon - Freedom of Information request 2015-5810"],
        ["Looked after children, 1 October 2014 to 30 September 2015"],
        [],
        ["Measure", "Number", "Rate per 10,000 children aged under 18"],
        ["Trafficked children looked after (identified or suspected)", raw(a, "tla"), "0.7"],
        ["Trafficked children who went missing", raw(a, "twm"), "0.3"],
        ["Missing episodes (trafficked children)", raw(a, "tmi"), "n/a"],
        ["Trafficked children not found", raw(a, "tnf"), "0.1"],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula"), "45.8"],
        ["Unaccompanied asylum seeking children who went missing", raw(a, "uwm"), "4.2"],
        ["Missing episodes (unaccompanied asylum seeking children)", raw(a, "umi"), "n/a"],
        ["Unaccompanied asylum seeking children not found", raw(a, "unf"), "1.0"],
        [],
        ["Rates use the ONS mid-2014 estimate of 90,000 children aged under 18 living in Croydon."],
      ]),
  });
}

// Ealing: under-16 and 16-17 rows with a total row for each measure.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [70, 12, 30, 2]) };
  add({
    file: "Ealing Council FOI 15-3302.xlsx",
    code: C.ealing,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Ealing", (wb) => {
        const ws = wb.addWorksheet("FOI 15-3302");
        widths(ws, [84, 12]);
        put(ws, 1, 1, [
          ["London Borough of Ealing – Children and Families"],
          ["FOI 15-3302 – 1 October 2014 to 30 September 2015"],
          [],
          ["Information requested", "Number"],
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["Of these, the number who went missing", cell(a, "twm")],
          ["Missing episodes for those children", cell(a, "tmi")],
          ["Of those who went missing, the number not found", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children looked after – children aged under 16", 22],
          ["Unaccompanied asylum seeking children looked after – young people aged 16-17", 48],
          ["Unaccompanied asylum seeking children looked after – total", cell(a, "ula")],
          ["Of the total, children aged under 16 who went missing", 3],
          ["Of the total, young people aged 16-17 who went missing", 9],
          ["Total unaccompanied asylum seeking children who went missing", cell(a, "uwm")],
          ["Missing episodes for unaccompanied asylum seeking children – total (all ages)", cell(a, "umi")],
          ["Unaccompanied asylum seeking children still missing – total (all ages)", cell(a, "unf")],
        ]);
      }),
  });
}

// Brent: children and young people aged 16-17 on separate rows with no total (a sum is needed).
{
  const a: Answers = {
    ...four("t", [3, 1, 2, 0]),
    ula: nx("14 children (under 16) + 39 young people aged 16-17"),
    uwm: nx("1 child (under 16) + 6 young people aged 16-17"),
    umi: n(17),
    unf: n(2),
  };
  add({
    file: "Brent Council FOI 5521.csv",
    code: C.brent,
    answers: a,
    contested: ["ula", "uwm"],
    bytes: () =>
      csv([
        ["London Borough of Brent"],
        ["FOI 5521 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Response"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Trafficked children who went missing", raw(a, "twm")],
        ["Missing episodes (trafficked children)", raw(a, "tmi")],
        ["Trafficked children not found", raw(a, "tnf")],
        ["UASC looked after: children (under 16)", "14"],
        ["UASC looked after: young people aged 16-17", "39"],
        ["UASC who went missing: children (under 16)", "1"],
        ["UASC who went missing: young people aged 16-17", "6"],
        ["Missing episodes (all UASC)", raw(a, "umi")],
        ["UASC not found (all)", raw(a, "unf")],
      ]),
  });
}

// Enfield: last year's FOI in the first figure column, this request in the second.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [45, 6, 13, 1]) };
  const prev = { tla: 1, twm: 0, tmi: 0, tnf: 0, ula: 33, uwm: 4, umi: 9, unf: 1 } as const;
  const rows: Labels = [
    ["tla", "Looked after children identified or suspected as trafficked"],
    ["twm", "Of these, how many went missing"],
    ["tmi", "Number of missing episodes"],
    ["tnf", "Number not found"],
    ["ula", "Unaccompanied asylum seeking children looked after"],
    ["uwm", "Of these, how many went missing"],
    ["umi", "Number of missing episodes"],
    ["unf", "Number not found"],
  ];
  add({
    file: "Enfield Council FOI 15-10288.csv",
    code: C.enfield,
    answers: a,
    bytes: () =>
      csv([
        ["London Borough of Enfield - FOI 15-10288"],
        ["For comparison we have repeated the figures we gave you last year under FOI 14-2207."],
        [],
        ["Question", "FOI 14-2207 (1 Oct 2013 - 30 Sep 2014)", "This request (1 Oct 2014 - 30 Sep 2015)"],
        ...rows.map(([k, l]) => [l, String(prev[k as keyof typeof prev]), raw(a, k)]),
      ]),
  });
}

// Haringey: a quarterly table whose Total row is distinct children, not the sum of the quarters.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [49, 7, 15, 1]) };
  add({
    file: "Haringey Council FOI LBH-15-6647.xlsx",
    code: C.haringey,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Haringey", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [70, 26, 18]);
        put(ws, 1, 1, [
          ["London Borough of Haringey – FOI LBH-15-6647"],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["Of these, how many went missing", cell(a, "twm")],
          ["Missing episodes for those children", cell(a, "tmi")],
          ["How many of those have not been found", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["Unaccompanied asylum seeking children not found as at 30 September 2015", cell(a, "unf")],
          [],
          ["Unaccompanied asylum seeking children who went missing, by quarter"],
          ["Quarter", "Children who went missing", "Missing episodes"],
          ["Oct–Dec 2014", 3, 4],
          ["Jan–Mar 2015", 2, 3],
          ["Apr–Jun 2015", 3, 5],
          ["Jul–Sep 2015", 2, 3],
          ["Total for the year", cell(a, "uwm"), cell(a, "umi")],
          [],
          [
            "The yearly total of children counts each child once: 3 children went missing in more than one quarter, so the quarterly figures add up to more than the total.",
          ],
        ]);
      }),
  });
}

// Hillingdon: a care-leaver column beside the looked-after UASC column.
{
  const a: Answers = { ...four("t", [4, 2, 4, 0]), ...four("u", [188, 21, 56, 5]) };
  add({
    file: "Hillingdon FOI 2015-11-0398.xlsx",
    code: C.hillingdon,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Hillingdon", (wb) => {
        const ws = wb.addWorksheet("Data");
        widths(ws, [28, 22, 22, 30]);
        put(ws, 1, 1, [
          ["London Borough of Hillingdon – Freedom of Information 2015-11-0398"],
          ["1 October 2014 to 30 September 2015"],
          [],
          [
            "",
            "Trafficked children (identified or suspected)",
            "UASC looked after (under 18)",
            "Former UASC – care leavers aged 18 to 21 (not looked after)",
          ],
          ["Number in group", cell(a, "tla"), cell(a, "ula"), 251],
          ["Went missing", cell(a, "twm"), cell(a, "uwm"), 14],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi"), 30],
          ["Not found", cell(a, "tnf"), cell(a, "unf"), 6],
        ]);
      }),
  });
}

// Oldham: a one-row coded export with a 16-17 subset column and a previous-year column.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [19, 3, 4, 0]) };
  add({
    file: "Oldham Council FOI 15-1193 data export.xlsx",
    code: C.oldham,
    answers: a,
    bytes: () =>
      xlsx("Oldham Council", (wb) => {
        const ws = wb.addWorksheet("export");
        put(ws, 1, 1, [
          [
            "LA_CODE",
            "PERIOD_START",
            "PERIOD_END",
            "TRAF_CLA",
            "TRAF_MISS",
            "TRAF_MISS_EPIS",
            "TRAF_NOT_FOUND",
            "UASC_CLA",
            "UASC_CLA_16_17",
            "UASC_MISS",
            "UASC_MISS_EPIS",
            "UASC_NOT_FOUND",
            "UASC_CLA_PREV_YR",
          ],
          [
            "DfE LA code",
            "Period start",
            "Period end",
            "Trafficked children looked after",
            "Trafficked children who went missing",
            "Missing episodes (trafficked)",
            "Trafficked children not found",
            "UASC looked after (all ages)",
            "of which aged 16-17",
            "UASC who went missing",
            "Missing episodes (UASC)",
            "UASC not found",
            "UASC looked after in previous year (2013-14)",
          ],
          [
            353,
            "01/10/2014",
            "30/09/2015",
            cell(a, "tla"),
            cell(a, "twm"),
            cell(a, "tmi"),
            cell(a, "tnf"),
            cell(a, "ula"),
            13,
            cell(a, "uwm"),
            cell(a, "umi"),
            cell(a, "unf"),
            11,
          ],
        ]);
      }),
  });
}

// Liverpool: nationality tables with a children column and an episodes column.
{
  const a: Answers = { ...four("t", [5, 2, 4, 0]), ...four("u", [66, 8, 22, 1]) };
  add({
    file: "Liverpool City Council FOI 604112.csv",
    code: C.liverpool,
    answers: a,
    bytes: () =>
      csv([
        ["Liverpool City Council - FOI 604112"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
        [],
        ["Trafficked children who went missing, by nationality"],
        ["Nationality", "Children who went missing", "Missing episodes"],
        ["Vietnamese", "1", "3"],
        ["Albanian", "1", "1"],
        [],
        ["Unaccompanied asylum seeking children who went missing, by nationality"],
        ["Nationality", "Children who went missing", "Missing episodes"],
        ["Eritrean", "3", "9"],
        ["Afghan", "2", "6"],
        ["Vietnamese", "2", "5"],
        ["Sudanese", "1", "2"],
      ]),
  });
}

// Tameside: extra columns with an extract date and a reference number on every row.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [12, 2, 3, 0]) };
  add({
    file: "Tameside MBC FOI T-15-0412.csv",
    code: C.tameside,
    answers: a,
    bytes: () =>
      csv([
        ["Tameside Metropolitan Borough Council"],
        ["Freedom of Information request T-15-0412 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer", "Data extracted", "Ref"],
        ...PLAIN.map(([k, l], i) => [l, raw(a, k), "30/09/2015", `TMBC/CS/0412/${i + 1}`]),
      ]),
  });
}

// Bristol: one sheet per group, plus a comparison sheet for the previous year.
{
  const a: Answers = { ...four("t", [3, 2, 3, 1]), ...four("u", [42, 6, 16, 1]) };
  const rows = (g: "t" | "u"): ExcelJS.CellValue[][] =>
    g === "t"
      ? [
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["Of these, went missing", cell(a, "twm")],
          ["Number of missing episodes", cell(a, "tmi")],
          ["Still missing", cell(a, "tnf")],
        ]
      : [
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["Of these, went missing", cell(a, "uwm")],
          ["Number of missing episodes", cell(a, "umi")],
          ["Still missing", cell(a, "unf")],
        ];
  add({
    file: "Bristol City Council FOI 15-44019.xlsx",
    code: C.bristol,
    answers: a,
    bytes: () =>
      xlsx("Bristol City Council", (wb) => {
        const t = wb.addWorksheet("Trafficked");
        widths(t, [64, 12]);
        put(t, 1, 1, [
          ["Bristol City Council – FOI 15-44019"],
          ["Trafficked children – 1 October 2014 to 30 September 2015"],
          [],
          ...rows("t"),
        ]);
        const u = wb.addWorksheet("UASC");
        widths(u, [64, 12]);
        put(u, 1, 1, [
          ["Bristol City Council – FOI 15-44019"],
          ["Unaccompanied asylum seeking children – 1 October 2014 to 30 September 2015"],
          [],
          ...rows("u"),
        ]);
        const c = wb.addWorksheet("2013-14 comparison");
        widths(c, [64, 12]);
        put(c, 1, 1, [
          ["FOR COMPARISON ONLY – not part of this request"],
          ["Figures for 1 October 2013 to 30 September 2014, as given in FOI 14-38862"],
          [],
          ["Looked after children identified or suspected as trafficked", 2],
          ["Of these, went missing", 1],
          ["Number of missing episodes", 1],
          ["Still missing", 0],
          ["Unaccompanied asylum seeking children looked after", 30],
          ["Of these, went missing", 5],
          ["Number of missing episodes", 9],
          ["Still missing", 0],
        ]);
      }),
  });
}

// Southwark: blank cells mean nil (a footnote says so), "N/K" and "unknown".
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: n(3),
    twm: n(1),
    tmi: n(2),
    tnf: nx("N/K"),
    ula: n(71),
    uwm: n(8),
    umi: nx("unknown"),
    // A blank cell: the footnote says blank cells are nil.
    unf: { raw: "", reading: "exact", value: 0, xl: "" },
  };
  add({
    file: "Southwark Council FOI 519873.xlsx",
    code: C.southwark,
    answers: a,
    planted: [
      {
        problem: "trafficked not found answered 'N/K' and UASC missing episodes 'unknown'",
        codes: ["value_unparsed", "value_not_held", "value_not_answered"],
        authority: C.southwark,
      },
    ],
    bytes: () =>
      xlsx("London Borough of Southwark", (wb) => {
        const ws = wb.addWorksheet("FOI 519873");
        widths(ws, [36, 14, 14, 18, 14]);
        put(ws, 1, 1, [
          ["London Borough of Southwark – FOI 519873"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["", "Looked after", "Went missing", "Missing episodes", "Not found"],
          ["Trafficked – identified", cell(a, "tid")],
          ["Trafficked – suspected", cell(a, "tsu"), 1, 2, "N/K"],
          ["Trafficked – total", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
          [],
          ["Blank cells mean nil (0). N/K = not known."],
        ]);
      }),
  });
}

// Hounslow: identified (1) + suspected (2) is not the total (2); the note says one child is in both.
{
  const a: Answers = { tid: n(1), tsu: n(2), tla: n(2), twm: n(1), tmi: n(1), tnf: n(0), ...four("u", [27, 3, 5, 0]) };
  add({
    file: "Hounslow FOI 15-4720.csv",
    code: C.hounslow,
    answers: a,
    contested: ["tid", "tsu"],
    planted: [
      {
        problem: "identified (1) + suspected (2) does not equal the trafficked total (2); one child counted in both",
        codes: ["check_parts_sum"],
        authority: C.hounslow,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Hounslow - FOI 15-4720"],
        ["Period: 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified as trafficked", raw(a, "tid")],
        ["Looked after children suspected of being trafficked", raw(a, "tsu")],
        ["Total looked after children identified or suspected as trafficked (see note)", raw(a, "tla")],
        ["Of these, how many went missing", raw(a, "twm")],
        ["How many missing episodes", raw(a, "tmi")],
        ["How many not found", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["Of these, how many went missing", raw(a, "uwm")],
        ["How many missing episodes", raw(a, "umi")],
        ["How many not found", raw(a, "unf")],
        [],
        [
          "Note: one child was first suspected and later identified, and appears in both rows; the total counts them once.",
        ],
      ]),
  });
}

// ================================================================================================
// 4. ORDINARY RETURNS
// ================================================================================================

// York: Windows-1252 CSV with en dashes.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [8, 1, 1, 0]) };
  add({
    file: "City of York Council FOI 15-7781.csv",
    code: C.york,
    answers: a,
    bytes: () =>
      csv(
        [
          ["City of York Council – Freedom of Information request 15-7781"],
          ["Period: 1 October 2014 – 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsCsv(a, PLAIN),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// Derby: a plain question/answer workbook.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [24, 3, 6, 0]), nf: n(0) };
  add({
    file: "Derby City Council FOI 15-2290.xlsx",
    code: C.derby,
    answers: a,
    bytes: () =>
      xlsx("Derby City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Derby City Council – People Services"],
          ["FOI 15-2290 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
          ["Total children (trafficked and unaccompanied) not yet located", cell(a, "nf")],
        ]);
      }),
  });
}

// South Gloucestershire: a short letter with "Question N: ... Answer: N" lines.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [13, 2, 2, 1]) };
  add({
    file: "South Gloucestershire Council FOI 9912 letter.txt",
    code: C.southGlos,
    answers: a,
    bytes: () =>
      letter([
        "South Gloucestershire Council",
        "Freedom of Information request 9912",
        "",
        "Dear Requester,",
        "",
        "The information below covers 1 October 2014 to 30 September 2015.",
        "",
        ...PLAIN.map(([k, l], i) => `Question ${i + 1}: ${l}. Answer: ${raw(a, k)}`),
        "",
        ...APPEAL,
        "",
        "Yours faithfully",
        "Information Rights Team",
      ]),
  });
}

// Worcestershire: a grid with groups as rows and measures as columns.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [35, 4, 9, 1]) };
  add({
    file: "Worcestershire County Council FOI 15-1366.xlsx",
    code: C.worcestershire,
    answers: a,
    bytes: () =>
      xlsx("Worcestershire County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-1366");
        widths(ws, [46, 14, 14, 16, 14]);
        put(ws, 1, 1, [
          ["Worcestershire County Council – FOI 15-1366"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Group", "Looked after", "Went missing", "Missing episodes", "Not found"],
          ["Trafficked (identified or suspected)", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// Anglesey: a bilingual Welsh/English CSV.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [2, 0, 0, 0]) };
  const labels: Labels = [
    [
      "tla",
      "Plant sy'n derbyn gofal a nodwyd neu yr amheuir eu bod wedi'u masnachu / Looked after children identified or suspected as trafficked",
    ],
    ["twm", "Faint o'r rhain aeth ar goll / How many of these went missing"],
    ["tmi", "Nifer y digwyddiadau mynd ar goll / Number of missing episodes"],
    ["tnf", "Faint sydd heb eu canfod / How many have not been found"],
    [
      "ula",
      "Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Unaccompanied asylum seeking children looked after",
    ],
    ["uwm", "Faint o'r rhain aeth ar goll / How many of these went missing"],
    ["umi", "Nifer y digwyddiadau mynd ar goll / Number of missing episodes"],
    ["unf", "Faint sydd heb eu canfod / How many have not been found"],
  ];
  add({
    file: "Cyngor Sir Ynys Mon - Isle of Anglesey CC FOI 15-233.csv",
    code: C.anglesey,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Cyngor Sir Ynys Môn / Isle of Anglesey County Council"],
          ["Cais Rhyddid Gwybodaeth / Freedom of Information request 15-233"],
          ["1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          ...qaRowsCsv(a, labels),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Dundee: a Scottish FOISA workbook ("looked after away from home").
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [6, 1, 2, 0]) };
  add({
    file: "Dundee City Council FOISA 15-0581.xlsx",
    code: C.dundee,
    answers: a,
    bytes: () =>
      xlsx("Dundee City Council", (wb) => {
        const ws = wb.addWorksheet("FOISA 15-0581");
        widths(ws, [84, 12]);
        put(ws, 1, 1, [
          ["Dundee City Council – Freedom of Information (Scotland) Act 2002"],
          ["Request 15-0581 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ["Looked after children (at home or away from home) identified or suspected as trafficked", cell(a, "tla")],
          ["Of these, how many went missing", cell(a, "twm")],
          ["Total number of missing episodes for these children", cell(a, "tmi")],
          ["How many of these children remain missing", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["Of these, how many went missing", cell(a, "uwm")],
          ["Total number of missing episodes for these children", cell(a, "umi")],
          ["How many of these children remain missing", cell(a, "unf")],
        ]);
      }),
  });
}

// ================================================================================================
// 5. PLANTED PROBLEMS
// ================================================================================================

// Newport: figures for the 2014-15 financial year.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [9, 1, 2, 0]) };
  add({
    file: "Cyngor Dinas Casnewydd - Newport City Council FOI NCC-15-512.csv",
    code: C.newport,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for the financial year 1 April 2014 to 31 March 2015",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.newport,
      },
    ],
    bytes: () =>
      csv([
        ["Cyngor Dinas Casnewydd / Newport City Council"],
        ["FOI NCC-15-512"],
        ["Please note: our figures are for the financial year 2014-15 (1 April 2014 to 31 March 2015)."],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// Stoke-on-Trent: more UASC went missing than were looked after.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [5, 6, 9, 1]) };
  add({
    file: "Stoke-on-Trent City Council FOI 15-7723.xlsx",
    code: C.stoke,
    answers: a,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "more UASC went missing (6) than were looked after (5)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.stoke,
      },
    ],
    bytes: () =>
      xlsx("Stoke-on-Trent City Council", (wb) => {
        const ws = wb.addWorksheet("FOI");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Stoke-on-Trent City Council"],
          ["FOI 15-7723 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
        ]);
      }),
  });
}

// Peterborough: more trafficked children not found than went missing.
{
  const a: Answers = { tla: n(4), twm: n(1), tmi: n(2), tnf: n(2), ...four("u", [40, 5, 11, 0]) };
  add({
    file: "Peterborough City Council FOI 15-0614.csv",
    code: C.peterborough,
    answers: a,
    contested: ["twm", "tnf"],
    planted: [
      {
        problem: "trafficked children not found (2) exceed those who went missing (1)",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.peterborough,
      },
    ],
    bytes: () =>
      csv([
        ["Peterborough City Council"],
        ["FOI 15-0614 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// Wiltshire: fewer UASC missing episodes than UASC who went missing.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ula: n(21), uwm: n(4), umi: n(2), unf: n(0) };
  add({
    file: "Wiltshire Council FOI 15-3108.txt",
    code: C.wiltshire,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "fewer UASC missing episodes (2) than UASC who went missing (4)",
        codes: ["check_incidents_below_children"],
        authority: C.wiltshire,
      },
    ],
    bytes: () =>
      letter([
        "Wiltshire Council",
        "Freedom of Information – 15-3108",
        "",
        "Our answers for 1 October 2014 to 30 September 2015 are:",
        "",
        ...PLAIN.map(([k, l], i) => `${i + 1}. ${l} – ${raw(a, k)}`),
        "",
        "Wiltshire Council Information Governance",
      ]),
  });
}

// Kent: trafficked children went missing (2) with 0 missing episodes.
{
  const a: Answers = { tla: n(9), twm: n(2), tmi: n(0), tnf: n(0), ...four("u", [745, 61, 172, 14]) };
  add({
    file: "Kent County Council FOI 15-11840.xlsx",
    code: C.kent,
    answers: a,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "2 trafficked children went missing but 0 missing episodes are given",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.kent,
      },
    ],
    bytes: () =>
      xlsx("Kent County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Kent County Council – Specialist Children's Services"],
          ["FOI 15-11840 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
        ]);
      }),
  });
}

// Essex: identified + suspected does not equal the total, with no explanation.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(3),
    tla: n(4),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...four("u", [102, 9, 19, 2]),
  };
  add({
    file: "Essex County Council FOI 15-9127.csv",
    code: C.essex,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (2) + suspected (3) does not equal the trafficked total (4)",
        codes: ["check_parts_sum"],
        authority: C.essex,
      },
    ],
    bytes: () =>
      csv([
        ["Essex County Council"],
        ["FOI 15-9127 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified as trafficked", raw(a, "tid")],
        ["Looked after children suspected of being trafficked", raw(a, "tsu")],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// Northamptonshire: the not-found total is not trafficked + UASC not found.
{
  const a: Answers = { ...four("t", [3, 2, 3, 1]), ...four("u", [38, 5, 8, 2]), nf: n(4) };
  add({
    file: "Northamptonshire County Council FOI 15-2042.xlsx",
    code: C.northants,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not found (4) is not trafficked (1) + UASC (2) not found",
        codes: ["check_not_found_total"],
        authority: C.northants,
      },
    ],
    bytes: () =>
      xlsx("Northamptonshire County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-2042");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Northamptonshire County Council"],
          ["FOI 15-2042 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
          ["Total number of children from both groups not yet located", cell(a, "nf")],
        ]);
      }),
  });
}

// Leicester: the UASC nationality table sums to 6 but 7 went missing.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [54, 7, 13, 1]) };
  add({
    file: "Leicester City Council FOI 15-5519.csv",
    code: C.leicester,
    answers: a,
    planted: [
      {
        problem: "UASC nationality table sums to 6 but 7 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.leicester,
      },
    ],
    bytes: () =>
      csv([
        ["Leicester City Council"],
        ["FOI 15-5519 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
        [],
        ["Nationality of unaccompanied asylum seeking children who went missing"],
        ["Nationality", "Number"],
        ["Afghan", "3"],
        ["Eritrean", "2"],
        ["Iraqi", "1"],
      ]),
  });
}

// Devon: an approximate answer.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ula: nx("approximately 20"), uwm: n(2), umi: n(3), unf: n(0) };
  add({
    file: "Devon County Council FOI DCC-15-4478.csv",
    code: C.devon,
    answers: a,
    planted: [
      { problem: "UASC looked after answered 'approximately 20'", codes: ["value_unparsed"], authority: C.devon },
    ],
    bytes: () =>
      csv([
        ["Devon County Council"],
        ["FOI DCC-15-4478 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// Telford: "2 or 3".
{
  const a: Answers = {
    ...four("t", [1, 0, 0, 0]),
    ula: n(12),
    uwm: nx("2 or 3 (records unclear)"),
    umi: n(4),
    unf: n(0),
  };
  add({
    file: "Telford & Wrekin Council FOI 15-0833.csv",
    code: C.telford,
    answers: a,
    planted: [
      {
        problem: "UASC who went missing answered '2 or 3 (records unclear)'",
        codes: ["value_unparsed"],
        authority: C.telford,
      },
    ],
    bytes: () =>
      csv([
        ["Telford & Wrekin Council"],
        ["FOI 15-0833 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// Lancashire: a whole-letter refusal under section 12.
add({
  file: "Lancashire County Council FOI 15-3390 refusal.txt",
  code: C.lancashire,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole-letter refusal under section 12 (cost limit)",
      codes: ["document_refused"],
      authority: C.lancashire,
    },
  ],
  bytes: () =>
    letter([
      "Lancashire County Council",
      "Information Governance – FOI 15-3390",
      "",
      "Dear Requester,",
      "",
      "I am writing about your request for the number of trafficked and unaccompanied asylum seeking children",
      "in our care between 1 October 2014 and 30 September 2015, and about their missing episodes.",
      "",
      "To answer, officers would have to read the case records of every child who went missing in the period,",
      "because a child's trafficking status is not held in a reportable field. We estimate this would take more",
      "than 40 hours. Section 12 of the Freedom of Information Act 2000 allows us to refuse a request where the",
      "cost of compliance would exceed the appropriate limit of £450 (18 hours), and we are therefore refusing",
      "your request in full.",
      "",
      "You may wish to narrow your request, for example to unaccompanied asylum seeking children only.",
      "",
      ...APPEAL,
      "",
      "Yours sincerely,",
      "Information Governance Officer",
    ]),
});

// Derry City and Strabane: an NI council that does not hold the information.
add({
  file: "Derry City and Strabane DC FOI 2015-221 reply.txt",
  code: C.derry,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: looked after children are the Western HSC Trust's responsibility (not held)",
      codes: ["document_not_held", "value_not_held"],
      authority: C.derry,
    },
  ],
  bytes: () =>
    letter([
      "Derry City and Strabane District Council",
      "Freedom of Information request 2015-221",
      "",
      "Dear Requester,",
      "",
      "Derry City and Strabane District Council does not hold the information you requested. In Northern",
      "Ireland, children's social services are provided by the Health and Social Care Trusts, not by district",
      "councils. For this area you may wish to contact the Western Health and Social Care Trust.",
      "",
      "Yours sincerely,",
      "Freedom of Information Officer",
    ]),
});

// Aberdeen City: FOISA, small numbers shown as "<5".
{
  const w = "<5";
  const a: Answers = {
    tla: sup(w),
    twm: sup(w),
    tmi: sup(w),
    tnf: n(0),
    ula: n(11),
    uwm: sup(w),
    umi: n(6),
    unf: n(0),
  };
  add({
    file: "Aberdeen City Council FOISA 15-2874.xlsx",
    code: C.aberdeen,
    answers: a,
    planted: [
      {
        problem: "figures under 5 shown as '<5' (section 38(1)(b) FOISA)",
        codes: ["value_suppressed"],
        authority: C.aberdeen,
      },
    ],
    bytes: () =>
      xlsx("Aberdeen City Council", (wb) => {
        const ws = wb.addWorksheet("FOISA 15-2874");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Aberdeen City Council – Freedom of Information (Scotland) Act 2002 – request 15-2874"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
          [],
          ["Numbers under 5 are shown as <5 to avoid identifying individuals (section 38(1)(b) FOISA)."],
        ]);
      }),
  });
}

// Dudley: "5 or fewer".
{
  const w = "5 or fewer";
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ula: n(26), uwm: sup(w), umi: n(8), unf: sup(w) };
  add({
    file: "Dudley MBC FOI 15-6690.csv",
    code: C.dudley,
    answers: a,
    planted: [
      {
        problem: "UASC went missing and not found given as '5 or fewer'",
        codes: ["value_suppressed", "value_refused"],
        authority: C.dudley,
      },
    ],
    bytes: () =>
      csv([
        ["Dudley Metropolitan Borough Council"],
        ["FOI 15-6690 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// Buckinghamshire: not-found answers withheld under section 40(2).
{
  const w = "Withheld – s.40(2) personal information";
  const a: Answers = { tla: n(4), twm: n(2), tmi: n(5), tnf: ref(w), ula: n(29), uwm: n(3), umi: n(4), unf: ref(w) };
  add({
    file: "Buckinghamshire County Council FOI 15-1012.csv",
    code: C.bucks,
    answers: a,
    planted: [
      {
        problem: "not-found answers withheld under section 40(2)",
        codes: ["value_refused", "value_suppressed"],
        authority: C.bucks,
      },
    ],
    bytes: () =>
      csv(
        [
          ["Buckinghamshire County Council"],
          ["FOI 15-1012 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsCsv(a, PLAIN),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// North Yorkshire: missing episodes not recorded.
{
  const w = "Not recorded for this group";
  const a: Answers = { tla: n(2), twm: n(1), tmi: nh(w), tnf: n(0), ula: n(17), uwm: n(2), umi: nh(w), unf: n(0) };
  add({
    file: "North Yorkshire County Council FOI 15-5008.xlsx",
    code: C.northYorks,
    answers: a,
    planted: [
      { problem: "missing episodes 'Not recorded for this group'", codes: ["value_not_held"], authority: C.northYorks },
    ],
    bytes: () =>
      xlsx("North Yorkshire County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [80, 30]);
        put(ws, 1, 1, [
          ["North Yorkshire County Council"],
          ["FOI 15-5008 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
        ]);
      }),
  });
}

// A CSV that names no authority.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [7, 1, 1, 0]) };
  add({
    file: "FOI 15-0098 - response to your request.csv",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "CSV names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      csv([
        ["Children's Services - response to FOI 15-0098"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...qaRowsCsv(a, PLAIN),
      ]),
  });
}

// A file named Hartlepool whose content is Darlington's.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [6, 1, 3, 0]) };
  add({
    file: "Hartlepool FOI 15-0450.xlsx",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.hartlepool, C.darlington],
    planted: [
      {
        problem: "file name says Hartlepool, content is Darlington Borough Council's",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: () =>
      xlsx("Darlington Borough Council", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Darlington Borough Council – Children's Services"],
          ["FOI 15-0450 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
        ]);
      }),
  });
}

// Staffordshire: a scanned PDF.
add({
  file: "Staffordshire County Council FOI 15-4561 signed response.pdf",
  code: C.staffordshire,
  answers: {},
  planted: [
    {
      problem: "response sent as a scanned PDF with no text layer",
      codes: ["file_scanned", "file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.staffordshire,
    },
  ],
  bytes: () => scannedPdf(),
});

// Somerset: a Word document.
add({
  file: "Somerset County Council FOI 15-9934 response.docx",
  code: C.somerset,
  answers: {},
  // Read since Word letters are read (issue 7): no longer a problem to flag.
  planted: [],
  bytes: () =>
    storedZip([
      [
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ],
      [
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ],
      [
        "word/document.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${[
          "Somerset County Council",
          "FOI 15-9934 – 1 October 2014 to 30 September 2015",
          "Looked after children identified or suspected as trafficked: 1",
          "Unaccompanied asylum seeking children looked after: 10",
          "Of these, the number who went missing: 2",
        ]
          .map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)
          .join("")}</w:body></w:document>`,
      ],
    ]),
});

// Blackpool: an empty file.
add({
  file: "Blackpool Council FOI 15-211.csv",
  code: C.blackpool,
  answers: {},
  planted: [{ problem: "the file is empty (0 bytes)", codes: ["file_empty"], authority: C.blackpool }],
  bytes: () => new Uint8Array(0),
});

// Cambridgeshire: the covering letter and the spreadsheet disagree on UASC who went missing.
{
  const sheet: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [48, 12, 25, 3]) };
  const cover: Answers = { ula: n(48), uwm: n(11) };
  add({
    file: "Cambridgeshire CC FOI 15-2768 covering email.txt",
    code: C.cambridgeshire,
    answers: cover,
    planted: [
      {
        problem: "covering email says 11 UASC went missing; the spreadsheet says 12",
        codes: ["duplicate_conflict", "value_conflict"],
        authority: C.cambridgeshire,
      },
    ],
    bytes: () =>
      letter([
        "From: Information Management, Cambridgeshire County Council",
        "Subject: FOI 15-2768 – children in care",
        "",
        "Dear Requester,",
        "",
        "Please find our response attached, covering 1 October 2014 to 30 September 2015. To summarise,",
        "we looked after 48 unaccompanied asylum seeking children, of whom 11 went missing at least once.",
        "",
        "Kind regards,",
        "Information Management Team, Cambridgeshire County Council",
      ]),
  });
  add({
    file: "Cambridgeshire CC FOI 15-2768 response.xlsx",
    code: C.cambridgeshire,
    answers: sheet,
    bytes: () =>
      xlsx("Cambridgeshire County Council", (wb) => {
        const ws = wb.addWorksheet("15-2768");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Cambridgeshire County Council – FOI 15-2768"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(sheet, PLAIN),
        ]);
      }),
  });
}

// Sunderland: "went missing and how many times?" answered with one number.
{
  const a: Answers = {
    tla: n(1),
    twm: as("0", 0),
    tmi: as("0", 0),
    tnf: n(0),
    ula: n(15),
    uwm: { raw: "5", reading: "exact", value: 5 },
    umi: { raw: "5", reading: "exact", value: 5 },
    unf: n(1),
  };
  add({
    file: "Sunderland City Council FOI 15-2503.csv",
    code: C.sunderland,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "'How many went missing and how many times?' answered with one number (5) for UASC",
        codes: ["label_ambiguous", "value_unparsed", "label_unmatched", "layout_unknown"],
        authority: C.sunderland,
      },
    ],
    bytes: () =>
      csv([
        ["Sunderland City Council"],
        ["FOI 15-2503 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["How many of these went missing and how many times?", raw(a, "twm")],
        ["How many of them have not been found?", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["How many of these went missing and how many times?", raw(a, "uwm")],
        ["How many of them have not been found?", raw(a, "unf")],
      ]),
  });
}

// Redcar and Cleveland: the previous year's period by mistake.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [4, 0, 0, 0]) };
  add({
    file: "Redcar and Cleveland BC FOI 15-0377.xlsx",
    code: C.redcar,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for 1 October 2013 to 30 September 2014, a year earlier than requested",
        codes: ["period_mismatch"],
        authority: C.redcar,
      },
    ],
    bytes: () =>
      xlsx("Redcar and Cleveland Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0377");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Redcar and Cleveland Borough Council"],
          ["FOI 15-0377 – figures for 1 October 2013 to 30 September 2014"],
          [],
          ["Question", "Answer"],
          ...qaRowsXl(a, PLAIN),
        ]);
      }),
  });
}

// Halton: refers to an earlier FOI answer instead of giving figures.
add({
  file: "Halton Borough Council FOI 15-0988.txt",
  code: C.halton,
  answers: {},
  planted: [
    {
      problem: "no figures: the letter refers to the answer to an earlier request (FOI 14-1122)",
      codes: ["file_no_figures", "value_not_answered", "no_return"],
      authority: C.halton,
    },
  ],
  bytes: () =>
    letter([
      "Halton Borough Council",
      "FOI 15-0988",
      "",
      "Dear Requester,",
      "",
      "Thank you for your request dated 20 October 2015. We answered a request for the same information from",
      "another requester recently (our reference FOI 14-1122) and have published that response on our",
      "disclosure log. Please refer to it; the figures have not changed.",
      "",
      "Regards,",
      "Halton Borough Council FOI Team",
    ]),
});

// Newcastle: an episode list with a row whose start date is "TBC".
{
  const a: Answers = {
    tla: n(2),
    twm: as("(counted from the episode list) 1", 1),
    tmi: as("(counted from the episode list) 1", 1),
    tnf: as("(counted from the episode list) 0", 0),
    ula: n(33),
    uwm: nx("4 children, one row with start date TBC"),
    umi: nx("5 rows, one with start date TBC"),
    unf: as("(counted from the episode list) 1", 1),
  };
  add({
    file: "Newcastle City Council FOI 15-8112 missing episodes.csv",
    code: C.newcastle,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "episode row with start date 'TBC'",
        codes: ["episode_row_unreadable"],
        authority: C.newcastle,
      },
    ],
    bytes: () =>
      csv([
        ["Newcastle City Council - FOI 15-8112"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["Trafficked children looked after (identified or suspected)", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        [],
        ["Missing episodes (one row per episode; no return date = not yet found)"],
        ["Child ref", "Group", "Date missing", "Date returned"],
        ["NC-T01", "Trafficked", "14/12/2014", "15/12/2014"],
        ["NC-U01", "UASC", "02/11/2014", "03/11/2014"],
        ["NC-U01", "UASC", "10/02/2015", "11/02/2015"],
        ["NC-U02", "UASC", "05/03/2015", ""],
        ["NC-U03", "UASC", "TBC", "20/06/2015"],
        ["NC-U04", "UASC", "14/07/2015", "15/07/2015"],
      ]),
  });
}

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout8/. */
export function buildHoldout8(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout8", specs);
}

/** Write the corpus to `dir` (fixtures/holdout8), replacing what is there. */
export async function generateHoldout8(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout8());
}
