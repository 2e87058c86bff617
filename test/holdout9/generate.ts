/**
 * The ninth blind holdout corpus for issue 2 (fixtures/holdout9): a realistic
 * cross-section of a 217-council round, written by someone who has not read
 * the ingest's matching or parsing code. Most returns are ordinary: question
 * and answer workbooks and CSV exports with small variations, a few grids, a
 * few prose letters, refusals and "not held" letters, Northern Ireland
 * redirects, suppression, resubmissions and odd files. About a third carry
 * difficulties real FOI replies show:
 *
 *   - answers in a cell merged across several columns; figures with trailing
 *     spaces and non-breaking spaces; "Nil return", "zero (0)", "Dim",
 *     number words ("Two", "3 (three)");
 *   - sub-questions 1a/1b/1c; a Welsh-only workbook; bilingual CSV/workbooks;
 *   - a Scottish return splitting UASC "looked after at home" / "away from
 *     home" with a total; "Not applicable – no UASC";
 *   - grids with a Total column across both groups; one file from a shared
 *     (tri-borough) service holding three authorities' figures;
 *   - a nationality table with nationalities as rows and groups as columns;
 *   - two tables on one sheet with the same row labels (group only in the
 *     table title); a hidden sheet with last year's figures; a comments
 *     column full of other numbers; an episode list;
 *   - numbers in the file name ("attachment 2 of 2"); a resubmission that
 *     agrees and one that corrects a figure;
 *   - answers given only as percentages, "around a dozen", an average
 *     instead of a count, "To follow", a blank answer, a formula that points
 *     at another workbook and has no saved result;
 *   - .xls, a truncated .xlsx, an empty workbook, a file naming no
 *     authority, a file named for one borough holding another's return.
 *
 *   fixtures/holdout9/returns/      the returns
 *   fixtures/holdout9/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout9/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                   "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout9/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model, byte helpers and corpus writer are shared with holdout4
 * (test/holdout4/model.ts, bytes.ts, corpus.ts). Deterministic. Rewrite with
 *
 *   WRITE_HOLDOUT9=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout9
 */
import type ExcelJS from "exceljs";
import { legacyXls } from "../holdout4/bytes.js";
import { buildCorpus, writeCorpus } from "../holdout4/corpus.js";
import {
  type Answer,
  type Answers,
  as,
  cell,
  countEpisodes,
  csv,
  type Episode,
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
  sup,
  xlsx,
} from "../holdout4/model.js";

const C = {
  stockton: "E06000004",
  warrington: "E06000007",
  rutland: "E06000017",
  nottingham: "E06000018",
  plymouth: "E06000026",
  torbay: "E06000027",
  swindon: "E06000030",
  luton: "E06000032",
  thurrock: "E06000034",
  medway: "E06000035",
  bracknell: "E06000036",
  reading: "E06000038",
  slough: "E06000039",
  windsor: "E06000040",
  wokingham: "E06000041",
  miltonKeynes: "E06000042",
  portsmouth: "E06000044",
  southampton: "E06000045",
  scilly: "E06000053",
  bedford: "E06000055",
  bolton: "E08000001",
  bury: "E08000002",
  rochdale: "E08000005",
  salford: "E08000006",
  stockport: "E08000007",
  wigan: "E08000010",
  knowsley: "E08000011",
  stHelens: "E08000013",
  sefton: "E08000014",
  barnsley: "E08000016",
  doncaster: "E08000017",
  coventry: "E08000026",
  sandwell: "E08000028",
  solihull: "E08000029",
  walsall: "E08000030",
  calderdale: "E08000033",
  gateshead: "E08000037",
  bexley: "E09000004",
  bromley: "E09000006",
  hammersmith: "E09000013",
  kensington: "E09000020",
  richmond: "E09000027",
  sutton: "E09000029",
  walthamForest: "E09000031",
  westminster: "E09000033",
  cumbria: "E10000006",
  herts: "E10000015",
  lincolnshire: "E10000019",
  oxfordshire: "E10000025",
  gwynedd: "W06000002",
  conwy: "W06000003",
  cardiff: "W06000015",
  torfaen: "W06000020",
  dumfries: "S12000006",
  eastRenfrewshire: "S12000011",
  fife: "S12000015",
  highland: "S12000017",
  belfast: "N09000003",
  midUlster: "N09000009",
} as const;

type Labels = readonly (readonly [Key, string])[];

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);
/** Specs whose figures sit in another spec's file (a shared-service return): truth only, no file. */
const VIRTUAL = "__virtual__/";

function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}

// Question wordings of this round (each council words them its own way).
const ASKED: Labels = [
  [
    "tla",
    "How many children looked after by the council in the period were identified or suspected to be victims of trafficking?",
  ],
  ["twm", "How many of the children in Q1 went missing from care at least once?"],
  ["tmi", "How many separate missing episodes were recorded for the children in Q2?"],
  ["tnf", "How many of the children in Q2 have not been located?"],
  ["ula", "How many unaccompanied asylum-seeking children were looked after by the council in the period?"],
  ["uwm", "How many of the children in Q5 went missing from care at least once?"],
  ["umi", "How many separate missing episodes were recorded for the children in Q6?"],
  ["unf", "How many of the children in Q6 have not been located?"],
];
const SHORT: Labels = [
  ["tla", "Trafficked children (identified or suspected) in care"],
  ["twm", "Trafficked children in care who went missing"],
  ["tmi", "Missing episodes - trafficked children"],
  ["tnf", "Trafficked children still missing"],
  ["ula", "Unaccompanied asylum seeking children (UASC) in care"],
  ["uwm", "UASC in care who went missing"],
  ["umi", "Missing episodes - UASC"],
  ["unf", "UASC still missing"],
];
const NUMBER_OF: Labels = [
  ["tla", "Number of looked after children who were victims, or suspected victims, of trafficking"],
  ["twm", "Number of these children who were reported missing"],
  ["tmi", "Total number of times these children were reported missing"],
  ["tnf", "Number of these children whose whereabouts remain unknown"],
  ["ula", "Number of looked after unaccompanied asylum seeking children"],
  ["uwm", "Number of these unaccompanied children who were reported missing"],
  ["umi", "Total number of times these unaccompanied children were reported missing"],
  ["unf", "Number of these unaccompanied children whose whereabouts remain unknown"],
];

const PERIOD = "1 October 2014 to 30 September 2015";
const BETWEEN = "1 October 2014 and 30 September 2015";

const qaXl = (a: Answers, labels: Labels, numbered = false): ExcelJS.CellValue[][] =>
  labels.map(([k, l], i) => (numbered ? [i + 1, l, cell(a, k)] : [l, cell(a, k)]));
const qaCsv = (a: Answers, labels: Labels, numbered = false): string[][] =>
  labels.map(([k, l], i) => (numbered ? [String(i + 1), l, raw(a, k)] : [l, raw(a, k)]));

/** A plain one-sheet question/answer workbook. */
function qaBook(
  org: string,
  sheet: string,
  head: readonly ExcelJS.CellValue[][],
  a: Answers,
  labels: Labels,
  numbered = false,
): Promise<Uint8Array> {
  return xlsx(org, (wb) => {
    const ws = wb.addWorksheet(sheet);
    widths(ws, numbered ? [6, 90, 14] : [90, 14]);
    put(ws, 1, 1, [
      ...head,
      [],
      numbered ? ["No.", "Question", "Answer"] : ["Question", "Answer"],
      ...qaXl(a, labels, numbered),
    ]);
  });
}

