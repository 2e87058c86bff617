/**
 * The fourth blind holdout corpus for issue 2 (fixtures/holdout4): returns
 * written as real councils send them, by someone who has not read the ingest
 * code, each with the reading a careful human makes of it.
 *
 *   fixtures/holdout4/returns/      the returns
 *   fixtures/holdout4/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout4/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                   "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout4/planted.csv   file,authority_code,problem,expected_codes
 *
 * Deterministic: exceljs with fixed created/modified dates and zip entry
 * times overwritten (bytes.ts). Rewrite with
 *
 *   WRITE_HOLDOUT4=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout4
 */
import type ExcelJS from "exceljs";
import { legacyXls, scannedPdf } from "./bytes.js";
import { buildCorpus, writeCorpus } from "./corpus.js";
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
  serial,
  sup,
  t,
  xlsx,
} from "./model.js";

// --- the authorities (none of them is in the earlier holdout corpora's truth) --------------------
const C = {
  redcar: "E06000003",
  hull: "E06000010",
  herefordshire: "E06000019",
  banes: "E06000022",
  neLincs: "E06000012",
  northLincs: "E06000013",
  northSomerset: "E06000024",
  southGlos: "E06000025",
  bournemouth: "E06000028",
  poole: "E06000029",
  luton: "E06000032",
  southend: "E06000033",
  thurrock: "E06000034",
  westBerks: "E06000037",
  rbwm: "E06000040",
  wokingham: "E06000041",
  portsmouth: "E06000044",
  durham: "E06000047",
  cheshireEast: "E06000049",
  cheshireWest: "E06000050",
  shropshire: "E06000051",
  bedford: "E06000055",
  northumberland: "E06000057",
  oldham: "E08000004",
  tameside: "E08000008",
  knowsley: "E08000011",
  stHelens: "E08000013",
  southTyneside: "E08000023",
  solihull: "E08000029",
  kirklees: "E08000034",
  gateshead: "E08000037",
  cityOfLondon: "E09000001",
  barking: "E09000002",
  kingston: "E09000021",
  richmond: "E09000027",
  cumbria: "E10000006",
  dorset: "E10000009",
  ardsNorthDown: "N09000011",
  midUlster: "N09000009",
  argyll: "S12000035",
  clackmannanshire: "S12000005",
  dumfries: "S12000006",
  eastAyrshire: "S12000008",
  eastDunbartonshire: "S12000045",
  eastRenfrewshire: "S12000011",
  inverclyde: "S12000018",
  midlothian: "S12000019",
  moray: "S12000020",
  northAyrshire: "S12000021",
  northLanarkshire: "S12000044",
  orkney: "S12000023",
  perthKinross: "S12000024",
  southAyrshire: "S12000028",
  southLanarkshire: "S12000029",
  shetland: "S12000027",
  westDunbartonshire: "S12000039",
  blaenauGwent: "W06000019",
  conwy: "W06000003",
  denbighshire: "W06000004",
  neathPortTalbot: "W06000012",
  flintshire: "W06000005",
  monmouthshire: "W06000021",
  merthyr: "W06000024",
  pembrokeshire: "W06000009",
  powys: "W06000023",
  torfaen: "W06000020",
  vale: "W06000014",
} as const;

const PERIOD = "1 October 2014 to 30 September 2015";

/** Question/answer rows for a workbook: [label, answer cell]. */
function qa(a: Answers, labels: readonly (readonly [Key, string])[]): ExcelJS.CellValue[][] {
  return labels.map(([k, label]) => [label, cell(a, k)]);
}
/** The same for a CSV or a letter: [label, raw text]. */
function qaRaw(a: Answers, labels: readonly (readonly [Key, string])[]): string[][] {
  return labels.map(([k, label]) => [label, raw(a, k)]);
}

function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);

// ================================================================================================
// Case-management system exports
// ================================================================================================

