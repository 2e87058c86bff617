/**
 * The fifth blind holdout corpus for issue 2 (fixtures/holdout5): returns
 * written the way English, Welsh, Scottish and Northern Irish councils answer
 * FOI requests, by someone who has not read the ingest's matching or parsing
 * code, each with the reading a careful human makes of it.
 *
 *   fixtures/holdout5/returns/      the returns
 *   fixtures/holdout5/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout5/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                   "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout5/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model (answers → truth/statuses) and the byte helpers are
 * shared with holdout4 (test/holdout4/model.ts, bytes.ts). Deterministic:
 * fixed workbook dates and zip entry times. Rewrite with
 *
 *   WRITE_HOLDOUT5=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout5
 *
 * Note on authorities: the 2015 reference list has 217 authorities and the
 * four earlier holdout corpora between them already give truth for 193. This
 * corpus uses the 24 that none of them has truth for wherever it can (mostly
 * Northern Irish councils, which do not run children's social care), and
 * reuses others only in new files with new wording and figures.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { fixZipTimes, legacyXls, scannedPdf } from "../holdout4/bytes.js";
import { buildCorpus, writeCorpus } from "../holdout4/corpus.js";
import {
  type Answers,
  as,
  cell,
  countEpisodes,
  csv,
  type Episode,
  type Key,
  letter,
  n,
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
  // none of the earlier holdout corpora has truth for these
  rutland: "E06000017",
  cheshireWest: "E06000050",
  warwickshire: "E10000031",
  antrim: "N09000001",
  armagh: "N09000002",
  belfast: "N09000003",
  causeway: "N09000004",
  fermanagh: "N09000006",
  newry: "N09000010",
  dumfries: "S12000006",
  eastRenfrewshire: "S12000011",
  inverclyde: "S12000018",
  moray: "S12000020",
  orkney: "S12000023",
  borders: "S12000026",
  monmouthshire: "W06000021",
  pembrokeshire: "W06000009",
  powys: "W06000023",
  torfaen: "W06000020",
  // reused, with new files
  hartlepool: "E06000001",
  darlington: "E06000005",
  warrington: "E06000007",
  blackpool: "E06000009",
  york: "E06000014",
  derby: "E06000015",
  telford: "E06000020",
  plymouth: "E06000026",
  torbay: "E06000027",
  swindon: "E06000030",
  medway: "E06000035",
  slough: "E06000039",
  miltonKeynes: "E06000042",
  isleOfWight: "E06000046",
  wiltshire: "E06000054",
  bolton: "E08000001",
  rochdale: "E08000005",
  salford: "E08000006",
  stockport: "E08000007",
  wigan: "E08000010",
  sefton: "E08000014",
  barnsley: "E08000016",
  sheffield: "E08000019",
  coventry: "E08000026",
  walsall: "E08000030",
  calderdale: "E08000033",
  camden: "E09000007",
  hounslow: "E09000018",
  islington: "E09000019",
  southwark: "E09000028",
  hertfordshire: "E10000015",
  lincolnshire: "E10000019",
  norfolk: "E10000020",
  suffolk: "E10000029",
  cardiff: "W06000015",
  swansea: "W06000011",
  wrexham: "W06000006",
  glasgow: "S12000046",
  highland: "S12000017",
  fife: "S12000015",
  falkirk: "S12000014",
  angus: "S12000041",
} as const;

type Labels = readonly (readonly [Key, string])[];

/** Rows of [label, workbook cell]. */
function rowsXl(a: Answers, labels: Labels): ExcelJS.CellValue[][] {
  return labels.map(([k, label]) => [label, cell(a, k)]);
}
/** Rows of [number, label, workbook cell]. */
function rowsXlNo(a: Answers, labels: readonly (readonly [string, Key, string])[]): ExcelJS.CellValue[][] {
  return labels.map(([no, k, label]) => [no, label, cell(a, k)]);
}
/** Rows of [label, raw text] for a CSV. */
function rowsCsv(a: Answers, labels: Labels): string[][] {
  return labels.map(([k, label]) => [label, raw(a, k)]);
}

function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}

/** Answers for the four figures of one group: looked after, went missing, episodes, not found. */
function grp(g: "t" | "u", v: readonly [number, number, number, number]): Answers {
  const [la, wm, mi, nf] = v;
  return g === "t"
    ? { tla: n(la), twm: n(wm), tmi: n(mi), tnf: n(nf) }
    : { ula: n(la), uwm: n(wm), umi: n(mi), unf: n(nf) };
}

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);

// ================================================================================================
// English councils
// ================================================================================================

// Rutland: numbered questions (1a/1b …) under three title rows, with a footnote.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(1),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: n(6),
    uwm: n(1),
    umi: n(3),
    unf: n(0),
  };
  add({
    file: "Rutland CC - FOI 2015-0877 response.xlsx",
    code: C.rutland,
    answers: a,
    bytes: () =>
      xlsx("Rutland County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 2015-0877");
        widths(ws, [6, 78, 12]);
        put(ws, 1, 1, [
          ["Rutland County Council"],
          ["Freedom of Information Act 2000 – request reference 2015-0877"],
          ["Reporting window: 01/10/2014 – 30/09/2015"],
          [],
          ["No.", "Information requested", "Response"],
          ...rowsXlNo(a, [
            ["1a", "tid", "How many looked after children did the council identify as victims of trafficking?"],
            ["1b", "tsu", "How many looked after children did the council suspect had been trafficked?"],
            ["2", "twm", "Of the children counted at 1a and 1b, how many ran away or went missing from care?"],
            ["3", "tmi", "How many separate missing incidents were recorded for the children at Q2?"],
            ["4", "tnf", "How many of the children at Q2 have still not been located?"],
            ["5", "ula", "How many unaccompanied asylum seeking children did the council look after?"],
            ["6", "uwm", "Of the children at Q5, how many went missing from care?"],
            ["7", "umi", "How many separate missing incidents were recorded for the children at Q6?"],
            ["8", "unf", "How many of the children at Q6 have still not been located?"],
          ]),
          [],
          ["", "Figures taken from the social care case record system on 12/11/2015."],
        ]);
      }),
  });
}

// Cheshire West and Chester: measures down the side, groups across under a two-row merged header.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(1),
    tla: n(3),
    twm: n(2),
    tmi: n(5),
    tnf: n(1),
    ula: n(22),
    uwm: n(4),
    umi: n(11),
    unf: n(0),
  };
  add({
    file: "CWAC FOI 15-3302 Children in Care.xlsx",
    code: C.cheshireWest,
    answers: a,
    bytes: () =>
      xlsx("Cheshire West and Chester Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [46, 18, 18, 22, 26]);
        put(ws, 1, 1, [
          ["Cheshire West and Chester Council – Children in Care: trafficking and unaccompanied minors"],
          ["Period covered: 1st October 2014 - 30th September 2015"],
          [],
          ["", "Children in care who had been trafficked", "", "", "Unaccompanied asylum seeking children"],
          ["", "Identified", "Suspected", "All (identified + suspected)", ""],
          ["Number of children in care", cell(a, "tid"), cell(a, "tsu"), cell(a, "tla"), cell(a, "ula")],
          ["Number who went missing at least once", "", "", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing episodes", "", "", cell(a, "tmi"), cell(a, "umi")],
          ["Number still missing at the date of this response", "", "", cell(a, "tnf"), cell(a, "unf")],
        ]);
        ws.mergeCells("B4:D4");
        ws.mergeCells("E4:E5");
      }),
  });
}

// Warwickshire: an episode list (real date cells) and a cover sheet with the looked-after numbers.
{
  const eps: Episode[] = [
    { child: "W10442", group: "t", start: [2014, 12, 1], end: [2014, 12, 2] },
    { child: "W10442", group: "t", start: [2015, 5, 10], end: [2015, 5, 13] },
    { child: "W11873", group: "t", start: [2015, 8, 2], end: null },
    { child: "W20011", group: "u", start: [2014, 10, 19], end: [2014, 10, 20] },
    { child: "W20115", group: "u", start: [2015, 1, 8], end: [2015, 1, 9] },
    { child: "W20115", group: "u", start: [2015, 3, 27], end: [2015, 3, 27] },
    { child: "W20115", group: "u", start: [2015, 6, 14], end: [2015, 6, 18] },
    { child: "W20377", group: "u", start: [2015, 9, 3], end: null },
    { child: "W20480", group: "u", start: [2015, 2, 11], end: [2015, 2, 12] },
  ];
  const a: Answers = { tla: n(4), ula: n(38), ...countEpisodes(eps) };
  const d = (x: readonly [number, number, number] | null): ExcelJS.CellValue =>
    x ? new Date(Date.UTC(x[0], x[1] - 1, x[2])) : "";
  add({
    file: "Warwickshire FOI 6124 - missing CiC.xlsx",
    code: C.warwickshire,
    answers: a,
    bytes: () =>
      xlsx("Warwickshire County Council", (wb) => {
        const s = wb.addWorksheet("Notes");
        widths(s, [58, 30]);
        put(s, 1, 1, [
          ["Warwickshire County Council – FOI 6124"],
          ["Children in care: 1 October 2014 to 30 September 2015"],
          [],
          ["Cohort", "Children in care during the period"],
          ["Identified or suspected victims of trafficking", cell(a, "tla")],
          ["Unaccompanied asylum-seeking children", cell(a, "ula")],
          [],
          ["Each row on the 'Missing episodes' sheet is one period during which a child in these cohorts"],
          ["was missing from placement. A blank 'Returned' date means the child has not been located."],
        ]);
        const e = wb.addWorksheet("Missing episodes");
        widths(e, [12, 16, 16, 16]);
        put(e, 1, 1, [["Child ID", "Cohort", "Went missing", "Returned"]]);
        eps.forEach((ep, i) => {
          put(e, i + 2, 1, [[ep.child, ep.group === "t" ? "Trafficking" : "UASC", d(ep.start), d(ep.end)]]);
          for (const col of [3, 4]) e.getCell(i + 2, col).numFmt = "dd/mm/yyyy";
        });
      }),
  });
}

