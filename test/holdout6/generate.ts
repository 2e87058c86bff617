/**
 * The sixth blind holdout corpus for issue 2 (fixtures/holdout6): returns
 * written the way UK councils answer FOI requests, by someone who has not
 * read the ingest's matching or parsing code, each with the reading a careful
 * human makes of it. This corpus concentrates on TRAPS — returns where a naive
 * reader picks the wrong number (a previous-year column, a totals row, a
 * percentage column, "of which" sub-rows, cumulative counts, children and
 * episodes in one cell, numbers and dates inside labels and answers, a draft
 * sheet next to the final one, figures in running prose) — plus ordinary
 * returns and about thirty planted problems.
 *
 *   fixtures/holdout6/returns/      the returns
 *   fixtures/holdout6/truth.csv     authority_code,measure,value — exact figures only
 *   fixtures/holdout6/statuses.csv  authority_code,measure,status — non-exact answers;
 *                                   "flag" = no truth, and exact only with an error/warning
 *   fixtures/holdout6/planted.csv   file,authority_code,problem,expected_codes
 *
 * The reading model (answers → truth/statuses) and the byte helpers are
 * shared with holdout4 (test/holdout4/model.ts, bytes.ts). Deterministic:
 * fixed workbook dates and zip entry times. Rewrite with
 *
 *   WRITE_HOLDOUT6=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout6
 */
import type ExcelJS from "exceljs";
import { legacyXls, scannedPdf } from "../holdout4/bytes.js";
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
  nx,
  put,
  type ReturnSpec,
  raw,
  ref,
  sup,
  xlsx,
} from "../holdout4/model.js";

const C = {
  middlesbrough: "E06000002",
  redcar: "E06000003",
  stockton: "E06000004",
  halton: "E06000006",
  blackburn: "E06000008",
  hull: "E06000010",
  eastRiding: "E06000011",
  neLincs: "E06000012",
  nLincs: "E06000013",
  leicester: "E06000016",
  nottingham: "E06000018",
  herefordshire: "E06000019",
  stoke: "E06000021",
  bathNes: "E06000022",
  bristol: "E06000023",
  southGlos: "E06000025",
  cornwall: "E06000052",
  bury: "E08000002",
  oldham: "E08000004",
  tameside: "E08000008",
  trafford: "E08000009",
  stHelens: "E08000013",
  wirral: "E08000015",
  sunderland: "E08000024",
  dudley: "E08000027",
  solihull: "E08000029",
  bradford: "E08000032",
  kirklees: "E08000034",
  leeds: "E08000035",
  wakefield: "E08000036",
  gateshead: "E08000037",
  barnet: "E09000003",
  croydon: "E09000008",
  enfield: "E09000010",
  greenwich: "E09000011",
  hackney: "E09000012",
  hammersmith: "E09000013",
  harrow: "E09000015",
  lambeth: "E09000022",
  lewisham: "E09000023",
  merton: "E09000024",
  newham: "E09000025",
  redbridge: "E09000026",
  sutton: "E09000029",
  towerHamlets: "E09000030",
  walthamForest: "E09000031",
  wandsworth: "E09000032",
  westminster: "E09000033",
  buckinghamshire: "E10000002",
  devon: "E10000008",
  essex: "E10000012",
  kent: "E10000016",
  somerset: "E10000027",
  gwynedd: "W06000002",
  conwy: "W06000003",
  newport: "W06000022",
  aberdeenshire: "S12000034",
  dundee: "S12000042",
  perth: "S12000024",
  renfrewshire: "S12000038",
  derry: "N09000005",
  midEastAntrim: "N09000008",
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
/** A fractional or otherwise non-count number, written as a number cell. */
const frac = (x: number): Answer => ({ raw: String(x), reading: "not_exact", xl: x });

const specs: ReturnSpec[] = [];
const add = (s: ReturnSpec) => specs.push(s);

// ================================================================================================
// TRAPS: returns where a naive reader picks the wrong number
// ================================================================================================

// Middlesbrough: the previous year sits in the column BEFORE the requested year.
{
  const a: Answers = { ...four("t", [2, 1, 3, 0]), ...four("u", [9, 2, 5, 1]) };
  const prev: Record<string, number> = { tla: 1, twm: 0, tmi: 0, tnf: 0, ula: 6, uwm: 3, umi: 4, unf: 0 };
  const labels: Labels = [
    ["tla", "Children in our care known or believed to have been trafficked"],
    ["twm", "...of whom went missing from their placement"],
    ["tmi", "Total times these children were reported missing"],
    ["tnf", "...of whom have not been located"],
    ["ula", "Unaccompanied asylum seeking children in our care"],
    ["uwm", "...of whom went missing from their placement"],
    ["umi", "Total times these children were reported missing"],
    ["unf", "...of whom have not been located"],
  ];
  add({
    file: "Middlesbrough Council FOI-4471 reply.xlsx",
    code: C.middlesbrough,
    answers: a,
    bytes: () =>
      xlsx("Middlesbrough Council", (wb) => {
        const ws = wb.addWorksheet("FOI-4471");
        widths(ws, [62, 26, 26]);
        put(ws, 1, 1, [
          ["Middlesbrough Council – Children's Services"],
          ["Freedom of Information request FOI-4471"],
          [],
          ["", "Oct 2013 – Sep 2014 (last year, for comparison)", "Oct 2014 – Sep 2015 (period you asked about)"],
          ...labels.map(([k, l]) => [l, prev[k] ?? 0, cell(a, k)]),
        ]);
      }),
  });
}

// Redcar and Cleveland: a grid with identified / suspected / all trafficked / UASC / "all children in scope".
{
  const a: Answers = {
    tid: n(1),
    tsu: n(2),
    tla: n(3),
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ...four("u", [4, 2, 3, 1]),
  };
  add({
    file: "Redcar & Cleveland BC - FOI 15-602.csv",
    code: C.redcar,
    answers: a,
    bytes: () =>
      csv([
        ["Redcar & Cleveland Borough Council"],
        ["FOI 15-602: looked after children, 1st October 2014 to 30th September 2015"],
        [],
        ["", "Identified as trafficked", "Suspected trafficked", "All trafficked", "UASC", "All children in scope"],
        ["Looked after during the period", "1", "2", raw(a, "tla"), raw(a, "ula"), "7"],
        ["Went missing at least once", "0", "1", raw(a, "twm"), raw(a, "uwm"), "3"],
        ["Number of missing episodes", "0", "2", raw(a, "tmi"), raw(a, "umi"), "5"],
        ["Not yet found", "0", "0", raw(a, "tnf"), raw(a, "unf"), "1"],
      ]),
  });
}

// Stockton-on-Tees: a "% of all looked after children" column beside each count (real percentage cells).
{
  const a: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [8, 2, 4, 0]) };
  const pctOf: Partial<Record<Key, number>> = { tla: 0.008, twm: 0.003, ula: 0.021, uwm: 0.005 };
  add({
    file: "Stockton-on-Tees BC FOI 2015 3390.xlsx",
    code: C.stockton,
    answers: a,
    bytes: () =>
      xlsx("Stockton-on-Tees Borough Council", (wb) => {
        const ws = wb.addWorksheet("Answer");
        widths(ws, [66, 18, 30]);
        const labels: Labels = [
          ["tla", "Looked after children who were trafficked (identified or suspected)"],
          ["twm", "Trafficked looked after children who went missing"],
          ["tmi", "Missing episodes – trafficked children"],
          ["tnf", "Trafficked children who remain missing"],
          ["ula", "Unaccompanied asylum seeking children who were looked after"],
          ["uwm", "UASC who went missing"],
          ["umi", "Missing episodes – UASC"],
          ["unf", "UASC who remain missing"],
        ];
        put(ws, 1, 1, [
          ["Stockton-on-Tees Borough Council"],
          ["FOI 3390 – period 1 October 2014 to 30 September 2015"],
          [],
          ["", "Number of children", "As % of all looked after children"],
          ...labels.map(([k, l]) => [l, cell(a, k), pctOf[k] ?? ""]),
        ]);
        for (let r = 5; r <= 12; r++) ws.getCell(r, 3).numFmt = "0.0%";
      }),
  });
}

// Halton: "of which" sub-rows under the group rows.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [11, 3, 7, 0]) };
  add({
    file: "Halton BC FOI 2015-10-0418.csv",
    code: C.halton,
    answers: a,
    bytes: () =>
      csv([
        ["Halton Borough Council - Freedom of Information response 0418"],
        ["Period covered: 1 October 2014 - 30 September 2015"],
        [],
        ["Category", "Number"],
        ["Looked after children who were victims of trafficking (identified or suspected)", raw(a, "tla")],
        ["   of which: aged 16 or 17", "1"],
        ["Trafficked children who went missing", raw(a, "twm")],
        ["Missing episodes (trafficked children)", raw(a, "tmi")],
        ["Trafficked children not found", raw(a, "tnf")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["   of which: male", "9"],
        ["   of which: female", "2"],
        ["UASC who went missing from placement", raw(a, "uwm")],
        ["   of which: male", "3"],
        ["Missing episodes (UASC)", raw(a, "umi")],
        ["UASC not found", raw(a, "unf")],
      ]),
  });
}

