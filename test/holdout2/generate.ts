/**
 * The second blind holdout corpus (fixtures/holdout2): about fifty returns
 * written the way UK councils plausibly answer the 2015 "Heading back to
 * harm" request, in wording and layouts chosen independently of foi-agg's
 * knowledge (src/knowledge/labels.json, values.json, locate/, match/,
 * parse/) and of the first holdout corpus.
 *
 *   returns/      the return files
 *   truth.csv     authority_code,measure,value — figures a careful human reads as exact
 *   statuses.csv  authority_code,measure,status — every other answer a return gives
 *                 (suppressed, not_held, refused, not_answered, flag, not_exact)
 *   planted.csv   file,authority_code,problem,expected_codes (codes `|`-separated)
 *
 * Deterministic: same bytes on every run (fixed workbook dates, pinned zip times).
 *
 *   WRITE_HOLDOUT2=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout2
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { tinyPdf, utf8, win1252 } from "./bytes.js";
import {
  type Answers,
  blank,
  type Council,
  csv,
  flag,
  flagAll,
  held,
  letter,
  n,
  type Planted,
  put,
  raw,
  readings,
  refused,
  s,
  sup,
  tx,
  widths,
  xlsx,
} from "./model.js";

interface ReturnFile {
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
}

const bold = (ws: ExcelJS.Worksheet, ...cells: string[]) => {
  for (const c of cells) ws.getCell(c).font = { bold: true };
};
const wrap = (ws: ExcelJS.Worksheet, col: number) => {
  ws.getColumn(col).alignment = { wrapText: true, vertical: "top" };
};

/** Everything in the corpus: councils (readings), files (bytes), planted problems. */
function corpus(): { councils: Council[]; files: ReturnFile[]; planted: Planted[] } {
  const councils: Council[] = [];
  const files: ReturnFile[] = [];
  const planted: Planted[] = [];
  const council = (code: string, answers: Answers, whole?: Council["whole"]): Answers => {
    councils.push({ code, answers, ...(whole ? { whole } : {}) });
    return answers;
  };
  const plant = (file: string, authority_code: string, problem: string, ...expected_codes: string[]) => {
    planted.push({ file, authority_code, problem, expected_codes });
  };
  const add = (file: string, bytes: ReturnFile["bytes"]) => {
    files.push({ file, bytes });
  };

  // =====================================================================================
  // ENGLAND
  // =====================================================================================

  // Middlesbrough: formal questions copied from the request, answers in column C,
  // merged title A1:F1, header row 9, notes column, text answers with words.
  {
    const a = council("E06000002", {
      tid: n(2),
      tsu: n(3),
      twm: tx("3 children", 3),
      tin: tx("7 ", 7),
      tnf: tx("None", 0),
      ula: n(14),
      uwm: tx("There were 4 such children", 4),
      uin: n(9),
      unf: tx("1", 1),
    });
    add("Middlesbrough FOI 2015-0412 response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("FOI 2015-0412");
        ws.mergeCells("A1:F1");
        ws.mergeCells("A2:F2");
        ws.mergeCells("A7:F7");
        put(ws, 1, [
          ["Middlesbrough Council – Freedom of Information Act 2000"],
          [
            "Request reference FOI 2015/0412 – trafficked and unaccompanied asylum seeking children who go missing from care",
          ],
          [],
          ["Date of response:", "2 November 2015"],
          ["Period covered:", "1 October 2014 to 30 September 2015"],
          [],
          [
            "The Council's response to each part of your request is given in column C. Where a figure needs explanation, this is given in the Notes column.",
          ],
          [],
          ["No.", "Information requested", "Response", "Notes"],
          [
            "1(a)",
            "The number of children in the care of the local authority between 1 October 2014 and 30 September 2015 who were identified as having been trafficked",
            raw(a.tid),
          ],
          [
            "1(b)",
            "The number of children in the care of the local authority between 1 October 2014 and 30 September 2015 who were suspected of having been trafficked, but where this was not confirmed",
            raw(a.tsu),
          ],
          [
            "2",
            "Of the children referred to in question 1, the number who went missing from care at least once in the period",
            raw(a.twm),
          ],
          [
            "3",
            "The total number of occasions on which the children referred to in question 2 went missing",
            raw(a.tin),
            "Counted as separate missing episodes recorded on the case management system",
          ],
          [
            "4",
            "Of the children referred to in question 2, the number who had not been found as at 30 September 2015",
            raw(a.tnf),
          ],
          [
            "5",
            "The number of unaccompanied asylum-seeking children in the care of the local authority between 1 October 2014 and 30 September 2015",
            raw(a.ula),
          ],
          [
            "6",
            "Of the children referred to in question 5, the number who went missing from care at least once in the period",
            raw(a.uwm),
          ],
          [
            "7",
            "The total number of occasions on which the children referred to in question 6 went missing",
            raw(a.uin),
          ],
          [
            "8",
            "Of the children referred to in question 6, the number who had not been found as at 30 September 2015",
            raw(a.unf),
            "This young person was reported to Cleveland Police and the National Crime Agency",
          ],
        ]);
        ws.getCell("A1").font = { bold: true, size: 14 };
        bold(ws, "A9", "B9", "C9", "D9");
        widths(ws, [8, 70, 28, 50, 10, 10]);
        wrap(ws, 2);
      }),
    );
  }

  // Darlington: semicolon-delimited CSV with title rows and a comments column.
  {
    const a = council("E06000005", {
      tla: n(6),
      twm: n(2),
      tin: n(5),
      tnf: n(0),
      ula: n(11),
      uwm: sup("Less than 5 (figure suppressed to protect identities)"),
      uin: n(6),
      unf: n(0),
    });
    add("Darlington BC - FOI 7781.csv", () =>
      utf8(
        csv(
          [
            ["Darlington Borough Council", "", ""],
            ["Freedom of Information request 7781 – missing trafficked and unaccompanied children", "", ""],
            ["Reporting period", "01/10/2014 - 30/09/2015", ""],
            ["", "", ""],
            ["Question", "Answer", "Comments"],
            ["Looked after children identified or suspected as victims of trafficking", s(a.tla), ""],
            ["Of these trafficked children, number who went missing", s(a.twm), ""],
            ["Missing episodes – trafficked children", s(a.tin), ""],
            ["Trafficked children not located", s(a.tnf), ""],
            ["Unaccompanied asylum seeking children (UASC) looked after", s(a.ula), ""],
            [
              "Of these UASC, number who went missing",
              s(a.uwm),
              "Numbers under 5 are not disclosed to protect the identity of individuals",
            ],
            ["Missing episodes – UASC", s(a.uin), ""],
            ["UASC not located", s(a.unf), ""],
          ],
          ";",
        ),
      ),
    );
  }

  // Blackburn with Darwen: groups as columns, one question per row, words in answers.
  {
    const a = council("E06000008", {
      tla: tx("5 children", 5),
      tid: tx("Two (2)", 2),
      tsu: n(3),
      twm: n(2),
      tin: tx("6 ", 6),
      tnf: tx("0 – nil", 0),
      ula: n(22),
      uwm: tx("4 young people", 4),
      uin: n(11),
      unf: n(1),
    });
    add("BwD FOI response - missing children.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        ws.mergeCells("A1:D1");
        put(ws, 1, [
          ["Blackburn with Darwen Borough Council"],
          ["Freedom of Information request – children missing from care (1 October 2014 – 30 September 2015)"],
          [],
          ["", "Trafficked children (identified or suspected)", "Unaccompanied asylum seeking children"],
          ["Number looked after during the period", raw(a.tla), raw(a.ula)],
          ["   of which identified as trafficked", raw(a.tid), "n/a"],
          ["   of which suspected of being trafficked", raw(a.tsu), "n/a"],
          ["Number who went missing at least once", raw(a.twm), raw(a.uwm)],
          ["Total number of missing episodes", raw(a.tin), raw(a.uin)],
          ["Number not found / still missing", raw(a.tnf), raw(a.unf)],
          [],
          ["Source: Liquidlogic children's social care system, extracted 21/10/2015"],
        ]);
        bold(ws, "A1", "B4", "C4");
        widths(ws, [46, 30, 30]);
      }),
    );
  }

  // East Riding of Yorkshire: a letter, one paragraph per question, "Response:" on its own line.
  {
    const a = council("E06000011", {
      tla: n(2),
      twm: tx("We can confirm that none of these children went missing.", 0),
      tin: n(0),
      tnf: n(0),
      ula: tx("The council looked after 9 unaccompanied asylum seeking children during this period.", 9),
      uwm: n(3),
      uin: tx("There were 5 missing episodes in total.", 5),
      unf: tx("None. All three children returned or were located.", 0),
    });
    add("ERYC FOI 15-2231 reply.txt", () =>
      utf8(
        letter([
          "East Riding of Yorkshire Council",
          "County Hall, Beverley, HU17 9BA",
          "",
          "Our ref: FOI/15/2231",
          "Date: 3 November 2015",
          "",
          "Dear Requester,",
          "",
          "Freedom of Information Act 2000 – Request for Information",
          "",
          "Thank you for your request received on 12 October 2015, in which you asked for information about trafficked and unaccompanied asylum seeking children in our care who went missing between 1 October 2014 and 30 September 2015. Our response to each part of your request is set out below.",
          "",
          "Question 1: How many children looked after by the local authority during the period were identified or suspected as having been trafficked?",
          "",
          `Response: ${s(a.tla)}`,
          "",
          "Question 2: Of these, how many went missing at least once?",
          "",
          `Response: ${s(a.twm)}`,
          "",
          "Question 3: How many times did these children go missing in total?",
          "",
          `Response: ${s(a.tin)}`,
          "",
          "Question 4: How many of these children remain missing?",
          "",
          `Response: ${s(a.tnf)}`,
          "",
          "Question 5: How many unaccompanied asylum seeking children were looked after during the period?",
          "",
          `Response: ${s(a.ula)}`,
          "",
          "Question 6: Of these, how many went missing at least once?",
          "",
          `Response: ${s(a.uwm)}`,
          "",
          "Question 7: How many missing episodes were there for these children?",
          "",
          `Response: ${s(a.uin)}`,
          "",
          "Question 8: How many of these children have not been found?",
          "",
          `Response: ${s(a.unf)}`,
          "",
          "If you are unhappy with the way your request has been handled, you may ask for an internal review by writing to the Information Governance Team within 40 working days.",
          "",
          "Yours sincerely,",
          "",
          "Information Governance Team",
        ]),
      ),
    );
  }

  // Leicester: a Windows-1252 letter with bullet-point answers.
  {
    const a = council("E06000016", {
      tla: n(4),
      twm: n(2),
      tin: n(3),
      tnf: n(1),
      ula: n(31),
      uwm: n(6),
      uin: n(14),
      unf: n(2),
    });
    add("Leicester City FOI 15-3391.txt", () =>
      win1252(
        letter([
          "Leicester City Council",
          "Information Governance & Risk, City Hall, 115 Charles Street, Leicester LE1 1FZ",
          "",
          "Dear Sir/Madam",
          "",
          "Re: FOI 15-3391 – missing trafficked and unaccompanied children",
          "Period: 1st October 2014 to 30th September 2015",
          "",
          "Thank you for your request. The information you asked for is set out below.",
          "",
          `• Trafficked children looked after: ${s(a.tla)}`,
          `• Trafficked children who went missing: ${s(a.twm)}`,
          `• Number of missing incidents (trafficked): ${s(a.tin)}`,
          `• Trafficked children not found: ${s(a.tnf)}`,
          `• Unaccompanied asylum-seeking children looked after: ${s(a.ula)}`,
          `• UASC who went missing: ${s(a.uwm)}`,
          `• Number of missing incidents (UASC): ${s(a.uin)}`,
          `• UASC not found: ${s(a.unf)}`,
          "",
          "Nationalities of the trafficked children who went missing: Vietnamese (1), Albanian (1).",
          "Nationalities of the unaccompanied children who went missing: Afghan (3), Eritrean (2), Vietnamese (1).",
          "",
          "Yours faithfully",
          "",
          "Information Governance Officer",
        ]),
      ),
    );
  }

  // Plymouth: summary sheet + episode list, child IDs repeated, "Still missing? (Y/N)" instead of return dates.
  {
    const episodes: [string, string, Date, "Y" | "N", string][] = [
      ["P3301", "UASC", new Date(Date.UTC(2014, 9, 20)), "N", "Eritrean"],
      ["P1043", "Trafficked", new Date(Date.UTC(2014, 10, 3)), "N", "Vietnamese"],
      ["P3301", "UASC", new Date(Date.UTC(2014, 11, 2)), "N", "Eritrean"],
      ["P2210", "Trafficked", new Date(Date.UTC(2015, 0, 17)), "Y", "Albanian"],
      ["P1043", "Trafficked", new Date(Date.UTC(2015, 1, 9)), "N", "Vietnamese"],
      ["P3301", "UASC", new Date(Date.UTC(2015, 2, 15)), "N", "Eritrean"],
      ["P3452", "UASC", new Date(Date.UTC(2015, 3, 28)), "N", "Afghan"],
      ["P3560", "UASC", new Date(Date.UTC(2015, 5, 11)), "N", "Eritrean"],
      ["P3560", "UASC", new Date(Date.UTC(2015, 7, 30)), "Y", "Eritrean"],
    ];
    const ep = "(episode list)";
    const a = council("E06000026", {
      tla: n(3),
      twm: tx(ep, 2),
      tin: tx(ep, 3),
      tnf: tx(ep, 1),
      ula: n(8),
      uwm: tx(ep, 3),
      uin: tx(ep, 6),
      unf: tx(ep, 1),
    });
    add("Plymouth - missing episodes Oct14-Sep15.xlsx", () =>
      xlsx((wb) => {
        const sum = wb.addWorksheet("Summary");
        put(sum, 1, [
          ["Plymouth City Council – FOI 15/1877"],
          ["Children missing from care, 1 October 2014 to 30 September 2015"],
          [],
          ["Cohort", "Children looked after in period"],
          ["Trafficked or suspected trafficked", raw(a.tla)],
          ["Unaccompanied asylum seeking children", raw(a.ula)],
          [],
          ["Missing episodes for these children are listed on the 'Episodes' sheet (one row per episode)."],
        ]);
        bold(sum, "A1", "A4", "B4");
        widths(sum, [44, 32]);
        const ws = wb.addWorksheet("Episodes");
        put(ws, 1, [
          ["Missing from care episodes – children in the cohorts on the Summary sheet"],
          [],
          ["Child ID", "Cohort", "Date reported missing", "Still missing? (Y/N)", "Nationality"],
          ...episodes,
        ]);
        for (let r = 4; r < 4 + episodes.length; r++) ws.getCell(`C${r}`).numFmt = "dd/mm/yyyy";
        bold(ws, "A3", "B3", "C3", "D3", "E3");
        widths(ws, [12, 14, 22, 20, 16]);
      }),
    );
  }

  // Peterborough: one return split across two CSV files (trafficked / UASC).
  {
    const a = council("E06000031", {
      tid: n(1),
      tsu: n(2),
      twm: n(1),
      tin: n(2),
      tnf: n(0),
      ula: n(17),
      uwm: n(5),
      uin: n(9),
      unf: n(0),
    });
    add("Peterborough_FOI_trafficked.csv", () =>
      utf8(
        csv([
          ["Peterborough City Council", "", ""],
          ["FOI 15-00923 – Part A: trafficked children", "", ""],
          ["Period: 1 October 2014 - 30 September 2015", "", ""],
          ["", "", ""],
          ["Item", "Figure", "Note"],
          ["Looked after children identified as trafficked", s(a.tid), ""],
          ["Looked after children suspected of being trafficked", s(a.tsu), "Includes children referred to the NRM"],
          ["Trafficked/suspected trafficked children who went missing", s(a.twm), ""],
          ["Number of times these children went missing", s(a.tin), ""],
          ["Trafficked/suspected trafficked children not yet found", s(a.tnf), ""],
        ]),
        true,
      ),
    );
    add("Peterborough_FOI_UASC.csv", () =>
      utf8(
        csv([
          ["Peterborough City Council", "", ""],
          ["FOI 15-00923 – Part B: unaccompanied asylum seeking children", "", ""],
          ["Period: 1 October 2014 - 30 September 2015", "", ""],
          ["", "", ""],
          ["Item", "Figure", "Note"],
          ["UASC looked after", s(a.ula), ""],
          ["UASC who went missing", s(a.uwm), ""],
          ["Number of times UASC went missing", s(a.uin), ""],
          ["UASC not yet found", s(a.unf), ""],
        ]),
        true,
      ),
    );
  }

  // Reading: the group in a vertically merged cell on the left of the grid.
  {
    const a = council("E06000038", {
      tla: n(7),
      twm: n(3),
      tin: n(8),
      tnf: tx("1 (remains missing)", 1),
      ula: n(19),
      uwm: n(4),
      uin: tx("6†", 6),
      unf: n(0),
    });
    add("Reading BC FOI response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("FOI response");
        ws.mergeCells("A1:D1");
        ws.mergeCells("A2:D2");
        ws.mergeCells("A6:A9");
        ws.mergeCells("A10:A13");
        put(ws, 1, [
          ["Reading Borough Council – Children's Services"],
          ["FOI response: trafficked and unaccompanied children missing from care"],
          ["Period: 01/10/2014 to 30/09/2015"],
          [],
          ["Group", "Question", "Number", "Notes"],
          ["Children identified or suspected as trafficked", "Looked after during the period", raw(a.tla)],
          ["", "Went missing at least once", raw(a.twm)],
          ["", "Missing incidents", raw(a.tin)],
          ["", "Not found", raw(a.tnf)],
          ["Unaccompanied asylum seeking children", "Looked after during the period", raw(a.ula)],
          ["", "Went missing at least once", raw(a.uwm)],
          ["", "Missing incidents", raw(a.uin), "† includes one episode of under 24 hours"],
          ["", "Not found", raw(a.unf)],
        ]);
        ws.getCell("A6").alignment = { vertical: "middle", wrapText: true };
        ws.getCell("A10").alignment = { vertical: "middle", wrapText: true };
        bold(ws, "A1", "A5", "B5", "C5", "D5");
        widths(ws, [30, 32, 10, 40]);
      }),
    );
  }

  // Milton Keynes: PLANTED — figures for a different period (2013/14).
  {
    const file = "MK FOI 2015-889.csv";
    const a = council(
      "E06000042",
      flagAll({
        tla: n(3),
        twm: n(1),
        tin: n(1),
        tnf: n(0),
        ula: n(20),
        uwm: n(6),
        uin: n(13),
        unf: n(1),
      }),
    );
    add(file, () =>
      utf8(
        csv([
          ["Milton Keynes Council – Information Request 2015-889", ""],
          [
            "Information is provided for the period 1 April 2013 to 31 March 2014, which is the most recent period for which verified data is available.",
            "",
          ],
          ["", ""],
          ["Question", "Response"],
          ["1. Number of trafficked children (identified or suspected) in care", s(a.tla)],
          ["2. Number of those trafficked children who went missing", s(a.twm)],
          ["3. Number of missing incidents for trafficked children", s(a.tin)],
          ["4. Number of trafficked children not found", s(a.tnf)],
          ["5. Number of unaccompanied asylum seeking children in care", s(a.ula)],
          ["6. Number of those unaccompanied children who went missing", s(a.uwm)],
          ["7. Number of missing incidents for unaccompanied children", s(a.uin)],
          ["8. Number of unaccompanied children not found", s(a.unf)],
        ]),
      ),
    );
    plant(file, "E06000042", "figures for 1 April 2013 – 31 March 2014, not the requested period", "period_mismatch");
  }

  // Halton: PLANTED — financial year 2014/15 instead of the requested period.
  {
    const file = "Halton FOI response.xlsx";
    const a = council(
      "E06000006",
      flagAll({
        tla: n(0),
        twm: n(0),
        tin: n(0),
        tnf: n(0),
        ula: n(7),
        uwm: n(2),
        uin: n(4),
        unf: n(0),
      }),
    );
    add(file, () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Sheet1");
        put(ws, 1, [
          ["Halton Borough Council"],
          ["FOI response – figures relate to the financial year 2014/15 (1 April 2014 to 31 March 2015)"],
          [],
          ["Question", "Answer"],
          ["Trafficked children looked after (identified or suspected)", raw(a.tla)],
          ["Trafficked children who went missing", raw(a.twm)],
          ["Missing episodes for trafficked children", raw(a.tin)],
          ["Trafficked children still missing", raw(a.tnf)],
          ["Unaccompanied asylum seeking children looked after", raw(a.ula)],
          ["Unaccompanied asylum seeking children who went missing", raw(a.uwm)],
          ["Missing episodes for unaccompanied asylum seeking children", raw(a.uin)],
          ["Unaccompanied asylum seeking children still missing", raw(a.unf)],
        ]);
        widths(ws, [60, 12]);
      }),
    );
    plant(
      file,
      "E06000006",
      "financial year 2014/15 instead of Oct 2014 – Sep 2015",
      "period_approximate",
      "period_mismatch",
    );
  }

  // Cheshire West and Chester: PLANTED — whole-request refusal under section 12.
  {
    const file = "CWaC FOI refusal 2015-1120.txt";
    council("E06000050", {}, "refused");
    add(file, () =>
      utf8(
        letter([
          "Cheshire West and Chester Council",
          "Information Governance, 4 Civic Way, Ellesmere Port CH65 0BE",
          "",
          "Request reference: 2015-1120",
          "5 November 2015",
          "",
          "Dear Requester",
          "",
          "Freedom of Information Act 2000",
          "",
          "I write in response to your request for information about trafficked and unaccompanied asylum seeking children who were looked after by the council and went missing between 1 October 2014 and 30 September 2015.",
          "",
          "Whether a child has been trafficked is not held in a reportable field on our case management system. To answer your request we would need to read the case file of every child looked after during the period, and we estimate this would take well over 60 hours. This exceeds the appropriate limit of £450 (18 hours) set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.",
          "",
          "The council is therefore refusing your request in full under section 12 of the Freedom of Information Act 2000.",
          "",
          "Advice and assistance: you may wish to narrow your request, for example to a shorter period or to unaccompanied asylum seeking children only, and submit it again.",
          "",
          "Yours faithfully",
          "",
          "Information Governance Officer",
        ]),
      ),
    );
    plant(
      file,
      "E06000050",
      "whole request refused under section 12 (cost limit)",
      "document_refused",
      "value_refused",
    );
  }

  // Wiltshire: PLANTED — trafficked figures "not held in a reportable format", UASC answered.
  {
    const file = "Wiltshire Council FOI 2015 Missing children.xlsx";
    const nh = "The council does not hold this information in a reportable format";
    const a = council("E06000054", {
      tla: held(nh),
      twm: held(nh),
      tin: held(nh),
      tnf: held(nh),
      ula: n(24),
      uwm: n(7),
      uin: n(15),
      unf: n(0),
    });
    add(file, () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, [
          ["Wiltshire Council"],
          ["Freedom of Information – Request ID 15-3320"],
          ["Period: October 2014 to September 2015"],
          [],
          ["Question", "Answer"],
          ["How many looked after children were identified or suspected as trafficked?", raw(a.tla)],
          ["How many of these trafficked children went missing?", raw(a.twm)],
          ["How many missing incidents were there for these trafficked children?", raw(a.tin)],
          ["How many of these trafficked children have not been found?", raw(a.tnf)],
          ["How many unaccompanied asylum seeking children were looked after?", raw(a.ula)],
          ["How many of these unaccompanied children went missing?", raw(a.uwm)],
          ["How many missing incidents were there for these unaccompanied children?", raw(a.uin)],
          ["How many of these unaccompanied children have not been found?", raw(a.unf)],
        ]);
        bold(ws, "A1", "A5", "B5");
        widths(ws, [72, 60]);
      }),
    );
    plant(
      file,
      "E06000054",
      "trafficked figures not held in a reportable format",
      "value_not_held",
      "document_not_held",
    );
  }

  // Manchester: several tables on one sheet, incl. nationality tables with "Other (fewer than 5)".
  {
    const a = council("E08000003", {
      tid: n(6),
      tsu: n(9),
      tla: n(15),
      twm: n(8),
      tin: n(21),
      tnf: n(2),
      ula: n(46),
      uwm: n(14),
      uin: n(30),
      unf: n(3),
    });
    add("Manchester City Council FOI 11230.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("FOI 11230");
        put(ws, 1, [
          ["Manchester City Council – Children's Services"],
          ["FOI reference 11230 – data for 1 October 2014 to 30 September 2015"],
          [],
          ["Table 1: Children identified or suspected as trafficked"],
          ["Measure", "Number"],
          ["Identified as trafficked", raw(a.tid)],
          ["Suspected of being trafficked", raw(a.tsu)],
          ["Total looked after (identified or suspected)", raw(a.tla)],
          ["Went missing at least once", raw(a.twm)],
          ["Number of missing episodes", raw(a.tin)],
          ["Not found at 30/09/2015", raw(a.tnf)],
          [],
          ["Table 2: Unaccompanied asylum seeking children (UASC)"],
          ["Measure", "Number"],
          ["Looked after during the period", raw(a.ula)],
          ["Went missing at least once", raw(a.uwm)],
          ["Number of missing episodes", raw(a.uin)],
          ["Not found at 30/09/2015", raw(a.unf)],
          [],
          ["Table 3: Nationality of trafficked children who went missing"],
          ["Nationality", "Children"],
          ["Vietnamese", 5],
          ["Other (fewer than 5)", 3],
          [],
          ["Table 4: Nationality of UASC who went missing"],
          ["Nationality", "Children"],
          ["Eritrean", 6],
          ["Afghan", 5],
          ["Other (fewer than 5)", 3],
        ]);
        bold(ws, "A1", "A4", "A13", "A20", "A25");
        widths(ws, [48, 12]);
      }),
    );
  }

  // Salford: Windows-1252 CSV, "0 – nil" (en dash) and a long suppression phrase.
  {
    const a = council("E08000006", {
      tla: n(8),
      twm: sup("Less than 5 (figure suppressed to protect identities)"),
      tin: n(6),
      tnf: tx("0 – nil", 0),
      ula: n(13),
      uwm: n(5),
      uin: n(11),
      unf: tx("0 – nil", 0),
    });
    add("Salford FOI 15-0911.csv", () =>
      win1252(
        csv([
          ["Salford City Council – Freedom of Information response", "", ""],
          ["Ref: FOI 15-0911", "", ""],
          ["Period covered: 1 October 2014 – 30 September 2015", "", ""],
          ["", "", ""],
          ["Q", "Question", "Answer"],
          ["1", "Number of looked after children identified or suspected as trafficked", s(a.tla)],
          ["2", "Number of trafficked children who went missing from care", s(a.twm)],
          ["3", "Number of missing episodes (trafficked children)", s(a.tin)],
          ["4", "Number of trafficked children still missing", s(a.tnf)],
          ["5", "Number of unaccompanied asylum seeking children looked after", s(a.ula)],
          ["6", "Number of UASC who went missing from care", s(a.uwm)],
          ["7", "Number of missing episodes (UASC)", s(a.uin)],
          ["8", "Number of UASC still missing", s(a.unf)],
        ]),
      ),
    );
  }

  // Stockport: PLANTED — more trafficked children went missing than were looked after.
  {
    const file = "Stockport MBC response.xlsx";
    const a = council("E08000007", {
      tla: flag(4),
      twm: flag(6),
      tin: n(9),
      tnf: n(1),
      ula: n(10),
      uwm: n(2),
      uin: n(3),
      unf: n(0),
    });
    add(file, () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("FOI");
        put(ws, 1, [
          ["Stockport Metropolitan Borough Council – FOI response, October 2014 – September 2015"],
          [],
          ["Description", "Total"],
          ["Looked after children who were trafficked or suspected to be trafficked", raw(a.tla)],
          ["Trafficked looked after children who went missing", raw(a.twm)],
          ["Number of missing occasions – trafficked children", raw(a.tin)],
          ["Trafficked children missing and not found", raw(a.tnf)],
          ["Unaccompanied asylum seeking children in care", raw(a.ula)],
          ["Unaccompanied asylum seeking children who went missing", raw(a.uwm)],
          ["Number of missing occasions – unaccompanied asylum seeking children", raw(a.uin)],
          ["Unaccompanied asylum seeking children missing and not found", raw(a.unf)],
        ]);
        bold(ws, "A1", "A3", "B3");
        widths(ws, [70, 10]);
      }),
    );
    plant(
      file,
      "E08000007",
      "trafficked went missing (6) exceeds looked after (4)",
      "check_missing_exceeds_looked_after",
    );
  }

  // Trafford: PLANTED — more UASC not found than went missing. One-line Q/A letter.
  {
    const file = "Trafford FOI reply.txt";
    const a = council("E08000009", {
      tla: n(0),
      twm: n(0),
      tin: n(0),
      tnf: n(0),
      ula: n(15),
      uwm: flag(2),
      uin: n(5),
      unf: flag(4),
    });
    add(file, () =>
      utf8(
        letter([
          "Trafford Council",
          "Trafford Town Hall, Talbot Road, Stretford M32 0TH",
          "",
          "FOI request 4471/15 – response",
          "The figures below cover 1 October 2014 to 30 September 2015.",
          "",
          `Q1. How many trafficked children (identified or suspected) did the council look after during the period? A. ${s(a.tla)}`,
          `Q2. How many of the trafficked children went missing? A. ${s(a.twm)}`,
          `Q3. How many missing episodes were there for the trafficked children? A. ${s(a.tin)}`,
          `Q4. How many of the trafficked children are still missing? A. ${s(a.tnf)}`,
          `Q5. How many unaccompanied asylum seeking children did the council look after during the period? A. ${s(a.ula)}`,
          `Q6. How many of the unaccompanied asylum seeking children went missing? A. ${s(a.uwm)}`,
          `Q7. How many missing episodes were there for the unaccompanied asylum seeking children? A. ${s(a.uin)}`,
          `Q8. How many of the unaccompanied asylum seeking children are still missing? A. ${s(a.unf)}`,
          "",
          "Access to Information Team",
        ]),
      ),
    );
    plant(file, "E08000009", "UASC not found (4) exceeds UASC went missing (2)", "check_not_found_exceeds_missing");
  }

  // Sefton: PLANTED — fewer UASC missing episodes than UASC who went missing. Fully quoted CSV.
  {
    const file = "Sefton FOI 4412.csv";
    const a = council("E08000014", {
      tla: n(1),
      twm: n(0),
      tin: n(0),
      tnf: n(0),
      ula: n(12),
      uwm: flag(5),
      uin: flag(2),
      unf: n(1),
    });
    add(file, () =>
      utf8(
        csv(
          [
            ["Sefton Metropolitan Borough Council"],
            ["Freedom of Information Request 4412"],
            ["Response date: 30/10/2015"],
            [""],
            ["Question", "Response"],
            [
              "In the period 01/10/2014 to 30/09/2015, how many looked after children were identified or suspected as having been trafficked?",
              s(a.tla),
            ],
            ["Of the trafficked children, how many went missing?", s(a.twm)],
            ["How many missing episodes were recorded for trafficked children?", s(a.tin)],
            ["How many trafficked children who went missing have not been found?", s(a.tnf)],
            [
              "In the period 01/10/2014 to 30/09/2015, how many unaccompanied asylum seeking children were looked after?",
              s(a.ula),
            ],
            ["Of the unaccompanied asylum seeking children, how many went missing?", s(a.uwm)],
            ["How many missing episodes were recorded for unaccompanied asylum seeking children?", s(a.uin)],
            ["How many unaccompanied asylum seeking children who went missing have not been found?", s(a.unf)],
          ],
          ",",
          true,
        ),
      ),
    );
    plant(
      file,
      "E08000014",
      "UASC missing episodes (2) fewer than UASC who went missing (5)",
      "check_incidents_below_children",
    );
  }

  // Barnsley: PLANTED — trafficked children went missing but zero episodes.
  {
    const file = "Barnsley MBC - FOI 15-778.xlsx";
    const a = council("E08000016", {
      tla: n(3),
      twm: flag(2),
      tin: flag(0),
      tnf: n(0),
      ula: n(6),
      uwm: n(1),
      uin: n(1),
      unf: n(0),
    });
    add(file, () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, [
          ["Barnsley Metropolitan Borough Council"],
          ["Freedom of Information request 15-778"],
          ["Data period: 1/10/2014 – 30/9/2015"],
          [],
          [],
          ["Part", "Description", "Figure"],
          ["a", "Children looked after who were identified or suspected as trafficked", raw(a.tla)],
          ["b", "Of (a), children who went missing", raw(a.twm)],
          ["c", "Missing episodes relating to children in (b)", raw(a.tin)],
          ["d", "Of (b), children not found", raw(a.tnf)],
          ["e", "Unaccompanied asylum seeking children looked after", raw(a.ula)],
          ["f", "Of (e), children who went missing", raw(a.uwm)],
          ["g", "Missing episodes relating to children in (f)", raw(a.uin)],
          ["h", "Of (f), children not found", raw(a.unf)],
        ]);
        bold(ws, "A6", "B6", "C6");
        widths(ws, [6, 66, 10]);
      }),
    );
    plant(
      file,
      "E08000016",
      "trafficked went missing 2 but 0 missing episodes",
      "check_incidents_zero_mismatch",
      "check_incidents_below_children",
    );
  }

  // Dudley: PLANTED — identified + suspected (2 + 3) does not equal the total (4). Grid CSV.
  {
    const file = "Dudley FOI response.csv";
    const a = council("E08000027", {
      tid: flag(2),
      tsu: flag(3),
      tla: flag(4),
      twm: n(1),
      tin: n(1),
      tnf: n(0),
      ula: n(9),
      uwm: n(2),
      uin: n(2),
      unf: n(0),
    });
    add(file, () =>
      utf8(
        csv([
          [
            "Dudley Metropolitan Borough Council – FOI response (period 1 October 2014 to 30 September 2015)",
            "",
            "",
            "",
            "",
          ],
          ["", "", "", "", ""],
          ["", "Trafficked – identified", "Trafficked – suspected", "Trafficked – total", "UASC"],
          ["Looked after in period", s(a.tid), s(a.tsu), s(a.tla), s(a.ula)],
          ["Went missing", "", "", s(a.twm), s(a.uwm)],
          ["Missing episodes", "", "", s(a.tin), s(a.uin)],
          ["Not found", "", "", s(a.tnf), s(a.unf)],
        ]),
      ),
    );
    plant(file, "E08000027", "identified 2 + suspected 3 ≠ total 4", "check_parts_sum");
  }

  // Bradford: PLANTED — UASC nationality breakdown sums to 6, not 7.
  {
    const file = "Bradford FOI-2015-3319.xlsx";
    const a = council("E08000032", {
      tla: n(5),
      twm: n(2),
      tin: n(4),
      tnf: n(0),
      ula: n(25),
      uwm: flag(7),
      uin: n(16),
      unf: n(1),
    });
    add(file, () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, [
          ["City of Bradford Metropolitan District Council"],
          ["FOI-2015-3319: children missing from care, 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Response"],
          ["Number of trafficked (identified or suspected) looked after children", raw(a.tla)],
          ["Number of trafficked looked after children who went missing", raw(a.twm)],
          ["Number of missing incidents – trafficked", raw(a.tin)],
          ["Number of trafficked children not found", raw(a.tnf)],
          ["Number of unaccompanied asylum seeking children looked after", raw(a.ula)],
          ["Number of unaccompanied asylum seeking children who went missing", raw(a.uwm)],
          ["Number of missing incidents – unaccompanied asylum seeking", raw(a.uin)],
          ["Number of unaccompanied asylum seeking children not found", raw(a.unf)],
          [],
          ["Nationality of unaccompanied asylum seeking children who went missing", "Number of children"],
          ["Afghan", 3],
          ["Albanian", 2],
          ["Iranian", 1],
        ]);
        bold(ws, "A1", "A4", "B4", "A14", "B14");
        widths(ws, [70, 20]);
      }),
    );
    plant(file, "E08000032", "UASC nationality breakdown sums to 6, went missing is 7", "check_nationality_sum");
  }

  // Calderdale: PLANTED — a negative count.
  {
    const file = "Calderdale response.csv";
    const a = council("E08000033", {
      tla: n(2),
      twm: n(1),
      tin: n(1),
      tnf: n(0),
      ula: n(8),
      uwm: n(2),
      uin: n(3),
      unf: flag(-1),
    });
    add(file, () =>
      utf8(
        csv([
          ["Calderdale Metropolitan Borough Council", ""],
          ["Freedom of Information response – 1 October 2014 to 30 September 2015", ""],
          ["", ""],
          ["Question", "Answer"],
          ["Trafficked children looked after", s(a.tla)],
          ["Trafficked children who went missing", s(a.twm)],
          ["Missing episodes, trafficked children", s(a.tin)],
          ["Trafficked children not found", s(a.tnf)],
          ["Unaccompanied asylum seeking children looked after", s(a.ula)],
          ["Unaccompanied asylum seeking children who went missing", s(a.uwm)],
          ["Missing episodes, unaccompanied asylum seeking children", s(a.uin)],
          ["Unaccompanied asylum seeking children not found", s(a.unf)],
        ]),
      ),
    );
    plant(file, "E08000033", "UASC not found given as -1", "value_negative");
  }

  // Rochdale: PLANTED — the not-found total (3) is not the sum of its parts (1 + 1).
  {
    const file = "Rochdale Borough Council FOI.txt";
    const a = council("E08000005", {
      tla: n(4),
      twm: n(2),
      tin: n(3),
      tnf: flag(1),
      ula: n(9),
      uwm: n(3),
      uin: n(5),
      unf: flag(1),
      nf: flag(3),
    });
    add(file, () =>
      utf8(
        letter([
          "Rochdale Borough Council",
          "Number One Riverside, Smith Street, Rochdale OL16 1XU",
          "",
          "Freedom of Information request – children missing from care",
          "Period: 1 October 2014 to 30 September 2015",
          "",
          "Question 1: How many looked after children were identified or suspected as trafficked?",
          `Answer: ${s(a.tla)}`,
          "",
          "Question 2: How many of the trafficked children went missing?",
          `Answer: ${s(a.twm)}`,
          "",
          "Question 3: How many missing episodes were there for trafficked children?",
          `Answer: ${s(a.tin)}`,
          "",
          "Question 4: How many of the trafficked children who went missing have not been found?",
          `Answer: ${s(a.tnf)}`,
          "",
          "Question 5: How many unaccompanied asylum seeking children were looked after?",
          `Answer: ${s(a.ula)}`,
          "",
          "Question 6: How many of the unaccompanied asylum seeking children went missing?",
          `Answer: ${s(a.uwm)}`,
          "",
          "Question 7: How many missing episodes were there for unaccompanied asylum seeking children?",
          `Answer: ${s(a.uin)}`,
          "",
          "Question 8: How many of the unaccompanied asylum seeking children who went missing have not been found?",
          `Answer: ${s(a.unf)}`,
          "",
          "Question 9: In total, how many trafficked and unaccompanied children who went missing have not been found?",
          `Answer: ${s(a.nf)}`,
        ]),
      ),
    );
    plant(file, "E08000005", "total not found 3 but trafficked 1 + UASC 1", "check_not_found_total");
  }

  // Brent: PLANTED — two returns (original and "corrected") disagreeing on UASC went missing.
  {
    const a = council("E09000005", {
      tla: n(6),
      twm: n(3),
      tin: n(7),
      tnf: n(1),
      ula: n(58),
      uwm: flag("9 / 11"),
      uin: n(24),
      unf: n(2),
    });
    const brent = (version: string, uwm: number) =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Data");
        put(ws, 1, [
          ["London Borough of Brent – FOI response"],
          [version],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Category", "Measure", "Value"],
          ["Trafficked", "Looked after (identified or suspected)", raw(a.tla)],
          ["Trafficked", "Went missing at least once", raw(a.twm)],
          ["Trafficked", "Missing episodes", raw(a.tin)],
          ["Trafficked", "Still missing", raw(a.tnf)],
          ["UASC", "Looked after", raw(a.ula)],
          ["UASC", "Went missing at least once", uwm],
          ["UASC", "Missing episodes", raw(a.uin)],
          ["UASC", "Still missing", raw(a.unf)],
        ]);
        bold(ws, "A5", "B5", "C5");
        widths(ws, [14, 40, 10]);
      });
    add("Brent FOI response.xlsx", () => brent("Sent 30/10/2015", 9));
    add("Brent FOI response v2 (corrected).xlsx", () => brent("Version 2 – corrected 12/11/2015", 11));
    plant(
      "Brent FOI response v2 (corrected).xlsx",
      "E09000005",
      "resubmission gives UASC went missing 11, first return 9",
      "duplicate_conflict",
      "value_conflict",
    );
  }

  // Hackney: one-row export with coded headers of the council's own.
  {
    const a = council("E09000012", {
      tid: n(3),
      tsu: n(4),
      tla: n(7),
      twm: n(3),
      tin: n(8),
      tnf: n(1),
      ula: n(41),
      uwm: n(9),
      uin: n(19),
      unf: n(2),
    });
    add("hackney_foi_export.csv", () =>
      utf8(
        csv([
          [
            "LA_CODE",
            "LA_NAME",
            "REF_PERIOD",
            "TRAF_CLA_IDENT",
            "TRAF_CLA_SUSP",
            "TRAF_CLA_TOTAL",
            "TRAF_MISS_CHILD",
            "TRAF_MISS_EPISODES",
            "TRAF_NOT_FOUND",
            "UASC_CLA_TOTAL",
            "UASC_MISS_CHILD",
            "UASC_MISS_EPISODES",
            "UASC_NOT_FOUND",
          ],
          [
            "204",
            "Hackney",
            "2014-10-01/2015-09-30",
            s(a.tid),
            s(a.tsu),
            s(a.tla),
            s(a.twm),
            s(a.tin),
            s(a.tnf),
            s(a.ula),
            s(a.uwm),
            s(a.uin),
            s(a.unf),
          ],
        ]),
      ),
    );
  }

  // Islington: PLANTED — one answer is prose nobody can read a number from.
  {
    const file = "Islington FOI 15-2210.xlsx";
    const a = council("E09000019", {
      tla: n(5),
      twm: n(1),
      tin: n(2),
      tnf: n(0),
      ula: n(33),
      uwm: n(8),
      uin: flag("Please refer to the narrative in our covering email"),
      unf: n(1),
    });
    add(file, () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Answers");
        put(ws, 1, [
          ["London Borough of Islington"],
          ["FOI 15-2210 – children missing from care between 1 October 2014 and 30 September 2015"],
          [],
          ["Question", "Answer", "Notes"],
          ["Looked after children identified or suspected as trafficked", raw(a.tla), ""],
          ["Trafficked children who went missing", raw(a.twm), ""],
          ["Missing episodes of trafficked children", raw(a.tin), ""],
          ["Trafficked children not found", raw(a.tnf), ""],
          [
            "Unaccompanied asylum seeking children looked after",
            raw(a.ula),
            "Includes children who turned 18 in the period",
          ],
          ["Unaccompanied asylum seeking children who went missing", raw(a.uwm), ""],
          ["Missing episodes of unaccompanied asylum seeking children", raw(a.uin), ""],
          ["Unaccompanied asylum seeking children not found", raw(a.unf), ""],
        ]);
        bold(ws, "A4", "B4", "C4");
        widths(ws, [60, 30, 40]);
      }),
    );
    plant(file, "E09000019", "UASC missing episodes answered with prose, no figure", "value_unparsed");
  }

  // Newham: two-row header (group merged over four measures), one row for the authority.
  {
    const a = council("E09000025", {
      tla: n(12),
      twm: n(4),
      tin: n(10),
      tnf: n(1),
      ula: n(37),
      uwm: n(10),
      uin: n(22),
      unf: n(3),
    });
    add("Newham FOI data return.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Return");
        ws.mergeCells("A4:A5");
        ws.mergeCells("B4:E4");
        ws.mergeCells("F4:I4");
        put(ws, 1, [
          ["London Borough of Newham – FOI data return"],
          ["Reporting period: 1 Oct 2014 – 30 Sep 2015"],
          [],
          [
            "Local authority",
            "Trafficked children (identified or suspected)",
            "",
            "",
            "",
            "Unaccompanied asylum-seeking children",
          ],
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
          ["Newham", raw(a.tla), raw(a.twm), raw(a.tin), raw(a.tnf), raw(a.ula), raw(a.uwm), raw(a.uin), raw(a.unf)],
        ]);
        bold(ws, "A4", "B4", "F4");
        widths(ws, [18, 14, 14, 16, 12, 14, 14, 16, 12]);
      }),
    );
  }

  // Southwark content in a file named for Lewisham: PLANTED — name/content mismatch.
  {
    const file = "Lewisham FOI response.csv";
    const a = council(
      "E09000028",
      flagAll({
        tla: n(9),
        twm: n(3),
        tin: n(5),
        tnf: n(1),
        ula: n(62),
        uwm: n(14),
        uin: n(31),
        unf: n(4),
      }),
    );
    add(file, () =>
      utf8(
        csv([
          ["London Borough of Southwark – Children's and Adults' Services", ""],
          ["FOI response 15/4410 – period 1 October 2014 to 30 September 2015", ""],
          ["", ""],
          ["Question", "Answer"],
          ["Trafficked children looked after (identified or suspected)", s(a.tla)],
          ["Trafficked children who went missing", s(a.twm)],
          ["Missing episodes (trafficked)", s(a.tin)],
          ["Trafficked children not found", s(a.tnf)],
          ["Unaccompanied asylum seeking children looked after", s(a.ula)],
          ["Unaccompanied asylum seeking children who went missing", s(a.uwm)],
          ["Missing episodes (unaccompanied asylum seeking children)", s(a.uin)],
          ["Unaccompanied asylum seeking children not found", s(a.unf)],
        ]),
      ),
    );
    plant(
      file,
      "E09000028",
      "file named Lewisham, content is the London Borough of Southwark",
      "authority_mismatch",
      "file_misnamed",
    );
  }

  // Buckinghamshire: formula with cached result, numbers stored as text with trailing spaces, a hidden draft sheet.
  {
    const a = council("E10000002", {
      tid: n(1),
      tsu: n(2),
      tla: n(3),
      twm: tx("1 ", 1),
      tin: tx("3 ", 3),
      tnf: n(0),
      ula: n(27),
      uwm: tx("4", 4),
      uin: n(9),
      unf: n(1),
    });
    add("Bucks CC FOI response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("FOI response");
        ws.mergeCells("A1:C1");
        put(ws, 1, [
          ["Buckinghamshire County Council"],
          ["Freedom of Information request FOI/15/1402"],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Answer", "Comment"],
          ["Looked after children identified as trafficked", raw(a.tid)],
          ["Looked after children suspected of being trafficked", raw(a.tsu)],
          ["Total trafficked (identified + suspected)", { formula: "SUM(B6:B7)", result: 3 }],
          ["Trafficked children who went missing", raw(a.twm)],
          ["Missing episodes (trafficked)", raw(a.tin)],
          ["Trafficked children not found", raw(a.tnf)],
          ["UASC looked after", raw(a.ula)],
          ["UASC who went missing", raw(a.uwm)],
          ["Missing episodes (UASC)", raw(a.uin)],
          ["UASC not found", raw(a.unf), "Reported to Thames Valley Police"],
        ]);
        bold(ws, "A1", "A5", "B5", "C5");
        widths(ws, [52, 10, 36]);
        const draft = wb.addWorksheet("Draft v1", { state: "hidden" });
        put(draft, 1, [
          ["DRAFT – not checked"],
          ["Question", "Answer"],
          ["Looked after children identified as trafficked", 2],
          ["Looked after children suspected of being trafficked", 2],
          ["Trafficked children who went missing", 2],
          ["Missing episodes (trafficked)", 5],
          ["UASC looked after", 30],
          ["UASC who went missing", 6],
        ]);
      }),
    );
  }

  // East Sussex: one table per sheet, merged title A1:F1, header row at row 9.
  {
    const a = council("E10000011", {
      tla: n(4),
      twm: n(2),
      tin: n(5),
      tnf: n(0),
      ula: n(35),
      uwm: n(9),
      uin: n(18),
      unf: n(2),
    });
    add("East Sussex FOI 1510.xlsx", () =>
      xlsx((wb) => {
        const sheet = (name: string, table: string, v: [unknown, unknown, unknown, unknown]) => {
          const ws = wb.addWorksheet(name);
          ws.mergeCells("A1:F1");
          ws.mergeCells("A2:F2");
          put(ws, 1, [
            ["East Sussex County Council"],
            ["Children's Services – Freedom of Information request 1510"],
            ["Reporting period", "01/10/2014 – 30/09/2015"],
            [],
            ["Figures taken from the CareFirst case management system."],
            [],
            [table],
            [],
            ["Measure", "Number", "Comment"],
            ["Looked after during the period", v[0]],
            ["Went missing (at least once)", v[1]],
            ["Missing episodes", v[2]],
            ["Not found", v[3]],
          ]);
          ws.getCell("A1").font = { bold: true, size: 14 };
          bold(ws, "A7", "A9", "B9", "C9");
          widths(ws, [40, 12, 30]);
        };
        sheet("Trafficked", "Table A – Children identified or suspected as trafficked", [
          raw(a.tla),
          raw(a.twm),
          raw(a.tin),
          raw(a.tnf),
        ]);
        sheet("UASC", "Table B – Unaccompanied asylum seeking children", [
          raw(a.ula),
          raw(a.uwm),
          raw(a.uin),
          raw(a.unf),
        ]);
      }),
    );
  }

  // Lancashire: tab-delimited .csv with a BOM, groups as rows, "*" suppression.
  {
    const a = council("E10000017", {
      tla: n(11),
      twm: sup("*"),
      tin: n(9),
      tnf: n(0),
      ula: n(52),
      uwm: n(15),
      uin: n(33),
      unf: sup("*"),
    });
    add("Lancashire FOI missing children.csv", () =>
      utf8(
        csv(
          [
            ["Lancashire County Council", "", "", "", ""],
            ["FOI response – children missing from care 1/10/2014 to 30/9/2015", "", "", "", ""],
            ["", "", "", "", ""],
            ["Group", "Children looked after", "Children who went missing", "Missing episodes", "Children not found"],
            ["Trafficked (identified or suspected)", s(a.tla), s(a.twm), s(a.tin), s(a.tnf)],
            ["Unaccompanied asylum seeking children", s(a.ula), s(a.uwm), s(a.uin), s(a.unf)],
            ["", "", "", "", ""],
            ["* Figure between 1 and 4 suppressed", "", "", "", ""],
          ],
          "\t",
        ),
        true,
      ),
    );
  }

  // Nottinghamshire: answers written as sentences.
  {
    const a = council("E10000024", {
      tla: n(3),
      twm: tx("We can confirm that no children in this group went missing", 0),
      tin: n(0),
      tnf: n(0),
      ula: n(16),
      uwm: n(2),
      uin: n(2),
      unf: tx("0", 0),
    });
    add("Notts CC FOI response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, [
          ["Nottinghamshire County Council – Freedom of Information response"],
          ["Request: trafficked and unaccompanied asylum seeking children missing from care"],
          ["Period: 1 October 2014 – 30 September 2015"],
          [],
          ["Your question", "Our answer"],
          ["How many trafficked children (identified or suspected) were looked after?", raw(a.tla)],
          ["How many trafficked children went missing?", raw(a.twm)],
          ["How many missing episodes were there for trafficked children?", raw(a.tin)],
          ["How many trafficked children have not been found?", raw(a.tnf)],
          ["How many unaccompanied asylum seeking children were looked after?", raw(a.ula)],
          ["How many unaccompanied asylum seeking children went missing?", raw(a.uwm)],
          ["How many missing episodes were there for unaccompanied asylum seeking children?", raw(a.uin)],
          ["How many unaccompanied asylum seeking children have not been found?", raw(a.unf)],
        ]);
        bold(ws, "A5", "B5");
        widths(ws, [72, 60]);
        wrap(ws, 2);
      }),
    );
  }

  // Suffolk: PLANTED — a truncated (corrupt) workbook.
  {
    const file = "Suffolk CC FOI response.xlsx";
    add(file, async () => {
      const whole = await xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, [
          ["Suffolk County Council"],
          ["Question", "Answer"],
          ["Trafficked children looked after", 3],
          ["UASC looked after", 21],
        ]);
      });
      return whole.slice(0, Math.floor(whole.length * 0.45));
    });
    plant(file, "E10000029", "workbook truncated (corrupt zip)", "file_corrupt", "file_unparsed");
  }

  // West Sussex: identified only by its GSS code in a requester-style template.
  {
    const a = council("E10000032", {
      tla: n(6),
      twm: n(2),
      tin: n(2),
      tnf: n(0),
      ula: n(44),
      uwm: n(11),
      uin: n(25),
      unf: n(2),
    });
    add("FOI-15-4471-response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Data");
        put(ws, 1, [
          ["Heading back to harm – data request template"],
          [],
          ["LA code (ONS)", "E10000032"],
          ["Period", "01/10/2014 to 30/09/2015"],
          [],
          ["Question", "Figure"],
          ["Trafficked children looked after (identified or suspected)", raw(a.tla)],
          ["Trafficked children who went missing", raw(a.twm)],
          ["Missing episodes – trafficked children", raw(a.tin)],
          ["Trafficked children not found", raw(a.tnf)],
          ["Unaccompanied asylum seeking children looked after", raw(a.ula)],
          ["Unaccompanied asylum seeking children who went missing", raw(a.uwm)],
          ["Missing episodes – unaccompanied asylum seeking children", raw(a.uin)],
          ["Unaccompanied asylum seeking children not found", raw(a.unf)],
        ]);
        bold(ws, "A1", "A6", "B6");
        widths(ws, [60, 14]);
      }),
    );
  }

  // Bracknell Forest: PLANTED — an empty file.
  add("Bracknell Forest FOI.csv", () => new Uint8Array(0));
  plant("Bracknell Forest FOI.csv", "E06000036", "empty file (0 bytes)", "file_empty");

  // Bedford: a PDF, read since text PDFs are read (issue 7); no longer planted.
  add("Bedford Borough Council response.pdf", () =>
    tinyPdf([
      "Bedford Borough Council - Freedom of Information response",
      "Trafficked children looked after: 2",
      "Unaccompanied asylum seeking children looked after: 12",
    ]),
  );

  // PLANTED — a return that names no authority.
  {
    const file = "FOI response - ref 15-1187.csv";
    add(file, () =>
      utf8(
        csv([
          ["Freedom of Information – response to request ref 15-1187", ""],
          ["Period: 1 October 2014 to 30 September 2015", ""],
          ["", ""],
          ["Question", "Answer"],
          ["Trafficked children looked after", "2"],
          ["Trafficked children who went missing", "1"],
          ["Missing episodes (trafficked)", "1"],
          ["Trafficked children not found", "0"],
          ["Unaccompanied asylum seeking children looked after", "10"],
          ["Unaccompanied asylum seeking children who went missing", "3"],
          ["Missing episodes (unaccompanied asylum seeking children)", "4"],
          ["Unaccompanied asylum seeking children not found", "0"],
        ]),
      ),
    );
    plant(file, "", "no authority named anywhere in the file or its name", "authority_unidentified");
  }

  // Doncaster: PLANTED — a fractional count (an average given instead of a count).
  {
    const file = "Doncaster FOI reply.txt";
    const a = council("E08000017", {
      tla: n(3),
      twm: n(2),
      tin: flag("2.5 (average per child)"),
      tnf: n(0),
      ula: n(14),
      uwm: n(4),
      uin: n(9),
      unf: n(1),
    });
    add(file, () =>
      utf8(
        letter([
          "City of Doncaster Council",
          "Civic Office, Waterdale, Doncaster DN1 3BU",
          "",
          "FOI reference: 15/2207",
          "Information relating to 1 October 2014 – 30 September 2015",
          "",
          `Q1 – How many trafficked children (identified or suspected) were in the council's care? A – ${s(a.tla)}`,
          `Q2 – How many of these trafficked children went missing? A – ${s(a.twm)}`,
          `Q3 – How many missing episodes were there for these trafficked children? A – ${s(a.tin)}`,
          `Q4 – How many of these trafficked children are still missing? A – ${s(a.tnf)}`,
          `Q5 – How many unaccompanied asylum seeking children were in the council's care? A – ${s(a.ula)}`,
          `Q6 – How many of these unaccompanied children went missing? A – ${s(a.uwm)}`,
          `Q7 – How many missing episodes were there for these unaccompanied children? A – ${s(a.uin)}`,
          `Q8 – How many of these unaccompanied children are still missing? A – ${s(a.unf)}`,
        ]),
      ),
    );
    plant(
      file,
      "E08000017",
      "trafficked missing episodes given as 2.5 (an average)",
      "value_fractional",
      "value_unparsed",
    );
  }

  // =====================================================================================
  // WALES
  // =====================================================================================

  // Gwynedd: Welsh-first bilingual labels, "Dim / Nil" answers.
  {
    const dim = "Dim / Nil";
    const a = council("W06000002", {
      tid: tx("0", 0),
      tsu: n(1),
      twm: n(0),
      tin: n(0),
      tnf: blank("Amherthnasol / N/A"),
      ula: n(2),
      uwm: tx(dim, 0),
      uin: tx(dim, 0),
      unf: tx(dim, 0),
    });
    add("Gwynedd - Cais Rhyddid Gwybodaeth FOI.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Ymateb - Response");
        put(ws, 1, [
          ["Cyngor Gwynedd / Gwynedd Council"],
          ["Cais Rhyddid Gwybodaeth / Freedom of Information Request 15-0678"],
          ["Cyfnod / Period: 01/10/2014 – 30/09/2015"],
          [],
          ["Cwestiwn / Question", "Ateb / Answer"],
          [
            "Plant sy’n derbyn gofal a nodwyd fel dioddefwyr masnachu / Looked after children identified as victims of trafficking",
            raw(a.tid),
          ],
          [
            "Plant sy’n derbyn gofal yr amheuir eu bod yn ddioddefwyr masnachu / Looked after children suspected of being victims of trafficking",
            raw(a.tsu),
          ],
          ["Plant a fasnachwyd a aeth ar goll / Trafficked children who went missing", raw(a.twm)],
          [
            "Nifer yr achosion o fynd ar goll (plant a fasnachwyd) / Number of missing episodes (trafficked children)",
            raw(a.tin),
          ],
          ["Plant a fasnachwyd sydd heb eu canfod / Trafficked children not found", raw(a.tnf)],
          [
            "Plant sy’n ceisio lloches ar eu pen eu hunain sy’n derbyn gofal / Unaccompanied asylum seeking children looked after",
            raw(a.ula),
          ],
          [
            "Plant sy’n ceisio lloches ar eu pen eu hunain a aeth ar goll / Unaccompanied asylum seeking children who went missing",
            raw(a.uwm),
          ],
          [
            "Nifer yr achosion o fynd ar goll (plant sy’n ceisio lloches) / Number of missing episodes (unaccompanied asylum seeking children)",
            raw(a.uin),
          ],
          [
            "Plant sy’n ceisio lloches sydd heb eu canfod / Unaccompanied asylum seeking children not found",
            raw(a.unf),
          ],
        ]);
        bold(ws, "A1", "A5", "B5");
        widths(ws, [90, 16]);
        wrap(ws, 1);
      }),
    );
  }

  // Bridgend: bilingual letterhead, "Q1. / A1." pairs on separate lines.
  {
    const a = council("W06000013", {
      tla: n(1),
      twm: n(1),
      tin: n(2),
      tnf: n(0),
      ula: n(6),
      uwm: n(1),
      uin: n(1),
      unf: n(0),
    });
    add("Bridgend CBC FOI response.txt", () =>
      utf8(
        letter([
          "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",
          "Bridgend County Borough Council",
          "",
          "Cais Rhyddid Gwybodaeth / Freedom of Information Request: FOI/2015/1193",
          "Cyfnod / Period: 1 October 2014 – 30 September 2015",
          "",
          "Q1. How many looked after children were identified or suspected as being trafficked during the period?",
          `A1. ${s(a.tla)}`,
          "Q2. Of these, how many went missing from care?",
          `A2. ${s(a.twm)}`,
          "Q3. How many separate missing episodes were recorded for these children?",
          `A3. ${s(a.tin)}`,
          "Q4. How many of these children have not been found?",
          `A4. ${s(a.tnf)}`,
          "Q5. How many unaccompanied asylum seeking children were looked after during the period?",
          `A5. ${s(a.ula)}`,
          "Q6. Of these, how many went missing from care?",
          `A6. ${s(a.uwm)}`,
          "Q7. How many separate missing episodes were recorded for these children?",
          `A7. ${s(a.uin)}`,
          "Q8. How many of these children have not been found?",
          `A8. ${s(a.unf)}`,
          "",
          "Mae’r ymateb hwn ar gael yn Gymraeg. This response is available in Welsh.",
        ]),
      ),
    );
  }

  // Caerphilly: groups as rows, measures as columns, "*" suppression note.
  {
    const a = council("W06000018", {
      tla: sup("*"),
      twm: n(0),
      tin: n(0),
      tnf: n(0),
      ula: n(9),
      uwm: sup("*"),
      uin: n(6),
      unf: n(0),
    });
    add("Caerphilly FOI 2015.csv", () =>
      utf8(
        csv([
          ["Caerphilly County Borough Council / Cyngor Bwrdeistref Sirol Caerffili", "", "", "", ""],
          ["FOI ref: 15/0921 – period 1 Oct 2014 to 30 Sep 2015", "", "", "", ""],
          ["", "", "", "", ""],
          ["Category", "Looked after", "Went missing", "Missing episodes", "Not found"],
          ["Trafficked children (identified or suspected)", s(a.tla), s(a.twm), s(a.tin), s(a.tnf)],
          ["Unaccompanied asylum seeking children", s(a.ula), s(a.uwm), s(a.uin), s(a.unf)],
          ["", "", "", "", ""],
          ["* Figures between 1 and 4 have been suppressed to prevent identification of individuals.", "", "", "", ""],
        ]),
      ),
    );
  }

  // Rhondda Cynon Taf: Welsh-first bilingual grid headers, groups as rows.
  {
    const a = council("W06000016", {
      tla: n(2),
      twm: n(1),
      tin: n(1),
      tnf: n(0),
      ula: n(12),
      uwm: n(3),
      uin: n(7),
      unf: n(0),
    });
    add("RCT FOI response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Data");
        ws.mergeCells("A1:E1");
        put(ws, 1, [
          ["Cyngor Bwrdeistref Sirol Rhondda Cynon Taf / Rhondda Cynon Taf County Borough Council"],
          ["Cyfnod / Period: 01/10/2014 – 30/09/2015"],
          [],
          [
            "Grŵp / Group",
            "Nifer sy’n derbyn gofal / Number looked after",
            "Nifer a aeth ar goll / Number who went missing",
            "Nifer o achosion mynd ar goll / Number of missing episodes",
            "Nifer sydd heb eu canfod / Number not found",
          ],
          [
            "Plant a fasnachwyd (wedi’u nodi neu dan amheuaeth) / Trafficked children (identified or suspected)",
            raw(a.tla),
            raw(a.twm),
            raw(a.tin),
            raw(a.tnf),
          ],
          [
            "Plant sy’n ceisio lloches ar eu pen eu hunain / Unaccompanied asylum seeking children",
            raw(a.ula),
            raw(a.uwm),
            raw(a.uin),
            raw(a.unf),
          ],
        ]);
        bold(ws, "A1", "A4", "B4", "C4", "D4", "E4");
        widths(ws, [60, 22, 22, 26, 22]);
      }),
    );
  }

  // =====================================================================================
  // SCOTLAND
  // =====================================================================================

  // Aberdeenshire: "looked after children and young people" wording.
  {
    const a = council("S12000034", {
      tla: n(1),
      twm: n(0),
      tin: n(0),
      tnf: n(0),
      ula: n(5),
      uwm: n(1),
      uin: n(2),
      unf: n(0),
    });
    add("Aberdeenshire Council FOISA response.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("Response");
        put(ws, 1, [
          ["Aberdeenshire Council – Freedom of Information (Scotland) Act 2002"],
          ["Request ref: FOI-15-2207"],
          ["Period: 1 October 2014 to 30 September 2015"],
          [],
          ["Question", "Response"],
          [
            "Number of looked after children and young people identified or suspected as having been trafficked",
            raw(a.tla),
          ],
          ["Number of those trafficked children and young people who went missing", raw(a.twm)],
          ["Number of missing episodes for those trafficked children and young people", raw(a.tin)],
          ["Number of those trafficked children and young people not yet found", raw(a.tnf)],
          ["Number of unaccompanied asylum seeking children and young people looked after", raw(a.ula)],
          ["Number of those unaccompanied children and young people who went missing", raw(a.uwm)],
          ["Number of missing episodes for those unaccompanied children and young people", raw(a.uin)],
          ["Number of those unaccompanied children and young people not yet found", raw(a.unf)],
        ]);
        bold(ws, "A5", "B5");
        widths(ws, [90, 12]);
      }),
    );
  }

  // East Lothian: letter, "Fewer than five", "Nil".
  {
    const a = council("S12000010", {
      tla: tx("Nil", 0),
      twm: tx("Nil", 0),
      tin: tx("Nil", 0),
      tnf: tx("Nil", 0),
      ula: sup("Fewer than five"),
      uwm: tx("None", 0),
      uin: n(0),
      unf: n(0),
    });
    add("East Lothian FOI 2015-10-77.txt", () =>
      utf8(
        letter([
          "East Lothian Council",
          "John Muir House, Haddington EH41 3HA",
          "",
          "Freedom of Information (Scotland) Act 2002 – request 2015-10-77",
          "",
          "Your request concerned looked after children and young people who were trafficked or unaccompanied asylum seekers and went missing between 1 October 2014 and 30 September 2015. Our response follows.",
          "",
          `1. Looked after children and young people identified or suspected as trafficked: ${s(a.tla)}`,
          `2. Trafficked children and young people who went missing: ${s(a.twm)}`,
          `3. Missing episodes for trafficked children and young people: ${s(a.tin)}`,
          `4. Trafficked children and young people not found: ${s(a.tnf)}`,
          `5. Unaccompanied asylum seeking children and young people looked after: ${s(a.ula)}`,
          `6. Unaccompanied asylum seeking children and young people who went missing: ${s(a.uwm)}`,
          `7. Missing episodes for unaccompanied asylum seeking children and young people: ${s(a.uin)}`,
          `8. Unaccompanied asylum seeking children and young people not found: ${s(a.unf)}`,
          "",
          "Where a number is fewer than five we do not give the exact figure, to avoid identifying individuals.",
          "",
          "If you are dissatisfied with this response you may ask us to review it within 40 working days, and thereafter apply to the Scottish Information Commissioner.",
        ]),
      ),
    );
  }

  // Renfrewshire: PLANTED — trafficked missing figures withheld under FOISA s38(1)(b).
  {
    const file = "Renfrewshire FOI response.csv";
    const w = "Withheld – section 38(1)(b) FOISA (personal information)";
    const a = council("S12000038", {
      tla: n(3),
      twm: refused(w),
      tin: refused(w),
      tnf: refused(w),
      ula: n(6),
      uwm: n(2),
      uin: n(3),
      unf: n(0),
    });
    add(file, () =>
      utf8(
        csv([
          ["Renfrewshire Council – FOISA request 15-0311", ""],
          ["Period: 1 October 2014 to 30 September 2015", ""],
          ["", ""],
          ["Information requested", "Response"],
          ["Trafficked looked after children and young people", s(a.tla)],
          ["Trafficked looked after children and young people who went missing", s(a.twm)],
          ["Missing episodes – trafficked children and young people", s(a.tin)],
          ["Trafficked children and young people still missing", s(a.tnf)],
          ["Unaccompanied asylum seeking children and young people looked after", s(a.ula)],
          ["Unaccompanied asylum seeking children and young people who went missing", s(a.uwm)],
          ["Missing episodes – unaccompanied asylum seeking children and young people", s(a.uin)],
          ["Unaccompanied asylum seeking children and young people still missing", s(a.unf)],
        ]),
      ),
    );
    plant(
      file,
      "S12000038",
      "trafficked missing figures withheld under FOISA s38(1)(b)",
      "value_refused",
      "document_refused",
    );
  }

  // Stirling: groups as columns.
  {
    const a = council("S12000030", {
      tla: n(2),
      twm: n(1),
      tin: n(3),
      tnf: n(0),
      ula: n(7),
      uwm: n(2),
      uin: n(2),
      unf: n(1),
    });
    add("Stirling Council FOI.xlsx", () =>
      xlsx((wb) => {
        const ws = wb.addWorksheet("FOI");
        put(ws, 1, [
          ["Stirling Council"],
          ["Response to FOISA request – looked after children and young people who went missing"],
          [],
          [
            "",
            "Trafficked looked after children and young people",
            "Unaccompanied asylum seeking children and young people",
          ],
          ["Looked after between 01/10/14 and 30/09/15", raw(a.tla), raw(a.ula)],
          ["Went missing at least once", raw(a.twm), raw(a.uwm)],
          ["Total missing episodes", raw(a.tin), raw(a.uin)],
          ["Not found", raw(a.tnf), raw(a.unf)],
        ]);
        bold(ws, "A1", "B4", "C4");
        widths(ws, [44, 30, 30]);
      }),
    );
  }

  // Comhairle nan Eilean Siar: a Gaelic-named council, all nil.
  {
    const a = council("S12000013", {
      tla: tx("Nil", 0),
      twm: tx("Nil", 0),
      tin: tx("Nil", 0),
      tnf: tx("Nil", 0),
      ula: tx("Nil", 0),
      uwm: tx("Nil", 0),
      uin: tx("Nil", 0),
      unf: tx("Nil", 0),
    });
    add("Comhairle nan Eilean Siar - FOI reply.txt", () =>
      utf8(
        letter([
          "Comhairle nan Eilean Siar",
          "Sandwick Road, Stornoway, Isle of Lewis HS1 2BW",
          "",
          "FOISA request 15/202 – period 1 October 2014 to 30 September 2015",
          "",
          `Question 1 – trafficked children looked after by the Comhairle. Answer: ${s(a.tla)}`,
          `Question 2 – trafficked children who went missing. Answer: ${s(a.twm)}`,
          `Question 3 – missing episodes of trafficked children. Answer: ${s(a.tin)}`,
          `Question 4 – trafficked children not found. Answer: ${s(a.tnf)}`,
          `Question 5 – unaccompanied asylum seeking children looked after by the Comhairle. Answer: ${s(a.ula)}`,
          `Question 6 – unaccompanied asylum seeking children who went missing. Answer: ${s(a.uwm)}`,
          `Question 7 – missing episodes of unaccompanied asylum seeking children. Answer: ${s(a.uin)}`,
          `Question 8 – unaccompanied asylum seeking children not found. Answer: ${s(a.unf)}`,
        ]),
      ),
    );
  }

  // =====================================================================================
  // NORTHERN IRELAND — councils redirecting to the Health and Social Care Trusts
  // =====================================================================================
  {
    const file = "Belfast City Council FOI response.txt";
    council("N09000003", {}, "not_held");
    add(file, () =>
      utf8(
        letter([
          "Belfast City Council",
          "City Hall, Belfast BT1 5GS",
          "",
          "Freedom of Information request – trafficked and unaccompanied children missing from care",
          "",
          "Belfast City Council does not hold the information you have requested. In Northern Ireland, local councils do not have responsibility for looked after children; children's social care is provided by the Health and Social Care Trusts.",
          "",
          "You may wish to redirect your request to the Belfast Health and Social Care Trust, which can be contacted at foi@belfasttrust.hscni.net.",
          "",
          "Yours sincerely",
          "Information Governance Unit",
        ]),
      ),
    );
    plant(
      file,
      "N09000003",
      "NI council: children's services are run by the HSC Trust",
      "document_not_held",
      "value_not_held",
    );
  }
  {
    const file = "LCCC FOI 2015-221.txt";
    council("N09000007", {}, "not_held");
    add(file, () =>
      utf8(
        letter([
          "Lisburn & Castlereagh City Council",
          "Island Civic Centre, The Island, Lisburn BT27 4RL",
          "",
          "Our ref: FOI 2015-221",
          "",
          "Thank you for your request about looked after children who were trafficked or unaccompanied asylum seekers and went missing between 1 October 2014 and 30 September 2015.",
          "",
          "I can confirm that Lisburn & Castlereagh City Council holds no information in scope of your request. The Council is not a children's services authority: looked after children in this area are the responsibility of the South Eastern Health and Social Care Trust, to whom your request should be directed.",
          "",
          "Regards",
          "Freedom of Information Officer",
        ]),
      ),
    );
    plant(
      file,
      "N09000007",
      "NI council: no information held, redirect to the HSC Trust",
      "document_not_held",
      "value_not_held",
    );
  }
  {
    const file = "Mid Ulster DC - FOI.txt";
    council("N09000009", {}, "not_held");
    add(file, () =>
      utf8(
        letter([
          "Mid Ulster District Council",
          "",
          "Re: Freedom of Information request – children missing from care, 1 October 2014 to 30 September 2015",
          "",
          "Mid Ulster District Council does not provide social services for children and therefore does not hold any information relevant to your request. This service is delivered by the Northern Health and Social Care Trust and the Southern Health and Social Care Trust.",
          "",
          "Yours faithfully",
          "Policy and Governance",
        ]),
      ),
    );
    plant(file, "N09000009", "NI council: does not provide the service", "document_not_held", "value_not_held");
  }

  return { councils, files, planted };
}