// Mosaic one-row export with system column names, under a report banner with a run date.
{
  const a: Answers = {
    tid: n(3),
    tsu: n(4),
    twm: n(2),
    tmi: n(5),
    tnf: n(0),
    ula: n(41),
    uwm: n(9),
    umi: n(23),
    unf: n(2),
  };
  add({
    file: "Luton_Mosaic_FOI_extract.csv",
    code: C.luton,
    answers: a,
    bytes: () =>
      csv([
        ["Report: FOI_HBH_2015_v2    Run date: 04/11/2015 09:12    Run by: LBC\\jhussain"],
        [],
        [
          "LA_NAME",
          "REPORT_FROM",
          "REPORT_TO",
          "CLA_TRAFF_IDENTIFIED",
          "CLA_TRAFF_SUSPECTED",
          "CLA_TRAFF_MISSING_CHILDREN",
          "CLA_TRAFF_MISSING_EPISODES",
          "CLA_TRAFF_NOT_RETURNED",
          "CLA_UASC",
          "CLA_UASC_MISSING_CHILDREN",
          "CLA_UASC_MISSING_EPISODES",
          "CLA_UASC_NOT_RETURNED",
        ],
        [
          "Luton Borough Council",
          "01/10/2014",
          "30/09/2015",
          ...(["tid", "tsu", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const).map((k) => raw(a, k)),
        ],
      ]),
  });
}

// LCS (Liquidlogic) episode list with dates as bare Excel serial numbers, plus a summary sheet.
{
  const eps: Episode[] = [
    { child: "100231", group: "t", start: [2014, 11, 3], end: [2014, 11, 4] },
    { child: "100231", group: "t", start: [2015, 2, 17], end: [2015, 2, 19] },
    { child: "100877", group: "t", start: [2015, 8, 28], end: null },
    { child: "200114", group: "u", start: [2014, 10, 12], end: [2014, 10, 13] },
    { child: "200114", group: "u", start: [2015, 1, 5], end: [2015, 1, 5] },
    { child: "200150", group: "u", start: [2015, 3, 21], end: [2015, 3, 24] },
    { child: "200114", group: "u", start: [2015, 6, 30], end: [2015, 7, 2] },
    { child: "200163", group: "u", start: [2015, 4, 2], end: [2015, 4, 9] },
    { child: "200163", group: "u", start: [2015, 9, 14], end: null },
    { child: "200199", group: "u", start: [2015, 7, 19], end: [2015, 7, 20] },
  ];
  const a: Answers = { tla: n(6), ula: n(19), ...countEpisodes(eps) };
  add({
    file: "Oldham LCS missing episodes FOI 2015-1288.xlsx",
    code: C.oldham,
    answers: a,
    bytes: () =>
      xlsx("Oldham Council", (wb) => {
        const s = wb.addWorksheet("Summary");
        widths(s, [70, 12]);
        put(s, 1, 1, [
          ["Oldham Council – FOI 2015/1288"],
          [`Period: 01/10/2014 to 30/09/2015`],
          [],
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          [],
          ["Missing episodes for these children are listed on the 'Episodes' sheet (one row per episode)."],
        ]);
        const e = wb.addWorksheet("Episodes");
        widths(e, [12, 14, 16, 16, 14]);
        put(e, 1, 1, [["PERSON_ID", "COHORT", "MISSING_START", "MISSING_END", "RHI_OFFERED"]]);
        eps.forEach((ep, i) => {
          put(e, i + 2, 1, [
            [
              Number(ep.child),
              ep.group === "t" ? "Trafficked" : "UASC",
              ep.start ? serial(...ep.start) : "",
              ep.end ? serial(...ep.end) : "",
              ep.end ? "Y" : "N",
            ],
          ]);
        });
      }),
  });
}

// Liquidlogic grid: cohorts as rows (identified, suspected, all trafficked, UASC), coded headers.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(5),
    tla: n(7),
    twm: n(3),
    tmi: n(7),
    tnf: n(0),
    ula: n(22),
    uwm: n(5),
    umi: n(11),
    unf: n(1),
  };
  add({
    file: "Tameside_LL_FOI_output.xlsx",
    code: C.tameside,
    answers: a,
    bytes: () =>
      xlsx("Liquidlogic Reporting", (wb) => {
        const ws = wb.addWorksheet("FOI_OUTPUT");
        widths(ws, [14, 30, 12, 20, 22, 20]);
        put(ws, 1, 1, [
          ["Report parameters: START_DATE=01/10/2014; END_DATE=30/09/2015; LA=Tameside"],
          [],
          [
            "COHORT_CODE",
            "COHORT_DESC",
            "CLA_COUNT",
            "MISSING_CHILD_COUNT",
            "MISSING_EPISODE_COUNT",
            "NOT_RETURNED_COUNT",
          ],
          ["TRF_ID", "Trafficked - identified", cell(a, "tid"), 1, 1, 0],
          ["TRF_SUS", "Trafficked - suspected", cell(a, "tsu"), 2, 6, 0],
          ["TRF_ALL", "Trafficked - all", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["UASC", "Unaccompanied asylum seeking", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// CareFirst episode CSV with looked-after counts above, and one episode row with no start date.
{
  const eps: Episode[] = [
    { child: "CF104422", group: "t", start: [2015, 1, 9], end: [2015, 1, 10] },
    { child: "CF104422", group: "t", start: [2015, 5, 22], end: [2015, 5, 22] },
    { child: "CF118730", group: "u", start: null, end: [2015, 3, 5] },
    { child: "CF118730", group: "u", start: [2015, 6, 12], end: [2015, 6, 13] },
    { child: "CF119004", group: "u", start: [2015, 2, 2], end: null },
    { child: "CF120516", group: "u", start: [2015, 8, 20], end: [2015, 8, 21] },
  ];
  const counted = countEpisodes(eps);
  const a: Answers = { tla: n(1), ula: n(5), ...counted };
  const d = (x: readonly [number, number, number] | null) =>
    x ? `${String(x[2]).padStart(2, "0")}/${String(x[1]).padStart(2, "0")}/${x[0]}` : "";
  add({
    file: "South Ayrshire CareFirst extract FOI 4471.csv",
    code: C.southAyrshire,
    answers: a,
    // The undated episode is still an episode (the child returned on 05/03/2015): a careful
    // reader counts it, so the episode count stands; the missing date is worth asking about.
    planted: [
      {
        problem: "episode row whose 'Date Missing' is 'not recorded'",
        codes: ["episode_row_unreadable"],
        authority: C.southAyrshire,
      },
    ],
    bytes: () =>
      csv([
        ["South Ayrshire Council – CareFirst extract – looked after children: trafficking and UASC"],
        ["Extract period: 01/10/2014 to 30/09/2015"],
        [],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Looked after unaccompanied asylum seeking children", raw(a, "ula")],
        [],
        ["Client No", "Category", "Date Missing", "Date Returned"],
        ...eps.map((e) => [
          e.child,
          e.group === "t" ? "Trafficked" : "UASC",
          e.start ? d(e.start) : "not recorded",
          d(e.end),
        ]),
      ]),
  });
}

// A one-row export with coded headers, the authority given only as a GSS code in the content.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [4, 1, 1, 0]) };
  add({
    file: "HBH2015_return_final.csv",
    code: C.northAyrshire,
    answers: a,
    bytes: () =>
      csv([
        [
          "LA_CODE",
          "PERIOD",
          "TRAF_CLA",
          "TRAF_MISS",
          "TRAF_EPISODES",
          "TRAF_NOT_FOUND",
          "UASC_CLA",
          "UASC_MISS",
          "UASC_EPISODES",
          "UASC_NOT_FOUND",
        ],
        [
          "S12000021",
          "01/10/2014-30/09/2015",
          ...(["tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const).map((k) => raw(a, k)),
        ],
      ]),
  });
}

// ================================================================================================
// Workbooks with letters, notes and extra sheets
// ================================================================================================

// Cover sheet holding the letter (dates, phone numbers, references), data on the second sheet.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(3),
    twm: n(2),
    tmi: n(4),
    tnf: n(0),
    ula: n(17),
    uwm: n(3),
    umi: n(3),
    unf: n(0),
    nf: n(0),
  };
  add({
    file: "FOI-2015-0932 response.xlsx",
    code: C.cheshireEast,
    answers: a,
    bytes: () =>
      xlsx("Cheshire East Council", (wb) => {
        const c = wb.addWorksheet("Cover");
        widths(c, [110]);
        put(
          c,
          1,
          1,
          [
            "Cheshire East Council",
            "Westfields, Middlewich Road, Sandbach, CW11 1HZ",
            "Tel: 0300 123 5500",
            "Our ref: FOI-2015-0932",
            "Date: 16 November 2015",
            "",
            "Dear Requester",
            "",
            "Thank you for your request for information, received on 14 October 2015, which has been dealt with under the Freedom of Information Act 2000.",
            "Please find our answers on the sheet headed 'Response'. 2 of the 10 questions were answered by our Children in Care team.",
            "",
            "If you are unhappy with the way your request has been handled you may ask for an internal review within 40 working days.",
            "You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (0303 123 1113).",
            "",
            "Yours sincerely",
            "Compliance and Customer Relations Team",
          ].map((x) => [x]),
        );
        const r = wb.addWorksheet("Response");
        widths(r, [6, 90, 12]);
        put(r, 1, 1, [
          ["No.", "Question", "Answer"],
          ...(
            [
              ["tid", `How many looked after children were identified as trafficked between ${PERIOD}?`],
              ["tsu", "How many looked after children were suspected of being trafficked in the same period?"],
              ["twm", "How many of the children in Q1 and Q2 went missing at least once?"],
              ["tmi", "How many missing episodes did these trafficked children have in total?"],
              ["tnf", "How many of the trafficked children who went missing have not been found?"],
              ["ula", "How many unaccompanied asylum seeking children (UASC) were looked after?"],
              ["uwm", "How many of these UASC went missing at least once?"],
              ["umi", "How many missing episodes did these UASC have in total?"],
              ["unf", "How many of the UASC who went missing have not been found?"],
              ["nf", "In total, how many trafficked and unaccompanied children who went missing have not been found?"],
            ] as const
          ).map(([k, q], i) => [i + 1, q, cell(a, k)]),
        ]);
      }),
  });
}

// A grid (groups across) plus a Notes sheet full of numbers that are not answers.
{
  const a: Answers = { ...four("t", [5, 2, 3, 1]), ...four("u", [48, 11, 37, 2]), nf: n(3) };
  add({
    file: "Portsmouth City Council FOI 15-1187.xlsx",
    code: C.portsmouth,
    answers: a,
    bytes: () =>
      xlsx("Portsmouth City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [58, 30, 30]);
        put(ws, 1, 1, [
          ["Portsmouth City Council – Children's Social Care"],
          [`Response to FOI 15/1187 – ${PERIOD}`],
          [],
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking children"],
          ["Number looked after", cell(a, "tla"), cell(a, "ula")],
          ["Number who went missing at least once", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Number not yet found", cell(a, "tnf"), cell(a, "unf")],
          [],
          ["Total not found (trafficked and UASC)", cell(a, "nf")],
          [],
          ["See the Notes sheet."],
        ]);
        const nt = wb.addWorksheet("Notes");
        widths(nt, [14, 110]);
        put(nt, 1, 1, [
          ["Notes"],
          [1, "Data extracted from the Mosaic case management system on 03/11/2015."],
          [2, "Table 2 of your request (nationality) is answered in note 5."],
          [3, `All figures cover ${PERIOD}.`],
          [4, "Figures below 5 have not been suppressed because no child can be identified from them."],
          [
            5,
            "Of the 11 UASC who went missing, 6 were Eritrean and 5 Afghan; both trafficked children who went missing were Vietnamese.",
          ],
          [],
          ["Document control"],
          ["Version", 2],
          ["Year", 2015],
          ["Reference", 151187],
          ["Telephone", "023 9268 8000"],
          ["Pages", 1],
          ["Table", 2],
        ]);
      }),
  });
}

// Counts with percentages beside them, under a two-row merged header.
{
  const a: Answers = { ...four("t", [4, 1, 2, 0]), ...four("u", [27, 6, 14, 1]) };
  add({
    file: "Southend-on-Sea FOI response 15-0456.xlsx",
    code: C.southend,
    answers: a,
    bytes: () =>
      xlsx("Southend-on-Sea Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0456");
        widths(ws, [40, 14, 18, 14, 18]);
        put(ws, 1, 1, [
          ["Southend-on-Sea Borough Council"],
          [`Response to FOI request 15/0456 – period ${PERIOD}`],
          [],
          ["", "Children identified or suspected as trafficked", "", "Unaccompanied asylum seeking children"],
          ["", "Number", "% of looked after", "Number", "% of looked after"],
          ["Looked after during the period", cell(a, "tla"), 1, cell(a, "ula"), 1],
          ["Went missing at least once", cell(a, "twm"), 0.25, cell(a, "uwm"), 6 / 27],
          ["Total missing episodes", cell(a, "tmi"), "n/a", cell(a, "umi"), "n/a"],
          ["Not found at date of response", cell(a, "tnf"), 0, cell(a, "unf"), 1 / 27],
        ]);
        ws.mergeCells("B4:C4");
        ws.mergeCells("D4:E4");
        for (const r of [6, 7, 9]) for (const c of ["C", "E"]) ws.getCell(`${c}${r}`).numFmt = "0.0%";
      }),
  });
}

// Q&A sheet plus a nationality grid (nationalities down, groups across, Total row and column).
{
  const a: Answers = { ...four("t", [3, 2, 2, 0]), ...four("u", [31, 7, 15, 1]), nf: n(1) };
  add({
    file: "Durham FOI 2015 trafficked and UASC.xlsx",
    code: C.durham,
    answers: a,
    bytes: () =>
      xlsx("Durham County Council", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Durham County Council – Freedom of Information response"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qa(a, [
            ["tla", "Number of looked after children identified or suspected as trafficked"],
            ["twm", "Number of those trafficked children who went missing at least once"],
            ["tmi", "Number of missing incidents for trafficked children"],
            ["tnf", "Number of trafficked children still missing"],
            ["ula", "Number of unaccompanied asylum seeking children looked after"],
            ["uwm", "Number of UASC who went missing at least once"],
            ["umi", "Number of missing incidents for UASC"],
            ["unf", "Number of UASC still missing"],
            ["nf", "Total number of trafficked and unaccompanied children still missing"],
          ]),
        ]);
        const nat = wb.addWorksheet("Nationalities");
        widths(nat, [24, 12, 12, 12]);
        put(nat, 1, 1, [
          ["Nationality of children who went missing"],
          [],
          ["Nationality", "Trafficked", "UASC", "Total"],
          ["Vietnamese", 1, 2, 3],
          ["Albanian", 1, 1, 2],
          ["Eritrean", 0, 3, 3],
          ["Afghan", 0, 1, 1],
          ["Total", 2, 7, 9],
        ]);
      }),
  });
}

