/**
 * The tenth blind holdout corpus for issue 2 (fixtures/holdout10): a fresh
 * cross-section of a 217-council round, written without reading the ingest's
 * matching, parsing or synonym data. Wording is deliberately the writer's own
 * ("in our care", "accommodated", "CLA", "missing from placement",
 * "whereabouts unknown", "located", "victims of modern slavery", "separated
 * children", "asylum seeking minors" ...).
 *
 * Most returns are ordinary question/answer workbooks, CSV exports, grids and
 * letters with small variations. The rest carry difficulties of real rounds:
 *
 *   - grids with groups as rows and measures as columns, a two-row merged
 *     header over a single data row, identified / suspected / all rows;
 *   - formula cells with cached results; footnote marks; "nil", "-", "None";
 *     thousands separators; a long preamble before the table;
 *   - a coded one-row export; one sheet per group; an episode list with
 *     Excel dates; nationality tables; a byte-identical second copy;
 *   - partial refusals and not-held answers, suppression ("<5", "x",
 *     "fewer than five"), whole-document refusal and not-held letters;
 *   - contradictions (went missing > looked after, episodes < children,
 *     episodes 0 with children missing, parts not summing, not-found total),
 *     a correcting resubmission, a financial-year return, a snapshot count;
 *   - "approx 30", "Unknown", "See covering letter"; only the "identified"
 *     part of the trafficked figure;
 *   - a scanned PDF, an .xls, an empty CSV, a truncated workbook, a file
 *     naming no authority, a file named for one borough holding another's.
 *
 *   fixtures/holdout10/returns/      the returns
 *   fixtures/holdout10/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout10/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                    "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout10/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model, byte helpers and corpus writer are shared with holdout4
 * (test/holdout4/model.ts, bytes.ts, corpus.ts). Deterministic. Rewrite with
 *
 *   WRITE_HOLDOUT10=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout10
 */
import type ExcelJS from "exceljs";
import { legacyXls, scannedPdf } from "../holdout4/bytes.js";
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
  middlesbrough: "E06000002",
  darlington: "E06000005",
  halton: "E06000006",
  blackpool: "E06000009",
  york: "E06000014",
  derby: "E06000015",
  leicester: "E06000016",
  telford: "E06000020",
  stoke: "E06000021",
  bristol: "E06000023",
  northSomerset: "E06000024",
  southend: "E06000033",
  brighton: "E06000043",
  isleOfWight: "E06000046",
  cheshireEast: "E06000049",
  shropshire: "E06000051",
  northumberland: "E06000057",
  manchester: "E08000003",
  tameside: "E08000008",
  liverpool: "E08000012",
  rotherham: "E08000018",
  sheffield: "E08000019",
  birmingham: "E08000025",
  wolverhampton: "E08000031",
  kirklees: "E08000034",
  leeds: "E08000035",
  wakefield: "E08000036",
  barnet: "E09000003",
  brent: "E09000005",
  camden: "E09000007",
  ealing: "E09000009",
  enfield: "E09000010",
  hackney: "E09000012",
  haringey: "E09000014",
  harrow: "E09000015",
  havering: "E09000016",
  hillingdon: "E09000017",
  hounslow: "E09000018",
  lambeth: "E09000022",
  newham: "E09000025",
  redbridge: "E09000026",
  southwark: "E09000028",
  wandsworth: "E09000032",
  dorset: "E10000009",
  essex: "E10000012",
  gloucestershire: "E10000013",
  hampshire: "E10000014",
  kent: "E10000016",
  norfolk: "E10000020",
  nottinghamshire: "E10000024",
  somerset: "E10000027",
  suffolk: "E10000029",
  warwickshire: "E10000031",
  westSussex: "E10000032",
  anglesey: "W06000001",
  swansea: "W06000011",
  powys: "W06000023",
  aberdeenshire: "S12000034",
  edinburgh: "S12000036",
  falkirk: "S12000014",
  glasgow: "S12000046",
  moray: "S12000020",
  derry: "N09000005",
} as const;

type Labels = readonly (readonly [Key, string])[];

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);

function widths(ws: ExcelJS.Worksheet, w: readonly number[]): void {
  w.forEach((x, i) => {
    ws.getColumn(i + 1).width = x;
  });
}

// --- label sets, in this writer's own wording -------------------------------------------------

const IN_OUR_CARE: Labels = [
  ["tla", "How many children in our care during the period were known or believed to be victims of trafficking?"],
  ["twm", "Of those children, how many were missing from their placement on one or more occasions?"],
  ["tmi", "What was the total number of missing incidents recorded for those children?"],
  ["tnf", "Of the trafficked children who went missing, how many have not been located (whereabouts unknown)?"],
  ["ula", "How many unaccompanied asylum seeking children (UASC) were in our care during the period?"],
  ["uwm", "Of those UASC, how many were missing from their placement on one or more occasions?"],
  ["umi", "What was the total number of missing incidents recorded for those UASC?"],
  ["unf", "Of the UASC who went missing, how many have not been located (whereabouts unknown)?"],
];

const CLA: Labels = [
  ["tla", "CLA who were confirmed or suspected victims of trafficking"],
  ["twm", "Trafficked CLA reported missing at least once"],
  ["tmi", "Missing incidents - trafficked CLA"],
  ["tnf", "Trafficked CLA not yet located"],
  ["ula", "CLA who were unaccompanied asylum seeking children"],
  ["uwm", "UASC CLA reported missing at least once"],
  ["umi", "Missing incidents - UASC CLA"],
  ["unf", "UASC CLA not yet located"],
];

const ACCOMMODATED: Labels = [
  [
    "tla",
    "Children accommodated by the Council who were victims of trafficking or modern slavery (confirmed or suspected)",
  ],
  ["twm", "Number of those trafficked children who went missing from their placement"],
  ["tmi", "Number of missing episodes for those trafficked children"],
  ["tnf", "Number of those trafficked children who are still missing"],
  ["ula", "Unaccompanied asylum seeking minors accommodated by the Council"],
  ["uwm", "Number of those asylum seeking minors who went missing from their placement"],
  ["umi", "Number of missing episodes for those asylum seeking minors"],
  ["unf", "Number of those asylum seeking minors who are still missing"],
];

const CHILDREN_IN_CARE: Labels = [
  ["tla", "Children in care identified as, or suspected to be, trafficked"],
  ["twm", "Trafficked children in care who have been missing"],
  ["tmi", "Times trafficked children in care were missing (episodes)"],
  ["tnf", "Trafficked children in care whose whereabouts are still unknown"],
  ["ula", "Separated children in care (unaccompanied asylum seekers)"],
  ["uwm", "Separated children in care who have been missing"],
  ["umi", "Times separated children in care were missing (episodes)"],
  ["unf", "Separated children in care whose whereabouts are still unknown"],
];

const PERIOD = "1 October 2014 to 30 September 2015";
const SPAN = "1st October 2014 - 30th September 2015";
const FROM_TO = "from 1 October 2014 until 30 September 2015";

const qaXl = (a: Answers, labels: Labels, numbered = false): ExcelJS.CellValue[][] =>
  labels.map(([k, l], i) => (numbered ? [`Q${i + 1}`, l, cell(a, k)] : [l, cell(a, k)]));
const qaCsv = (a: Answers, labels: Labels, numbered = false): string[][] =>
  labels.map(([k, l], i) => (numbered ? [String(i + 1), l, raw(a, k)] : [l, raw(a, k)]));