// Hartlepool: a one-row system export with coded headers.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(1),
    tla: n(1),
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ula: n(3),
    uwm: n(0),
    umi: n(0),
    unf: n(0),
  };
  const keys = ["tid", "tsu", "tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const;
  add({
    file: "hartlepool_foi_extract_20151103.csv",
    code: C.hartlepool,
    answers: a,
    bytes: () =>
      csv([
        [
          "LA_CODE",
          "LA_NAME",
          "RPT_START",
          "RPT_END",
          "CLA_TRAF_ID",
          "CLA_TRAF_SUS",
          "CLA_TRAF_TOT",
          "TRAF_MISS_CHN",
          "TRAF_MISS_EPI",
          "TRAF_NOT_LOC",
          "CLA_UASC_TOT",
          "UASC_MISS_CHN",
          "UASC_MISS_EPI",
          "UASC_NOT_LOC",
        ],
        ["805", "Hartlepool Borough Council", "01/10/2014", "30/09/2015", ...keys.map((k) => raw(a, k))],
      ]),
  });
}

// Darlington: header at row 7 in column B, a formula total with its saved result.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: { raw: "3", reading: "exact", value: 3, xl: { formula: "C8+C9", result: 3 } },
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ula: n(8),
    uwm: n(2),
    umi: n(2),
    unf: n(0),
  };
  add({
    file: "DBC-FOI-3381 Response.xlsx",
    code: C.darlington,
    answers: a,
    bytes: () =>
      xlsx("Darlington Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI 3381");
        widths(ws, [3, 70, 12]);
        put(ws, 1, 2, [
          ["Darlington Borough Council"],
          ["Children's Services – Performance & Intelligence"],
          ["Freedom of Information request DBC-FOI-3381"],
          ["Reporting period: 1 October 2014 to 30 September 2015"],
          [],
          [],
          ["Question", "Number"],
          ...rowsXl(a, [
            ["tid", "Looked after children identified as trafficked"],
            ["tsu", "Looked after children where trafficking is suspected"],
            ["tla", "Total trafficked (identified + suspected)"],
            ["twm", "How many of the trafficked children went missing?"],
            ["tmi", "How many missing episodes were there for the trafficked children?"],
            ["tnf", "How many of the trafficked children are still missing?"],
            ["ula", "How many unaccompanied asylum-seeking children were looked after?"],
            ["uwm", "How many of the unaccompanied children went missing?"],
            ["umi", "How many missing episodes were there for the unaccompanied children?"],
            ["unf", "How many of the unaccompanied children are still missing?"],
          ]),
        ]);
      }),
  });
}

// Warrington: more trafficked children went missing than were looked after.
{
  const a: Answers = { tla: n(2), twm: n(4), tmi: n(6), tnf: n(0), ...grp("u", [11, 3, 5, 1]) };
  add({
    file: "Warrington BC FOI 2015 1477.csv",
    code: C.warrington,
    answers: a,
    contested: ["tla", "twm"],
    planted: [
      {
        problem: "more trafficked children went missing (4) than were looked after (2)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.warrington,
      },
    ],
    bytes: () =>
      csv([
        ["Warrington Borough Council"],
        ["Request 1477 - children in care, 1 October 2014 to 30 September 2015"],
        [],
        ["Q", "Question", "Answer"],
        ...(
          [
            ["Q1", "tla", "Looked after children known or thought to have been trafficked"],
            ["Q2", "twm", "How many of the children in Q1 went missing"],
            ["Q3", "tmi", "Number of missing episodes for the children in Q2"],
            ["Q4", "tnf", "How many of the children in Q2 are yet to be found"],
            ["Q5", "ula", "Unaccompanied asylum seeking children looked after"],
            ["Q6", "uwm", "How many of the children in Q5 went missing"],
            ["Q7", "umi", "Number of missing episodes for the children in Q6"],
            ["Q8", "unf", "How many of the children in Q6 are yet to be found"],
          ] as const
        ).map(([q, k, l]) => [q, l, raw(a, k)]),
      ]),
  });
}

// Blackpool: groups across, suppressed small numbers with a key.
{
  const a: Answers = {
    tla: sup("*"),
    twm: sup("*"),
    tmi: sup("*"),
    tnf: n(0),
    ula: n(14),
    uwm: n(5),
    umi: n(19),
    unf: sup("*"),
  };
  add({
    file: "Blackpool Council FOI 300912.xlsx",
    code: C.blackpool,
    answers: a,
    bytes: () =>
      xlsx("Blackpool Council", (wb) => {
        const ws = wb.addWorksheet("Data");
        widths(ws, [44, 26, 26]);
        put(ws, 1, 1, [
          ["Blackpool Council – Freedom of Information 300912"],
          ["Looked after children, 1 October 2014 – 30 September 2015"],
          [],
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking"],
          ["Looked after during the period", cell(a, "tla"), cell(a, "ula")],
          ["Went missing at least once", cell(a, "twm"), cell(a, "uwm")],
          ["Total missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Not found at the time of this response", cell(a, "tnf"), cell(a, "unf")],
          [],
          ["* a number between 1 and 4, withheld so that individual children cannot be identified"],
        ]);
      }),
  });
}