// Data on the third sheet: a Contents sheet (numbered tables) first, then one table per sheet
// with the group only in the sheet's title.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [11, 2, 3, 1]) };
  const table = (wb: ExcelJS.Workbook, name: string, title: string, g: "t" | "u") => {
    const ws = wb.addWorksheet(name);
    widths(ws, [50, 10]);
    const k = (m: "la" | "wm" | "mi" | "nf") => `${g}${m}` as Key;
    put(ws, 1, 1, [
      [title],
      [],
      ["Number looked after", cell(a, k("la"))],
      ["Number who went missing at least once", cell(a, k("wm"))],
      ["Number of missing episodes", cell(a, k("mi"))],
      ["Number not found", cell(a, k("nf"))],
    ]);
  };
  add({
    file: "Herefordshire Council FOI 8821.xlsx",
    code: C.herefordshire,
    answers: a,
    bytes: () =>
      xlsx("Herefordshire Council", (wb) => {
        const c = wb.addWorksheet("Contents");
        widths(c, [8, 14, 90]);
        put(c, 1, 1, [
          ["Herefordshire Council – FOI 8821"],
          [],
          ["Table", "Sheet", "Description"],
          [1, "Trafficked", "Looked after children identified or suspected as trafficked, and those who went missing"],
          [2, "UASC", "Unaccompanied asylum seeking children looked after, and those who went missing"],
          [],
          [`Prepared by the Performance and Intelligence Team, 12/11/2015. Period: ${PERIOD}.`],
        ]);
        table(wb, "Trafficked", "Table 1: Children identified or suspected as trafficked", "t");
        table(wb, "UASC", "Table 2: Unaccompanied asylum seeking children", "u");
      }),
  });
}

// A hidden sheet holding the draft (different) figures; the final figures on the visible sheet.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [16, 3, 5, 0]) };
  const grid = (ws: ExcelJS.Worksheet, v: Answers, title: string) => {
    widths(ws, [44, 22, 22]);
    put(ws, 1, 1, [
      [title],
      [`Period: ${PERIOD}`],
      [],
      ["", "Trafficked children", "UASC"],
      ["Looked after", cell(v, "tla"), cell(v, "ula")],
      ["Went missing at least once", cell(v, "twm"), cell(v, "uwm")],
      ["Number of missing episodes", cell(v, "tmi"), cell(v, "umi")],
      ["Not found", cell(v, "tnf"), cell(v, "unf")],
    ]);
  };
  const draft: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [15, 4, 6, 1]) };
  add({
    file: "Wokingham Borough Council FOI.xlsx",
    code: C.wokingham,
    answers: a,
    bytes: () =>
      xlsx("Wokingham Borough Council", (wb) => {
        const d = wb.addWorksheet("Draft v1 (do not send)");
        grid(d, draft, "Wokingham Borough Council – DRAFT figures for checking");
        d.state = "hidden";
        grid(wb.addWorksheet("Final response"), a, "Wokingham Borough Council – response to FOI 2015/771");
      }),
  });
}

// Cells merged across rows and across columns; a two-row header.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [9, 2, 2, 0]) };
  add({
    file: "RBWM FOI response 2015-10-0932.xlsx",
    code: C.rbwm,
    answers: a,
    bytes: () =>
      xlsx("RBWM", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [40, 12, 14, 12, 12, 12, 14, 12, 12]);
        put(ws, 1, 1, [
          ["Royal Borough of Windsor and Maidenhead – Freedom of Information response"],
          [`Period covered: ${PERIOD}`],
          [
            "Authority",
            "Children identified or suspected as trafficked",
            "",
            "",
            "",
            "Unaccompanied asylum seeking children",
          ],
          [
            "",
            "Looked after",
            "Went missing (at least once)",
            "Missing episodes",
            "Not found",
            "Looked after",
            "Went missing (at least once)",
            "Missing episodes",
            "Not found",
          ],
          [
            "Royal Borough of Windsor and Maidenhead",
            ...(["tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const).map((k) => cell(a, k)),
          ],
          [],
          [
            "Notes: figures taken from the children's social care system on 5 November 2015. No figures have been suppressed.",
          ],
        ]);
        ws.mergeCells("A1:I1");
        ws.mergeCells("A2:I2");
        ws.mergeCells("A3:A4");
        ws.mergeCells("B3:E3");
        ws.mergeCells("F3:I3");
        ws.mergeCells("A7:I9");
      }),
  });
}

// Two tables on one sheet with identical row labels; the group only in each table's title.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [5, 1, 1, 0]) };
  const rows = (g: "t" | "u") =>
    (
      [
        ["la", "Looked after during the period"],
        ["wm", "Went missing at least once"],
        ["mi", "Missing episodes"],
        ["nf", "Not found"],
      ] as const
    ).map(([m, l]) => [l, cell(a, `${g}${m}` as Key)]);
  add({
    file: "West Dunbartonshire Council FOISA response.xlsx",
    code: C.westDunbartonshire,
    answers: a,
    bytes: () =>
      xlsx("West Dunbartonshire Council", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        widths(ws, [46, 10]);
        put(ws, 1, 1, [
          ["West Dunbartonshire Council – response under the Freedom of Information (Scotland) Act 2002"],
          [`Period: ${PERIOD}`],
          [],
          ["Table 1: Looked after children identified or suspected as trafficked"],
          ["", "Number"],
          ...rows("t"),
          [],
          ["Table 2: Unaccompanied asylum seeking children"],
          ["", "Number"],
          ...rows("u"),
        ]);
      }),
  });
}

// ================================================================================================
// Question/answer lists and letters
// ================================================================================================

// Letter: the question numbering restarts at 1 for the UASC part.
{
  const a: Answers = { ...four("t", [2, 1, 3, 0]), ...four("u", [12, 2, 2, 0]) };
  add({
    file: "Gateshead response FOI 2015-7712.txt",
    code: C.gateshead,
    answers: a,
    bytes: () =>
      letter([
        "Gateshead Council – Freedom of Information response",
        "Our reference: 2015/7712",
        `Period: ${PERIOD}`,
        "",
        "Part A – Children identified or suspected as trafficked",
        `Q1. How many looked after children were identified or suspected as trafficked? Answer: ${raw(a, "tla")}`,
        `Q2. How many of these children went missing at least once? Answer: ${raw(a, "twm")}`,
        `Q3. How many missing episodes were there in total? Answer: ${raw(a, "tmi")}`,
        `Q4. How many of these children have not been found? Answer: ${raw(a, "tnf")}`,
        "",
        "Part B – Unaccompanied asylum seeking children",
        `Q1. How many unaccompanied asylum seeking children were looked after? Answer: ${raw(a, "ula")}`,
        `Q2. How many of these children went missing at least once? Answer: ${raw(a, "uwm")}`,
        `Q3. How many missing episodes were there in total? Answer: ${raw(a, "umi")}`,
        `Q4. How many of these children have not been found? Answer: ${raw(a, "unf")}`,
        "",
        "Information Rights Team, Civic Centre, Regent Street, Gateshead NE8 1HH",
      ]),
  });
}

// Some questions answered by pointing at another answer ("See Q2"); some not answered at all.
{
  const a: Answers = {
    tla: n(3),
    twm: as("2 children, 5 missing episodes in total", 2),
    tmi: nx("See Q2"),
    tnf: n(0),
    ula: n(15),
    uwm: n(4),
    umi: n(9),
    unf: as("None – see Q6", 0),
  };
  add({
    file: "Knowsley FOI 4410.xlsx",
    code: C.knowsley,
    answers: a,
    bytes: () =>
      xlsx("Knowsley Council", (wb) => {
        const ws = wb.addWorksheet("FOI 4410");
        widths(ws, [6, 80, 40]);
        put(ws, 1, 1, [
          ["Knowsley Metropolitan Borough Council"],
          [`FOI 4410 – ${PERIOD}`],
          [],
          ["Q", "Question", "Response"],
          [1, "How many looked after children were identified or suspected as trafficked?", cell(a, "tla")],
          [2, "How many of these children went missing at least once?", cell(a, "twm")],
          [3, "How many missing episodes were there for these children?", cell(a, "tmi")],
          [4, "How many of these children are still missing?", cell(a, "tnf")],
          [5, "How many unaccompanied asylum seeking children were looked after?", cell(a, "ula")],
          [6, "How many of these UASC went missing at least once?", cell(a, "uwm")],
          [7, "How many missing episodes were there for these UASC?", cell(a, "umi")],
          [8, "How many of these UASC are still missing?", cell(a, "unf")],
          [],
          ["Questions 9 (nationalities) and 10 will be answered separately by the Children's Services data team."],
        ]);
      }),
  });
}

