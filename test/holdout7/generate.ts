/**
 * The seventh blind holdout corpus for issue 2 (fixtures/holdout7): returns
 * written the way UK councils answer FOI requests, by someone who has not
 * read the ingest's matching or parsing code, each with the reading a careful
 * human makes of it. This corpus concentrates on what the earlier corpora
 * covered least:
 *
 *   - councils that send SEVERAL files (a covering letter plus a workbook; a
 *     workbook plus a corrected resubmission that agrees or disagrees; an
 *     annex holding only the nationality tables; answers split between a
 *     letter and a spreadsheet);
 *   - file-format oddities (UTF-16 LE csv, semicolon csv with multi-line
 *     quoted cells, tab-separated .txt, merged two-row headers, hidden rows
 *     and columns with old figures, formulas with cached results, numbers
 *     stored as text, rich text, date cells in an episode list, a cover sheet);
 *   - prose-heavy letters (answers inside paragraphs, a)–h) lists, Q1:/A1:
 *     pairs, bilingual Welsh/English);
 *   - Scottish (FOISA, at home / away from home) and Northern Irish returns;
 *   - more suppression and refusal wordings;
 *   - traps where a naive reader picks the wrong number.
 *
 *   fixtures/holdout7/returns/      the returns
 *   fixtures/holdout7/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout7/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                   "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout7/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model (answers → truth/statuses) and the byte helpers are
 * shared with holdout4 (test/holdout4/model.ts, bytes.ts). Deterministic:
 * fixed workbook dates and zip entry times. Rewrite with
 *
 *   WRITE_HOLDOUT7=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout7
 */
import type ExcelJS from "exceljs";
import { concat, legacyXls, utf8, utf16le } from "../holdout4/bytes.js";
import { buildCorpus, writeCorpus } from "../holdout4/corpus.js";
import {
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
  ref,
  sup,
  t,
  xlsx,
} from "../holdout4/model.js";

const C = {
  portsmouth: "E06000044",
  southampton: "E06000045",
  brighton: "E06000043",
  plymouth: "E06000026",
  torbay: "E06000027",
  swindon: "E06000030",
  luton: "E06000032",
  southend: "E06000033",
  thurrock: "E06000034",
  medway: "E06000035",
  bracknell: "E06000036",
  reading: "E06000038",
  slough: "E06000039",
  windsor: "E06000040",
  wokingham: "E06000041",
  miltonKeynes: "E06000042",
  northSomerset: "E06000024",
  cheshireEast: "E06000049",
  bolton: "E08000001",
  manchester: "E08000003",
  rochdale: "E08000005",
  salford: "E08000006",
  stockport: "E08000007",
  wigan: "E08000010",
  knowsley: "E08000011",
  sefton: "E08000014",
  barnsley: "E08000016",
  doncaster: "E08000017",
  sheffield: "E08000019",
  birmingham: "E08000025",
  coventry: "E08000026",
  sandwell: "E08000028",
  walsall: "E08000030",
  wolverhampton: "E08000031",
  calderdale: "E08000033",
  camden: "E09000007",
  islington: "E09000019",
  cumbria: "E10000006",
  derbyshire: "E10000007",
  hampshire: "E10000014",
  hertfordshire: "E10000015",
  lincolnshire: "E10000019",
  norfolk: "E10000020",
  nottinghamshire: "E10000024",
  oxfordshire: "E10000025",
  suffolk: "E10000029",
  surrey: "E10000030",
  warwickshire: "E10000031",
  westSussex: "E10000032",
  carmarthenshire: "W06000010",
  swansea: "W06000011",
  cardiff: "W06000015",
  dumfries: "S12000006",
  fife: "S12000015",
  highland: "S12000017",
  edinburgh: "S12000036",
  glasgow: "S12000046",
  armagh: "N09000002",
  belfast: "N09000003",
} as const;

type Labels = readonly (readonly [Key, string])[];

function rowsXl(a: Answers, labels: Labels): ExcelJS.CellValue[][] {
  return labels.map(([k, label]) => [label, cell(a, k)]);
}
function rowsCsv(a: Answers, labels: Labels): string[][] {
  return labels.map(([k, label]) => [label, raw(a, k)]);
}
function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}
/** UTF-16 LE with a byte-order mark (Excel's "Unicode text"). */
const utf16bom = (text: string) => concat([Uint8Array.from([0xff, 0xfe]), utf16le(text)]);

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);

const BASIC: Labels = [
  ["tla", "Children looked after who were identified or suspected as victims of trafficking"],
  ["twm", "How many of those children went missing at least once"],
  ["tmi", "Total number of missing episodes for those children"],
  ["tnf", "How many of those children are still missing"],
  ["ula", "Unaccompanied asylum seeking children looked after"],
  ["uwm", "How many of those children went missing at least once"],
  ["umi", "Total number of missing episodes for those children"],
  ["unf", "How many of those children are still missing"],
];

/** A simple question/answer workbook. */
function qaBook(author: string, sheet: string, head: readonly string[], a: Answers, labels: Labels = BASIC) {
  return () =>
    xlsx(author, (wb) => {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [78, 16]);
      put(ws, 1, 1, [...head.map((h) => [h]), [], ["Request", "Response"], ...rowsXl(a, labels)]);
    });
}
/** A simple question/answer CSV. */
function qaCsv(head: readonly string[], a: Answers, labels: Labels = BASIC, o: Parameters<typeof csv>[1] = {}) {
  return () => csv([...head.map((h) => [h]), [], ["Request", "Response"], ...rowsCsv(a, labels)], o);
}

const REVIEW = [
  "If you are dissatisfied with the handling of your request you may ask for an internal review. If you remain",
  "unhappy after that you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane,",
  "Wilmslow, Cheshire SK9 5AF.",
];

// ================================================================================================
// 1. COUNCILS THAT SEND SEVERAL FILES
// ================================================================================================

// Sheffield: a covering letter with no figures, and the workbook it refers to.
{
  const a: Answers = { ...four("t", [3, 2, 4, 1]), ...four("u", [38, 7, 19, 2]), nf: n(3) };
  add({
    file: "Sheffield City Council FOI 15-3378 covering letter.txt",
    code: C.sheffield,
    answers: {},
    bytes: () =>
      letter([
        "Sheffield City Council",
        "Information Management Team",
        "Our ref: FOI/15/3378",
        "Date: 17 November 2015",
        "",
        "Dear Requester,",
        "",
        "Re: Freedom of Information Act 2000 – trafficked and unaccompanied asylum seeking children in care",
        "",
        "Thank you for your request, which we received on 21 October 2015. I can confirm that Sheffield City Council",
        "holds the information you asked for. Our answers are set out in the attached spreadsheet",
        "(Sheffield City Council FOI 15-3378 response.xlsx), which covers 1 October 2014 to 30 September 2015.",
        "",
        "The figures were extracted from our children's social care case management system and were correct on",
        "the day they were run.",
        "",
        ...REVIEW,
        "",
        "Yours sincerely,",
        "",
        "Information Management Officer",
      ]),
  });
  add({
    file: "Sheffield City Council FOI 15-3378 response.xlsx",
    code: C.sheffield,
    answers: a,
    bytes: () =>
      xlsx("Sheffield City Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-3378");
        widths(ws, [6, 84, 14]);
        put(ws, 1, 1, [
          ["Sheffield City Council – response to FOI/15/3378"],
          ["Reporting period: 01/10/2014 to 30/09/2015"],
          [],
          ["No.", "Question", "Answer"],
          ["1", "How many children in care were identified or suspected as having been trafficked?", cell(a, "tla")],
          ["2", "How many of the children at question 1 went missing?", cell(a, "twm")],
          ["3", "How many times in total did the children at question 2 go missing?", cell(a, "tmi")],
          ["4", "How many of the children at question 2 have not been found?", cell(a, "tnf")],
          ["5", "How many unaccompanied asylum seeking children were in care?", cell(a, "ula")],
          ["6", "How many of the children at question 5 went missing?", cell(a, "uwm")],
          ["7", "How many times in total did the children at question 6 go missing?", cell(a, "umi")],
          ["8", "How many of the children at question 6 have not been found?", cell(a, "unf")],
          ["9", "Total children from questions 4 and 8 who have not been found", cell(a, "nf")],
        ]);
      }),
  });
}