// York: a letter with (1)(a)-style question numbers.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(1),
    twm: n(1),
    tmi: n(3),
    tnf: n(0),
    ula: n(9),
    uwm: n(1),
    umi: n(1),
    unf: n(1),
  };
  add({
    file: "City of York Council IGF-15-2279.txt",
    code: C.york,
    answers: a,
    bytes: () =>
      letter([
        "City of York Council",
        "Information Governance Team, West Offices, Station Rise, York",
        "Our ref: IGF/15/2279",
        "17 November 2015",
        "",
        "Dear Sir/Madam,",
        "",
        "Thank you for your request for information, which we have handled under the Freedom of",
        "Information Act 2000. You asked about looked after children between 1 October 2014 and",
        "30 September 2015. Our answers follow the numbering of your request.",
        "",
        `(1)(a) Looked after children identified as having been trafficked: ${raw(a, "tid")}`,
        `(1)(b) Looked after children suspected of having been trafficked: ${raw(a, "tsu")}`,
        `(2) Of the children at (1), the number who went missing: ${raw(a, "twm")}`,
        `(3) The number of occasions on which those children went missing: ${raw(a, "tmi")}`,
        `(4) Of the children at (2), the number who have not been found: ${raw(a, "tnf")}`,
        `(5) Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `(6) Of the children at (5), the number who went missing: ${raw(a, "uwm")}`,
        `(7) The number of occasions on which those children went missing: ${raw(a, "umi")}`,
        `(8) Of the children at (6), the number who have not been found: ${raw(a, "unf")}`,
        "",
        "If you are unhappy with this response you may ask for an internal review within 40 working",
        "days, and afterwards complain to the Information Commissioner's Office.",
        "",
        "Yours faithfully,",
        "Information Governance Officer",
      ]),
  });
}

// Derby: a workbook, then an amended CSV that changes two UASC figures.
{
  const first: Answers = { ...grp("t", [1, 0, 0, 0]), ...grp("u", [31, 6, 14, 1]) };
  const second: Answers = { ...grp("t", [1, 0, 0, 0]), ...grp("u", [31, 7, 15, 1]) };
  const L: Labels = [
    ["tla", "Children in care identified or suspected as trafficked"],
    ["twm", "of whom went missing"],
    ["tmi", "missing episodes (trafficked children)"],
    ["tnf", "of whom not yet found"],
    ["ula", "Unaccompanied asylum seeking children in care"],
    ["uwm", "of whom went missing"],
    ["umi", "missing episodes (unaccompanied children)"],
    ["unf", "of whom not yet found"],
  ];
  add({
    file: "Derby City Council FOI 15-0935.xlsx",
    code: C.derby,
    answers: first,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "two returns disagree on UASC went missing (6 v 7) and missing episodes (14 v 15)",
        codes: ["duplicate_conflict"],
        authority: C.derby,
      },
    ],
    bytes: () =>
      xlsx("Derby City Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0935");
        widths(ws, [60, 10]);
        put(ws, 1, 1, [
          ["Derby City Council – FOI 15-0935"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["", "Number"],
          ...rowsXl(first, L),
        ]);
      }),
  });
  add({
    file: "Derby City Council FOI 15-0935 amended.csv",
    code: C.derby,
    answers: second,
    contested: ["uwm", "umi"],
    bytes: () =>
      csv([
        ["Derby City Council – FOI 15-0935 – AMENDED figures (supersedes response of 12/11/2015)"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["", "Number"],
        ...rowsCsv(second, L),
      ]),
  });
}

// Telford: figures for the financial year.
{
  const a: Answers = { ...grp("t", [2, 1, 1, 0]), ...grp("u", [7, 1, 2, 0]) };
  add({
    file: "Telford & Wrekin FOI 8847.csv",
    code: C.telford,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "period is the financial year 2014-15 (April 2014 to March 2015)",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.telford,
      },
    ],
    bytes: () =>
      csv([
        ["Telford & Wrekin Council – Freedom of Information 8847"],
        [
          "Please note: figures are for the 2014-15 financial year (01/04/2014 - 31/03/2015) as this is how our data is reported",
        ],
        [],
        ["Description", "Total"],
        ...rowsCsv(a, [
          ["tla", "Looked after children who were victims of trafficking (identified or suspected)"],
          ["twm", "Trafficked children who went missing"],
          ["tmi", "Number of missing episodes - trafficked children"],
          ["tnf", "Trafficked children still missing"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing"],
          ["umi", "Number of missing episodes - UASC"],
          ["unf", "UASC still missing"],
        ]),
      ]),
  });
}

// Plymouth: a grid and a nationality sheet that does not add up.
{
  const a: Answers = { ...grp("t", [3, 1, 1, 0]), ...grp("u", [16, 4, 9, 1]) };
  add({
    file: "Plymouth City Council FOI 2015-118734.xlsx",
    code: C.plymouth,
    answers: a,
    contested: ["uwm"],
    planted: [
      {
        problem: "UASC nationality breakdown sums to 5 but 4 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.plymouth,
      },
    ],
    bytes: () =>
      xlsx("Plymouth City Council", (wb) => {
        const ws = wb.addWorksheet("Figures");
        widths(ws, [36, 16, 16, 18, 16]);
        put(ws, 1, 1, [
          ["Plymouth City Council: FOI 2015-118734"],
          ["Period 01.10.2014 - 30.09.2015"],
          [],
          ["", "Looked after", "Went missing", "Missing episodes", "Still missing"],
          ["Trafficked children", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
        const nat = wb.addWorksheet("Nationalities");
        widths(nat, [30, 14]);
        put(nat, 1, 1, [
          ["Unaccompanied children who went missing, by nationality"],
          [],
          ["Nationality", "Children"],
          ["Albanian", 2],
          ["Vietnamese", 1],
          ["Eritrean", 2],
        ]);
      }),
  });
}

// Torbay: more trafficked children not found than went missing (UTF-8 with BOM).
{
  const a: Answers = { tla: n(3), twm: n(1), tmi: n(2), tnf: n(2), ...grp("u", [5, 0, 0, 0]) };
  add({
    file: "Torbay Council - FOI 11873.csv",
    code: C.torbay,
    answers: a,
    contested: ["twm", "tnf"],
    planted: [
      {
        problem: "trafficked children not found (2) exceed those who went missing (1)",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.torbay,
      },
    ],
    bytes: () =>
      csv(
        [
          ["Torbay Council"],
          ["FOI 11873 – period 1/10/2014 to 30/9/2015"],
          ["Question", "Answer"],
          ...rowsCsv(a, [
            ["tla", "1. Number of looked after children identified or suspected as trafficked"],
            ["twm", "2. Number of those children who went missing"],
            ["tmi", "3. Total times those children went missing"],
            ["tnf", "4. Number of those children still not found"],
            ["ula", "5. Number of looked after unaccompanied asylum seeking children"],
            ["uwm", "6. Number of those children who went missing"],
            ["umi", "7. Total times those children went missing"],
            ["unf", "8. Number of those children still not found"],
          ]),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Swindon: whole-letter section 12 refusal.
add({
  file: "Swindon BC FOI response 2015-0614.txt",
  code: C.swindon,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole-letter refusal under section 12 (cost limit)",
      codes: ["document_refused"],
      authority: C.swindon,
    },
  ],
  bytes: () =>
    letter(
      [
        "Swindon Borough Council",
        "Freedom of Information – reference 2015-0614",
        "",
        "Dear Requester",
        "",
        "I write in response to your request concerning children in the care of the council between",
        "1 October 2014 and 30 September 2015 who were trafficked or were unaccompanied asylum seekers.",
        "",
        "Our case management system does not record trafficking or asylum status in a reportable field.",
        "To answer your questions we would need to read the case file of every child in care during the",
        "period, which we estimate would take well over 18 hours. Section 12 of the Freedom of Information",
        "Act 2000 allows us to decline a request where the cost of compliance would exceed the appropriate",
        "limit, and we are therefore refusing your request in full.",
        "",
        "You may wish to narrow your request, for example to a single question, and we will consider it again.",
        "",
        "Yours sincerely",
        "FOI Team, Swindon Borough Council",
      ],
      "\n",
    ),
});

// Medway: groups down the side with identified/suspected rows that do not add up to the total.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(2),
    tla: n(3),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...grp("u", [46, 8, 21, 2]),
  };
  add({
    file: "Medway Council FOI 8223.xlsx",
    code: C.medway,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (2) + suspected (2) does not equal the trafficked total (3)",
        codes: ["check_parts_sum"],
        authority: C.medway,
      },
    ],
    bytes: () =>
      xlsx("Medway Council", (wb) => {
        const ws = wb.addWorksheet("FOI 8223");
        widths(ws, [34, 16, 20, 22, 14]);
        put(ws, 1, 1, [
          ["Medway Council – FOI 8223 – 1 October 2014 to 30 September 2015"],
          [],
          ["Cohort", "No. looked after", "No. who went missing", "No. of missing episodes", "No. not found"],
          ["Identified as trafficked", cell(a, "tid")],
          ["Suspected of being trafficked", cell(a, "tsu")],
          ["Trafficked – total", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["UASC", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// Slough: the answer sheet, and a hidden draft sheet with older figures.
{
  const a: Answers = { ...grp("t", [1, 1, 2, 0]), ...grp("u", [27, 6, 13, 1]) };
  add({
    file: "Slough Borough Council FOI 15-4410.xlsx",
    code: C.slough,
    answers: a,
    bytes: () =>
      xlsx("Slough Children's Services Trust", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [5, 70, 10]);
        put(ws, 1, 1, [
          ["Slough Borough Council – FOI 15-4410"],
          ["Answer prepared by Slough Children's Services Trust for 1 October 2014 – 30 September 2015"],
          [],
          ...rowsXlNo(a, [
            ["1", "tla", "How many looked after children were identified or suspected as trafficked?"],
            ["2", "twm", "How many of these children went missing?"],
            ["3", "tmi", "How many times did these children go missing in total?"],
            ["4", "tnf", "How many of these children have not been found?"],
            ["5", "ula", "How many looked after children were unaccompanied asylum seekers?"],
            ["6", "uwm", "How many of these children went missing?"],
            ["7", "umi", "How many times did these children go missing in total?"],
            ["8", "unf", "How many of these children have not been found?"],
          ]),
        ]);
        const dr = wb.addWorksheet("Draft");
        dr.state = "hidden";
        put(dr, 1, 1, [
          ["DRAFT – do not send"],
          ["Q1", 1],
          ["Q2", 1],
          ["Q3", 1],
          ["Q4", 0],
          ["Q5", 25],
          ["Q6", 5],
          ["Q7", 11],
          ["Q8", 1],
        ]);
      }),
  });
}

// Milton Keynes: footnote letters after two figures.
{
  const a: Answers = {
    ...grp("t", [2, 0, 0, 0]),
    ula: as("12 (a)", 12),
    uwm: n(3),
    umi: as("15 (b)", 15),
    unf: n(0),
  };
  add({
    file: "Milton Keynes Council FOI 4552.csv",
    code: C.miltonKeynes,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Milton Keynes Council – response to FOI 4552"],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Your question", "Our answer"],
          ...rowsCsv(a, [
            ["tla", "Children looked after who were identified or suspected as being trafficked"],
            ["twm", "Of those - how many went missing"],
            ["tmi", "Of those - how many missing episodes"],
            ["tnf", "Of those - how many have not been found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Of those - how many went missing"],
            ["umi", "Of those - how many missing episodes"],
            ["unf", "Of those - how many have not been found"],
          ]),
          [],
          ["(a) includes children placed outside Milton Keynes"],
          ["(b) counted from police missing-person notifications"],
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Isle of Wight: an approximate answer for UASC missing episodes.
{
  const a: Answers = {
    ...grp("t", [0, 0, 0, 0]),
    ula: n(4),
    uwm: n(2),
    umi: nx("approximately 7 – see covering email"),
    unf: n(0),
  };
  add({
    file: "IWC FOI 2015-1902 response.xlsx",
    code: C.isleOfWight,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes answered as 'approximately 7 – see covering email'",
        codes: ["value_unparsed"],
        authority: C.isleOfWight,
      },
    ],
    bytes: () =>
      xlsx("Isle of Wight Council", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        widths(ws, [64, 40]);
        put(ws, 1, 1, [
          ["Isle of Wight Council – Freedom of Information 2015-1902"],
          ["Looked after children 01/10/2014 to 30/09/2015"],
          [],
          ["Question", "Response"],
          ...rowsXl(a, [
            ["tla", "Looked after children who were trafficked (identified or suspected)"],
            ["twm", "How many of the trafficked children went missing"],
            ["tmi", "How many missing episodes for the trafficked children"],
            ["tnf", "How many of the trafficked children remain missing"],
            ["ula", "Unaccompanied asylum-seeking children looked after"],
            ["uwm", "How many of the unaccompanied children went missing"],
            ["umi", "How many missing episodes for the unaccompanied children"],
            ["unf", "How many of the unaccompanied children remain missing"],
          ]),
        ]);
      }),
  });
}

// Wiltshire: a one-row coded export under a banner, "CIC" (child in care) codes.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(0),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: n(17),
    uwm: n(3),
    umi: n(4),
    unf: n(0),
  };
  const keys = ["tid", "tsu", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const;
  add({
    file: "Wiltshire_CIC_FOI_export.xlsx",
    code: C.wiltshire,
    answers: a,
    bytes: () =>
      xlsx("Wiltshire Council BI", (wb) => {
        const ws = wb.addWorksheet("export");
        put(ws, 1, 1, [
          ["Wiltshire Council – BI report CIC_FOI_0043 – parameters: 01/10/2014 to 30/09/2015"],
          [],
          [
            "LA_NAME",
            "CIC_TRAFFICKED_IDENT",
            "CIC_TRAFFICKED_SUSP",
            "CIC_TRAFFICKED_MISSING",
            "CIC_TRAFFICKED_MISS_EPISODES",
            "CIC_TRAFFICKED_NOT_FOUND",
            "CIC_UASC",
            "CIC_UASC_MISSING",
            "CIC_UASC_MISS_EPISODES",
            "CIC_UASC_NOT_FOUND",
          ],
          ["Wiltshire Council", ...keys.map((k) => cell(a, k))],
        ]);
      }),
  });
}

// Bolton: went missing and episodes given once for both groups together; not found given as one total.
{
  const a: Answers = {
    tla: n(2),
    ula: n(20),
    twm: nx("5 (trafficked and UASC combined)"),
    uwm: nx("5 (trafficked and UASC combined)"),
    tmi: nx("9 (trafficked and UASC combined)"),
    umi: nx("9 (trafficked and UASC combined)"),
    nf: n(1),
  };
  add({
    file: "Bolton Council FOI 2015-3390.xlsx",
    code: C.bolton,
    answers: a,
    planted: [
      {
        problem: "went missing (5) and missing episodes (9) given once for trafficked and UASC together",
        codes: ["label_ambiguous", "label_unmatched", "layout_unknown", "label_outside_request"],
        authority: C.bolton,
      },
    ],
    bytes: () =>
      xlsx("Bolton Council", (wb) => {
        const ws = wb.addWorksheet("FOI 2015-3390");
        widths(ws, [80, 10]);
        put(ws, 1, 1, [
          ["Bolton Council – FOI 2015-3390"],
          ["1 October 2014 – 30 September 2015"],
          [],
          ["Looked after children identified or suspected as trafficked", cell(a, "tla")],
          ["Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["Children from either group above who went missing (we cannot separate the two groups)", 5],
          ["Missing episodes for children from either group", 9],
          ["Children from either group not found (trafficked and UASC together)", cell(a, "nf")],
        ]);
      }),
  });
}

// Rochdale: more UASC went missing than were looked after.
{
  const a: Answers = { ...grp("t", [0, 0, 0, 0]), ula: n(5), uwm: n(7), umi: n(12), unf: n(1) };
  add({
    file: "Rochdale BC FOI 15-2201.xlsx",
    code: C.rochdale,
    answers: a,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "more UASC went missing (7) than were looked after (5)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.rochdale,
      },
    ],
    bytes: () =>
      xlsx("Rochdale Borough Council", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [24, 20, 20]);
        put(ws, 1, 1, [
          ["Rochdale Borough Council FOI 15-2201: children looked after 1 Oct 2014 – 30 Sep 2015"],
          [],
          ["", "Trafficked children", "UASC"],
          ["Looked after", cell(a, "tla"), cell(a, "ula")],
          ["Went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Not found", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Salford: a negative count.
{
  const a: Answers = { ...grp("t", [1, 0, 0, 0]), ula: n(15), uwm: n(2), umi: n(3), unf: n(-1) };
  add({
    file: "Salford City Council FOI 4013.csv",
    code: C.salford,
    answers: a,
    contested: ["unf"],
    planted: [
      { problem: "negative count (-1) for UASC still missing", codes: ["value_negative"], authority: C.salford },
    ],
    bytes: () =>
      csv([
        ["Salford City Council, FOI ref 4013, 01/10/2014-30/09/2015"],
        [],
        ["Item", "Figure"],
        ...rowsCsv(a, [
          ["tla", "Trafficked looked after children (identified and suspected)"],
          ["twm", "Trafficked children - went missing"],
          ["tmi", "Trafficked children - missing episodes"],
          ["tnf", "Trafficked children - still missing"],
          ["ula", "UASC looked after"],
          ["uwm", "UASC - went missing"],
          ["umi", "UASC - missing episodes"],
          ["unf", "UASC - still missing"],
        ]),
      ]),
  });
}

// Stockport: an episode CSV with one row whose start date is "unknown".
{
  const rows: [string, string, string, string][] = [
    ["S-4471", "Trafficked", "14/02/2015", "15/02/2015"],
    ["S-5002", "UASC", "03/11/2014", "04/11/2014"],
    ["S-5002", "UASC", "22/04/2015", "23/04/2015"],
    ["S-5019", "UASC", "30/08/2015", ""],
    ["S-5101", "UASC", "unknown", "12/03/2015"],
    ["S-5101", "UASC", "20/07/2015", "22/07/2015"],
    ["S-5120", "UASC", "09/06/2015", "10/06/2015"],
  ];
  // A careful human: trafficked 1 child, 1 episode, 0 not found; UASC 4 children, 1 not found;
  // episodes 6 or 5 depending on whether the undated row is counted.
  const a: Answers = {
    tla: n(3),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ula: n(23),
    uwm: n(4),
    umi: nx("6 rows, one with an unknown start date"),
    unf: n(1),
  };
  add({
    file: "Stockport MBC - missing episodes FOI 2015-710.csv",
    code: C.stockport,
    answers: a,
    contested: ["umi"],
    planted: [
      {
        problem: "episode row with 'unknown' as the date the child went missing",
        codes: ["episode_row_unreadable"],
        authority: C.stockport,
      },
    ],
    bytes: () =>
      csv([
        ["Stockport Metropolitan Borough Council - FOI 2015-710"],
        ["Children looked after between 01/10/2014 and 30/09/2015"],
        [],
        ["Trafficked children looked after (identified or suspected)", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        [],
        ["Missing episodes (one row per episode; blank return date = not yet found)"],
        ["Child ref", "Category", "Date reported missing", "Date found/returned"],
        ...rows,
      ]),
  });
}

// Sheffield: an average per child given instead of the number of UASC missing episodes.
{
  const a: Answers = {
    ...grp("t", [6, 2, 5, 0]),
    ula: n(24),
    uwm: n(5),
    umi: nx("2.6 (average per child)"),
    unf: n(1),
  };
  add({
    file: "Sheffield City Council FOI 1543.csv",
    code: C.sheffield,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes given as an average per child (2.6), not a count",
        codes: ["value_fractional", "label_outside_request", "label_unmatched", "value_unparsed"],
        authority: C.sheffield,
      },
    ],
    bytes: () =>
      csv([
        ["Sheffield City Council"],
        ["FOI 1543 - looked after children - 1st October 2014 to 30th September 2015"],
        [],
        ["Measure", "Trafficked", "UASC"],
        ["Children looked after", raw(a, "tla"), raw(a, "ula")],
        ["Children who went missing", raw(a, "twm"), raw(a, "uwm")],
        ["Missing episodes", raw(a, "tmi"), ""],
        ["Average missing episodes per child who went missing", "", "2.6"],
        ["Children not found", raw(a, "tnf"), raw(a, "unf")],
      ]),
  });
}

// Coventry: groups down, measures across, and an "All children" total row.
{
  const a: Answers = { ...grp("t", [4, 2, 3, 1]), ...grp("u", [88, 17, 52, 3]), nf: n(4) };
  add({
    file: "Coventry City Council FOI 151120.xlsx",
    code: C.coventry,
    answers: a,
    bytes: () =>
      xlsx("Coventry City Council", (wb) => {
        const ws = wb.addWorksheet("FOI");
        widths(ws, [34, 14, 14, 16, 14]);
        put(ws, 1, 1, [
          ["Coventry City Council"],
          ["Freedom of Information request 151120: children looked after, 1 October 2014 to 30 September 2015"],
          [],
          ["", "Looked after", "Went missing", "Missing episodes", "Not found"],
          ["Trafficked (identified or suspected)", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
          ["All children", 92, 19, 55, cell(a, "nf")],
        ]);
      }),
  });
}

// Walsall: calendar year 2014.
{
  const a: Answers = { ...grp("t", [2, 0, 0, 0]), ...grp("u", [13, 2, 4, 0]) };
  add({
    file: "Walsall Council FOI 9912.xlsx",
    code: C.walsall,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for calendar year 2014 (January to December 2014)",
        codes: ["period_mismatch", "period_approximate"],
        authority: C.walsall,
      },
    ],
    bytes: () =>
      xlsx("Walsall Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [64, 12]);
        put(ws, 1, 1, [
          ["Walsall Council – FOI 9912"],
          ["Data period: 01/01/2014 - 31/12/2014 (calendar year 2014)"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Trafficked children who went missing"],
            ["tmi", "Missing episodes, trafficked children"],
            ["tnf", "Trafficked children still missing"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "UASC who went missing"],
            ["umi", "Missing episodes, UASC"],
            ["unf", "UASC still missing"],
          ]),
        ]);
      }),
  });
}

// Calderdale: last year's return sent again (October 2013 to September 2014).
{
  const a: Answers = { ...grp("t", [1, 1, 1, 0]), ...grp("u", [9, 1, 1, 0]) };
  add({
    file: "Calderdale MBC FOI 2015-0517.csv",
    code: C.calderdale,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for 1 October 2013 to 30 September 2014 (the previous year)",
        codes: ["period_mismatch"],
        authority: C.calderdale,
      },
    ],
    bytes: () =>
      csv(
        [
          ["Calderdale Metropolitan Borough Council"],
          ["Looked after children: trafficking and UASC - 1 October 2013 to 30 September 2014"],
          [],
          ["Question", "Answer"],
          ...rowsCsv(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Number of these children who went missing"],
            ["tmi", "Number of missing incidents for these children"],
            ["tnf", "Number of these children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Number of these children who went missing"],
            ["umi", "Number of missing incidents for these children"],
            ["unf", "Number of these children not found"],
          ]),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// File name says Camden; the content is Islington's.
{
  const a: Answers = { ...grp("t", [3, 1, 1, 0]), ...grp("u", [34, 6, 10, 1]) };
  add({
    file: "Camden FOI response 2015-1120.csv",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.camden, C.islington],
    planted: [
      {
        problem: "file name says Camden, content is the London Borough of Islington",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Islington – Children's Services"],
        ["FOI response – 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...rowsCsv(a, [
          ["tla", "Looked after children who had been trafficked (identified or suspected)"],
          ["twm", "How many of them went missing"],
          ["tmi", "Number of missing episodes"],
          ["tnf", "How many have not been found"],
          ["ula", "Looked after unaccompanied asylum seeking children"],
          ["uwm", "How many of them went missing"],
          ["umi", "Number of missing episodes"],
          ["unf", "How many have not been found"],
        ]),
      ]),
  });
}

// A file that names no authority anywhere.
{
  const a: Answers = { ...grp("t", [0, 0, 0, 0]), ...grp("u", [12, 2, 3, 0]) };
  add({
    file: "FOI_response_final_v3.csv",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "file names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      csv([
        ["Response to FOI request - trafficked and unaccompanied children"],
        ["Period: 1 October 2014 - 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...rowsCsv(a, [
          ["tla", "Trafficked looked after children (identified or suspected)"],
          ["twm", "Trafficked children who went missing"],
          ["tmi", "Missing episodes for trafficked children"],
          ["tnf", "Trafficked children not found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing"],
          ["umi", "Missing episodes for UASC"],
          ["unf", "UASC not found"],
        ]),
      ]),
  });
}

// Hounslow: fewer UASC missing episodes than UASC who went missing.
{
  const a: Answers = { ...grp("t", [2, 1, 1, 0]), ula: n(40), uwm: n(5), umi: n(3), unf: n(0) };
  add({
    file: "LB Hounslow FOI 15-HOU-2281.xlsx",
    code: C.hounslow,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "fewer UASC missing episodes (3) than UASC who went missing (5)",
        codes: ["check_incidents_below_children"],
        authority: C.hounslow,
      },
    ],
    bytes: () =>
      xlsx("London Borough of Hounslow", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [62, 12]);
        put(ws, 1, 1, [
          ["London Borough of Hounslow"],
          ["FOI 15-HOU-2281 | 1 October 2014 - 30 September 2015"],
          [],
          ...rowsXl(a, [
            ["tla", "Q1 Looked after children identified/suspected as trafficked"],
            ["twm", "Q2 How many of those went missing"],
            ["tmi", "Q3 How many missing episodes were there"],
            ["tnf", "Q4 How many of those are still missing"],
            ["ula", "Q5 Looked after unaccompanied asylum seeking children"],
            ["uwm", "Q6 How many of those went missing"],
            ["umi", "Q7 How many missing episodes were there"],
            ["unf", "Q8 How many of those are still missing"],
          ]),
        ]);
      }),
  });
}

// Southwark: a suppressed figure and a "not recorded" answer in a grid.
{
  const a: Answers = {
    tla: n(7),
    twm: sup("fewer than 5"),
    tmi: nh("Not recorded"),
    tnf: n(0),
    ula: n(61),
    uwm: n(11),
    umi: n(34),
    unf: n(2),
  };
  add({
    file: "Southwark FOI 553012 - trafficked and UASC.xlsx",
    code: C.southwark,
    answers: a,
    bytes: () =>
      xlsx("London Borough of Southwark", (wb) => {
        const ws = wb.addWorksheet("553012");
        widths(ws, [48, 22, 22]);
        put(ws, 1, 1, [
          ["London Borough of Southwark – FOI 553012"],
          ["Period: 1 October 2014 – 30 September 2015"],
          [],
          ["", "Trafficked children", "Unaccompanied asylum seeking children"],
          ["Number looked after in the period", cell(a, "tla"), cell(a, "ula")],
          ["Number who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Number not found as at 31 October 2015", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Lincolnshire: the trafficked answers are withheld under section 40(2).
{
  const w = "Withheld – section 40(2)";
  const a: Answers = { tla: ref(w), twm: ref(w), tmi: ref(w), tnf: ref(w), ...grp("u", [19, 4, 6, 0]) };
  add({
    file: "Lincolnshire CC FOI 000731.txt",
    code: C.lincolnshire,
    answers: a,
    planted: [
      {
        problem: "trafficked answers withheld under section 40(2)",
        codes: ["value_refused", "document_refused"],
        authority: C.lincolnshire,
      },
    ],
    bytes: () =>
      letter([
        "Lincolnshire County Council",
        "Information Governance",
        "Request reference: 000731",
        "",
        "Thank you for your request of 21 October 2015. The period covered is 1 October 2014 to 30 September 2015.",
        "",
        `Q1. Looked after children identified or suspected as trafficked: ${w}`,
        `Q2. Number of those children who went missing: ${w}`,
        `Q3. Number of missing episodes for those children: ${w}`,
        `Q4. Number of those children still missing: ${w}`,
        `Q5. Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `Q6. Number of those children who went missing: ${raw(a, "uwm")}`,
        `Q7. Number of missing episodes for those children: ${raw(a, "umi")}`,
        `Q8. Number of those children still missing: ${raw(a, "unf")}`,
        "",
        "Questions 1 to 4: the numbers are so small that, together with other information in the public",
        "domain, they could identify individual children. This is personal data and is exempt under",
        "section 40(2) of the Freedom of Information Act 2000.",
        "",
        "Information Governance Team",
      ]),
  });
}