// Blackburn with Darwen: the requested period beside a cumulative count since 2012.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [7, 1, 1, 0]) };
  const cum: Record<string, number> = { tla: 5, twm: 3, tmi: 9, tnf: 1, ula: 24, uwm: 6, umi: 15, unf: 1 };
  const labels: Labels = [
    ["tla", "Trafficked children (identified or suspected) looked after"],
    ["twm", "Trafficked children who went missing"],
    ["tmi", "Missing episodes for trafficked children"],
    ["tnf", "Trafficked children not found"],
    ["ula", "Unaccompanied asylum seeking children looked after"],
    ["uwm", "Unaccompanied asylum seeking children who went missing"],
    ["umi", "Missing episodes for unaccompanied asylum seeking children"],
    ["unf", "Unaccompanied asylum seeking children not found"],
  ];
  add({
    file: "Blackburn with Darwen - FOI 7730.xlsx",
    code: C.blackburn,
    answers: a,
    bytes: () =>
      xlsx("Blackburn with Darwen Borough Council", (wb) => {
        const ws = wb.addWorksheet("FOI 7730");
        widths(ws, [62, 22, 26]);
        put(ws, 1, 1, [
          ["Blackburn with Darwen Borough Council"],
          ["Request 7730"],
          [],
          ["", "1 October 2014 to 30 September 2015", "Cumulative total since 1 April 2012"],
          ...labels.map(([k, l]) => [l, cell(a, k), cum[k] ?? 0]),
        ]);
      }),
  });
}

// East Riding: children and episodes in one answer, then the episodes question answered "see Q2".
{
  const a: Answers = {
    tla: n(4),
    twm: as("3 children (7 episodes)", 3),
    tmi: nx("See answer to Q2"),
    tnf: n(0),
    ula: n(6),
    uwm: as("1 child (1 episode)", 1),
    umi: nx("As above"),
    unf: as("None", 0),
  };
  add({
    file: "East Riding of Yorkshire Council FOI 23145.csv",
    code: C.eastRiding,
    answers: a,
    bytes: () =>
      csv([
        ["East Riding of Yorkshire Council"],
        ["Information request 23145 - 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Response"],
        ["Q1 Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Q2 How many of the children in Q1 went missing?", raw(a, "twm")],
        ["Q3 How many missing episodes did the children in Q2 have?", raw(a, "tmi")],
        ["Q4 How many of the children in Q2 have not been found?", raw(a, "tnf")],
        ["Q5 Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["Q6 How many of the children in Q5 went missing?", raw(a, "uwm")],
        ["Q7 How many missing episodes did the children in Q6 have?", raw(a, "umi")],
        ["Q8 How many of the children in Q6 have not been found?", raw(a, "unf")],
      ]),
  });
}

// North East Lincolnshire: identified and suspected given separately for every figure.
// A careful human adds the two rows for the trafficked figures.
{
  const id = [1, 1, 2, 0] as const;
  const su = [3, 1, 1, 0] as const;
  const a: Answers = {
    tid: n(id[0]),
    tsu: n(su[0]),
    twm: as("1 + 1", id[1] + su[1]),
    tmi: as("2 + 1", id[2] + su[2]),
    tnf: as("0 + 0", id[3] + su[3]),
    ...four("u", [5, 0, 0, 0]),
  };
  add({
    file: "NE Lincolnshire Council FOI NEL-2015-1182.xlsx",
    code: C.neLincs,
    answers: a,
    bytes: () =>
      xlsx("North East Lincolnshire Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [44, 16, 16, 18, 16]);
        put(ws, 1, 1, [
          ["North East Lincolnshire Council – FOI NEL-2015-1182"],
          ["1 October 2014 – 30 September 2015"],
          [],
          ["", "Looked after", "Went missing", "Missing episodes", "Not found"],
          ["Identified as trafficked", ...id],
          ["Suspected of being trafficked", ...su],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")],
        ]);
      }),
  });
}

// North Lincolnshire: a notes column that changes what a figure counts.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [14, 2, 3, 0]) };
  add({
    file: "North Lincolnshire Council FOI 5561.csv",
    code: C.nLincs,
    answers: a,
    contested: ["ula"],
    bytes: () =>
      csv([
        ["North Lincolnshire Council"],
        ["FOI 5561 - children looked after 01/10/2014 to 30/09/2015"],
        [],
        ["Question", "Figure", "Notes"],
        ["Trafficked children looked after (identified or suspected)", raw(a, "tla"), ""],
        ["Trafficked children who went missing", raw(a, "twm"), ""],
        ["Missing episodes, trafficked children", raw(a, "tmi"), ""],
        ["Trafficked children still missing", raw(a, "tnf"), ""],
        [
          "UASC looked after",
          raw(a, "ula"),
          "includes 2 young people who turned 18 and are now supported as care leavers",
        ],
        ["UASC who went missing", raw(a, "uwm"), "both returned within 24 hours"],
        ["Missing episodes, UASC", raw(a, "umi"), ""],
        ["UASC still missing", raw(a, "unf"), ""],
      ]),
  });
}

// Leicester: numbers inside the question labels.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(3),
    twm: n(2),
    tmi: n(5),
    tnf: n(1),
    ...four("u", [21, 4, 9, 0]),
  };
  add({
    file: "Leicester City Council FOI 8130.xlsx",
    code: C.leicester,
    answers: a,
    bytes: () =>
      xlsx("Leicester City Council", (wb) => {
        const ws = wb.addWorksheet("FOI 8130");
        widths(ws, [6, 92, 12]);
        put(ws, 1, 1, [
          ["Leicester City Council – response to FOI 8130"],
          ["Period 1/10/2014 to 30/9/2015"],
          [],
          ["Q1", "Number of looked after children (aged 0-17) identified as trafficked", cell(a, "tid")],
          ["Q2", "Number of looked after children (aged 0-17) suspected of being trafficked", cell(a, "tsu")],
          ["Q3", "Of the children in Q1 and Q2, how many went missing 1 or more times?", cell(a, "twm")],
          ["Q4", "Total missing episodes for the children in Q3 (episodes of under 24 hours included)", cell(a, "tmi")],
          ["Q5", "Children from Q3 not located by 30 September 2015", cell(a, "tnf")],
          ["Q6", "Unaccompanied asylum seeking children (under 18) looked after in the 12 months", cell(a, "ula")],
          ["Q7", "Of the 21 children at Q6, how many went missing?", cell(a, "uwm")],
          ["Q8", "Missing episodes for the 4 children at Q7", cell(a, "umi")],
          ["Q9", "Of the 4 children at Q7, how many remain missing?", cell(a, "unf")],
        ]);
      }),
  });
}

// Nottingham: dates inside the answers.
{
  const a: Answers = {
    tla: as("4 (as at 30/09/2015)", 4),
    twm: as("2 - most recent episode 14/08/2015", 2),
    tmi: n(5),
    tnf: as("0 (both children returned by 16/08/2015)", 0),
    ula: n(31),
    uwm: n(6),
    umi: as("13 episodes between 03/11/2014 and 21/09/2015", 13),
    unf: as("1 (missing since 02/07/2015)", 1),
  };
  add({
    file: "Nottingham City Council FOI 46220.csv",
    code: C.nottingham,
    answers: a,
    bytes: () =>
      csv([
        ["Nottingham City Council - FOI 46220"],
        ["Looked after children, 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...rowsCsv(a, [
          ["tla", "Looked after children who were trafficked or suspected to have been trafficked"],
          ["twm", "How many of these went missing"],
          ["tmi", "How many missing episodes"],
          ["tnf", "How many have not been found"],
          ["ula", "Unaccompanied asylum seeking children looked after"],
          ["uwm", "How many of these went missing"],
          ["umi", "How many missing episodes"],
          ["unf", "How many have not been found"],
        ]),
      ]),
  });
}

// Herefordshire: a visible DRAFT sheet left in front of the FINAL sheet.
{
  const a: Answers = { ...four("t", [1, 1, 2, 0]), ...four("u", [7, 2, 3, 0]) };
  const labels: Labels = [
    ["tla", "Looked after children identified or suspected as trafficked"],
    ["twm", "Number who went missing"],
    ["tmi", "Number of missing incidents"],
    ["tnf", "Number not found"],
    ["ula", "Looked after unaccompanied asylum seeking children"],
    ["uwm", "Number who went missing"],
    ["umi", "Number of missing incidents"],
    ["unf", "Number not found"],
  ];
  const draft: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [6, 2, 3, 0]) };
  add({
    file: "Herefordshire Council FOI 2015-1290.xlsx",
    code: C.herefordshire,
    answers: a,
    bytes: () =>
      xlsx("Herefordshire Council", (wb) => {
        const d = wb.addWorksheet("DRAFT v1");
        widths(d, [60, 12]);
        put(d, 1, 1, [
          ["DRAFT – NOT VALIDATED – superseded by the FINAL sheet"],
          ["Herefordshire Council FOI 2015-1290"],
          [],
          ...rowsXl(draft, labels),
        ]);
        const f = wb.addWorksheet("FINAL");
        widths(f, [60, 12]);
        put(f, 1, 1, [
          ["Herefordshire Council – FOI 2015-1290 – FINAL response"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, labels),
        ]);
      }),
  });
}