// Nottinghamshire: the first workbook left question 7 blank; a revised CSV fills it in and agrees on the rest.
{
  const first: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [27, 5, 11, 1]), umi: na("") };
  const revised: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [27, 5, 11, 1]) };
  add({
    file: "Nottinghamshire County Council FOI NCC-15-0921.xlsx",
    code: C.nottinghamshire,
    answers: first,
    bytes: () =>
      xlsx("Nottinghamshire County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [8, 76, 14]);
        put(ws, 1, 1, [
          ["Nottinghamshire County Council"],
          ["Freedom of Information request NCC-15-0921 – 1 October 2014 to 30 September 2015"],
          [],
          ["Q", "Information requested", "Figure"],
          ...(
            [
              ["1", "tla", "Looked after children who were trafficked (identified or suspected)"],
              ["2", "twm", "Of the children at Q1, number who went missing"],
              ["3", "tmi", "Number of missing incidents for the children at Q2"],
              ["4", "tnf", "Of the children at Q2, number not found"],
              ["5", "ula", "Looked after children who were unaccompanied asylum seekers"],
              ["6", "uwm", "Of the children at Q5, number who went missing"],
              ["7", "umi", "Number of missing incidents for the children at Q6"],
              ["8", "unf", "Of the children at Q6, number not found"],
            ] as const
          ).map(([q, k, l]) => [q, l, k === "umi" ? null : cell(first, k)]),
        ]);
      }),
  });
  add({
    file: "Nottinghamshire CC FOI NCC-15-0921 REVISED 24-11-15.csv",
    code: C.nottinghamshire,
    answers: revised,
    bytes: () =>
      csv([
        ["Nottinghamshire County Council - FOI NCC-15-0921 - REVISED RESPONSE"],
        [
          "This replaces the spreadsheet sent on 18 November 2015, in which question 7 was left blank in error. All other answers are unchanged.",
        ],
        ["Period: 1 October 2014 to 30 September 2015"],
        [],
        ["Q", "Information requested", "Figure"],
        ["1", "Looked after children who were trafficked (identified or suspected)", raw(revised, "tla")],
        ["2", "Of the children at Q1, number who went missing", raw(revised, "twm")],
        ["3", "Number of missing incidents for the children at Q2", raw(revised, "tmi")],
        ["4", "Of the children at Q2, number not found", raw(revised, "tnf")],
        ["5", "Looked after children who were unaccompanied asylum seekers", raw(revised, "ula")],
        ["6", "Of the children at Q5, number who went missing", raw(revised, "uwm")],
        ["7", "Number of missing incidents for the children at Q6", raw(revised, "umi")],
        ["8", "Of the children at Q6, number not found", raw(revised, "unf")],
      ]),
  });
}

// Derbyshire: a workbook, then a "corrected" CSV that changes two UASC figures. Never silently pick one.
{
  const first: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [31, 6, 14, 1]) };
  const corrected: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [31, 5, 12, 1]) };
  add({
    file: "Derbyshire County Council FOI DCC-7705.xlsx",
    code: C.derbyshire,
    answers: first,
    bytes: qaBook(
      "Derbyshire County Council",
      "DCC-7705",
      ["Derbyshire County Council – Children's Services", "FOI DCC-7705: 1 October 2014 to 30 September 2015"],
      first,
    ),
  });
  add({
    file: "Derbyshire CC FOI DCC-7705 corrected figures.csv",
    code: C.derbyshire,
    answers: corrected,
    planted: [
      {
        problem: "corrected resubmission gives UASC went missing 5 and episodes 12; the first workbook gave 6 and 14",
        codes: ["duplicate_conflict", "value_conflict"],
        authority: C.derbyshire,
      },
    ],
    bytes: qaCsv(
      [
        "Derbyshire County Council",
        "FOI DCC-7705 - corrected figures (please disregard our earlier spreadsheet)",
        "1 October 2014 to 30 September 2015",
      ],
      corrected,
    ),
  });
}

// Coventry: the main answers, and a separate file holding only the nationality tables.
{
  const a: Answers = { ...four("t", [4, 2, 3, 0]), ...four("u", [52, 9, 23, 2]) };
  add({
    file: "Coventry City Council FOI 15-1142.csv",
    code: C.coventry,
    answers: a,
    bytes: qaCsv(
      [
        "Coventry City Council",
        "FOI 15-1142 (1 October 2014 - 30 September 2015)",
        "Nationalities are in a separate file.",
      ],
      a,
    ),
  });
  add({
    file: "Coventry City Council FOI 15-1142 nationalities.csv",
    code: C.coventry,
    answers: {},
    bytes: () =>
      csv([
        ["Coventry City Council - FOI 15-1142 - nationality of children who went missing"],
        ["1 October 2014 - 30 September 2015"],
        [],
        ["Trafficked children who went missing"],
        ["Nationality", "Number of children"],
        ["Vietnamese", "1"],
        ["Albanian", "1"],
        [],
        ["Unaccompanied asylum seeking children who went missing"],
        ["Nationality", "Number of children"],
        ["Afghan", "3"],
        ["Eritrean", "2"],
        ["Albanian", "2"],
        ["Vietnamese", "1"],
        ["Iranian", "1"],
      ]),
  });
}

// Portsmouth: the trafficked answers in the letter, the UASC answers in a spreadsheet.
{
  const tr: Answers = { tid: n(1), tsu: n(1), tla: n(2), twm: n(1), tmi: n(1), tnf: as("None", 0) };
  const u: Answers = four("u", [44, 8, 17, 1]);
  add({
    file: "Portsmouth City Council FOI 2015-0877 letter.txt",
    code: C.portsmouth,
    answers: tr,
    bytes: () =>
      letter([
        "Portsmouth City Council",
        "Children and Education – Information Requests",
        "Reference: 2015-0877",
        "",
        "Dear Sir/Madam",
        "",
        "Your request for information covering 1 October 2014 to 30 September 2015 has been considered under the",
        "Freedom of Information Act 2000. Our answers to questions 1 to 4 are below. The answers to questions 5 to 8,",
        "about unaccompanied asylum seeking children, are in the attached spreadsheet.",
        "",
        "Question 1a – looked after children identified as trafficked: 1",
        "Question 1b – looked after children suspected of being trafficked: 1",
        "Question 1 – total looked after children identified or suspected as trafficked: 2",
        "Question 2 – of these, how many went missing: 1",
        "Question 3 – how many missing episodes did they have: 1",
        "Question 4 – how many have not been found: None",
        "",
        ...REVIEW,
        "",
        "Yours faithfully",
        "Information Requests Officer",
      ]),
  });
  add({
    file: "Portsmouth City Council FOI 2015-0877 Q5-8.xlsx",
    code: C.portsmouth,
    answers: u,
    bytes: () =>
      xlsx("Portsmouth City Council", (wb) => {
        const ws = wb.addWorksheet("Q5-8");
        widths(ws, [10, 70, 12]);
        put(ws, 1, 1, [
          ["Portsmouth City Council – FOI 2015-0877 – questions 5 to 8"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "", "Answer"],
          ["5", "Unaccompanied asylum seeking children looked after", cell(u, "ula")],
          ["6", "Of these, children who went missing", cell(u, "uwm")],
          ["7", "Missing episodes for these children", cell(u, "umi")],
          ["8", "Children from Q6 not yet found", cell(u, "unf")],
        ]);
      }),
  });
}

// Hampshire: the main workbook, plus an annex workbook holding only nationality tables.
{
  const a: Answers = { ...four("t", [6, 3, 8, 1]), ...four("u", [71, 12, 30, 3]) };
  add({
    file: "Hampshire CC FOI 15-7712 response.xlsx",
    code: C.hampshire,
    answers: a,
    bytes: qaBook(
      "Hampshire County Council",
      "Answers",
      [
        "Hampshire County Council – Children's Services Department",
        "FOI 15-7712 – 1 October 2014 to 30 September 2015",
        "Nationalities: see Annex B",
      ],
      a,
    ),
  });
  add({
    file: "Hampshire CC FOI 15-7712 Annex B nationalities.xlsx",
    code: C.hampshire,
    answers: {},
    bytes: () =>
      xlsx("Hampshire County Council", (wb) => {
        const ws = wb.addWorksheet("Annex B");
        widths(ws, [40, 14]);
        put(ws, 1, 1, [
          ["Hampshire County Council – FOI 15-7712 – Annex B"],
          ["Nationality of children who went missing, 1 October 2014 to 30 September 2015"],
          [],
          ["Trafficked children", "Went missing"],
          ["Vietnamese", 2],
          ["Albanian", 1],
          [],
          ["Unaccompanied asylum seeking children", "Went missing"],
          ["Afghan", 5],
          ["Eritrean", 3],
          ["Sudanese", 2],
          ["Syrian", 1],
          ["Not recorded", 1],
        ]);
      }),
  });
}