const REVIEW = [
  "If you are dissatisfied with the handling of your request you may ask for an internal review within",
  "40 working days of the date of this letter. If you remain dissatisfied after the review you may",
  "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
];

// ================================================================================================
// 1. ORDINARY RETURNS WITH SMALL VARIATIONS
// ================================================================================================

// Bolton: a numbered question/answer workbook.
{
  const a: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [26, 4, 9, 1]) };
  add({
    file: "Bolton Council - FOI 10293 - Trafficked and UASC.xlsx",
    code: C.bolton,
    answers: a,
    bytes: () =>
      qaBook(
        "Bolton Council",
        "FOI 10293",
        [["Bolton Council - Children's Services"], ["Freedom of Information request 10293"], [`Period: ${PERIOD}`]],
        a,
        ASKED,
        true,
      ),
  });
}

// Bury: semicolon-delimited CSV with a BOM (a continental Excel setting).
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [14, 2, 2, 0]) };
  add({
    file: "Bury MBC FOI BU-2015-0871.csv",
    code: C.bury,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Bury Metropolitan Borough Council"],
          [`FOI BU-2015-0871; ${PERIOD}`],
          [],
          ["Item", "Figure"],
          ...qaCsv(a, SHORT),
        ],
        { delimiter: ";", encoding: "utf8bom" },
      ),
  });
}

// Salford: a letter with "Question N ... Answer: N" lines.
{
  const a: Answers = { ...four("t", [6, 2, 4, 1]), ...four("u", [47, 8, 19, 2]) };
  add({
    file: "Salford City Council FOI 4412 response letter.txt",
    code: C.salford,
    answers: a,
    bytes: () =>
      letter([
        "Salford City Council",
        "Information Governance, Civic Centre, Chorley Road, Swinton M27 5AW",
        "",
        "Our ref: FOI 4412",
        "Date: 16 November 2015",
        "",
        "Dear Sir/Madam",
        "",
        `Thank you for your request, which asked about children in our care between ${BETWEEN}.`,
        "Our answers are set out below.",
        "",
        ...ASKED.flatMap(([k, l], i) => [`Question ${i + 1} - ${l}`, `Answer: ${raw(a, k)}`, ""]),
        ...REVIEW,
        "",
        "Yours faithfully",
        "Information Governance Team",
      ]),
  });
}

