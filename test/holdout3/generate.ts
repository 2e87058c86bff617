/**
 * The third blind holdout corpus (fixtures/holdout3): returns written the way
 * UK councils plausibly answer the 2015 "Heading back to harm" request, in
 * wording and layouts of our own, with planted problems.
 *
 *   WRITE_HOLDOUT3=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout3
 *
 * Writes returns/, truth.csv, statuses.csv and planted.csv. Deterministic:
 * fixed workbook dates and zip entry times.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { legacyDoc, tinyOds, tinyPng, utf8 } from "./bytes.js";
import {
  type Answers,
  as,
  cell,
  checkTruth,
  csv,
  type LONG,
  letter,
  n,
  nh,
  nx,
  put,
  type ReturnSpec,
  raw,
  readings,
  ref,
  sup,
  txt,
  xlsx,
} from "./model.js";

const PERIOD = "1 October 2014 to 30 September 2015";
const PERIOD_CODES = "period_approximate|period_mismatch";

/** Question/answer rows (label, answer key) written into a sheet from `row`, label in `col`, answer `gap` columns right. */
function qa(
  ws: ExcelJS.Worksheet,
  a: Answers,
  row: number,
  rows: readonly (readonly [string, keyof typeof LONG])[],
  col = 1,
  gap = 1,
): number {
  let r = row;
  for (const [label, k] of rows) {
    put(ws, r, col, [label]);
    ws.getCell(r, col + gap).value = cell(a, k);
    r += 1;
  }
  return r;
}

// =============================================================================================
// Returns with figures a careful reader can take (layout and wording variety)
// =============================================================================================

const barnet: Answers = {
  tla: as("7*", 7),
  twm: n(3),
  tmi: n(11),
  tnf: n(1),
  ula: n(64),
  uwm: n(9),
  umi: n(23),
  unf: n(2),
};
const camden: Answers = { tla: n(5), twm: n(2), tmi: n(6), tnf: n(0), ula: n(41), uwm: n(6), umi: n(15), unf: n(1) };
const enfield: Answers = {
  tla: n(3),
  twm: n(1),
  tmi: n(1),
  tnf: n(0),
  ula: n(52),
  uwm: n(7),
  umi: n(19),
  unf: n(2),
  nf: n(2),
};
const hounslow: Answers = { tla: n(6), twm: n(2), tmi: n(5), tnf: n(0), ula: n(88), uwm: n(12), umi: n(37), unf: n(3) };
const lewisham: Answers = { tla: n(9), twm: n(4), tmi: n(13), tnf: n(1), ula: n(47), uwm: n(5), umi: n(9), unf: n(1) };
const merton: Answers = {
  tla: as("2 (provisional)", 2),
  twm: as("0 (nil)", 0),
  tmi: as("0 (nil)", 0),
  tnf: as("None recorded", 0),
  ula: n(31),
  uwm: n(3),
  umi: n(4),
  unf: n(0),
};
const redbridge: Answers = { tla: n(8), twm: n(2), tmi: n(2), tnf: n(0), ula: n(29), uwm: n(4), umi: n(10), unf: n(1) };
const sutton: Answers = {
  tla: n(3),
  twm: n(0),
  tmi: n(0),
  tnf: as("-", 0),
  ula: n(22),
  uwm: n(1),
  umi: n(1),
  unf: n(0),
};
const wandsworth: Answers = {
  tla: n(4),
  twm: n(1),
  tmi: n(2),
  tnf: n(0),
  ula: n(61),
  uwm: n(8),
  umi: n(26),
  unf: n(1),
};
const towerHamlets: Answers = {
  tla: n(4),
  twm: n(1),
  tmi: n(3),
  tnf: n(0),
  ula: n(38),
  uwm: n(5),
  umi: n(12),
  unf: n(2),
};
const walthamForest: Answers = {
  tla: n(6),
  twm: n(2),
  tmi: n(5),
  tnf: as("none of the trafficked children who went missing remain missing", 0),
  ula: n(33),
  uwm: n(3),
  umi: n(7),
  unf: n(1),
};
// Havering and Harrow: episode lists (counts below are what the lists aggregate to).
const havering: Answers = { tla: n(3), twm: n(1), tmi: n(2), tnf: n(0), ula: n(19), uwm: n(3), umi: n(6), unf: n(1) };
const harrow: Answers = { tla: n(2), twm: n(1), tmi: n(1), tnf: n(0), ula: n(27), uwm: n(4), umi: n(7), unf: n(2) };
const ceredigion: Answers = {
  tla: n(0),
  twm: as("Dim / Nil", 0),
  tmi: as("Dim / Nil", 0),
  tnf: as("Dim / Nil", 0),
  ula: n(3),
  uwm: n(0),
  umi: n(0),
  unf: n(0),
};
const carmarthenshire: Answers = {
  tla: n(1),
  twm: n(1),
  tmi: n(4),
  tnf: n(0),
  ula: n(7),
  uwm: n(2),
  umi: n(2),
  unf: n(0),
};
const angus: Answers = { tla: n(0), twm: n(0), tmi: n(0), tnf: n(0), ula: n(4), uwm: n(1), umi: n(1), unf: n(0) };
const westLothian: Answers = {
  tla: n(2),
  twm: n(1),
  tmi: n(3),
  tnf: n(0),
  ula: n(6),
  uwm: n(0),
  umi: n(0),
  unf: n(0),
};
const falkirk: Answers = { tla: n(1), twm: n(0), tmi: n(0), tnf: n(0), ula: n(2), uwm: n(1), umi: n(2), unf: n(0) };
const bromley: Answers = { tla: n(5), twm: n(2), tmi: n(4), tnf: n(1), ula: n(57), uwm: n(6), umi: n(14), unf: n(1) };
const rbkc: Answers = {
  tla: n(2),
  twm: n(0),
  tmi: n(0),
  tnf: n(0),
  ula: n(26),
  uwm: n(2),
  umi: n(3),
  unf: as("1 (still missing)", 1),
};
const lbhf: Answers = { tla: n(3), twm: n(1), tmi: n(2), tnf: n(0), ula: n(44), uwm: n(6), umi: n(18), unf: n(1) };
const herts: Answers = {
  tla: n(11),
  twm: n(4),
  tmi: n(19),
  tnf: n(1),
  ula: n(127),
  uwm: n(41),
  umi: as("1,204", 1204),
  unf: n(3),
};
const slough: Answers = { tla: n(1), twm: n(0), tmi: n(0), tnf: n(0), ula: n(18), uwm: n(2), umi: n(5), unf: n(0) };
const scilly: Answers = {
  tla: as("Nil return", 0),
  twm: as("Nil return", 0),
  tmi: as("Nil return", 0),
  tnf: as("Nil return", 0),
  ula: as("Nil return", 0),
  uwm: as("Nil return", 0),
  umi: as("Nil return", 0),
  unf: as("Nil return", 0),
};
const staffs: Answers = {
  tla: sup("under 5"),
  twm: nx("[x]"),
  tmi: nx("[x]"),
  tnf: n(0),
  ula: n(36),
  uwm: sup("1 to 4"),
  umi: n(9),
  unf: n(0),
};
const lincs: Answers = {
  tla: sup("<10"),
  twm: nx("suppressed"),
  tmi: nx("suppressed"),
  tnf: nx("n/k"),
  ula: n(41),
  uwm: n(7),
  umi: n(16),
  unf: nx("Not known"),
};
const cambs: Answers = {
  tla: n(6),
  twm: ref("Withheld (s.40)"),
  tmi: ref("Exempt – section 40(2)"),
  tnf: ref("Withheld (s.40)"),
  ula: n(63),
  uwm: n(11),
  umi: ref("Refused under s.12"),
  unf: n(2),
};
const derbys: Answers = {
  tla: n(2),
  twm: n(1),
  tmi: nh("Information not held centrally"),
  tnf: n(0),
  ula: n(28),
  uwm: n(4),
  umi: nh("Information not held centrally"),
  unf: n(1),
};
const suffolk: Answers = {
  tid: n(1),
  tsu: n(2),
  tla: n(3),
  twm: n(1),
  tmi: n(1),
  tnf: n(0),
  ula: txt(45),
  uwm: txt(8),
  umi: n(21),
  unf: n(2),
};
const oxon: Answers = { tla: n(7), twm: n(2), tmi: n(3), tnf: n(1), ula: n(54), uwm: n(9), umi: n(20), unf: n(0) };
const gloucs: Answers = {
  tid: n(2),
  tsu: n(3),
  tla: n(5),
  twm: n(2),
  tmi: n(3),
  tnf: n(0),
  ula: n(37),
  uwm: n(4),
  umi: n(8),
  unf: n(1),
};
const worcs: Answers = {
  tid: n(1),
  tsu: n(3),
  twm: n(2),
  tmi: n(2),
  tnf: n(0),
  ula: n(24),
  uwm: n(3),
  umi: n(5),
  unf: n(1),
};
const somerset: Answers = { tla: n(1), twm: n(0), tmi: n(0), tnf: n(0), ula: n(14), uwm: n(1), umi: n(2), unf: n(0) };
const northYorks: Answers = {
  tla: n(4),
  twm: n(1),
  tmi: n(2),
  tnf: n(0),
  ula: n(22),
  uwm: n(3),
  umi: n(3),
  unf: n(0),
  nf: n(0),
};
const leics: Answers = {
  tla: n(2),
  twm: n(1),
  tmi: n(1),
  tnf: n(1),
  ula: n(31),
  uwm: n(5),
  umi: n(9),
  unf: n(1),
  nf: n(2),
};