function qaBook(
  org: string,
  sheet: string,
  head: readonly ExcelJS.CellValue[][],
  a: Answers,
  labels: Labels,
  numbered = false,
  tail: readonly ExcelJS.CellValue[][] = [],
): Promise<Uint8Array> {
  return xlsx(org, (wb) => {
    const ws = wb.addWorksheet(sheet);
    widths(ws, numbered ? [6, 95, 14] : [95, 14]);
    put(ws, 1, 1, [
      ...head,
      [],
      numbered ? ["Ref", "Information requested", "Response"] : ["Information requested", "Response"],
      ...qaXl(a, labels, numbered),
      ...(tail.length ? [[], ...tail] : []),
    ]);
  });
}

const APPEAL = [
  "If you are unhappy with this response you can ask us to review it by writing to the address above",
  "within two months. You also have the right to complain to the Information Commissioner once our",
  "internal review procedure is complete (www.ico.org.uk).",
];

// ================================================================================================
// 1. ORDINARY RETURNS
// ================================================================================================

// Hartlepool: numbered workbook, "in our care".
{
  const a: Answers = { ...four("t", [1, 1, 3, 0]), ...four("u", [5, 1, 1, 0]) };
  add({
    file: "Hartlepool BC - FOI 2015-611 - response.xlsx",
    code: C.hartlepool,
    answers: a,
    bytes: () =>
      qaBook(
        "Hartlepool Borough Council",
        "FOI 2015-611",
        [["Hartlepool Borough Council"], ["Child and Adult Services - FOI 2015-611"], [`Reporting period: ${PERIOD}`]],
        a,
        IN_OUR_CARE,
        true,
      ),
  });
}

// Middlesbrough: plain CSV with CLA labels.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [12, 3, 7, 1]) };
  add({
    file: "Middlesbrough Council FOI MBC15-2270.csv",
    code: C.middlesbrough,
    answers: a,
    bytes: () =>
      csv([
        ["Middlesbrough Council - Freedom of Information MBC15-2270"],
        [`Period covered: ${SPAN}`],
        [],
        ["Measure", "Count"],
        ...qaCsv(a, CLA),
      ]),
  });
}

// Darlington: letter, "Q1 ... A:" lines.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 0, 0, 0]) };
  add({
    file: "Darlington BC response FOI-7713.txt",
    code: C.darlington,
    answers: a,
    bytes: () =>
      letter([
        "Darlington Borough Council",
        "Town Hall, Feethams, Darlington DL1 5QT",
        "",
        "Request reference: FOI-7713",
        "13 November 2015",
        "",
        "Dear Sir or Madam",
        "",
        `You asked for information about children looked after by Darlington ${FROM_TO}.`,
        "",
        ...IN_OUR_CARE.flatMap(([k, l], i) => [`Q${i + 1}. ${l}`, `A: ${raw(a, k)}`, ""]),
        ...APPEAL,
        "",
        "Yours faithfully",
        "Information Governance Officer",
      ]),
  });
}

// Halton: grid with the groups as rows and measures as columns.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [4, 1, 2, 0]) };
  add({
    file: "Halton Borough Council FOI 3390.xlsx",
    code: C.halton,
    answers: a,
    bytes: () =>
      xlsx("Halton Borough Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [52, 14, 16, 18, 16]);
        put(ws, 1, 1, [
          ["Halton Borough Council - FOI 3390"],
          [PERIOD],
          [],
          ["", "Number in care", "Number who went missing", "Number of missing incidents", "Number not located"],
          ["Children trafficked (known or suspected)", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// Blackpool: semicolon CSV with a BOM.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [6, 0, 0, 0]) };
  add({
    file: "Blackpool Council FOI 15-4402.csv",
    code: C.blackpool,
    answers: a,
    bytes: () =>
      csv([["Blackpool Council"], [`FOI 15-4402 - ${PERIOD}`], [], ["Question", "Answer"], ...qaCsv(a, ACCOMMODATED)], {
        delimiter: ";",
        encoding: "utf8bom",
      }),
  });
}

// York: CLA labels in a workbook.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [2, 0, 0, 0]) };
  add({
    file: "City of York Council FOI-15-1906.xlsx",
    code: C.york,
    answers: a,
    bytes: () =>
      qaBook("City of York Council", "FOI-15-1906", [["City of York Council"], [`FOI-15-1906, ${SPAN}`]], a, CLA),
  });
}

// Derby: a prose letter.
{
  const a: Answers = {
    tla: as("4 children", 4),
    twm: as("2 of these children", 2),
    tmi: as("5 missing episodes", 5),
    tnf: as("all have been located", 0),
    ula: as("31 unaccompanied asylum seeking children", 31),
    uwm: as("6 went missing", 6),
    umi: as("a total of 11 episodes", 11),
    unf: as("1 young person remains missing", 1),
  };
  add({
    file: "Derby City Council - FOI 15-9184 reply.txt",
    code: C.derby,
    answers: a,
    bytes: () =>
      letter([
        "Derby City Council",
        "Council House, Corporation Street, Derby DE1 2FS",
        "",
        "Our reference: 15-9184",
        "",
        "Dear Requester",
        "",
        `Between 1 October 2014 and 30 September 2015 we had 4 children in our care who were identified or`,
        "suspected as victims of trafficking. 2 of these children went missing from their placements, with",
        "5 missing episodes between them; all have been located.",
        "",
        "Over the same period we cared for 31 unaccompanied asylum seeking children, of whom 6 went missing,",
        "a total of 11 episodes. 1 young person remains missing and the police investigation is ongoing.",
        "",
        ...APPEAL,
        "",
        "Yours sincerely",
        "FOI Team, Derby City Council",
      ]),
  });
}

// Leicester: identified and suspected given separately, then the total.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(3),
    tla: n(5),
    twm: n(2),
    tmi: n(4),
    tnf: n(0),
    ...four("u", [22, 4, 9, 1]),
  };
  add({
    file: "Leicester City Council FOIR 15-3317.xlsx",
    code: C.leicester,
    answers: a,
    bytes: () =>
      xlsx("Leicester City Council", (wb) => {
        const ws = wb.addWorksheet("FOIR 15-3317");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Leicester City Council - Freedom of Information FOIR 15-3317"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Figure"],
          ["Looked after children confirmed as victims of trafficking", cell(a, "tid")],
          ["Looked after children suspected to be victims of trafficking", cell(a, "tsu")],
          ["Total trafficked (confirmed plus suspected)", cell(a, "tla")],
          ["Of the total, children who went missing", cell(a, "twm")],
          ["Of the total, number of missing episodes", cell(a, "tmi")],
          ["Of the total, children still missing", cell(a, "tnf")],
          ["Looked after unaccompanied asylum seeking children", cell(a, "ula")],
          ["Of these, children who went missing", cell(a, "uwm")],
          ["Of these, number of missing episodes", cell(a, "umi")],
          ["Of these, children still missing", cell(a, "unf")],
        ]);
      }),
  });
}

// Telford and Wrekin: tab-delimited export.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [7, 2, 2, 0]) };
  add({
    file: "Telford & Wrekin Council FOI TW-15-0991.csv",
    code: C.telford,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Telford & Wrekin Council"],
          [`FOI TW-15-0991 ${PERIOD}`],
          [],
          ["Item", "Value"],
          ...qaCsv(a, CHILDREN_IN_CARE),
        ],
        { delimiter: "\t" },
      ),
  });
}

// Stoke-on-Trent: numbered workbook.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ...four("u", [18, 2, 6, 0]) };
  add({
    file: "SOT FOI 15-2019.xlsx",
    code: C.stoke,
    answers: a,
    bytes: () =>
      qaBook(
        "Stoke-on-Trent City Council",
        "Response",
        [["Stoke-on-Trent City Council"], [`FOI 15-2019 - ${PERIOD}`]],
        a,
        ACCOMMODATED,
        true,
      ),
  });
}