// Reading: the covering letter summarises 23 UASC looked after; the spreadsheet says 25.
{
  const sheet: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [25, 4, 6, 0]) };
  const cover: Answers = { ula: n(23), uwm: n(4) };
  add({
    file: "Reading BC FOI 15-9035 cover letter.txt",
    code: C.reading,
    answers: cover,
    planted: [
      {
        problem: "covering letter says 23 UASC were looked after; the attached spreadsheet says 25",
        codes: ["duplicate_conflict", "value_conflict"],
        authority: C.reading,
      },
    ],
    bytes: () =>
      letter([
        "Reading Borough Council",
        "FOI reference 15-9035",
        "",
        "Dear Requester,",
        "",
        "Please find attached our response to your request about looked after children, for the period",
        "1 October 2014 to 30 September 2015.",
        "",
        "In summary: unaccompanied asylum seeking children looked after: 23",
        "Unaccompanied asylum seeking children who went missing: 4",
        "",
        "The full answers, including the figures for trafficked children, are in the spreadsheet.",
        "",
        "Kind regards,",
        "Information Governance, Reading Borough Council",
      ]),
  });
  add({
    file: "Reading BC FOI 15-9035 spreadsheet.xlsx",
    code: C.reading,
    answers: sheet,
    bytes: qaBook(
      "Reading Borough Council",
      "15-9035",
      ["Reading Borough Council – FOI 15-9035", "1 October 2014 to 30 September 2015"],
      sheet,
    ),
  });
}

// Windsor and Maidenhead: a covering letter whose attachment never arrived.
add({
  file: "RBWM FOI 15-0433 response letter.txt",
  code: C.windsor,
  answers: {},
  planted: [
    {
      problem: "covering letter only: the spreadsheet it refers to was not sent, so there are no figures",
      codes: ["file_no_figures", "no_return", "value_not_answered"],
      authority: C.windsor,
    },
  ],
  bytes: () =>
    letter([
      "Royal Borough of Windsor and Maidenhead",
      "Freedom of Information – reference 15-0433",
      "",
      "Dear Requester",
      "",
      "Thank you for your request of 20 October 2015 about children in care who were trafficked or who were",
      "unaccompanied asylum seekers. I am pleased to say that the Royal Borough holds this information and our",
      "response is attached as an Excel spreadsheet.",
      "",
      ...REVIEW,
      "",
      "Yours sincerely",
      "Customer Relations Team",
    ]),
});

// ================================================================================================
// 2. FILE-FORMAT ODDITIES
// ================================================================================================

// Southampton: a CSV saved as UTF-16 LE with a byte-order mark.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [33, 6, 13, 2]), nf: n(2) };
  const rows = [
    ["Southampton City Council"],
    ["Freedom of Information request 15/1287"],
    ["Period: 1 October 2014 – 30 September 2015"],
    [],
    ["Question", "Answer"],
    ...rowsCsv(a, [...BASIC, ["nf", "Trafficked and UASC children still missing (total)"]]),
  ];
  add({
    file: "Southampton City Council FOI 15-1287.csv",
    code: C.southampton,
    answers: a,
    bytes: () =>
      utf16bom(`${rows.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\r\n")}\r\n`),
  });
}

// Brighton and Hove: semicolon-delimited, with line breaks inside quoted cells.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [29, 3, 5, 0]) };
  add({
    file: "Brighton and Hove City Council FOI 6120.csv",
    code: C.brighton,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Brighton & Hove City Council"],
          ["FOI 6120 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer", "Comments"],
          ["Looked after children\n(identified or suspected as trafficked)", raw(a, "tla"), ""],
          ["Trafficked children who\nwent missing", raw(a, "twm"), "Returned the next day"],
          ["Missing episodes\n(trafficked children)", raw(a, "tmi"), ""],
          ["Trafficked children\nnot found", raw(a, "tnf"), ""],
          [
            "Unaccompanied asylum seeking\nchildren looked after",
            raw(a, "ula"),
            "Includes children placed\noutside the city",
          ],
          ["UASC who went\nmissing", raw(a, "uwm"), ""],
          ["Missing episodes\n(UASC)", raw(a, "umi"), ""],
          ["UASC not\nfound", raw(a, "unf"), "All returned;\nnone outstanding"],
        ],
        { delimiter: ";" },
      ),
  });
}

// Plymouth: a tab-separated table saved as .txt.
{
  const a: Answers = { ...four("t", [1, 1, 3, 0]), ...four("u", [9, 2, 2, 0]) };
  const g = (k1: Key, k2: Key) => [raw(a, k1), raw(a, k2)];
  add({
    file: "Plymouth City Council FOI 15-4471.txt",
    code: C.plymouth,
    answers: a,
    bytes: () =>
      utf8(
        `${[
          ["Plymouth City Council", "FOI request 15-4471"],
          ["Period:", "01/10/2014 - 30/09/2015"],
          [],
          ["Measure", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking"],
          ["Looked after", ...g("tla", "ula")],
          ["Went missing (children)", ...g("twm", "uwm")],
          ["Missing episodes", ...g("tmi", "umi")],
          ["Not found", ...g("tnf", "unf")],
        ]
          .map((r) => r.join("\t"))
          .join("\r\n")}\r\n`,
      ),
  });
}

// Birmingham: a grid under a merged two-row header (trafficked split into identified / suspected / total).
{
  const a: Answers = {
    tid: n(4),
    tsu: n(5),
    tla: n(9),
    twm: n(3),
    tmi: n(4),
    tnf: n(1),
    ...four("u", [58, 11, 27, 3]),
  };
  add({
    file: "Birmingham City Council FOI 15-22871.xlsx",
    code: C.birmingham,
    answers: a,
    bytes: () =>
      xlsx("Birmingham City Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-22871");
        widths(ws, [34, 14, 14, 14, 22]);
        put(ws, 1, 1, [
          ["Birmingham City Council – Children's Services"],
          ["Freedom of Information request 15-22871 – 1 October 2014 to 30 September 2015"],
          [],
          ["", "Trafficked children", "", "", "Unaccompanied asylum seeking children"],
          ["", "Identified", "Suspected", "Total"],
          ["Looked after", 4, 5, cell(a, "tla"), cell(a, "ula")],
          ["Went missing", 2, 1, cell(a, "twm"), cell(a, "uwm")],
          ["Missing episodes", 3, 1, cell(a, "tmi"), cell(a, "umi")],
          ["Not found", 0, 1, cell(a, "tnf"), cell(a, "unf")],
        ]);
        ws.mergeCells("B4:D4");
        ws.mergeCells("E4:E5");
        ws.mergeCells("A4:A5");
      }),
  });
}

// Manchester: hidden rows holding superseded draft figures under the same labels.
{
  const a: Answers = { ...four("t", [5, 2, 6, 1]), ...four("u", [66, 13, 41, 2]) };
  add({
    file: "Manchester City Council FOI 2015-11-4418.xlsx",
    code: C.manchester,
    answers: a,
    bytes: () =>
      xlsx("Manchester City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [74, 14]);
        put(ws, 1, 1, [
          ["Manchester City Council"],
          ["FOI 2015-11-4418 – looked after children, 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Number"],
          ...rowsXl(a, BASIC.slice(0, 4)),
          ["Unaccompanied asylum seeking children looked after (draft 02/11)", 63],
          ["How many of those children went missing at least once (draft 02/11)", 12],
          ...rowsXl(a, BASIC.slice(4)),
        ]);
        ws.getRow(9).hidden = true;
        ws.getRow(10).hidden = true;
      }),
  });
}

// Salford: a hidden column with last year's figures, before the requested year.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [17, 3, 4, 0]) };
  const prev: Record<string, number> = { tla: 2, twm: 1, tmi: 2, tnf: 0, ula: 12, uwm: 2, umi: 5, unf: 1 };
  add({
    file: "Salford City Council FOI 15-3190.xlsx",
    code: C.salford,
    answers: a,
    bytes: () =>
      xlsx("Salford City Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-3190");
        widths(ws, [70, 18, 22]);
        put(ws, 1, 1, [
          ["Salford City Council – FOI 15-3190"],
          [],
          ["", "Oct 2013 - Sep 2014", "1 Oct 2014 - 30 Sep 2015"],
          ...BASIC.map(([k, l]) => [l, prev[k] ?? 0, cell(a, k)]),
        ]);
        ws.getColumn(2).hidden = true;
      }),
  });
}