// Stockport: a grid with measures as rows and the two groups as columns.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [21, 3, 5, 0]) };
  add({
    file: "Stockport MBC FOI SMBC-5530.xlsx",
    code: C.stockport,
    answers: a,
    bytes: () =>
      xlsx("Stockport Metropolitan Borough Council", (wb) => {
        const ws = wb.addWorksheet("Data");
        widths(ws, [48, 24, 24]);
        put(ws, 1, 1, [
          ["Stockport Metropolitan Borough Council"],
          [`FOI SMBC-5530 - ${PERIOD}`],
          [],
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking"],
          ["Children looked after", cell(a, "tla"), cell(a, "ula")],
          ["Children who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Children not yet found", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Gateshead: a plain CSV.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [11, 1, 1, 0]) };
  add({
    file: "Gateshead Council FOI GC15-1187.csv",
    code: C.gateshead,
    answers: a,
    bytes: () =>
      csv([["Gateshead Council - FOI GC15-1187"], [PERIOD], [], ["Description", "Number"], ...qaCsv(a, NUMBER_OF)]),
  });
}

// Calderdale: a short prose letter.
{
  const a: Answers = {
    tla: as("1 child", 1),
    twm: as("went missing", 1),
    tmi: as("on 2 occasions", 2),
    tnf: as("has since been found", 0),
    ula: as("9 unaccompanied asylum seeking children", 9),
    uwm: as("1 of them went missing", 1),
    umi: as("3 episodes", 3),
    unf: as("returned", 0),
  };
  add({
    file: "Calderdale MBC - your FOI request 151104.txt",
    code: C.calderdale,
    answers: a,
    bytes: () =>
      letter([
        "Calderdale Metropolitan Borough Council",
        "Freedom of Information - reference 151104",
        "",
        "Dear Requester",
        "",
        `Between ${BETWEEN} the Council looked after 1 child who was identified or suspected as a victim of`,
        "trafficking. That child went missing on 2 occasions and has since been found, so no trafficked child",
        "remains missing.",
        "",
        "In the same period we looked after 9 unaccompanied asylum seeking children. 1 of them went missing,",
        "with 3 episodes in total, and returned each time; none is still missing.",
        "",
        ...REVIEW,
        "",
        "Kind regards",
        "Corporate Information Team",
      ]),
  });
}

// Conwy: a bilingual CSV.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [2, 0, 0, 0]) };
  const labels: Labels = [
    [
      "tla",
      "Plant sy'n derbyn gofal a fasnachwyd (wedi'u nodi neu dan amheuaeth) / Looked after children trafficked (identified or suspected)",
    ],
    ["twm", "Nifer a aeth ar goll / Number who went missing"],
    ["tmi", "Nifer y cyfnodau ar goll / Number of missing episodes"],
    ["tnf", "Nifer sydd heb eu canfod / Number not found"],
    [
      "ula",
      "Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Looked after unaccompanied asylum seeking children",
    ],
    ["uwm", "Nifer a aeth ar goll / Number who went missing"],
    ["umi", "Nifer y cyfnodau ar goll / Number of missing episodes"],
    ["unf", "Nifer sydd heb eu canfod / Number not found"],
  ];
  add({
    file: "Conwy CBC FOI-2015-3310.csv",
    code: C.conwy,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council"],
          ["1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          ...qaCsv(a, labels),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Windsor and Maidenhead: a plain workbook.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [16, 2, 3, 0]) };
  add({
    file: "RBWM FOI 2015-1422 response.xlsx",
    code: C.windsor,
    answers: a,
    bytes: () =>
      qaBook(
        "Royal Borough of Windsor and Maidenhead",
        "Response",
        [["Royal Borough of Windsor and Maidenhead"], [`FOI 2015-1422, ${PERIOD}`]],
        a,
        NUMBER_OF,
      ),
  });
}

// Bracknell Forest: a tab-delimited export.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [6, 1, 1, 0]) };
  add({
    file: "Bracknell Forest Council FOI 8812.csv",
    code: C.bracknell,
    answers: a,
    bytes: () =>
      csv([["Bracknell Forest Council"], [`FOI 8812 ${PERIOD}`], [], ["Question", "Response"], ...qaCsv(a, SHORT)], {
        delimiter: "\t",
      }),
  });
}

// Dumfries and Galloway: Windows-1252 CSV.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [4, 1, 2, 0]) };
  add({
    file: "Dumfries and Galloway Council FOISA 15-2203.csv",
    code: C.dumfries,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Dumfries and Galloway Council – Freedom of Information (Scotland) Act 2002"],
          ["Request FOISA 15-2203 – 1 October 2014 – 30 September 2015"],
          [],
          ["Question", "Response"],
          ...qaCsv(a, ASKED),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// Hertfordshire: a workbook plus a covering email that repeats two figures (they agree).
{
  const a: Answers = { ...four("t", [5, 2, 4, 0]), ...four("u", [67, 10, 28, 3]) };
  const cover: Answers = { ula: n(67), uwm: n(10) };
  add({
    file: "Hertfordshire CC FOI 5560 data.xlsx",
    code: C.herts,
    answers: a,
    bytes: () =>
      qaBook(
        "Hertfordshire County Council",
        "FOI 5560",
        [["Hertfordshire County Council - Children's Services"], [`FOI 5560 - ${PERIOD}`]],
        a,
        ASKED,
        true,
      ),
  });
  add({
    file: "Hertfordshire CC FOI 5560 email.txt",
    code: C.herts,
    answers: cover,
    bytes: () =>
      letter([
        "From: FOI Team, Hertfordshire County Council",
        "Sent: 18 November 2015 14:02",
        "Subject: RE: FOI 5560 - trafficked and unaccompanied children",
        "",
        "Dear Requester",
        "",
        `Please find attached our response for ${PERIOD}. In summary, the County Council looked after`,
        "67 unaccompanied asylum seeking children in the period, of whom 10 went missing at least once.",
        "The attachment gives the remaining figures.",
        "",
        "Regards",
        "FOI Team",
      ]),
  });
}

// ================================================================================================
// 2. REALISTIC DIFFICULTIES (NO PLANTED PROBLEM: A CAREFUL HUMAN READS THEM UNAMBIGUOUSLY)
// ================================================================================================

// Wigan: figures with trailing spaces and non-breaking spaces, as pasted from a report.
{
  const NB = "\u00a0";
  const a: Answers = {
    tla: as(`2${NB}`, 2),
    twm: as(" 1 ", 1),
    tmi: as(`${NB}3`, 3),
    tnf: as("0 ", 0),
    ula: as(`14${NB}`, 14),
    uwm: as(" 2", 2),
    umi: as(`5${NB}${NB}`, 5),
    unf: as(" 0 ", 0),
  };
  add({
    file: "Wigan Council FOI WC-15-4107.csv",
    code: C.wigan,
    answers: a,
    bytes: () =>
      csv([
        ["Wigan Council"],
        [`Freedom of Information WC-15-4107 (${PERIOD})`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, ASKED),
      ]),
  });
}

// Sefton: "Nil return" and "zero (0)".
{
  const a: Answers = {
    tla: as("Nil return", 0),
    twm: as("Nil return", 0),
    tmi: as("Nil return", 0),
    tnf: as("Nil return", 0),
    ula: n(9),
    uwm: as("zero (0)", 0),
    umi: as("zero (0)", 0),
    unf: as("zero (0)", 0),
  };
  add({
    file: "Sefton Council FOI 2771.xlsx",
    code: C.sefton,
    answers: a,
    bytes: () =>
      qaBook(
        "Sefton Council",
        "FOI 2771",
        [["Sefton Metropolitan Borough Council"], [`FOI 2771 - ${PERIOD}`]],
        a,
        SHORT,
      ),
  });
}

// Barnsley: sub-questions 1a/1b/1c, 2a–2c, 3a–3d.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: n(3),
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ...four("u", [12, 2, 3, 0]),
  };
  add({
    file: "Barnsley MBC FOI-0915-226.xlsx",
    code: C.barnsley,
    answers: a,
    bytes: () =>
      xlsx("Barnsley Metropolitan Borough Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [6, 90, 12]);
        put(ws, 1, 1, [
          ["Barnsley Metropolitan Borough Council - FOI-0915-226"],
          [`Reporting period ${PERIOD}`],
          [],
          [
            "1a",
            "Of the children looked after in the period, how many had been identified as trafficked?",
            cell(a, "tid"),
          ],
          [
            "1b",
            "Of the children looked after in the period, how many were suspected to have been trafficked?",
            cell(a, "tsu"),
          ],
          ["1c", "Total of 1a and 1b", cell(a, "tla")],
          ["2a", "How many of the children counted at 1c went missing?", cell(a, "twm")],
          ["2b", "How many times did the children at 2a go missing in total?", cell(a, "tmi")],
          ["2c", "How many of the children at 2a are still missing?", cell(a, "tnf")],
          ["3a", "How many unaccompanied asylum seeking children were looked after in the period?", cell(a, "ula")],
          ["3b", "How many of the children at 3a went missing?", cell(a, "uwm")],
          ["3c", "How many times did the children at 3b go missing in total?", cell(a, "umi")],
          ["3d", "How many of the children at 3b are still missing?", cell(a, "unf")],
        ]);
      }),
  });
}

// Coventry: each answer typed into a cell merged across three columns.
{
  const a: Answers = { ...four("t", [5, 2, 7, 1]), ...four("u", [58, 9, 22, 2]) };
  add({
    file: "Coventry City Council FOI CCC-15-3398.xlsx",
    code: C.coventry,
    answers: a,
    bytes: () =>
      xlsx("Coventry City Council", (wb) => {
        const ws = wb.addWorksheet("FOI response");
        widths(ws, [80, 8, 8, 8]);
        put(ws, 1, 1, [["Coventry City Council"], [`FOI CCC-15-3398 - ${PERIOD}`], [], ["Question", "Answer"]]);
        ws.mergeCells("B4:D4");
        ASKED.forEach(([k, l], i) => {
          const r = 5 + i;
          ws.getCell(r, 1).value = l;
          ws.getCell(r, 2).value = cell(a, k);
          ws.mergeCells(r, 2, r, 4);
        });
      }),
  });
}

// Gwynedd: a Welsh-only workbook ("Dim" = none).
{
  const dim = as("Dim", 0);
  const a: Answers = { tla: n(1), twm: dim, tmi: dim, tnf: dim, ula: n(3), uwm: n(1), umi: n(2), unf: dim };
  const labels: Labels = [
    ["tla", "Nifer y plant sy'n derbyn gofal a nodwyd neu yr amheuir eu bod wedi dioddef masnachu pobl"],
    ["twm", "O'r rhain, nifer a aeth ar goll o leiaf unwaith"],
    ["tmi", "Cyfanswm y troeon yr aeth y plant hyn ar goll"],
    ["tnf", "O'r rhai a aeth ar goll, nifer nad ydynt wedi'u canfod eto"],
    ["ula", "Nifer y plant sy'n ceisio lloches ar eu pen eu hunain sy'n derbyn gofal"],
    ["uwm", "O'r rhain, nifer a aeth ar goll o leiaf unwaith"],
    ["umi", "Cyfanswm y troeon yr aeth y plant hyn ar goll"],
    ["unf", "O'r rhai a aeth ar goll, nifer nad ydynt wedi'u canfod eto"],
  ];
  add({
    file: "Cyngor Gwynedd - Cais Rhyddid Gwybodaeth 15-771.xlsx",
    code: C.gwynedd,
    answers: a,
    bytes: () =>
      xlsx("Cyngor Gwynedd", (wb) => {
        const ws = wb.addWorksheet("Ymateb");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Cyngor Gwynedd - Gwasanaethau Plant"],
          ["Cais Rhyddid Gwybodaeth 15-771"],
          ["Cyfnod: 1 Hydref 2014 - 30 Medi 2015"],
          [],
          ["Cwestiwn", "Ateb"],
          ...qaXl(a, labels),
        ]);
      }),
  });
}

// Highland: Scottish return splitting UASC looked after at home / away from home, with a total.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [7, 1, 1, 0]) };
  add({
    file: "The Highland Council FOI 4420 response.xlsx",
    code: C.highland,
    answers: a,
    bytes: () =>
      xlsx("The Highland Council", (wb) => {
        const ws = wb.addWorksheet("FOI 4420");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["The Highland Council - Freedom of Information (Scotland) Act 2002"],
          [`Request 4420 - ${PERIOD}`],
          [],
          ["Question", "Response"],
          ["Looked after children identified or suspected as victims of trafficking", cell(a, "tla")],
          ["  of whom went missing", cell(a, "twm")],
          ["  number of missing episodes", cell(a, "tmi")],
          ["  of whom not found", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children looked after at home", 0],
          ["Unaccompanied asylum seeking children looked after away from home", 7],
          ["Unaccompanied asylum seeking children looked after - total", cell(a, "ula")],
          ["  of whom went missing", cell(a, "uwm")],
          ["  number of missing episodes", cell(a, "umi")],
          ["  of whom not found", cell(a, "unf")],
        ]);
      }),
  });
}