// Stoke-on-Trent: a hidden working sheet with older figures.
{
  const a: Answers = { ...four("t", [3, 2, 4, 1]), ...four("u", [12, 3, 8, 0]) };
  const old: Answers = { ...four("t", [3, 2, 3, 1]), ...four("u", [13, 3, 8, 0]) };
  const labels: Labels = [
    ["tla", "Trafficked (identified or suspected) looked after children"],
    ["twm", "Trafficked children who went missing"],
    ["tmi", "Episodes of missing – trafficked"],
    ["tnf", "Trafficked children not yet found"],
    ["ula", "Unaccompanied asylum seeking children looked after"],
    ["uwm", "UASC who went missing"],
    ["umi", "Episodes of missing – UASC"],
    ["unf", "UASC not yet found"],
  ];
  add({
    file: "Stoke-on-Trent City Council FOI 1516-0212.xlsx",
    code: C.stoke,
    answers: a,
    bytes: () =>
      xlsx("Stoke-on-Trent City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [60, 12]);
        put(ws, 1, 1, [
          ["Stoke-on-Trent City Council"],
          ["FOI 1516-0212 – 01/10/2014 to 30/09/2015"],
          [],
          ["Measure", "Number"],
          ...rowsXl(a, labels),
        ]);
        const w = wb.addWorksheet("working");
        put(w, 1, 1, [["Stoke-on-Trent City Council – working figures (first extract)"], [], ...rowsXl(old, labels)]);
        w.state = "hidden";
      }),
  });
}

// Bath and North East Somerset: two-row merged header, with last year's row under this year's.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [10, 3, 6, 0]) };
  const ks = ["tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const;
  add({
    file: "BANES FOI 15-1107 Bath and North East Somerset.xlsx",
    code: C.bathNes,
    answers: a,
    bytes: () =>
      xlsx("Bath & North East Somerset Council", (wb) => {
        const ws = wb.addWorksheet("Data");
        widths(ws, [26, 14, 14, 14, 14, 14, 14, 14, 14]);
        const m = ["Looked after", "Went missing", "Missing episodes", "Not found"];
        put(ws, 1, 1, [
          ["Bath & North East Somerset Council – FOI 15-1107"],
          [],
          [],
          ["", "Trafficked children (identified or suspected)", "", "", "", "Unaccompanied asylum seeking children"],
          ["Period", ...m, ...m],
          ["01/10/2014 - 30/09/2015", ...ks.map((k) => cell(a, k))],
          ["01/10/2013 - 30/09/2014", 0, 0, 0, 0, 8, 1, 2, 0],
        ]);
        ws.mergeCells("B4:E4");
        ws.mergeCells("F4:I4");
      }),
  });
}

// Bristol: groups as rows, with a Total row under them.
{
  const a: Answers = { ...four("t", [6, 2, 5, 1]), ...four("u", [38, 7, 19, 2]) };
  add({
    file: "Bristol City Council FOI 15-3320.csv",
    code: C.bristol,
    answers: a,
    bytes: () =>
      csv([
        ["Bristol City Council - People Directorate - FOI 15-3320"],
        ["Reporting period 1 October 2014 to 30 September 2015"],
        [],
        ["Group", "Looked after", "Went missing", "Missing episodes", "Still missing"],
        ["Trafficked (identified or suspected)", raw(a, "tla"), raw(a, "twm"), raw(a, "tmi"), raw(a, "tnf")],
        ["Unaccompanied asylum seeking", raw(a, "ula"), raw(a, "uwm"), raw(a, "umi"), raw(a, "unf")],
        ["Total", "44", "9", "24", "3"],
      ]),
  });
}

// South Gloucestershire: the whole looked-after population given above the answers.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [9, 1, 2, 0]) };
  add({
    file: "South Gloucestershire Council FOI 8812.xlsx",
    code: C.southGlos,
    answers: a,
    bytes: () =>
      xlsx("South Gloucestershire Council", (wb) => {
        const ws = wb.addWorksheet("FOI 8812");
        widths(ws, [70, 12]);
        put(ws, 1, 1, [
          ["South Gloucestershire Council"],
          ["FOI 8812 – 1 October 2014 to 30 September 2015"],
          [],
          ["For context: all children looked after by the council during the period", 212],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, [
            ["tla", "Looked after children identified or suspected as having been trafficked"],
            ["twm", "Of these, how many went missing"],
            ["tmi", "Number of missing episodes"],
            ["tnf", "Number still missing"],
            ["ula", "Looked after unaccompanied asylum seeking children"],
            ["uwm", "Of these, how many went missing"],
            ["umi", "Number of missing episodes"],
            ["unf", "Number still missing"],
          ]),
        ]);
      }),
  });
}

// Kent: quoted numbers with thousands separators, and a care-leaver line that is not asked for.
{
  const a: Answers = {
    ...four("t", [17, 6, 19, 2]),
    ula: as("1,046", 1046),
    uwm: n(87),
    umi: n(412),
    unf: n(31),
  };
  add({
    file: "Kent County Council FOI 15-00931.csv",
    code: C.kent,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Kent County Council - Specialist Children's Services"],
          ["FOI/15/00931 - period 01/10/2014 to 30/09/2015"],
          [],
          ["Item", "Count"],
          ...rowsCsv(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Trafficked looked after children who went missing"],
            ["tmi", "Missing episodes - trafficked looked after children"],
            ["tnf", "Trafficked looked after children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "Unaccompanied asylum seeking children who went missing"],
            ["umi", "Missing episodes - unaccompanied asylum seeking children"],
            ["unf", "Unaccompanied asylum seeking children not found"],
          ]),
          [],
          ["Former UASC care leavers aged 18-21 supported by the council (not requested)", "1,312"],
        ],
        { quoteAll: true },
      ),
  });
}

// Gwynedd: Welsh-only labels.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(1),
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ...four("u", [2, 0, 0, 0]),
  };
  add({
    file: "Cyngor Gwynedd - Cais Rhyddid Gwybodaeth 2015-311.xlsx",
    code: C.gwynedd,
    answers: a,
    bytes: () =>
      xlsx("Cyngor Gwynedd", (wb) => {
        const ws = wb.addWorksheet("Ymateb");
        widths(ws, [80, 10]);
        put(ws, 1, 1, [
          ["Cyngor Gwynedd"],
          ["Cais Rhyddid Gwybodaeth 2015-311"],
          ["Cyfnod: 1 Hydref 2014 – 30 Medi 2015"],
          [],
          ["Plant sy'n derbyn gofal sydd wedi'u masnachu"],
          ...rowsXl(a, [
            ["tid", "Nifer y plant y nodwyd eu bod wedi'u masnachu"],
            ["tsu", "Nifer y plant yr amheuir eu bod wedi'u masnachu"],
            ["twm", "Nifer y plant a fasnachwyd a aeth ar goll"],
            ["tmi", "Nifer yr achosion o fynd ar goll (plant a fasnachwyd)"],
            ["tnf", "Nifer y plant a fasnachwyd sydd heb eu canfod"],
          ]),
          [],
          ["Plant sy'n ceisio lloches ar eu pennau eu hunain"],
          ...rowsXl(a, [
            ["ula", "Nifer y plant sy'n ceisio lloches ar eu pennau eu hunain sy'n derbyn gofal"],
            ["uwm", "Nifer y plant sy'n ceisio lloches ar eu pennau eu hunain a aeth ar goll"],
            ["umi", "Nifer yr achosion o fynd ar goll (plant sy'n ceisio lloches ar eu pennau eu hunain)"],
            ["unf", "Nifer y plant sy'n ceisio lloches ar eu pennau eu hunain sydd heb eu canfod"],
          ]),
        ]);
      }),
  });
}

// Aberdeenshire: FOISA wording, "looked after and accommodated", and a children's hearing line.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [4, 1, 1, 0]) };
  add({
    file: "Aberdeenshire Council FOISA 15-4417.csv",
    code: C.aberdeenshire,
    answers: a,
    bytes: () =>
      csv([
        ["Aberdeenshire Council"],
        ["Freedom of Information (Scotland) Act 2002 - request 15-4417"],
        ["Period: 1 October 2014 to 30 September 2015"],
        [],
        ["Information requested", "Response"],
        ...rowsCsv(a, [
          ["tla", "Children looked after and accommodated who were identified or suspected as victims of trafficking"],
          ["twm", "Of these children, the number who went missing"],
          ["tmi", "Number of missing episodes for these children"],
          ["tnf", "Number of these children not traced"],
          ["ula", "Unaccompanied asylum seeking children looked after and accommodated"],
          ["uwm", "Of these children, the number who went missing"],
          ["umi", "Number of missing episodes for these children"],
          ["unf", "Number of these children not traced"],
        ]),
        [],
        ["Number of the above children whose case was considered at a children's hearing", "2"],
      ]),
  });
}