// Wolverhampton: totals are formulas with cached results; a quarterly workings block beside the answers.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: { raw: "3", reading: "exact", value: 3, xl: { formula: "C5+C6", result: 3 } as ExcelJS.CellFormulaValue },
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ula: n(24),
    uwm: n(4),
    umi: { raw: "9", reading: "exact", value: 9, xl: { formula: "SUM(G5:G8)", result: 9 } as ExcelJS.CellFormulaValue },
    unf: n(1),
    nf: { raw: "1", reading: "exact", value: 1, xl: { formula: "C10+C14", result: 1 } as ExcelJS.CellFormulaValue },
  };
  add({
    file: "City of Wolverhampton Council FOI 0871.xlsx",
    code: C.wolverhampton,
    answers: a,
    bytes: () =>
      xlsx("City of Wolverhampton Council", (wb) => {
        const ws = wb.addWorksheet("FOI 0871");
        widths(ws, [6, 64, 12, 4, 4, 24, 12]);
        put(ws, 1, 1, [
          ["City of Wolverhampton Council – FOI 0871"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["", "Question", "Answer", "", "", "Workings: UASC missing episodes by quarter"],
          ["1a", "Looked after children identified as trafficked", cell(a, "tid"), "", "", "Oct-Dec 2014", 2],
          ["1b", "Looked after children suspected of being trafficked", cell(a, "tsu"), "", "", "Jan-Mar 2015", 3],
          ["1", "Total trafficked looked after children (1a + 1b)", cell(a, "tla"), "", "", "Apr-Jun 2015", 1],
          ["2", "Trafficked children who went missing", cell(a, "twm"), "", "", "Jul-Sep 2015", 3],
          ["3", "Missing episodes for trafficked children", cell(a, "tmi")],
          ["4", "Trafficked children not found", cell(a, "tnf")],
          ["5", "Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["6", "UASC who went missing", cell(a, "uwm")],
          ["7", "Missing episodes for UASC", cell(a, "umi")],
          ["8", "UASC not found", cell(a, "unf")],
          ["9", "All children not found (4 + 8)", cell(a, "nf")],
        ]);
      }),
  });
}

// Walsall: every answer is text, some with stray spaces.
{
  const a: Answers = {
    tla: t(2, " 2"),
    twm: t(1, "1 "),
    tmi: t(1),
    tnf: t(0, " 0 "),
    ula: t(14, "14 "),
    uwm: t(2, " 2"),
    umi: t(3),
    unf: t(0),
  };
  add({
    file: "Walsall Council FOI 15-0719.xlsx",
    code: C.walsall,
    answers: a,
    bytes: () =>
      xlsx("Walsall Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [70, 12]);
        put(ws, 1, 1, [
          ["Walsall Council – FOI 15-0719"],
          ["Period 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, BASIC),
        ]);
        for (let r = 5; r <= 12; r++) ws.getCell(r, 2).numFmt = "@";
      }),
  });
}

// Sandwell: a CSV exported with leading apostrophes on the numbers.
{
  const a: Answers = {
    tla: as("'4", 4),
    twm: as("'1", 1),
    tmi: as("'2", 2),
    tnf: as("'0", 0),
    ula: as("'19", 19),
    uwm: as("'5", 5),
    umi: as("'8", 8),
    unf: as("'1", 1),
  };
  add({
    file: "Sandwell MBC FOI 3327.csv",
    code: C.sandwell,
    answers: a,
    bytes: qaCsv(["Sandwell Metropolitan Borough Council", "FOI 3327 - 1st October 2014 to 30th September 2015"], a),
  });
}

// Bolton: rich-text labels and answers.
{
  const rt = (...parts: (string | [string, Partial<ExcelJS.Font>])[]): ExcelJS.CellRichTextValue => ({
    richText: parts.map((p) => (typeof p === "string" ? { text: p } : { text: p[0], font: p[1] })),
  });
  const bold = { bold: true };
  const a: Answers = {
    tla: n(0),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: { raw: "21", reading: "exact", value: 21, xl: rt(["21", { bold: true, color: { argb: "FFC00000" } }]) },
    uwm: {
      raw: "2 (both returned the same day)",
      reading: "exact",
      value: 2,
      xl: rt("2 ", ["(both returned the same day)", { italic: true }]),
    },
    umi: n(3),
    unf: { raw: "0", reading: "exact", value: 0, xl: rt(["0", bold]) },
  };
  const lab = (q: string, text: string) => rt([`${q} `, bold], text);
  add({
    file: "Bolton Council FOI 15-2004.xlsx",
    code: C.bolton,
    answers: a,
    bytes: () =>
      xlsx("Bolton Council", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [78, 34]);
        put(ws, 1, 1, [
          [rt(["Bolton Council", bold], " – Freedom of Information request 15-2004")],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Response"],
          ...BASIC.map(([k, l], i) => [lab(`Q${i + 1}.`, l), cell(a, k)]),
        ]);
      }),
  });
}

// Camden: an episode list on its own sheet, with real date cells.
{
  const eps: Episode[] = [
    { child: "CAM-1001", group: "t", start: [2015, 1, 12], end: [2015, 1, 13] },
    { child: "CAM-1001", group: "t", start: [2015, 5, 3], end: [2015, 5, 5] },
    { child: "CAM-1002", group: "t", start: [2015, 8, 20], end: null },
    { child: "CAM-2001", group: "u", start: [2014, 10, 4], end: [2014, 10, 6] },
    { child: "CAM-2002", group: "u", start: [2014, 12, 24], end: [2014, 12, 27] },
    { child: "CAM-2002", group: "u", start: [2015, 2, 14], end: [2015, 2, 15] },
    { child: "CAM-2003", group: "u", start: [2015, 6, 30], end: null },
    { child: "CAM-2004", group: "u", start: [2015, 9, 11], end: [2015, 9, 12] },
  ];
  const a: Answers = { tla: n(3), ula: n(47), ...countEpisodes(eps) };
  const d = (x: readonly [number, number, number] | null) => (x ? new Date(Date.UTC(x[0], x[1] - 1, x[2])) : null);
  add({
    file: "LB Camden FOI CAM-15-5520 with episode list.xlsx",
    code: C.camden,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Camden", (wb) => {
        const ws = wb.addWorksheet("Summary");
        widths(ws, [70, 12]);
        put(ws, 1, 1, [
          ["London Borough of Camden – FOI CAM-15-5520"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          [],
          ["Missing episodes for both groups are listed on the 'Episodes' sheet (one row per episode)."],
        ]);
        const ep = wb.addWorksheet("Episodes");
        widths(ep, [16, 14, 16, 16]);
        put(ep, 1, 1, [["Child ref", "Category", "Date missing", "Date returned"]]);
        eps.forEach((e, i) => {
          const r = i + 2;
          ep.getCell(r, 1).value = e.child;
          ep.getCell(r, 2).value = e.group === "t" ? "Trafficked" : "UASC";
          ep.getCell(r, 3).value = d(e.start);
          ep.getCell(r, 3).numFmt = "dd/mm/yyyy";
          const end = d(e.end);
          if (end) {
            ep.getCell(r, 4).value = end;
            ep.getCell(r, 4).numFmt = "dd/mm/yyyy";
          }
        });
      }),
  });
}

