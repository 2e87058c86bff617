/**
 * The eleventh blind holdout corpus for issue 2 (fixtures/holdout11): another
 * fresh cross-section of a 217-council round, written without reading the
 * ingest's matching, parsing, identification or synonym data, and without
 * reusing the wording of earlier corpora. Phrasings are this writer's own
 * ("thought to be victims of child trafficking", "reported missing at least
 * once", "occasions", "remain missing and have not been traced", "ran away",
 * "unaccompanied children seeking asylum", Welsh/English labels ...).
 *
 * About half the returns are ordinary. The rest carry difficulties, with the
 * weight on things that could put a figure under the wrong measure or group:
 *
 *   - group named only in a section heading ("Section A" / "Section B") or
 *     only by question number ("the children in Q5");
 *   - UASC asked first; columns in an unusual order; a Total row; a Total
 *     column; groups as columns; one sheet per group;
 *   - a comparison column for the previous year; a hidden draft sheet with
 *     other numbers; a point-in-time count beside the period count;
 *   - rows near a measure but outside the request: absences (not missing),
 *     children since located, age bands under a total, UASC also thought to
 *     be trafficked, all looked-after children, episodes split by length;
 *   - formulas with cached results, footnote marks, numbers as text, nil /
 *     none, padded numbers, semicolon / tab / Windows-1252 CSVs, an episode
 *     list with text dates, a nationality table, an agreeing second copy;
 *   - planted problems: suppression, partial refusal, not held, whole-document
 *     refusal and not-held letters, conflicting resubmission, calendar-year
 *     return, every check rule broken once, an average instead of a count,
 *     "approx.", only the "suspected" part, blank answers, scanned PDF, .xls,
 *     header-only CSV, truncated workbook, no authority named, misnamed file.
 *
 *   fixtures/holdout11/returns/      the returns
 *   fixtures/holdout11/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout11/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                    "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout11/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model, byte helpers and corpus writer are shared with holdout4
 * (test/holdout4/model.ts, bytes.ts, corpus.ts). Deterministic. Rewrite with
 *
 *   WRITE_HOLDOUT11=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout11
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
  redcar: "E06000003",
  stockton: "E06000004",
  warrington: "E06000007",
  hull: "E06000010",
  eastRiding: "E06000011",
  nottingham: "E06000018",
  bathNes: "E06000022",
  plymouth: "E06000026",
  swindon: "E06000030",
  peterborough: "E06000031",
  luton: "E06000032",
  thurrock: "E06000034",
  medway: "E06000035",
  reading: "E06000038",
  slough: "E06000039",
  portsmouth: "E06000044",
  southampton: "E06000045",
  cornwall: "E06000052",
  bolton: "E08000001",
  rochdale: "E08000005",
  stockport: "E08000007",
  wigan: "E08000010",
  wirral: "E08000015",
  doncaster: "E08000017",
  coventry: "E08000026",
  sandwell: "E08000028",
  solihull: "E08000029",
  walsall: "E08000030",
  bradford: "E08000032",
  bexley: "E09000004",
  bromley: "E09000006",
  croydon: "E09000008",
  hammersmith: "E09000013",
  kensington: "E09000020",
  lewisham: "E09000023",
  sutton: "E09000029",
  towerHamlets: "E09000030",
  walthamForest: "E09000031",
  cambridgeshire: "E10000003",
  derbyshire: "E10000007",
  devon: "E10000008",
  lancashire: "E10000017",
  leicestershire: "E10000018",
  lincolnshire: "E10000019",
  northamptonshire: "E10000021",
  northYorkshire: "E10000023",
  oxfordshire: "E10000025",
  staffordshire: "E10000028",
  worcestershire: "E10000034",
  cardiff: "W06000015",
  gwynedd: "W06000002",
  fife: "S12000015",
  highland: "S12000017",
  belfast: "N09000003",
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

const THOUGHT_TO_BE: Labels = [
  ["tla", "Number of looked after children who were known to be, or thought to be, victims of child trafficking"],
  ["twm", "How many of those trafficked children were reported missing at least once?"],
  ["tmi", "Total number of occasions on which those trafficked children were reported missing"],
  ["tnf", "Number of those trafficked children who remain missing and have not been traced"],
  ["ula", "Number of looked after children who were unaccompanied asylum seekers"],
  ["uwm", "How many of the unaccompanied asylum seekers were reported missing at least once?"],
  ["umi", "Total number of occasions on which those unaccompanied asylum seekers were reported missing"],
  ["unf", "Number of those unaccompanied asylum seekers who remain missing and have not been traced"],
];

const DASHED: Labels = [
  ["tla", "Trafficked / suspected trafficked - looked after"],
  ["twm", "Trafficked / suspected trafficked - children missing"],
  ["tmi", "Trafficked / suspected trafficked - missing occurrences"],
  ["tnf", "Trafficked / suspected trafficked - still not found"],
  ["ula", "UASC - looked after"],
  ["uwm", "UASC - children missing"],
  ["umi", "UASC - missing occurrences"],
  ["unf", "UASC - still not found"],
];

const RAN_AWAY: Labels = [
  ["tla", "Looked after children who were victims, or suspected victims, of human trafficking"],
  ["twm", "Of those trafficked children, the number who ran away or went missing from care"],
  ["tmi", "The number of separate missing episodes for those trafficked children"],
  ["tnf", "Of the trafficked children who went missing, the number not yet found"],
  ["ula", "Unaccompanied children seeking asylum who were looked after"],
  ["uwm", "Of those unaccompanied children, the number who ran away or went missing from care"],
  ["umi", "The number of separate missing episodes for those unaccompanied children"],
  ["unf", "Of the unaccompanied children who went missing, the number not yet found"],
];

const SUBJECT_TO: Labels = [
  ["tla", "Children subject to a care order or accommodated under s.20 who were trafficked or believed trafficked"],
  ["twm", "Trafficked children (as above) with at least one missing from care episode"],
  ["tmi", "Missing from care episodes - trafficked children"],
  ["tnf", "Trafficked children still missing at the date of this response"],
  ["ula", "Unaccompanied asylum seeking children in the care of the authority"],
  ["uwm", "Unaccompanied asylum seeking children with at least one missing from care episode"],
  ["umi", "Missing from care episodes - unaccompanied asylum seeking children"],
  ["unf", "Unaccompanied asylum seeking children still missing at the date of this response"],
];

const WELSH: Labels = [
  [
    "tla",
    "Plant sy'n derbyn gofal a nodwyd neu yr amheuir eu bod wedi'u masnachu / Looked after children identified or suspected as trafficked",
  ],
  ["twm", "Plant wedi'u masnachu a aeth ar goll / Trafficked children who went missing"],
  ["tmi", "Nifer y digwyddiadau coll - plant wedi'u masnachu / Missing episodes - trafficked children"],
  ["tnf", "Plant wedi'u masnachu sydd heb eu canfod / Trafficked children not yet found"],
  [
    "ula",
    "Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Unaccompanied asylum seeking children looked after",
  ],
  [
    "uwm",
    "Plant ar eu pen eu hunain sy'n ceisio lloches a aeth ar goll / Unaccompanied asylum seeking children who went missing",
  ],
  [
    "umi",
    "Nifer y digwyddiadau coll - plant ar eu pen eu hunain sy'n ceisio lloches / Missing episodes - unaccompanied asylum seeking children",
  ],
  [
    "unf",
    "Plant ar eu pen eu hunain sy'n ceisio lloches sydd heb eu canfod / Unaccompanied asylum seeking children not yet found",
  ],
];

const YOUNG_PEOPLE: Labels = [
  ["tla", "Looked after children and young people who were trafficked, or where trafficking was suspected"],
  ["twm", "Number of those trafficked young people who have been missing"],
  ["tmi", "Number of missing person reports made for those trafficked young people"],
  ["tnf", "Number of those trafficked young people who have not been found"],
  ["ula", "Looked after unaccompanied asylum seeking young people"],
  ["uwm", "Number of those unaccompanied asylum seeking young people who have been missing"],
  ["umi", "Number of missing person reports made for those unaccompanied asylum seeking young people"],
  ["unf", "Number of those unaccompanied asylum seeking young people who have not been found"],
];

const PERIOD = "1 October 2014 – 30 September 2015";
const SLASHED = "01/10/2014 to 30/09/2015";
const MONTHS = "October 2014 to September 2015 inclusive";
const ORDINAL = "between 1st October 2014 and 30th September 2015";

const qaXl = (a: Answers, labels: Labels, prefix?: string): ExcelJS.CellValue[][] =>
  labels.map(([k, l], i) => (prefix !== undefined ? [`${prefix}${i + 1}`, l, cell(a, k)] : [l, cell(a, k)]));
const qaCsv = (a: Answers, labels: Labels, prefix?: string): string[][] =>
  labels.map(([k, l], i) => (prefix !== undefined ? [`${prefix}${i + 1}`, l, raw(a, k)] : [l, raw(a, k)]));

function qaBook(
  org: string,
  sheet: string,
  head: readonly ExcelJS.CellValue[][],
  a: Answers,
  labels: Labels,
  o: { prefix?: string; header?: readonly string[]; tail?: readonly ExcelJS.CellValue[][] } = {},
): Promise<Uint8Array> {
  return xlsx(org, (wb) => {
    const ws = wb.addWorksheet(sheet);
    const numbered = o.prefix !== undefined;
    widths(ws, numbered ? [7, 100, 14] : [100, 14]);
    put(ws, 1, 1, [
      ...head,
      [],
      [...(o.header ?? (numbered ? ["No.", "Question", "Figure"] : ["Question", "Figure"]))],
      ...qaXl(a, labels, o.prefix),
      ...(o.tail?.length ? [[], ...o.tail] : []),
    ]);
  });
}

const REVIEW = [
  "Should you be dissatisfied with the handling of your request you may ask for an internal review.",
  "Please write to the Information Governance Team within 40 working days of this letter. If you remain",
  "dissatisfied afterwards you may refer the matter to the Information Commissioner's Office.",
];

// ================================================================================================
// 1. ORDINARY RETURNS
// ================================================================================================

// Redcar and Cleveland: question/answer workbook.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [4, 1, 2, 0]) };
  add({
    file: "Redcar & Cleveland BC FOI 2015-1187.xlsx",
    code: C.redcar,
    answers: a,
    bytes: () =>
      qaBook(
        "Redcar and Cleveland Borough Council",
        "FOI response",
        [["Redcar and Cleveland Borough Council"], ["Freedom of Information request 2015-1187"], [`Period: ${PERIOD}`]],
        a,
        THOUGHT_TO_BE,
      ),
  });
}

// Stockton-on-Tees: tab-delimited export saved as .csv.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [7, 2, 5, 0]) };
  add({
    file: "Stockton-on-Tees FOI 4471-15.csv",
    code: C.stockton,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Stockton-on-Tees Borough Council"],
          [`FOI 4471-15 | ${SLASHED}`],
          [],
          ["Item", "Number"],
          ...qaCsv(a, DASHED),
        ],
        { delimiter: "\t" },
      ),
  });
}

// Warrington: letter with "Q1:" lines and the answer after a dash.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [6, 1, 1, 0]) };
  add({
    file: "Warrington BC FOI 15-772 reply.txt",
    code: C.warrington,
    answers: a,
    bytes: () =>
      letter([
        "Warrington Borough Council",
        "New Town House, Buttermarket Street, Warrington WA1 2NH",
        "",
        "Our ref: FOI 15-772",
        "20 November 2015",
        "",
        "Dear Requester",
        "",
        `Thank you for your request concerning looked after children, for the period ${ORDINAL}.`,
        "Our answers follow each question.",
        "",
        ...RAN_AWAY.map(([k, l], i) => `Q${i + 1}: ${l} - ${raw(a, k)}`),
        "",
        ...REVIEW,
        "",
        "Kind regards",
        "Information Governance",
      ]),
  });
}

// Kingston upon Hull: grid, groups as rows, measures as columns.
{
  const a: Answers = { ...four("t", [3, 1, 4, 0]), ...four("u", [15, 3, 6, 1]) };
  add({
    file: "Hull City Council FOI 000915.xlsx",
    code: C.hull,
    answers: a,
    bytes: () =>
      xlsx("Hull City Council", (wb) => {
        const ws = wb.addWorksheet("Data");
        widths(ws, [46, 18, 20, 20, 18]);
        put(ws, 1, 1, [
          ["Hull City Council - FOI 000915"],
          [`Looked after children, ${PERIOD}`],
          [],
          [
            "Cohort",
            "Children looked after",
            "Children who went missing",
            "Total missing episodes",
            "Children still missing",
          ],
          ["Trafficked (known or suspected)", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")],
          ["Unaccompanied asylum seeking", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// East Riding: semicolon CSV saved from Excel in Windows-1252.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 0, 0, 0]) };
  add({
    file: "East Riding of Yorkshire Council FOI 8120.csv",
    code: C.eastRiding,
    answers: a,
    bytes: () =>
      csv(
        [
          ["East Riding of Yorkshire Council – Freedom of Information 8120"],
          [`Children’s Services – ${PERIOD}`],
          [],
          ["Question", "Response"],
          ...qaCsv(a, YOUNG_PEOPLE),
        ],
        { delimiter: ";", encoding: "cp1252" },
      ),
  });
}

// Nottingham: numbered workbook, numbers stored as text.
{
  const a: Answers = {
    tla: t(5),
    twm: t(2),
    tmi: t(3),
    tnf: t(1),
    ula: t(22),
    uwm: t(4),
    umi: t(9),
    unf: t(0),
  };
  add({
    file: "Nottingham City Council FOI NCC-8812.xlsx",
    code: C.nottingham,
    answers: a,
    bytes: () =>
      qaBook(
        "Nottingham City Council",
        "NCC-8812",
        [["Nottingham City Council"], ["Children and Families - Freedom of Information NCC-8812"], [MONTHS]],
        a,
        SUBJECT_TO,
        { prefix: "" },
      ),
  });
}

// Plymouth: CSV with padded figures, "None" and "Nil".
{
  const a: Answers = {
    tla: as(" 2 ", 2),
    twm: as("None", 0),
    tmi: as("None", 0),
    tnf: as("None", 0),
    ula: as(" 11 ", 11),
    uwm: n(2),
    umi: n(3),
    unf: as("Nil", 0),
  };
  add({
    file: "Plymouth City Council FOI PCC-15-0461.csv",
    code: C.plymouth,
    answers: a,
    bytes: () =>
      csv([
        ["Plymouth City Council"],
        [`Information request PCC-15-0461: ${PERIOD}`],
        [],
        ["Information requested", "Our response"],
        ...qaCsv(a, THOUGHT_TO_BE),
      ]),
  });
}

// Luton: grid with the groups as columns and measures as rows.
{
  const a: Answers = { ...four("t", [4, 2, 2, 0]), ...four("u", [19, 5, 12, 1]) };
  add({
    file: "Luton BC FOI 15-3365.xlsx",
    code: C.luton,
    answers: a,
    bytes: () =>
      xlsx("Luton Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-3365");
        widths(ws, [40, 26, 26]);
        put(ws, 1, 1, [
          ["Luton Borough Council"],
          [`FOI 15-3365 - looked after children ${SLASHED}`],
          [],
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking"],
          ["Looked after during the period", cell(a, "tla"), cell(a, "ula")],
          ["Went missing at least once", cell(a, "twm"), cell(a, "uwm")],
          ["Number of times missing", cell(a, "tmi"), cell(a, "umi")],
          ["Still missing / not found", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Medway: a coded one-row export, and the same figures again as a workbook (they agree).
{
  const a: Answers = { ...four("t", [6, 2, 5, 1]), ...four("u", [31, 6, 14, 2]) };
  add({
    file: "Medway Council FOI 11934 data.csv",
    code: C.medway,
    answers: a,
    bytes: () =>
      csv([
        [
          "LA_NAME",
          "LA_GSS",
          "PERIOD_FROM",
          "PERIOD_TO",
          "CLA_TRAFFICKED",
          "CLA_TRAFFICKED_MISSING_CHILD",
          "CLA_TRAFFICKED_MISSING_EPISODES",
          "CLA_TRAFFICKED_NOT_FOUND",
          "CLA_UASC",
          "CLA_UASC_MISSING_CHILD",
          "CLA_UASC_MISSING_EPISODES",
          "CLA_UASC_NOT_FOUND",
        ],
        [
          "Medway Council",
          C.medway,
          "2014-10-01",
          "2015-09-30",
          raw(a, "tla"),
          raw(a, "twm"),
          raw(a, "tmi"),
          raw(a, "tnf"),
          raw(a, "ula"),
          raw(a, "uwm"),
          raw(a, "umi"),
          raw(a, "unf"),
        ],
      ]),
  });
  add({
    file: "Medway Council FOI 11934 response.xlsx",
    code: C.medway,
    answers: a,
    bytes: () =>
      qaBook(
        "Medway Council",
        "Response",
        [["Medway Council"], ["FOI 11934"], [`Reporting period ${PERIOD}`]],
        a,
        DASHED,
      ),
  });
}

// Reading: letter with the figure at the end of each question.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [9, 1, 1, 0]) };
  add({
    file: "Reading BC - FOI 6620 - response letter.txt",
    code: C.reading,
    answers: a,
    bytes: () =>
      letter([
        "Reading Borough Council",
        "Civic Offices, Bridge Street, Reading RG1 2LU",
        "",
        "Freedom of Information Act 2000 - request 6620",
        "",
        `The figures below relate to children looked after by Reading Borough Council ${ORDINAL}.`,
        "",
        ...SUBJECT_TO.map(([k, l], i) => `${i + 1}) ${l}: ${raw(a, k)}`),
        "",
        ...REVIEW,
        "",
        "Yours sincerely",
        "Access to Information Officer",
      ]),
  });
}

// Slough: the group is named only in the section headings.
{
  const a: Answers = { ...four("t", [2, 1, 3, 1]), ...four("u", [17, 4, 7, 0]) };
  add({
    file: "Slough Borough Council FOI 15-5890.xlsx",
    code: C.slough,
    answers: a,
    bytes: () =>
      xlsx("Slough Borough Council", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [8, 70, 12]);
        put(ws, 1, 1, [
          ["Slough Borough Council - Freedom of Information 15-5890"],
          [`Reporting period: ${PERIOD}`],
          [],
          ["Section A: looked after children who were trafficked, or suspected of being trafficked"],
          ["A1", "Number of children", cell(a, "tla")],
          ["A2", "Number of these children who went missing", cell(a, "twm")],
          ["A3", "Number of missing episodes for these children", cell(a, "tmi")],
          ["A4", "Number of these children not found", cell(a, "tnf")],
          [],
          ["Section B: unaccompanied asylum seeking children who were looked after"],
          ["B1", "Number of children", cell(a, "ula")],
          ["B2", "Number of these children who went missing", cell(a, "uwm")],
          ["B3", "Number of missing episodes for these children", cell(a, "umi")],
          ["B4", "Number of these children not found", cell(a, "unf")],
        ]);
      }),
  });
}

// Portsmouth: UASC episodes total is a formula over a split by length (cached result kept).
{
  const a: Answers = {
    ...four("t", [3, 1, 1, 0]),
    ula: n(26),
    uwm: n(5),
    umi: { raw: "=C12+C13", reading: "exact", value: 8, xl: { formula: "C12+C13", result: 8, date1904: false } },
    unf: n(1),
  };
  add({
    file: "Portsmouth City Council FOI 15-2077.xlsx",
    code: C.portsmouth,
    answers: a,
    bytes: () =>
      xlsx("Portsmouth City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [6, 80, 12]);
        put(ws, 1, 1, [
          ["Portsmouth City Council - FOI 15-2077"],
          [`Period: ${PERIOD}`],
          [],
          ["Q", "Request", "Answer"],
          ["1", "Looked after children who were victims of trafficking (identified or suspected)", cell(a, "tla")],
          ["2", "How many of the children in Q1 went missing", cell(a, "twm")],
          ["3", "Missing episodes for the children in Q2", cell(a, "tmi")],
          ["4", "How many of the children in Q2 remain missing", cell(a, "tnf")],
          ["5", "Unaccompanied asylum seeking children looked after", cell(a, "ula")],
          ["6", "How many unaccompanied asylum seeking children went missing", cell(a, "uwm")],
          ["7", "Total missing episodes for unaccompanied asylum seeking children", cell(a, "umi")],
          ["", "   of which lasting less than 24 hours", 5],
          ["", "   of which lasting 24 hours or longer", 3],
          ["8", "How many unaccompanied asylum seeking children remain missing", cell(a, "unf")],
        ]);
      }),
  });
}

// Southampton: footnote marks on the figures, notes underneath.
{
  const a: Answers = {
    tla: as("4*", 4),
    twm: n(1),
    tmi: as("2 (a)", 2),
    tnf: n(0),
    ula: as("28*", 28),
    uwm: n(3),
    umi: as("6 (a)", 6),
    unf: n(0),
  };
  add({
    file: "Southampton City Council FOI 15-4039.csv",
    code: C.southampton,
    answers: a,
    bytes: () =>
      csv([
        ["Southampton City Council"],
        [`FOI 15-4039 - ${SLASHED}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, RAN_AWAY),
        [],
        ["* counted once even where the child had more than one placement in the period"],
        ["(a) an episode is counted from the time the child is reported missing to the police"],
      ]),
  });
}

// Bolton: letter with "Question n -" and "Answer:" lines.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [8, 2, 2, 0]) };
  add({
    file: "Bolton Council FOI 15-10932 response.txt",
    code: C.bolton,
    answers: a,
    bytes: () =>
      letter([
        "Bolton Council",
        "Town Hall, Bolton BL1 1RU",
        "",
        "Information request 15-10932",
        "",
        "Dear Sir/Madam",
        "",
        `We have now considered your request, which covered ${MONTHS}.`,
        "",
        ...YOUNG_PEOPLE.flatMap(([k, l], i) => [`Question ${i + 1} - ${l}`, `Answer: ${raw(a, k)}`, ""]),
        ...REVIEW,
        "",
        "Yours faithfully",
        "Freedom of Information Officer",
      ]),
  });
}

// North Yorkshire: UASC asked first, then trafficked.
{
  const a: Answers = { ...four("t", [3, 2, 2, 0]), ...four("u", [14, 1, 3, 1]) };
  const order: Labels = [...THOUGHT_TO_BE.slice(4), ...THOUGHT_TO_BE.slice(0, 4)];
  add({
    file: "North Yorkshire CC FOI 15-01988.xlsx",
    code: C.northYorkshire,
    answers: a,
    bytes: () =>
      qaBook(
        "North Yorkshire County Council",
        "Reply",
        [["North Yorkshire County Council"], ["FOI 15-01988"], [`Period covered: ${PERIOD}`]],
        a,
        order,
      ),
  });
}

// Coventry: answers plus a nationality table for the UASC who went missing (sums correctly).
{
  const a: Answers = { ...four("t", [4, 1, 1, 0]), ...four("u", [37, 5, 11, 1]) };
  add({
    file: "Coventry City Council FOI 15-8802.xlsx",
    code: C.coventry,
    answers: a,
    bytes: () =>
      qaBook(
        "Coventry City Council",
        "FOI 15-8802",
        [["Coventry City Council - FOI 15-8802"], [`Period: ${PERIOD}`]],
        a,
        RAN_AWAY,
        {
          tail: [
            ["Nationality of the unaccompanied children who went missing", "Children"],
            ["Afghan", 2],
            ["Eritrean", 1],
            ["Vietnamese", 1],
            ["Iranian", 1],
          ],
        },
      ),
  });
}

// Sandwell: trafficked figure given as identified and suspected (no total).
{
  const a: Answers = { tid: n(1), tsu: n(2), twm: n(1), tmi: n(2), tnf: n(0), ...four("u", [12, 2, 3, 0]) };
  add({
    file: "Sandwell MBC FOI 5521.xlsx",
    code: C.sandwell,
    answers: a,
    bytes: () =>
      xlsx("Sandwell Metropolitan Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI 5521");
        widths(ws, [6, 88, 12]);
        put(ws, 1, 1, [
          ["Sandwell Metropolitan Borough Council - FOI 5521"],
          [`Period: ${PERIOD}`],
          [],
          ["", "Question", "Response"],
          ["1", "Looked after children identified as having been trafficked", cell(a, "tid")],
          ["2", "Looked after children where trafficking was suspected but not confirmed", cell(a, "tsu")],
          ["3", "Of the trafficked children at 1 and 2, the number who went missing", cell(a, "twm")],
          ["4", "Number of missing episodes for the trafficked children at 3", cell(a, "tmi")],
          ["5", "Of the trafficked children at 3, the number not found", cell(a, "tnf")],
          ["6", "Looked after unaccompanied asylum seeking children", cell(a, "ula")],
          ["7", "Of the unaccompanied asylum seeking children, the number who went missing", cell(a, "uwm")],
          ["8", "Number of missing episodes for the unaccompanied asylum seeking children at 7", cell(a, "umi")],
          ["9", "Of the unaccompanied asylum seeking children at 7, the number not found", cell(a, "unf")],
        ]);
      }),
  });
}

// Bradford: looked-after totals, then one row per missing episode with text dates.
{
  const eps: Episode[] = [
    { child: "BR-10442", group: "t", start: [2014, 11, 3], end: [2014, 11, 4] },
    { child: "BR-10442", group: "t", start: [2015, 2, 21], end: [2015, 2, 23] },
    { child: "BR-13307", group: "u", start: [2014, 10, 17], end: [2014, 10, 18] },
    { child: "BR-13307", group: "u", start: [2015, 4, 2], end: null },
    { child: "BR-15120", group: "u", start: [2015, 1, 9], end: [2015, 1, 9] },
    { child: "BR-16011", group: "u", start: [2015, 6, 27], end: [2015, 6, 29] },
    { child: "BR-16011", group: "u", start: [2015, 8, 14], end: [2015, 8, 15] },
  ];
  const a: Answers = { tla: n(3), ula: n(21), ...countEpisodes(eps) };
  const d = (x: readonly [number, number, number] | null) =>
    x ? `${String(x[2]).padStart(2, "0")}/${String(x[1]).padStart(2, "0")}/${x[0]}` : "";
  add({
    file: "Bradford MDC FOI 15-40218 episodes.csv",
    code: C.bradford,
    answers: a,
    bytes: () =>
      csv([
        ["City of Bradford Metropolitan District Council - FOI 15-40218"],
        [`Period: ${SLASHED}`],
        [],
        ["Looked after children known or suspected to be trafficked", raw(a, "tla")],
        ["Looked after unaccompanied asylum seeking children", raw(a, "ula")],
        [],
        ["Missing from care episodes (a blank return date means the child has not been found)"],
        ["Child ref", "Category", "Date reported missing", "Date returned"],
        ...eps.map((e) => [e.child, e.group === "t" ? "Trafficked" : "UASC", d(e.start), d(e.end)]),
      ]),
  });
}

// Cardiff: bilingual Welsh/English workbook.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [24, 3, 4, 0]) };
  add({
    file: "Cyngor Caerdydd - Cardiff Council FOI 15-0990.xlsx",
    code: C.cardiff,
    answers: a,
    bytes: () =>
      qaBook(
        "Cardiff Council",
        "Ymateb - Response",
        [
          ["Cyngor Caerdydd / Cardiff Council"],
          ["Cais Rhyddid Gwybodaeth / Freedom of Information request 15-0990"],
          ["1 Hydref 2014 - 30 Medi 2015 / 1 October 2014 - 30 September 2015"],
        ],
        a,
        WELSH,
        { header: ["Cwestiwn / Question", "Ateb / Answer"] },
      ),
  });
}

// Fife: FOISA letter, numbered answers.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [2, 0, 0, 0]) };
  add({
    file: "Fife Council FOISA 15-3378.txt",
    code: C.fife,
    answers: a,
    bytes: () =>
      letter([
        "Fife Council",
        "Fife House, North Street, Glenrothes KY7 5LT",
        "",
        "Freedom of Information (Scotland) Act 2002 - request 15-3378",
        "",
        "Dear Applicant",
        "",
        `Your request asked about looked after children in Fife ${ORDINAL}. Please find our response below.`,
        "",
        ...YOUNG_PEOPLE.flatMap(([k, l], i) => [`${i + 1}. ${l}`, `Response: ${raw(a, k)}`, ""]),
        "If you are dissatisfied you may ask Fife Council to review its decision within 40 working days.",
        "You then have the right to apply to the Scottish Information Commissioner.",
        "",
        "Yours sincerely",
        "FOI Team",
      ]),
  });
}

// ================================================================================================
// 2. DIFFICULTIES THAT COULD FILE A FIGURE UNDER THE WRONG MEASURE OR GROUP (no planted problem)
// ================================================================================================

// Thurrock: the previous year shown beside the requested year.
{
  const a: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [44, 7, 15, 2]) };
  const prev = { tla: 2, twm: 2, tmi: 5, tnf: 1, ula: 36, uwm: 4, umi: 9, unf: 0 } as const;
  const rows: Labels = [
    ["tla", "Trafficked or suspected trafficked children looked after"],
    ["twm", "   of whom went missing"],
    ["tmi", "   missing episodes"],
    ["tnf", "   not found"],
    ["ula", "Unaccompanied asylum seeking children looked after"],
    ["uwm", "   of whom went missing"],
    ["umi", "   missing episodes"],
    ["unf", "   not found"],
  ];
  add({
    file: "Thurrock Council FOI 15-3104.xlsx",
    code: C.thurrock,
    answers: a,
    bytes: () =>
      xlsx("Thurrock Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [60, 24, 24]);
        put(ws, 1, 1, [
          ["Thurrock Council - FOI 15-3104"],
          [
            "Figures for the period you asked about (1 October 2014 - 30 September 2015), with the previous twelve months for comparison",
          ],
          [],
          ["", "1 Oct 2013 - 30 Sep 2014", "1 Oct 2014 - 30 Sep 2015"],
          ...rows.map(([k, l]) => [l, prev[k as keyof typeof prev], cell(a, k)]),
        ]);
      }),
  });
}

// Bath and North East Somerset: a hidden working sheet with draft figures.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [8, 2, 4, 0]) };
  const draft: Answers = { ...four("t", [2, 1, 3, 1]), ...four("u", [11, 3, 5, 1]) };
  add({
    file: "BANES FOI 15-1654.xlsx",
    code: C.bathNes,
    answers: a,
    bytes: () =>
      xlsx("Bath and North East Somerset Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [100, 12]);
        put(ws, 1, 1, [
          ["Bath and North East Somerset Council"],
          ["FOI 15-1654"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Figure"],
          ...qaXl(a, SUBJECT_TO),
        ]);
        const hidden = wb.addWorksheet("Working draft", { state: "hidden" });
        put(hidden, 1, 1, [["DRAFT - not checked"], [], ["Question", "Figure"], ...qaXl(draft, SUBJECT_TO)]);
      }),
  });
}

// Northamptonshire: UASC looked after over the period and on one day.
{
  const a: Answers = { ...four("t", [5, 2, 4, 1]), ...four("u", [41, 6, 13, 1]) };
  add({
    file: "Northamptonshire CC FOI 2015-0577.csv",
    code: C.northamptonshire,
    answers: a,
    bytes: () =>
      csv([
        ["Northamptonshire County Council"],
        [`FOI 2015-0577 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, THOUGHT_TO_BE.slice(0, 4)),
        ["Number of unaccompanied asylum seekers looked after at any time during the period", raw(a, "ula")],
        ["(for information) unaccompanied asylum seekers looked after on 30 September 2015", "27"],
        ...qaCsv(a, THOUGHT_TO_BE.slice(5)),
      ]),
  });
}

// Worcestershire: absences (not classed as missing) reported beside missing episodes.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [18, 3, 5, 0]) };
  add({
    file: "Worcestershire County Council FOI 15-2930.xlsx",
    code: C.worcestershire,
    answers: a,
    bytes: () =>
      xlsx("Worcestershire County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-2930");
        widths(ws, [95, 12]);
        put(ws, 1, 1, [
          ["Worcestershire County Council - FOI 15-2930"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Response"],
          ...qaXl(a, RAN_AWAY.slice(0, 3)),
          [
            "Episodes of absence for those trafficked children (away from placement without permission, not classed as missing)",
            4,
          ],
          ...qaXl(a, RAN_AWAY.slice(3, 7)),
          [
            "Episodes of absence for those unaccompanied children (away from placement without permission, not classed as missing)",
            11,
          ],
          ...qaXl(a, RAN_AWAY.slice(7)),
        ]);
      }),
  });
}

// Staffordshire: grid with a "returned or located" column beside "still missing".
{
  const a: Answers = { ...four("t", [4, 3, 5, 1]), ...four("u", [33, 6, 10, 0]) };
  add({
    file: "Staffordshire CC FOI 15-00719.csv",
    code: C.staffordshire,
    answers: a,
    bytes: () =>
      csv([
        ["Staffordshire County Council - FOI 15-00719"],
        [`Looked after children ${SLASHED}`],
        [],
        ["Group", "Looked after", "Went missing", "Missing episodes", "Since returned or located", "Still missing"],
        ["Trafficked or suspected trafficked", raw(a, "tla"), raw(a, "twm"), raw(a, "tmi"), "2", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children", raw(a, "ula"), raw(a, "uwm"), raw(a, "umi"), "6", raw(a, "unf")],
      ]),
  });
}

// Lincolnshire: UASC looked after split by age band under the total; all looked-after children for context.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [37, 4, 6, 1]) };
  add({
    file: "Lincolnshire CC FOI 15-1422.xlsx",
    code: C.lincolnshire,
    answers: a,
    bytes: () =>
      xlsx("Lincolnshire County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Lincolnshire County Council - FOI 15-1422"],
          [`Period: ${PERIOD}`],
          [],
          ["For context: all children looked after by the Council at any time in the period", 1004],
          [],
          ["Question", "Answer"],
          ...qaXl(a, THOUGHT_TO_BE.slice(0, 4)),
          ["Unaccompanied asylum seeking children looked after - aged under 16", 6],
          ["Unaccompanied asylum seeking children looked after - aged 16 or 17", 31],
          ["Unaccompanied asylum seeking children looked after - total", cell(a, "ula")],
          ...qaXl(a, THOUGHT_TO_BE.slice(5)),
        ]);
      }),
  });
}

// Kensington and Chelsea: an extra row for UASC who were also thought to be trafficked.
{
  const a: Answers = { ...four("t", [5, 2, 3, 0]), ...four("u", [29, 4, 9, 1]) };
  add({
    file: "RBKC FOI 2015-0866.csv",
    code: C.kensington,
    answers: a,
    bytes: () =>
      csv([
        ["Royal Borough of Kensington and Chelsea"],
        [`Freedom of Information request 2015-0866, ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, YOUNG_PEOPLE.slice(0, 4)),
        ...qaCsv(a, YOUNG_PEOPLE.slice(4)),
        [
          "Of the unaccompanied asylum seeking young people, how many were also considered to be possible victims of trafficking?",
          "3",
        ],
      ]),
  });
}

// Solihull: after the first question of each group, questions refer back by number only.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [13, 2, 5, 1]) };
  const qs: Labels = [
    ["tla", "How many looked after children were identified or suspected as having been trafficked?"],
    ["twm", "Of the children in Q1, how many went missing?"],
    ["tmi", "How many missing episodes were there for the children in Q2?"],
    ["tnf", "How many of the children in Q2 are still missing?"],
    ["ula", "How many unaccompanied asylum seeking children were looked after?"],
    ["uwm", "Of the children in Q5, how many went missing?"],
    ["umi", "How many missing episodes were there for the children in Q6?"],
    ["unf", "How many of the children in Q6 are still missing?"],
  ];
  add({
    file: "Solihull MBC FOI 15-6034.txt",
    code: C.solihull,
    answers: a,
    bytes: () =>
      letter([
        "Solihull Metropolitan Borough Council",
        "Council House, Manor Square, Solihull B91 3QB",
        "",
        "FOI reference 15-6034",
        "",
        "Dear Requester",
        "",
        `Our response to your request for the period ${PERIOD} is set out below.`,
        "",
        ...qs.flatMap(([k, l], i) => [`Q${i + 1}. ${l}`, `${raw(a, k)}`, ""]),
        ...REVIEW,
        "",
        "Yours sincerely",
        "Information Governance Team",
      ]),
  });
}

// Wirral: grid with episodes before children, and a Total row (the not-found total is the request's).
{
  const a: Answers = { ...four("t", [3, 2, 3, 1]), ...four("u", [16, 3, 8, 1]), nf: n(2) };
  add({
    file: "Wirral Council FOI 15-2211.csv",
    code: C.wirral,
    answers: a,
    bytes: () =>
      csv([
        ["Wirral Council"],
        [`FOI 15-2211 - ${MONTHS}`],
        [],
        ["Group", "Missing episodes", "Children who went missing", "Children looked after", "Children not found"],
        ["Trafficked (identified or suspected)", raw(a, "tmi"), raw(a, "twm"), raw(a, "tla"), raw(a, "tnf")],
        ["UASC", raw(a, "umi"), raw(a, "uwm"), raw(a, "ula"), raw(a, "unf")],
        ["Total", "11", "5", "19", raw(a, "nf")],
      ]),
  });
}

// ================================================================================================
// 3. PLANTED PROBLEMS
// ================================================================================================

// Belfast: a district council, not a children's services authority.
add({
  file: "Belfast City Council FOI 15-0621.txt",
  code: C.belfast,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI district council: looked after children are the Belfast HSC Trust's, so nothing is held",
      codes: ["document_not_held", "value_not_held"],
      authority: C.belfast,
    },
  ],
  bytes: () =>
    letter([
      "Belfast City Council",
      "City Hall, Belfast BT1 5GS",
      "",
      "Freedom of Information request 15-0621",
      "",
      "Dear Sir/Madam",
      "",
      "You asked for figures on looked after children who were trafficked or who were unaccompanied asylum",
      `seeking children, and on those who went missing, for ${PERIOD}.`,
      "",
      "Belfast City Council does not provide children's social services. In Northern Ireland looked after",
      "children are the responsibility of the Health and Social Care Trusts. The Council therefore does not",
      "hold the information you requested (section 1(1)(a) of the Freedom of Information Act 2000).",
      "You may wish to send your request to the Belfast Health and Social Care Trust.",
      "",
      ...REVIEW,
      "",
      "Yours faithfully",
      "Information Governance Unit",
    ]),
});

// Lancashire: whole request refused under section 12.
add({
  file: "Lancashire CC FOI 15-9921 refusal notice.txt",
  code: C.lancashire,
  answers: {},
  document: "refused",
  planted: [
    {
      problem: "whole request refused under section 12: trafficking and missing data would need a manual file search",
      codes: ["document_refused", "value_refused"],
      authority: C.lancashire,
    },
  ],
  bytes: () =>
    letter([
      "Lancashire County Council",
      "County Hall, Preston PR1 8XJ",
      "",
      "Our reference: 15-9921",
      "",
      "Dear Requester",
      "",
      `Request: trafficked and unaccompanied asylum seeking children looked after, ${PERIOD}.`,
      "",
      "Our case management system does not record whether a looked after child has been trafficked, and",
      "missing episodes are recorded in case notes. To answer your request we would need to read the files",
      "of every child looked after in the period. We estimate this would take well over 18 hours, which",
      "exceeds the appropriate limit of £450. Section 12 of the Freedom of Information Act 2000 therefore",
      "applies and we are not obliged to comply with your request.",
      "",
      "You may wish to narrow your request, for example to a shorter period.",
      "",
      ...REVIEW,
      "",
      "Yours sincerely",
      "Information Governance",
    ]),
});

// Croydon: not found withheld under section 40.
{
  const a: Answers = {
    tla: n(9),
    twm: n(3),
    tmi: n(7),
    tnf: ref("Withheld - s.40(2) FOIA (third party personal data)"),
    ula: n(402),
    uwm: n(38),
    umi: n(97),
    unf: ref("Withheld - s.40(2) FOIA (third party personal data)"),
  };
  add({
    file: "LB Croydon FOI 2015-8810.csv",
    code: C.croydon,
    answers: a,
    planted: [
      {
        problem: "children still not found withheld for both groups under section 40(2)",
        codes: ["value_refused"],
        authority: C.croydon,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Croydon"],
        [`FOI 2015-8810 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, DASHED),
      ]),
  });
}

// Sutton: small trafficked figures suppressed.
{
  const a: Answers = {
    tla: n(6),
    twm: sup("between 1 and 4"),
    tmi: sup("[c]"),
    tnf: n(0),
    ...four("u", [21, 3, 8, 0]),
  };
  add({
    file: "LB Sutton FOI 4412.xlsx",
    code: C.sutton,
    answers: a,
    planted: [
      {
        problem: "trafficked children who went missing given as 'between 1 and 4' and their episodes as '[c]'",
        codes: ["value_suppressed"],
        authority: C.sutton,
      },
    ],
    bytes: () =>
      qaBook(
        "London Borough of Sutton",
        "Response",
        [["London Borough of Sutton"], ["FOI 4412"], [`Period: ${PERIOD}`]],
        a,
        THOUGHT_TO_BE,
        { tail: [["[c] = figure withheld to prevent identification of individual children"]] },
      ),
  });
}

// Highland: "*" for small numbers (FOISA s38).
{
  const a: Answers = {
    ...four("t", [0, 0, 0, 0]),
    ula: n(7),
    uwm: sup("*"),
    umi: sup("*"),
    unf: n(0),
  };
  add({
    file: "Highland Council FOISA 15-4471.csv",
    code: C.highland,
    answers: a,
    planted: [
      {
        problem: "UASC who went missing and their episodes given as '*' (1 to 4, withheld under FOISA s38)",
        codes: ["value_suppressed"],
        authority: C.highland,
      },
    ],
    bytes: () =>
      csv([
        ["The Highland Council"],
        [`FOISA request 15-4471 - ${PERIOD}`],
        [],
        ["Question", "Response"],
        ...qaCsv(a, YOUNG_PEOPLE),
        [],
        ["* denotes a number from 1 to 4, not released under section 38(1)(b) of FOISA (personal information)"],
      ]),
  });
}

// Devon: missing episodes not recorded for either group.
{
  const a: Answers = {
    tla: n(4),
    twm: n(2),
    tmi: nh("Not recorded - our system logs missing reports against the child, not as episodes"),
    tnf: n(0),
    ula: n(27),
    uwm: n(5),
    umi: nh("Not recorded - our system logs missing reports against the child, not as episodes"),
    unf: n(1),
  };
  add({
    file: "Devon County Council FOI DCC-15-12204.xlsx",
    code: C.devon,
    answers: a,
    planted: [
      {
        problem: "missing episodes for both groups answered 'Not recorded'",
        codes: ["value_not_held"],
        authority: C.devon,
      },
    ],
    bytes: () =>
      qaBook(
        "Devon County Council",
        "DCC-15-12204",
        [["Devon County Council"], ["FOI DCC-15-12204"], [`Period: ${PERIOD}`]],
        a,
        RAN_AWAY,
      ),
  });
}

// Lewisham: first return, then a revised one that changes UASC missing children and episodes.
{
  const first: Answers = { ...four("t", [4, 1, 2, 0]), ...four("u", [48, 7, 15, 1]) };
  const second: Answers = { ...four("t", [4, 1, 2, 0]), ...four("u", [48, 9, 19, 1]) };
  add({
    file: "Lewisham FOI 15-3318.xlsx",
    code: C.lewisham,
    answers: first,
    bytes: () =>
      qaBook(
        "London Borough of Lewisham",
        "FOI 15-3318",
        [["London Borough of Lewisham"], [`FOI 15-3318 - ${PERIOD}`]],
        first,
        SUBJECT_TO,
      ),
  });
  add({
    file: "Lewisham FOI 15-3318 revised.csv",
    code: C.lewisham,
    answers: second,
    planted: [
      {
        problem: "revised return gives 9 UASC missing and 19 episodes; the first return said 7 and 15",
        codes: ["duplicate_conflict", "value_conflict"],
        authority: C.lewisham,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Lewisham"],
        [`FOI 15-3318 (revised) - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(second, SUBJECT_TO),
      ]),
  });
}

// Derbyshire: figures for calendar year 2014.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [19, 2, 4, 0]) };
  add({
    file: "Derbyshire CC FOI 15-7315.csv",
    code: C.derbyshire,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for calendar year 2014 (1 January to 31 December 2014)",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.derbyshire,
      },
    ],
    bytes: () =>
      csv([
        ["Derbyshire County Council - FOI 15-7315"],
        ["Figures relate to the period 1 January 2014 to 31 December 2014"],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, THOUGHT_TO_BE),
      ]),
  });
}

// Wigan: more UASC not found than went missing.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [10, 2, 4, 3]) };
  add({
    file: "Wigan Council FOI 15-2048.xlsx",
    code: C.wigan,
    answers: a,
    contested: ["uwm", "unf"],
    planted: [
      {
        problem: "3 UASC still not found but only 2 went missing",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.wigan,
      },
    ],
    bytes: () =>
      qaBook("Wigan Council", "Response", [["Wigan Council - FOI 15-2048"], [`Period: ${PERIOD}`]], a, YOUNG_PEOPLE),
  });
}

// Doncaster: fewer trafficked missing episodes than trafficked children who went missing.
{
  const a: Answers = { ...four("t", [4, 2, 1, 0]), ...four("u", [15, 2, 3, 0]) };
  add({
    file: "Doncaster Council FOI 15-1179.csv",
    code: C.doncaster,
    answers: a,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "2 trafficked children went missing but only 1 missing episode is given",
        codes: ["check_incidents_below_children"],
        authority: C.doncaster,
      },
    ],
    bytes: () =>
      csv([["Doncaster Council"], [`FOI 15-1179 - ${SLASHED}`], [], ["Question", "Answer"], ...qaCsv(a, RAN_AWAY)]),
  });
}

// Hammersmith and Fulham: identified + suspected does not equal the trafficked total.
{
  const a: Answers = { tid: n(2), tsu: n(1), tla: n(4), twm: n(1), tmi: n(1), tnf: n(0), ...four("u", [23, 3, 6, 0]) };
  add({
    file: "LBHF FOI 15-0338.xlsx",
    code: C.hammersmith,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (2) + suspected (1) does not equal the trafficked total (4)",
        codes: ["check_parts_sum"],
        authority: C.hammersmith,
      },
    ],
    bytes: () =>
      xlsx("London Borough of Hammersmith & Fulham", (wb) => {
        const ws = wb.addWorksheet("Answer");
        widths(ws, [80, 12]);
        put(ws, 1, 1, [
          ["London Borough of Hammersmith & Fulham - FOI 15-0338"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ["Looked after children confirmed as trafficked", cell(a, "tid")],
          ["Looked after children suspected of being trafficked", cell(a, "tsu")],
          ["All looked after children confirmed or suspected as trafficked", cell(a, "tla")],
          ...qaXl(a, DASHED.slice(1)),
        ]);
      }),
  });
}

// Tower Hamlets: UASC nationality table sums to 7, but 8 went missing.
{
  const a: Answers = { ...four("t", [6, 2, 3, 0]), ...four("u", [58, 8, 21, 2]) };
  add({
    file: "Tower Hamlets FOI 15-10554.xlsx",
    code: C.towerHamlets,
    answers: a,
    planted: [
      {
        problem: "nationality table of UASC who went missing sums to 7, but 8 went missing",
        codes: ["check_nationality_sum"],
        authority: C.towerHamlets,
      },
    ],
    bytes: () =>
      qaBook(
        "London Borough of Tower Hamlets",
        "FOI 15-10554",
        [["London Borough of Tower Hamlets"], [`FOI 15-10554 - ${PERIOD}`]],
        a,
        THOUGHT_TO_BE,
        {
          tail: [
            ["Country of origin of unaccompanied asylum seekers reported missing", "Number"],
            ["Afghanistan", 3],
            ["Albania", 2],
            ["Eritrea", 1],
            ["Iraq", 1],
          ],
        },
      ),
  });
}

// Swindon: more UASC went missing than were looked after.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [5, 6, 9, 0]) };
  add({
    file: "Swindon BC FOI 15-0214.csv",
    code: C.swindon,
    answers: a,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "6 UASC went missing but only 5 were looked after",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.swindon,
      },
    ],
    bytes: () =>
      csv([
        ["Swindon Borough Council - FOI 15-0214"],
        [`Period: ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, SUBJECT_TO),
      ]),
  });
}

// Oxfordshire: the combined not-found figure is not trafficked + UASC not found.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [39, 5, 12, 3]), nf: n(4) };
  add({
    file: "Oxfordshire CC FOI 15-2602.xlsx",
    code: C.oxfordshire,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "combined not found (4) is not trafficked (0) + UASC (3) not found",
        codes: ["check_not_found_total"],
        authority: C.oxfordshire,
      },
    ],
    bytes: () =>
      qaBook(
        "Oxfordshire County Council",
        "Response",
        [["Oxfordshire County Council - FOI 15-2602"], [`Period: ${PERIOD}`]],
        a,
        THOUGHT_TO_BE,
        {
          tail: [
            [
              "Total trafficked and unaccompanied asylum seeking children who went missing and have not been traced",
              cell(a, "nf"),
            ],
          ],
        },
      ),
  });
}

// Stockport: UASC went missing but no episodes.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [12, 2, 0, 0]) };
  add({
    file: "Stockport MBC FOI 15-3350.csv",
    code: C.stockport,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "2 UASC went missing but 0 missing occasions are given",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.stockport,
      },
    ],
    bytes: () =>
      csv([
        ["Stockport Metropolitan Borough Council"],
        [`FOI 15-3350 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, THOUGHT_TO_BE),
      ]),
  });
}

// Peterborough: UASC missing episodes given as an average per child, not a count.
{
  const a: Answers = { ...four("t", [2, 1, 2, 0]), ula: n(26), uwm: n(4), umi: nx("2.5"), unf: n(0) };
  add({
    file: "Peterborough City Council FOI 15-1876.xlsx",
    code: C.peterborough,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes given as an average per child (2.5), not a total",
        codes: ["value_fractional", "value_unparsed", "label_outside_request", "label_unmatched", "value_not_answered"],
        authority: C.peterborough,
      },
    ],
    bytes: () =>
      xlsx("Peterborough City Council", (wb) => {
        const ws = wb.addWorksheet("FOI 15-1876");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Peterborough City Council - FOI 15-1876"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ...qaXl(a, RAN_AWAY.slice(0, 6)),
          ["Average number of missing episodes per unaccompanied child who went missing", 2.5],
          ...qaXl(a, RAN_AWAY.slice(7)),
        ]);
      }),
  });
}

// Walsall: UASC looked after answered "approx. 40".
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ula: nx("approx. 40"), uwm: n(3), umi: n(5), unf: n(0) };
  add({
    file: "Walsall Council FOI 15-0993.csv",
    code: C.walsall,
    answers: a,
    planted: [
      {
        problem: "UASC looked after answered 'approx. 40'",
        codes: ["value_unparsed"],
        authority: C.walsall,
      },
    ],
    bytes: () =>
      csv([["Walsall Council"], [`FOI 15-0993 - ${PERIOD}`], [], ["Question", "Answer"], ...qaCsv(a, YOUNG_PEOPLE)]),
  });
}

// Cambridgeshire: only the "suspected" part of the trafficked figure.
{
  const a: Answers = { tsu: n(3), twm: n(1), tmi: n(1), tnf: n(0), ...four("u", [46, 6, 14, 1]) };
  add({
    file: "Cambridgeshire CC FOI 15-6657.xlsx",
    code: C.cambridgeshire,
    answers: a,
    planted: [
      {
        problem: "trafficked figure gives only children suspected of being trafficked (no identified, no total)",
        codes: ["check_part_without_total"],
        authority: C.cambridgeshire,
      },
    ],
    bytes: () =>
      xlsx("Cambridgeshire County Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [90, 12]);
        put(ws, 1, 1, [
          ["Cambridgeshire County Council - FOI 15-6657"],
          [`Period: ${PERIOD}`],
          [],
          ["Question", "Answer"],
          ["Looked after children where there was a suspicion of trafficking", cell(a, "tsu")],
          ...qaXl(a, THOUGHT_TO_BE.slice(1)),
        ]);
      }),
  });
}

// Cornwall: UASC missing episodes and not found left blank.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ula: n(9), uwm: n(2), umi: na(""), unf: na("") };
  add({
    file: "Cornwall Council FOI 101000872.csv",
    code: C.cornwall,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes and UASC not found left blank",
        codes: ["value_not_answered"],
        authority: C.cornwall,
      },
    ],
    bytes: () =>
      csv([["Cornwall Council"], [`FOI 101000872 - ${PERIOD}`], [], ["Question", "Answer"], ...qaCsv(a, DASHED)]),
  });
}

// Waltham Forest: a scanned PDF.
add({
  file: "Waltham Forest FOI 15-4408 signed response.pdf",
  code: C.walthamForest,
  answers: {},
  planted: [
    {
      problem: "response sent as a scanned PDF with no text",
      codes: ["file_scanned", "file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.walthamForest,
    },
  ],
  bytes: () => scannedPdf(),
});

// Gwynedd: an Excel 97-2003 workbook.
add({
  file: "Cyngor Gwynedd FOI 15-288.xls",
  code: C.gwynedd,
  answers: {},
  planted: [
    {
      problem: "response sent as an Excel 97-2003 (.xls) workbook",
      codes: ["file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.gwynedd,
    },
  ],
  bytes: () => legacyXls("Cyngor Gwynedd FOI 15-288 plant sy'n derbyn gofal"),
});

// Rochdale: a CSV with a title and a header row but no answers.
add({
  file: "Rochdale BC FOI 15-6102.csv",
  code: C.rochdale,
  answers: {},
  planted: [
    {
      problem: "CSV holds a title and column headings but no figures",
      codes: ["file_no_figures", "file_empty", "file_unparsed"],
      authority: C.rochdale,
    },
  ],
  bytes: () => csv([["Rochdale Borough Council - FOI 15-6102"], [], ["Question", "Answer"]]),
});

// Leicestershire: a truncated workbook.
add({
  file: "Leicestershire CC FOI 15-5117.xlsx",
  code: C.leicestershire,
  answers: {},
  planted: [
    {
      problem: "the workbook is truncated and cannot be opened",
      codes: ["file_corrupt", "file_unparsed"],
      authority: C.leicestershire,
    },
  ],
  bytes: async () => {
    const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [25, 3, 6, 0]) };
    const whole = await qaBook(
      "Leicestershire County Council",
      "Response",
      [["Leicestershire County Council"], [PERIOD]],
      a,
      DASHED,
    );
    return whole.slice(0, Math.floor(whole.length * 0.55));
  },
});

// A workbook naming no authority.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [14, 2, 2, 0]) };
  add({
    file: "Response to FOI request 15-0412 (trafficked children).xlsx",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "workbook names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: () =>
      qaBook("Information Governance", "Sheet1", [["FOI request 15-0412"], [`Period: ${PERIOD}`]], a, THOUGHT_TO_BE),
  });
}

// A CSV named Bexley whose content is the London Borough of Bromley's.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [27, 4, 7, 1]) };
  add({
    file: "Bexley FOI 15-7781.csv",
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
        [`FOI 15-7781 - ${PERIOD}`],
        [],
        ["Question", "Answer"],
        ...qaCsv(a, RAN_AWAY),
      ]),
  });
}

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout11/. */
export function buildHoldout11(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout11", specs);
}

/** Write the corpus to `dir` (fixtures/holdout11), replacing what is there. */
export async function generateHoldout11(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout11());
}