// Bristol: grid with measures as rows and groups as columns.
{
  const a: Answers = { ...four("t", [6, 3, 8, 1]), ...four("u", [44, 7, 15, 2]) };
  add({
    file: "Bristol City Council FOI CRN-00412.xlsx",
    code: C.bristol,
    answers: a,
    bytes: () =>
      xlsx("Bristol City Council", (wb) => {
        const ws = wb.addWorksheet("Data");
        widths(ws, [44, 30, 30]);
        put(ws, 1, 1, [
          ["Bristol City Council - FOI CRN-00412"],
          [`${SPAN}`],
          [],
          ["", "Victims of trafficking (confirmed or suspected)", "Unaccompanied asylum seeking children"],
          ["Number looked after", cell(a, "tla"), cell(a, "ula")],
          ["Number missing at least once", cell(a, "twm"), cell(a, "uwm")],
          ["Number of missing incidents", cell(a, "tmi"), cell(a, "umi")],
          ["Number whose whereabouts are unknown", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// North Somerset: Windows-1252 CSV with en dashes.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [5, 1, 3, 0]) };
  add({
    file: "North Somerset Council FOI 15–811.csv",
    code: C.northSomerset,
    answers: a,
    bytes: () =>
      csv(
        [
          ["North Somerset Council – Freedom of Information 15–811"],
          ["Period: 1 October 2014 – 30 September 2015"],
          [],
          ["Question", "Response"],
          ...qaCsv(a, IN_OUR_CARE),
        ],
        { encoding: "cp1252" },
      ),
  });
}

// Brighton and Hove: letter with "Answer -" lines.
{
  const a: Answers = { ...four("t", [3, 2, 6, 1]), ...four("u", [27, 5, 12, 1]) };
  add({
    file: "Brighton & Hove City Council FOI 5520 letter.txt",
    code: C.brighton,
    answers: a,
    bytes: () =>
      letter([
        "Brighton & Hove City Council",
        "Hove Town Hall, Norton Road, Hove BN3 3BQ",
        "",
        "FOI 5520",
        "",
        "Dear Applicant",
        "",
        `Thank you for your request of 2 October. The figures below cover ${PERIOD}.`,
        "",
        ...CLA.flatMap(([k, l]) => [`${l}`, `Answer - ${raw(a, k)}`, ""]),
        ...APPEAL,
        "",
        "Regards",
        "Information Rights Team",
      ]),
  });
}

// Isle of Wight: CSV with "None".
{
  const z = as("None", 0);
  const a: Answers = { tla: z, twm: z, tmi: z, tnf: z, ula: n(2), uwm: z, umi: z, unf: z };
  add({
    file: "Isle of Wight Council FOI 0915-133.csv",
    code: C.isleOfWight,
    answers: a,
    bytes: () =>
      csv([
        ["Isle of Wight Council"],
        [`Request 0915-133 (${PERIOD})`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, ACCOMMODATED),
      ]),
  });
}

// Liverpool: letter with numbered responses.
{
  const a: Answers = { ...four("t", [9, 4, 10, 1]), ...four("u", [38, 6, 14, 2]) };
  add({
    file: "Liverpool City Council FOI 785412.txt",
    code: C.liverpool,
    answers: a,
    bytes: () =>
      letter([
        "Liverpool City Council",
        "Cunard Building, Water Street, Liverpool L3 1DS",
        "",
        "Freedom of Information Act 2000 - Request 785412",
        "",
        "Dear Requester",
        "",
        `Please see below our response regarding children looked after ${FROM_TO}.`,
        "",
        ...CHILDREN_IN_CARE.flatMap(([k, l], i) => [`${i + 1}) ${l}`, `Response: ${raw(a, k)}`, ""]),
        ...APPEAL,
        "",
        "Yours faithfully",
        "Information Management",
      ]),
  });
}

// Camden: CSV with numbers.
{
  const a: Answers = { ...four("t", [4, 1, 1, 0]), ...four("u", [56, 8, 19, 2]) };
  add({
    file: "LB Camden FOI CAM-5120.csv",
    code: C.camden,
    answers: a,
    bytes: () =>
      csv([
        ["London Borough of Camden"],
        [`FOI CAM-5120 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, IN_OUR_CARE, true),
      ]),
  });
}

// Hackney: short letter, UASC only, trafficking nil.
{
  const a: Answers = {
    tla: as("no children", 0),
    twm: as("none", 0),
    tmi: as("none", 0),
    tnf: as("none", 0),
    ula: as("49", 49),
    uwm: as("7", 7),
    umi: as("18", 18),
    unf: as("0", 0),
  };
  add({
    file: "Hackney Council FOI 15-0738 response.txt",
    code: C.hackney,
    answers: a,
    bytes: () =>
      letter([
        "London Borough of Hackney",
        "Information Management, Hackney Service Centre, 1 Hillman Street, London E8 1DY",
        "",
        "FOI 15-0738",
        "",
        "Dear Requester",
        "",
        `Our records show that we had no children in our care ${FROM_TO} who were identified or suspected as`,
        "victims of trafficking, so the number who went missing, the number of missing episodes and the",
        "number still missing are all none.",
        "",
        "Unaccompanied asylum seeking children looked after in the period: 49",
        "Of whom went missing: 7",
        "Total missing episodes: 18",
        "Of whom still missing: 0",
        "",
        ...APPEAL,
        "",
        "Yours sincerely",
        "Information Management Team",
      ]),
  });
}

// Essex: numbered workbook with children-in-care wording.
{
  const a: Answers = { ...four("t", [11, 4, 9, 1]), ...four("u", [137, 19, 44, 5]) };
  add({
    file: "Essex CC FOI CI-15-00821.xlsx",
    code: C.essex,
    answers: a,
    bytes: () =>
      qaBook(
        "Essex County Council",
        "CI-15-00821",
        [["Essex County Council - Children and Families"], [`Request CI-15-00821 - ${PERIOD}`]],
        a,
        CHILDREN_IN_CARE,
        true,
      ),
  });
}

// Swansea: bilingual CSV.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [6, 1, 1, 0]) };
  const labels: Labels = [
    [
      "tla",
      "Plant mewn gofal a fasnachwyd neu yr amheuir iddynt gael eu masnachu / Children in care trafficked or suspected trafficked",
    ],
    ["twm", "Faint o'r plant hyn aeth ar goll / How many of these children went missing"],
    ["tmi", "Nifer yr achosion o fynd ar goll / Number of missing incidents"],
    ["tnf", "Faint sydd dal ar goll / How many are still missing"],
    ["ula", "Plant ar eu pen eu hunain sy'n ceisio lloches mewn gofal / Unaccompanied asylum seeking children in care"],
    ["uwm", "Faint o'r plant hyn aeth ar goll / How many of these children went missing"],
    ["umi", "Nifer yr achosion o fynd ar goll / Number of missing incidents"],
    ["unf", "Faint sydd dal ar goll / How many are still missing"],
  ];
  add({
    file: "Dinas a Sir Abertawe - City and County of Swansea FOI 15-442.csv",
    code: C.swansea,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Dinas a Sir Abertawe / City and County of Swansea"],
          ["1 Hydref 2014 i 30 Medi 2015 / 1 October 2014 to 30 September 2015"],
          [],
          ["Cwestiwn / Question", "Ymateb / Response"],
          ...qaCsv(a, labels),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Isle of Anglesey: bilingual workbook.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [1, 0, 0, 0]) };
  const labels: Labels = [
    ["tla", "Plant sy'n derbyn gofal a fasnachwyd / Looked after children who were trafficked (known or suspected)"],
    ["twm", "Aeth ar goll / Went missing"],
    ["tmi", "Nifer o weithiau ar goll / Number of missing incidents"],
    ["tnf", "Heb eu darganfod / Not located"],
    ["ula", "Plant sy'n ceisio lloches ar eu pen eu hunain / Unaccompanied asylum seeking children looked after"],
    ["uwm", "Aeth ar goll / Went missing"],
    ["umi", "Nifer o weithiau ar goll / Number of missing incidents"],
    ["unf", "Heb eu darganfod / Not located"],
  ];
  add({
    file: "Cyngor Sir Ynys Mon FOI 2015-388.xlsx",
    code: C.anglesey,
    answers: a,
    bytes: () =>
      xlsx("Cyngor Sir Ynys Môn", (wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        widths(ws, [95, 12]);
        put(ws, 1, 1, [
          ["Cyngor Sir Ynys Môn / Isle of Anglesey County Council"],
          ["Cais 2015-388 / Request 2015-388"],
          ["1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          ...qaXl(a, labels),
        ]);
      }),
  });
}

// Glasgow: FOISA letter.
{
  const a: Answers = { ...four("t", [14, 5, 11, 2]), ...four("u", [41, 6, 13, 1]) };
  add({
    file: "Glasgow City Council FOISA response 2015-06617.txt",
    code: C.glasgow,
    answers: a,
    bytes: () =>
      letter([
        "Glasgow City Council",
        "Freedom of Information (Scotland) Act 2002",
        "Reference: 2015-06617",
        "",
        "Dear Applicant",
        "",
        `Your request concerned children looked after by the Council ${FROM_TO}. Social Work Services`,
        "have provided the following information.",
        "",
        ...IN_OUR_CARE.flatMap(([k, l], i) => [`Question ${i + 1}: ${l}`, `Reply: ${raw(a, k)}`, ""]),
        "If you are dissatisfied with the way we have dealt with your request you may ask for a review",
        "within 40 working days, and thereafter appeal to the Scottish Information Commissioner.",
        "",
        "Yours sincerely",
        "FOI Officer",
      ]),
  });
}

// City of Edinburgh: workbook.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [9, 2, 4, 0]) };
  add({
    file: "City of Edinburgh Council FOI 8823.xlsx",
    code: C.edinburgh,
    answers: a,
    bytes: () =>
      qaBook(
        "The City of Edinburgh Council",
        "FOI 8823",
        [
          ["The City of Edinburgh Council"],
          ["Freedom of Information (Scotland) Act 2002 - request 8823"],
          [`Period: ${PERIOD}`],
        ],
        a,
        CLA,
      ),
  });
}

// Southend-on-Sea: CSV, quoted everything.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [8, 1, 2, 0]) };
  add({
    file: "Southend-on-Sea BC FOI 4471.csv",
    code: C.southend,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Southend-on-Sea Borough Council"],
          [`FOI 4471: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qaCsv(a, CHILDREN_IN_CARE),
        ],
        { quoteAll: true },
      ),
  });
}

// ================================================================================================
// 2. DIFFICULTIES A CAREFUL HUMAN STILL READS UNAMBIGUOUSLY
// ================================================================================================

// Nottinghamshire: footnote marks and an annotated figure.
{
  const a: Answers = {
    ...four("t", [3, 1, 1, 0]),
    tla: as("3*", 3),
    ula: as("47*", 47),
    uwm: as("4 (1 of whom is still missing)", 4),
    umi: n(9),
    unf: n(1),
  };
  add({
    file: "Nottinghamshire CC FOI NCC-15-06612.csv",
    code: C.nottinghamshire,
    answers: a,
    bytes: () =>
      csv([
        ["Nottinghamshire County Council"],
        [`FOI NCC-15-06612 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, ACCOMMODATED),
        [],
        ["* includes children placed outside the county by Nottinghamshire"],
      ]),
  });
}

// Wakefield: grid with identified / suspected / all rows.
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: n(3),
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ...four("u", [15, 2, 3, 0]),
  };
  add({
    file: "Wakefield Council FOI WMDC-15-1150.xlsx",
    code: C.wakefield,
    answers: a,
    bytes: () =>
      xlsx("Wakefield Council", (wb) => {
        const ws = wb.addWorksheet("FOI");
        widths(ws, [46, 14, 14, 18, 18]);
        put(ws, 1, 1, [
          ["Wakefield Council - FOI WMDC-15-1150"],
          [PERIOD],
          [],
          ["Group", "Looked after", "Went missing", "Missing incidents", "Still missing"],
          ["Identified as trafficked", cell(a, "tid")],
          ["Suspected of being trafficked", cell(a, "tsu")],
          ["All trafficked children", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// Northumberland: two-row merged header over one data row.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 1, 1, 0]) };
  add({
    file: "Northumberland CC FOI 7621.xlsx",
    code: C.northumberland,
    answers: a,
    bytes: () =>
      xlsx("Northumberland County Council", (wb) => {
        const ws = wb.addWorksheet("Return");
        widths(ws, [34, 12, 12, 12, 12, 12, 12, 12, 12]);
        put(ws, 1, 1, [
          ["Northumberland County Council - FOI 7621"],
          [PERIOD],
          [],
          ["", "Trafficked children (identified or suspected)", "", "", "", "Unaccompanied asylum seeking children"],
          [
            "Authority",
            "In care",
            "Went missing",
            "Missing incidents",
            "Not located",
            "In care",
            "Went missing",
            "Missing incidents",
            "Not located",
          ],
          [
            "Northumberland",
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
      }),
  });
}

// Hampshire: the totals are formulas with cached results.
{
  const a: Answers = {
    tid: n(4),
    tsu: n(5),
    tla: { raw: "=B6+B7", reading: "exact", value: 9, xl: { formula: "B6+B7", result: 9, date1904: false } },
    twm: n(3),
    tmi: n(7),
    tnf: n(1),
    ula: n(88),
    uwm: n(12),
    umi: {
      raw: "=SUM(B14:B16)",
      reading: "exact",
      value: 31,
      xl: { formula: "SUM(B14:B16)", result: 31, date1904: false },
    },
    unf: n(3),
  };
  add({
    file: "Hampshire CC FOI 15-44120.xlsx",
    code: C.hampshire,
    answers: a,
    bytes: () =>
      xlsx("Hampshire County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["Hampshire County Council - Children's Services"],
          [`FOI 15-44120 - ${PERIOD}`],
          [],
          ["Question", "Number"],
          [],
          ["Children in care identified as trafficked", cell(a, "tid")],
          ["Children in care suspected of having been trafficked", cell(a, "tsu")],
          ["Children in care identified or suspected as trafficked (total)", cell(a, "tla")],
          ["Of these, number who went missing", cell(a, "twm")],
          ["Of these, number of missing incidents", cell(a, "tmi")],
          ["Of these, number not found", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children in care", cell(a, "ula")],
          ["Of these, number who went missing", cell(a, "uwm")],
          ["  missing incidents - placed in Hampshire", 19],
          ["  missing incidents - placed outside Hampshire", 12],
          ["  missing incidents - placement not recorded", 0],
          ["Of these, total number of missing incidents", cell(a, "umi")],
          ["Of these, number not found", cell(a, "unf")],
        ]);
      }),
  });
}

// Lambeth: "-" and "nil".
{
  const a: Answers = {
    tla: n(5),
    twm: n(2),
    tmi: n(3),
    tnf: as("-", 0),
    ula: n(71),
    uwm: n(9),
    umi: n(21),
    unf: as("nil", 0),
  };
  add({
    file: "Lambeth FOI IR-291556.csv",
    code: C.lambeth,
    answers: a,
    bytes: () =>
      csv([
        ["London Borough of Lambeth"],
        [`IR-291556 | ${PERIOD}`],
        [],
        ["Question", "Lambeth response"],
        ...qaCsv(a, CLA),
      ]),
  });
}

// Wandsworth: the same CSV saved twice from the email (byte-identical copies).
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [33, 4, 6, 0]) };
  const bytes = () =>
    csv([
      ["Wandsworth Borough Council"],
      [`FOI 2015-5521 - ${PERIOD}`],
      [],
      ["Question", "Answer"],
      ...qaCsv(a, IN_OUR_CARE),
    ]);
  add({ file: "Wandsworth FOI 2015-5521.csv", code: C.wandsworth, answers: a, bytes });
  add({ file: "Wandsworth FOI 2015-5521 (1).csv", code: C.wandsworth, answers: a, bytes });
}

// Moray: "Nil" throughout a Scottish return.
{
  const z = as("Nil", 0);
  const a: Answers = { tla: z, twm: z, tmi: z, tnf: z, ula: z, uwm: z, umi: z, unf: z };
  add({
    file: "Moray Council FOISA 101002398.xlsx",
    code: C.moray,
    answers: a,
    bytes: () =>
      qaBook(
        "The Moray Council",
        "Response",
        [["The Moray Council"], ["Freedom of Information (Scotland) Act 2002 - 101002398"], [`${SPAN}`]],
        a,
        CHILDREN_IN_CARE,
      ),
  });
}

// Powys: bilingual letter.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [2, 1, 1, 0]) };
  const labels: Labels = [
    ["tla", "Plant mewn gofal a fasnachwyd / Children in care who were trafficked (identified or suspected)"],
    ["twm", "O'r rhain, faint aeth ar goll / Of these, how many went missing"],
    ["tmi", "Nifer yr achosion / Number of missing episodes"],
    ["tnf", "Heb eu canfod / Not yet found"],
    ["ula", "Plant ar eu pen eu hunain yn ceisio lloches / Unaccompanied asylum seeking children in care"],
    ["uwm", "O'r rhain, faint aeth ar goll / Of these, how many went missing"],
    ["umi", "Nifer yr achosion / Number of missing episodes"],
    ["unf", "Heb eu canfod / Not yet found"],
  ];
  add({
    file: "Cyngor Sir Powys County Council FOI 15-1370.txt",
    code: C.powys,
    answers: a,
    bytes: () =>
      letter([
        "Cyngor Sir Powys / Powys County Council",
        "Neuadd y Sir, Llandrindod / County Hall, Llandrindod Wells LD1 5LG",
        "",
        "Cyf / Ref: FOI 15-1370",
        "",
        "Annwyl / Dear Requester",
        "",
        "1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015",
        "",
        ...labels.flatMap(([k, l], i) => [`Cwestiwn / Question ${i + 1}: ${l}`, `Ateb / Answer: ${raw(a, k)}`, ""]),
        "Yn gywir / Yours sincerely",
        "Tîm Rhyddid Gwybodaeth / Freedom of Information Team",
      ]),
  });
}

// Southwark: a long preamble before the table, notes after it.
{
  const a: Answers = { ...four("t", [8, 3, 7, 1]), ...four("u", [92, 11, 26, 2]) };
  add({
    file: "Southwark Council FOI 540123 response.xlsx",
    code: C.southwark,
    answers: a,
    bytes: () =>
      xlsx("Southwark Council", (wb) => {
        const ws = wb.addWorksheet("FOI 540123");
        widths(ws, [95, 14]);
        put(ws, 1, 1, [
          ["Southwark Council"],
          ["Children's and Adults' Services - Freedom of Information request 540123"],
          [],
          [`You asked for information about looked after children ${FROM_TO}.`],
          ["Figures are taken from the Council's case management system. A child is counted once in each row"],
          ["however many placements they had during the period."],
          [],
          ["Question", "Southwark"],
          ...qaXl(a, IN_OUR_CARE),
          [],
          ["Notes"],
          ["Data extracted on 11/11/2015 by the Performance and Intelligence Team."],
        ]);
      }),
  });
}

// Kent: large figures with thousands separators (quoted in the CSV).
{
  const a: Answers = {
    ...four("t", [38, 12, 40, 3]),
    ula: as("1,046", 1046),
    uwm: n(88),
    umi: n(301),
    unf: n(19),
  };
  add({
    file: "Kent County Council FOI 15-22789.csv",
    code: C.kent,
    answers: a,
    bytes: () =>
      csv([
        ["Kent County Council"],
        [`FOI 15-22789 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, CHILDREN_IN_CARE),
      ]),
  });
}

// Birmingham: totals, then one row per missing episode (Excel dates).
{
  const eps: Episode[] = [
    { child: "BCC-30417", group: "t", start: [2014, 12, 2], end: [2014, 12, 5] },
    { child: "BCC-30417", group: "t", start: [2015, 3, 18], end: null },
    { child: "BCC-41220", group: "t", start: [2015, 7, 9], end: [2015, 7, 10] },
    { child: "BCC-29981", group: "u", start: [2014, 10, 20], end: [2014, 10, 21] },
    { child: "BCC-29981", group: "u", start: [2015, 1, 6], end: [2015, 1, 8] },
    { child: "BCC-29981", group: "u", start: [2015, 5, 30], end: [2015, 6, 2] },
    { child: "BCC-35504", group: "u", start: [2015, 2, 14], end: null },
    { child: "BCC-37716", group: "u", start: [2015, 8, 1], end: [2015, 8, 1] },
    { child: "BCC-38802", group: "u", start: [2015, 9, 12], end: [2015, 9, 14] },
  ];
  const a: Answers = { tla: n(6), ula: n(64), ...countEpisodes(eps) };
  const d = (x: readonly [number, number, number] | null) => (x ? new Date(Date.UTC(x[0], x[1] - 1, x[2])) : null);
  add({
    file: "Birmingham City Council FOI 15-6630 missing episodes.xlsx",
    code: C.birmingham,
    answers: a,
    bytes: () =>
      xlsx("Birmingham City Council", (wb) => {
        const ws = wb.addWorksheet("Episodes");
        widths(ws, [40, 18, 16, 16]);
        put(ws, 1, 1, [
          ["Birmingham City Council - FOI 15-6630"],
          [PERIOD],
          [],
          ["Children in care identified or suspected as trafficked", cell(a, "tla")],
          ["Unaccompanied asylum seeking children in care", cell(a, "ula")],
          [],
          ["Missing episodes (no date returned = not yet located)"],
          ["Child reference", "Cohort", "Date missing", "Date returned"],
        ]);
        eps.forEach((e, i) => {
          const r = 9 + i;
          ws.getCell(r, 1).value = e.child;
          ws.getCell(r, 2).value = e.group === "t" ? "Trafficked" : "UASC";
          const s = d(e.start);
          const f = d(e.end);
          if (s) {
            ws.getCell(r, 3).value = s;
            ws.getCell(r, 3).numFmt = "dd/mm/yyyy";
          }
          if (f) {
            ws.getCell(r, 4).value = f;
            ws.getCell(r, 4).numFmt = "dd/mm/yyyy";
          }
        });
      }),
  });
}

// Manchester: answers, then nationality tables that add up.
{
  const a: Answers = { ...four("t", [12, 2, 4, 0]), ...four("u", [61, 7, 16, 1]) };
  add({
    file: "Manchester City Council FOI 15-3381 inc nationality.xlsx",
    code: C.manchester,
    answers: a,
    bytes: () =>
      xlsx("Manchester City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Manchester City Council - FOI 15-3381"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qaXl(a, ACCOMMODATED),
        ]);
        const nat = wb.addWorksheet("Nationality");
        widths(nat, [40, 12]);
        put(nat, 1, 1, [
          ["Nationality of trafficked children who went missing"],
          ["Nationality", "Children"],
          ["Vietnamese", 1],
          ["Albanian", 1],
          [],
          ["Nationality of unaccompanied asylum seeking children who went missing"],
          ["Nationality", "Children"],
          ["Eritrean", 3],
          ["Afghan", 2],
          ["Vietnamese", 1],
          ["Albanian", 1],
        ]);
      }),
  });
}

// Sheffield: a one-row export with the system's own column codes.
{
  const a: Answers = { ...four("t", [5, 2, 3, 0]), ...four("u", [29, 3, 5, 0]) };
  const heads: Labels = [
    ["tla", "CLA_TRAFFICKED_ID_OR_SUSP"],
    ["twm", "CLA_TRAFFICKED_MISSING"],
    ["tmi", "CLA_TRAFFICKED_MISSING_EPISODES"],
    ["tnf", "CLA_TRAFFICKED_NOT_LOCATED"],
    ["ula", "CLA_UASC"],
    ["uwm", "CLA_UASC_MISSING"],
    ["umi", "CLA_UASC_MISSING_EPISODES"],
    ["unf", "CLA_UASC_NOT_LOCATED"],
  ];
  add({
    file: "Sheffield CC FOI 2015-1182 extract.csv",
    code: C.sheffield,
    answers: a,
    bytes: () =>
      csv([
        ["LA_NAME", "PERIOD_START", "PERIOD_END", ...heads.map(([, h]) => h)],
        ["Sheffield City Council", "01/10/2014", "30/09/2015", ...heads.map(([k]) => raw(a, k))],
      ]),
  });
}

// Leeds: one sheet per group.
{
  const a: Answers = { ...four("t", [7, 2, 5, 1]), ...four("u", [26, 3, 4, 0]) };
  add({
    file: "Leeds City Council FOI 15-7734.xlsx",
    code: C.leeds,
    answers: a,
    bytes: () =>
      xlsx("Leeds City Council", (wb) => {
        const t1 = wb.addWorksheet("Trafficked");
        widths(t1, [70, 12]);
        put(t1, 1, 1, [
          ["Leeds City Council - FOI 15-7734"],
          ["Children in care who were trafficked (identified or suspected)"],
          [PERIOD],
          [],
          ["Number of children in care", cell(a, "tla")],
          ["Number who went missing", cell(a, "twm")],
          ["Number of missing episodes", cell(a, "tmi")],
          ["Number whose whereabouts remain unknown", cell(a, "tnf")],
        ]);
        const u1 = wb.addWorksheet("UASC");
        widths(u1, [70, 12]);
        put(u1, 1, 1, [
          ["Leeds City Council - FOI 15-7734"],
          ["Unaccompanied asylum seeking children in care"],
          [PERIOD],
          [],
          ["Number of children in care", cell(a, "ula")],
          ["Number who went missing", cell(a, "uwm")],
          ["Number of missing episodes", cell(a, "umi")],
          ["Number whose whereabouts remain unknown", cell(a, "unf")],
        ]);
      }),
  });
}

// ================================================================================================
// 3. PLANTED PROBLEMS
// ================================================================================================

// Derry City and Strabane: NI district council, not held (the Western HSC Trust's function).
add({
  file: "Derry City and Strabane District Council FOI 15-204.txt",
  code: C.derry,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI district council: children's services belong to the Western HSC Trust, information not held",
      codes: ["document_not_held", "value_not_held"],
      authority: C.derry,
    },
  ],
  bytes: () =>
    letter([
      "Derry City and Strabane District Council",
      "98 Strand Road, Derry BT48 7NN",
      "",
      "Ref: FOI 15-204",
      "",
      "Dear Requester",
      "",
      "Thank you for your request about looked after children who were trafficked or were unaccompanied",
      `asylum seeking children, ${FROM_TO}.`,
      "",
      "District councils in Northern Ireland have no responsibility for children's social care, which is",
      "delivered by the Western Health and Social Care Trust. The Council therefore does not hold the",
      "information you have requested. You may wish to redirect your request to the Western HSC Trust.",
      "",
      ...APPEAL,
      "",
      "Yours sincerely",
      "Information Officer",
    ]),
});

// Cheshire East: the whole request refused on cost (section 12).
add({
  file: "Cheshire East Council FOI 7702 refusal.txt",
  code: C.cheshireEast,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole request refused under section 12 (cost limit): case files would have to be read one by one",
      codes: ["document_refused", "value_refused"],
      authority: C.cheshireEast,
    },
  ],
  bytes: () =>
    letter([
      "Cheshire East Council",
      "Westfields, Middlewich Road, Sandbach CW11 1HZ",
      "",
      "Our ref: 7702",
      "",
      "Dear Requester",
      "",
      "Refusal notice - Freedom of Information Act 2000, section 12",
      "",
      `You asked about children in our care ${FROM_TO} who were trafficked or were unaccompanied asylum`,
      "seekers, and how many of them went missing. Neither trafficking nor missing episodes can be reported",
      "from our system for this cohort; officers would need to read each child's case file, which we",
      "estimate would take well over 18 hours. The Council is therefore refusing your request in full",
      "under section 12(1) of the Act, as the cost of compliance would exceed the appropriate limit.",
      "",
      "You may wish to narrow your request, for example to a shorter period.",
      "",
      ...APPEAL,
      "",
      "Yours sincerely",
      "Compliance Officer",
    ]),
});

// Dorset: the trafficking questions refused on cost; UASC answered.
{
  const r = ref("Refused - section 12, exceeds cost limit");
  const a: Answers = { tla: r, twm: r, tmi: r, tnf: r, ...four("u", [14, 2, 3, 0]) };
  add({
    file: "Dorset County Council FOI 15-0932.xlsx",
    code: C.dorset,
    answers: a,
    planted: [
      {
        problem: "trafficking questions refused under section 12 (cost limit); UASC answered",
        codes: ["value_refused"],
        authority: C.dorset,
      },
    ],
    bytes: () =>
      qaBook(
        "Dorset County Council",
        "FOI 15-0932",
        [["Dorset County Council"], [`FOI 15-0932 - ${PERIOD}`]],
        a,
        IN_OUR_CARE,
        true,
        [
          [
            "Trafficking is not recorded as a field on our system; answering Q1-Q4 would require a manual review of every file.",
          ],
        ],
      ),
  });
}

// Norfolk: trafficking not held; UASC answered.
{
  const x = nh("Not held - trafficking is not a category we record");
  const a: Answers = { tla: x, twm: x, tmi: x, tnf: x, ...four("u", [24, 3, 8, 1]) };
  add({
    file: "Norfolk County Council FOI NCC-15-3308.csv",
    code: C.norfolk,
    answers: a,
    planted: [
      {
        problem: "trafficking questions answered 'Not held' (not a recorded category)",
        codes: ["value_not_held"],
        authority: C.norfolk,
      },
    ],
    bytes: () =>
      csv([["Norfolk County Council"], [`FOI NCC-15-3308 - ${PERIOD}`], [], ["Question", "Answer"], ...qaCsv(a, CLA)]),
  });
}

// Gloucestershire: missing episodes not recorded.
{
  const x = nh("Not recorded");
  const a: Answers = { tla: n(2), twm: n(1), tmi: x, tnf: n(0), ula: n(19), uwm: n(3), umi: x, unf: n(0) };
  add({
    file: "Gloucestershire CC FOI 15-1720.xlsx",
    code: C.gloucestershire,
    answers: a,
    planted: [
      {
        problem: "missing episodes for both groups answered 'Not recorded'",
        codes: ["value_not_held"],
        authority: C.gloucestershire,
      },
    ],
    bytes: () =>
      qaBook(
        "Gloucestershire County Council",
        "Response",
        [["Gloucestershire County Council"], [`FOI 15-1720 (${PERIOD})`]],
        a,
        ACCOMMODATED,
      ),
  });
}

// Haringey: "<5".
{
  const s = sup("<5");
  const a: Answers = { tla: n(6), twm: s, tmi: s, tnf: n(0), ula: n(58), uwm: n(8), umi: n(17), unf: s };
  add({
    file: "Haringey Council FOI LBH-5532.csv",
    code: C.haringey,
    answers: a,
    planted: [
      {
        problem: "trafficked children missing, their episodes and UASC not found given as '<5'",
        codes: ["value_suppressed"],
        authority: C.haringey,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Haringey"],
        [`FOI LBH-5532 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, IN_OUR_CARE),
      ]),
  });
}

// Falkirk: "x" for small numbers.
{
  const s = sup("x");
  const a: Answers = { tla: n(1), twm: s, tmi: s, tnf: s, ula: n(6), uwm: s, umi: s, unf: n(0) };
  add({
    file: "Falkirk Council FOI F-15-0771.xlsx",
    code: C.falkirk,
    answers: a,
    planted: [
      {
        problem: "small counts replaced by 'x' (disclosure control)",
        codes: ["value_suppressed"],
        authority: C.falkirk,
      },
    ],
    bytes: () =>
      qaBook(
        "Falkirk Council",
        "F-15-0771",
        [["Falkirk Council"], [`Freedom of Information (Scotland) Act 2002 - F-15-0771 - ${PERIOD}`]],
        a,
        CLA,
        false,
        [["x = a number between 1 and 4, withheld to protect the identity of the children concerned."]],
      ),
  });
}

// Aberdeenshire: "fewer than five" and withheld answers.
{
  const w = ref("Withheld - section 38(1)(b)");
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ula: n(4), uwm: sup("fewer than five"), umi: w, unf: w };
  add({
    file: "Aberdeenshire Council FOISA ENQ-15-3120.csv",
    code: C.aberdeenshire,
    answers: a,
    planted: [
      {
        problem: "UASC who went missing given as 'fewer than five'; their episodes and not found withheld (s38)",
        codes: ["value_suppressed", "value_refused"],
        authority: C.aberdeenshire,
      },
    ],
    bytes: () =>
      csv([
        ["Aberdeenshire Council - FOISA ENQ-15-3120"],
        [PERIOD],
        [],
        ["Question", "Response"],
        ...qaCsv(a, CHILDREN_IN_CARE),
      ]),
  });
}

// Redbridge: a first return, then a correction that changes the UASC missing episodes.
{
  const first: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [36, 5, 14, 1]) };
  const second: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [36, 5, 16, 1]) };
  add({
    file: "Redbridge FOI 2015-3390.xlsx",
    code: C.redbridge,
    answers: first,
    bytes: () =>
      qaBook(
        "London Borough of Redbridge",
        "FOI 2015-3390",
        [["London Borough of Redbridge"], [`FOI 2015-3390 - ${PERIOD}`]],
        first,
        IN_OUR_CARE,
        true,
      ),
  });
  add({
    file: "Redbridge FOI 2015-3390 corrected.csv",
    code: C.redbridge,
    answers: second,
    planted: [
      {
        problem: "corrected return gives 16 UASC missing episodes; the first return said 14",
        codes: ["duplicate_conflict", "value_conflict"],
        authority: C.redbridge,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Redbridge"],
        [`FOI 2015-3390 (corrected figures) - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(second, IN_OUR_CARE, true),
      ]),
  });
}

// Hillingdon: figures for the 2014-15 financial year.
{
  const a: Answers = { ...four("t", [5, 2, 3, 0]), ...four("u", [112, 14, 38, 4]) };
  add({
    file: "Hillingdon FOI 15-08871.xlsx",
    code: C.hillingdon,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for the financial year 1 April 2014 to 31 March 2015",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.hillingdon,
      },
    ],
    bytes: () =>
      qaBook(
        "London Borough of Hillingdon",
        "Response",
        [
          ["London Borough of Hillingdon"],
          ["FOI 15-08871"],
          ["Figures cover 1 April 2014 to 31 March 2015 (financial year 2014/15)"],
        ],
        a,
        CHILDREN_IN_CARE,
      ),
  });
}