// Fife: FOISA letter; no UASC, so the follow-on questions are "Not applicable".
{
  const x = na("Not applicable – no UASC");
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ula: n(0), uwm: x, umi: x, unf: x };
  add({
    file: "Fife Council FOISA response FOI-15-0619.txt",
    code: C.fife,
    answers: a,
    bytes: () =>
      letter([
        "Fife Council",
        "Freedom of Information (Scotland) Act 2002 - request FOI-15-0619",
        "",
        "Dear Applicant",
        "",
        `I refer to your request for information covering ${PERIOD}. Fife Council's response is below.`,
        "",
        ...ASKED.flatMap(([k, l], i) => [`${i + 1}. ${l}`, `   Response: ${raw(a, k)}`]),
        "",
        "If you are unhappy with this response you may ask the Council to review it within 40 working days,",
        "and thereafter apply to the Scottish Information Commissioner.",
        "",
        "Yours sincerely",
        "FOI Officer",
      ]),
  });
}

// Solihull: a grid with a Total column across both groups.
{
  const a: Answers = { ...four("t", [2, 1, 3, 0]), ...four("u", [14, 2, 4, 1]), nf: n(1) };
  add({
    file: "Solihull MBC FOI 15-903.xlsx",
    code: C.solihull,
    answers: a,
    bytes: () =>
      xlsx("Solihull Metropolitan Borough Council", (wb) => {
        const ws = wb.addWorksheet("Table");
        widths(ws, [40, 18, 18, 12]);
        put(ws, 1, 1, [
          ["Solihull Metropolitan Borough Council"],
          [`FOI 15-903 - ${PERIOD}`],
          [],
          ["", "Trafficked children", "UASC", "Total"],
          ["Looked after", cell(a, "tla"), cell(a, "ula"), 16],
          ["Went missing", cell(a, "twm"), cell(a, "uwm"), 3],
          ["Missing incidents", cell(a, "tmi"), cell(a, "umi"), 7],
          ["Not found", cell(a, "tnf"), cell(a, "unf"), cell(a, "nf")],
        ]);
      }),
  });
}

// Tri-borough: one workbook from a shared children's service with three boroughs' figures and a total.
{
  const hf: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [28, 4, 11, 1]) };
  const kc: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [22, 3, 7, 0]) };
  const wcc: Answers = { ...four("t", [3, 2, 5, 1]), ...four("u", [61, 9, 30, 2]) };
  const rows: readonly (readonly [Key, string])[] = [
    ["tla", "Looked after children identified or suspected as trafficked"],
    ["twm", "Of these, children who went missing"],
    ["tmi", "Missing episodes for these children"],
    ["tnf", "Of those who went missing, still missing"],
    ["ula", "Unaccompanied asylum seeking children looked after"],
    ["uwm", "Of these, children who went missing"],
    ["umi", "Missing episodes for these children"],
    ["unf", "Of those who went missing, still missing"],
  ];
  const tot = (k: Key) => [hf, kc, wcc].reduce((s, x) => s + (x[k]?.value ?? 0), 0);
  add({
    file: "Tri-borough Childrens Services FOI 15-0761 (LBHF RBKC WCC).xlsx",
    code: C.hammersmith,
    answers: hf,
    bytes: () =>
      xlsx("Tri-borough Children's Services", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0761");
        widths(ws, [60, 22, 22, 22, 14]);
        put(ws, 1, 1, [
          ["Tri-borough Children's Services (shared service)"],
          ["Response on behalf of all three councils to FOI 15-0761"],
          [PERIOD],
          [],
          [
            "",
            "London Borough of Hammersmith & Fulham",
            "Royal Borough of Kensington and Chelsea",
            "Westminster City Council",
            "Tri-borough total",
          ],
          ...rows.map(([k, l]) => [l, cell(hf, k), cell(kc, k), cell(wcc, k), tot(k)]),
        ]);
      }),
  });
  add({ file: `${VIRTUAL}rbkc`, code: C.kensington, answers: kc, bytes: () => new Uint8Array(0) });
  add({ file: `${VIRTUAL}wcc`, code: C.westminster, answers: wcc, bytes: () => new Uint8Array(0) });
}

// Rochdale: a one-row export with coded column names.
{
  const a: Answers = { ...four("t", [2, 1, 3, 0]), ...four("u", [19, 3, 6, 1]) };
  const cols: readonly (readonly [string, Key])[] = [
    ["CLA_TRAFFICKED", "tla"],
    ["TRAFFICKED_MISSING_CHILDREN", "twm"],
    ["TRAFFICKED_MISSING_EPISODES", "tmi"],
    ["TRAFFICKED_STILL_MISSING", "tnf"],
    ["CLA_UASC", "ula"],
    ["UASC_MISSING_CHILDREN", "uwm"],
    ["UASC_MISSING_EPISODES", "umi"],
    ["UASC_STILL_MISSING", "unf"],
  ];
  add({
    file: "Rochdale BC FOI 2015-3384 extract.csv",
    code: C.rochdale,
    answers: a,
    bytes: () =>
      csv([
        ["LA_CODE", "LA_NAME", "PERIOD_START", "PERIOD_END", ...cols.map(([h]) => h)],
        ["354", "Rochdale Metropolitan Borough Council", "01/10/2014", "30/09/2015", ...cols.map(([, k]) => raw(a, k))],
      ]),
  });
}

// Walsall: answers, then a nationality table with nationalities as rows and groups as columns.
{
  const a: Answers = { ...four("t", [4, 2, 3, 0]), ...four("u", [35, 5, 12, 1]) };
  add({
    file: "Walsall Council FOI 15-1990 with nationalities.xlsx",
    code: C.walsall,
    answers: a,
    bytes: () =>
      xlsx("Walsall Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-1990");
        widths(ws, [80, 14, 14, 10]);
        put(ws, 1, 1, [
          ["Walsall Council - FOI 15-1990"],
          [PERIOD],
          [],
          ["Question", "Answer"],
          ...qaXl(a, NUMBER_OF),
          [],
          ["Children who went missing, by nationality"],
          ["Nationality", "Trafficked", "UASC", "Total"],
          ["Vietnamese", 1, 1, 2],
          ["Albanian", 1, 0, 1],
          ["Afghan", 0, 2, 2],
          ["Eritrean", 0, 2, 2],
          ["Total", 2, 5, 7],
        ]);
      }),
  });
}