function csvText(header: string[], rows: readonly (readonly (string | number)[])[]): string {
  const field = (v: string | number) => {
    const t = String(v);
    return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `${[header, ...rows].map((r) => r.map(field).join(",")).join("\n")}\n`;
}

/** The whole corpus as relative path → bytes. Same bytes on every call. */
export async function buildHoldout2(): Promise<Map<string, Uint8Array>> {
  const { councils, files, planted } = corpus();
  const out = new Map<string, Uint8Array>();
  const names = new Set<string>();
  for (const f of files) {
    if (names.has(f.file)) throw new Error(`holdout2: duplicate file name ${f.file}`);
    names.add(f.file);
    out.set(`returns/${f.file}`, await f.bytes());
  }
  for (const p of planted)
    if (!names.has(p.file)) throw new Error(`holdout2: planted problem on a file not in the corpus: ${p.file}`);
  const codes = councils.map((c) => c.code);
  if (new Set(codes).size !== codes.length) throw new Error("holdout2: an authority appears twice");

  const { truth, statuses } = readings(councils);
  out.set(
    "truth.csv",
    utf8(
      csvText(
        ["authority_code", "measure", "value"],
        truth.map((t) => [t.authority_code, t.measure, t.value]),
      ),
    ),
  );
  out.set(
    "statuses.csv",
    utf8(
      csvText(
        ["authority_code", "measure", "status"],
        statuses.map((t) => [t.authority_code, t.measure, t.status]),
      ),
    ),
  );
  out.set(
    "planted.csv",
    utf8(
      csvText(
        ["file", "authority_code", "problem", "expected_codes"],
        planted.map((p) => [p.file, p.authority_code, p.problem, p.expected_codes.join("|")]),
      ),
    ),
  );
  out.set("README.md", utf8(README));
  return out;
}

const README = `# holdout2 — a second blind holdout corpus

Written by \`test/holdout2/generate.ts\` without reference to foi-agg's label or
value knowledge, its locate/match/parse code, or the other corpora. Do not tune
the ingest to these files: they exist to measure the issue 2 bar on returns
nobody tuned for.

- \`returns/\` — the council returns (xlsx, csv, txt, one pdf, some broken on purpose)
- \`truth.csv\` — figures a careful human reads as exact (derived totals included
  where the spec derives them: identified + suspected, trafficked + UASC not found)
- \`statuses.csv\` — every other answer: suppressed, not_held, refused,
  not_answered; \`flag\` = part of a planted problem (any status, but an exact
  figure needs an error or warning on the authority); \`not_exact\` = any status
  but exact
- \`planted.csv\` — planted problems and the issue codes that count as flagging them

Regenerate: \`WRITE_HOLDOUT2=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout2\`
`;

/** Write the corpus into `dir` (emptied first). */
export async function generateHoldout2(dir: string): Promise<void> {
  const files = await buildHoldout2();
  await rm(dir, { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const p = join(dir, rel);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, bytes);
  }
}