// Tameside: more UASC went missing than were looked after.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [4, 5, 7, 0]) };
  add({
    file: "Tameside MBC FOI 15-2290.csv",
    code: C.tameside,
    answers: a,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "5 UASC went missing but only 4 were looked after",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.tameside,
      },
    ],
    bytes: () =>
      csv([
        ["Tameside Metropolitan Borough Council"],
        [`FOI 15-2290 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, ACCOMMODATED),
      ]),
  });
}

// Wolverhampton: fewer missing episodes than trafficked children who went missing.
{
  const a: Answers = { ...four("t", [4, 3, 2, 0]), ...four("u", [20, 2, 4, 0]) };
  add({
    file: "City of Wolverhampton Council FOI 15-1018.xlsx",
    code: C.wolverhampton,
    answers: a,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "3 trafficked children went missing but only 2 missing episodes are given",
        codes: ["check_incidents_below_children"],
        authority: C.wolverhampton,
      },
    ],
    bytes: () =>
      qaBook(
        "City of Wolverhampton Council",
        "FOI 15-1018",
        [["City of Wolverhampton Council"], [`FOI 15-1018 - ${PERIOD}`]],
        a,
        CLA,
      ),
  });
}

// Kirklees: identified + suspected does not equal the total.
{
  const a: Answers = { tid: n(1), tsu: n(3), tla: n(5), twm: n(2), tmi: n(2), tnf: n(0), ...four("u", [17, 2, 5, 0]) };
  add({
    file: "Kirklees Council FOI 15-6650.xlsx",
    code: C.kirklees,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (1) + suspected (3) does not equal the trafficked total (5)",
        codes: ["check_parts_sum"],
        authority: C.kirklees,
      },
    ],
    bytes: () =>
      xlsx("Kirklees Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-6650");
        widths(ws, [8, 85, 12]);
        put(ws, 1, 1, [
          ["Kirklees Council - FOI 15-6650"],
          [PERIOD],
          [],
          ["1(a)", "Children in care identified as victims of trafficking", cell(a, "tid")],
          ["1(b)", "Children in care suspected of being victims of trafficking", cell(a, "tsu")],
          ["1(c)", "Total trafficked children in care (identified or suspected)", cell(a, "tla")],
          ["2", "Of 1(c), how many went missing", cell(a, "twm")],
          ["3", "Of 1(c), how many missing episodes", cell(a, "tmi")],
          ["4", "Of 1(c), how many are still missing", cell(a, "tnf")],
          ["5", "Unaccompanied asylum seeking children in care", cell(a, "ula")],
          ["6", "Of 5, how many went missing", cell(a, "uwm")],
          ["7", "Of 5, how many missing episodes", cell(a, "umi")],
          ["8", "Of 5, how many are still missing", cell(a, "unf")],
        ]);
      }),
  });
}

// Rotherham: UASC nationality table sums to 5, but 6 went missing.
{
  const a: Answers = { ...four("t", [6, 2, 3, 0]), ...four("u", [13, 6, 10, 1]) };
  add({
    file: "Rotherham MBC FOI 15-1412.xlsx",
    code: C.rotherham,
    answers: a,
    planted: [
      {
        problem: "UASC nationality table sums to 5 but 6 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.rotherham,
      },
    ],
    bytes: () =>
      xlsx("Rotherham Metropolitan Borough Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Rotherham Metropolitan Borough Council - FOI 15-1412"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qaXl(a, IN_OUR_CARE),
          [],
          ["Nationality of UASC who went missing", "Number"],
          ["Afghanistan", 2],
          ["Eritrea", 1],
          ["Sudan", 1],
          ["Syria", 1],
        ]);
      }),
  });
}

// Enfield: UASC went missing but no missing episodes.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [64, 2, 0, 0]) };
  add({
    file: "Enfield Council FOI 15-4482.csv",
    code: C.enfield,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "2 UASC went missing but 0 missing episodes are given",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.enfield,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Enfield"],
        [`FOI 15-4482 - ${PERIOD}`],
        [],
        ["Question", "Response"],
        ...qaCsv(a, CHILDREN_IN_CARE),
      ]),
  });
}

// West Sussex: not-found total (3) is not trafficked (0) + UASC (2).
{
  const a: Answers = { ...four("t", [4, 1, 1, 0]), ...four("u", [48, 6, 13, 2]), nf: n(3) };
  add({
    file: "West Sussex CC FOI 15-5590.xlsx",
    code: C.westSussex,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not located (3) is not trafficked (0) + UASC (2) not located",
        codes: ["check_not_found_total"],
        authority: C.westSussex,
      },
    ],
    bytes: () =>
      qaBook(
        "West Sussex County Council",
        "FOI 15-5590",
        [["West Sussex County Council"], [`FOI 15-5590 - ${PERIOD}`]],
        a,
        [...CLA, ["nf", "Total children (trafficked and UASC) not yet located"]],
      ),
  });
}

// Ealing: a scanned PDF.
add({
  file: "Ealing Council FOI 15-2218 response (scan).pdf",
  code: C.ealing,
  answers: {},
  planted: [
    {
      problem: "response sent as a scanned PDF with no text",
      codes: ["file_scanned", "file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.ealing,
    },
  ],
  bytes: () => scannedPdf(),
});

// Brent: an Excel 97-2003 workbook.
add({
  file: "Brent Council FOI 15-6021.xls",
  code: C.brent,
  answers: {},
  planted: [
    {
      problem: "response sent as an Excel 97-2003 (.xls) workbook",
      codes: ["file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.brent,
    },
  ],
  bytes: () => legacyXls("Brent Council FOI 15-6021 trafficked and UASC looked after"),
});

// Barnet: an empty CSV.
add({
  file: "Barnet FOI 15-3371.csv",
  code: C.barnet,
  answers: {},
  planted: [{ problem: "the CSV is empty (0 bytes)", codes: ["file_empty", "file_no_figures"], authority: C.barnet }],
  bytes: () => new Uint8Array(0),
});

// Havering: a truncated workbook.
add({
  file: "Havering Council FOI 15-1140.xlsx",
  code: C.havering,
  answers: {},
  planted: [
    {
      problem: "the workbook is cut short and cannot be opened",
      codes: ["file_corrupt", "file_unparsed"],
      authority: C.havering,
    },
  ],
  bytes: async () => {
    const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [30, 4, 9, 0]) };
    const whole = await qaBook(
      "London Borough of Havering",
      "Response",
      [["London Borough of Havering"], [PERIOD]],
      a,
      CLA,
    );
    return whole.slice(0, Math.floor(whole.length * 0.4));
  },
});

// A CSV naming no authority anywhere.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [10, 2, 3, 0]) };
  add({
    file: "FOI 3345 response - trafficked & UASC.csv",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "CSV names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      csv([
        ["Freedom of Information request 3345"],
        [`Period: ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, CLA),
      ]),
  });
}