// Cardiff: a bilingual workbook, Welsh and English labels in separate columns.
{
  const a: Answers = { ...four("t", [4, 2, 6, 1]), ...four("u", [38, 6, 17, 2]) };
  const welsh: Partial<Record<Key, string>> = {
    tla: "Plant sy'n derbyn gofal a fasnachwyd neu yr amheuir iddynt gael eu masnachu",
    twm: "Nifer y plant hyn a aeth ar goll",
    tmi: "Nifer y digwyddiadau o fynd ar goll",
    tnf: "Nifer sydd heb eu canfod",
    ula: "Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal",
    uwm: "Nifer y plant hyn a aeth ar goll",
    umi: "Nifer y digwyddiadau o fynd ar goll",
    unf: "Nifer sydd heb eu canfod",
  };
  add({
    file: "Cardiff Council FOI 11562 ymateb response.xlsx",
    code: C.cardiff,
    answers: a,
    bytes: () =>
      xlsx("Cyngor Caerdydd / Cardiff Council", (wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        widths(ws, [60, 60, 12]);
        put(ws, 1, 1, [
          ["Cyngor Caerdydd / Cardiff Council"],
          ["1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015"],
          [],
          ["Cwestiwn", "Question", "Ateb / Answer"],
          ...SHORT.map(([k, l]) => [welsh[k] ?? "", l, cell(a, k)]),
        ]);
      }),
  });
}

// Torbay: a file name full of numbers that are not figures.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [5, 0, 0, 0]) };
  add({
    file: "Torbay Council FOI 4471 - 23.10.2015 - attachment 2 of 2.xlsx",
    code: C.torbay,
    answers: a,
    bytes: () => qaBook("Torbay Council", "Sheet1", [["Torbay Council"], [`FOI 4471 - ${PERIOD}`]], a, ASKED, true),
  });
}

// Stockton-on-Tees: this year's answers, and a hidden sheet holding last year's.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [10, 2, 4, 0]) };
  const last: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [7, 1, 2, 0]) };
  add({
    file: "Stockton-on-Tees BC FOI 15-2208.xlsx",
    code: C.stockton,
    answers: a,
    bytes: () =>
      xlsx("Stockton-on-Tees Borough Council", (wb) => {
        const ws = wb.addWorksheet("2014-15 request");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Stockton-on-Tees Borough Council"],
          [`FOI 15-2208 - ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qaXl(a, SHORT),
        ]);
        const old = wb.addWorksheet("Previous FOI 2013-14", { state: "hidden" });
        put(old, 1, 1, [
          ["Stockton-on-Tees Borough Council"],
          ["FOI 14-1870 - 1 October 2013 to 30 September 2014"],
          [],
          ["Question", "Answer"],
          ...qaXl(last, SHORT),
        ]);
      }),
  });
}

// Reading: some answers written as words.
{
  const a: Answers = {
    tla: as("Two", 2),
    twm: as("One", 1),
    tmi: as("Three", 3),
    tnf: as("None", 0),
    ...four("u", [31, 5, 9, 1]),
  };
  add({
    file: "Reading Borough Council FOI RBC-2015-0394.csv",
    code: C.reading,
    answers: a,
    bytes: () =>
      csv([
        ["Reading Borough Council"],
        [`FOI RBC-2015-0394 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, NUMBER_OF),
      ]),
  });
}

// Sutton: a comments column with dates and other counts beside each answer.
{
  const a: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [44, 7, 15, 1]) };
  const notes: Partial<Record<Key, string>> = {
    tla: "Taken from the case management system on 12/11/2015",
    twm: "",
    tmi: "Includes 1 episode lasting under 24 hours",
    tnf: "",
    ula: "Includes 6 young people placed outside the borough",
    uwm: "",
    umi: "Episodes of 2 hours or more",
    unf: "As at 30/09/2015",
  };
  add({
    file: "LB Sutton FOI 3387.xlsx",
    code: C.sutton,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Sutton", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [70, 10, 50]);
        put(ws, 1, 1, [
          ["London Borough of Sutton"],
          [`FOI 3387 - ${PERIOD}`],
          [],
          ["Question", "Answer", "Comments"],
          ...NUMBER_OF.map(([k, l]) => [l, cell(a, k), notes[k] ?? ""]),
        ]);
      }),
  });
}