// Dundee: looked after at home / away from home, with a total.
{
  const a: Answers = {
    tla: n(1),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ula: n(5),
    uwm: n(2),
    umi: n(3),
    unf: n(0),
  };
  add({
    file: "Dundee City Council FOI 2015-0871.xlsx",
    code: C.dundee,
    answers: a,
    bytes: () =>
      xlsx("Dundee City Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [40, 18, 24, 14]);
        put(ws, 1, 1, [
          ["Dundee City Council – FOISA request 2015-0871"],
          ["1 October 2014 – 30 September 2015"],
          [],
          ["Children looked after", "Looked after at home", "Looked after away from home", "Total"],
          ["Trafficked (identified or suspected)", 0, 1, cell(a, "tla")],
          ["Unaccompanied asylum seeking children", 1, 4, cell(a, "ula")],
          [],
          ["Missing from care", "Trafficked", "Unaccompanied asylum seeking children"],
          ["Children who went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Children not traced", cell(a, "tnf"), cell(a, "unf")],
        ]);
      }),
  });
}

// Essex: "*" suppression with a footnote defining the threshold (<10).
{
  const a: Answers = {
    tla: sup("*"),
    twm: sup("*"),
    tmi: sup("*"),
    tnf: n(0),
    ...four("u", [118, 23, 64, 0]),
    unf: sup("*"),
  };
  add({
    file: "Essex County Council FOI CSF-15-2209.xlsx",
    code: C.essex,
    answers: a,
    bytes: () =>
      xlsx("Essex County Council", (wb) => {
        const ws = wb.addWorksheet("CSF-15-2209");
        widths(ws, [40, 22, 22]);
        put(ws, 1, 1, [
          ["Essex County Council – Children and Families"],
          ["FOI CSF-15-2209: 1 October 2014 to 30 September 2015"],
          [],
          ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking children"],
          ["Looked after", cell(a, "tla"), cell(a, "ula")],
          ["Went missing", cell(a, "twm"), cell(a, "uwm")],
          ["Missing episodes", cell(a, "tmi"), cell(a, "umi")],
          ["Not found", cell(a, "tnf"), cell(a, "unf")],
          [],
          ["* a figure below 10 (between 1 and 9) has been suppressed to avoid identifying individual children."],
        ]);
      }),
  });
}

// Cornwall: "0*" where the asterisk is a footnote, not suppression.
{
  const a: Answers = {
    tid: as("0*", 0),
    tsu: n(1),
    twm: as("0*", 0),
    tmi: as("0*", 0),
    tnf: as("0*", 0),
    ...four("u", [5, 1, 2, 0]),
  };
  add({
    file: "Cornwall Council FOI 101002893.csv",
    code: C.cornwall,
    answers: a,
    bytes: () =>
      csv([
        ["Cornwall Council - Information Governance"],
        ["Request 101002893: 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ...rowsCsv(a, [
          ["tid", "Looked after children identified as trafficked"],
          ["tsu", "Looked after children suspected of being trafficked"],
          ["twm", "Trafficked children who went missing"],
          ["tmi", "Missing episodes (trafficked)"],
          ["tnf", "Trafficked children not found"],
          ["ula", "UASC looked after"],
          ["uwm", "UASC who went missing"],
          ["umi", "Missing episodes (UASC)"],
          ["unf", "UASC not found"],
        ]),
        [],
        ["* nil - checked and confirmed with the Missing Children Co-ordinator"],
      ]),
  });
}

// Devon: "n/k" for missing episodes.
{
  const a: Answers = {
    tla: n(2),
    twm: n(1),
    tmi: nx("n/k"),
    tnf: n(0),
    ula: n(26),
    uwm: n(5),
    umi: nx("n/k"),
    unf: n(1),
  };
  add({
    file: "Devon County Council FOI DCC-15-7723.xlsx",
    code: C.devon,
    answers: a,
    bytes: () =>
      xlsx("Devon County Council", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        widths(ws, [58, 12]);
        put(ws, 1, 1, [
          ["Devon County Council – FOI DCC-15-7723"],
          ["Period 1 October 2014 – 30 September 2015"],
          [],
          ...rowsXl(a, [
            ["tla", "Trafficked or suspected trafficked children in care"],
            ["twm", "Trafficked children who went missing"],
            ["tmi", "Missing episodes – trafficked children"],
            ["tnf", "Trafficked children not found"],
            ["ula", "Unaccompanied asylum seeking children in care"],
            ["uwm", "UASC who went missing"],
            ["umi", "Missing episodes – UASC"],
            ["unf", "UASC not found"],
          ]),
          [],
          ["n/k = not known: episodes are not recorded separately for these cohorts."],
        ]);
      }),
  });
}

// Somerset: a letter with the figures in running prose (words and digits, and dates).
{
  const a: Answers = {
    tid: as("No looked after child was identified as a victim of trafficking", 0),
    tsu: as("One child was suspected of having been trafficked", 1),
    twm: as("that child did not go missing", 0),
    ula: as("looked after 14 unaccompanied asylum-seeking children", 14),
    uwm: as("Three of these young people went missing", 3),
    umi: as("on 8 separate occasions in total", 8),
    unf: as("all three have since been found", 0),
  };
  add({
    file: "Somerset County Council FOI response SCC-2015-4490.txt",
    code: C.somerset,
    answers: a,
    bytes: () =>
      letter([
        "Somerset County Council",
        "Information Governance Team",
        "",
        "Our reference: SCC-2015-4490",
        "Date: 17 November 2015",
        "",
        "Dear Requester,",
        "",
        "Thank you for your request for information received on 2 October 2015, which we have dealt with under the Freedom of Information Act 2000.",
        "",
        "Between 1 October 2014 and 30 September 2015 the Council looked after 14 unaccompanied asylum-seeking children. Three of these young people went missing from their placements, on 8 separate occasions in total, and all three have since been found.",
        "",
        "No looked after child was identified as a victim of trafficking during the period. One child was suspected of having been trafficked; that child did not go missing.",
        "",
        "If you are unhappy with this response you may ask for an internal review within 40 working days.",
        "",
        "Yours sincerely,",
        "Information Governance Officer",
      ]),
  });
}

// Wirral: an episode list with a trailing totals line.
{
  const eps: Episode[] = [
    { child: "WX101", group: "t", start: [2014, 11, 3], end: [2014, 11, 4] },
    { child: "WX101", group: "t", start: [2015, 2, 10], end: [2015, 2, 12] },
    { child: "WX118", group: "t", start: [2015, 6, 1], end: null },
    { child: "WX205", group: "u", start: [2014, 10, 20], end: [2014, 10, 21] },
    { child: "WX205", group: "u", start: [2015, 1, 5], end: [2015, 1, 5] },
    { child: "WX211", group: "u", start: [2015, 3, 14], end: [2015, 3, 20] },
    { child: "WX230", group: "u", start: [2015, 5, 2], end: [2015, 5, 3] },
    { child: "WX230", group: "u", start: [2015, 8, 18], end: null },
    { child: "WX244", group: "u", start: [2015, 9, 1], end: [2015, 9, 2] },
  ];
  const a: Answers = countEpisodes(eps);
  const d = (x: readonly [number, number, number] | null) =>
    x ? `${String(x[2]).padStart(2, "0")}/${String(x[1]).padStart(2, "0")}/${x[0]}` : "";
  add({
    file: "Wirral Council FOI 461022 missing episodes.csv",
    code: C.wirral,
    answers: a,
    bytes: () =>
      csv([
        ["Wirral Council - FOI 461022"],
        ["Missing episodes of looked after children, 01/10/2014 to 30/09/2015 (trafficked and UASC cohorts)"],
        ["A blank return date means the young person has not yet been found."],
        [],
        ["Child ref", "Cohort", "Date missing", "Date returned"],
        ...eps.map((e) => [e.child, e.group === "t" ? "Trafficked" : "UASC", d(e.start), d(e.end)]),
        ["Total", "", "9 episodes", "7 returned"],
      ]),
  });
}