// Norfolk: a one-row grid under a two-row merged header, numbers stored as text, and a nationality sheet.
{
  const a: Answers = {
    tla: t(5),
    twm: t(2),
    tmi: t(4),
    tnf: t(0),
    ula: t(43),
    uwm: t(9),
    umi: t(26),
    unf: t(1),
  };
  add({
    file: "Norfolk CC FOI NCC-15-4470.xlsx",
    code: C.norfolk,
    answers: a,
    bytes: () =>
      xlsx("Norfolk County Council", (wb) => {
        const ws = wb.addWorksheet("Summary");
        widths(ws, [16, 14, 14, 16, 12, 14, 14, 16, 12]);
        put(ws, 1, 1, [
          ["Norfolk County Council – Children's Services"],
          ["FOI NCC/15/4470 – 1 Oct 2014 to 30 Sep 2015"],
          [],
          ["", "Trafficked children (identified or suspected)", "", "", "", "Unaccompanied asylum seeking children"],
          [
            "",
            "Looked after",
            "Went missing",
            "Missing episodes",
            "Not found",
            "Looked after",
            "Went missing",
            "Missing episodes",
            "Not found",
          ],
          [
            "Norfolk",
            cell(a, "tla"),
            cell(a, "twm"),
            cell(a, "tmi"),
            cell(a, "tnf"),
            cell(a, "ula"),
            cell(a, "uwm"),
            cell(a, "umi"),
            cell(a, "unf"),
          ],
        ]);
        ws.mergeCells("B4:E4");
        ws.mergeCells("F4:I4");
        const nat = wb.addWorksheet("Nationality");
        widths(nat, [16, 20, 10]);
        put(nat, 1, 1, [
          ["Nationality of children who went missing"],
          ["Group", "Nationality", "Number"],
          ["Trafficked", "Vietnamese", "1"],
          ["Trafficked", "Albanian", "1"],
          ["UASC", "Afghan", "4"],
          ["UASC", "Eritrean", "3"],
          ["UASC", "Vietnamese", "1"],
          ["UASC", "Syrian", "1"],
        ]);
      }),
  });
}