// Doncaster: "3 (three)".
{
  const a: Answers = {
    tla: as("3 (three)", 3),
    twm: as("1 (one)", 1),
    tmi: as("2 (two)", 2),
    tnf: n(0),
    ...four("u", [17, 2, 5, 0]),
  };
  add({
    file: "Doncaster Council FOI 7719.csv",
    code: C.doncaster,
    answers: a,
    bytes: () =>
      csv([
        ["Doncaster Metropolitan Borough Council"],
        [`FOI 7719 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, ASKED),
      ]),
  });
}

// Warrington: two tables on one sheet with the same row labels; the group is only in each table's title.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [13, 2, 3, 0]) };
  const block = (g: "t" | "u"): ExcelJS.CellValue[][] => [
    ["Looked after during the period", cell(a, `${g}la` as Key)],
    ["Went missing at least once", cell(a, `${g}wm` as Key)],
    ["Number of missing episodes", cell(a, `${g}mi` as Key)],
    ["Not yet found", cell(a, `${g}nf` as Key)],
  ];
  add({
    file: "Warrington BC FOI WBC-15-662.xlsx",
    code: C.warrington,
    answers: a,
    bytes: () =>
      xlsx("Warrington Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI");
        widths(ws, [50, 12]);
        put(ws, 1, 1, [
          ["Warrington Borough Council - FOI WBC-15-662"],
          [PERIOD],
          [],
          ["Table 1: Children looked after who were identified or suspected as trafficked"],
          ["", "Number"],
          ...block("t"),
          [],
          ["Table 2: Unaccompanied asylum seeking children looked after"],
          ["", "Number"],
          ...block("u"),
        ]);
      }),
  });
}

// St Helens: totals, then one row per missing episode.
{
  const eps: Episode[] = [
    { child: "SH-0412", group: "t", start: [2015, 2, 7], end: [2015, 2, 9] },
    { child: "SH-1187", group: "u", start: [2014, 11, 3], end: [2014, 11, 4] },
    { child: "SH-1187", group: "u", start: [2015, 4, 20], end: [2015, 4, 22] },
    { child: "SH-1530", group: "u", start: [2015, 8, 14], end: null },
    { child: "SH-1602", group: "u", start: [2015, 6, 1], end: [2015, 6, 1] },
  ];
  const a: Answers = { tla: n(2), ula: n(8), ...countEpisodes(eps) };
  const d = (x: readonly [number, number, number] | null) =>
    x ? `${String(x[2]).padStart(2, "0")}/${String(x[1]).padStart(2, "0")}/${x[0]}` : "";
  add({
    file: "St Helens Council FOI 15-488 missing episodes.csv",
    code: C.stHelens,
    answers: a,
    bytes: () =>
      csv([
        ["St Helens Council - FOI 15-488"],
        [PERIOD],
        [],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Looked after unaccompanied asylum seeking children", raw(a, "ula")],
        [],
        ["Episodes of going missing (blank return date = still missing)"],
        ["Child ID", "Category", "Missing from", "Returned"],
        ...eps.map((e) => [e.child, e.group === "t" ? "Trafficked" : "UASC", d(e.start), d(e.end)]),
      ]),
  });
}

// Isles of Scilly: a nil return to every part of the request.
{
  const z = as("nil return for every part of your request", 0);
  const a: Answers = { tla: z, twm: z, tmi: z, tnf: z, ula: z, uwm: z, umi: z, unf: z };
  add({
    file: "Council of the Isles of Scilly FOI 15-077.txt",
    code: C.scilly,
    answers: a,
    bytes: () =>
      letter([
        "Council of the Isles of Scilly",
        "Town Hall, St Mary's, Isles of Scilly TR21 0LW",
        "",
        "FOI 15-077",
        "",
        "Dear Requester",
        "",
        `Thank you for your request about children looked after between ${BETWEEN}.`,
        "I can confirm a nil return for every part of your request: the Council did not look after any child",
        "who was identified or suspected as trafficked, nor any unaccompanied asylum seeking child, in that",
        "period, so no such child went missing.",
        "",
        "Yours sincerely",
        "Information Officer",
      ]),
  });
}

// ================================================================================================
// 3. PLANTED PROBLEMS
// ================================================================================================

// Nottingham: an original workbook and a revised CSV correcting UASC who went missing (9 → 10).
{
  const first: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [41, 9, 20, 2]) };
  const revised: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [41, 10, 20, 2]) };
  add({
    file: "Nottingham City Council FOI 15-3309 response.xlsx",
    code: C.nottingham,
    answers: first,
    bytes: () =>
      qaBook(
        "Nottingham City Council",
        "FOI 15-3309",
        [["Nottingham City Council"], [`FOI 15-3309 - ${PERIOD}`]],
        first,
        ASKED,
        true,
      ),
  });
  add({
    file: "Nottingham City Council FOI 15-3309 REVISED response.csv",
    code: C.nottingham,
    answers: revised,
    planted: [
      {
        problem: "revised return gives 10 UASC who went missing; the first return said 9",
        codes: ["duplicate_conflict", "value_conflict"],
        authority: C.nottingham,
      },
    ],
    bytes: () =>
      csv([
        ["Nottingham City Council"],
        [`FOI 15-3309 - REVISED RESPONSE - ${PERIOD}`],
        ["This replaces our response of 2 November 2015, which gave an incorrect figure for question 6."],
        [],
        ["No.", "Question", "Answer"],
        ...qaCsv(revised, ASKED, true),
      ]),
  });
}

// Wokingham: the "went missing" answers given only as percentages.
{
  const a: Answers = {
    tla: n(1),
    twm: nx("0%"),
    tmi: na("N/A"),
    tnf: na("N/A"),
    ula: n(20),
    uwm: nx("15%"),
    umi: n(5),
    unf: nx("0%"),
  };
  add({
    file: "Wokingham BC FOI WBC-0887.xlsx",
    code: C.wokingham,
    answers: a,
    planted: [
      {
        problem: "children who went missing given only as a percentage ('15%') of those looked after",
        codes: ["value_unparsed", "label_outside_request"],
        authority: C.wokingham,
      },
    ],
    bytes: () =>
      qaBook(
        "Wokingham Borough Council",
        "Response",
        [["Wokingham Borough Council"], [`FOI WBC-0887 - ${PERIOD}`]],
        a,
        SHORT,
      ),
  });
}

// East Renfrewshire: small numbers shown as "*".
{
  const s = sup("*");
  const a: Answers = { tla: n(3), twm: s, tmi: s, tnf: n(0), ula: n(6), uwm: s, umi: s, unf: n(0) };
  add({
    file: "East Renfrewshire Council FOISA 2015-0412.csv",
    code: C.eastRenfrewshire,
    answers: a,
    planted: [
      {
        problem: "missing counts shown as '*' (1 to 4, withheld under FOISA section 38)",
        codes: ["value_suppressed"],
        authority: C.eastRenfrewshire,
      },
    ],
    bytes: () =>
      csv([
        ["East Renfrewshire Council"],
        [`FOISA request 2015-0412 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, NUMBER_OF),
        [],
        ["* a figure between 1 and 4, withheld under section 38(1)(b) of FOISA to avoid identifying individuals"],
      ]),
  });
}

// Richmond upon Thames: a grid with "[c]" for small numbers.
{
  const c = sup("[c]");
  const a: Answers = { tla: n(2), twm: c, tmi: c, tnf: n(0), ula: n(33), uwm: n(5), umi: n(11), unf: c };
  add({
    file: "Richmond upon Thames FOI 2015-7781.xlsx",
    code: C.richmond,
    answers: a,
    planted: [
      { problem: "small figures shown as '[c]' (confidential)", codes: ["value_suppressed"], authority: C.richmond },
    ],
    bytes: () =>
      xlsx("London Borough of Richmond upon Thames", (wb) => {
        const ws = wb.addWorksheet("Figures");
        widths(ws, [40, 20, 20]);
        put(ws, 1, 1, [
          ["London Borough of Richmond upon Thames"],
          [`FOI 2015-7781 - ${PERIOD}`],
          [],
          ["", "Trafficked", "Unaccompanied asylum seeking"],
          ["Number looked after", cell(a, "tla"), cell(a, "ula")],
          ["Number who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing occasions", cell(a, "tmi"), cell(a, "umi")],
          ["Number not found", cell(a, "tnf"), cell(a, "unf")],
          [],
          ["[c] = confidential: a value of 1 to 4, not shown to protect the children concerned"],
        ]);
      }),
  });
}

// Rutland: the whole request refused under section 40(2).
add({
  file: "Rutland County Council FOI 15-144 refusal notice.txt",
  code: C.rutland,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole request refused under section 40(2): numbers so small they could identify children",
      codes: ["document_refused", "value_refused"],
      authority: C.rutland,
    },
  ],
  bytes: () =>
    letter([
      "Rutland County Council",
      "Catmose, Oakham, Rutland LE15 6HP",
      "",
      "FOI 15-144 - Refusal Notice",
      "",
      "Dear Requester",
      "",
      `You asked for figures about trafficked and unaccompanied asylum seeking children in our care between ${BETWEEN}.`,
      "Because Rutland is a very small authority, the numbers involved are so low that releasing them, even",
      "in aggregate, could lead to the identification of individual children. The Council is therefore",
      "withholding all of the requested information under section 40(2) of the Freedom of Information Act",
      "2000 (personal information).",
      "",
      ...REVIEW,
      "",
      "Yours sincerely",
      "Data Protection and FOI Officer",
    ]),
});