// Tameside: a one-row coded export with previous-year columns interleaved.
{
  const a: Answers = { ...four("t", [2, 1, 1, 0]), ...four("u", [16, 4, 9, 1]) };
  const head = [
    "LA_NAME",
    "PERIOD",
    "TRAF_CLA",
    "TRAF_CLA_PY",
    "TRAF_MISS",
    "TRAF_MISS_PY",
    "TRAF_EPISODES",
    "TRAF_NOT_FOUND",
    "UASC_CLA",
    "UASC_CLA_PY",
    "UASC_MISS",
    "UASC_MISS_PY",
    "UASC_EPISODES",
    "UASC_NOT_FOUND",
  ];
  add({
    file: "Tameside MBC FOI export 2015-11.csv",
    code: C.tameside,
    answers: a,
    bytes: () =>
      csv([
        head,
        [
          "Tameside Metropolitan Borough Council",
          "2014-10-01 to 2015-09-30",
          raw(a, "tla"),
          "1",
          raw(a, "twm"),
          "1",
          raw(a, "tmi"),
          raw(a, "tnf"),
          raw(a, "ula"),
          "11",
          raw(a, "uwm"),
          "2",
          raw(a, "umi"),
          raw(a, "unf"),
        ],
        [],
        ["PY = previous year (1 October 2013 to 30 September 2014), for comparison only."],
      ]),
  });
}

// Trafford: two tables on one sheet, the second for the previous year.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [14, 3, 5, 1]) };
  const block = (v: readonly number[]): ExcelJS.CellValue[][] => [
    ["", "Trafficked (identified or suspected)", "Unaccompanied asylum seeking children"],
    ["Looked after", v[0], v[4]],
    ["Went missing", v[1], v[5]],
    ["Missing episodes", v[2], v[6]],
    ["Not found", v[3], v[7]],
  ];
  const ks = ["tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const;
  add({
    file: "Trafford Council FOI 9085.xlsx",
    code: C.trafford,
    answers: a,
    bytes: () =>
      xlsx("Trafford Council", (wb) => {
        const ws = wb.addWorksheet("FOI 9085");
        widths(ws, [22, 34, 34]);
        put(ws, 1, 1, [
          ["Trafford Council – FOI 9085"],
          [],
          ["Table 1: 1 October 2014 – 30 September 2015"],
          ...block(ks.map((k) => a[k]?.value ?? 0)),
          [],
          ["Table 2 (for comparison only): 1 October 2013 – 30 September 2014"],
          ...block([2, 1, 1, 0, 9, 2, 2, 0]),
        ]);
      }),
  });
}

// Oldham: a nationality table with a Total row.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [19, 4, 10, 1]) };
  add({
    file: "Oldham Council FOI 2015-R-5572.xlsx",
    code: C.oldham,
    answers: a,
    bytes: () =>
      xlsx("Oldham Council", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [60, 12]);
        put(ws, 1, 1, [
          ["Oldham Council – FOI 2015-R-5572"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ...rowsXl(a, [
            ["tla", "Looked after children identified or suspected as trafficked"],
            ["twm", "Trafficked children who went missing"],
            ["tmi", "Missing episodes – trafficked"],
            ["tnf", "Trafficked children not found"],
            ["ula", "Unaccompanied asylum seeking children looked after"],
            ["uwm", "UASC who went missing"],
            ["umi", "Missing episodes – UASC"],
            ["unf", "UASC not found"],
          ]),
        ]);
        const nat = wb.addWorksheet("UASC nationality");
        widths(nat, [30, 12]);
        put(nat, 1, 1, [
          ["UASC who went missing, by nationality"],
          ["Nationality", "Children"],
          ["Afghan", 2],
          ["Eritrean", 1],
          ["Vietnamese", 1],
          ["Total", 4],
        ]);
      }),
  });
}

// Bury: the first question asks for all looked after children.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [8, 0, 0, 0]) };
  add({
    file: "Bury Council FOI 3310 response.csv",
    code: C.bury,
    answers: a,
    bytes: () =>
      csv([
        ["Bury Metropolitan Borough Council"],
        ["FOI 3310 - 1 October 2014 to 30 September 2015"],
        [],
        ["No", "Question", "Answer"],
        ["1", "How many children did the council look after during the period?", "318"],
        ["2", "How many looked after children were identified or suspected as trafficked?", raw(a, "tla")],
        ["3", "How many of the children at Q2 went missing?", raw(a, "twm")],
        ["4", "How many missing episodes were there for the children at Q3?", raw(a, "tmi")],
        ["5", "How many of the children at Q3 have not been found?", raw(a, "tnf")],
        ["6", "How many unaccompanied asylum seeking children did the council look after?", raw(a, "ula")],
        ["7", "How many of the children at Q6 went missing?", raw(a, "uwm")],
        ["8", "How many missing episodes were there for the children at Q7?", raw(a, "umi")],
        ["9", "How many of the children at Q7 have not been found?", raw(a, "unf")],
      ]),
  });
}

// St Helens: children who went missing with the number of episodes in brackets, in one column.
{
  const a: Answers = {
    tla: n(2),
    twm: as("1 (3)", 1),
    tmi: as("1 (3)", 3),
    tnf: n(0),
    ula: n(9),
    uwm: as("4 (11)", 4),
    umi: as("4 (11)", 11),
    unf: n(1),
  };
  add({
    file: "St Helens Council FOI 2015-0640.xlsx",
    code: C.stHelens,
    answers: a,
    bytes: () =>
      xlsx("St Helens Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        widths(ws, [40, 16, 44, 16]);
        put(ws, 1, 1, [
          ["St Helens Council – FOI 2015-0640 (1 October 2014 – 30 September 2015)"],
          [],
          ["", "Looked after", "Children who went missing (number of episodes in brackets)", "Not found"],
          ["Trafficked (identified or suspected)", cell(a, "tla"), "1 (3)", cell(a, "tnf")],
          ["Unaccompanied asylum seeking children", cell(a, "ula"), "4 (11)", cell(a, "unf")],
        ]);
      }),
  });
}

// Conwy: bilingual labels, ordinary figures.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [3, 0, 0, 0]) };
  add({
    file: "Conwy CBC FOI 15-661.csv",
    code: C.conwy,
    answers: a,
    bytes: () =>
      csv(
        [
          ["Cyngor Bwrdeistref Sirol Conwy / Conwy County Borough Council"],
          ["Cais / Request 15-661: 01/10/2014 - 30/09/2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          ...rowsCsv(a, [
            [
              "tla",
              "Plant sy'n derbyn gofal a fasnachwyd / Looked after children trafficked (identified or suspected)",
            ],
            ["twm", "Aeth ar goll / Went missing"],
            ["tmi", "Achosion o fynd ar goll / Missing episodes"],
            ["tnf", "Heb eu canfod / Not found"],
            ["ula", "Plant ar eu pennau eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children"],
            ["uwm", "Aeth ar goll / Went missing"],
            ["umi", "Achosion o fynd ar goll / Missing episodes"],
            ["unf", "Heb eu canfod / Not found"],
          ]),
        ],
        { encoding: "utf8bom" },
      ),
  });
}

// Perth and Kinross: an ordinary FOISA letter.
{
  const a: Answers = {
    tid: n(0),
    tsu: n(0),
    twm: n(0),
    tmi: n(0),
    tnf: n(0),
    ...four("u", [3, 1, 2, 0]),
  };
  add({
    file: "Perth and Kinross Council FOI 15-0688.txt",
    code: C.perth,
    answers: a,
    bytes: () =>
      letter([
        "Perth & Kinross Council",
        "Freedom of Information (Scotland) Act 2002 - request 15-0688",
        "Period: 1 October 2014 to 30 September 2015",
        "",
        "1. The number of looked after children identified as having been trafficked",
        `Response: ${raw(a, "tid")}`,
        "2. The number of looked after children suspected of having been trafficked",
        `Response: ${raw(a, "tsu")}`,
        "3. Of the children at 1 and 2, the number who went missing",
        `Response: ${raw(a, "twm")}`,
        "4. The number of missing episodes for the children at 3",
        `Response: ${raw(a, "tmi")}`,
        "5. The number of the children at 3 who have not been found",
        `Response: ${raw(a, "tnf")}`,
        "6. The number of unaccompanied asylum seeking children looked after",
        `Response: ${raw(a, "ula")}`,
        "7. Of the children at 6, the number who went missing",
        `Response: ${raw(a, "uwm")}`,
        "8. The number of missing episodes for the children at 7",
        `Response: ${raw(a, "umi")}`,
        "9. The number of the children at 7 who have not been found",
        `Response: ${raw(a, "unf")}`,
        "",
        "The figures include children looked after at home and children looked after and accommodated.",
        "If you are dissatisfied with this response you may ask for a review within 40 working days.",
      ]),
  });
}

// ================================================================================================
// Planted problems
// ================================================================================================

const PLAIN: Labels = [
  ["tla", "Looked after children identified or suspected as trafficked"],
  ["twm", "Of these, the number who went missing"],
  ["tmi", "Number of missing episodes for these children"],
  ["tnf", "Number of these children still missing"],
  ["ula", "Unaccompanied asylum seeking children looked after"],
  ["uwm", "Of these, the number who went missing"],
  ["umi", "Number of missing episodes for these children"],
  ["unf", "Number of these children still missing"],
];