// CSV Q&A: "Nil – see note 3", with numbered notes below.
{
  const nil = as("Nil – see note 3", 0);
  const a: Answers = { tla: n(2), twm: nil, tmi: nil, tnf: nil, ...four("u", [9, 1, 1, 0]) };
  add({
    file: "Bedford Borough Council - FOI response.csv",
    code: C.bedford,
    answers: a,
    bytes: () =>
      csv([
        ["Bedford Borough Council"],
        ["Freedom of Information request – trafficked and unaccompanied children who went missing"],
        ["Period covered: 1 October 2014 – 30 September 2015"],
        [],
        ["Question", "Response"],
        ...qaRaw(a, [
          ["tla", "1. Looked after children identified or suspected as trafficked"],
          ["twm", "2. Of these, number who went missing at least once"],
          ["tmi", "3. Number of missing episodes for these children"],
          ["tnf", "4. Number of these children not found"],
          ["ula", "5. Unaccompanied asylum seeking children looked after"],
          ["uwm", "6. Of these, number who went missing at least once"],
          ["umi", "7. Number of missing episodes for these children"],
          ["unf", "8. Number of these children not found"],
        ]),
        [],
        ["Notes"],
        ["1. Figures taken from the council's case management system (ICS) on 02/11/2015."],
        ["2. Numbers have not been suppressed as none identify individuals."],
        ["3. Neither of the 2 trafficked children was reported missing during the period."],
      ]),
  });
}

// Two years side by side (2013/14 for comparison, 2014/15 the requested year) for looked-after counts.
{
  const a: Answers = { ...four("t", [6, 3, 5, 1]), ...four("u", [22, 4, 9, 0]) };
  add({
    file: "Cumbria CC FOI 2015-3391.xlsx",
    code: C.cumbria,
    answers: a,
    bytes: () =>
      xlsx("Cumbria County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 3391");
        widths(ws, [60, 12, 12]);
        put(ws, 1, 1, [
          ["Cumbria County Council – Children's Services"],
          ["FOI 2015/3391: trafficked and unaccompanied asylum seeking children"],
          [],
          ["", "2013/14*", "2014/15*"],
          ["Looked after children identified or suspected as trafficked", 4, cell(a, "tla")],
          ["Trafficked children who went missing at least once", "", cell(a, "twm")],
          ["Missing episodes (trafficked children)", "", cell(a, "tmi")],
          ["Trafficked children not found", "", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children looked after", 14, cell(a, "ula")],
          ["UASC who went missing at least once", "", cell(a, "uwm")],
          ["Missing episodes (UASC)", "", cell(a, "umi")],
          ["UASC not found", "", cell(a, "unf")],
          [],
          [
            `* Years run from 1 October to 30 September. 2014/15 is the period you asked for (${PERIOD}); 2013/14 is given for comparison only.`,
          ],
        ]);
      }),
  });
}

// Welsh-only labels (a reply to a request made in Welsh).
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [3, 1, 2, 0]) };
  add({
    file: "Ymateb Rhyddid Gwybodaeth - Cyngor Sir Ddinbych.xlsx",
    code: C.denbighshire,
    answers: a,
    bytes: () =>
      xlsx("Cyngor Sir Ddinbych", (wb) => {
        const ws = wb.addWorksheet("Ymateb");
        widths(ws, [100, 10]);
        put(ws, 1, 1, [
          ["Cyngor Sir Ddinbych – Cais Rhyddid Gwybodaeth 2015/0871"],
          ["Cyfnod: 1 Hydref 2014 – 30 Medi 2015"],
          [],
          ["Cwestiwn", "Ateb"],
          ...qa(a, [
            ["tla", "Nifer y plant sy'n derbyn gofal y nodwyd neu yr amheuir eu bod wedi cael eu masnachu"],
            ["twm", "Nifer y plant a fasnachwyd a aeth ar goll o leiaf unwaith"],
            ["tmi", "Cyfanswm y digwyddiadau o fynd ar goll (plant a fasnachwyd)"],
            ["tnf", "Nifer y plant a fasnachwyd sydd heb eu canfod"],
            ["ula", "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal"],
            ["uwm", "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches a aeth ar goll o leiaf unwaith"],
            ["umi", "Cyfanswm y digwyddiadau o fynd ar goll (plant ar eu pen eu hunain sy'n ceisio lloches)"],
            ["unf", "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sydd heb eu canfod"],
          ]),
        ]);
      }),
  });
}

// Bilingual (Welsh / English) labels.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [9, 1, 3, 0]) };
  add({
    file: "Vale of Glamorgan FOI 10512.xlsx",
    code: C.vale,
    answers: a,
    bytes: () =>
      xlsx("Vale of Glamorgan Council", (wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        widths(ws, [120, 10]);
        put(ws, 1, 1, [
          ["Cyngor Bro Morgannwg / Vale of Glamorgan Council"],
          ["Cyfnod / Period: 1 Hydref 2014 – 30 Medi 2015 / 1 October 2014 – 30 September 2015"],
          [],
          ...qa(a, [
            [
              "tla",
              "Plant sy'n derbyn gofal y nodwyd neu yr amheuir eu bod wedi'u masnachu / Looked after children identified or suspected as trafficked",
            ],
            ["twm", "Plant a fasnachwyd a aeth ar goll / Trafficked children who went missing"],
            ["tmi", "Nifer y digwyddiadau / Number of missing episodes (trafficked)"],
            ["tnf", "Heb eu canfod / Trafficked children not found"],
            [
              "ula",
              "Plant ar eu pen eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children looked after",
            ],
            ["uwm", "Aeth ar goll / UASC who went missing"],
            ["umi", "Nifer y digwyddiadau / Number of missing episodes (UASC)"],
            ["unf", "Heb eu canfod / UASC not found"],
          ]),
        ]);
      }),
  });
}

// All-caps labels, identified and suspected given separately.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(1),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ...four("u", [2, 0, 0, 0]),
  };
  add({
    file: "ARGYLL AND BUTE FOI RESPONSE.csv",
    code: C.argyll,
    answers: a,
    bytes: () =>
      csv([
        ["ARGYLL AND BUTE COUNCIL - FREEDOM OF INFORMATION (SCOTLAND) ACT 2002"],
        ["PERIOD: 1 OCTOBER 2014 TO 30 SEPTEMBER 2015"],
        [],
        ["QUESTION", "ANSWER"],
        ...qaRaw(a, [
          ["tid", "NUMBER OF LOOKED AFTER CHILDREN IDENTIFIED AS TRAFFICKED"],
          ["tsu", "NUMBER OF LOOKED AFTER CHILDREN SUSPECTED OF BEING TRAFFICKED"],
          ["twm", "TRAFFICKED CHILDREN WHO WENT MISSING AT LEAST ONCE"],
          ["tmi", "NUMBER OF MISSING INCIDENTS (TRAFFICKED)"],
          ["tnf", "TRAFFICKED CHILDREN NOT FOUND"],
          ["ula", "UNACCOMPANIED ASYLUM SEEKING CHILDREN LOOKED AFTER"],
          ["uwm", "UASC WHO WENT MISSING AT LEAST ONCE"],
          ["umi", "NUMBER OF MISSING INCIDENTS (UASC)"],
          ["unf", "UASC NOT FOUND"],
        ]),
      ]),
  });
}

// Labels with typos.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [14, 2, 4, 1]) };
  add({
    file: "North Lanarkshire Council FOI response.xlsx",
    code: C.northLanarkshire,
    answers: a,
    bytes: () =>
      xlsx("North Lanarkshire Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [70, 10]);
        put(ws, 1, 1, [
          ["North Lanarkshire Council"],
          [`Period: ${PERIOD}`],
          [],
          ...qa(a, [
            ["tla", "Looked after children identifed or suspected as trafficed"],
            ["twm", "Trafficed children who went missing at least once"],
            ["tmi", "Number of missing episodes (trafficed children)"],
            ["tnf", "Trafficed children still not found"],
            ["ula", "Unacompanied asylum seekng children looked after"],
            ["uwm", "Unacompanied asylum seekng children who went missing"],
            ["umi", "Number of missing episodes (unacompanied children)"],
            ["unf", "Unacompanied children not found"],
          ]),
        ]);
      }),
  });
}

// A letter naming the council only in its signature; a neutral file name.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [8, 0, 0, 0]) };
  add({
    file: "FOI response 19-11-2015.txt",
    code: C.southTyneside,
    answers: a,
    bytes: () =>
      letter([
        "Dear Sir/Madam",
        "",
        "Freedom of Information Act 2000 – request reference 151022",
        "",
        `Thank you for your request, received on 21 October 2015. Our answers, for ${PERIOD}, are below.`,
        "",
        `Question 1 – how many looked after children were identified or suspected as trafficked? Answer: ${raw(a, "tla")}`,
        `Question 2 – how many of these children went missing at least once? Answer: ${raw(a, "twm")}`,
        `Question 3 – how many missing episodes did these children have? Answer: ${raw(a, "tmi")}`,
        `Question 4 – how many of these children have not been found? Answer: ${raw(a, "tnf")}`,
        `Question 5 – how many unaccompanied asylum seeking children were looked after? Answer: ${raw(a, "ula")}`,
        `Question 6 – how many of these unaccompanied children went missing at least once? Answer: ${raw(a, "uwm")}`,
        `Question 7 – how many missing episodes did these unaccompanied children have? Answer: ${raw(a, "umi")}`,
        `Question 8 – how many of these unaccompanied children have not been found? Answer: ${raw(a, "unf")}`,
        "",
        "If you are not satisfied with this response you may ask for an internal review within 40 working days.",
        "",
        "Yours faithfully",
        "",
        "Information Governance",
        "South Tyneside Council",
        "Town Hall and Civic Offices, Westoe Road, South Shields, NE33 2RL",
      ]),
  });
}