// Belfast and Mid Ulster: NI councils redirecting to the Health and Social Care Trusts.
add({
  file: "Belfast City Council FOI-15-1102.txt",
  code: C.belfast,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: children's social care is the Belfast HSC Trust's, information not held",
      codes: ["document_not_held", "value_not_held"],
      authority: C.belfast,
    },
  ],
  bytes: () =>
    letter([
      "Belfast City Council",
      "Information Governance Unit, City Hall, Belfast BT1 5GS",
      "",
      "Request FOI-15-1102",
      "",
      "Dear Requester",
      "",
      "I write to advise that the Council does not hold any information relevant to your request. District",
      "councils in Northern Ireland have no responsibility for looked after children; this falls to the",
      "Health and Social Care Trusts. You may wish to redirect your request to the Belfast Health and",
      "Social Care Trust.",
      "",
      "Yours sincerely",
      "Information Governance Unit",
    ]),
});
add({
  file: "Mid Ulster District Council - FOI response MU-2015-77.txt",
  code: C.midUlster,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: refers the request to the Southern and Northern HSC Trusts, information not held",
      codes: ["document_not_held", "value_not_held"],
      authority: C.midUlster,
    },
  ],
  bytes: () =>
    letter([
      "Mid Ulster District Council",
      "",
      "Our reference: MU-2015-77",
      "",
      "Thank you for your email. Mid Ulster District Council is not the body responsible for children in",
      "care and therefore holds no information falling within the scope of your request. Children's",
      "services in the district are delivered by the Southern and Northern Health and Social Care Trusts,",
      "to whom you may wish to write.",
      "",
      "Regards",
      "Freedom of Information Officer",
    ]),
});

// Cumbria: missing episodes not recorded.
{
  const w = nh("Not held - episodes are not recorded in a reportable form");
  const a: Answers = { tla: n(2), twm: n(1), tmi: w, tnf: n(0), ula: n(12), uwm: n(2), umi: w, unf: n(0) };
  add({
    file: "Cumbria County Council FOI 15-2987.xlsx",
    code: C.cumbria,
    answers: a,
    planted: [
      {
        problem: "missing episodes not held (not recorded in a reportable form)",
        codes: ["value_not_held"],
        authority: C.cumbria,
      },
    ],
    bytes: () =>
      qaBook(
        "Cumbria County Council",
        "Response",
        [["Cumbria County Council"], [`FOI 15-2987 - ${PERIOD}`]],
        a,
        ASKED,
        true,
      ),
  });
}

// Oxfordshire: an Excel 97–2003 workbook.
add({
  file: "Oxfordshire CC FOI 15-2240.xls",
  code: C.oxfordshire,
  answers: {},
  planted: [
    {
      problem: "response sent as an Excel 97-2003 (.xls) workbook",
      codes: ["file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.oxfordshire,
    },
  ],
  bytes: () => legacyXls("Oxfordshire County Council FOI 15-2240 Children looked after"),
});

// Luton: a workbook cut off part-way through (an email attachment truncated in transit).
add({
  file: "Luton Borough Council FOI LBC-15-0730.xlsx",
  code: C.luton,
  answers: {},
  planted: [
    {
      problem: "the workbook is truncated and cannot be opened",
      codes: ["file_corrupt", "file_unparsed"],
      authority: C.luton,
    },
  ],
  bytes: async () => {
    const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [25, 3, 6, 0]) };
    const whole = await qaBook("Luton Borough Council", "Response", [["Luton Borough Council"], [PERIOD]], a, SHORT);
    return whole.slice(0, Math.floor(whole.length * 0.55));
  },
});

// Plymouth: figures for the calendar year 2014.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [9, 1, 2, 0]) };
  add({
    file: "Plymouth City Council FOI 15-5123.csv",
    code: C.plymouth,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for the calendar year 1 January to 31 December 2014",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.plymouth,
      },
    ],
    bytes: () =>
      csv([
        ["Plymouth City Council"],
        ["FOI 15-5123 - figures for the calendar year 1 January 2014 to 31 December 2014"],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, NUMBER_OF),
      ]),
  });
}

// Milton Keynes: more trafficked children went missing than were looked after.
{
  const a: Answers = { ...four("t", [1, 2, 3, 0]), ...four("u", [23, 4, 6, 0]) };
  add({
    file: "Milton Keynes Council FOI MK-15-3002.xlsx",
    code: C.miltonKeynes,
    answers: a,
    contested: ["tla", "twm"],
    planted: [
      {
        problem: "2 trafficked children went missing but only 1 was looked after",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.miltonKeynes,
      },
    ],
    bytes: () =>
      qaBook(
        "Milton Keynes Council",
        "MK-15-3002",
        [["Milton Keynes Council"], [`FOI MK-15-3002 - ${PERIOD}`]],
        a,
        SHORT,
      ),
  });
}

// Southampton: identified (2) + suspected (2) is not the total given (3).
{
  const a: Answers = { tid: n(2), tsu: n(2), tla: n(3), twm: n(1), tmi: n(1), tnf: n(0), ...four("u", [20, 3, 5, 0]) };
  add({
    file: "Southampton City Council FOI 15-8840.csv",
    code: C.southampton,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (2) + suspected (2) does not equal the trafficked total (3)",
        codes: ["check_parts_sum"],
        authority: C.southampton,
      },
    ],
    bytes: () =>
      csv([
        ["Southampton City Council"],
        [`FOI 15-8840 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ["Looked after children identified as trafficked", raw(a, "tid")],
        ["Looked after children suspected of being trafficked", raw(a, "tsu")],
        ["Total looked after children identified or suspected as trafficked", raw(a, "tla")],
        ...qaCsv(a, NUMBER_OF.slice(1)),
      ]),
  });
}

// Thurrock: 3 UASC went missing, but 0 missing episodes.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [38, 3, 0, 0]) };
  add({
    file: "Thurrock Council FOI 15-6614.xlsx",
    code: C.thurrock,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "3 UASC went missing but 0 missing episodes are given",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.thurrock,
      },
    ],
    bytes: () =>
      qaBook("Thurrock Council", "FOI 15-6614", [["Thurrock Council"], [`FOI 15-6614 - ${PERIOD}`]], a, NUMBER_OF),
  });
}

// Medway: a nationality table (nationalities as rows, groups as columns) whose UASC column sums to 8, not 9.
{
  const a: Answers = { ...four("t", [3, 2, 4, 0]), ...four("u", [72, 9, 21, 2]) };
  add({
    file: "Medway Council FOI 15-1251.xlsx",
    code: C.medway,
    answers: a,
    planted: [
      {
        problem: "UASC nationality column sums to 8 but 9 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.medway,
      },
    ],
    bytes: () =>
      xlsx("Medway Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-1251");
        widths(ws, [80, 14, 14]);
        put(ws, 1, 1, [
          ["Medway Council"],
          [`FOI 15-1251 - ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qaXl(a, SHORT),
          [],
          ["Nationality of children who went missing"],
          ["Nationality", "Trafficked", "UASC"],
          ["Vietnamese", 1, 0],
          ["Albanian", 1, 2],
          ["Afghan", 0, 4],
          ["Eritrean", 0, 1],
          ["Iranian", 0, 1],
        ]);
      }),
  });
}