/** A simple question/answer workbook. */
function qaBook(author: string, sheet: string, head: readonly string[], a: Answers, labels: Labels = PLAIN) {
  return () =>
    xlsx(author, (wb) => {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [70, 14]);
      put(ws, 1, 1, [...head.map((h) => [h]), [], ["Question", "Answer"], ...rowsXl(a, labels)]);
    });
}
/** A simple question/answer CSV. */
function qaCsv(head: readonly string[], a: Answers, labels: Labels = PLAIN, o: Parameters<typeof csv>[1] = {}) {
  return () => csv([...head.map((h) => [h]), [], ["Question", "Answer"], ...rowsCsv(a, labels)], o);
}

// Sunderland: more UASC went missing than were looked after.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [4, 6, 9, 0]) };
  add({
    file: "Sunderland City Council FOI 15-1844.xlsx",
    code: C.sunderland,
    answers: a,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "more UASC went missing (6) than were looked after (4)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.sunderland,
      },
    ],
    bytes: qaBook(
      "Sunderland City Council",
      "FOI 15-1844",
      ["Sunderland City Council", "FOI 15-1844: 1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// Gateshead: more trafficked children not found than went missing.
{
  const a: Answers = { tla: n(5), twm: n(2), tmi: n(4), tnf: n(3), ...four("u", [7, 1, 2, 0]) };
  add({
    file: "Gateshead Council FOI 2015-2290.csv",
    code: C.gateshead,
    answers: a,
    contested: ["twm", "tnf"],
    planted: [
      {
        problem: "trafficked children not found (3) exceed those who went missing (2)",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.gateshead,
      },
    ],
    bytes: qaCsv(["Gateshead Council", "FOI 2015-2290 - period 01/10/2014 to 30/09/2015"], a),
  });
}

// Dudley: fewer UASC missing episodes than UASC who went missing (semicolon CSV).
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [15, 5, 2, 0]) };
  add({
    file: "Dudley MBC FOI DMBC-15-0733.csv",
    code: C.dudley,
    answers: a,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "fewer UASC missing episodes (2) than UASC who went missing (5)",
        codes: ["check_incidents_below_children"],
        authority: C.dudley,
      },
    ],
    bytes: qaCsv(
      ["Dudley Metropolitan Borough Council", "Request DMBC-15-0733, 1 October 2014 - 30 September 2015"],
      a,
      PLAIN,
      {
        delimiter: ";",
      },
    ),
  });
}

// Solihull: no trafficked child went missing, yet two missing episodes.
{
  const a: Answers = { tla: n(2), twm: n(0), tmi: n(2), tnf: n(0), ...four("u", [22, 3, 6, 0]) };
  add({
    file: "Solihull MBC FOI 5519.xlsx",
    code: C.solihull,
    answers: a,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "0 trafficked children went missing but 2 missing episodes",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
        authority: C.solihull,
      },
    ],
    bytes: qaBook(
      "Solihull Metropolitan Borough Council",
      "Response",
      ["Solihull Metropolitan Borough Council", "FOI 5519 – 01/10/2014 to 30/09/2015"],
      a,
    ),
  });
}

// Bradford: identified + suspected does not equal the trafficked total.
{
  const a: Answers = {
    tid: n(3),
    tsu: n(4),
    tla: n(6),
    twm: n(2),
    tmi: n(3),
    tnf: n(0),
    ...four("u", [27, 5, 12, 1]),
  };
  add({
    file: "City of Bradford MDC FOI 15-8841.xlsx",
    code: C.bradford,
    answers: a,
    contested: ["tid", "tsu", "tla"],
    planted: [
      {
        problem: "identified (3) + suspected (4) does not equal the trafficked total (6)",
        codes: ["check_parts_sum"],
        authority: C.bradford,
      },
    ],
    bytes: qaBook(
      "City of Bradford Metropolitan District Council",
      "FOI 15-8841",
      ["City of Bradford Metropolitan District Council", "FOI 15-8841 – 1 October 2014 to 30 September 2015"],
      a,
      [
        ["tid", "Looked after children identified as trafficked"],
        ["tsu", "Looked after children suspected of being trafficked"],
        ["tla", "Total trafficked looked after children"],
        ...PLAIN.slice(1),
      ],
    ),
  });
}

// Kirklees: the not-found total is not trafficked + UASC not found.
{
  const a: Answers = { ...four("t", [2, 1, 2, 1]), ...four("u", [18, 4, 6, 2]), nf: n(4) };
  add({
    file: "Kirklees Council FOI 2015-11-0102.csv",
    code: C.kirklees,
    answers: a,
    contested: ["tnf", "unf", "nf"],
    planted: [
      {
        problem: "total not found (4) is not trafficked (1) + UASC (2) not found",
        codes: ["check_not_found_total"],
        authority: C.kirklees,
      },
    ],
    bytes: qaCsv(["Kirklees Council", "FOI 0102 - 1 October 2014 to 30 September 2015"], a, [
      ...PLAIN,
      ["nf", "Total children (trafficked and UASC) still missing"],
    ]),
  });
}

// Croydon: UASC nationality sheet sums to 14, but 12 UASC went missing.
{
  const a: Answers = { ...four("t", [9, 3, 7, 1]), ...four("u", [410, 12, 37, 3]) };
  add({
    file: "Croydon Council FOI 2015-7781.xlsx",
    code: C.croydon,
    answers: a,
    contested: ["uwm"],
    planted: [
      {
        problem: "UASC nationality breakdown sums to 14 but 12 UASC went missing",
        codes: ["check_nationality_sum"],
        authority: C.croydon,
      },
    ],
    bytes: () =>
      xlsx("London Borough of Croydon", (wb) => {
        const ws = wb.addWorksheet("Answers");
        widths(ws, [70, 14]);
        put(ws, 1, 1, [
          ["London Borough of Croydon"],
          ["FOI 2015-7781 – 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, PLAIN),
        ]);
        const nat = wb.addWorksheet("Nationality");
        widths(nat, [30, 12]);
        put(nat, 1, 1, [
          ["Unaccompanied asylum seeking children who went missing – nationality"],
          ["Nationality", "Number"],
          ["Afghan", 5],
          ["Albanian", 3],
          ["Eritrean", 2],
          ["Vietnamese", 2],
          ["Syrian", 1],
          ["Iraqi", 1],
        ]);
      }),
  });
}

// Leeds: figures for the financial year 2014-15.
{
  const a: Answers = { ...four("t", [4, 1, 2, 0]), ...four("u", [35, 6, 11, 0]) };
  add({
    file: "Leeds City Council FOI 2015-23188.csv",
    code: C.leeds,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for the financial year 2014-15 (April 2014 to March 2015)",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.leeds,
      },
    ],
    bytes: qaCsv(
      [
        "Leeds City Council - Children's Services",
        "Figures are for the 2014-15 financial year (1 April 2014 to 31 March 2015)",
      ],
      a,
    ),
  });
}

// Wakefield: last year's period.
{
  const a: Answers = { ...four("t", [1, 0, 0, 0]), ...four("u", [12, 2, 3, 0]) };
  add({
    file: "Wakefield Council FOI 15-1901.xlsx",
    code: C.wakefield,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for 1 October 2013 to 30 September 2014 (the previous year)",
        codes: ["period_mismatch"],
        authority: C.wakefield,
      },
    ],
    bytes: qaBook(
      "Wakefield Council",
      "FOI 15-1901",
      ["Wakefield Council – FOI 15-1901", "Reporting period: 1 October 2013 to 30 September 2014"],
      a,
    ),
  });
}

// Enfield: two returns disagree on UASC looked after.
{
  const first: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [45, 9, 20, 2]) };
  const second: Answers = { ...four("t", [3, 1, 2, 0]), ...four("u", [47, 9, 20, 2]) };
  add({
    file: "Enfield Council FOI 4410 response.csv",
    code: C.enfield,
    answers: first,
    bytes: qaCsv(["London Borough of Enfield", "FOI 4410 - 1 October 2014 to 30 September 2015"], first),
  });
  add({
    file: "LB Enfield - FOI 4410 final.xlsx",
    code: C.enfield,
    answers: second,
    planted: [
      {
        problem: "two returns disagree on UASC looked after (45 v 47)",
        codes: ["duplicate_conflict"],
        authority: C.enfield,
      },
    ],
    bytes: qaBook(
      "London Borough of Enfield",
      "Final",
      ["London Borough of Enfield – FOI 4410 (final)", "1 October 2014 to 30 September 2015"],
      second,
    ),
  });
}

// File name says Barnet; the content is Harrow's.
{
  const a: Answers = { ...four("t", [2, 0, 0, 0]), ...four("u", [29, 5, 8, 1]) };
  add({
    file: "Barnet FOI 2015 5521.csv",
    code: null,
    answers: a,
    untrusted: true,
    alsoFlag: [C.barnet, C.harrow],
    planted: [
      {
        problem: "file name says Barnet, content is the London Borough of Harrow",
        codes: ["authority_mismatch", "file_misnamed"],
      },
    ],
    bytes: qaCsv(["London Borough of Harrow - People Services", "FOI 5521: 1 October 2014 to 30 September 2015"], a),
  });
}