// A file named with the GSS code only; the content names no council.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [36, 5, 12, 1]), nf: n(1) };
  add({
    file: "E08000029.csv",
    code: C.solihull,
    answers: a,
    bytes: () =>
      csv([
        ["Measure", "Count"],
        ["Period", "01/10/2014 - 30/09/2015"],
        ...qaRaw(a, [
          ["tla", "Looked after children identified or suspected as trafficked"],
          ["twm", "Trafficked children who went missing at least once"],
          ["tmi", "Missing episodes - trafficked children"],
          ["tnf", "Trafficked children not found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing at least once"],
          ["umi", "Missing episodes - UASC"],
          ["unf", "UASC not found"],
          ["nf", "All children not found (trafficked and UASC)"],
        ]),
      ]),
  });
}

// UTF-8 with BOM, CRLF, groups as columns.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [12, 1, 1, 0]) };
  add({
    file: "Richmond upon Thames FOI 2015-448.csv",
    code: C.richmond,
    answers: a,
    bytes: () =>
      csv(
        [
          ["London Borough of Richmond upon Thames – Freedom of Information response"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Trafficked", "UASC"],
          ["Looked after during the period", raw(a, "tla"), raw(a, "ula")],
          ["Went missing at least once", raw(a, "twm"), raw(a, "uwm")],
          ["Number of missing episodes", raw(a, "tmi"), raw(a, "umi")],
          ["Not found at date of response", raw(a, "tnf"), raw(a, "unf")],
        ],
        { encoding: "utf8bom", eol: "\r\n" },
      ),
  });
}

// A return that names a neighbouring council in its body (shared children's services).
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [21, 3, 5, 0]) };
  add({
    file: "Kingston upon Thames FOI response.xlsx",
    code: C.kingston,
    answers: a,
    bytes: () =>
      xlsx("Achieving for Children", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [80, 10]);
        put(ws, 1, 1, [
          ["Royal Borough of Kingston upon Thames"],
          [
            "Achieving for Children provides children's services on behalf of the Royal Borough of Kingston upon Thames and the London Borough of Richmond upon Thames.",
          ],
          ["The figures below are for Kingston only; Richmond upon Thames will answer your request separately."],
          [`Period: ${PERIOD}`],
          [],
          ...qa(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Of these, number who went missing at least once"],
            ["tmi", "Number of missing episodes (trafficked)"],
            ["tnf", "Trafficked children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "UASC who went missing at least once"],
            ["umi", "Number of missing episodes (UASC)"],
            ["unf", "UASC not found"],
          ]),
        ]);
      }),
  });
}

// The usual value forms: footnote marks, padded text, "(provisional)", "zero", comments.
{
  const a: Answers = {
    tla: as("6*", 6),
    twm: t(3, " 3 "),
    tmi: as("7 (provisional)", 7),
    tnf: as("1 (still missing at 31/10/2015)", 1),
    ula: t(104),
    uwm: n(12),
    umi: n(27),
    unf: as("zero", 0),
    nf: n(1),
  };
  add({
    file: "Thurrock Council FOI 15-09-118.xlsx",
    code: C.thurrock,
    answers: a,
    bytes: () =>
      xlsx("Thurrock Council", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [80, 36]);
        put(ws, 1, 1, [
          ["Thurrock Council – response to FOI 15-09-118"],
          [`Period: ${PERIOD}`],
          [],
          ...qa(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Number of these trafficked children who went missing at least once"],
            ["tmi", "Total number of missing episodes (trafficked children)"],
            ["tnf", "Trafficked children who have not been found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Number of UASC who went missing at least once"],
            ["umi", "Total number of missing episodes (UASC)"],
            ["unf", "UASC who have not been found"],
            ["nf", "Total children not found (trafficked and UASC)"],
          ]),
          [],
          ["* includes 2 children referred to the National Referral Mechanism (NRM) during the period."],
        ]);
      }),
  });
}

// Windows-1252, tab-delimited.
{
  const a: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [7, 2, 2, 0]) };
  add({
    file: "St Helens FOI 2015-602.csv",
    code: C.stHelens,
    answers: a,
    bytes: () =>
      csv(
        [
          ["St Helens Council"],
          ["Children’s Services – Freedom of Information response"],
          [`Period: 1 October 2014 – 30 September 2015`],
          [],
          ["Question", "Answer"],
          ...qaRaw(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Trafficked children who went missing at least once"],
            ["tmi", "Missing episodes – trafficked children"],
            ["tnf", "Trafficked children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "UASC who went missing at least once"],
            ["umi", "Missing episodes – UASC"],
            ["unf", "UASC not found"],
          ]),
        ],
        { delimiter: "\t", encoding: "cp1252" },
      ),
  });
}

// "None" and "N/A" in a letter from a council with no trafficked children.
{
  const a: Answers = {
    tla: as("None", 0),
    twm: na("N/A"),
    tmi: na("N/A"),
    tnf: na("N/A"),
    ...four("u", [4, 0, 0, 0]),
  };
  add({
    file: "City of London Corporation FOI response.txt",
    code: C.cityOfLondon,
    answers: a,
    bytes: () =>
      letter([
        "City of London Corporation",
        "Guildhall, PO Box 270, London EC2P 2EJ",
        "",
        "Freedom of Information request ref: 15/00873",
        `Period: ${PERIOD}`,
        "",
        `1. Looked after children identified or suspected as trafficked: ${raw(a, "tla")}`,
        `2. Trafficked children who went missing at least once: ${raw(a, "twm")}`,
        `3. Missing episodes of trafficked children: ${raw(a, "tmi")}`,
        `4. Trafficked children not found: ${raw(a, "tnf")}`,
        `5. Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `6. Unaccompanied children who went missing at least once: ${raw(a, "uwm")}`,
        `7. Missing episodes of unaccompanied children: ${raw(a, "umi")}`,
        `8. Unaccompanied children not found: ${raw(a, "unf")}`,
      ]),
  });
}

// Trafficking not recorded on the system (not held); UASC answered.
{
  const not = nh("Not recorded – the council does not flag trafficking on its case management system");
  const a: Answers = { tla: not, twm: not, tmi: not, tnf: not, ...four("u", [2, 0, 0, 0]) };
  add({
    file: "Blaenau Gwent CBC FOI response.csv",
    code: C.blaenauGwent,
    answers: a,
    bytes: () =>
      csv([
        ["Blaenau Gwent County Borough Council"],
        [`Freedom of Information response – period ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, [
          ["tla", "Looked after children identified or suspected as trafficked"],
          ["twm", "Trafficked children who went missing at least once"],
          ["tmi", "Missing episodes (trafficked)"],
          ["tnf", "Trafficked children not found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing at least once"],
          ["umi", "Missing episodes (UASC)"],
          ["unf", "UASC not found"],
        ]),
      ]),
  });
}

// ================================================================================================
// Suppression and refusals of single answers
// ================================================================================================

{
  const a: Answers = {
    tla: sup("*"),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: sup("*"),
    uwm: n(0),
    umi: n(0),
    unf: n(0),
  };
  add({
    file: "Clackmannanshire Council FOI 2015-0412.csv",
    code: C.clackmannanshire,
    answers: a,
    bytes: () =>
      csv([
        ["Clackmannanshire Council – FOISA response 2015/0412"],
        [`Period: ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, [
          ["tla", "Looked after children identified or suspected as trafficked"],
          ["twm", "Trafficked children who went missing at least once"],
          ["tmi", "Missing episodes (trafficked)"],
          ["tnf", "Trafficked children not found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing at least once"],
          ["umi", "Missing episodes (UASC)"],
          ["unf", "UASC not found"],
        ]),
        [],
        ["* denotes a figure between 1 and 4, suppressed to protect the confidentiality of the children concerned."],
      ]),
  });
}

{
  const a: Answers = {
    tla: sup("1-4"),
    twm: sup("[c]"),
    tmi: sup("[c]"),
    tnf: n(0),
    ula: n(7),
    uwm: sup("fewer than five"),
    umi: n(6),
    unf: n(0),
  };
  add({
    file: "Midlothian Council FOI response.xlsx",
    code: C.midlothian,
    answers: a,
    bytes: () =>
      xlsx("Midlothian Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [66, 18]);
        put(ws, 1, 1, [
          ["Midlothian Council"],
          [`Period: ${PERIOD}`],
          [],
          ...qa(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Trafficked children who went missing at least once"],
            ["tmi", "Missing episodes (trafficked)"],
            ["tnf", "Trafficked children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "UASC who went missing at least once"],
            ["umi", "Missing episodes (UASC)"],
            ["unf", "UASC not found"],
          ]),
          [],
          ["[c] = confidential: a small number that could identify a child."],
        ]);
      }),
  });
}

// Scottish council refusing the trafficked figures under FOISA s.38 (the Scottish personal-data exemption).
{
  const w = ref("Withheld – s.38(1)(b) FOISA (personal information)");
  const a: Answers = { tla: w, twm: w, tmi: w, tnf: w, ...four("u", [0, 0, 0, 0]) };
  add({
    file: "Shetland Islands Council FOISA 2015-211.csv",
    code: C.shetland,
    answers: a,
    planted: [
      {
        problem: "trafficked answers withheld under s.38(1)(b) FOISA (Scottish personal-data exemption)",
        codes: ["value_refused", "document_refused"],
        authority: C.shetland,
      },
    ],
    bytes: () =>
      csv([
        ["Shetland Islands Council – Freedom of Information (Scotland) Act 2002 – 2015/211"],
        [`Period: ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, [
          ["tla", "Looked after children identified or suspected as trafficked"],
          ["twm", "Trafficked children who went missing at least once"],
          ["tmi", "Missing episodes (trafficked)"],
          ["tnf", "Trafficked children not found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing at least once"],
          ["umi", "Missing episodes (UASC)"],
          ["unf", "UASC not found"],
        ]),
      ]),
  });
}