// Cheshire East: the first sheet is a cover page; the answers are on the second sheet, as a grid.
{
  const a: Answers = { ...four("t", [2, 2, 5, 0]), ...four("u", [16, 1, 1, 0]) };
  add({
    file: "Cheshire East Council FOI 4150723.xlsx",
    code: C.cheshireEast,
    answers: a,
    bytes: () =>
      xlsx("Cheshire East Council", (wb) => {
        const cover = wb.addWorksheet("Cover");
        widths(cover, [100]);
        put(cover, 1, 1, [
          ["Cheshire East Council"],
          ["Freedom of Information Act 2000 – request 4150723"],
          [],
          ["Date of response: 20/11/2015"],
          ["Subject: trafficked and unaccompanied asylum seeking children in care"],
          [],
          ["Our answers are on the sheet named 'Data'. They cover 1 October 2014 to 30 September 2015."],
          [
            "This information is provided for your personal use. Re-use may require a licence under the Re-use of Public Sector Information Regulations 2015.",
          ],
        ]);
        const ws = wb.addWorksheet("Data");
        widths(ws, [34, 30, 30]);
        put(ws, 1, 1, [
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking children"],
          ["Number looked after", cell(a, "tla"), cell(a, "ula")],
          ["Number who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Number still missing", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// ================================================================================================
// 3. PROSE-HEAVY LETTERS
// ================================================================================================

// Norfolk: the answers run through paragraphs, some in words.
{
  const a: Answers = {
    tla: n(7),
    twm: as("Three", 3),
    tmi: n(9),
    tnf: as("none remains missing", 0),
    ula: n(48),
    uwm: n(6),
    umi: n(15),
    unf: n(2),
  };
  add({
    file: "Norfolk County Council FOI NCC-15-3302 response.txt",
    code: C.norfolk,
    answers: a,
    bytes: () =>
      letter([
        "Norfolk County Council",
        "County Hall, Martineau Lane, Norwich",
        "Our reference: NCC-15-3302",
        "",
        "Dear Requester,",
        "",
        "Thank you for your request for information, which we have dealt with under the Freedom of Information Act 2000.",
        "",
        "Between 1 October 2014 and 30 September 2015, Norfolk County Council looked after 7 children who had been",
        "identified as, or were suspected of being, victims of trafficking. Three of these children went missing from",
        "care at least once, and between them there were 9 separate missing episodes. All of them have since been",
        "located and none remains missing.",
        "",
        "Over the same period we looked after 48 unaccompanied asylum seeking children. Of these, 6 went missing at",
        "least once, accounting for 15 missing episodes in total. 2 of these young people have not been found and",
        "remain missing at the time of writing; both cases are being actively pursued with Norfolk Constabulary.",
        "",
        ...REVIEW,
        "",
        "Yours sincerely,",
        "Information Compliance Team",
      ]),
  });
}

// Suffolk: a lettered list a) to h) inside a letter.
{
  const a: Answers = { ...four("t", [4, 2, 2, 0]), ...four("u", [36, 4, 7, 1]) };
  add({
    file: "Suffolk County Council FOI CYP-15-881.txt",
    code: C.suffolk,
    answers: a,
    bytes: () =>
      letter([
        "Suffolk County Council – Children and Young People's Services",
        "FOI request CYP-15-881",
        "",
        "Dear Applicant",
        "",
        "I am writing in response to your request. The period covered is 1 October 2014 to 30 September 2015.",
        "",
        `a) Looked after children identified or suspected as trafficked – ${raw(a, "tla")}`,
        `b) Of the children in (a), those who went missing – ${raw(a, "twm")}`,
        `c) Missing episodes for the children in (b) – ${raw(a, "tmi")}`,
        `d) Of the children in (b), those not yet found – ${raw(a, "tnf")}`,
        `e) Looked after unaccompanied asylum seeking children – ${raw(a, "ula")}`,
        `f) Of the children in (e), those who went missing – ${raw(a, "uwm")}`,
        `g) Missing episodes for the children in (f) – ${raw(a, "umi")}`,
        `h) Of the children in (f), those not yet found – ${raw(a, "unf")}`,
        "",
        ...REVIEW,
        "",
        "Yours sincerely",
        "Information Governance Officer",
      ]),
  });
}

// Lincolnshire: Q1:/A1: pairs in an email.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [23, 3, 4, 0]), unf: as("None", 0), nf: as("None", 0) };
  const qa: [Key, string][] = [
    ["tla", "How many looked after children were identified or suspected as having been trafficked?"],
    ["twm", "How many of the children in Q1 went missing?"],
    ["tmi", "How many missing episodes did the children in Q2 have?"],
    ["tnf", "How many of the children in Q2 have not been found?"],
    ["ula", "How many unaccompanied asylum seeking children were looked after?"],
    ["uwm", "How many of the children in Q5 went missing?"],
    ["umi", "How many missing episodes did the children in Q6 have?"],
    ["unf", "How many of the children in Q6 have not been found?"],
    ["nf", "In total, how many children from Q4 and Q8 are still missing?"],
  ];
  add({
    file: "Lincolnshire CC FOI LCC-2015-1576 email.txt",
    code: C.lincolnshire,
    answers: a,
    bytes: () =>
      letter([
        "From: Information Governance <foi@lincolnshire.example>",
        "Subject: FOI LCC-2015-1576 – response",
        "",
        "Dear Requester,",
        "",
        "Lincolnshire County Council has now considered your request. Figures relate to 1 October 2014 – 30 September 2015.",
        "",
        ...qa.flatMap(([k, q], i) => [`Q${i + 1}: ${q}`, `A${i + 1}: ${raw(a, k)}`, ""]),
        "Regards,",
        "Information Governance Team, Lincolnshire County Council",
      ]),
  });
}

// Cardiff: a bilingual letter, Welsh first.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [14, 2, 2, 1]) };
  const qs: [Key, string, string][] = [
    [
      "tla",
      "Nifer y plant sy'n derbyn gofal y nodwyd neu yr amheuwyd eu bod wedi'u masnachu",
      "Number of looked after children identified or suspected as trafficked",
    ],
    ["twm", "Nifer y plant hynny a aeth ar goll", "Number of those children who went missing"],
    ["tmi", "Nifer yr achosion o fynd ar goll", "Number of missing episodes"],
    ["tnf", "Nifer sydd heb eu canfod", "Number not found"],
    [
      "ula",
      "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal",
      "Number of looked after unaccompanied asylum seeking children",
    ],
    ["uwm", "Nifer y plant hynny a aeth ar goll", "Number of those children who went missing"],
    ["umi", "Nifer yr achosion o fynd ar goll", "Number of missing episodes"],
    ["unf", "Nifer sydd heb eu canfod", "Number not found"],
  ];
  add({
    file: "Cyngor Caerdydd - Cardiff Council FOI 15-10231.txt",
    code: C.cardiff,
    answers: a,
    bytes: () =>
      letter([
        "Cyngor Caerdydd / Cardiff Council",
        "Cais Rhyddid Gwybodaeth / Freedom of Information Request 15-10231",
        "Cyfnod / Period: 01/10/2014 – 30/09/2015",
        "",
        "Annwyl Ymgeisydd / Dear Applicant,",
        "",
        "Dyma ymateb y Cyngor i'ch cais. / Here is the Council's response to your request.",
        "",
        ...qs.flatMap(([k, cy, en], i) => [
          `Cwestiwn ${i + 1} / Question ${i + 1}: ${cy} / ${en}`,
          `Ateb / Answer: ${raw(a, k)}`,
          "",
        ]),
        "Yn gywir / Yours sincerely,",
        "Tîm Rhyddid Gwybodaeth / Freedom of Information Team",
      ]),
  });
}

// Carmarthenshire: a bilingual workbook with Welsh and English label columns; zero written "Dim / Nil".
{
  const dim = as("Dim / Nil", 0);
  const a: Answers = { tla: dim, twm: dim, tmi: dim, tnf: dim, ula: n(6), uwm: n(1), umi: n(1), unf: dim };
  add({
    file: "Cyngor Sir Gar - Carmarthenshire CC FOI 4471.xlsx",
    code: C.carmarthenshire,
    answers: a,
    bytes: () =>
      xlsx("Carmarthenshire County Council", (wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        widths(ws, [60, 60, 14]);
        put(ws, 1, 1, [
          ["Cyngor Sir Gâr / Carmarthenshire County Council"],
          ["Cais Rhyddid Gwybodaeth 4471 / Freedom of Information request 4471"],
          ["1 Hydref 2014 – 30 Medi 2015 / 1 October 2014 – 30 September 2015"],
          [],
          ["Cwestiwn", "Question", "Ateb / Answer"],
          [
            "Plant sy'n derbyn gofal a fasnachwyd (wedi'u nodi neu dan amheuaeth)",
            "Looked after children trafficked (identified or suspected)",
            cell(a, "tla"),
          ],
          ["Y rhai a aeth ar goll", "Those who went missing", cell(a, "twm")],
          ["Achosion o fynd ar goll", "Missing episodes", cell(a, "tmi")],
          ["Heb eu canfod eto", "Not yet found", cell(a, "tnf")],
          ["Plant ar eu pen eu hunain sy'n ceisio lloches", "Unaccompanied asylum seeking children", cell(a, "ula")],
          ["Y rhai a aeth ar goll", "Those who went missing", cell(a, "uwm")],
          ["Achosion o fynd ar goll", "Missing episodes", cell(a, "umi")],
          ["Heb eu canfod eto", "Not yet found", cell(a, "unf")],
        ]);
      }),
  });
}

// ================================================================================================
// 4. SCOTLAND AND NORTHERN IRELAND
// ================================================================================================

// Glasgow: looked after at home / away from home, with a total column last.
{
  const a: Answers = { ...four("t", [4, 2, 5, 0]), ...four("u", [27, 5, 12, 1]) };
  add({
    file: "Glasgow City Council FOISA 15-02831.xlsx",
    code: C.glasgow,
    answers: a,
    bytes: () =>
      xlsx("Glasgow City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [64, 18, 22, 12]);
        put(ws, 1, 1, [
          ["Glasgow City Council – Freedom of Information (Scotland) Act 2002 – request 15-02831"],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Children looked after during the period", "Looked after at home", "Looked after away from home", "Total"],
          ["Identified or suspected as trafficked", 0, 4, cell(a, "tla")],
          ["Unaccompanied asylum seeking children", 1, 26, cell(a, "ula")],
          [],
          ["Children who went missing", "Trafficked", "UASC"],
          ["Number of children who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Number not yet traced", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Edinburgh: UASC given only as "away from home" and "at home" with no total (flag).
{
  const a: Answers = {
    tla: as("1 (looked after away from home)", 1),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: nx("14 away from home; 1 at home"),
    uwm: n(3),
    umi: n(3),
    unf: n(0),
  };
  add({
    file: "City of Edinburgh Council FOI 15-4190.csv",
    code: C.edinburgh,
    answers: a,
    contested: ["ula"],
    bytes: () =>
      csv([
        ["The City of Edinburgh Council"],
        ["Freedom of Information (Scotland) Act 2002 - reference 15-4190"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["  - of these, went missing", raw(a, "twm")],
        ["  - missing episodes", raw(a, "tmi")],
        ["  - not traced", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children looked after away from home", "14"],
        ["Unaccompanied asylum seeking children looked after at home", "1"],
        ["  - of these, went missing", raw(a, "uwm")],
        ["  - missing episodes", raw(a, "umi")],
        ["  - not traced", raw(a, "unf")],
      ]),
  });
}

// Highland: trafficked figures not held (section 17 FOISA); UASC figures given.
{
  const s17 = "Not held - section 17 FOISA";
  const a: Answers = { tla: nh(s17), twm: nh(s17), tmi: nh(s17), tnf: nh(s17), ...four("u", [3, 0, 0, 0]) };
  add({
    file: "The Highland Council FOISA response 4409.txt",
    code: C.highland,
    answers: a,
    planted: [
      {
        problem: "trafficked questions answered 'not held' under section 17 of FOISA",
        codes: ["value_not_held", "document_not_held"],
        authority: C.highland,
      },
    ],
    bytes: () =>
      letter([
        "The Highland Council",
        "Freedom of Information (Scotland) Act 2002 – request 4409",
        "",
        "Dear Requester",
        "",
        "Your request covered children looked after between 1 October 2014 and 30 September 2015.",
        "",
        "Questions 1 to 4 (children identified or suspected as trafficked)",
        "The Council does not record whether a looked after child has been trafficked in a way that can be reported.",
        "Under section 17 of FOISA I must therefore give you notice that this information is not held.",
        "",
        "1. Looked after children identified or suspected as trafficked: Not held - section 17 FOISA",
        "2. Of these, how many went missing: Not held - section 17 FOISA",
        "3. Missing episodes for these children: Not held - section 17 FOISA",
        "4. Of these, how many remain missing: Not held - section 17 FOISA",
        "5. Unaccompanied asylum seeking children looked after: 3",
        "6. Of these, how many went missing: 0",
        "7. Missing episodes for these children: 0",
        "8. Of these, how many remain missing: 0",
        "",
        "If you are unhappy with this response you may ask the Council to review it within 40 working days. If you",
        "are still dissatisfied you may then apply to the Scottish Information Commissioner.",
        "",
        "Yours sincerely",
        "Freedom of Information Officer",
      ]),
  });
}

// Fife: small numbers shown as "*" under section 38(1)(b) FOISA.
{
  const star = "*";
  const a: Answers = {
    tla: sup(star),
    twm: sup(star),
    tmi: sup(star),
    tnf: n(0),
    ula: n(8),
    uwm: sup(star),
    umi: n(6),
    unf: n(0),
  };
  add({
    file: "Fife Council FOISA FOI-15-1660.xlsx",
    code: C.fife,
    answers: a,
    planted: [
      {
        problem: "figures under 5 shown as '*' (section 38(1)(b) FOISA)",
        codes: ["value_suppressed"],
        authority: C.fife,
      },
    ],
    bytes: () =>
      xlsx("Fife Council", (wb) => {
        const ws = wb.addWorksheet("FOI-15-1660");
        widths(ws, [70, 12]);
        put(ws, 1, 1, [
          ["Fife Council – FOISA request FOI-15-1660"],
          ["Looked after children, 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Number"],
          ...rowsXl(a, BASIC),
          [],
          [
            "* denotes a number between 1 and 4, withheld under section 38(1)(b) FOISA to protect the children's identity.",
          ],
        ]);
      }),
  });
}

// Belfast: NI council redirecting to the Belfast HSC Trust.
add({
  file: "Belfast City Council FOI 2015-0712 reply.txt",
  code: C.belfast,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: looked after children are the Belfast HSC Trust's responsibility (not held)",
      codes: ["document_not_held", "value_not_held"],
      authority: C.belfast,
    },
  ],
  bytes: () =>
    letter([
      "Belfast City Council",
      "Information Governance Unit, City Hall, Belfast",
      "FOI reference 2015/0712",
      "",
      "Dear Requester,",
      "",
      "I have considered your request regarding trafficked and unaccompanied asylum seeking children in care.",
      "",
      "Belfast City Council has no responsibility for children's social care, and so holds no information within",
      "the scope of your request. In Northern Ireland these services are provided by the Health and Social Care",
      "Trusts; for the Belfast area this is the Belfast Health and Social Care Trust, which you may wish to contact.",
      "",
      "Yours sincerely",
      "Information Governance Officer",
    ]),
});

// Armagh City, Banbridge and Craigavon: an e-mail reply pointing to the Southern HSC Trust.
add({
  file: "ABC Borough Council FOI 15-098 email.txt",
  code: C.armagh,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: information held by the Southern HSC Trust, not the council",
      codes: ["document_not_held", "value_not_held"],
      authority: C.armagh,
    },
  ],
  bytes: () =>
    letter([
      "From: FOI Officer, Armagh City, Banbridge and Craigavon Borough Council",
      "Sent: 12 November 2015 14:07",
      "Subject: RE: FOI 15-098 Looked after children",
      "",
      "Good afternoon,",
      "",
      "Thank you for your email. Having checked with the relevant departments, Armagh City, Banbridge and",
      "Craigavon Borough Council does not hold the information you have requested. Looked after children in",
      "this area are the responsibility of the Southern Health and Social Care Trust, who may be able to help.",
      "",
      "Kind regards",
      "FOI Officer",
    ]),
});

// Dumfries and Galloway: a FOISA letter for the year to 31 July 2015 (wrong period).
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [4, 1, 2, 0]) };
  add({
    file: "Dumfries and Galloway Council FOISA 15-337.txt",
    code: C.dumfries,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for 1 August 2014 to 31 July 2015, not the period requested",
        codes: ["period_mismatch", "period_approximate"],
        authority: C.dumfries,
      },
    ],
    bytes: () =>
      letter([
        "Dumfries and Galloway Council",
        "Freedom of Information (Scotland) Act 2002 – request 15-337",
        "",
        "Our social work system reports on an August to July year, so the figures below cover",
        "1 August 2014 to 31 July 2015.",
        "",
        ...BASIC.map(([k, l], i) => `${i + 1}. ${l}: ${raw(a, k)}`),
        "",
        "Yours sincerely",
        "Information Management",
      ]),
  });
}

// ================================================================================================
// 5. SUPPRESSION AND REFUSAL WORDINGS
// ================================================================================================

// Stockport: "fewer than 5 – exempt under s.40(2)".
{
  const w = "fewer than 5 – exempt under s.40(2)";
  const a: Answers = {
    tla: sup(w),
    twm: sup(w),
    tmi: sup(w),
    tnf: n(0),
    ula: n(22),
    uwm: n(6),
    umi: n(10),
    unf: sup(w),
  };
  add({
    file: "Stockport MBC FOI 15-4402.xlsx",
    code: C.stockport,
    answers: a,
    planted: [
      {
        problem: "several answers given as 'fewer than 5 – exempt under s.40(2)'",
        codes: ["value_suppressed", "value_refused"],
        authority: C.stockport,
      },
    ],
    bytes: qaBook(
      "Stockport Metropolitan Borough Council",
      "FOI 15-4402",
      ["Stockport Metropolitan Borough Council", "FOI 15-4402 – 1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// Doncaster: "less than five".
{
  const w = "less than five";
  const a: Answers = { tla: sup(w), twm: sup(w), tmi: sup(w), tnf: n(0), ...four("u", [17, 5, 9, 0]), unf: sup(w) };
  add({
    file: "Doncaster Council FOI 15-2177.csv",
    code: C.doncaster,
    answers: a,
    planted: [
      {
        problem: "trafficked answers and UASC not found given as 'less than five'",
        codes: ["value_suppressed"],
        authority: C.doncaster,
      },
    ],
    bytes: qaCsv(["City of Doncaster Council", "FOI 15-2177: 1 October 2014 to 30 September 2015"], a, BASIC, {
      encoding: "cp1252",
    }),
  });
}

// Barnsley: trafficked answers "Withheld".
{
  const a: Answers = {
    tla: ref("Withheld (see note)"),
    twm: ref("Withheld (see note)"),
    tmi: ref("Withheld (see note)"),
    tnf: ref("Withheld (see note)"),
    ...four("u", [12, 2, 2, 0]),
  };
  add({
    file: "Barnsley MBC FOI 9915.csv",
    code: C.barnsley,
    answers: a,
    planted: [
      {
        problem: "trafficked answers 'Withheld' as personal data",
        codes: ["value_refused", "value_suppressed"],
        authority: C.barnsley,
      },
    ],
    bytes: () =>
      csv([
        ["Barnsley Metropolitan Borough Council"],
        ["FOI 9915 - 1 October 2014 to 30 September 2015"],
        [],
        ["Request", "Response"],
        ...rowsCsv(a, BASIC),
        [],
        [
          "Note: the trafficked figures relate to so few children that they could identify them; they are withheld under section 40(2) of the Act.",
        ],
      ]),
  });
}

// Warwickshire: the episodes questions refused under section 12.
{
  const s12 = "Section 12 – cost limit";
  const a: Answers = {
    tla: n(3),
    twm: n(1),
    tmi: ref(s12),
    tnf: n(0),
    ula: n(41),
    uwm: n(7),
    umi: ref(s12),
    unf: n(1),
  };
  add({
    file: "Warwickshire County Council FOI 5530.xlsx",
    code: C.warwickshire,
    answers: a,
    planted: [
      {
        problem: "missing-episode questions refused under section 12 (cost limit)",
        codes: ["value_refused"],
        authority: C.warwickshire,
      },
    ],
    bytes: qaBook(
      "Warwickshire County Council",
      "FOI 5530",
      [
        "Warwickshire County Council – FOI 5530",
        "1 October 2014 to 30 September 2015",
        "Episodes are recorded only in case notes; counting them would exceed the appropriate limit.",
      ],
      a,
    ),
  });
}

// Surrey: trafficked missing figures "not held centrally".
{
  const w = "Not held centrally";
  const a: Answers = { tla: n(6), twm: nh(w), tmi: nh(w), tnf: nh(w), ...four("u", [88, 14, 37, 4]) };
  add({
    file: "Surrey County Council FOI 2015-SCC-771.csv",
    code: C.surrey,
    answers: a,
    planted: [
      { problem: "trafficked missing figures 'Not held centrally'", codes: ["value_not_held"], authority: C.surrey },
    ],
    bytes: qaCsv(["Surrey County Council", "FOI 2015-SCC-771 (1 October 2014 - 30 September 2015)"], a),
  });
}

// Cumbria: a whole-letter refusal under section 12.
add({
  file: "Cumbria County Council FOI 15-6021 refusal notice.txt",
  code: C.cumbria,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole-letter refusal under section 12(1) (cost limit)",
      codes: ["document_refused"],
      authority: C.cumbria,
    },
  ],
  bytes: () =>
    letter([
      "Cumbria County Council",
      "Refusal notice – FOI 15-6021",
      "",
      "Dear Requester,",
      "",
      "We have considered your request for information about trafficked and unaccompanied asylum seeking",
      "children looked after between 1 October 2014 and 30 September 2015, and about their missing episodes.",
      "",
      "Our records of missing episodes are held in individual case files. We estimate that locating and",
      "extracting the information would take approximately 31 hours, which is above the 18 hours allowed.",
      "The Council is therefore not obliged to comply with your request, by virtue of section 12(1) of the",
      "Freedom of Information Act 2000.",
      "",
      "Under section 16 we suggest that a request limited to the number of children looked after may be",
      "answerable within the limit.",
      "",
      ...REVIEW,
      "",
      "Yours faithfully",
      "Information Governance Team",
    ]),
});

// ================================================================================================
// 6. TRAPS: where a naive reader picks the wrong number
// ================================================================================================

// Luton: the first row gives all looked after children.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [31, 4, 6, 0]) };
  add({
    file: "Luton Borough Council FOI 15-908.csv",
    code: C.luton,
    answers: a,
    bytes: () =>
      csv([
        ["Luton Borough Council - FOI 15-908"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["", "Number"],
        ["All children looked after at any point during the period (for context)", "486"],
        ["Of these, unaccompanied asylum seeking children", raw(a, "ula")],
        ["Of these, children identified or suspected as trafficked", raw(a, "tla")],
        [],
        ["Trafficked children who went missing", raw(a, "twm")],
        ["Missing episodes - trafficked children", raw(a, "tmi")],
        ["Trafficked children still missing", raw(a, "tnf")],
        ["UASC who went missing", raw(a, "uwm")],
        ["Missing episodes - UASC", raw(a, "umi")],
        ["UASC still missing", raw(a, "unf")],
      ]),
  });
}

// Milton Keynes: a percentage column beside each count.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [26, 4, 5, 1]) };
  const pc: Record<string, string> = {
    tla: "0.6%",
    twm: "50%",
    tmi: "",
    tnf: "0%",
    ula: "7.9%",
    uwm: "15%",
    umi: "",
    unf: "25%",
  };
  add({
    file: "Milton Keynes Council FOI 2015-1187.csv",
    code: C.miltonKeynes,
    answers: a,
    bytes: () =>
      csv([
        ["Milton Keynes Council"],
        ["FOI 2015-1187 - 01/10/2014 to 30/09/2015"],
        [],
        ["Question", "Number", "Percentage"],
        ...BASIC.map(([k, l]) => [l, raw(a, k), pc[k] ?? ""]),
        [],
        ["Percentages for looked after are of all children looked after; the others are of the group above."],
      ]),
  });
}

// Hertfordshire: "of which female" sub-rows under the counts.
{
  const a: Answers = { ...four("t", [3, 2, 4, 0]), ...four("u", [57, 9, 22, 2]) };
  add({
    file: "Hertfordshire County Council FOI HCC-15-2750.xlsx",
    code: C.hertfordshire,
    answers: a,
    bytes: () =>
      xlsx("Hertfordshire County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [72, 12]);
        put(ws, 1, 1, [
          ["Hertfordshire County Council – FOI HCC-15-2750"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Category", "Children"],
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["    of which female", 2],
          ["Trafficked children who went missing", cell(a, "twm")],
          ["    of which female", 1],
          ["Missing episodes (trafficked children)", cell(a, "tmi")],
          ["Trafficked children not found", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["    of which female", 8],
          ["    of which aged 16 or 17", 41],
          ["UASC who went missing", cell(a, "uwm")],
          ["    of which female", 2],
          ["Missing episodes (UASC)", cell(a, "umi")],
          ["UASC not found", cell(a, "unf")],
          ["    of which female", 0],
        ]);
      }),
  });
}

// Oxfordshire: the calendar year 2014 column comes before the requested period.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [39, 7, 16, 1]) };
  const cal: Record<string, number> = { tla: 1, twm: 1, tmi: 3, tnf: 0, ula: 30, uwm: 5, umi: 11, unf: 1 };
  add({
    file: "Oxfordshire County Council FOI 15-1733.xlsx",
    code: C.oxfordshire,
    answers: a,
    bytes: () =>
      xlsx("Oxfordshire County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-1733");
        widths(ws, [70, 22, 26]);
        put(ws, 1, 1, [
          ["Oxfordshire County Council – FOI 15-1733"],
          [],
          ["", "Calendar year 2014 (1 Jan – 31 Dec 2014)", "Period requested (1 Oct 2014 – 30 Sep 2015)"],
          ...BASIC.map(([k, l]) => [l, cal[k] ?? 0, cell(a, k)]),
        ]);
      }),
  });
}

// West Sussex: a snapshot column ("on 30 September 2015") before the whole-period column.
{
  const a: Answers = { ...four("t", [5, 2, 3, 0]), ...four("u", [64, 10, 28, 2]) };
  add({
    file: "West Sussex CC FOI 15-3884.csv",
    code: C.westSussex,
    answers: a,
    bytes: () =>
      csv([
        ["West Sussex County Council"],
        ["FOI 15-3884"],
        [],
        ["", "Number on 30 September 2015", "Number at any time 1 October 2014 - 30 September 2015"],
        ["Looked after children identified or suspected as trafficked", "3", raw(a, "tla")],
        ["Of whom went missing", "n/a", raw(a, "twm")],
        ["Missing episodes", "n/a", raw(a, "tmi")],
        ["Of whom still missing", "n/a", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children looked after", "45", raw(a, "ula")],
        ["Of whom went missing", "n/a", raw(a, "uwm")],
        ["Missing episodes", "n/a", raw(a, "umi")],
        ["Of whom still missing", "n/a", raw(a, "unf")],
      ]),
  });
}

// ================================================================================================
// 7. OTHER PLANTED PROBLEMS
// ================================================================================================

// Calderdale: more UASC went missing than were looked after.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 4, 6, 0]) };
  add({
    file: "Calderdale MBC FOI 15-0094.xlsx",
    code: C.calderdale,
    answers: a,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "more UASC went missing (4) than were looked after (3)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.calderdale,
      },
    ],
    bytes: qaBook(
      "Calderdale Council",
      "Response",
      ["Calderdale Council – FOI 15-0094", "1 October 2014 – 30 September 2015"],
      a,
    ),
  });
}

// Rochdale: more trafficked children not found than went missing.
{
  const a: Answers = { ...four("t", [2, 1, 1, 2]), ...four("u", [15, 2, 3, 0]) };
  add({
    file: "Rochdale BC FOI 15-5561.csv",
    code: C.rochdale,
    answers: a,
    contested: ["twm", "tnf"],
    planted: [
      {
        problem: "trafficked children not found (2) exceed those who went missing (1)",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.rochdale,
      },
    ],
    bytes: qaCsv(["Rochdale Borough Council", "FOI 15-5561 - 1 October 2014 to 30 September 2015"], a),
  });
}

// Swindon: fewer UASC missing episodes than UASC who went missing.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [18, 5, 3, 1]) };
  add({
    file: "Swindon Borough Council FOI 2015-667.csv",
    code: C.swindon,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "fewer UASC missing episodes (3) than UASC who went missing (5)",
        codes: ["check_incidents_below_children"],
        authority: C.swindon,
      },
    ],
    bytes: qaCsv(["Swindon Borough Council", "FOI 2015-667 (1/10/2014 - 30/9/2015)"], a),
  });
}

// Medway: identified + suspected does not equal the trafficked total.
{
  const a: Answers = { tid: n(2), tsu: n(2), tla: n(5), twm: n(1), tmi: n(1), tnf: n(0), ...four("u", [22, 3, 3, 0]) };
  add({
    file: "Medway Council FOI 15-11903.xlsx",
    code: C.medway,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (2) + suspected (2) does not equal the trafficked total (5)",
        codes: ["check_parts_sum"],
        authority: C.medway,
      },
    ],
    bytes: qaBook(
      "Medway Council",
      "FOI 15-11903",
      ["Medway Council – FOI 15-11903", "1 October 2014 to 30 September 2015"],
      a,
      [
        ["tid", "Looked after children identified as trafficked"],
        ["tsu", "Looked after children suspected of being trafficked"],
        ["tla", "Total looked after children identified or suspected as trafficked"],
        ...BASIC.slice(1),
      ],
    ),
  });
}