// A workbook that names no authority anywhere.
{
  const a: Answers = { ...four("t", [1, 1, 1, 0]), ...four("u", [10, 2, 2, 0]) };
  add({
    file: "Response - children in care request (final).xlsx",
    code: null,
    answers: a,
    untrusted: true,
    planted: [{ problem: "file names no authority (content or file name)", codes: ["authority_unidentified"] }],
    bytes: qaBook(
      "Information Team",
      "Sheet1",
      ["Freedom of Information response", "1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// Lewisham: a negative count.
{
  const a: Answers = {
    tla: n(4),
    twm: n(2),
    tmi: n(3),
    tnf: nx("-1"),
    ...four("u", [61, 8, 15, 1]),
  };
  add({
    file: "Lewisham FOI LBL-15-3321.csv",
    code: C.lewisham,
    answers: a,
    contested: ["tnf"],
    planted: [
      { problem: "negative count (-1) for trafficked still missing", codes: ["value_negative"], authority: C.lewisham },
    ],
    bytes: qaCsv(["London Borough of Lewisham", "LBL-15-3321, 1 October 2014 - 30 September 2015"], a),
  });
}

// Hackney: a fractional count of UASC missing episodes.
{
  const a: Answers = { ula: n(29), uwm: n(4), umi: frac(2.5), unf: n(0), ...four("t", [3, 1, 1, 0]) };
  add({
    file: "Hackney Council FOI 15-2207.xlsx",
    code: C.hackney,
    answers: a,
    planted: [
      {
        problem: "UASC missing episodes given as 2.5",
        codes: ["value_fractional", "value_unparsed"],
        authority: C.hackney,
      },
    ],
    bytes: qaBook(
      "London Borough of Hackney",
      "FOI 15-2207",
      ["London Borough of Hackney", "FOI 15-2207 – 1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// Greenwich: an estimate instead of a figure.
{
  const a: Answers = {
    ...four("t", [2, 0, 0, 0]),
    ula: nx("around 20 (tbc)"),
    uwm: n(3),
    umi: n(5),
    unf: n(0),
  };
  add({
    file: "Royal Borough of Greenwich FOI 1560.csv",
    code: C.greenwich,
    answers: a,
    planted: [
      {
        problem: "UASC looked after answered 'around 20 (tbc)'",
        codes: ["value_unparsed"],
        authority: C.greenwich,
      },
    ],
    bytes: qaCsv(["Royal Borough of Greenwich", "FOI 1560 - 1 October 2014 to 30 September 2015"], a),
  });
}

// Lambeth: the answers and a summary box below disagree on UASC looked after.
{
  const a: Answers = { ...four("t", [5, 2, 6, 0]), ...four("u", [52, 11, 30, 2]) };
  add({
    file: "Lambeth Council FOI IR-284410.xlsx",
    code: C.lambeth,
    answers: a,
    contested: ["ula"],
    planted: [
      {
        problem: "UASC looked after given as 52 in the answers and 55 in the summary below",
        codes: ["value_conflict", "duplicate_conflict"],
        authority: C.lambeth,
      },
    ],
    bytes: () =>
      xlsx("London Borough of Lambeth", (wb) => {
        const ws = wb.addWorksheet("IR-284410");
        widths(ws, [70, 14]);
        put(ws, 1, 1, [
          ["London Borough of Lambeth – IR-284410"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ...rowsXl(a, PLAIN),
          [],
          ["Summary"],
          ["Unaccompanied asylum seeking children looked after", 55],
          ["Trafficked children looked after", 5],
        ]);
      }),
  });
}

// Merton: went missing and episodes given once for both groups together.
{
  const a: Answers = { tla: n(1), ula: n(14), nf: n(0) };
  add({
    file: "Merton Council FOI 2015-4562.csv",
    code: C.merton,
    answers: a,
    planted: [
      {
        problem: "went missing (6) and missing episodes (10) given only for trafficked and UASC together",
        codes: ["label_ambiguous", "label_unmatched", "layout_unknown", "label_outside_request"],
        authority: C.merton,
      },
    ],
    bytes: () =>
      csv([
        ["London Borough of Merton"],
        ["FOI 2015-4562: 1 October 2014 to 30 September 2015"],
        [],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        ["Children in either group who went missing (we cannot split this by group)", "6"],
        ["Missing episodes, both groups combined", "10"],
        ["Children in either group still missing", raw(a, "nf")],
      ]),
  });
}

// Newham: a section 12 refusal letter.
add({
  file: "Newham FOI refusal 2015-0998.txt",
  code: C.newham,
  answers: {},
  document: "refused",
  planted: [
    { problem: "whole-letter refusal under section 12 (cost limit)", codes: ["document_refused"], authority: C.newham },
  ],
  bytes: () =>
    letter([
      "London Borough of Newham",
      "Freedom of Information request 2015-0998",
      "",
      "Dear Sir or Madam,",
      "",
      "You asked for information about looked after children who were trafficked or were unaccompanied asylum seeking children, and how many of them went missing, between 1 October 2014 and 30 September 2015.",
      "",
      "Missing episodes are recorded in case notes rather than in a reportable field. To answer your request we would need to read the case file of every child in these groups, which we estimate would take well over 18 hours.",
      "",
      "We are therefore refusing your request under section 12 of the Freedom of Information Act 2000, as the cost of compliance would exceed the appropriate limit of £450.",
      "",
      "You may wish to narrow your request, for example to a single question. You have the right to ask for an internal review.",
      "",
      "Yours faithfully,",
      "Information Governance",
    ]),
});

// Redbridge: trafficked answers withheld under section 40(2).
{
  const w = "Withheld - section 40(2) personal data";
  const a: Answers = { tla: ref(w), twm: ref(w), tmi: ref(w), tnf: ref(w), ...four("u", [73, 10, 26, 1]) };
  add({
    file: "Redbridge FOI 15-6634.xlsx",
    code: C.redbridge,
    answers: a,
    planted: [
      {
        problem: "trafficked answers withheld under section 40(2)",
        codes: ["value_refused", "document_refused"],
        authority: C.redbridge,
      },
    ],
    bytes: qaBook(
      "London Borough of Redbridge",
      "FOI 15-6634",
      ["London Borough of Redbridge", "FOI 15-6634 – 1 October 2014 to 30 September 2015"],
      a,
    ),
  });
}

// Sutton: a scanned PDF.
add({
  file: "LB Sutton FOI response (scan).pdf",
  code: C.sutton,
  answers: {},
  planted: [
    {
      problem: "scanned PDF with no text layer",
      codes: ["file_scanned", "file_unsupported", "file_unparsed", "file_no_figures"],
      authority: C.sutton,
    },
  ],
  bytes: () => scannedPdf(),
});

// Tower Hamlets: a legacy .xls workbook.
add({
  file: "Tower Hamlets FOI 11872.xls",
  code: C.towerHamlets,
  answers: {},
  planted: [
    {
      problem: "legacy Excel 97-2003 workbook (.xls)",
      codes: ["file_unsupported", "file_corrupt", "file_unparsed"],
      authority: C.towerHamlets,
    },
  ],
  bytes: () => legacyXls("London Borough of Tower Hamlets FOI 11872 trafficked UASC missing"),
});

// Waltham Forest: a truncated workbook.
add({
  file: "Waltham Forest FOI 2015-3391.xlsx",
  code: C.walthamForest,
  answers: {},
  planted: [
    { problem: "truncated xlsx (corrupt zip)", codes: ["file_corrupt", "file_unparsed"], authority: C.walthamForest },
  ],
  bytes: async () => {
    const whole = await qaBook("London Borough of Waltham Forest", "Response", ["London Borough of Waltham Forest"], {
      ...four("t", [1, 0, 0, 0]),
      ...four("u", [40, 6, 9, 0]),
    })();
    return whole.slice(0, Math.floor(whole.length * 0.6));
  },
});

// Wandsworth: an empty CSV.
add({
  file: "Wandsworth FOI 15-2214.csv",
  code: C.wandsworth,
  answers: {},
  planted: [{ problem: "empty file (0 bytes)", codes: ["file_empty", "file_corrupt"], authority: C.wandsworth }],
  bytes: () => new Uint8Array(0),
});

// Hammersmith & Fulham: a legacy Word document.
add({
  file: "Hammersmith and Fulham FOI 15-4410 letter.doc",
  code: C.hammersmith,
  answers: {},
  planted: [
    {
      problem: "legacy Word 97-2003 document (.doc)",
      codes: ["file_unsupported", "file_corrupt", "file_unparsed", "file_no_figures"],
      authority: C.hammersmith,
    },
  ],
  bytes: () => legacyXls("Hammersmith and Fulham Council FOI 15-4410 response letter"),
});

// Westminster: an episode list with one unreadable row (a start date of "not recorded").
{
  const rows: [string, string, string, string][] = [
    ["WCC-0771", "Trafficked", "12/12/2014", "13/12/2014"],
    ["WCC-0771", "Trafficked", "01/04/2015", "03/04/2015"],
    ["WCC-0802", "UASC", "18/10/2014", "19/10/2014"],
    ["WCC-0802", "UASC", "not recorded", "05/01/2015"],
    ["WCC-0802", "UASC", "27/06/2015", "28/06/2015"],
    ["WCC-0815", "UASC", "09/02/2015", ""],
    ["WCC-0840", "UASC", "14/07/2015", "15/07/2015"],
  ];
  // Trafficked: 1 child, 2 episodes, 0 not found. UASC: 3 children, 1 not found; episodes 4 or 3.
  const a: Answers = {
    tla: n(2),
    twm: n(1),
    tmi: n(2),
    tnf: n(0),
    ula: n(57),
    uwm: n(3),
    umi: nx("4 rows, one with no start date"),
    unf: n(1),
  };
  add({
    file: "Westminster City Council FOI 15-0918 episodes.csv",
    code: C.westminster,
    answers: a,
    contested: ["umi"],
    planted: [
      {
        problem: "episode row with 'not recorded' as the date the child went missing",
        codes: ["episode_row_unreadable"],
        authority: C.westminster,
      },
    ],
    bytes: () =>
      csv([
        ["Westminster City Council - FOI 15-0918"],
        ["Looked after children, 1 October 2014 to 30 September 2015"],
        [],
        ["Trafficked children looked after (identified or suspected)", raw(a, "tla")],
        ["Unaccompanied asylum seeking children looked after", raw(a, "ula")],
        [],
        ["Missing episodes (one row per episode; no return date = not found)"],
        ["Child reference", "Group", "Date missing", "Date found"],
        ...rows,
      ]),
  });
}

// Derry City and Strabane: NI council, redirect to the Western HSC Trust (letter).
add({
  file: "Derry City and Strabane DC FOI 2015-212.txt",
  code: C.derry,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: looked after children are the Western HSC Trust's responsibility (redirect)",
      codes: ["document_not_held"],
      authority: C.derry,
    },
  ],
  bytes: () =>
    letter([
      "Derry City and Strabane District Council",
      "Freedom of Information Act 2000 - request DCSDC/FOI/2015/212",
      "",
      "Dear Requester,",
      "",
      "The Council does not hold the information you have asked for. In Northern Ireland, children's social services, including the care of looked after children, are delivered by the Health and Social Care Trusts. For this council area that is the Western Health and Social Care Trust.",
      "",
      "You may wish to send your request to the Western HSC Trust's Freedom of Information office.",
      "",
      "Yours sincerely,",
      "Information Officer",
    ]),
});

// Mid and East Antrim: NI council, a workbook holding a not-held statement.
add({
  file: "Mid and East Antrim BC FOI response 15-117.xlsx",
  code: C.midEastAntrim,
  answers: {},
  document: "not_held",
  planted: [
    {
      problem: "NI council: information not held, request should go to the Northern HSC Trust (workbook)",
      codes: ["document_not_held"],
      authority: C.midEastAntrim,
    },
  ],
  bytes: () =>
    xlsx("Mid and East Antrim Borough Council", (wb) => {
      const ws = wb.addWorksheet("Response");
      widths(ws, [110]);
      put(ws, 1, 1, [
        ["Mid and East Antrim Borough Council – FOI 15-117"],
        [],
        ["Mid and East Antrim Borough Council does not hold any of the information requested."],
        ["Looked after children in the borough are the responsibility of the Northern Health and Social Care Trust,"],
        ["to whom this request should be directed."],
      ]);
    }),
});

// Buckinghamshire: the trafficked total is a formula with no saved result.
{
  const a: Answers = {
    tid: n(2),
    tsu: n(1),
    twm: n(1),
    tmi: n(1),
    tnf: n(0),
    ...four("u", [33, 4, 7, 0]),
  };
  add({
    file: "Buckinghamshire County Council FOI 6611.xlsx",
    code: C.buckinghamshire,
    answers: a,
    planted: [
      {
        problem: "trafficked total is a formula (=B5+B6) with no saved result",
        codes: ["formula_no_result"],
        authority: C.buckinghamshire,
      },
    ],
    bytes: () =>
      xlsx("Buckinghamshire County Council", (wb) => {
        const ws = wb.addWorksheet("FOI 6611");
        widths(ws, [64, 14]);
        put(ws, 1, 1, [
          ["Buckinghamshire County Council – FOI 6611"],
          ["1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer"],
          ["Looked after children identified as trafficked", cell(a, "tid")],
          ["Looked after children suspected of being trafficked", cell(a, "tsu")],
          ["Total trafficked looked after children", ""],
          ...rowsXl(a, PLAIN.slice(1)),
        ]);
        ws.getCell("B7").value = { formula: "B5+B6" } as ExcelJS.CellFormulaValue;
      }),
  });
}

// Newport: more trafficked children went missing than were looked after (bilingual labels).
{
  const a: Answers = { tla: n(1), twm: n(3), tmi: n(4), tnf: n(0), ...four("u", [11, 2, 2, 0]) };
  add({
    file: "Newport City Council FOI 15-580.csv",
    code: C.newport,
    answers: a,
    contested: ["tla", "twm"],
    planted: [
      {
        problem: "more trafficked children went missing (3) than were looked after (1)",
        codes: ["check_missing_exceeds_looked_after"],
        authority: C.newport,
      },
    ],
    bytes: qaCsv(["Cyngor Dinas Casnewydd / Newport City Council", "FOI 15-580: 01/10/2014 - 30/09/2015"], a, [
      ["tla", "Plant sy'n derbyn gofal a fasnachwyd / Looked after children trafficked (identified or suspected)"],
      ["twm", "Aeth ar goll / Went missing"],
      ["tmi", "Achosion o fynd ar goll / Missing episodes"],
      ["tnf", "Heb eu canfod / Not found"],
      ["ula", "Plant ar eu pennau eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children"],
      ["uwm", "Aeth ar goll / Went missing"],
      ["umi", "Achosion o fynd ar goll / Missing episodes"],
      ["unf", "Heb eu canfod / Not found"],
    ]),
  });
}

// Renfrewshire: Scottish return for the 2014/15 financial year.
{
  const a: Answers = { ...four("t", [0, 0, 0, 0]), ...four("u", [6, 1, 3, 0]) };
  add({
    file: "Renfrewshire Council FOISA 15-0377.xlsx",
    code: C.renfrewshire,
    answers: a,
    untrusted: true,
    planted: [
      {
        problem: "figures are for the financial year 2014/15 (1 April 2014 to 31 March 2015)",
        codes: ["period_approximate", "period_mismatch"],
        authority: C.renfrewshire,
      },
    ],
    bytes: qaBook(
      "Renfrewshire Council",
      "FOISA 15-0377",
      [
        "Renfrewshire Council – Freedom of Information (Scotland) Act 2002",
        "Figures relate to the financial year 2014/15 (1 April 2014 – 31 March 2015)",
      ],
      a,
      [
        ["tla", "Looked after and accommodated children identified or suspected as trafficked"],
        ["twm", "Of these, the number who went missing"],
        ["tmi", "Number of missing episodes"],
        ["tnf", "Number not traced"],
        ["ula", "Unaccompanied asylum seeking children looked after and accommodated"],
        ["uwm", "Of these, the number who went missing"],
        ["umi", "Number of missing episodes"],
        ["unf", "Number not traced"],
      ],
    ),
  });
}

// Kingston upon Hull: more UASC not found than went missing.
{
  const a: Answers = { ...four("t", [3, 1, 1, 0]), ...four("u", [20, 3, 7, 4]) };
  add({
    file: "Hull City Council FOI 000781.csv",
    code: C.hull,
    answers: a,
    contested: ["uwm", "unf"],
    planted: [
      {
        problem: "UASC not found (4) exceed UASC who went missing (3)",
        codes: ["check_not_found_exceeds_missing"],
        authority: C.hull,
      },
    ],
    bytes: qaCsv(["Hull City Council", "FOI 000781 - 1 October 2014 to 30 September 2015"], a, PLAIN, {
      encoding: "cp1252",
    }),
  });
}

// ================================================================================================
// Building and writing the corpus
// ================================================================================================

export const SPECS: readonly ReturnSpec[] = specs;

/** Every file of the corpus, keyed by its path under fixtures/holdout6/. */
export function buildHoldout6(): Promise<Map<string, Uint8Array>> {
  return buildCorpus("holdout6", specs);
}

/** Write the corpus to `dir` (fixtures/holdout6), replacing what is there. */
export async function generateHoldout6(dir: string): Promise<void> {
  await writeCorpus(dir, await buildHoldout6());
}