// A workbook named Harrow whose content is Hounslow's.
{
  const a: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [47, 5, 11, 1]) };
  add({
    file: "Harrow FOI 15-2231.xlsx",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.harrow, C.hounslow],
    planted: [
      {
        problem: "file name says Harrow, content is the London Borough of Hounslow's",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: () =>
      qaBook(
        "London Borough of Hounslow",
        "Response",
        [["London Borough of Hounslow"], [`FOI 15-2231 - ${PERIOD}`]],
        a,
        IN_OUR_CARE,
      ),
  });
}

// Warwickshire: UASC not found answered "See covering letter" (no covering letter came).
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ula: n(33), uwm: n(4), umi: n(9), unf: nx("See covering letter") };
  add({
    file: "Warwickshire CC FOI 15-0417.csv",
    code: C.warwickshire,
    answers: a,
    planted: [
      {
        problem: "UASC not found answered 'See covering letter', and there is no covering letter",
        codes: ["value_unparsed", "value_not_answered"],
        authority: C.warwickshire,
      },
    ],
    bytes: () =>
      csv([
        ["Warwickshire County Council"],
        [`FOI 15-0417 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, ACCOMMODATED),
      ]),
  });
}

// Somerset: UASC looked after "approx 30".
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ula: nx("approx 30"), uwm: n(3), umi: n(4), unf: n(0) };
  add({
    file: "Somerset County Council FOI SCC-15-2119.xlsx",
    code: C.somerset,
    answers: a,
    planted: [{ problem: "UASC looked after answered 'approx 30'", codes: ["value_unparsed"], authority: C.somerset }],
    bytes: () =>
      qaBook(
        "Somerset County Council",
        "Response",
        [["Somerset County Council"], [`FOI SCC-15-2119 - ${PERIOD}`]],
        a,
        CHILDREN_IN_CARE,
      ),
  });
}

// Suffolk: trafficked not found answered "Unknown".
{
  const a: Answers = { tla: n(3), twm: n(2), tmi: n(3), tnf: nx("Unknown"), ...four("u", [40, 5, 9, 1]) };
  add({
    file: "Suffolk CC FOI 15-5051.csv",
    code: C.suffolk,
    answers: a,
    planted: [
      {
        problem: "trafficked children not found answered 'Unknown'",
        codes: ["value_unparsed", "value_not_held", "value_not_answered"],
        authority: C.suffolk,
      },
    ],
    bytes: () =>
      csv([
        ["Suffolk County Council"],
        [`FOI 15-5051 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, IN_OUR_CARE),
      ]),
  });
}