// Thurrock: the not-found total is not trafficked + UASC not found.
{
  const a: Answers = { ...four("t", [3, 1, 2, 1]), ...four("u", [20, 2, 4, 1]), nf: n(3) };
  add({
    file: "Thurrock Council FOI 7721.csv",
    code: C.thurrock,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not found (3) is not trafficked (1) + UASC (1) not found",
        codes: ["check_not_found_total"],
        authority: C.thurrock,
      },
    ],
    bytes: qaCsv(["Thurrock Council", "FOI 7721 - 1 October 2014 to 30 September 2015"], a, [
      ...BASIC,
      ["nf", "Total children (trafficked and UASC) not found"],
    ]),
  });
}

// Southend-on-Sea: the UASC nationality table sums to 4, but 5 UASC went missing.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [13, 5, 9, 1]) };
  add({
    file: "Southend-on-Sea BC FOI 15-2940.xlsx",
    code: C.southend,
    answers: a,
    contested: ["uwm"],
    planted: [
      {
        problem: "UASC nationality table sums to 4 but 5 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.southend,
      },
    ],
    bytes: () =>
      xlsx("Southend-on-Sea Borough Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [72, 12]);
        put(ws, 1, 1, [
          ["Southend-on-Sea Borough Council – FOI 15-2940"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, BASIC),
          [],
          ["Nationality of UASC who went missing", "Children"],
          ["Afghanistan", 2],
          ["Albania", 1],
          ["Eritrea", 1],
        ]);
      }),
  });
}