// Suffolk: a workbook and its CSV save, agreeing.
{
  const a: Answers = { ...grp("t", [3, 0, 0, 0]), ...grp("u", [36, 5, 8, 0]) };
  const L: Labels = [
    ["tla", "Children in care identified as, or suspected of being, trafficked"],
    ["twm", "How many of these children went missing"],
    ["tmi", "How many times these children went missing"],
    ["tnf", "How many of these children are still missing"],
    ["ula", "Unaccompanied asylum seeking children in care"],
    ["uwm", "How many of these children went missing"],
    ["umi", "How many times these children went missing"],
    ["unf", "How many of these children are still missing"],
  ];
  add({
    file: "Suffolk County Council FOI 10-2015-3344.xlsx",
    code: C.suffolk,
    answers: a,
    bytes: () =>
      xlsx("Suffolk County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [66, 10]);
        put(ws, 1, 1, [
          ["Suffolk County Council – FOI 10-2015-3344"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, L),
        ]);
      }),
  });
  add({
    file: "Suffolk County Council FOI 10-2015-3344.csv",
    code: C.suffolk,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Suffolk County Council – FOI 10-2015-3344"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsCsv(a, L),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// Hertfordshire: a scanned PDF.
add({
  file: "Hertfordshire CC FOI 15-7740.pdf",
  code: C.hertfordshire,
  answers: {},
  planted: [
    {
      problem: "scanned PDF with no text layer",
      codes: ["file_scanned", "file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.hertfordshire,
    },
  ],
  bytes: () => scannedPdf(),
});

// Barnsley: an Excel 97-2003 workbook.
add({
  file: "Barnsley MBC FOI 2015-4120.xls",
  code: C.barnsley,
  answers: {},
  planted: [
    {
      problem: "legacy Excel 97-2003 workbook (.xls)",
      codes: ["file_unsupported", "file_corrupt", "file_unparsed"],
      authority: C.barnsley,
    },
  ],
  bytes: () => legacyXls("Barnsley Metropolitan Borough Council FOI 2015-4120 looked after children"),
});

// Wigan: a workbook cut short in transfer.
add({
  file: "Wigan Council FOI 6673.xlsx",
  code: C.wigan,
  answers: {},
  planted: [{ problem: "truncated xlsx (corrupt zip)", codes: ["file_corrupt", "file_unparsed"], authority: C.wigan }],
  bytes: async () => {
    const whole = await xlsx("Wigan Council", (wb) => {
      const ws = wb.addWorksheet("FOI 6673");
      put(ws, 1, 1, [
        ["Wigan Council – FOI 6673 – 1 October 2014 to 30 September 2015"],
        ["Trafficked children looked after", 2],
        ["Unaccompanied asylum seeking children looked after", 14],
      ]);
    });
    return whole.slice(0, Math.floor(whole.length * 0.6));
  },
});

// Sefton: an empty workbook file.
add({
  file: "Sefton Council FOI 4829.xlsx",
  code: C.sefton,
  answers: {},
  planted: [{ problem: "empty file (0 bytes)", codes: ["file_empty", "file_corrupt"], authority: C.sefton }],
  bytes: () => new Uint8Array(0),
});

// ================================================================================================
// Welsh councils
// ================================================================================================

// Monmouthshire: bilingual Welsh / English question list with section rows.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(1),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: n(5),
    uwm: n(1),
    umi: n(1),
    unf: n(0),
  };
  add({
    file: "Cyngor Sir Fynwy - Monmouthshire FOI 2015-221.xlsx",
    code: C.monmouthshire,
    answers: a,
    bytes: () =>
      xlsx("Cyngor Sir Fynwy", (wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        widths(ws, [96, 16]);
        put(ws, 1, 1, [
          ["Cyngor Sir Fynwy / Monmouthshire County Council"],
          ["Cais Rhyddid Gwybodaeth / Freedom of Information request 2015-221"],
          ["1 Hydref 2014 – 30 Medi 2015 / 1 October 2014 – 30 September 2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          ["Plant wedi'u masnachu / Trafficked children"],
          ...rowsXl(a, [
            [
              "tid",
              "Plant sy'n derbyn gofal a nodwyd eu bod wedi'u masnachu / Looked after children identified as trafficked",
            ],
            [
              "tsu",
              "Plant sy'n derbyn gofal yr amheuir eu bod wedi'u masnachu / Looked after children suspected of being trafficked",
            ],
            ["twm", "Nifer o'r plant hyn a aeth ar goll / Number of these children who went missing"],
            ["tmi", "Nifer y digwyddiadau mynd ar goll / Number of missing incidents"],
            ["tnf", "Nifer sydd heb eu canfod / Number not yet found"],
          ]),
          ["Plant ar eu pen eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children"],
          ...rowsXl(a, [
            [
              "ula",
              "Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Unaccompanied asylum seeking children looked after",
            ],
            ["uwm", "Nifer o'r plant hyn a aeth ar goll / Number of these children who went missing"],
            ["umi", "Nifer y digwyddiadau mynd ar goll / Number of missing incidents"],
            ["unf", "Nifer sydd heb eu canfod / Number not yet found"],
          ]),
        ]);
      }),
  });
}

// Pembrokeshire: Windows-1252 CSV with an asterisked figure and a footnote.
{
  const a: Answers = { ...grp("t", [1, 1, 1, 0]), ula: as("9*", 9), uwm: n(3), umi: n(7), unf: n(1) };
  add({
    file: "Pembrokeshire CC FOI 4417.csv",
    code: C.pembrokeshire,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Pembrokeshire County Council – Freedom of Information response 4417"],
          ["Period: 1 October 2014 – 30 September 2015"],
          [],
          ["Question", "Response"],
          ...rowsCsv(a, [
            ["tla", "Looked after children identified or suspected to have been trafficked"],
            ["twm", "Of these, how many went missing"],
            ["tmi", "Of these, total number of missing episodes"],
            ["tnf", "Of these, how many have not been found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Of these, how many went missing"],
            ["umi", "Of these, total number of missing episodes"],
            ["unf", "Of these, how many have not been found"],
          ]),
          [],
          ["* includes two young people who turned 18 during the period – ‘care leavers’ from that date"],
        ],
        { encoding: "cp1252" },
      ),
  });
}