// Newham: UASC looked after given as a snapshot on one day, not over the period.
{
  const a: Answers = {
    ...four("t", [7, 2, 4, 1]),
    ula: nx("52 (as at 31 March 2015)"),
    uwm: n(9),
    umi: n(20),
    unf: n(1),
  };
  add({
    file: "Newham FOI 15-33871.xlsx",
    code: C.newham,
    answers: a,
    planted: [
      {
        problem: "UASC looked after given as a count on one day (31 March 2015), not over the period",
        codes: [
          "figure_other_period",
          "label_outside_request",
          "period_approximate",
          "period_mismatch",
          "value_unparsed",
        ],
        authority: C.newham,
      },
    ],
    bytes: () =>
      qaBook(
        "London Borough of Newham",
        "Response",
        [["London Borough of Newham"], [`FOI 15-33871 - ${PERIOD}`]],
        a,
        CLA,
      ),
  });
}

// Shropshire: only the "identified" part of the trafficked figure.
{
  const a: Answers = { tid: n(2), twm: n(1), tmi: n(1), tnf: n(0), ...four("u", [9, 1, 2, 0]) };
  add({
    file: "Shropshire Council FOI 15-0764.xlsx",
    code: C.shropshire,
    answers: a,
    planted: [
      {
        problem: "trafficked figure gives only children identified as trafficked (no suspected, no total)",
        codes: ["check_part_without_total"],
        authority: C.shropshire,
      },
    ],
    bytes: () =>
      xlsx("Shropshire Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-0764");
        widths(ws, [85, 12]);
        put(ws, 1, 1, [
          ["Shropshire Council - FOI 15-0764"],
          [PERIOD],
          [],
          ["Question", "Answer"],
          ["Looked after children identified as victims of trafficking", cell(a, "tid")],
          ["Of these, how many went missing", cell(a, "twm")],
          ["Of these, number of missing episodes", cell(a, "tmi")],
          ["Of these, number still missing", cell(a, "tnf")],
          ["Looked after unaccompanied asylum seeking children", cell(a, "ula")],
          ["Of these, how many went missing", cell(a, "uwm")],
          ["Of these, number of missing episodes", cell(a, "umi")],
          ["Of these, number still missing", cell(a, "unf")],
        ]);
      }),
  });
}

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout10/. */
export function buildHoldout10(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout10", specs);
}

/** Write the corpus to `dir` (fixtures/holdout10), replacing what is there. */
export async function generateHoldout10(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout10());
}