// Slough: "around a dozen".
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ula: nx("around a dozen"), uwm: n(2), umi: n(2), unf: n(0) };
  add({
    file: "Slough Borough Council FOI 15-0302.csv",
    code: C.slough,
    answers: a,
    planted: [
      { problem: "UASC looked after answered 'around a dozen'", codes: ["value_unparsed"], authority: C.slough },
    ],
    bytes: () =>
      csv([["Slough Borough Council"], [`FOI 15-0302 - ${PERIOD}`], [], ["Question", "Answer"], ...qaCsv(a, ASKED)]),
  });
}

// Portsmouth: an average per child instead of the number of missing episodes.
{
  const a: Answers = {
    ...four("t", [2, 1, 1, 0]),
    ula: n(24),
    uwm: n(4),
    umi: nx("2.5 (average per child)"),
    unf: n(1),
  };
  add({
    file: "Portsmouth City Council FOI 15-4456.xlsx",
    code: C.portsmouth,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes given as an average per child (2.5), not a count",
        codes: ["value_fractional", "value_unparsed", "label_outside_request"],
        authority: C.portsmouth,
      },
    ],
    bytes: () =>
      qaBook(
        "Portsmouth City Council",
        "Response",
        [["Portsmouth City Council"], [`FOI 15-4456 - ${PERIOD}`]],
        a,
        SHORT,
      ),
  });
}

// A workbook that names no authority.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [8, 1, 1, 0]) };
  add({
    file: "FOI response - looked after children (final).xlsx",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "workbook names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      xlsx("Children's Services", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Children's Services - FOI response"],
          [PERIOD],
          [],
          ["Question", "Answer"],
          ...qaXl(a, ASKED),
        ]);
      }),
  });
}

// A file named Bexley whose content is Bromley's.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [29, 3, 8, 1]) };
  add({
    file: "Bexley FOI 2015-0912.csv",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.bexley, C.bromley],
    planted: [
      {
        problem: "file name says Bexley, content is the London Borough of Bromley's",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Bromley"],
        [`FOI 2015-0912 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, SHORT),
      ]),
  });
}

// Swindon: a workbook with one empty sheet.
add({
  file: "Swindon Borough Council FOI 15-9021.xlsx",
  code: C.swindon,
  answers: {},
  planted: [
    {
      problem: "the workbook has one sheet and it is empty",
      codes: ["file_no_figures", "file_empty", "sheet_empty"],
      authority: C.swindon,
    },
  ],
  bytes: () =>
    xlsx("Swindon Borough Council", (wb) => {
      wb.addWorksheet("Sheet1");
    }),
});

// Waltham Forest: the UASC not-found answer left blank.
{
  const a: Answers = { ...four("t", [3, 1, 3, 0]), ula: n(52), uwm: n(6), umi: n(14), unf: na("") };
  add({
    file: "Waltham Forest FOI WF-15-3771.xlsx",
    code: C.walthamForest,
    answers: a,
    planted: [{ problem: "UASC not found left blank", codes: ["value_not_answered"], authority: C.walthamForest }],
    bytes: () =>
      qaBook(
        "London Borough of Waltham Forest",
        "Response",
        [["London Borough of Waltham Forest"], [`FOI WF-15-3771 - ${PERIOD}`]],
        a,
        ASKED,
        true,
      ),
  });
}

// Lincolnshire: "To follow".
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ula: n(15), uwm: n(2), umi: na("To follow"), unf: n(0) };
  add({
    file: "Lincolnshire CC FOI 15-3650.csv",
    code: C.lincolnshire,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes answered 'To follow'",
        codes: ["value_not_answered", "value_unparsed"],
        authority: C.lincolnshire,
      },
    ],
    bytes: () =>
      csv([
        ["Lincolnshire County Council"],
        [`FOI 15-3650 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, SHORT),
      ]),
  });
}

// Torfaen: a bilingual "fewer than 5".
{
  const s = sup("Llai na 5 / under 5");
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ula: n(7), uwm: s, umi: s, unf: n(0) };
  add({
    file: "Torfaen CBC FOI 15-1209.csv",
    code: C.torfaen,
    answers: a,
    planted: [
      {
        problem: "UASC who went missing and their episodes given as 'Llai na 5 / under 5'",
        codes: ["value_suppressed"],
        authority: C.torfaen,
      },
    ],
    bytes: () =>
      csv(
        [
          ["Cyngor Bwrdeistref Sirol Torfaen / Torfaen County Borough Council"],
          ["1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015"],
          [],
          ["Question", "Answer / Ateb"],
          ...qaCsv(a, SHORT),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Knowsley: more UASC not found than went missing.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [6, 1, 2, 2]) };
  add({
    file: "Knowsley MBC FOI 15-0480.csv",
    code: C.knowsley,
    answers: a,
    contested: ["uwm", "unf"],
    planted: [
      {
        problem: "2 UASC not found but only 1 went missing",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.knowsley,
      },
    ],
    bytes: () =>
      csv([
        ["Knowsley Metropolitan Borough Council"],
        [`FOI 15-0480 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, NUMBER_OF),
      ]),
  });
}

// Sandwell: the total not found (4) is not trafficked (1) + UASC (2).
{
  const a: Answers = { ...four("t", [3, 1, 2, 1]), ...four("u", [27, 3, 6, 2]), nf: n(4) };
  add({
    file: "Sandwell MBC FOI 15-7130.xlsx",
    code: C.sandwell,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not found (4) is not trafficked (1) + UASC (2) not found",
        codes: ["check_not_found_total"],
        authority: C.sandwell,
      },
    ],
    bytes: () =>
      qaBook(
        "Sandwell Metropolitan Borough Council",
        "FOI 15-7130",
        [["Sandwell Metropolitan Borough Council"], [`FOI 15-7130 - ${PERIOD}`]],
        a,
        [...SHORT, ["nf", "Total children (trafficked and UASC) still missing"]],
      ),
  });
}

// Bedford: the UASC total is a formula pointing at another workbook, with no saved result.
{
  const f: Answer = {
    raw: "='[UASC tracker 2015.xlsx]Summary'!$C$4",
    reading: "not_exact",
    xl: { formula: "'[UASC tracker 2015.xlsx]Summary'!$C$4", date1904: false },
  };
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ula: f, uwm: n(3), umi: n(5), unf: n(0) };
  add({
    file: "Bedford Borough Council FOI 15-1176.xlsx",
    code: C.bedford,
    answers: a,
    planted: [
      {
        problem: "UASC looked after is a formula linked to another workbook, with no saved result",
        codes: ["formula_no_result", "value_not_answered", "value_unparsed"],
        authority: C.bedford,
      },
    ],
    bytes: () =>
      qaBook(
        "Bedford Borough Council",
        "Response",
        [["Bedford Borough Council"], [`FOI 15-1176 - ${PERIOD}`]],
        a,
        NUMBER_OF,
      ),
  });
}

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout9/. */
export async function buildHoldout9(): Promise<Map<string, Uint8Array>> {
  const files = await buildCorpus("holdout9", specs);
  for (const k of [...files.keys()]) if (k.startsWith(`returns/${VIRTUAL}`)) files.delete(k);
  return files;
}

/** Write the corpus to `dir` (fixtures/holdout9), replacing what is there. */
export async function generateHoldout9(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout9());
}