// Powys: groups down the side including identified/suspected rows; values in a grid.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: n(3),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...grp("u", [12, 2, 2, 0]),
  };
  add({
    file: "Powys CC FOI 2015-1140.xlsx",
    code: C.powys,
    answers: a,
    bytes: () =>
      xlsx("Powys County Council", (wb) => {
        const ws = wb.addWorksheet("Ymateb Response");
        widths(ws, [38, 30, 14, 22, 12]);
        put(ws, 1, 1, [
          ["Powys County Council / Cyngor Sir Powys"],
          ["FOI 2015-1140"],
          [],
          ["Category", "Looked after (1 Oct 14 - 30 Sep 15)", "Went missing", "No. of missing episodes", "Not found"],
          ["Trafficked – identified", cell(a, "tid")],
          ["Trafficked – suspected", cell(a, "tsu")],
          ["Trafficked – total", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["UASC", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// Torfaen: suppressed UASC figures.
{
  const a: Answers = {
    ...grp("t", [0, 0, 0, 0]),
    ula: n(6),
    uwm: sup("<5"),
    umi: sup("<5"),
    unf: sup("<5"),
  };
  add({
    file: "Torfaen CBC FOI 2015-1188.csv",
    code: C.torfaen,
    answers: a,
    bytes: () =>
      csv([
        ["Torfaen County Borough Council / Cyngor Bwrdeistref Sirol Torfaen"],
        ["FOI 2015/1188 – looked after children (01/10/2014 – 30/09/2015)"],
        [],
        ["Question", "Response"],
        ...rowsCsv(a, [
          ["tla", "Looked after children identified or suspected as trafficked"],
          ["twm", "Trafficked children who went missing"],
          ["tmi", "Missing episodes for trafficked children"],
          ["tnf", "Trafficked children not yet found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "UASC who went missing"],
          ["umi", "Missing episodes for UASC"],
          ["unf", "UASC not yet found"],
        ]),
        [],
        ["Numbers below 5 have been suppressed to protect the identity of individual children."],
      ]),
  });
}

// Cardiff: bilingual CSV (Welsh first) with a BOM; identified and suspected given separately.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(1),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...grp("u", [58, 12, 30, 2]),
  };
  add({
    file: "Cyngor Caerdydd Cardiff Council FOI10782.csv",
    code: C.cardiff,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Cyngor Caerdydd / Cardiff Council"],
          ["Cais Rhyddid Gwybodaeth / Freedom of Information request FOI10782"],
          ["Cyfnod / Period: 01/10/2014 - 30/09/2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          ...rowsCsv(a, [
            [
              "tid",
              "Plant sy'n derbyn gofal a nodwyd fel dioddefwyr masnachu / Looked after children identified as trafficked",
            ],
            [
              "tsu",
              "Plant sy'n derbyn gofal yr amheuir eu bod wedi'u masnachu / Looked after children suspected of being trafficked",
            ],
            ["twm", "Plant wedi'u masnachu a aeth ar goll / Trafficked children who went missing"],
            ["tmi", "Digwyddiadau mynd ar goll (plant wedi'u masnachu) / Missing episodes (trafficked children)"],
            ["tnf", "Plant wedi'u masnachu heb eu canfod / Trafficked children not found"],
            [
              "ula",
              "Plant ar eu pen eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children looked after",
            ],
            ["uwm", "Plant ar eu pen eu hunain a aeth ar goll / UASC who went missing"],
            ["umi", "Digwyddiadau mynd ar goll (plant ar eu pen eu hunain) / Missing episodes (UASC)"],
            ["unf", "Plant ar eu pen eu hunain heb eu canfod / UASC not found"],
          ]),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Swansea: a trafficked child went missing but no missing episodes are recorded.
{
  const a: Answers = { tla: n(2), twm: n(1), tmi: n(0), tnf: n(0), ...grp("u", [10, 2, 3, 0]) };
  add({
    file: "City and County of Swansea FOI 15-1309.xlsx",
    code: C.swansea,
    answers: a,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "1 trafficked child went missing but 0 missing episodes",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.swansea,
      },
    ],
    bytes: () =>
      xlsx("City and County of Swansea", (wb) => {
        const ws = wb.addWorksheet("FOI 15-1309");
        widths(ws, [40, 18, 18]);
        put(ws, 1, 1, [
          ["City and County of Swansea / Dinas a Sir Abertawe"],
          ["FOI 15-1309: 1 October 2014 to 30 September 2015"],
          [],
          ["", "Trafficked", "UASC"],
          ["Children looked after", cell(a, "tla"), cell(a, "ula")],
          ["Children who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Children not found", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Wrexham: a bilingual letter.
{
  const a: Answers = { ...grp("t", [0, 0, 0, 0]), ...grp("u", [6, 1, 1, 0]) };
  add({
    file: "Wrexham CBC FOI response 15-880.txt",
    code: C.wrexham,
    answers: a,
    bytes: () =>
      letter([
        "Cyngor Bwrdeistref Sirol Wrecsam / Wrexham County Borough Council",
        "Rhyddid Gwybodaeth / Freedom of Information – 15/880",
        "",
        "Dear Requester,",
        "",
        "Please find below our response for the period 1 October 2014 to 30 September 2015.",
        "",
        `Question 1 – looked after children identified or suspected as trafficked. Response: ${raw(a, "tla")}`,
        `Question 2 – how many of these children went missing? Response: ${raw(a, "twm")}`,
        `Question 3 – how many missing episodes were there? Response: ${raw(a, "tmi")}`,
        `Question 4 – how many of these children have not been found? Response: ${raw(a, "tnf")}`,
        `Question 5 – unaccompanied asylum seeking children looked after. Response: ${raw(a, "ula")}`,
        `Question 6 – how many of these children went missing? Response: ${raw(a, "uwm")}`,
        `Question 7 – how many missing episodes were there? Response: ${raw(a, "umi")}`,
        `Question 8 – how many of these children have not been found? Response: ${raw(a, "unf")}`,
        "",
        "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.",
        "",
        "Yn gywir / Yours sincerely",
        "Freedom of Information Officer",
      ]),
  });
}

// ================================================================================================
// Scottish councils
// ================================================================================================

// Dumfries and Galloway: semicolon CSV with section rows and repeated labels.
{
  const a: Answers = { ...grp("t", [2, 0, 0, 0]), ...grp("u", [7, 2, 3, 0]) };
  add({
    file: "DGC FOISA FOI-DG-15-1032.csv",
    code: C.dumfries,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Dumfries and Galloway Council"],
          ["FOISA request FOI-DG-15-1032 - 1 October 2014 to 30 September 2015"],
          [],
          ["Ref", "Question", "Answer"],
          ["", "Children who have been trafficked", ""],
          ["1", "Looked after children known or believed to have been trafficked", raw(a, "tla")],
          ["2", "Of these, the number who went missing", raw(a, "twm")],
          ["3", "Total missing-person reports for these children", raw(a, "tmi")],
          ["4", "Number of these children not yet located", raw(a, "tnf")],
          ["", "Unaccompanied asylum seeking children", ""],
          ["5", "Unaccompanied asylum seeking children looked after", raw(a, "ula")],
          ["6", "Of these, the number who went missing", raw(a, "uwm")],
          ["7", "Total missing-person reports for these children", raw(a, "umi")],
          ["8", "Number of these children not yet located", raw(a, "unf")],
        ],
        { delimiter: ";" },
      ),
  });
}

// East Renfrewshire: one table per sheet.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(0),
    tla: n(0),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ...grp("u", [3, 0, 0, 0]),
  };
  add({
    file: "East Renfrewshire Council FOI 2015-0904.xlsx",
    code: C.eastRenfrewshire,
    answers: a,
    bytes: () =>
      xlsx("East Renfrewshire Council", (wb) => {
        const s1 = wb.addWorksheet("Trafficked");
        widths(s1, [52, 12]);
        put(s1, 1, 1, [
          ["East Renfrewshire Council – looked after children who had been trafficked"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["", "Number"],
          ...rowsXl(a, [
            ["tid", "Identified as trafficked"],
            ["tsu", "Suspected of being trafficked"],
            ["tla", "Total identified or suspected"],
            ["twm", "Of the total, children who went missing"],
            ["tmi", "Missing episodes"],
            ["tnf", "Children not located"],
          ]),
        ]);
        const s2 = wb.addWorksheet("UASC");
        widths(s2, [52, 12]);
        put(s2, 1, 1, [
          ["East Renfrewshire Council – looked after unaccompanied asylum seeking children"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["", "Number"],
          ...rowsXl(a, [
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Of these, children who went missing"],
            ["umi", "Missing episodes"],
            ["unf", "Children not located"],
          ]),
        ]);
      }),
  });
}

// Inverclyde: a FOISA letter with dashes before the answers.
{
  const a: Answers = { ...grp("t", [1, 1, 4, 0]), ...grp("u", [2, 0, 0, 0]) };
  add({
    file: "Inverclyde Council FOISA 15-0412.txt",
    code: C.inverclyde,
    answers: a,
    bytes: () =>
      letter(
        [
          "Inverclyde Council",
          "Freedom of Information (Scotland) Act 2002 – Request 15/0412",
          "",
          "Dear Applicant",
          "",
          "You asked for information about looked after children for the period 1 October 2014 to",
          "30 September 2015. Inverclyde Health and Social Care Partnership has provided the following.",
          "",
          `1. Looked after children identified or suspected as victims of trafficking – ${raw(a, "tla")}`,
          `2. How many of these children went missing from their placement – ${raw(a, "twm")}`,
          `3. The number of missing episodes for these children – ${raw(a, "tmi")}`,
          `4. How many of these children remain missing – ${raw(a, "tnf")}`,
          `5. Unaccompanied asylum seeking children looked after – ${raw(a, "ula")}`,
          `6. How many of these children went missing from their placement – ${raw(a, "uwm")}`,
          `7. The number of missing episodes for these children – ${raw(a, "umi")}`,
          `8. How many of these children remain missing – ${raw(a, "unf")}`,
          "",
          "If you are dissatisfied you may ask for a review within 40 working days, and then apply",
          "to the Scottish Information Commissioner.",
        ],
        "\n",
      ),
  });
}

// Moray: a tab-delimited one-row export with coded headers.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(0),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: n(1),
    uwm: n(0),
    umi: n(0),
    unf: n(0),
  };
  const keys = ["tid", "tsu", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const;
  add({
    file: "Moray_FOI_15_318_export.csv",
    code: C.moray,
    answers: a,
    bytes: () =>
      csv(
        [
          [
            "LA",
            "PERIOD_START",
            "PERIOD_END",
            "TRF_CLA_IDENT",
            "TRF_CLA_SUSP",
            "TRF_MISSING_CYP",
            "TRF_MISSING_EPS",
            "TRF_STILL_MISSING",
            "UASC_CLA_N",
            "UASC_MISSING_CYP",
            "UASC_MISSING_EPS",
            "UASC_STILL_MISSING",
          ],
          ["The Moray Council", "2014-10-01", "2015-09-30", ...keys.map((k) => raw(a, k))],
        ],
        { delimiter: "\t", eol: "\n" },
      ),
  });
}

// Orkney: a short letter answering "nil" and "none".
{
  const a: Answers = {
    tla: as("Nil", 0),
    twm: as("Nil", 0),
    tmi: as("Nil", 0),
    tnf: as("Nil", 0),
    ula: as("None", 0),
    uwm: as("None", 0),
    umi: as("None", 0),
    unf: as("None", 0),
  };
  add({
    file: "OIC FOISA 2015-0288 reply.txt",
    code: C.orkney,
    answers: a,
    bytes: () =>
      letter([
        "Orkney Islands Council",
        "Council Offices, School Place, Kirkwall",
        "",
        "Your request under the Freedom of Information (Scotland) Act 2002, reference 2015-0288",
        "Period: 1 October 2014 to 30 September 2015",
        "",
        `Looked after children identified or suspected as trafficked: ${raw(a, "tla")}`,
        `Number of those children who went missing: ${raw(a, "twm")}`,
        `Number of missing episodes for those children: ${raw(a, "tmi")}`,
        `Number of those children not found: ${raw(a, "tnf")}`,
        `Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `Number of those children who went missing: ${raw(a, "uwm")}`,
        `Number of missing episodes for those children: ${raw(a, "umi")}`,
        `Number of those children not found: ${raw(a, "unf")}`,
        "",
        "Yours sincerely",
        "Information Governance Officer",
      ]),
  });
}

// Scottish Borders: three tables on one sheet (trafficked, UASC, nationality).
{
  const a: Answers = { ...grp("t", [1, 0, 0, 0]), ...grp("u", [4, 2, 3, 0]) };
  add({
    file: "Scottish Borders Council FOI 15-2231.xlsx",
    code: C.borders,
    answers: a,
    bytes: () =>
      xlsx("Scottish Borders Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-2231");
        widths(ws, [70, 12]);
        put(ws, 1, 1, [
          ["Scottish Borders Council – Social Work"],
          ["FOI ref 15-2231. Period: 1 October 2014 – 30 September 2015"],
          [],
          ["Table 1: looked after children who had been trafficked (known or suspected)"],
          ...rowsXl(a, [
            ["tla", "Number looked after"],
            ["twm", "Number who went missing"],
            ["tmi", "Number of missing episodes"],
            ["tnf", "Number not found"],
          ]),
          [],
          ["Table 2: looked after unaccompanied asylum seeking children"],
          ...rowsXl(a, [
            ["ula", "Number looked after"],
            ["uwm", "Number who went missing"],
            ["umi", "Number of missing episodes"],
            ["unf", "Number not found"],
          ]),
          [],
          ["Table 3: unaccompanied asylum seeking children who went missing, by country of origin"],
          ["Country", "Children"],
          ["Afghanistan", 1],
          ["Eritrea", 1],
        ]);
      }),
  });
}

// Glasgow: a question list with identified/suspected and a total, and nationality tables
// with country names and demonyms mixed.
{
  const a: Answers = {
    tid: n(9),
    tsu: n(5),
    tla: n(14),
    twm: n(3),
    tmi: n(7),
    tnf: n(1),
    ...grp("u", [71, 9, 23, 2]),
  };
  add({
    file: "Glasgow City Council FOI 15-02617.xlsx",
    code: C.glasgow,
    answers: a,
    bytes: () =>
      xlsx("Glasgow City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [72, 12]);
        put(ws, 1, 1, [
          ["Glasgow City Council – Social Work Services"],
          ["FOISA 15-02617 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, [
            ["tid", "1. Looked after children identified as victims of trafficking"],
            ["tsu", "2. Looked after children suspected of being victims of trafficking"],
            ["tla", "3. Total trafficked looked after children (1 + 2)"],
            ["twm", "4. How many trafficked children went missing"],
            ["tmi", "5. Missing episodes for trafficked children"],
            ["tnf", "6. Trafficked children who remain missing"],
            ["ula", "7. Unaccompanied asylum seeking children looked after"],
            ["uwm", "8. How many UASC went missing"],
            ["umi", "9. Missing episodes for UASC"],
            ["unf", "10. UASC who remain missing"],
          ]),
        ]);
        const nat = wb.addWorksheet("Nationality");
        widths(nat, [30, 10]);
        put(nat, 1, 1, [
          ["Trafficked children who went missing – nationality"],
          ["Nationality", "Number"],
          ["Vietnamese", 2],
          ["Nigeria", 1],
          [],
          ["UASC who went missing – nationality"],
          ["Nationality", "Number"],
          ["Viet Nam", 2],
          ["Eritrea", 3],
          ["Afghan", 2],
          ["Sudan", 1],
          ["Other / not recorded", 1],
        ]);
      }),
  });
}

// Highland: the not-found total is not the sum of its parts.
{
  const a: Answers = { ...grp("t", [2, 1, 2, 1]), ...grp("u", [14, 3, 5, 1]), nf: n(3) };
  add({
    file: "The Highland Council FOI 4401.csv",
    code: C.highland,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not found (3) is not trafficked (1) + UASC (1) not found",
        codes: ["check_not_found_total"],
        authority: C.highland,
      },
    ],
    bytes: () =>
      csv([
        ["The Highland Council - FOISA 4401"],
        ["1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...rowsCsv(a, [
          ["tla", "Looked after children identified or suspected as trafficked"],
          ["twm", "Trafficked children who went missing"],
          ["tmi", "Missing episodes (trafficked)"],
          ["tnf", "Trafficked children not found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "Unaccompanied children who went missing"],
          ["umi", "Missing episodes (unaccompanied)"],
          ["unf", "Unaccompanied children not found"],
          ["nf", "Total children not found (trafficked and unaccompanied)"],
        ]),
      ]),
  });
}

// Fife: trafficking not recorded; UASC answered.
{
  const nr = "Not held – trafficking is not recorded as a separate category";
  const a: Answers = { tla: nh(nr), twm: nh(nr), tmi: nh(nr), tnf: nh(nr), ...grp("u", [8, 1, 2, 0]) };
  add({
    file: "Fife Council FOISA FOI-15-2290.txt",
    code: C.fife,
    answers: a,
    bytes: () =>
      letter([
        "Fife Council",
        "Freedom of Information (Scotland) Act 2002 – reference FOI-15-2290",
        "",
        "Period covered: 1 October 2014 to 30 September 2015",
        "",
        `Q1 Looked after children identified or suspected as trafficked: ${raw(a, "tla")}`,
        `Q2 Of these, number who went missing: ${raw(a, "twm")}`,
        `Q3 Of these, number of missing episodes: ${raw(a, "tmi")}`,
        `Q4 Of these, number not found: ${raw(a, "tnf")}`,
        `Q5 Unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `Q6 Of these, number who went missing: ${raw(a, "uwm")}`,
        `Q7 Of these, number of missing episodes: ${raw(a, "umi")}`,
        `Q8 Of these, number not found: ${raw(a, "unf")}`,
        "",
        "Under section 17 of FOISA we are required to tell you that we do not hold the information",
        "requested at questions 1 to 4.",
      ]),
  });
}

// Falkirk: the UASC looked-after figure differs between the answers and a summary below.
{
  const a: Answers = { ...grp("t", [1, 0, 0, 0]), ...grp("u", [6, 1, 1, 0]) };
  add({
    file: "Falkirk Council FOI 15-0761.xlsx",
    code: C.falkirk,
    answers: a,
    contested: ["ula"],
    planted: [
      {
        problem: "UASC looked after given as 6 in the answers and 7 in the summary below",
        codes: ["value_conflict"],
        authority: C.falkirk,
      },
    ],
    bytes: () =>
      xlsx("Falkirk Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0761");
        widths(ws, [64, 12]);
        put(ws, 1, 1, [
          ["Falkirk Council – FOI 15-0761"],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Trafficked children who went missing"],
            ["tmi", "Missing episodes for trafficked children"],
            ["tnf", "Trafficked children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Unaccompanied asylum seeking children who went missing"],
            ["umi", "Missing episodes for unaccompanied asylum seeking children"],
            ["unf", "Unaccompanied asylum seeking children not found"],
          ]),
          [],
          ["Summary", ""],
          ["Trafficked children looked after", 1],
          ["Unaccompanied asylum seeking children looked after", 7],
        ]);
      }),
  });
}

// Angus: Windows-1252 CSV answering "nil".
{
  const a: Answers = {
    tla: as("nil", 0),
    twm: as("nil", 0),
    tmi: as("nil", 0),
    tnf: as("nil", 0),
    ula: n(2),
    uwm: as("nil", 0),
    umi: as("nil", 0),
    unf: as("nil", 0),
  };
  add({
    file: "Angus Council FOISA 15-118.csv",
    code: C.angus,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Angus Council – FOISA request 15/118"],
          ["Reporting period 1 October 2014 – 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsCsv(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "How many of these went missing"],
            ["tmi", "Number of missing episodes for these children"],
            ["tnf", "How many of these remain missing"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "How many of these went missing"],
            ["umi", "Number of missing episodes for these children"],
            ["unf", "How many of these remain missing"],
          ]),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// ================================================================================================
// Northern Irish councils (children's social care is run by the Health and Social Care Trusts)
// ================================================================================================

add({
  file: "ABC Borough Council FOI 2015-412.txt",
  code: C.armagh,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: looked after children are the Southern HSC Trust's responsibility (redirect)",
      codes: ["document_not_held"],
      authority: C.armagh,
    },
  ],
  bytes: () =>
    letter([
      "Armagh City, Banbridge and Craigavon Borough Council",
      "Freedom of Information request 2015-412",
      "",
      "Dear Sir / Madam",
      "",
      "The Council has considered your request about looked after children who were trafficked or",
      "were unaccompanied asylum seekers between 1 October 2014 and 30 September 2015.",
      "",
      "In Northern Ireland, district councils have no responsibility for children's social care.",
      "Armagh City, Banbridge and Craigavon Borough Council therefore does not hold any information",
      "within the scope of your request. You may wish to contact the Southern Health and Social Care",
      "Trust, which is responsible for looked after children in this area.",
      "",
      "Yours faithfully",
      "Information Governance Officer",
    ]),
});

add({
  file: "Antrim and Newtownabbey BC - FOI 15-228.txt",
  code: C.antrim,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: information not held, request should go to the Northern HSC Trust",
      codes: ["document_not_held"],
      authority: C.antrim,
    },
  ],
  bytes: () =>
    letter(
      [
        "Antrim and Newtownabbey Borough Council",
        "Ref: FOI 15-228",
        "",
        "Thank you for your email. I can confirm that Antrim and Newtownabbey Borough Council does not",
        "hold the information you have asked for. Services for looked after children, including",
        "unaccompanied asylum seeking children, are provided by the Northern Health and Social Care",
        "Trust, and we suggest you direct your request to the Trust's Freedom of Information office.",
        "",
        "Regards",
        "Democratic Services",
      ],
      "\n",
    ),
});

add({
  file: "Belfast City Council FOI 5519 response.txt",
  code: C.belfast,
  answers: {},
  document: "not_held",
  bytes: () =>
    letter([
      "Belfast City Council",
      "Information Governance Unit, City Hall, Belfast",
      "Our reference: FOI 5519",
      "",
      "Dear Requester",
      "",
      "Belfast City Council has no statutory functions in relation to looked after children, and",
      "so holds no information falling within your request for 1 October 2014 to 30 September 2015.",
      "The Belfast Health and Social Care Trust is the body responsible for these services.",
      "",
      "Yours sincerely",
      "Information Governance Unit",
    ]),
});

{
  const nr = "Information not held";
  const a: Answers = {
    tla: nh(nr),
    twm: nh(nr),
    tmi: nh(nr),
    tnf: nh(nr),
    ula: nh(nr),
    uwm: nh(nr),
    umi: nh(nr),
    unf: nh(nr),
  };
  add({
    file: "Fermanagh and Omagh DC FOI 2015-081.csv",
    code: C.fermanagh,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Fermanagh and Omagh District Council - FOI 2015/081"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Response"],
          ...rowsCsv(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "How many of these children went missing"],
            ["tmi", "Number of missing episodes"],
            ["tnf", "How many of these children have not been found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "How many of these children went missing"],
            ["umi", "Number of missing episodes"],
            ["unf", "How many of these children have not been found"],
          ]),
          [],
          [
            "The Council does not provide children's social services; these are delivered by the Western Health and Social Care Trust.",
          ],
        ],
        { encoding: "utf8bom" },
      ),
  });
}

add({
  file: "NMD FOI response 2015-0977.xlsx",
  code: C.newry,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: workbook holding only a 'not held' statement (South Eastern / Southern HSC Trusts)",
      codes: ["document_not_held"],
      authority: C.newry,
    },
  ],
  bytes: () =>
    xlsx("Newry, Mourne and Down District Council", (wb) => {
      const ws = wb.addWorksheet("Response");
      widths(ws, [110]);
      put(ws, 1, 1, [
        ["Newry, Mourne and Down District Council – Freedom of Information request 2015-0977"],
        [],
        ["Request: looked after children identified or suspected as trafficked, and unaccompanied asylum"],
        ["seeking children, 1 October 2014 to 30 September 2015, and how many went missing."],
        [],
        ["Response: the Council does not hold this information. Children's social care in this district"],
        ["is provided by the South Eastern and Southern Health and Social Care Trusts."],
      ]);
    }),
});

// Causeway Coast and Glens: a Word document.
add({
  file: "Causeway Coast and Glens BC FOI response.docx",
  code: C.causeway,
  answers: {},
  planted: [
    {
      // Word letters are read since issue 7: what is left to flag is the NI council's "not held".
      problem: "Word document (.docx) response: the Health and Social Care Trust holds the data",
      codes: ["document_not_held", "value_not_held"],
      authority: C.causeway,
    },
  ],
  bytes: () =>
    docx([
      "Causeway Coast and Glens Borough Council",
      "Freedom of Information request 2015/339",
      "The Council does not hold information about looked after children. Please contact the Northern Health and Social Care Trust.",
    ]),
});

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

async function docx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const date = new Date(Date.UTC(2015, 10, 19, 10, 42, 0));
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    { date },
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    { date },
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t>${esc(p)}</w:t></w:r></w:p>`)
      .join("")}</w:body></w:document>`,
    { date },
  );
  const buf = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return fixZipTimes(buf);
}

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout5/. */
export function buildHoldout5(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout5", specs);
}

/** Write the corpus to `dir` (fixtures/holdout5), replacing what is there. */
export async function generateHoldout5(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout5());
}