// Section 40 refusal for the trafficked figures; the body names the neighbouring council.
{
  const w = ref("Exempt under section 40(2) FOIA – disclosure could identify individuals");
  const a: Answers = { tla: w, twm: w, tmi: w, tnf: w, ...four("u", [13, 3, 6, 0]) };
  add({
    file: "Poole - FOI 2015-1130.txt",
    code: C.poole,
    answers: a,
    planted: [
      {
        problem: "trafficked answers refused under section 40(2)",
        codes: ["value_refused", "document_refused"],
        authority: C.poole,
      },
    ],
    bytes: () =>
      letter([
        "Borough of Poole – Freedom of Information response 2015/1130",
        `Period: ${PERIOD}`,
        "",
        "Please note that children placed by Poole in Bournemouth are included below; children placed in Poole by Bournemouth Borough Council are not.",
        "",
        `Looked after children identified or suspected as trafficked: ${raw(a, "tla")}`,
        `Trafficked children who went missing at least once: ${raw(a, "twm")}`,
        `Missing episodes of trafficked children: ${raw(a, "tmi")}`,
        `Trafficked children not found: ${raw(a, "tnf")}`,
        `Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `Unaccompanied children who went missing at least once: ${raw(a, "uwm")}`,
        `Missing episodes of unaccompanied children: ${raw(a, "umi")}`,
        `Unaccompanied children not found: ${raw(a, "unf")}`,
      ]),
  });
}

// ================================================================================================
// Whole-document refusals and not-held letters
// ================================================================================================

add({
  file: "Cheshire West and Chester - FOI 15-2284.txt",
  code: C.cheshireWest,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole-letter refusal under section 12 (cost limit)",
      codes: ["document_refused"],
      authority: C.cheshireWest,
    },
  ],
  bytes: () =>
    letter([
      "Cheshire West and Chester Council",
      "Freedom of Information request 15/2284",
      "",
      "Dear Requester",
      "",
      "We estimate that the cost of complying with your request would exceed the appropriate limit of £450 set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, as it would require a manual review of around 600 case files.",
      "Section 12 of the Freedom of Information Act 2000 therefore applies and we are refusing your request.",
      "You may wish to narrow your request, for example to unaccompanied asylum seeking children only.",
      "",
      "Yours sincerely",
      "Information Governance Team",
    ]),
});

add({
  file: "Orkney Islands Council - FOISA 2015-0199.txt",
  code: C.orkney,
  answers: {},
  document: "not_held",
  planted: [{ problem: "whole-letter 'not held' under s.17 FOISA", codes: ["document_not_held"], authority: C.orkney }],
  bytes: () =>
    letter([
      "Orkney Islands Council",
      "Freedom of Information (Scotland) Act 2002 – request 2015/0199",
      "",
      "Dear Requester",
      "",
      "I can confirm that Orkney Islands Council does not hold the information you have requested. The Council does not record whether a looked after child has been trafficked or is an unaccompanied asylum seeker in a way that would allow these figures to be produced.",
      "In terms of section 17 of the Freedom of Information (Scotland) Act 2002, this letter serves as a notice that the information is not held.",
      "",
      "Yours sincerely",
      "Information Governance Officer",
    ]),
});

add({
  file: "Mid Ulster District Council FOI 2015-118.txt",
  code: C.midUlster,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: children's social services are provided by the Health and Social Care Trusts (redirect)",
      codes: ["document_not_held"],
      authority: C.midUlster,
    },
  ],
  bytes: () =>
    letter([
      "Mid Ulster District Council",
      "Freedom of Information request FOI/2015/118",
      "",
      "Dear Sir/Madam",
      "",
      "In Northern Ireland, children's social services are delivered by the five Health and Social Care Trusts, not by district councils. Mid Ulster District Council therefore does not hold the information you requested.",
      "You may wish to redirect your request to the Northern Health and Social Care Trust or the Southern Health and Social Care Trust.",
      "",
      "Yours faithfully",
      "Democratic Services",
    ]),
});

add({
  file: "Ards and North Down BC - response.txt",
  code: C.ardsNorthDown,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council redirecting the request to the South Eastern HSC Trust",
      codes: ["document_not_held"],
      authority: C.ardsNorthDown,
    },
  ],
  bytes: () =>
    letter([
      "Ards and North Down Borough Council",
      "",
      "Your request for information – trafficked and unaccompanied children",
      "",
      "The Council is not the responsible body for looked after children. These services are provided by the South Eastern Health and Social Care Trust, to whom your request should be addressed.",
      "",
      "Regards",
      "Corporate Services",
    ]),
});

// ================================================================================================
// Check rules: each return breaks one
// ================================================================================================

/** A plain Q&A workbook used by several councils (their own headers and labels). */
function plainQa(
  title: string,
  period: string,
  a: Answers,
  labels: readonly (readonly [Key, string])[],
  extra: readonly ExcelJS.CellValue[][] = [],
) {
  return () =>
    xlsx(title, (wb) => {
      const ws = wb.addWorksheet("Response");
      widths(ws, [72, 14]);
      put(ws, 1, 1, [[title], [period], [], ["Question", "Answer"], ...qa(a, labels), ...extra]);
    });
}

const STD: readonly (readonly [Key, string])[] = [
  ["tla", "Looked after children identified or suspected as trafficked"],
  ["twm", "Trafficked children who went missing at least once"],
  ["tmi", "Total missing episodes – trafficked children"],
  ["tnf", "Trafficked children not found"],
  ["ula", "Unaccompanied asylum seeking children looked after"],
  ["uwm", "Unaccompanied children who went missing at least once"],
  ["umi", "Total missing episodes – unaccompanied children"],
  ["unf", "Unaccompanied children not found"],
];

{
  const a: Answers = { ...four("t", [3, 5, 8, 1]), ...four("u", [68, 9, 21, 2]) };
  add({
    file: "Barking and Dagenham FOI 5529.xlsx",
    code: C.barking,
    answers: a,
    contested: ["tla", "twm"],
    planted: [
      {
        problem: "more trafficked children went missing (5) than were looked after (3)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.barking,
      },
    ],
    bytes: plainQa("London Borough of Barking and Dagenham", `FOI 5529 – ${PERIOD}`, a, STD),
  });
}

{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [7, 2, 3, 3]) };
  add({
    file: "North Somerset Council FOI 2015-1904.xlsx",
    code: C.northSomerset,
    answers: a,
    contested: ["uwm", "unf"],
    planted: [
      {
        problem: "more UASC not found (3) than went missing (2)",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.northSomerset,
      },
    ],
    bytes: plainQa("North Somerset Council", `Period: ${PERIOD}`, a, STD),
  });
}

{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [15, 6, 4, 0]) };
  add({
    file: "South Gloucestershire FOI 9087.xlsx",
    code: C.southGlos,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "fewer UASC missing episodes (4) than UASC who went missing (6)",
        codes: ["check_incidents_below_children"],
        authority: C.southGlos,
      },
    ],
    bytes: plainQa("South Gloucestershire Council", `Period: ${PERIOD}`, a, STD),
  });
}

{
  const a: Answers = { ...four("t", [3, 2, 0, 0]), ...four("u", [20, 4, 6, 1]) };
  add({
    file: "Bournemouth Borough Council FOI 15-722.csv",
    code: C.bournemouth,
    answers: a,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "2 trafficked children went missing but 0 missing episodes",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.bournemouth,
      },
    ],
    bytes: () =>
      csv([["Bournemouth Borough Council"], [`FOI 15-722 – ${PERIOD}`], [], ["Question", "Answer"], ...qaRaw(a, STD)]),
  });
}

{
  const a: Answers = {
    tid: n(2),
    tsu: n(3),
    tla: n(4),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...four("u", [12, 2, 2, 0]),
  };
  add({
    file: "Northumberland County Council FOI 2015-04471.xlsx",
    code: C.northumberland,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (2) + suspected (3) does not equal the total (4)",
        codes: ["check_parts_sum"],
        authority: C.northumberland,
      },
    ],
    bytes: plainQa("Northumberland County Council", `Period: ${PERIOD}`, a, [
      ["tid", "Looked after children identified as trafficked"],
      ["tsu", "Looked after children suspected of being trafficked"],
      ["tla", "Total looked after children identified or suspected as trafficked"],
      ...STD.slice(1),
    ]),
  });
}

{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [25, 5, 9, 1]) };
  add({
    file: "Dorset County Council FOI 2015-1776.xlsx",
    code: C.dorset,
    answers: a,
    contested: ["uwm"],
    planted: [
      {
        problem: "UASC nationality breakdown sums to 6 but 5 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.dorset,
      },
    ],
    bytes: plainQa("Dorset County Council", `Period: ${PERIOD}`, a, STD, [
      [],
      ["Nationality of UASC who went missing", "Number"],
      ["Eritrean", 2],
      ["Afghan", 2],
      ["Sudanese", 1],
      ["Albanian", 1],
    ]),
  });
}

{
  const a: Answers = { ...four("t", [2, 1, 1, 1]), ...four("u", [8, 2, 3, 2]), nf: n(4) };
  add({
    file: "West Berkshire Council FOI 3310.xlsx",
    code: C.westBerks,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not found (4) is not trafficked (1) + UASC (2) not found",
        codes: ["check_not_found_total"],
        authority: C.westBerks,
      },
    ],
    bytes: plainQa("West Berkshire Council", `Period: ${PERIOD}`, a, [
      ...STD,
      ["nf", "Total number of trafficked and unaccompanied children not found"],
    ]),
  });
}

{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ula: n(4), uwm: n(1), umi: n(1), unf: n(-1) };
  add({
    file: "Redcar and Cleveland FOI response.csv",
    code: C.redcar,
    answers: a,
    contested: ["unf"],
    planted: [{ problem: "negative count (-1) for UASC not found", codes: ["value_negative"], authority: C.redcar }],
    bytes: () =>
      csv([
        ["Redcar and Cleveland Borough Council – FOI response"],
        [`Period: ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, STD),
      ]),
  });
}