// Wigan: figures for the calendar year 2014.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [11, 2, 2, 0]) };
  add({
    file: "Wigan Council FOI 15-4044.csv",
    code: C.wigan,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for the calendar year 2014 (1 January to 31 December 2014)",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.wigan,
      },
    ],
    bytes: qaCsv(
      ["Wigan Council", "FOI 15-4044", "Our figures are for the calendar year 1 January 2014 to 31 December 2014"],
      a,
    ),
  });
}

// File named Knowsley; the content is Sefton's.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [10, 1, 1, 0]) };
  add({
    file: "Knowsley FOI 15-331.xlsx",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.knowsley, C.sefton],
    planted: [
      {
        problem: "file name says Knowsley, content is Sefton Council's",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: qaBook(
      "Sefton Council",
      "Sheet1",
      ["Sefton Council – Children's Social Care", "FOI 15-331: 1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// A letter that names no authority.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [5, 1, 1, 0]) };
  add({
    file: "FOI response - UASC and trafficked children.txt",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "letter names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      letter([
        "Children's Services – Information Requests",
        "Our ref: FOI/15/2231",
        "",
        "Dear Requester,",
        "",
        "Please see our answers below for 1 October 2014 to 30 September 2015.",
        "",
        ...BASIC.map(([k, l]) => `${l}: ${raw(a, k)}`),
        "",
        "Regards,",
        "Information Requests Team",
      ]),
  });
}

// Torbay: a negative count.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ula: n(9), uwm: n(3), umi: nx("-3"), unf: n(0) };
  add({
    file: "Torbay Council FOI 15-0305.csv",
    code: C.torbay,
    answers: a,
    planted: [
      { problem: "negative count (-3) for UASC missing episodes", codes: ["value_negative"], authority: C.torbay },
    ],
    bytes: qaCsv(["Torbay Council", "FOI 15-0305 - 1 October 2014 to 30 September 2015"], a),
  });
}

// North Somerset: an approximate answer.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ula: nx("approx. 30"), uwm: n(4), umi: n(5), unf: n(0) };
  add({
    file: "North Somerset Council FOI 100-2215.xlsx",
    code: C.northSomerset,
    answers: a,
    planted: [
      { problem: "UASC looked after answered 'approx. 30'", codes: ["value_unparsed"], authority: C.northSomerset },
    ],
    bytes: qaBook(
      "North Somerset Council",
      "FOI",
      ["North Somerset Council – FOI 100-2215", "1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// Wokingham: a Rich Text Format letter. Planted as unreadable when foi-agg could not read RTF; since session 27
// it is converted with LibreOffice as .doc is, so its answers are figures (without LibreOffice it is listed as
// not ingested, which test/cli/legacyIngest checks).
add({
  file: "Wokingham BC FOI 15-118 response.rtf",
  code: C.wokingham,
  answers: { tla: n(0), ula: n(7), uwm: n(1), umi: n(1), unf: n(0) },
  planted: [],
  bytes: () =>
    utf8(
      [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}",
        "\\f0\\fs22 Wokingham Borough Council\\par",
        "FOI 15-118 \\endash  1 October 2014 to 30 September 2015\\par",
        "\\par",
        "Looked after children identified or suspected as trafficked: 0\\par",
        "Unaccompanied asylum seeking children looked after: 7\\par",
        "Of these, the number who went missing: 1\\par",
        "Number of missing episodes: 1\\par",
        "Number still missing: 0\\par",
        "}",
        "",
      ].join("\r\n"),
    ),
});

// Slough: a password-protected workbook (an encrypted OOXML package inside an OLE2 container).
add({
  file: "Slough BC FOI 15-2291 (password protected).xlsx",
  code: C.slough,
  answers: {},
  planted: [
    {
      problem: "password-protected workbook (encrypted package, not a zip)",
      codes: ["file_corrupt", "file_unparsed", "file_unsupported"],
      authority: C.slough,
    },
  ],
  bytes: () => legacyXls("EncryptionInfo EncryptedPackage Microsoft.Container.DataSpaces StrongEncryptionDataSpace"),
});

// Bracknell Forest: went missing and episodes given only for both groups together.
{
  const a: Answers = { tla: n(1), ula: n(9), nf: as("0", 0) };
  add({
    file: "Bracknell Forest Council FOI 15-0876.csv",
    code: C.bracknell,
    answers: a,
    planted: [
      {
        problem: "went missing (2) and missing episodes (3) given only for trafficked and UASC together",
        codes: ["label_ambiguous", "label_unmatched", "layout_unknown", "label_outside_request"],
        authority: C.bracknell,
      },
    ],
    bytes: () =>
      csv([
        ["Bracknell Forest Council"],
        ["FOI 15-0876, 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["Children from either group who went missing (our system does not separate the two)", "2"],
        ["Missing episodes for those children (both groups)", "3"],
        ["Children from either group not found", raw(a, "nf")],
      ]),
  });
}

// Islington: an episode list with an impossible date (31 September).
{
  const a: Answers = {
    tla: n(2),
    ula: n(35),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    uwm: n(3),
    umi: nx("4 rows, one dated 31/09/2015"),
    unf: n(1),
  };
  add({
    file: "Islington FOI 15-7790 missing episodes.csv",
    code: C.islington,
    answers: a,
    contested: ["umi"],
    planted: [
      {
        problem: "episode row with an impossible date (31/09/2015)",
        codes: ["episode_row_unreadable"],
        authority: C.islington,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Islington - FOI 15-7790"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["Trafficked children looked after (identified or suspected)", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        [],
        ["Missing episodes - one row per episode; a blank return date means the child has not been found"],
        ["Child ID", "Cohort", "Missing from", "Returned"],
        ["ISL-101", "Trafficked", "06/03/2015", "07/03/2015"],
        ["ISL-301", "UASC", "03/11/2014", "04/11/2014"],
        ["ISL-301", "UASC", "31/09/2015", "01/10/2015"],
        ["ISL-322", "UASC", "20/01/2015", ""],
        ["ISL-330", "UASC", "15/05/2015", "16/05/2015"],
      ]),
  });
}

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout7/. */
export function buildHoldout7(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout7", specs);
}

/** Write the corpus to `dir` (fixtures/holdout7), replacing what is there. */
export async function generateHoldout7(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout7());
}