const CLEAN: ReturnSpec[] = [
  {
    // Long legalistic questions quoting the request; a notes column between question and answer (answer in D).
    file: "Barnet FOI 5521 response.xlsx",
    code: "E09000003",
    answers: barnet,
    bytes: () =>
      xlsx("Information Management Team", (wb) => {
        const ws = wb.addWorksheet("FOI 5521");
        put(ws, 1, 1, ["London Borough of Barnet – Freedom of Information Act 2000 – request reference 5521"]);
        put(ws, 2, 1, ["Period covered: 1 October 2014 – 30 September 2015"]);
        put(ws, 4, 1, ["Q", "Your request", "Notes", "Our response"]);
        const rows: [string, keyof typeof LONG, string][] = [
          [
            "“Please state how many children looked after by the local authority during the period 1 October 2014 to 30 September 2015 were identified, or suspected, as having been trafficked.”",
            "tla",
            "Includes NRM referrals",
          ],
          [
            "“Of the trafficked children referred to in question 1, please state how many went missing from care on at least one occasion during that period.”",
            "twm",
            "",
          ],
          [
            "“Please state the total number of occasions on which the trafficked children referred to in question 2 went missing.”",
            "tmi",
            "Episodes, not children",
          ],
          [
            "“Of the trafficked children referred to in question 2, please state how many had not been found as at 30 September 2015.”",
            "tnf",
            "",
          ],
          [
            "“Please state how many unaccompanied asylum-seeking children were looked after by the local authority during the same period.”",
            "ula",
            "",
          ],
          [
            "“Of the unaccompanied asylum-seeking children referred to in question 5, please state how many went missing from care on at least one occasion.”",
            "uwm",
            "",
          ],
          [
            "“Please state the total number of occasions on which the unaccompanied asylum-seeking children referred to in question 6 went missing.”",
            "umi",
            "Episodes, not children",
          ],
          [
            "“Of the unaccompanied asylum-seeking children referred to in question 6, please state how many had not been found as at 30 September 2015.”",
            "unf",
            "",
          ],
        ];
        rows.forEach(([q, k, note], i) => {
          put(ws, 5 + i, 1, [i + 1, q, note, cell(barnet, k)]);
        });
        put(ws, 14, 1, [
          "* Includes children referred to the National Referral Mechanism and children where trafficking was suspected by the allocated social worker but no referral was made.",
        ]);
      }),
  },
  {
    // Grid: groups down, measures across, a Total row of formulas with cached results.
    file: "Camden.xlsx",
    code: "E09000007",
    answers: camden,
    bytes: () =>
      xlsx("CSF Performance", (wb) => {
        const ws = wb.addWorksheet("Response");
        const a = camden;
        put(ws, 1, 1, ["London Borough of Camden – Children, Schools and Families"]);
        put(ws, 2, 1, [
          "FOI request: trafficked and unaccompanied children who went missing from care, 01/10/2014 to 30/09/2015",
        ]);
        put(ws, 4, 1, [
          "Cohort",
          "No. of CLA",
          "Went missing (at least once)",
          "Missing episodes",
          "Not found at 30/09/2015",
        ]);
        put(ws, 5, 1, [
          "Trafficked (identified or suspected)",
          cell(a, "tla"),
          cell(a, "twm"),
          cell(a, "tmi"),
          cell(a, "tnf"),
        ]);
        put(ws, 6, 1, ["UASC", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")]);
        put(ws, 7, 1, ["Total"]);
        const sums: [string, keyof typeof LONG, keyof typeof LONG][] = [
          ["B", "tla", "ula"],
          ["C", "twm", "uwm"],
          ["D", "tmi", "umi"],
          ["E", "tnf", "unf"],
        ];
        for (const [col, t, u] of sums)
          ws.getCell(`${col}7`).value = {
            formula: `SUM(${col}5:${col}6)`,
            result: Number(raw(a, t)) + Number(raw(a, u)),
          };
      }),
  },
  {
    // Terse grid labels, measures down, groups across with a Total column.
    file: "Enfield LBE FOI 4410.xlsx",
    code: "E09000010",
    answers: enfield,
    bytes: () =>
      xlsx("LBE", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        const a = enfield;
        put(ws, 1, 1, ["London Borough of Enfield"]);
        put(ws, 2, 1, ["FOI 4410 – period 01/10/2014 to 30/09/2015"]);
        put(ws, 4, 1, ["", "Traff.", "UASC", "Total"]);
        const rows: [string, keyof typeof LONG, keyof typeof LONG][] = [
          ["CLA", "tla", "ula"],
          ["Missing (chn)", "twm", "uwm"],
          ["Episodes", "tmi", "umi"],
          ["NF", "tnf", "unf"],
        ];
        rows.forEach(([label, t, u], i) => {
          const total = Number(raw(a, t)) + Number(raw(a, u));
          put(ws, 5 + i, 1, [label, cell(a, t), cell(a, u), total]);
        });
        put(ws, 10, 1, [
          "Traff. = looked after children identified or suspected as trafficked; Missing (chn) = children missing at least once; NF = not found as at 30/09/2015",
        ]);
      }),
  },
  {
    // One sheet per group; the group is only in the sheet name.
    file: "LBH - FOI response.xlsx",
    code: "E09000018",
    answers: hounslow,
    bytes: () =>
      xlsx("Hounslow Children's Services", (wb) => {
        const cover = wb.addWorksheet("Cover");
        put(cover, 1, 1, ["London Borough of Hounslow"]);
        put(cover, 3, 1, ["Freedom of Information request – children missing from care"]);
        put(cover, 4, 1, [`Period: ${PERIOD}`]);
        put(cover, 5, 1, ["The figures for each group of children are on the following sheets."]);
        const labels = [
          "Number of looked after children in the period",
          "Number who went missing at least once",
          "Total number of missing episodes",
          "Number not found by 30 September 2015",
        ];
        const t = wb.addWorksheet("Trafficked");
        put(t, 1, 1, ["Question", "Answer"]);
        qa(
          t,
          hounslow,
          2,
          labels.map((l, i) => [l, (["tla", "twm", "tmi", "tnf"] as const)[i] ?? "tla"] as const),
        );
        const u = wb.addWorksheet("UASC");
        put(u, 1, 1, ["Question", "Answer"]);
        qa(
          u,
          hounslow,
          2,
          labels.map((l, i) => [l, (["ula", "uwm", "umi", "unf"] as const)[i] ?? "ula"] as const),
        );
      }),
  },
  {
    // Two tables side by side on one sheet.
    file: "Lewisham.xlsx",
    code: "E09000023",
    answers: lewisham,
    bytes: () =>
      xlsx("Lewisham CSC", (wb) => {
        const ws = wb.addWorksheet("FOI LEW-15-0877");
        const a = lewisham;
        put(ws, 1, 1, ["London Borough of Lewisham – response to FOI request LEW/15/0877"]);
        put(ws, 2, 1, [`Reporting period ${PERIOD}`]);
        put(ws, 4, 1, [
          "Trafficked children (identified or suspected)",
          "",
          "",
          "Unaccompanied asylum seeking children",
        ]);
        put(ws, 5, 1, ["Measure", "Number", "", "Measure", "Number"]);
        const labels = ["Looked after", "Went missing", "Missing incidents", "Not found"];
        const tk = ["tla", "twm", "tmi", "tnf"] as const;
        const uk = ["ula", "uwm", "umi", "unf"] as const;
        labels.forEach((l, i) => {
          put(ws, 6 + i, 1, [l, cell(a, tk[i] ?? "tla"), "", l, cell(a, uk[i] ?? "ula")]);
        });
      }),
  },
  {
    // Letterhead above the table; the header is on row 12. "0 (nil)", "None recorded", "2 (provisional)".
    file: "Merton FOI 2015-1142.xlsx",
    code: "E09000024",
    answers: merton,
    bytes: () =>
      xlsx("Merton", (wb) => {
        const ws = wb.addWorksheet("Response");
        const lines = [
          "London Borough of Merton",
          "Civic Centre, London Road, Morden SM4 5DX",
          "",
          "Our ref: FOI/2015/1142",
          "Date: 4 November 2015",
          "",
          "Dear Requester,",
          "Thank you for your request, which we have handled under the Freedom of Information Act 2000.",
          `The figures below cover ${PERIOD}.`,
          "Figures marked provisional may change once our annual statutory return has been validated.",
        ];
        lines.forEach((l, i) => {
          put(ws, 1 + i, 1, [l]);
        });
        put(ws, 12, 1, ["Question", "Response"]);
        qa(ws, merton, 13, [
          ["Looked after children identified or suspected as trafficked", "tla"],
          ["Of these, the number who went missing", "twm"],
          ["Number of missing episodes for these children", "tmi"],
          ["Of those who went missing, the number still not found", "tnf"],
          ["Unaccompanied asylum seeking children looked after", "ula"],
          ["Of these, the number who went missing", "uwm"],
          ["Number of missing episodes for these children", "umi"],
          ["Of those who went missing, the number still not found", "unf"],
        ]);
      }),
  },
  {
    // Every value quoted, trailing empty columns; "CiC" and "UAS children".
    file: "Redbridge FOI response.csv",
    code: "E09000026",
    answers: redbridge,
    bytes: () => {
      const a = redbridge;
      return csv(
        [
          ["London Borough of Redbridge"],
          ["Freedom of Information response – children missing from care"],
          ["Period: 01/10/2014 to 30/09/2015"],
          [],
          ["No.", "Question", "Answer"],
          ["1", "Number of CiC identified or suspected as trafficked", raw(a, "tla")],
          ["2", "Number of those CiC who went missing at least once", raw(a, "twm")],
          ["3", "Number of missing episodes (trafficked CiC)", raw(a, "tmi")],
          ["4", "Number of trafficked CiC not yet found", raw(a, "tnf")],
          ["5", "Number of UAS children in care", raw(a, "ula")],
          ["6", "Number of UAS children who went missing at least once", raw(a, "uwm")],
          ["7", "Number of missing episodes (UAS children)", raw(a, "umi")],
          ["8", "Number of UAS children not yet found", raw(a, "unf")],
        ],
        { quoteAll: true, width: 5 },
      );
    },
  },
  {
    // Semicolon-delimited, Windows-1252, from a European-locale Excel.
    file: "Sutton.csv",
    code: "E09000029",
    answers: sutton,
    bytes: () => {
      const a = sutton;
      return csv(
        [
          ["London Borough of Sutton – FOI 15/0392", "", ""],
          ["Period", "1 October 2014 – 30 September 2015", ""],
          ["", "", ""],
          ["Question", "Answer", "Comment"],
          ["Looked after children identified or suspected as victims of trafficking", raw(a, "tla"), ""],
          ["Of whom went missing", raw(a, "twm"), ""],
          ["Missing episodes", raw(a, "tmi"), ""],
          ["Still missing", raw(a, "tnf"), ""],
          ["Unaccompanied asylum seeking children (UASC) looked after", raw(a, "ula"), ""],
          ["UASC who went missing", raw(a, "uwm"), ""],
          ["UASC missing episodes", raw(a, "umi"), "Returned the same day"],
          ["UASC still missing", raw(a, "unf"), ""],
        ],
        { delimiter: ";", encoding: "cp1252" },
      );
    },
  },
  {
    // A tab-separated table saved as .txt.
    file: "Wandsworth.txt",
    code: "E09000032",
    answers: wandsworth,
    bytes: () => {
      const a = wandsworth;
      return letter([
        "London Borough of Wandsworth",
        "Freedom of Information request – reference 2015/7731",
        `Period: ${PERIOD}`,
        "",
        "\tTrafficked (identified or suspected)\tUnaccompanied asylum seeking",
        `Looked after (CLA)\t${raw(a, "tla")}\t${raw(a, "ula")}`,
        `Went missing at least once\t${raw(a, "twm")}\t${raw(a, "uwm")}`,
        `Missing episodes\t${raw(a, "tmi")}\t${raw(a, "umi")}`,
        `Not found at 30 September 2015\t${raw(a, "tnf")}\t${raw(a, "unf")}`,
      ]);
    },
  },
  {
    // A letter answering in bullet points.
    file: "Tower Hamlets.txt",
    code: "E09000030",
    answers: towerHamlets,
    bytes: () => {
      const a = towerHamlets;
      return letter([
        "London Borough of Tower Hamlets",
        "Information Governance",
        "Our ref: 10723",
        "",
        "Dear Sir/Madam,",
        "",
        `Thank you for your request for information. I can provide the following for the period ${PERIOD}:`,
        "",
        `• Number of trafficked children looked after: ${raw(a, "tla")}`,
        `• Number of those trafficked children who went missing: ${raw(a, "twm")}`,
        `• Number of times trafficked children went missing: ${raw(a, "tmi")}`,
        `• Number of trafficked children not found: ${raw(a, "tnf")}`,
        `• Number of unaccompanied asylum seeking children (UASC) looked after: ${raw(a, "ula")}`,
        `• Number of UASC who went missing: ${raw(a, "uwm")}`,
        `• Number of UASC missing episodes: ${raw(a, "umi")}`,
        `• Number of UASC not found: ${raw(a, "unf")}`,
        "",
        "If you are unhappy with this response you may ask for an internal review within 40 working days. You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
        "",
        "Yours faithfully,",
        "FOI Officer",
      ]);
    },
  },
  {
    // A letter answering in paragraphs, "In answer to question N, ...", the figure inside the sentence.
    file: "Waltham Forest.txt",
    code: "E09000031",
    answers: walthamForest,
    bytes: () => {
      const a = walthamForest;
      return letter([
        "London Borough of Waltham Forest",
        "Freedom of Information Request – FOI 2015/09182",
        "",
        `Thank you for your request for information received on 5 October 2015. Your request asked for figures covering ${PERIOD}.`,
        "",
        `In answer to question 1, the Council looked after ${raw(a, "tla")} children during the period who had been identified as, or were suspected of being, victims of trafficking.`,
        "",
        `In answer to question 2, ${raw(a, "twm")} of these trafficked children went missing at least once.`,
        "",
        `In answer to question 3, the trafficked children who went missing were reported missing on ${raw(a, "tmi")} occasions in total.`,
        "",
        `In answer to question 4, ${raw(a, "tnf")}; all have been found.`,
        "",
        `In answer to question 5, the Council looked after ${raw(a, "ula")} unaccompanied asylum-seeking children during the period.`,
        "",
        `In answer to question 6, ${raw(a, "uwm")} unaccompanied asylum-seeking children went missing at least once.`,
        "",
        `In answer to question 7, there were ${raw(a, "umi")} missing episodes involving unaccompanied asylum-seeking children.`,
        "",
        `In answer to question 8, ${raw(a, "unf")} unaccompanied asylum-seeking child has not been found.`,
        "",
        "Yours sincerely,",
        "Information Governance Officer",
      ]);
    },
  },
  {
    // An episode list with a "Date returned" column holding "Still missing"; looked-after counts on a summary sheet.
    file: "Havering missing episodes.xlsx",
    code: "E09000016",
    answers: havering,
    bytes: () =>
      xlsx("Havering", (wb) => {
        const s = wb.addWorksheet("Summary");
        put(s, 1, 1, ["London Borough of Havering – FOI response"]);
        put(s, 2, 1, [`Period: ${PERIOD}`]);
        put(s, 4, 1, ["Trafficked children looked after (identified or suspected)", cell(havering, "tla")]);
        put(s, 5, 1, ["UASC looked after", cell(havering, "ula")]);
        put(s, 7, 1, ["Each missing episode is listed on the next sheet."]);
        const e = wb.addWorksheet("Episodes");
        put(e, 1, 1, ["Child ref", "Category", "Date reported missing", "Date returned"]);
        const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
        const rows: [string, string, Date, Date | string][] = [
          ["HV-0012", "Trafficked", d(2014, 11, 3), d(2014, 11, 4)],
          ["HV-0012", "Trafficked", d(2015, 2, 17), d(2015, 2, 19)],
          ["HV-0231", "UASC", d(2014, 10, 20), d(2014, 10, 21)],
          ["HV-0231", "UASC", d(2015, 1, 9), d(2015, 1, 9)],
          ["HV-0231", "UASC", d(2015, 6, 30), d(2015, 7, 2)],
          ["HV-0244", "UASC", d(2015, 3, 14), "Still missing"],
          ["HV-0259", "UASC", d(2015, 4, 2), d(2015, 4, 3)],
          ["HV-0259", "UASC", d(2015, 8, 22), d(2015, 8, 23)],
        ];
        rows.forEach((r, i) => {
          put(e, 2 + i, 1, r);
          e.getCell(2 + i, 3).numFmt = "dd/mm/yyyy";
          if (r[3] instanceof Date) e.getCell(2 + i, 4).numFmt = "dd/mm/yyyy";
        });
      }),
  },
  {
    // An episode list with "Returned (Y/N)", looked-after counts above it.
    file: "Harrow.csv",
    code: "E09000015",
    answers: harrow,
    bytes: () =>
      csv([
        ["London Borough of Harrow - Freedom of Information response"],
        ["Missing episodes of trafficked and unaccompanied children 01/10/2014 - 30/09/2015"],
        [],
        ["Looked after children identified/suspected as trafficked during period", raw(harrow, "tla")],
        ["UASC looked after during period", raw(harrow, "ula")],
        [],
        ["Ref", "Cohort", "Date missing", "Returned (Y/N)"],
        ["H101", "Trafficked", "14/12/2014", "Y"],
        ["H220", "UASC", "03/11/2014", "Y"],
        ["H220", "UASC", "19/01/2015", "Y"],
        ["H231", "UASC", "08/03/2015", "N"],
        ["H245", "UASC", "11/02/2015", "Y"],
        ["H245", "UASC", "27/05/2015", "Y"],
        ["H245", "UASC", "01/09/2015", "N"],
        ["H250", "UASC", "15/07/2015", "Y"],
      ]),
  },
  {
    // Welsh first, then English.
    file: "Ceredigion.xlsx",
    code: "W06000008",
    answers: ceredigion,
    bytes: () =>
      xlsx("Cyngor Sir Ceredigion", (wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        put(ws, 1, 1, ["Cyngor Sir Ceredigion / Ceredigion County Council"]);
        put(ws, 2, 1, ["Cais Rhyddid Gwybodaeth / Freedom of Information Request"]);
        put(ws, 3, 1, ["Cyfnod / Period: 1 Hydref 2014 – 30 Medi 2015 / 1 October 2014 – 30 September 2015"]);
        put(ws, 5, 1, ["Cwestiwn / Question", "Ateb / Answer"]);
        qa(ws, ceredigion, 6, [
          [
            "Nifer y plant sy'n derbyn gofal y nodwyd neu yr amheuir eu bod wedi'u masnachu / Number of looked after children identified or suspected as trafficked",
            "tla",
          ],
          [
            "Nifer o'r plant hyn a aeth ar goll o leiaf unwaith / Number of these children who went missing at least once",
            "twm",
          ],
          ["Nifer yr achosion o fynd ar goll / Number of missing episodes", "tmi"],
          ["Nifer sydd heb eu canfod / Number not found", "tnf"],
          [
            "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Number of unaccompanied asylum seeking children looked after",
            "ula",
          ],
          [
            "Nifer o'r plant hyn a aeth ar goll o leiaf unwaith / Number of these children who went missing at least once",
            "uwm",
          ],
          ["Nifer yr achosion o fynd ar goll / Number of missing episodes", "umi"],
          ["Nifer sydd heb eu canfod / Number not found", "unf"],
        ]);
      }),
  },
  {
    // Welsh-first bilingual grid in a UTF-8 CSV with BOM; the file name is in Welsh and names no authority.
    file: "Ymateb RhG 2015-318.csv",
    code: "W06000010",
    answers: carmarthenshire,
    bytes: () => {
      const a = carmarthenshire;
      return csv(
        [
          ["Cyngor Sir Gâr / Carmarthenshire County Council"],
          [
            "Cais Rhyddid Gwybodaeth / Freedom of Information request – 1 Hydref 2014 i 30 Medi 2015 / 1 October 2014 to 30 September 2015",
          ],
          [],
          [
            "Grŵp / Group",
            "Plant sy'n derbyn gofal / Looked after",
            "Aeth ar goll / Went missing",
            "Achosion o fynd ar goll / Missing episodes",
            "Heb eu canfod / Not found",
          ],
          [
            "Plant a fasnachwyd (wedi'u nodi neu dan amheuaeth) / Trafficked children (identified or suspected)",
            raw(a, "tla"),
            raw(a, "twm"),
            raw(a, "tmi"),
            raw(a, "tnf"),
          ],
          [
            "Plant ar eu pen eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children",
            raw(a, "ula"),
            raw(a, "uwm"),
            raw(a, "umi"),
            raw(a, "unf"),
          ],
        ],
        { encoding: "utf8bom" },
      );
    },
  },
  {
    // Scottish phrasing.
    file: "Angus Council FOISA response.xlsx",
    code: "S12000041",
    answers: angus,
    bytes: () =>
      xlsx("Angus Council", (wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, 1, ["Angus Council – Freedom of Information (Scotland) Act 2002"]);
        put(ws, 2, 1, [
          "Request: looked after children and young people who were trafficked or were unaccompanied asylum seekers",
        ]);
        put(ws, 3, 1, [`Period: ${PERIOD}`]);
        put(ws, 5, 1, ["Question", "Response"]);
        qa(ws, angus, 6, [
          ["Number of looked after children and young people known or suspected to have been trafficked", "tla"],
          ["Number of these young people who went missing from their placement", "twm"],
          ["Number of occasions on which they went missing from their placement", "tmi"],
          ["Number of these young people who have not been traced", "tnf"],
          ["Number of unaccompanied asylum seeking children and young people looked after", "ula"],
          ["Number of these young people who went missing from their placement", "uwm"],
          ["Number of occasions on which they went missing from their placement", "umi"],
          ["Number of these young people who have not been traced", "unf"],
        ]);
      }),
  },
  {
    // Scottish letter, numbered questions with "Response:" lines.
    file: "West Lothian Council.txt",
    code: "S12000040",
    answers: westLothian,
    bytes: () => {
      const a = westLothian;
      return letter([
        "West Lothian Council",
        "Freedom of Information (Scotland) Act 2002 – response to request 101-2015-3321",
        "",
        `Your request covered the period ${PERIOD}.`,
        "",
        "1. How many looked after children and young people accommodated by the Council were known or suspected to have been trafficked?",
        `Response: ${raw(a, "tla")}`,
        "",
        "2. How many of these young people went missing from their placement?",
        `Response: ${raw(a, "twm")}`,
        "",
        "3. On how many occasions did they go missing?",
        `Response: ${raw(a, "tmi")}`,
        "",
        "4. How many have not been traced?",
        `Response: ${raw(a, "tnf")}`,
        "",
        "5. How many unaccompanied asylum seeking children and young people were looked after by the Council?",
        `Response: ${raw(a, "ula")}`,
        "",
        "6. How many of these young people went missing from their placement?",
        `Response: ${raw(a, "uwm")}`,
        "",
        "7. On how many occasions did they go missing?",
        `Response: ${raw(a, "umi")}`,
        "",
        "8. How many have not been traced?",
        `Response: ${raw(a, "unf")}`,
      ]);
    },
  },
  {
    // Scottish grid with "LAC" and "Not traced".
    file: "Falkirk.csv",
    code: "S12000014",
    answers: falkirk,
    bytes: () => {
      const a = falkirk;
      return csv([
        ["Falkirk Council", "", "", "", ""],
        [`Children's Services – FOI response – period ${PERIOD}`, "", "", "", ""],
        ["", "", "", "", ""],
        ["", "LAC", "Went missing from placement", "No. of occasions", "Not traced"],
        ["Trafficked (known or suspected)", raw(a, "tla"), raw(a, "twm"), raw(a, "tmi"), raw(a, "tnf")],
        ["Unaccompanied asylum seeking", raw(a, "ula"), raw(a, "uwm"), raw(a, "umi"), raw(a, "unf")],
      ]);
    },
  },
  {
    // Q/A with a nationality table that sums correctly (with a Total row).
    file: "Bromley.xlsx",
    code: "E09000006",
    answers: bromley,
    bytes: () =>
      xlsx("Bromley", (wb) => {
        const ws = wb.addWorksheet("FOI");
        put(ws, 1, 1, ["London Borough of Bromley"]);
        put(ws, 2, 1, [`Period ${PERIOD}`]);
        const next = qa(ws, bromley, 4, [
          ["Trafficked looked after children (identified or suspected)", "tla"],
          ["Trafficked children who went missing", "twm"],
          ["Missing episodes – trafficked children", "tmi"],
          ["Trafficked children still missing", "tnf"],
          ["UASC looked after", "ula"],
          ["UASC who went missing", "uwm"],
          ["Missing episodes – UASC", "umi"],
          ["UASC still missing", "unf"],
        ]);
        put(ws, next + 1, 1, ["Nationality of children who went missing"]);
        put(ws, next + 2, 1, ["Nationality", "Trafficked", "UASC"]);
        const nat: [string, number, number][] = [
          ["Vietnamese", 1, 1],
          ["Albanian", 1, 1],
          ["Afghan", 0, 2],
          ["Eritrean", 0, 2],
        ];
        nat.forEach((r, i) => {
          put(ws, next + 3 + i, 1, r);
        });
        put(ws, next + 3 + nat.length, 1, ["Total", 2, 6]);
      }),
  },
  {
    // "Separated children", "asylum-seeking minors"; file name uses an abbreviation.
    file: "RBKC FOI 2015-0612.xlsx",
    code: "E09000020",
    answers: rbkc,
    bytes: () =>
      xlsx("RBKC", (wb) => {
        const ws = wb.addWorksheet("Answers");
        put(ws, 1, 1, ["The Royal Borough of Kensington and Chelsea"]);
        put(ws, 2, 1, ["Family and Children's Services – response to Freedom of Information request"]);
        put(ws, 3, 1, [`Reporting period: ${PERIOD}`]);
        put(ws, 5, 1, ["Question", "Figure"]);
        qa(ws, rbkc, 6, [
          ["Children in our care who were identified or suspected as trafficked", "tla"],
          ["Trafficked children in our care who went missing", "twm"],
          ["Missing episodes (trafficked children)", "tmi"],
          ["Trafficked children not found", "tnf"],
          ["Separated children (unaccompanied asylum-seeking minors) in our care", "ula"],
          ["Asylum-seeking minors who went missing at least once", "uwm"],
          ["Number of episodes of going missing (asylum-seeking minors)", "umi"],
          ["Asylum-seeking minors who have not been found", "unf"],
        ]);
      }),
  },
  {
    // A one-row export with coded headers, the authority given by name and GSS code.
    file: "LBHF_FOI_export.csv",
    code: "E09000013",
    answers: lbhf,
    bytes: () => {
      const a = lbhf;
      return csv([
        [
          "LA_NAME",
          "LA_CODE",
          "PERIOD_FROM",
          "PERIOD_TO",
          "TRAF_CLA_N",
          "TRAF_MISS_CHN",
          "TRAF_MISS_EPIS",
          "TRAF_NOTFOUND",
          "UASC_CLA_N",
          "UASC_MISS_CHN",
          "UASC_MISS_EPIS",
          "UASC_NOTFOUND",
        ],
        [
          "Hammersmith and Fulham",
          "E09000013",
          "01/10/2014",
          "30/09/2015",
          ...(["tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const).map((k) => raw(a, k)),
        ],
      ]);
    },
  },
  {
    // A thousands separator in an answer; a context figure that is not one the request asked for.
    file: "Hertfordshire CC - FOI 8841.xlsx",
    code: "E10000015",
    answers: herts,
    bytes: () =>
      xlsx("HCC", (wb) => {
        const ws = wb.addWorksheet("FOI 8841");
        put(ws, 1, 1, ["Hertfordshire County Council – Children's Services"]);
        put(ws, 2, 1, [`Freedom of Information request 8841 – ${PERIOD}`]);
        put(ws, 4, 1, ["Question", "Answer"]);
        const next = qa(ws, herts, 5, [
          ["Looked after children identified or suspected as trafficked", "tla"],
          ["Of these, children who went missing at least once", "twm"],
          ["Number of missing episodes for these children", "tmi"],
          ["Of these, children not found", "tnf"],
          ["Unaccompanied asylum seeking children looked after", "ula"],
          ["Of these, children who went missing at least once", "uwm"],
          ["Number of missing episodes for these children", "umi"],
          ["Of these, children not found", "unf"],
        ]);
        put(ws, next + 1, 1, ["For context only: all children looked after at 31 March 2015", "1,052"]);
      }),
  },
  {
    // The file name names no authority; the content does. "LAC" abbreviations.
    file: "Response to FOI request ref 4471.xlsx",
    code: "E06000039",
    answers: slough,
    bytes: () =>
      xlsx("SBC", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        put(ws, 1, 1, ["Slough Borough Council – Children's Services"]);
        put(ws, 2, 1, ["Period: 01/10/2014 – 30/09/2015"]);
        qa(ws, slough, 4, [
          ["LAC identified/suspected as trafficked", "tla"],
          ["Trafficked LAC missing at least once", "twm"],
          ["Trafficked LAC – no. of missing episodes", "tmi"],
          ["Trafficked LAC – not found", "tnf"],
          ["UASC LAC", "ula"],
          ["UASC LAC missing at least once", "uwm"],
          ["UASC LAC – no. of missing episodes", "umi"],
          ["UASC LAC – not found", "unf"],
        ]);
      }),
  },
  {
    // "Nil return" for every answer.
    file: "Isles of Scilly.csv",
    code: "E06000053",
    answers: scilly,
    bytes: () =>
      csv([
        ["Council of the Isles of Scilly", ""],
        [`FOI response – ${PERIOD}`, ""],
        ["", ""],
        ["Question", "Response"],
        ["Trafficked children looked after", raw(scilly, "tla")],
        ["Trafficked children who went missing", raw(scilly, "twm")],
        ["Missing episodes (trafficked children)", raw(scilly, "tmi")],
        ["Trafficked children not found", raw(scilly, "tnf")],
        ["Unaccompanied asylum seeking children looked after", raw(scilly, "ula")],
        ["Unaccompanied asylum seeking children who went missing", raw(scilly, "uwm")],
        ["Missing episodes (unaccompanied asylum seeking children)", raw(scilly, "umi")],
        ["Unaccompanied asylum seeking children not found", raw(scilly, "unf")],
      ]),
  },
  {
    // Suppression: "under 5", "[x]", "1 to 4".
    file: "Staffordshire.xlsx",
    code: "E10000028",
    answers: staffs,
    bytes: () =>
      xlsx("SCC", (wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, 1, ["Staffordshire County Council – Freedom of Information response"]);
        put(ws, 2, 1, [`Period: ${PERIOD}`]);
        put(ws, 4, 1, ["Question", "Answer"]);
        const next = qa(ws, staffs, 5, [
          ["Looked after children identified or suspected as trafficked", "tla"],
          ["Trafficked children who went missing", "twm"],
          ["Number of missing episodes (trafficked)", "tmi"],
          ["Trafficked children not found", "tnf"],
          ["UASC looked after", "ula"],
          ["UASC who went missing", "uwm"],
          ["UASC missing episodes", "umi"],
          ["UASC not found", "unf"],
        ]);
        put(ws, next + 1, 1, [
          "[x] = figure not shown to prevent the identification of individual children (fewer than 5).",
        ]);
      }),
  },
  {
    // "<10", "suppressed", "n/k", "Not known".
    file: "Lincolnshire.csv",
    code: "E10000019",
    answers: lincs,
    bytes: () =>
      csv([
        ["Lincolnshire County Council", ""],
        [`Freedom of Information – Ref 2015/1290 – period ${PERIOD}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", raw(lincs, "tla")],
        ["Of these - went missing", raw(lincs, "twm")],
        ["Of these - missing episodes", raw(lincs, "tmi")],
        ["Of these - not found", raw(lincs, "tnf")],
        ["UASC looked after", raw(lincs, "ula")],
        ["UASC - went missing", raw(lincs, "uwm")],
        ["UASC - missing episodes", raw(lincs, "umi")],
        ["UASC - not found", raw(lincs, "unf")],
      ]),
  },
  {
    // Refusals per answer: s.40 and s.12.
    file: "Cambridgeshire.xlsx",
    code: "E10000003",
    answers: cambs,
    bytes: () =>
      xlsx("CCC", (wb) => {
        const ws = wb.addWorksheet("FOI");
        put(ws, 1, 1, ["Cambridgeshire County Council"]);
        put(ws, 2, 1, [`Freedom of Information response, ${PERIOD}`]);
        qa(ws, cambs, 4, [
          ["Children looked after identified or suspected as trafficked", "tla"],
          ["How many of these trafficked children went missing", "twm"],
          ["Number of missing episodes for these trafficked children", "tmi"],
          ["How many of these trafficked children have not been found", "tnf"],
          ["Unaccompanied asylum seeking children looked after", "ula"],
          ["How many of these unaccompanied children went missing", "uwm"],
          ["Number of missing episodes for these unaccompanied children", "umi"],
          ["How many of these unaccompanied children have not been found", "unf"],
        ]);
      }),
  },
  {
    // A letter "Question N – ... Answer: ..." with "Information not held centrally".
    file: "Derbyshire.txt",
    code: "E10000007",
    answers: derbys,
    bytes: () => {
      const a = derbys;
      return letter([
        "Derbyshire County Council",
        "Freedom of Information request – our reference 15-0817",
        `Period: ${PERIOD}`,
        "",
        `Question 1 – How many looked after children were identified or suspected as having been trafficked? Answer: ${raw(a, "tla")}`,
        `Question 2 – How many of those trafficked children went missing? Answer: ${raw(a, "twm")}`,
        `Question 3 – How many missing episodes were there for those trafficked children? Answer: ${raw(a, "tmi")}`,
        `Question 4 – How many of those trafficked children have not been found? Answer: ${raw(a, "tnf")}`,
        `Question 5 – How many unaccompanied asylum seeking children were looked after? Answer: ${raw(a, "ula")}`,
        `Question 6 – How many of those unaccompanied children went missing? Answer: ${raw(a, "uwm")}`,
        `Question 7 – How many missing episodes were there for those unaccompanied children? Answer: ${raw(a, "umi")}`,
        `Question 8 – How many of those unaccompanied children have not been found? Answer: ${raw(a, "unf")}`,
      ]);
    },
  },
  {
    // Identified/suspected parts, a formula total, numbers stored as text, and a hidden draft sheet.
    file: "Suffolk.xlsx",
    code: "E10000029",
    answers: suffolk,
    bytes: () =>
      xlsx("SCC", (wb) => {
        const ws = wb.addWorksheet("Response");
        const a = suffolk;
        put(ws, 1, 1, ["Suffolk County Council – FOI response"]);
        put(ws, 2, 1, [`Period: ${PERIOD}`]);
        put(ws, 3, 1, ["Ref", "Description", "Count"]);
        put(ws, 4, 1, ["1a", "Looked after children identified as trafficked", cell(a, "tid")]);
        put(ws, 5, 1, ["1b", "Looked after children suspected of being trafficked", cell(a, "tsu")]);
        put(ws, 6, 1, ["1", "Total trafficked (identified + suspected)"]);
        ws.getCell("C6").value = { formula: "C4+C5", result: Number(raw(a, "tla")) };
        put(ws, 7, 1, ["2", "Trafficked children who went missing", cell(a, "twm")]);
        put(ws, 8, 1, ["3", "Episodes of missing (trafficked)", cell(a, "tmi")]);
        put(ws, 9, 1, ["4", "Trafficked children not found", cell(a, "tnf")]);
        put(ws, 10, 1, ["5", "UASC looked after", cell(a, "ula")]);
        put(ws, 11, 1, ["6", "UASC who went missing", cell(a, "uwm")]);
        put(ws, 12, 1, ["7", "Episodes of missing (UASC)", cell(a, "umi")]);
        put(ws, 13, 1, ["8", "UASC not found", cell(a, "unf")]);
        const draft = wb.addWorksheet("Draft (do not use)", { state: "hidden" });
        put(draft, 1, 1, ["DRAFT – figures not yet checked"]);
        put(draft, 3, 1, ["Ref", "Description", "Count"]);
        put(draft, 4, 1, ["1", "Total trafficked (identified + suspected)", 5]);
        put(draft, 5, 1, ["2", "Trafficked children who went missing", 3]);
        put(draft, 6, 1, ["5", "UASC looked after", 49]);
        put(draft, 7, 1, ["6", "UASC who went missing", 11]);
      }),
  },
  {
    // Two-row header with merged group cells.
    file: "Oxfordshire.xlsx",
    code: "E10000025",
    answers: oxon,
    bytes: () =>
      xlsx("OCC", (wb) => {
        const ws = wb.addWorksheet("Data");
        const a = oxon;
        put(ws, 1, 1, [`Oxfordshire County Council – FOI response – ${PERIOD}`]);
        put(ws, 3, 2, ["Trafficked children (identified or suspected)"]);
        put(ws, 3, 6, ["Unaccompanied asylum seeking children"]);
        ws.mergeCells("B3:E3");
        ws.mergeCells("F3:I3");
        const m = ["Looked after", "Went missing", "Missing episodes", "Not found"];
        put(ws, 4, 1, ["Period", ...m, ...m]);
        put(ws, 5, 1, [
          "Oct 2014 – Sep 2015",
          ...(["tla", "twm", "tmi", "tnf", "ula", "uwm", "umi", "unf"] as const).map((k) => cell(a, k)),
        ]);
      }),
  },
  {
    // Grid with identified / suspected / all-trafficked rows.
    file: "Gloucestershire.xlsx",
    code: "E10000013",
    answers: gloucs,
    bytes: () =>
      xlsx("GCC", (wb) => {
        const ws = wb.addWorksheet("FOI");
        const a = gloucs;
        put(ws, 1, 1, ["Gloucestershire County Council"]);
        put(ws, 2, 1, ["Period: 1 October 2014 – 30 September 2015"]);
        put(ws, 4, 1, ["", "LAC", "Went missing", "Missing episodes", "Not found"]);
        put(ws, 5, 1, ["Identified as trafficked", cell(a, "tid"), 1, 1, 0]);
        put(ws, 6, 1, ["Suspected of being trafficked", cell(a, "tsu"), 1, 2, 0]);
        put(ws, 7, 1, [
          "All trafficked (identified + suspected)",
          cell(a, "tla"),
          cell(a, "twm"),
          cell(a, "tmi"),
          cell(a, "tnf"),
        ]);
        put(ws, 8, 1, ["UASC", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")]);
      }),
  },
  {
    // Identified and suspected only (no total): the total is their sum.
    file: "Worcestershire County Council response.txt",
    code: "E10000034",
    answers: worcs,
    bytes: () => {
      const a = worcs;
      return letter([
        "Worcestershire County Council – Freedom of Information response",
        `Period: ${PERIOD}`,
        "",
        `1a. Number of looked after children identified as trafficked (positive NRM decision): ${raw(a, "tid")}`,
        `1b. Number of looked after children suspected of being trafficked: ${raw(a, "tsu")}`,
        `2. Number of trafficked children (1a and 1b) who went missing: ${raw(a, "twm")}`,
        `3. Number of missing episodes for those trafficked children: ${raw(a, "tmi")}`,
        `4. Number of those trafficked children who remain missing: ${raw(a, "tnf")}`,
        `5. Number of unaccompanied asylum seeking children looked after: ${raw(a, "ula")}`,
        `6. Number of unaccompanied asylum seeking children who went missing: ${raw(a, "uwm")}`,
        `7. Number of missing episodes for unaccompanied asylum seeking children: ${raw(a, "umi")}`,
        `8. Number of unaccompanied asylum seeking children who remain missing: ${raw(a, "unf")}`,
      ]);
    },
  },
  {
    // Windows-1252 CSV with curly quotes and dashes; "these children" inherits the group from above.
    file: "Somerset.csv",
    code: "E10000027",
    answers: somerset,
    bytes: () => {
      const a = somerset;
      return csv(
        [
          ["Somerset County Council – Children’s Social Care", ""],
          [`FOI request: “trafficked and unaccompanied children who went missing” – ${PERIOD}`, ""],
          ["", ""],
          ["Question", "Answer"],
          ["Children looked after who were identified or suspected as trafficked", raw(a, "tla")],
          ["Of these children – how many went missing?", raw(a, "twm")],
          ["Total missing episodes for these children", raw(a, "tmi")],
          ["Of those who went missing – how many are still missing?", raw(a, "tnf")],
          ["Unaccompanied asylum-seeking children looked after", raw(a, "ula")],
          ["Of these children – how many went missing?", raw(a, "uwm")],
          ["Total missing episodes for these children", raw(a, "umi")],
          ["Of those who went missing – how many are still missing?", raw(a, "unf")],
        ],
        { encoding: "cp1252" },
      );
    },
  },
  {
    // Passive voice; a stated total not-found figure.
    file: "North Yorkshire.xlsx",
    code: "E10000023",
    answers: northYorks,
    bytes: () =>
      xlsx("NYCC", (wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, 1, ["North Yorkshire County Council"]);
        put(ws, 2, 1, [`Period ${PERIOD}`]);
        qa(ws, northYorks, 4, [
          ["Looked after children who were identified or suspected as having been trafficked", "tla"],
          ["Of those trafficked children, the number who were recorded as having gone missing", "twm"],
          ["The number of times that trafficked children were recorded as missing", "tmi"],
          ["The number of trafficked children who were recorded as not having been found", "tnf"],
          ["Unaccompanied asylum-seeking children who were looked after", "ula"],
          ["Of those unaccompanied children, the number who were recorded as having gone missing", "uwm"],
          ["The number of times that unaccompanied children were recorded as missing", "umi"],
          ["The number of unaccompanied children who were recorded as not having been found", "unf"],
          ["Total trafficked and unaccompanied children not found", "nf"],
        ]);
      }),
  },
  {
    // Answer in column C with a notes column (holding dates and numbers) between.
    file: "Leicestershire.xlsx",
    code: "E10000018",
    answers: leics,
    bytes: () =>
      xlsx("LCC", (wb) => {
        const ws = wb.addWorksheet("FOI response");
        const a = leics;
        put(ws, 1, 1, [`Leicestershire County Council – FOI response – ${PERIOD}`]);
        put(ws, 3, 1, ["Question", "Notes", "Answer"]);
        const rows: [string, string, keyof typeof LONG][] = [
          ["Trafficked CLA (identified or suspected)", "NRM referrals plus social worker concerns", "tla"],
          ["Trafficked CLA who went missing", "", "twm"],
          ["Trafficked CLA – missing episodes", "", "tmi"],
          ["Trafficked CLA not found", "As at 30/09/2015", "tnf"],
          ["UASC CLA", "", "ula"],
          ["UASC CLA who went missing", "", "uwm"],
          ["UASC CLA – missing episodes", "Includes absences over 24 hours", "umi"],
          ["UASC CLA not found", "", "unf"],
          ["Total not found (trafficked + UASC)", "", "nf"],
        ];
        rows.forEach(([q, note, k], i) => {
          put(ws, 4 + i, 1, [q, note, cell(a, k)]);
        });
      }),
  },
];

// =============================================================================================
// Returns with planted problems
// =============================================================================================

const kirklees: Answers = { tla: n(3), twm: n(1), tmi: n(2), tnf: n(0), ula: n(21), uwm: n(2), umi: n(4), unf: n(0) };
const cumbria: Answers = { tla: n(2), twm: n(0), tmi: n(0), tnf: n(0), ula: n(5), uwm: n(1), umi: n(1), unf: n(0) };
const gateshead: Answers = { tla: n(1), twm: n(1), tmi: n(2), tnf: n(0), ula: n(8), uwm: n(1), umi: n(3), unf: n(0) };
const solihull: Answers = { tla: n(2), twm: n(1), tmi: n(1), tnf: n(0), ula: n(16), uwm: n(3), umi: n(6), unf: n(1) };
const bexley: Answers = { tla: n(2), twm: n(0), tmi: n(0), tnf: n(0), ula: n(9), uwm: n(14), umi: n(22), unf: n(1) };
const sandwell: Answers = { tla: n(5), twm: n(1), tmi: n(2), tnf: n(3), ula: n(30), uwm: n(4), umi: n(6), unf: n(0) };
const walsall: Answers = { tla: n(0), twm: n(0), tmi: n(0), tnf: n(0), ula: n(26), uwm: n(5), umi: n(3), unf: n(0) };
const wigan: Answers = { tla: n(4), twm: n(2), tmi: n(0), tnf: n(0), ula: n(15), uwm: n(1), umi: n(1), unf: n(0) };
const centralBeds: Answers = {
  tid: n(2),
  tsu: n(3),
  tla: n(6),
  twm: n(1),
  tmi: n(2),
  tnf: n(0),
  ula: n(19),
  uwm: n(2),
  umi: n(3),
  unf: n(0),
};
const miltonKeynes: Answers = {
  tla: n(4),
  twm: n(2),
  tmi: n(3),
  tnf: n(1),
  ula: n(35),
  uwm: n(5),
  umi: n(8),
  unf: n(2),
  nf: n(4),
};
const southwark: Answers = { tla: n(6), twm: n(2), tmi: n(5), tnf: n(1), ula: n(72), uwm: n(9), umi: n(23), unf: n(2) };
const wirral: Answers = { tla: n(2), twm: n(1), tmi: n(1), tnf: n(0), ula: n(17), uwm: n(6), umi: n(14), unf: n(1) };
const wirralRevised: Answers = { ...wirral, uwm: n(7), umi: n(15) };
const northTyneside: Answers = {
  tla: n(1),
  twm: n(0),
  tmi: n(0),
  tnf: n(0),
  ula: n(9),
  uwm: n(1),
  umi: n(1),
  unf: n(0),
};
const anonymous: Answers = { tla: n(2), twm: n(1), tmi: n(1), tnf: n(0), ula: n(12), uwm: n(2), umi: n(4), unf: n(0) };
const tameside: Answers = { tla: n(3), twm: n(1), tmi: n(3), tnf: n(0), ula: n(14), uwm: n(2), umi: n(2), unf: n(1) };
const knowsley: Answers = { tla: n(1), twm: n(0), tmi: n(0), tnf: n(0), ula: n(6), uwm: n(1), umi: n(1), unf: n(0) };
const halton: Answers = {
  tla: n(1),
  twm: n(0),
  tmi: n(0),
  tnf: n(0),
  ula: n(11),
  uwm: n(2),
  umi: nx("Please refer to our Annual Missing Children Report 2015, which is published on the Council's website."),
  unf: n(0),
};
const blackpool: Answers = {
  tla: n(2),
  twm: n(1),
  tmi: n(1),
  tnf: n(0),
  ula: n(8),
  uwm: n(2),
  umi: n(3),
  unf: as("-1", -1),
};
const york: Answers = {
  tla: n(0),
  twm: n(0),
  tmi: n(0),
  tnf: n(0),
  ula: n(9),
  uwm: n(2),
  umi: { raw: "2.5", readAs: "not_exact", asNumber: 2.5 },
  unf: n(0),
};
const bracknell: Answers = {
  tla: n(1),
  ula: n(6),
  twm: nx("2 (trafficked or unaccompanied, combined)"),
  uwm: nx("2 (trafficked or unaccompanied, combined)"),
  tmi: n(0),
  umi: n(3),
  tnf: n(0),
  unf: n(0),
};

const telford: Answers = {
  tla: n(3),
  twm: nx("2 (children or episodes)"),
  tmi: nx("2 (children or episodes)"),
  tnf: n(0),
  ula: n(12),
  uwm: n(2),
  umi: n(4),
  unf: n(0),
};

/** A plain question/answer workbook used by several planted returns. */
function simpleBook(
  author: string,
  title: readonly string[],
  a: Answers,
  labels: readonly (readonly [string, keyof typeof LONG])[],
): Promise<Uint8Array> {
  return xlsx(author, (wb) => {
    const ws = wb.addWorksheet("Response");
    title.forEach((t, i) => {
      put(ws, 1 + i, 1, [t]);
    });
    put(ws, title.length + 2, 1, ["Question", "Answer"]);
    qa(ws, a, title.length + 3, labels);
  });
}

const STANDARD_LABELS = [
  ["Looked after children identified or suspected as trafficked", "tla"],
  ["Trafficked children who went missing at least once", "twm"],
  ["Missing episodes of trafficked children", "tmi"],
  ["Trafficked children not found", "tnf"],
  ["Unaccompanied asylum seeking children looked after", "ula"],
  ["Unaccompanied asylum seeking children who went missing at least once", "uwm"],
  ["Missing episodes of unaccompanied asylum seeking children", "umi"],
  ["Unaccompanied asylum seeking children not found", "unf"],
] as const;

const PLANTED: ReturnSpec[] = [
  {
    file: "Warwickshire.txt",
    code: "E10000031",
    answers: {},
    document: "refused",
    planted: [{ problem: "whole-letter refusal under section 12 (cost limit)", codes: ["document_refused"] }],
    bytes: () =>
      letter([
        "Warwickshire County Council",
        "Information Management Team",
        "Ref: 4502781",
        "",
        "Dear Requester,",
        "",
        "Freedom of Information Act 2000 – Section 12 refusal notice",
        "",
        `Thank you for your request for information about trafficked and unaccompanied asylum-seeking children looked after between ${PERIOD.replace(" to ", " and ")} who went missing.`,
        "",
        "To identify the children concerned we would need to read the case file of every child looked after during the period, which we estimate would take well over 18 hours. We are therefore refusing your request under section 12(1) of the Act, because the cost of compliance would exceed the appropriate limit of £450.",
        "",
        "You may wish to narrow your request, for example to a shorter period or to one of the two groups of children, and we will consider it again.",
        "",
        "Yours faithfully,",
        "Information Management Team",
      ]),
  },
  {
    file: "Belfast City Council.txt",
    code: "N09000003",
    answers: {},
    document: "not_held",
    planted: [
      {
        problem: "NI council: children's services are run by the Health and Social Care Trust (redirect, not held)",
        codes: ["document_not_held"],
      },
    ],
    bytes: () =>
      letter([
        "Belfast City Council",
        "Freedom of Information request – ref FOI/15/00489",
        "",
        "Dear Requester,",
        "",
        "Thank you for your request for information about looked after children who were trafficked or were unaccompanied asylum-seeking children.",
        "",
        "Belfast City Council does not have responsibility for children's social services. In Northern Ireland, looked after children, including unaccompanied asylum-seeking children and children who may have been trafficked, are the responsibility of the Health and Social Care Trusts. The Council therefore does not hold any of the information you have requested.",
        "",
        "You may wish to redirect your request to the Belfast Health and Social Care Trust or to the Health and Social Care Board.",
        "",
        "Yours sincerely,",
        "Information Governance Unit",
      ]),
  },
  {
    file: "Rutland County Council - FOI 15-221.txt",
    code: "E06000017",
    answers: {},
    document: "not_held",
    planted: [{ problem: "whole-letter 'information not held'", codes: ["document_not_held"] }],
    bytes: () =>
      letter([
        "Rutland County Council",
        "Freedom of Information request 15-221",
        "",
        `Your request asked for information about trafficked and unaccompanied asylum-seeking children looked after from ${PERIOD}.`,
        "",
        "Rutland County Council does not record on its case management system whether a looked after child has been trafficked, and it does not keep a separate record of unaccompanied asylum-seeking children who go missing. I must therefore tell you that the Council does not hold the information you have requested.",
        "",
        "Yours sincerely,",
        "Data Protection and FOI Officer",
      ]),
  },
  {
    file: "Kirklees.xlsx",
    code: "E08000034",
    answers: kirklees,
    untrusted: true,
    planted: [{ problem: "period is financial year 2014-15", codes: PERIOD_CODES.split("|") }],
    bytes: () =>
      simpleBook(
        "Kirklees",
        ["Kirklees Council – FOI response", "Period: financial year 2014-15"],
        kirklees,
        STANDARD_LABELS,
      ),
  },
  {
    file: "Cumbria.csv",
    code: "E10000006",
    answers: cumbria,
    untrusted: true,
    planted: [{ problem: "period is calendar year 2015", codes: PERIOD_CODES.split("|") }],
    bytes: () =>
      csv([
        ["Cumbria County Council", ""],
        ["Figures are for the calendar year 2015", ""],
        ["", ""],
        ["Question", "Answer"],
        ...STANDARD_LABELS.map(([l, k]) => [l, raw(cumbria, k)]),
      ]),
  },
  {
    file: "Gateshead.txt",
    code: "E08000037",
    answers: gateshead,
    untrusted: true,
    planted: [{ problem: "period is April 2014 to March 2015", codes: PERIOD_CODES.split("|") }],
    bytes: () => {
      const a = gateshead;
      return letter([
        "Gateshead Council",
        "Freedom of Information response",
        "",
        "The figures below cover April 2014 to March 2015, as this is the period for which our statutory return is prepared.",
        "",
        `Question 1: Looked after children identified or suspected as trafficked. Answer: ${raw(a, "tla")}`,
        `Question 2: Trafficked children who went missing. Answer: ${raw(a, "twm")}`,
        `Question 3: Missing episodes of trafficked children. Answer: ${raw(a, "tmi")}`,
        `Question 4: Trafficked children not found. Answer: ${raw(a, "tnf")}`,
        `Question 5: Unaccompanied asylum seeking children looked after. Answer: ${raw(a, "ula")}`,
        `Question 6: Unaccompanied asylum seeking children who went missing. Answer: ${raw(a, "uwm")}`,
        `Question 7: Missing episodes of unaccompanied asylum seeking children. Answer: ${raw(a, "umi")}`,
        `Question 8: Unaccompanied asylum seeking children not found. Answer: ${raw(a, "unf")}`,
      ]);
    },
  },
  {
    file: "Solihull MBC.xlsx",
    code: "E08000029",
    answers: solihull,
    untrusted: true,
    planted: [{ problem: "period is 2015/16", codes: PERIOD_CODES.split("|") }],
    bytes: () =>
      xlsx("SMBC", (wb) => {
        const ws = wb.addWorksheet("FOI");
        put(ws, 1, 1, ["Solihull Metropolitan Borough Council"]);
        put(ws, 2, 1, ["Year", "2015/16"]);
        put(ws, 4, 1, ["Question", "Answer"]);
        qa(ws, solihull, 5, STANDARD_LABELS);
      }),
  },
  {
    // Went missing > looked after (UASC). Grid layout.
    file: "Bexley.xlsx",
    code: "E09000004",
    answers: bexley,
    contested: ["ula", "uwm"],
    planted: [
      {
        problem: "UASC went missing (14) exceeds UASC looked after (9)",
        codes: ["check_missing_exceeds_looked_after"],
      },
    ],
    bytes: () =>
      xlsx("LBB", (wb) => {
        const ws = wb.addWorksheet("Grid");
        const a = bexley;
        put(ws, 1, 1, ["London Borough of Bexley"]);
        put(ws, 2, 1, [`Period: ${PERIOD}`]);
        put(ws, 4, 1, ["", "Children looked after", "Went missing", "Times missing", "Not returned"]);
        put(ws, 5, 1, ["Trafficked", cell(a, "tla"), cell(a, "twm"), cell(a, "tmi"), cell(a, "tnf")]);
        put(ws, 6, 1, ["Unaccompanied asylum seeking", cell(a, "ula"), cell(a, "uwm"), cell(a, "umi"), cell(a, "unf")]);
      }),
  },
  {
    // Not found > went missing (trafficked).
    file: "Sandwell.csv",
    code: "E08000028",
    answers: sandwell,
    contested: ["twm", "tnf"],
    planted: [
      {
        problem: "trafficked not found (3) exceeds trafficked went missing (1)",
        codes: ["check_not_found_exceeds_missing"],
      },
    ],
    bytes: () =>
      csv([
        ["Sandwell Metropolitan Borough Council", ""],
        [`FOI response – ${PERIOD}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ...STANDARD_LABELS.map(([l, k]) => [l, raw(sandwell, k)]),
      ]),
  },
  {
    // Episodes < children (UASC).
    file: "Walsall.xlsx",
    code: "E08000030",
    answers: walsall,
    contested: ["uwm", "umi"],
    planted: [
      {
        problem: "UASC missing episodes (3) fewer than UASC who went missing (5)",
        codes: ["check_incidents_below_children"],
      },
    ],
    bytes: () => simpleBook("Walsall", ["Walsall Council", `Period: ${PERIOD}`], walsall, STANDARD_LABELS),
  },
  {
    // Episodes 0 but children > 0 (trafficked).
    file: "Wigan.txt",
    code: "E08000010",
    answers: wigan,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "trafficked missing episodes 0 but 2 trafficked children went missing",
        codes: ["check_incidents_zero_mismatch", "check_incidents_below_children"],
      },
    ],
    bytes: () => {
      const a = wigan;
      return letter([
        "Wigan Council",
        "FOI response",
        `Period: ${PERIOD}`,
        "",
        ...STANDARD_LABELS.map(([l, k], i) => `Q${i + 1}. ${l}: ${raw(a, k)}`),
      ]);
    },
  },
  {
    // Identified + suspected ≠ total.
    file: "Central Bedfordshire.xlsx",
    code: "E06000056",
    answers: centralBeds,
    contested: ["tid", "tsu", "tla"],
    planted: [{ problem: "identified (2) + suspected (3) ≠ trafficked total (6)", codes: ["check_parts_sum"] }],
    bytes: () =>
      simpleBook("CBC", ["Central Bedfordshire Council", `Period: ${PERIOD}`], centralBeds, [
        ["Looked after children identified as trafficked", "tid"],
        ["Looked after children suspected of being trafficked", "tsu"],
        ["Total looked after children identified or suspected as trafficked", "tla"],
        ...STANDARD_LABELS.slice(1),
      ]),
  },
  {
    // Trafficked not found + UASC not found ≠ the total not found given.
    file: "Milton Keynes.csv",
    code: "E06000042",
    answers: miltonKeynes,
    contested: ["tnf", "unf", "nf"],
    planted: [{ problem: "not found total (4) ≠ trafficked (1) + UASC (2)", codes: ["check_not_found_total"] }],
    bytes: () =>
      csv([
        ["Milton Keynes Council", ""],
        [`FOI response – ${PERIOD}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ...STANDARD_LABELS.map(([l, k]) => [l, raw(miltonKeynes, k)]),
        ["Total trafficked and unaccompanied children not found", raw(miltonKeynes, "nf")],
      ]),
  },
  {
    // Nationality breakdown does not sum to UASC went missing.
    file: "Southwark.xlsx",
    code: "E09000028",
    answers: southwark,
    contested: ["uwm"],
    planted: [
      { problem: "UASC nationality breakdown sums to 7, not the 9 who went missing", codes: ["check_nationality_sum"] },
    ],
    bytes: () =>
      xlsx("Southwark", (wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, 1, ["London Borough of Southwark"]);
        put(ws, 2, 1, [`Period: ${PERIOD}`]);
        put(ws, 4, 1, ["Question", "Answer"]);
        qa(ws, southwark, 5, STANDARD_LABELS);
        const n2 = wb.addWorksheet("Nationalities");
        put(n2, 1, 1, ["Unaccompanied asylum seeking children who went missing, by nationality"]);
        put(n2, 2, 1, ["Nationality", "Number of children"]);
        const rows: [string, number][] = [
          ["Eritrean", 3],
          ["Afghan", 2],
          ["Vietnamese", 1],
          ["Sudanese", 1],
        ];
        rows.forEach((r, i) => {
          put(n2, 3 + i, 1, r);
        });
      }),
  },
  {
    file: "Wirral.xlsx",
    code: "E08000015",
    answers: wirral,
    bytes: () => simpleBook("Wirral", ["Wirral Council – FOI response", `Period: ${PERIOD}`], wirral, STANDARD_LABELS),
  },
  {
    file: "Wirral - revised.xlsx",
    code: "E08000015",
    answers: wirralRevised,
    planted: [
      {
        problem: "resubmission conflicts with the first return (UASC went missing 6→7, episodes 14→15)",
        codes: ["duplicate_conflict", "value_conflict"],
      },
    ],
    bytes: () =>
      simpleBook(
        "Wirral",
        ["Wirral Council – FOI response (REVISED – replaces our earlier response)", `Period: ${PERIOD}`],
        wirralRevised,
        STANDARD_LABELS,
      ),
  },
  {
    file: "North Tyneside.csv",
    code: "E08000022",
    answers: northTyneside,
    bytes: () =>
      csv([
        ["North Tyneside Council", ""],
        [`Period: ${PERIOD}`, ""],
        ["Question", "Answer"],
        ...STANDARD_LABELS.map(([l, k]) => [l, raw(northTyneside, k)]),
      ]),
  },
  {
    file: "North Tyneside Council (resubmitted).xlsx",
    code: "E08000022",
    answers: northTyneside,
    planted: [
      {
        problem: "duplicate resubmission that agrees with the first",
        codes: ["duplicate_return", "file_duplicate_bytes"],
      },
    ],
    bytes: () => simpleBook("NTC", ["North Tyneside Council", `Period: ${PERIOD}`], northTyneside, STANDARD_LABELS),
  },
  {
    file: "FOI response 2015-0934.csv",
    code: null,
    answers: anonymous,
    planted: [{ problem: "neither file name nor content names an authority", codes: ["authority_unidentified"] }],
    bytes: () =>
      csv([
        ["Freedom of Information response", ""],
        ["Request reference: 2015-0934", ""],
        [`Period: ${PERIOD}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ...STANDARD_LABELS.map(([l, k]) => [l, raw(anonymous, k)]),
      ]),
  },
  {
    file: "Oldham.xlsx",
    code: "E08000008",
    answers: tameside,
    untrusted: true,
    alsoFlag: ["E08000004"],
    planted: [{ problem: "file named Oldham holds Tameside's return", codes: ["authority_mismatch"] }],
    bytes: () =>
      simpleBook("TMBC", ["Tameside Metropolitan Borough Council", `Period: ${PERIOD}`], tameside, STANDARD_LABELS),
  },
  {
    file: "Knowsley.xlsx",
    code: "E08000011",
    answers: knowsley,
    untrusted: true,
    planted: [{ problem: "truncated (corrupt) xlsx", codes: ["file_corrupt", "file_unparsed"] }],
    bytes: async () => {
      const whole = await simpleBook("KMBC", ["Knowsley Council", `Period: ${PERIOD}`], knowsley, STANDARD_LABELS);
      return whole.slice(0, Math.floor(whole.length * 0.45));
    },
  },
  {
    file: "St Helens.csv",
    code: "E08000013",
    answers: {},
    planted: [{ problem: "empty csv (0 bytes)", codes: ["file_empty"] }],
    bytes: () => new Uint8Array(0),
  },
  {
    // Read since the .ods reader (it was planted as unsupported before).
    file: "Portsmouth.ods",
    code: "E06000044",
    answers: { tla: n(2), twm: n(1), ula: n(19), uwm: n(3) },
    planted: [],
    bytes: () =>
      tinyOds("FOI", [
        ["Portsmouth City Council"],
        [`Period: ${PERIOD}`],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", 2],
        ["Trafficked children who went missing at least once", 1],
        ["Unaccompanied asylum seeking children looked after", 19],
        ["Unaccompanied asylum seeking children who went missing at least once", 3],
      ]),
  },
  {
    file: "Luton.doc",
    code: "E06000032",
    answers: {},
    planted: [{ problem: "legacy Word document (.doc)", codes: ["file_unsupported", "file_corrupt"] }],
    bytes: () =>
      legacyDoc(
        "Luton Borough Council. Freedom of Information response. Trafficked looked after children: 1. Unaccompanied asylum seeking children looked after: 23.",
      ),
  },
  {
    file: "Thurrock.png",
    code: "E06000034",
    answers: {},
    planted: [{ problem: "scanned letter as a PNG image", codes: ["file_unsupported"] }],
    bytes: () => tinyPng(48, 64),
  },
  {
    // One answer is prose that gives no figure.
    file: "Halton.xlsx",
    code: "E06000006",
    answers: halton,
    planted: [{ problem: "unreadable prose answer for UASC missing episodes", codes: ["value_unparsed"] }],
    bytes: () => simpleBook("HBC", ["Halton Borough Council", `Period: ${PERIOD}`], halton, STANDARD_LABELS),
  },
  {
    file: "Blackpool.csv",
    code: "E06000009",
    answers: blackpool,
    contested: ["unf"],
    planted: [{ problem: "negative count (UASC not found -1)", codes: ["value_negative"] }],
    bytes: () =>
      csv([
        ["Blackpool Council", ""],
        [`Period: ${PERIOD}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ...STANDARD_LABELS.map(([l, k]) => [l, raw(blackpool, k)]),
      ]),
  },
  {
    file: "City of York Council.xlsx",
    code: "E06000014",
    answers: york,
    contested: ["umi"],
    planted: [{ problem: "fractional count (UASC missing episodes 2.5)", codes: ["value_fractional"] }],
    bytes: () => simpleBook("CYC", ["City of York Council", `Period: ${PERIOD}`], york, STANDARD_LABELS),
  },
  {
    // "trafficked or unaccompanied children who went missing" fits two measures.
    file: "Bracknell Forest.txt",
    code: "E06000036",
    answers: bracknell,
    contested: ["twm", "uwm"],
    planted: [
      {
        problem: "label 'trafficked or unaccompanied children who went missing' fits two measures",
        // A warning that the figure counts both groups together (outside the request) is also the problem found.
        codes: ["label_ambiguous", "label_unmatched", "label_outside_request"],
      },
    ],
    bytes: () => {
      const a = bracknell;
      return letter([
        "Bracknell Forest Council",
        "Freedom of Information response",
        `Period: ${PERIOD}`,
        "",
        `Question 1 – How many trafficked children were looked after? Answer: ${raw(a, "tla")}`,
        `Question 2 – How many unaccompanied asylum seeking children were looked after? Answer: ${raw(a, "ula")}`,
        "Question 3 – How many trafficked or unaccompanied children went missing at least once? Answer: 2",
        `Question 4 – How many missing episodes were there for trafficked children? Answer: ${raw(a, "tmi")}`,
        `Question 5 – How many missing episodes were there for unaccompanied asylum seeking children? Answer: ${raw(a, "umi")}`,
        `Question 6 – How many trafficked children have not been found? Answer: ${raw(a, "tnf")}`,
        `Question 7 – How many unaccompanied asylum seeking children have not been found? Answer: ${raw(a, "unf")}`,
      ]);
    },
  },
  {
    // One row answers "children / episodes" together: the label fits two measures of one group.
    file: "Telford and Wrekin FOI.xlsx",
    code: "E06000020",
    answers: telford,
    contested: ["twm", "tmi"],
    planted: [
      {
        problem: "label 'number who went missing / number of missing episodes' fits two measures",
        codes: ["label_ambiguous", "label_unmatched"],
      },
    ],
    bytes: () =>
      xlsx("T&W", (wb) => {
        const ws = wb.addWorksheet("Response");
        const a = telford;
        put(ws, 1, 1, ["Telford & Wrekin Council – Freedom of Information response"]);
        put(ws, 2, 1, [`Period: ${PERIOD}`]);
        put(ws, 4, 1, ["Question", "Answer"]);
        put(ws, 5, 1, ["Looked after children identified or suspected as trafficked", cell(a, "tla")]);
        put(ws, 6, 1, ["Trafficked children: number who went missing / number of missing episodes", 2]);
        put(ws, 7, 1, ["Trafficked children not found", cell(a, "tnf")]);
        qa(ws, a, 8, STANDARD_LABELS.slice(4));
      }),
  },
  {
    file: "Redcar and Cleveland.xlsx",
    code: "E06000003",
    answers: {},
    planted: [
      {
        problem: "workbook with no figures (points to a covering letter)",
        codes: ["file_no_figures", "layout_unknown"],
      },
    ],
    bytes: () =>
      xlsx("RCBC", (wb) => {
        const ws = wb.addWorksheet("Sheet1");
        put(ws, 1, 1, ["Redcar and Cleveland Borough Council"]);
        put(ws, 3, 1, ["Please see our covering letter for the response to your request."]);
      }),
  },
];

export const SPECS: readonly ReturnSpec[] = [...CLEAN, ...PLANTED];

function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const q = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(q).join(",")).join("\n")}\n`;
}

/** Every file of the corpus, by path relative to the corpus folder. */
export async function buildHoldout3(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const names = new Set<string>();
  for (const s of SPECS) {
    if (names.has(s.file)) throw new Error(`holdout3: two returns named ${s.file}`);
    names.add(s.file);
    files.set(`returns/${s.file}`, await s.bytes());
  }
  const { truth, statuses } = readings(SPECS);
  const broken = checkTruth(truth);
  if (broken.length > 0) throw new Error(`holdout3: truth breaks the check rules: ${broken.join("; ")}`);
  files.set(
    "truth.csv",
    utf8(
      csvText(
        ["authority_code", "measure", "value"],
        truth.map((t) => [t.authority_code, t.measure, t.value]),
      ),
    ),
  );
  files.set(
    "statuses.csv",
    utf8(
      csvText(
        ["authority_code", "measure", "status"],
        statuses.map((s) => [s.authority_code, s.measure, s.status]),
      ),
    ),
  );
  const planted: (string | number)[][] = [];
  for (const s of SPECS)
    for (const p of s.planted ?? []) planted.push([s.file, p.authority ?? s.code ?? "", p.problem, p.codes.join("|")]);
  files.set("planted.csv", utf8(csvText(["file", "authority_code", "problem", "expected_codes"], planted)));
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Rewrite `dir` (fixtures/holdout3) from a fresh build. */
export async function generateHoldout3(dir: string): Promise<void> {
  const files = await buildHoldout3();
  await rm(dir, { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const p = join(dir, rel);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, bytes);
  }
}