{
  const a: Answers = {
    ...four("t", [2, 1, 1, 0]),
    ula: n(29),
    uwm: { raw: "2.5", reading: "exact", value: 2.5, xl: 2.5 },
    umi: n(8),
    unf: n(1),
  };
  add({
    file: "Hull City Council FOI 000412.xlsx",
    code: C.hull,
    answers: a,
    contested: ["uwm"],
    planted: [
      { problem: "fractional count (2.5) for UASC who went missing", codes: ["value_fractional"], authority: C.hull },
    ],
    bytes: plainQa("Hull City Council", `Period: ${PERIOD}`, a, STD),
  });
}

// ================================================================================================
// Other planted problems inside returns
// ================================================================================================

// Two returns that disagree (the second marked "revised").
{
  const first: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [18, 4, 9, 1]) };
  const second: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [18, 5, 11, 1]) };
  const planted = [
    {
      problem: "two returns disagree on UASC went missing (4 v 5) and episodes (9 v 11)",
      codes: ["duplicate_conflict"],
      authority: C.banes,
    },
  ];
  add({
    file: "BANES FOI response 15-3321.xlsx",
    code: C.banes,
    answers: first,
    contested: ["uwm", "umi"],
    planted,
    bytes: plainQa("Bath and North East Somerset Council", `Period: ${PERIOD}`, first, STD),
  });
  add({
    file: "Bath and North East Somerset - FOI 15-3321 (revised).csv",
    code: C.banes,
    answers: second,
    contested: ["uwm", "umi"],
    bytes: () =>
      csv([
        ["Bath and North East Somerset Council – FOI 15-3321 – REVISED response"],
        [`Period: ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(second, STD),
      ]),
  });
}

// Two returns that agree (workbook and its CSV save), and a byte-for-byte copy of the workbook.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [10, 1, 1, 0]) };
  const book = plainQa("Shropshire Council", `Period: ${PERIOD}`, a, STD);
  add({ file: "Shropshire Council FOI.xlsx", code: C.shropshire, answers: a, bytes: book });
  add({ file: "Shropshire Council FOI (1).xlsx", code: C.shropshire, answers: a, bytes: book });
  add({
    file: "Shropshire Council FOI.csv",
    code: C.shropshire,
    answers: a,
    bytes: () => csv([["Shropshire Council"], [`Period: ${PERIOD}`], [], ["Question", "Answer"], ...qaRaw(a, STD)]),
  });
}

// A file that names no authority.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [6, 1, 2, 0]) };
  add({
    file: "response.csv",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "file names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      csv([["Response to your FOI request"], [`Period: ${PERIOD}`], [], ["Question", "Answer"], ...qaRaw(a, STD)]),
  });
}

// File name says Monmouthshire; the content is Torfaen's (a shared Gwent team sent the wrong sheet).
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 1, 1, 0]) };
  add({
    file: "Monmouthshire County Council FOI response.csv",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.monmouthshire, C.torfaen],
    planted: [
      {
        problem: "file name says Monmouthshire, content is Torfaen County Borough Council",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: () =>
      csv([
        ["Torfaen County Borough Council"],
        [`Freedom of Information response – ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, STD),
      ]),
  });
}

// A prose answer in a grid (groups as rows, measures across).
{
  const a: Answers = {
    ...four("t", [1, 0, 0, 0]),
    ula: n(6),
    uwm: n(2),
    umi: nx("Most were short absences of under 24 hours"),
    unf: n(0),
  };
  add({
    file: "Perth and Kinross Council FOI 15-0788.xlsx",
    code: C.perthKinross,
    answers: a,
    planted: [
      { problem: "prose answer for UASC missing episodes", codes: ["value_unparsed"], authority: C.perthKinross },
    ],
    bytes: () =>
      xlsx("Perth and Kinross Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0788");
        widths(ws, [36, 14, 16, 40, 12]);
        put(ws, 1, 1, [
          ["Perth and Kinross Council"],
          [`Period: ${PERIOD}`],
          [],
          ["Group", "Looked after", "Went missing", "Missing episodes", "Not found"],
          ["Trafficked (identified or suspected)", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// One figure given for both groups together (matches two measures).
{
  const a: Answers = {
    tla: n(2),
    ula: n(6),
    nf: n(0),
  };
  add({
    file: "East Ayrshire Council FOISA response.csv",
    code: C.eastAyrshire,
    answers: {
      ...a,
      twm: nx("3"),
      uwm: nx("3"),
      tmi: nx("5"),
      umi: nx("5"),
    },
    contested: ["twm", "uwm", "tmi", "umi"],
    planted: [
      {
        problem: "went missing and missing episodes given once for trafficked and UASC together",
        codes: ["label_ambiguous", "label_unmatched", "layout_unknown", "label_outside_request"],
        authority: C.eastAyrshire,
      },
    ],
    bytes: () =>
      csv([
        ["East Ayrshire Council"],
        [`Freedom of Information (Scotland) Act 2002 – period ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["Number of these children (trafficked or UASC) who went missing at least once", "3"],
        ["Total number of missing episodes (both groups)", "5"],
        ["Number of these children not found (both groups)", raw(a, "nf")],
      ]),
  });
}

// The same figure given twice in one return with different values.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [9, 1, 1, 0]) };
  add({
    file: "East Dunbartonshire Council FOI 2015-612.xlsx",
    code: C.eastDunbartonshire,
    answers: a,
    contested: ["ula"],
    planted: [
      {
        problem: "UASC looked after given as 9 in the answers and 10 in the summary below",
        codes: ["value_conflict"],
        authority: C.eastDunbartonshire,
      },
    ],
    bytes: plainQa("East Dunbartonshire Council", `Period: ${PERIOD}`, a, STD, [
      [],
      ["Summary"],
      ["Unaccompanied asylum seeking children looked after during the period", 10],
    ]),
  });
}

// A total written as a formula with no saved result.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(1),
    tla: { raw: "=SUM(B5:B6)", reading: "not_exact", xl: { formula: "SUM(B5:B6)" } as ExcelJS.CellValue },
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ...four("u", [3, 0, 0, 0]),
  };
  add({
    file: "Flintshire County Council FOI 15-1042.xlsx",
    code: C.flintshire,
    answers: a,
    contested: ["tla"],
    planted: [
      {
        problem: "trafficked total is a formula with no saved result",
        codes: ["formula_no_result"],
        authority: C.flintshire,
      },
    ],
    bytes: plainQa("Flintshire County Council", `Period: ${PERIOD}`, a, [
      ["tid", "Looked after children identified as trafficked"],
      ["tsu", "Looked after children suspected of being trafficked"],
      ["tla", "Total looked after children identified or suspected as trafficked"],
      ...STD.slice(1),
    ]),
  });
}

// A looked-after count given as a 31 March snapshot rather than over the requested period.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [23, 4, 7, 1]) };
  add({
    file: "North East Lincolnshire Council FOI 2015-0655.xlsx",
    code: C.neLincs,
    answers: a,
    contested: ["ula"],
    planted: [
      {
        problem: "UASC looked after given as at 31 March 2015 (a snapshot), not over the requested period",
        codes: ["period_mismatch", "period_approximate", "label_outside_request", "figure_other_period"],
        authority: C.neLincs,
      },
    ],
    bytes: plainQa("North East Lincolnshire Council", `Period: ${PERIOD}`, a, [
      ...STD.slice(0, 4),
      ["ula", "Number of UASC looked after at 31 March 2015 (SSDA903 return)"],
      ["uwm", "UASC who went missing at least once during the period"],
      ["umi", "Total missing episodes – UASC"],
      ["unf", "UASC not found"],
    ]),
  });
}

// "1-4" typed into a cell and turned into a date (1 April) by Excel.
{
  const a: Answers = {
    ...four("t", [0, 0, 0, 0]),
    ula: n(9),
    uwm: { raw: "01-Apr (typed as 1-4)", reading: "suppressed", xl: new Date(Date.UTC(2015, 3, 1)) },
    umi: n(6),
    unf: n(0),
  };
  add({
    file: "North Lincolnshire Council FOI response.xlsx",
    code: C.northLincs,
    answers: a,
    contested: ["uwm"],
    planted: [
      {
        problem: "suppressed '1-4' turned into a date (1 April) by Excel in the UASC went-missing cell",
        codes: [
          "value_unparsed",
          "value_suppressed",
          "check_missing_exceeds_looked_after",
          "check_incidents_below_children",
        ],
        authority: C.northLincs,
      },
    ],
    bytes: () =>
      xlsx("North Lincolnshire Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [72, 14]);
        put(ws, 1, 1, [
          ["North Lincolnshire Council"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qa(a, STD),
        ]);
        ws.getCell("B10").numFmt = "dd-mmm";
      }),
  });
}

// The "trafficked" figures are for a wider cohort (CSE or trafficking risk), not the one asked about.
{
  const a: Answers = { ...four("t", [9, 4, 11, 0]), ...four("u", [5, 1, 1, 0]) };
  add({
    file: "Conwy CBC FOI 2015-0418.xlsx",
    code: C.conwy,
    answers: a,
    contested: ["tla", "twm", "tmi", "tnf"],
    planted: [
      {
        problem:
          "'trafficked' figures are for children at risk of child sexual exploitation or trafficking (a wider cohort)",
        codes: ["label_unmatched", "label_outside_request", "label_ambiguous"],
        authority: C.conwy,
      },
    ],
    bytes: plainQa(
      "Conwy County Borough Council",
      `Period: ${PERIOD}`,
      a,
      [
        ["tla", "Looked after children flagged as at risk of CSE or trafficking"],
        ["twm", "Of these, number who went missing at least once"],
        ["tmi", "Number of missing episodes for these children"],
        ["tnf", "Number of these children not found"],
        ...STD.slice(4),
      ],
      [
        [],
        [
          "Note: we do not record trafficking separately from child sexual exploitation (CSE); the first four answers cover both.",
        ],
      ],
    ),
  });
}

// Groups across with a Total column; the Total of the not-found row is the combined not-found figure.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [6, 2, 3, 1]), nf: n(1) };
  add({
    file: "Neath Port Talbot CBC FOI 15-551.csv",
    code: C.neathPortTalbot,
    answers: a,
    bytes: () =>
      csv([
        ["Neath Port Talbot County Borough Council"],
        [`Freedom of Information response – ${PERIOD}`],
        [],
        ["", "Trafficked", "UASC", "Total"],
        ["Looked after", raw(a, "tla"), raw(a, "ula"), 7],
        ["Went missing at least once", raw(a, "twm"), raw(a, "uwm"), 2],
        ["Missing episodes", raw(a, "tmi"), raw(a, "umi"), 3],
        ["Not found", raw(a, "tnf"), raw(a, "unf"), raw(a, "nf")],
      ]),
  });
}

// Answers in words that also carry a second number.
{
  const a: Answers = {
    ...four("t", [2, 1, 1, 0]),
    ula: n(26),
    uwm: as("Three children went missing, on 14 occasions in total", 3),
    umi: n(14),
    unf: n(1),
  };
  add({
    file: "Kirklees Council - FOI response 15-6610.txt",
    code: C.kirklees,
    answers: a,
    bytes: () =>
      letter([
        "Kirklees Council",
        "Freedom of Information request 15/6610",
        `Period: ${PERIOD}`,
        "",
        `1. How many looked after children were identified or suspected as trafficked? Answer: ${raw(a, "tla")}`,
        `2. How many of these trafficked children went missing at least once? Answer: ${raw(a, "twm")}`,
        `3. How many missing episodes did the trafficked children have? Answer: ${raw(a, "tmi")}`,
        `4. How many of the trafficked children have not been found? Answer: ${raw(a, "tnf")}`,
        `5. How many unaccompanied asylum seeking children were looked after? Answer: ${raw(a, "ula")}`,
        `6. How many of these unaccompanied children went missing at least once? Answer: ${raw(a, "uwm")}`,
        `7. How many missing episodes did the unaccompanied children have? Answer: ${raw(a, "umi")}`,
        `8. How many of the unaccompanied children have not been found? Answer: ${raw(a, "unf")}`,
      ]),
  });
}

// Identified and suspected in separate columns for every measure; no trafficked total column.
{
  const id = [2, 1, 2, 0] as const;
  const su = [3, 2, 3, 1] as const;
  const a: Answers = {
    tid: n(id[0]),
    tsu: n(su[0]),
    twm: { raw: `${id[1]} (identified) + ${su[1]} (suspected)`, reading: "exact", value: id[1] + su[1] },
    tmi: { raw: `${id[2]} (identified) + ${su[2]} (suspected)`, reading: "exact", value: id[2] + su[2] },
    tnf: { raw: `${id[3]} (identified) + ${su[3]} (suspected)`, reading: "exact", value: id[3] + su[3] },
    ...four("u", [17, 3, 5, 0]),
  };
  add({
    file: "South Lanarkshire Council FOISA 2015-09-117.xlsx",
    code: C.southLanarkshire,
    answers: a,
    bytes: () =>
      xlsx("South Lanarkshire Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [40, 26, 26, 26]);
        put(ws, 1, 1, [
          ["South Lanarkshire Council – Freedom of Information (Scotland) Act 2002"],
          [`Period: ${PERIOD}`],
          [],
          ["", "Identified as trafficked", "Suspected of being trafficked", "Unaccompanied asylum seeking children"],
          ["Looked after", id[0], su[0], cell(a, "ula")],
          ["Went missing at least once", id[1], su[1], cell(a, "uwm")],
          ["Number of missing episodes", id[2], su[2], cell(a, "umi")],
          ["Not found", id[3], su[3], cell(a, "unf")],
        ]);
      }),
  });
}

// Identified and suspected written into the one answer cell.
{
  const a: Answers = {
    tla: as("2 identified, 1 suspected", 3),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...four("u", [4, 0, 0, 0]),
  };
  add({
    file: "Merthyr Tydfil CBC FOI response.csv",
    code: C.merthyr,
    answers: a,
    bytes: () =>
      csv([
        ["Merthyr Tydfil County Borough Council"],
        [`Freedom of Information response – ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, [
          ["tla", "How many looked after children were identified or suspected as trafficked?"],
          ["twm", "How many of these children went missing at least once?"],
          ["tmi", "How many missing episodes did they have?"],
          ["tnf", "How many of them have not been found?"],
          ["ula", "How many unaccompanied asylum seeking children were looked after?"],
          ["uwm", "How many UASC went missing at least once?"],
          ["umi", "How many missing episodes did the UASC have?"],
          ["unf", "How many of the UASC have not been found?"],
        ]),
      ]),
  });
}

// Wrong periods.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [5, 1, 1, 0]) };
  add({
    file: "Dumfries and Galloway Council FOI response.xlsx",
    code: C.dumfries,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "period is calendar year 2014 (1 January – 31 December 2014)",
        codes: ["period_mismatch", "period_approximate"],
        authority: C.dumfries,
      },
    ],
    bytes: plainQa("Dumfries and Galloway Council", "Period: 1 January 2014 to 31 December 2014", a, STD),
  });
}
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 0, 0, 0]) };
  add({
    file: "East Renfrewshire Council FOISA 2015-330.csv",
    code: C.eastRenfrewshire,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "period is financial year 2014/15 (1 April 2014 – 31 March 2015)",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.eastRenfrewshire,
      },
    ],
    bytes: () =>
      csv([
        ["East Renfrewshire Council – FOISA 2015/330"],
        ["Figures are for the financial year 2014/15 (1 April 2014 – 31 March 2015)"],
        [],
        ["Question", "Answer"],
        ...qaRaw(a, STD),
      ]),
  });
}

// ================================================================================================
// Files that cannot be read
// ================================================================================================

add({
  file: "Powys County Council FOI.xlsx",
  code: C.powys,
  answers: {},
  planted: [{ problem: "truncated xlsx (corrupt zip)", codes: ["file_corrupt", "file_unparsed"], authority: C.powys }],
  bytes: async () => {
    const whole = await plainQa(
      "Powys County Council",
      `Period: ${PERIOD}`,
      { ...four("t", [1, 0, 0, 0]), ...four("u", [4, 0, 0, 0]) },
      STD,
    )();
    return whole.slice(0, Math.floor(whole.length * 0.45));
  },
});

add({
  file: "Pembrokeshire FOI response.csv",
  code: C.pembrokeshire,
  answers: {},
  planted: [{ problem: "empty file (0 bytes)", codes: ["file_empty"], authority: C.pembrokeshire }],
  bytes: () => new Uint8Array(0),
});

add({
  file: "Inverclyde Council FOI response.pdf",
  code: C.inverclyde,
  answers: {},
  planted: [
    {
      problem: "scanned PDF (no text layer)",
      codes: ["file_scanned", "file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.inverclyde,
    },
  ],
  bytes: () => scannedPdf(),
});

add({
  file: "Moray Council response.xls",
  code: C.moray,
  answers: {},
  planted: [
    {
      problem: "legacy Excel 97-2003 workbook (.xls)",
      codes: ["file_unsupported", "file_corrupt", "file_unparsed"],
      authority: C.moray,
    },
  ],
  bytes: () => legacyXls("The Moray Council FOI response: looked after children 1 October 2014 to 30 September 2015"),
});

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout4/. */
export function buildHoldout4(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout4", specs);
}

/** Write the corpus to `dir` (fixtures/holdout4), replacing what is there. */
export async function generateHoldout4(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout4());
}
