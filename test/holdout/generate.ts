/**
 * A blind holdout corpus for foi-agg: about sixty FOI returns written the way
 * UK councils plausibly would, in the layouts the ingest spec (issue 2) names
 * but with wording of our own, plus the answers a careful human would read:
 *
 *   returns/      the files
 *   truth.csv     authority_code,measure,value: exact figures only
 *   statuses.csv  authority_code,measure,status: answers that are not exact
 *                 (suppressed, not_held, refused, not_answered, conflict), planted
 *                 bad answers (not_exact) and planted contradictions (flag)
 *   planted.csv   file,authority_code,problem,expected_codes: problems the
 *                 ingest must flag; expected_codes are `|`-separated issue codes
 *
 * Deterministic: no clock, no randomness; exceljs timestamps are pinned.
 * It was written without reading foi-agg's labels, values, locate, match or
 * parse code, or the development fixtures, and must stay that way.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { docx, legacyXls, pdf, utf8, win1252 } from "./bytes.js";
import {
  bad,
  Ctx,
  csvText,
  day,
  type Figures,
  fx,
  MEASURES,
  type Measure,
  n,
  na,
  nh,
  ns,
  rf,
  sup,
  t,
  xlsx,
} from "./model.js";

export interface Planted {
  problem: string;
  /** Acceptable issue codes; any one flags it. */
  codes: string[];
  /** The authority the flag should be recorded against, when one can be known. */
  authority?: string;
}

interface Spec {
  file: string;
  /** GSS code of the authority whose figures these are; null when the file names none. */
  authority: string | null;
  figures: Figures;
  /** Measures given in the file but not read as exact truth (planted contradictions). */
  omit?: Measure[];
  /**
   * The file says it replaces an earlier return from the same authority
   * ("REVISED response (supersedes …)"): where the two differ, its figures
   * are the truth (the later document wins), not a conflict.
   */
  supersedes?: true;
  /** The return as a whole contributes no truth (wrong authority, wrong period, unreadable). */
  noTruth?: boolean;
  /**
   * Authorities an ingest might attribute a no-truth file's figures to (default:
   * `authority`). Each figure it gives is recorded as status `flag`: keeping it
   * is only acceptable with an error or warning on that authority.
   */
  flagAuthorities?: string[];
  /** A whole-document status applied to every measure. */
  document?: "refused" | "not_held";
  /** Measures computed from rows (episode lists), not placed as single answers. */
  computed?: Measure[];
  planted?: Planted[];
  render: (ctx: Ctx) => Uint8Array | Promise<Uint8Array>;
}

const SPECS: Spec[] = [];
const add = (spec: Spec): void => {
  SPECS.push(spec);
};

// --- shared wording (ours, not foi-agg's) --------------------------------------------

const PERIOD_OK = "1 October 2014 to 30 September 2015";

// =============================================================================
// England: question/answer lists
// =============================================================================

add({
  file: "FOI 4471 - Hartlepool.xlsx",
  authority: "E06000001",
  figures: {
    trafficked_identified: n(1),
    trafficked_suspected: n(2),
    trafficked_looked_after: fx("C6+C7", 3),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(3),
    trafficked_not_found: t("Nil", 0),
    uasc_looked_after: n(6),
    uasc_went_missing: n(2),
    uasc_missing_incidents: ns(5),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI 4471",
        bold: [1, 5],
        widths: [6, 80, 14],
        rows: [
          ["Hartlepool Borough Council"],
          ["Freedom of Information Act 2000 – request 4471"],
          [`Children's Services – period ${PERIOD_OK}`],
          [],
          ["Q", "Information requested", "Response"],
          ["1a", "Number of looked after children identified as victims of trafficking", c.a("trafficked_identified")],
          [
            "1b",
            "Number of looked after children suspected of being victims of trafficking",
            c.a("trafficked_suspected"),
          ],
          [
            "1c",
            "Total looked after children identified or suspected as trafficked (1a + 1b)",
            c.a("trafficked_looked_after"),
          ],
          [
            "2",
            "Of the trafficked children at 1c, how many went missing at least once?",
            c.a("trafficked_went_missing"),
          ],
          ["3", "How many missing episodes were there for these children?", c.a("trafficked_missing_incidents")],
          ["4", "How many of these children have not been found?", c.a("trafficked_not_found")],
          ["5", "Number of unaccompanied asylum seeking children (UASC) looked after", c.a("uasc_looked_after")],
          ["6", "How many of these UASC went missing at least once?", c.a("uasc_went_missing")],
          ["7", "Total number of missing episodes for these UASC", c.a("uasc_missing_incidents")],
          ["8", "How many of these UASC have not been found?", c.a("uasc_not_found")],
          [],
          ["Notes:"],
          ["Figures taken from the children's social care system (Liquidlogic) on 2 November 2015."],
          ["A child may have more than one missing episode."],
        ],
      },
    ]),
});

add({
  file: "Leeds CC FOI 20151103.csv",
  authority: "E08000035",
  figures: {
    trafficked_identified: sup("<5"),
    trafficked_suspected: n(9),
    trafficked_looked_after: n(12),
    trafficked_went_missing: n(3),
    trafficked_missing_incidents: n(8),
    trafficked_not_found: n(0),
    uasc_looked_after: n(31),
    uasc_went_missing: n(7),
    uasc_missing_incidents: n(19),
    uasc_not_found: n(2),
    not_found: n(2),
  },
  render: (c) =>
    utf8(
      csvText([
        ["Leeds City Council - Freedom of Information response", ""],
        ["Request: trafficked and unaccompanied children missing from care", ""],
        ["Period: 01/10/2014 - 30/09/2015", ""],
        ["", ""],
        ["Question", "Answer"],
        ["Trafficked – identified (LAC)", c.a("trafficked_identified")],
        ["Trafficked – suspected (LAC)", c.a("trafficked_suspected")],
        ["Trafficked – total LAC", c.a("trafficked_looked_after")],
        ["Trafficked – went missing", c.a("trafficked_went_missing")],
        ["Trafficked – missing episodes", c.a("trafficked_missing_incidents")],
        ["Trafficked – not found", c.a("trafficked_not_found")],
        ["UASC – LAC", c.a("uasc_looked_after")],
        ["UASC – went missing", c.a("uasc_went_missing")],
        ["UASC – missing episodes", c.a("uasc_missing_incidents")],
        ["UASC – not found", c.a("uasc_not_found")],
        ["Not found – all (trafficked + UASC)", c.a("not_found")],
        ["", ""],
        ["Note: numbers below 5 have been suppressed in line with the Council's disclosure policy.", ""],
      ]),
      true,
    ),
});

add({
  file: "RBG FOI 1520.xlsx",
  authority: "E09000011",
  figures: {
    trafficked_looked_after: n(4),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(47),
    uasc_went_missing: n(4),
    uasc_missing_incidents: n(9),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        widths: [90, 12],
        rows: [
          ["Royal Borough of Greenwich"],
          ["FOI 1520 – trafficked and unaccompanied children"],
          ["Question", "Answer"],
          [
            "How many looked after children were identified or suspected as having been trafficked?",
            c.a("trafficked_looked_after"),
          ],
          ["How many of these children went missing?", c.a("trafficked_went_missing")],
          ["How many times did they go missing in total?", c.a("trafficked_missing_incidents")],
          ["How many of them are still missing?", c.a("trafficked_not_found")],
          ["How many unaccompanied asylum seeking children were looked after?", c.a("uasc_looked_after")],
          ["How many of these children went missing?", c.a("uasc_went_missing")],
          ["How many times did they go missing in total?", c.a("uasc_missing_incidents")],
          ["How many of them are still missing?", c.a("uasc_not_found")],
          [],
          [`All figures relate to ${PERIOD_OK}.`],
        ],
      },
      {
        name: "Nationalities",
        rows: [
          ["Nationality of unaccompanied children who went missing"],
          ["Nationality", "Number"],
          ["Afghan", 2],
          ["Eritrean", 1],
          ["Albanian", 1],
        ],
      },
    ]),
});

add({
  file: "SOTCC_FOI.csv",
  authority: "E06000021",
  figures: {
    trafficked_identified: n(0),
    trafficked_suspected: n(2),
    trafficked_looked_after: n(2),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(4),
    trafficked_not_found: n(0),
    uasc_looked_after: n(21),
    uasc_went_missing: n(2),
    uasc_missing_incidents: n(2),
    uasc_not_found: n(0),
  },
  render: (c) =>
    win1252(
      csvText(
        [
          ["Stoke-on-Trent City Council", ""],
          ["Freedom of Information – response", ""],
          ["Period covered: 1 October 2014 – 30 September 2015", ""],
          ["", ""],
          ["Question", "Response"],
          ["Children in care confirmed as trafficked", c.a("trafficked_identified")],
          ["Children in care thought to have been trafficked", c.a("trafficked_suspected")],
          ["Children in care confirmed or thought to have been trafficked (total)", c.a("trafficked_looked_after")],
          ["Trafficked children in care who ran away or went missing", c.a("trafficked_went_missing")],
          ["Number of occasions trafficked children went missing", c.a("trafficked_missing_incidents")],
          ["Trafficked children missing and not yet located", c.a("trafficked_not_found")],
          ["Unaccompanied children seeking asylum in our care", c.a("uasc_looked_after")],
          ["Unaccompanied asylum seeking children who went missing", c.a("uasc_went_missing")],
          ["Number of occasions unaccompanied children went missing", c.a("uasc_missing_incidents")],
          ["Unaccompanied children missing and not yet located", c.a("uasc_not_found")],
        ],
        ";",
      ),
    ),
});

add({
  file: "Newcastle FOI 15-3390.xlsx",
  authority: "E08000021",
  figures: {
    trafficked_looked_after: n(5),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(6),
    trafficked_not_found: n(0),
    uasc_looked_after: n(16),
    uasc_went_missing: n(3),
    uasc_missing_incidents: n(7),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "Answers",
        bold: [3],
        widths: [6, 90, 10, 40],
        rows: [
          ["Newcastle City Council – FOI 15/3390"],
          [],
          ["No.", "Question", "Answer", "Comments"],
          [
            1,
            "How many children in the care of the local authority were identified or suspected as victims of trafficking between 1 October 2014 and 30 September 2015?",
            c.a("trafficked_looked_after"),
          ],
          [2, "Of those children, how many went missing at least once?", c.a("trafficked_went_missing")],
          [3, "How many times in total did those children go missing?", c.a("trafficked_missing_incidents")],
          [4, "How many of the children who went missing have not yet been found?", c.a("trafficked_not_found")],
          [
            5,
            "How many unaccompanied asylum-seeking children were in the care of the local authority in the same period?",
            c.a("uasc_looked_after"),
          ],
          [
            6,
            "Of those children, how many went missing at least once?",
            c.a("uasc_went_missing"),
            "Includes one child placed out of area",
          ],
          [7, "How many times in total did those children go missing?", c.a("uasc_missing_incidents")],
          [
            8,
            "How many of the children who went missing have not yet been found?",
            c.a("uasc_not_found"),
            "Police and the Home Office have been informed",
          ],
        ],
      },
    ]),
});

add({
  file: "HCC_FOI_Oct15.xlsx",
  authority: "E10000014",
  figures: {
    trafficked_looked_after: n(17),
    trafficked_went_missing: n(6),
    trafficked_missing_incidents: n(19),
    trafficked_not_found: n(1),
    uasc_looked_after: n(72),
    uasc_went_missing: n(11),
    uasc_missing_incidents: n(25),
    uasc_not_found: n(2),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI",
        bold: [5],
        widths: [70, 10, 30],
        rows: [
          ["Hampshire County Council – Children's Services"],
          ["Freedom of Information request – response"],
          ["Period: 01/10/2014 – 30/09/2015"],
          [],
          ["Measure", "Figure", "Note"],
          [
            "CLA with trafficking flag (confirmed or suspected) during period",
            c.a("trafficked_looked_after"),
            "See note 1",
          ],
          ["CLA with trafficking flag who had a missing episode", c.a("trafficked_went_missing")],
          ["Missing episodes – CLA with trafficking flag", c.a("trafficked_missing_incidents"), "See note 2"],
          ["CLA with trafficking flag – missing, not returned", c.a("trafficked_not_found")],
          ["CLA who were UASC during period", c.a("uasc_looked_after")],
          ["UASC CLA who had a missing episode", c.a("uasc_went_missing")],
          ["Missing episodes – UASC CLA", c.a("uasc_missing_incidents")],
          ["UASC CLA – missing, not returned", c.a("uasc_not_found")],
          [],
          ["Note 1: 3 of these children were also UASC."],
          ["Note 2: An episode is counted from the time a child is reported missing until their return."],
        ],
      },
    ]),
});

add({
  file: "Brighton & Hove FOI.csv",
  authority: "E06000043",
  figures: {
    trafficked_identified: n(0),
    trafficked_suspected: n(3),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(7),
    trafficked_not_found: n(0),
    uasc_looked_after: n(26),
    uasc_went_missing: n(4),
    uasc_missing_incidents: n(11),
    uasc_not_found: n(1),
  },
  render: (c) =>
    utf8(
      csvText(
        [
          ["Brighton & Hove City Council", ""],
          ["FOI response – period 1 Oct 2014 to 30 Sep 2015", ""],
          ["", ""],
          ["Question", "Answer"],
          ["Looked after children identified as trafficked", c.a("trafficked_identified")],
          ["Looked after children suspected of being trafficked", c.a("trafficked_suspected")],
          ["Trafficked children (identified or suspected) who went missing", c.a("trafficked_went_missing")],
          ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
          ["Trafficked children still missing", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["UASC who went missing", c.a("uasc_went_missing")],
          ["Missing episodes – UASC", c.a("uasc_missing_incidents")],
          ["UASC still missing", c.a("uasc_not_found")],
        ],
        "\t",
      ),
    ),
});

add({
  file: "Ealing FOI 2015 3321.xlsx",
  authority: "E09000009",
  figures: {
    trafficked_looked_after: n(7),
    trafficked_went_missing: rf("Exempt – section 40(2)"),
    trafficked_missing_incidents: rf("Exempt – section 40(2)"),
    trafficked_not_found: rf("Exempt – section 40(2)"),
    uasc_looked_after: n(81),
    uasc_went_missing: n(10),
    uasc_missing_incidents: n(26),
    uasc_not_found: rf("Withheld under s.40 (personal data)"),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["London Borough of Ealing"],
          ["Freedom of Information – Ref 3321"],
          [`Period: ${PERIOD_OK}`],
          [],
          ["Question", "Response"],
          ["Number of looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Number of those children who went missing", c.a("trafficked_went_missing")],
          ["Number of missing episodes for those children", c.a("trafficked_missing_incidents")],
          ["Number of those children not found", c.a("trafficked_not_found")],
          ["Number of unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["Number of UASC who went missing", c.a("uasc_went_missing")],
          ["Number of missing episodes for UASC", c.a("uasc_missing_incidents")],
          ["Number of UASC not found", c.a("uasc_not_found")],
          [],
          [
            "Where numbers are small the information is withheld under section 40(2) of the FOI Act, as disclosure could identify individuals.",
          ],
        ],
      },
    ]),
});

add({
  file: "Cornwall Council response.xlsx",
  authority: "E06000052",
  figures: {
    trafficked_identified: n(0),
    trafficked_suspected: n(1),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: na("N/A"),
    uasc_looked_after: n(9),
    uasc_went_missing: ns(0),
    uasc_missing_incidents: ns(0),
    uasc_not_found: na("N/A"),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Cornwall Council"],
          ["Information Governance – Freedom of Information"],
          ["Request reference: 101000123456"],
          ["Please note that the figures below are taken from live systems and may change."],
          [`The period covered is ${PERIOD_OK}.`],
          [],
          ["Ref", "Description", "Total"],
          ["a)", "Looked after children who were identified as trafficked", c.a("trafficked_identified")],
          ["b)", "Looked after children who were suspected as trafficked", c.a("trafficked_suspected")],
          ["c)", "Trafficked/suspected trafficked children who went missing", c.a("trafficked_went_missing")],
          ["d)", "Number of missing incidents (trafficked/suspected)", c.a("trafficked_missing_incidents")],
          ["e)", "Trafficked/suspected trafficked children not found", c.a("trafficked_not_found")],
          ["f)", "Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["g)", "UASC who went missing", c.a("uasc_went_missing")],
          ["h)", "Number of missing incidents (UASC)", c.a("uasc_missing_incidents")],
          ["i)", "UASC not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "IOW FOI.csv",
  authority: "E06000046",
  figures: {
    trafficked_identified: t("None", 0),
    trafficked_suspected: t("Nil", 0),
    trafficked_went_missing: t("zero", 0),
    trafficked_missing_incidents: t("-", 0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(2),
    uasc_went_missing: t("None", 0),
    uasc_missing_incidents: t("None", 0),
    uasc_not_found: t("None", 0),
  },
  render: (c) =>
    utf8(
      csvText([
        [`Isle of Wight Council – FOI response (period ${PERIOD_OK})`],
        [],
        ["Question", "Answer"],
        ["Number of looked after children identified as trafficked", c.a("trafficked_identified")],
        ["Number of looked after children suspected of being trafficked", c.a("trafficked_suspected")],
        ["Number of trafficked children who went missing", c.a("trafficked_went_missing")],
        ["Number of missing episodes for trafficked children", c.a("trafficked_missing_incidents")],
        ["Number of trafficked children not found", c.a("trafficked_not_found")],
        ["Number of UASC looked after", c.a("uasc_looked_after")],
        ["Number of UASC who went missing", c.a("uasc_went_missing")],
        ["Number of missing episodes for UASC", c.a("uasc_missing_incidents")],
        ["Number of UASC not found", c.a("uasc_not_found")],
      ]),
    ),
});

add({
  file: "WCC FOI 2015-0611.xlsx",
  authority: "E09000033",
  figures: {
    trafficked_identified: sup("fewer than 5"),
    trafficked_suspected: sup("fewer than 5"),
    trafficked_looked_after: n(6),
    trafficked_went_missing: sup("1-4"),
    trafficked_missing_incidents: n(7),
    trafficked_not_found: n(0),
    uasc_looked_after: n(131),
    uasc_went_missing: n(17),
    uasc_missing_incidents: n(42),
    uasc_not_found: sup("*"),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI 2015-0611",
        rows: [
          ["City of Westminster"],
          ["Children's Services – response to information request 2015-0611"],
          [`Reporting period: ${PERIOD_OK}`],
          [],
          [],
          ["Item", "Count"],
          ["Children looked after and identified as trafficked", c.a("trafficked_identified")],
          ["Children looked after and suspected to have been trafficked", c.a("trafficked_suspected")],
          ["All looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Of whom went missing at least once", c.a("trafficked_went_missing")],
          ["Missing episodes for those trafficked children", c.a("trafficked_missing_incidents")],
          ["Trafficked children who went missing and were not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["Of whom went missing at least once", c.a("uasc_went_missing")],
          ["Missing episodes for those unaccompanied children", c.a("uasc_missing_incidents")],
          ["Unaccompanied children who went missing and were not found", c.a("uasc_not_found")],
          [],
          ["* and 'fewer than 5' denote small numbers suppressed to protect the identity of children."],
        ],
      },
    ]),
});

add({
  file: "Warrington BC FOI response.xlsx",
  authority: "E06000007",
  figures: {
    trafficked_looked_after: n(2),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(5),
    trafficked_not_found: n(0),
    uasc_looked_after: n(8),
    uasc_went_missing: sup("redacted"),
    uasc_missing_incidents: n(6),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Warrington Borough Council"],
          [`FOI 9817 – ${PERIOD_OK}`],
          [],
          ["Question", "Warrington response"],
          ["Looked after children who were trafficked or suspected trafficked", c.a("trafficked_looked_after")],
          ["– of whom went missing", c.a("trafficked_went_missing")],
          ["– number of missing episodes", c.a("trafficked_missing_incidents")],
          ["– of whom have not been found", c.a("trafficked_not_found")],
          ["Looked after unaccompanied asylum seeking children", c.a("uasc_looked_after")],
          ["– of whom went missing", c.a("uasc_went_missing")],
          ["– number of missing episodes", c.a("uasc_missing_incidents")],
          ["– of whom have not been found", c.a("uasc_not_found")],
        ],
      },
      {
        // A working sheet the officer hid before sending: must be ignored.
        name: "Workings",
        hidden: true,
        rows: [
          ["Raw extract", ""],
          ["UASC episodes (all ages)", 14],
          ["Trafficked (all time)", 9],
        ],
      },
    ]),
});

// =============================================================================
// England: grids
// =============================================================================

add({
  file: "Kent County Council - FOI 15-0992.xlsx",
  authority: "E10000016",
  figures: {
    trafficked_identified: n(14),
    trafficked_suspected: n(37),
    trafficked_looked_after: fx("B6+B7", 51),
    trafficked_went_missing: fx("C6+C7", 12),
    trafficked_missing_incidents: fx("D6+D7", 58),
    trafficked_not_found: fx("E6+E7", 4),
    uasc_looked_after: t("1,041", 1041),
    uasc_went_missing: n(106),
    uasc_missing_incidents: n(243),
    uasc_not_found: n(21),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        bold: [5],
        widths: [44, 18, 22, 24, 16],
        rows: [
          ["Kent County Council"],
          ["FOI/15/0992 – Children missing from care"],
          ["Reporting period: 1 October 2014 – 30 September 2015"],
          [],
          ["", "Number looked after", "Number who went missing", "Number of missing episodes", "Number not found"],
          ["Identified as trafficked", c.a("trafficked_identified"), 5, 21, 1],
          ["Suspected of being trafficked", c.a("trafficked_suspected"), 7, 37, 3],
          [
            "Total trafficked (identified + suspected)",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "Unaccompanied asylum seeking children",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
          [],
          [
            "Source: Liberi (KCC children's social care system). Figures are management information, not national statistics.",
          ],
        ],
      },
    ]),
});

add({
  file: "Hillingdon_FOI_response_Nov15.xlsx",
  authority: "E09000017",
  figures: {
    trafficked_looked_after: sup("<5"),
    trafficked_went_missing: sup("<5"),
    trafficked_missing_incidents: sup("<5"),
    trafficked_not_found: n(0),
    uasc_looked_after: n(236),
    uasc_went_missing: n(29),
    uasc_missing_incidents: n(84),
    uasc_not_found: n(3),
  },
  render: (c) =>
    xlsx([
      {
        name: "Data",
        merges: ["B4:E4", "F4:I4"],
        bold: [4, 5],
        rows: [
          ["London Borough of Hillingdon – response to FOI request"],
          [`Period: ${PERIOD_OK}`],
          [],
          [
            "",
            "Children identified or suspected as trafficked",
            "",
            "",
            "",
            "Unaccompanied asylum seeking children",
            "",
            "",
            "",
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
          [
            "Hillingdon",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
          [],
          ["Figures under 5 are suppressed to avoid identifying individual children."],
        ],
      },
    ]),
});

add({
  file: "Liverpool CC - FOI response.xlsx",
  authority: "E08000012",
  figures: {
    trafficked_identified: n(4),
    trafficked_suspected: n(9),
    trafficked_looked_after: fx("B7+C7", 13),
    trafficked_went_missing: fx("B8+C8", 3),
    trafficked_missing_incidents: fx("B9+C9", 7),
    trafficked_not_found: fx("B10+C10", 1),
    uasc_looked_after: n(38),
    uasc_went_missing: n(5),
    uasc_missing_incidents: n(12),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "Sheet1",
        rows: [
          ["Liverpool City Council"],
          ["Freedom of Information request – children missing from care"],
          [PERIOD_OK],
          [],
          [],
          [
            "",
            "Confirmed victims of trafficking",
            "Possible victims of trafficking",
            "All trafficked",
            "Unaccompanied asylum seekers",
          ],
          [
            "No. of children in care",
            c.a("trafficked_identified"),
            c.a("trafficked_suspected"),
            c.a("trafficked_looked_after"),
            c.a("uasc_looked_after"),
          ],
          ["No. of children missing from care", 1, 2, c.a("trafficked_went_missing"), c.a("uasc_went_missing")],
          [
            "No. of episodes of missing from care",
            2,
            5,
            c.a("trafficked_missing_incidents"),
            c.a("uasc_missing_incidents"),
          ],
          ["No. of children not yet returned", 0, 1, c.a("trafficked_not_found"), c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "Lambeth FOI 411520.xlsx",
  authority: "E09000022",
  figures: {
    trafficked_looked_after: ns(13),
    trafficked_went_missing: sup("<5"),
    trafficked_missing_incidents: ns(9),
    trafficked_not_found: ns(0),
    uasc_looked_after: ns(94),
    uasc_went_missing: ns(12),
    uasc_missing_incidents: ns(30),
    uasc_not_found: sup("<5"),
  },
  render: (c) =>
    xlsx([
      {
        name: "Lambeth",
        rows: [
          ["London Borough of Lambeth"],
          ["Information request 411520"],
          ["Period: October 2014 - September 2015"],
          [],
          ["Group", "Looked after in period", "Went missing (at least once)", "Missing incidents", "Still missing"],
          [
            "Trafficked / suspected trafficked",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "UASC",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
          [],
          ["Numbers between 1 and 4 have been replaced with <5."],
        ],
      },
    ]),
});

add({
  file: "Haringey FOI response 2015.xlsx",
  authority: "E09000014",
  figures: {
    trafficked_looked_after: t("12*", 12),
    trafficked_went_missing: t("3 (a)", 3),
    trafficked_missing_incidents: n(8),
    trafficked_not_found: n(0),
    uasc_looked_after: n(67),
    uasc_went_missing: t("9*", 9),
    uasc_missing_incidents: n(21),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI",
        rows: [
          ["London Borough of Haringey"],
          ["FOI request LBH/4471532"],
          ["Period: 1 October 2014 – 30 September 2015"],
          [],
          ["Cohort", "Looked after", "Missing (children)", "Missing (episodes)", "Not found"],
          [
            "Trafficked or suspected trafficked",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "Unaccompanied asylum seeking",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
          [],
          ["* Provisional – figures will be finalised in the SSDA903 return."],
          ["(a) One child went missing while placed in another local authority."],
        ],
      },
    ]),
});

// Sheffield sent the same figures twice: a grid, then a letter. They agree.
add({
  file: "Sheffield FOI 2015-10-27.xlsx",
  authority: "E08000019",
  figures: {
    trafficked_looked_after: n(6),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(4),
    trafficked_not_found: n(0),
    uasc_looked_after: n(41),
    uasc_went_missing: n(6),
    uasc_missing_incidents: n(13),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "Missing",
        rows: [
          ["Sheffield City Council"],
          [PERIOD_OK],
          [
            "",
            "No. of children in care",
            "No. of children missing from care",
            "No. of episodes of missing from care",
            "No. of children not yet returned",
          ],
          [
            "Trafficked (identified or suspected)",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "Unaccompanied asylum seeking children",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});
add({
  file: "Sheffield FOI 2015-10-27 (letter).txt",
  authority: "E08000019",
  figures: {
    trafficked_looked_after: n(6),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(4),
    trafficked_not_found: n(0),
    uasc_looked_after: n(41),
    uasc_went_missing: n(6),
    uasc_missing_incidents: n(13),
    uasc_not_found: n(1),
  },
  planted: [
    {
      problem: "second return that agrees with the first",
      codes: ["duplicate_return", "file_duplicate_bytes"],
      authority: "E08000019",
    },
  ],
  render: (c) =>
    utf8(
      [
        "Sheffield City Council",
        "Information Management, Moorfoot, Sheffield S1 4PL",
        "",
        "27 October 2015",
        "",
        "Freedom of Information request",
        "",
        `Further to your request, the figures for ${PERIOD_OK} are below. A spreadsheet with the same figures is attached.`,
        "",
        `Question 1 – How many looked after children were identified or suspected as trafficked? Answer: ${c.t("trafficked_looked_after")}`,
        `Question 2 – How many of these children went missing? Answer: ${c.t("trafficked_went_missing")}`,
        `Question 3 – How many missing episodes were there? Answer: ${c.t("trafficked_missing_incidents")}`,
        `Question 4 – How many of these children have not been found? Answer: ${c.t("trafficked_not_found")}`,
        `Question 5 – How many unaccompanied asylum seeking children were looked after? Answer: ${c.t("uasc_looked_after")}`,
        `Question 6 – How many of these children went missing? Answer: ${c.t("uasc_went_missing")}`,
        `Question 7 – How many missing episodes were there? Answer: ${c.t("uasc_missing_incidents")}`,
        `Question 8 – How many of these children have not been found? Answer: ${c.t("uasc_not_found")}`,
        "",
        "Yours sincerely",
        "FOI Officer",
        "",
      ].join("\r\n"),
    ),
});

// =============================================================================
// England: coded one-row exports
// =============================================================================

add({
  file: "croydon_foi_extract.csv",
  authority: "E09000008",
  figures: {
    trafficked_looked_after: n(19),
    trafficked_went_missing: n(6),
    trafficked_missing_incidents: n(23),
    trafficked_not_found: n(1),
    uasc_looked_after: n(412),
    uasc_went_missing: n(38),
    uasc_missing_incidents: n(97),
    uasc_not_found: n(5),
  },
  render: (c) =>
    utf8(
      csvText(
        [
          [
            "LA_CODE",
            "LA_NAME",
            "PERIOD_START",
            "PERIOD_END",
            "TRAFF_LAC",
            "TRAFF_MISSING",
            "TRAFF_EPISODES",
            "TRAFF_NOT_FOUND",
            "UASC_LAC",
            "UASC_MISSING",
            "NUM_EPISODES_UASC",
            "UASC_NOT_FOUND",
          ],
          [
            306,
            "London Borough of Croydon",
            "2014-10-01",
            "2015-09-30",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
        ",",
        "\n",
      ),
    ),
});

add({
  file: "LA_export_2015.csv",
  authority: "E06000023",
  figures: {
    trafficked_looked_after: n(6),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(5),
    trafficked_not_found: n(0),
    uasc_looked_after: n(28),
    uasc_went_missing: n(3),
    uasc_missing_incidents: n(4),
    uasc_not_found: n(0),
  },
  render: (c) =>
    utf8(
      csvText([
        [
          "ONS_CODE",
          "PERIOD",
          "CLA_TRAFFICKED",
          "MISSING_TRAFFICKED",
          "EPISODES_TRAFFICKED",
          "STILL_MISSING_TRAFFICKED",
          "CLA_UASC",
          "MISSING_UASC",
          "EPISODES_UASC",
          "STILL_MISSING_UASC",
        ],
        [
          "E06000023",
          "2014-10-01 to 2015-09-30",
          c.a("trafficked_looked_after"),
          c.a("trafficked_went_missing"),
          c.a("trafficked_missing_incidents"),
          c.a("trafficked_not_found"),
          c.a("uasc_looked_after"),
          c.a("uasc_went_missing"),
          c.a("uasc_missing_incidents"),
          c.a("uasc_not_found"),
        ],
      ]),
    ),
});

add({
  file: "Essex_CC_export.xlsx",
  authority: "E10000012",
  figures: {
    trafficked_identified: n(3),
    trafficked_suspected: n(8),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(3),
    trafficked_not_found: n(0),
    uasc_looked_after: n(118),
    uasc_went_missing: n(14),
    uasc_missing_incidents: n(31),
    uasc_not_found: n(2),
  },
  render: (c) =>
    xlsx([
      {
        name: "Export",
        rows: [
          [
            "LAName",
            "PeriodFrom",
            "PeriodTo",
            "TraffIdCLA",
            "TraffSuspCLA",
            "TraffMissCh",
            "TraffMissEp",
            "TraffNF",
            "UASCCLA",
            "UASCMissCh",
            "UASCMissEp",
            "UASCNF",
          ],
          [
            "Essex County Council",
            day(2014, 10, 1),
            day(2015, 9, 30),
            c.a("trafficked_identified"),
            c.a("trafficked_suspected"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});

add({
  file: "Devon_FOI_extract.csv",
  authority: "E10000008",
  figures: {
    trafficked_looked_after: n(4),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(3),
    trafficked_not_found: n(0),
    uasc_looked_after: n(37),
    uasc_went_missing: n(6),
    uasc_missing_incidents: n(10),
    uasc_not_found: n(0),
  },
  render: (c) =>
    utf8(
      csvText(
        [
          [
            "ORG_NAME",
            "REPORT_PERIOD",
            "CLA_TRAFF",
            "MISS_CH_TRAFF",
            "MISS_EP_TRAFF",
            "NF_TRAFF",
            "CLA_UASC",
            "MISS_CH_UASC",
            "MISS_EP_UASC",
            "NF_UASC",
          ],
          [
            "Devon County Council",
            "01/10/2014-30/09/2015",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
        ";",
      ),
    ),
});

// =============================================================================
// England: several tables on a sheet; a table per sheet
// =============================================================================

add({
  file: "Manchester City Council FOI 1187.xlsx",
  authority: "E08000003",
  figures: {
    trafficked_looked_after: n(8),
    trafficked_went_missing: n(3),
    trafficked_missing_incidents: n(10),
    trafficked_not_found: n(0),
    uasc_looked_after: n(54),
    uasc_went_missing: n(6),
    uasc_missing_incidents: n(15),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI response",
        bold: [5, 11, 17, 18],
        rows: [
          ["Manchester City Council"],
          ["Response to Freedom of Information request ref. 1187"],
          ["Data for 1st October 2014 to 30th September 2015"],
          [],
          ["Part 1 – Looked after children who were trafficked or suspected of being trafficked"],
          ["Number of children", c.a("trafficked_looked_after")],
          ["Number who went missing", c.a("trafficked_went_missing")],
          ["Number of missing incidents", c.a("trafficked_missing_incidents")],
          ["Number not found", c.a("trafficked_not_found")],
          [],
          ["Part 2 – Unaccompanied asylum seeking children looked after"],
          ["Number of children", c.a("uasc_looked_after")],
          ["Number who went missing", c.a("uasc_went_missing")],
          ["Number of missing incidents", c.a("uasc_missing_incidents")],
          ["Number not found", c.a("uasc_not_found")],
          [],
          ["Part 3 – Nationality of children who went missing"],
          ["Nationality", "Trafficked", "UASC"],
          ["Vietnamese", 2, 1],
          ["Albanian", 1, 0],
          ["Afghan", 0, 3],
          ["Eritrean", 0, 2],
          ["Total", 3, 6],
        ],
      },
    ]),
});

add({
  file: "SCC FOI response - missing children.xlsx",
  authority: "E10000030",
  figures: {
    trafficked_looked_after: n(11),
    trafficked_went_missing: n(4),
    trafficked_missing_incidents: n(13),
    trafficked_not_found: n(1),
    uasc_looked_after: n(89),
    uasc_went_missing: n(9),
    uasc_missing_incidents: ns(22),
    uasc_not_found: n(2),
  },
  render: (c) =>
    xlsx([
      {
        name: "Trafficked",
        rows: [
          ["Surrey County Council – Freedom of Information"],
          ["Children identified or suspected as trafficked, 1 October 2014 – 30 September 2015"],
          [],
          ["Measure", "Count"],
          ["Looked after", c.a("trafficked_looked_after")],
          ["Went missing", c.a("trafficked_went_missing")],
          ["Missing episodes", c.a("trafficked_missing_incidents")],
          ["Not found", c.a("trafficked_not_found")],
        ],
      },
      {
        name: "UASC",
        rows: [
          ["Surrey County Council – Freedom of Information"],
          ["Unaccompanied asylum seeking children, 1 October 2014 – 30 September 2015"],
          [],
          ["Measure", "Count"],
          ["Looked after", c.a("uasc_looked_after")],
          ["Went missing", c.a("uasc_went_missing")],
          ["Missing episodes", c.a("uasc_missing_incidents")],
          ["Not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "NCC FOI 15-611.xlsx",
  authority: "E10000021",
  figures: {
    trafficked_looked_after: n(9),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(33),
    uasc_went_missing: n(5),
    uasc_missing_incidents: n(8),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "Trafficking",
        rows: [
          ["Northamptonshire County Council"],
          ["FOI 15-611 – children identified or suspected as trafficked (1 October 2014 – 30 September 2015)"],
          [],
          ["", "Number"],
          ["Children looked after", c.a("trafficked_looked_after")],
          ["Children who went missing", c.a("trafficked_went_missing")],
          ["Total missing episodes", c.a("trafficked_missing_incidents")],
          ["Children not found", c.a("trafficked_not_found")],
        ],
      },
      {
        name: "Unaccompanied",
        rows: [
          ["Northamptonshire County Council"],
          ["FOI 15-611 – unaccompanied asylum seeking children (1 October 2014 – 30 September 2015)"],
          [],
          ["", "Number"],
          ["Children looked after", c.a("uasc_looked_after")],
          ["Children who went missing", c.a("uasc_went_missing")],
          ["Total missing episodes", c.a("uasc_missing_incidents")],
          ["Children not found", c.a("uasc_not_found")],
          [],
          ["Nationality of children who went missing", "Number"],
          ["Afghanistan", 2],
          ["Eritrea", 2],
          ["Syria", 1],
        ],
      },
    ]),
});

// =============================================================================
// England: episode-level lists
// =============================================================================

interface Episode {
  ref: string;
  group: "trafficked" | "uasc";
  label: string;
  missing: Date;
  returned: Date | null;
}

/** children = distinct refs; incidents = rows; not found = children whose latest episode has no return. */
function fromEpisodes(rows: Episode[]): Figures {
  const out: Figures = {};
  for (const group of ["trafficked", "uasc"] as const) {
    const mine = rows.filter((r) => r.group === group);
    const latest = new Map<string, Episode>();
    for (const r of mine) {
      const seen = latest.get(r.ref);
      if (!seen || r.missing.getTime() > seen.missing.getTime()) latest.set(r.ref, r);
    }
    const notFound = [...latest.values()].filter((r) => r.returned === null).length;
    out[`${group}_went_missing` as const] = n(latest.size);
    out[`${group}_missing_incidents` as const] = n(mine.length);
    out[`${group}_not_found` as const] = n(notFound);
  }
  return out;
}

const ep = (
  ref: string,
  group: "trafficked" | "uasc",
  label: string,
  missing: Date,
  returned: Date | null,
): Episode => ({ ref, group, label, missing, returned });

const BIRMINGHAM_EPISODES: Episode[] = [
  ep("B1001", "uasc", "UASC", day(2014, 11, 3), day(2014, 11, 4)),
  ep("B1004", "trafficked", "Trafficked (suspected)", day(2015, 4, 11), day(2015, 4, 13)),
  ep("B1001", "uasc", "UASC", day(2015, 1, 17), day(2015, 1, 20)),
  ep("B1002", "uasc", "UASC", day(2014, 12, 12), day(2014, 12, 12)),
  ep("B1009", "uasc", "UASC", day(2015, 1, 5), null),
  ep("B1003", "uasc", "UASC", day(2015, 2, 8), day(2015, 2, 15)),
  ep("B1005", "trafficked", "Trafficked (confirmed)", day(2015, 5, 5), day(2015, 5, 6)),
  ep("B1003", "uasc", "UASC", day(2015, 3, 1), day(2015, 3, 2)),
  ep("B1009", "uasc", "UASC", day(2015, 3, 10), day(2015, 3, 11)),
  ep("B1001", "uasc", "UASC", day(2015, 6, 2), null),
  ep("B1004", "trafficked", "Trafficked (suspected)", day(2015, 7, 20), null),
  ep("B1008", "trafficked", "Trafficked (confirmed)", day(2014, 10, 21), day(2014, 10, 22)),
  ep("B1006", "uasc", "UASC", day(2015, 8, 30), day(2015, 9, 1)),
  ep("B1008", "trafficked", "Trafficked (confirmed)", day(2014, 12, 1), day(2014, 12, 5)),
  ep("B1007", "uasc", "UASC", day(2015, 9, 14), null),
];

add({
  file: "Birmingham FOI 2015-1876.xlsx",
  authority: "E08000025",
  figures: {
    trafficked_identified: n(5),
    trafficked_suspected: n(7),
    uasc_looked_after: n(63),
    ...fromEpisodes(BIRMINGHAM_EPISODES),
  },
  computed: [
    "trafficked_went_missing",
    "trafficked_missing_incidents",
    "trafficked_not_found",
    "uasc_went_missing",
    "uasc_missing_incidents",
    "uasc_not_found",
  ],
  render: (c) =>
    xlsx([
      {
        name: "Summary",
        rows: [
          ["Birmingham City Council – FOI 2015/1876"],
          ["Period 01/10/2014 to 30/09/2015"],
          [],
          ["Cohort", "Number looked after during period"],
          ["Confirmed trafficking victims", c.a("trafficked_identified")],
          ["Suspected trafficking victims", c.a("trafficked_suspected")],
          ["Unaccompanied asylum seeking children", c.a("uasc_looked_after")],
          [],
          ["Details of each missing episode are on the 'Missing episodes' sheet."],
        ],
      },
      {
        name: "Missing episodes",
        rows: [
          ["Child ref", "Cohort", "Date missing", "Date returned"],
          ...BIRMINGHAM_EPISODES.map((e) => [e.ref, e.label, e.missing, e.returned]),
        ],
      },
      {
        name: "Lists",
        hidden: true,
        rows: [["UASC"], ["Trafficked (confirmed)"], ["Trafficked (suspected)"], [12], [99]],
      },
    ]),
});

const NOTTINGHAM_EPISODES: Episode[] = [
  ep("N-0412", "uasc", "Unaccompanied asylum seeker", day(2014, 10, 4), day(2014, 10, 5)),
  ep("N-0412", "uasc", "Unaccompanied asylum seeker", day(2015, 2, 19), null),
  ep("N-0877", "uasc", "Unaccompanied asylum seeker", day(2014, 11, 11), day(2014, 11, 12)),
  ep("N-0877", "uasc", "Unaccompanied asylum seeker", day(2014, 12, 12), day(2014, 12, 14)),
  ep("N-0877", "uasc", "Unaccompanied asylum seeker", day(2015, 1, 3), day(2015, 1, 3)),
  ep("N-1020", "trafficked", "Potential trafficking victim", day(2015, 3, 27), day(2015, 3, 28)),
  ep("N-1020", "trafficked", "Potential trafficking victim", day(2015, 5, 15), day(2015, 5, 16)),
  ep("N-1133", "uasc", "Unaccompanied asylum seeker", day(2015, 8, 8), day(2015, 8, 10)),
  ep("N-1201", "trafficked", "Potential trafficking victim", day(2015, 9, 2), null),
];

const dmy = (d: Date | null): string =>
  d === null
    ? ""
    : `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;

add({
  file: "nottingham_missing_episodes.csv",
  authority: "E06000018",
  figures: fromEpisodes(NOTTINGHAM_EPISODES),
  computed: [
    "trafficked_went_missing",
    "trafficked_missing_incidents",
    "trafficked_not_found",
    "uasc_went_missing",
    "uasc_missing_incidents",
    "uasc_not_found",
  ],
  render: () =>
    utf8(
      csvText([
        ["Nottingham City Council - missing from care episodes 01/10/2014 to 30/09/2015", "", "", ""],
        ["", "", "", ""],
        ["Child ID", "Cohort", "Date reported missing", "Date found"],
        ...NOTTINGHAM_EPISODES.map((e) => [e.ref, e.label, dmy(e.missing), dmy(e.returned)]),
      ]),
    ),
});

// =============================================================================
// England: letters
// =============================================================================

add({
  file: "Bury FOI reply.txt",
  authority: "E08000002",
  figures: {
    trafficked_looked_after: n(3),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(7),
    uasc_went_missing: n(1),
    uasc_missing_incidents: n(1),
    uasc_not_found: n(0),
  },
  render: (c) =>
    utf8(
      [
        "Bury Council",
        "Town Hall",
        "Knowsley Street",
        "Bury",
        "BL9 0SW",
        "",
        "Our ref: FOI/2015/776",
        "Date: 9 November 2015",
        "",
        "Dear Sir/Madam",
        "",
        "Freedom of Information Act 2000 – trafficked and unaccompanied children",
        "",
        `Thank you for your request, which we received on 12 October 2015. Our response for the period ${PERIOD_OK} is set out below.`,
        "",
        `Question 1 – How many looked after children were identified or suspected as victims of trafficking? Answer: ${c.t("trafficked_looked_after")}`,
        `Question 2 – How many of these children went missing at least once? Answer: ${c.t("trafficked_went_missing")}`,
        `Question 3 – How many missing episodes were recorded for these children? Answer: ${c.t("trafficked_missing_incidents")}`,
        `Question 4 – How many of these children have not been found? Answer: ${c.t("trafficked_not_found")}`,
        `Question 5 – How many unaccompanied asylum seeking children were looked after? Answer: ${c.t("uasc_looked_after")}`,
        `Question 6 – How many of these children went missing at least once? Answer: ${c.t("uasc_went_missing")}`,
        `Question 7 – How many missing episodes were recorded for these children? Answer: ${c.t("uasc_missing_incidents")}`,
        `Question 8 – How many of these children have not been found? Answer: ${c.t("uasc_not_found")}`,
        "",
        "If you are unhappy with the way your request has been handled you may ask for an internal review. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
        "",
        "Yours faithfully",
        "",
        "Information Governance Officer",
        "",
      ].join("\r\n"),
    ),
});

add({
  file: "Norfolk FOI response.txt",
  authority: "E10000020",
  figures: {
    trafficked_identified: n(2),
    trafficked_suspected: n(4),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(1),
    trafficked_not_found: t("None", 0),
    uasc_looked_after: n(44),
    uasc_went_missing: n(5),
    uasc_missing_incidents: n(9),
    uasc_not_found: n(1),
  },
  render: (c) =>
    utf8(
      [
        "Norfolk County Council",
        "County Hall, Martineau Lane, Norwich NR1 2DH",
        "",
        "Freedom of Information request reference: CS/FOI/15/4402",
        "",
        "Thank you for your request for information received on 2 October 2015. Please find our response below. The figures cover 1 October 2014 to 30 September 2015.",
        "",
        "1. How many looked after children were identified as trafficked?",
        c.t("trafficked_identified"),
        "",
        "2. How many looked after children were suspected of being trafficked?",
        c.t("trafficked_suspected"),
        "",
        "3. How many of the trafficked or suspected trafficked children went missing at least once?",
        c.t("trafficked_went_missing"),
        "",
        "4. How many missing episodes did these children have?",
        c.t("trafficked_missing_incidents"),
        "",
        "5. How many of these children have not been found?",
        c.t("trafficked_not_found"),
        "",
        "6. How many unaccompanied asylum seeking children did you look after?",
        c.t("uasc_looked_after"),
        "",
        "7. How many of these unaccompanied children went missing at least once?",
        c.t("uasc_went_missing"),
        "",
        "8. How many missing episodes did these unaccompanied children have?",
        c.t("uasc_missing_incidents"),
        "",
        "9. How many of the unaccompanied children who went missing have not been found?",
        c.t("uasc_not_found"),
        "",
        "Yours faithfully",
        "Information Compliance Team",
        "",
      ].join("\n"),
    ),
});

// =============================================================================
// Wales (bilingual where a Welsh council would be)
// =============================================================================

add({
  file: "Cardiff FOI 2015-11.xlsx",
  authority: "W06000015",
  figures: {
    trafficked_looked_after: n(7),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(5),
    trafficked_not_found: n(0),
    uasc_looked_after: n(52),
    uasc_went_missing: n(8),
    uasc_missing_incidents: n(17),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "Ymateb - Response",
        rows: [
          ["Cyngor Caerdydd / Cardiff Council"],
          ["Cais Rhyddid Gwybodaeth / Freedom of Information Request"],
          ["Cyfnod / Period: 01/10/2014 – 30/09/2015"],
          [],
          [
            "",
            "Wedi'u masnachu / Trafficked",
            "Plant ar eu pen eu hunain sy'n ceisio lloches / Unaccompanied asylum seeking children",
          ],
          ["Nifer sy'n derbyn gofal / Number looked after", c.a("trafficked_looked_after"), c.a("uasc_looked_after")],
          ["Nifer a aeth ar goll / Number who went missing", c.a("trafficked_went_missing"), c.a("uasc_went_missing")],
          [
            "Nifer yr achosion o fynd ar goll / Number of missing episodes",
            c.a("trafficked_missing_incidents"),
            c.a("uasc_missing_incidents"),
          ],
          ["Nifer sydd heb eu canfod / Number not found", c.a("trafficked_not_found"), c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "Ynys Mon FOI.csv",
  authority: "W06000001",
  figures: {
    trafficked_identified: t("Dim / None", 0),
    trafficked_suspected: t("Dim / None", 0),
    trafficked_went_missing: t("Dim / None", 0),
    trafficked_missing_incidents: t("Dim / None", 0),
    trafficked_not_found: t("Dim / None", 0),
    uasc_looked_after: n(1),
    uasc_went_missing: n(0),
    uasc_missing_incidents: n(0),
    uasc_not_found: n(0),
  },
  render: (c) =>
    win1252(
      csvText(
        [
          ["Cyngor Sir Ynys Môn / Isle of Anglesey County Council", ""],
          ["Cyfnod / Period: 1 Hydref 2014 – 30 Medi 2015 / 1 October 2014 – 30 September 2015", ""],
          ["", ""],
          ["Cwestiwn / Question", "Ateb / Answer"],
          [
            "Plant sy'n derbyn gofal a nodwyd fel dioddefwyr masnachu / Looked after children identified as trafficking victims",
            c.a("trafficked_identified"),
          ],
          [
            "Plant sy'n derbyn gofal yr amheuir eu bod wedi'u masnachu / Looked after children suspected of being trafficked",
            c.a("trafficked_suspected"),
          ],
          [
            "Plant a fasnachwyd a aeth ar goll o leiaf unwaith / Trafficked children who went missing at least once",
            c.a("trafficked_went_missing"),
          ],
          [
            "Nifer yr achosion o fynd ar goll (plant a fasnachwyd) / Number of missing episodes (trafficked children)",
            c.a("trafficked_missing_incidents"),
          ],
          ["Plant a fasnachwyd sydd heb eu canfod / Trafficked children not found", c.a("trafficked_not_found")],
          [
            "Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Unaccompanied asylum seeking children looked after",
            c.a("uasc_looked_after"),
          ],
          [
            "Plant ar eu pen eu hunain sy'n ceisio lloches a aeth ar goll / Unaccompanied asylum seeking children who went missing",
            c.a("uasc_went_missing"),
          ],
          [
            "Nifer yr achosion o fynd ar goll (plant ar eu pen eu hunain) / Number of missing episodes (unaccompanied children)",
            c.a("uasc_missing_incidents"),
          ],
          ["Plant ar eu pen eu hunain sydd heb eu canfod / Unaccompanied children not found", c.a("uasc_not_found")],
        ],
        ";",
      ),
    ),
});

add({
  file: "Swansea FOI response.txt",
  authority: "W06000011",
  figures: {
    trafficked_looked_after: n(2),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(11),
    uasc_went_missing: n(2),
    uasc_missing_incidents: n(3),
    uasc_not_found: n(0),
  },
  render: (c) =>
    utf8(
      [
        "Dinas a Sir Abertawe / City and County of Swansea",
        "Canolfan Ddinesig, Heol Ystumllwynarth, Abertawe SA1 3SN / Civic Centre, Oystermouth Road, Swansea SA1 3SN",
        "",
        "Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000",
        "",
        "Cyfnod / Period: 1 Hydref 2014 i 30 Medi 2015 / 1 October 2014 to 30 September 2015",
        "",
        `Cwestiwn 1 / Question 1 – Plant sy'n derbyn gofal a fasnachwyd neu yr amheuir eu bod wedi'u masnachu / Looked after children identified or suspected as trafficked. Ateb / Answer: ${c.t("trafficked_looked_after")}`,
        `Cwestiwn 2 / Question 2 – Faint o'r plant hyn aeth ar goll? / How many of these children went missing? Ateb / Answer: ${c.t("trafficked_went_missing")}`,
        `Cwestiwn 3 / Question 3 – Nifer yr achosion o fynd ar goll / Number of missing episodes for these children. Ateb / Answer: ${c.t("trafficked_missing_incidents")}`,
        `Cwestiwn 4 / Question 4 – Faint sydd heb eu canfod? / How many have not been found? Ateb / Answer: ${c.t("trafficked_not_found")}`,
        `Cwestiwn 5 / Question 5 – Plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal / Unaccompanied asylum seeking children looked after. Ateb / Answer: ${c.t("uasc_looked_after")}`,
        `Cwestiwn 6 / Question 6 – Faint o'r plant hyn aeth ar goll? / How many of these children went missing? Ateb / Answer: ${c.t("uasc_went_missing")}`,
        `Cwestiwn 7 / Question 7 – Nifer yr achosion o fynd ar goll / Number of missing episodes for these children. Ateb / Answer: ${c.t("uasc_missing_incidents")}`,
        `Cwestiwn 8 / Question 8 – Faint sydd heb eu canfod? / How many have not been found? Ateb / Answer: ${c.t("uasc_not_found")}`,
        "",
        "Yn gywir / Yours sincerely",
        "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer",
        "",
      ].join("\r\n"),
    ),
});

add({
  file: "Newport City Council FOI.xlsx",
  authority: "W06000022",
  figures: {
    trafficked_looked_after: n(3),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(1),
    trafficked_not_found: n(0),
    uasc_looked_after: n(14),
    uasc_went_missing: n(2),
    uasc_missing_incidents: n(4),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "Ymateb",
        widths: [80, 14],
        rows: [
          ["Cyngor Dinas Casnewydd / Newport City Council"],
          ["Cyfnod: 1 Hydref 2014 – 30 Medi 2015\nPeriod: 1 October 2014 – 30 September 2015"],
          [],
          ["Cwestiwn\nQuestion", "Ateb\nAnswer"],
          [
            "Nifer y plant sy'n derbyn gofal a fasnachwyd neu yr amheuir eu bod wedi'u masnachu\nNumber of looked after children trafficked or suspected trafficked",
            c.a("trafficked_looked_after"),
          ],
          [
            "Nifer y plant a fasnachwyd a aeth ar goll\nNumber of trafficked children who went missing",
            c.a("trafficked_went_missing"),
          ],
          [
            "Nifer yr achosion o fynd ar goll – plant a fasnachwyd\nNumber of missing episodes – trafficked children",
            c.a("trafficked_missing_incidents"),
          ],
          [
            "Nifer y plant a fasnachwyd sydd heb eu canfod\nNumber of trafficked children not found",
            c.a("trafficked_not_found"),
          ],
          [
            "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches sy'n derbyn gofal\nNumber of unaccompanied asylum seeking children looked after",
            c.a("uasc_looked_after"),
          ],
          [
            "Nifer y plant ar eu pen eu hunain sy'n ceisio lloches a aeth ar goll\nNumber of unaccompanied asylum seeking children who went missing",
            c.a("uasc_went_missing"),
          ],
          [
            "Nifer yr achosion o fynd ar goll – plant ar eu pen eu hunain\nNumber of missing episodes – unaccompanied children",
            c.a("uasc_missing_incidents"),
          ],
          [
            "Nifer y plant ar eu pen eu hunain sydd heb eu canfod\nNumber of unaccompanied children not found",
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});

add({
  file: "Wrexham CBC FOI.xlsx",
  authority: "W06000006",
  figures: {
    trafficked_looked_after: n(1),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: nh("Not recorded"),
    trafficked_not_found: n(0),
    uasc_looked_after: n(3),
    uasc_went_missing: n(1),
    uasc_missing_incidents: nh("Not recorded"),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI",
        rows: [
          ["Wrexham County Borough Council"],
          [`Freedom of Information – ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Trafficked looked after children who went missing", c.a("trafficked_went_missing")],
          ["Episodes of going missing (trafficked)", c.a("trafficked_missing_incidents")],
          ["Trafficked children not found", c.a("trafficked_not_found")],
          ["Looked after unaccompanied asylum seeking children", c.a("uasc_looked_after")],
          ["Unaccompanied asylum seeking children who went missing", c.a("uasc_went_missing")],
          ["Episodes of going missing (UASC)", c.a("uasc_missing_incidents")],
          ["Unaccompanied asylum seeking children not found", c.a("uasc_not_found")],
          [],
          ["The number of separate missing episodes is not recorded in a reportable form."],
        ],
      },
    ]),
});

// =============================================================================
// Scotland
// =============================================================================

add({
  file: "Glasgow City Council FOI response.txt",
  authority: "S12000046",
  figures: {
    trafficked_looked_after: n(9),
    trafficked_went_missing: n(3),
    trafficked_missing_incidents: n(11),
    trafficked_not_found: n(0),
    uasc_looked_after: n(27),
    uasc_went_missing: t("4 (1 of whom is still missing)", 4),
    uasc_missing_incidents: n(6),
    uasc_not_found: n(1),
  },
  render: (c) =>
    utf8(
      [
        "Glasgow City Council",
        "Freedom of Information (Scotland) Act 2002 – Request ref: FOI-15-03318",
        "",
        "Dear Requester,",
        "",
        `Thank you for your request. I can now respond as follows. The figures relate to the period ${PERIOD_OK}.`,
        "",
        `Question 1 – How many looked after children were identified or suspected as victims of trafficking? Answer: ${c.t("trafficked_looked_after")}`,
        `Question 2 – Of these, how many went missing at least once? Answer: ${c.t("trafficked_went_missing")}`,
        `Question 3 – How many missing episodes were recorded for these children? Answer: ${c.t("trafficked_missing_incidents")}`,
        `Question 4 – How many of these children have not been found? Answer: ${c.t("trafficked_not_found")}`,
        `Question 5 – How many unaccompanied asylum seeking children were looked after? Answer: ${c.t("uasc_looked_after")}`,
        `Question 6 – Of these, how many went missing at least once? Answer: ${c.t("uasc_went_missing")}`,
        `Question 7 – How many missing episodes were recorded for these children? Answer: ${c.t("uasc_missing_incidents")}`,
        `Question 8 – How many of these children have not been found? Answer: ${c.t("uasc_not_found")}`,
        "",
        "If you are dissatisfied with the way we have dealt with your request, you can ask us to review our actions and decisions within 40 working days. If you remain dissatisfied you may apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.",
        "",
        "Yours sincerely",
        "",
      ].join("\n"),
    ),
});

add({
  file: "CEC FOI 15-2456.txt",
  authority: "S12000036",
  figures: {
    trafficked_looked_after: n(4),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(1),
    trafficked_not_found: n(0),
    uasc_looked_after: n(18),
    uasc_went_missing: n(2),
    uasc_missing_incidents: n(3),
    uasc_not_found: rf("Withheld – section 38(1)(b) of FOISA (personal information)"),
  },
  render: (c) =>
    utf8(
      [
        "The City of Edinburgh Council",
        "Waverley Court, 4 East Market Street, Edinburgh EH8 8BG",
        "",
        "Freedom of Information (Scotland) Act 2002 – our reference 15-2456",
        "",
        `You asked for information about trafficked and unaccompanied children looked after by the Council between ${PERIOD_OK.replace(" to ", " and ")}. Our answers are below.`,
        "",
        "1. Number of looked after children and young people who were known or suspected victims of human trafficking",
        `Response: ${c.t("trafficked_looked_after")}`,
        "",
        "2. Number of those children and young people who were reported missing on one or more occasions",
        `Response: ${c.t("trafficked_went_missing")}`,
        "",
        "3. Number of missing person reports relating to those children and young people",
        `Response: ${c.t("trafficked_missing_incidents")}`,
        "",
        "4. Number of those children and young people who remain missing",
        `Response: ${c.t("trafficked_not_found")}`,
        "",
        "5. Number of unaccompanied asylum seeking children and young people looked after",
        `Response: ${c.t("uasc_looked_after")}`,
        "",
        "6. Number of those unaccompanied children and young people reported missing on one or more occasions",
        `Response: ${c.t("uasc_went_missing")}`,
        "",
        "7. Number of missing person reports relating to unaccompanied asylum seeking children",
        `Response: ${c.t("uasc_missing_incidents")}`,
        "",
        "8. Number of unaccompanied children and young people who remain missing",
        `Response: ${c.t("uasc_not_found")}`,
        "",
        "Your right to seek a review: you may ask the Council to review this response within 40 working days.",
        "",
      ].join("\n"),
    ),
});

add({
  file: "Highland Council FOI.csv",
  authority: "S12000017",
  figures: {
    trafficked_looked_after: sup("5 or fewer"),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: t(" 14 ", 14),
    uasc_went_missing: n(2),
    uasc_missing_incidents: n(2),
    uasc_not_found: n(0),
  },
  render: (c) =>
    utf8(
      csvText([
        ["The Highland Council", ""],
        ["Freedom of Information (Scotland) Act 2002 – response", ""],
        [`Period: ${PERIOD_OK}`, ""],
        ["", ""],
        ["Information requested", "Highland"],
        [
          "Number of looked after children and young people who were known or suspected victims of human trafficking",
          c.a("trafficked_looked_after"),
        ],
        [
          "Number of trafficked children and young people who were reported missing on one or more occasions",
          c.a("trafficked_went_missing"),
        ],
        [
          "Number of missing person reports relating to trafficked children and young people",
          c.a("trafficked_missing_incidents"),
        ],
        ["Number of trafficked children and young people who remain missing", c.a("trafficked_not_found")],
        ["Number of unaccompanied asylum seeking children and young people looked after", c.a("uasc_looked_after")],
        [
          "Number of unaccompanied children and young people reported missing on one or more occasions",
          c.a("uasc_went_missing"),
        ],
        [
          "Number of missing person reports relating to unaccompanied asylum seeking children",
          c.a("uasc_missing_incidents"),
        ],
        ["Number of unaccompanied children and young people who remain missing", c.a("uasc_not_found")],
      ]),
      true,
    ),
});

add({
  file: "Aberdeen City FOI.xlsx",
  authority: "S12000033",
  figures: {
    trafficked_looked_after: sup("[c]"),
    trafficked_went_missing: sup("[c]"),
    trafficked_missing_incidents: sup("[c]"),
    trafficked_not_found: n(0),
    uasc_looked_after: n(12),
    uasc_went_missing: n(0),
    uasc_missing_incidents: n(0),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "FOI Response",
        rows: [
          ["Aberdeen City Council"],
          ["Freedom of Information (Scotland) Act 2002"],
          ["Looked after children – 1 October 2014 to 30 September 2015"],
          [],
          ["", "Children looked after", "Children reported missing", "Missing episodes", "Still missing"],
          [
            "Trafficked (known or suspected)",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "Unaccompanied asylum seeking",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
          [],
          ["[c] = confidential: figure withheld because it could identify individuals."],
        ],
      },
    ]),
});

add({
  file: "Fife Council FOI-2015-1032.xlsx",
  authority: "S12000015",
  figures: {
    trafficked_looked_after: sup("less than five"),
    trafficked_went_missing: t("nil", 0),
    trafficked_missing_incidents: t("nil", 0),
    trafficked_not_found: t("nil", 0),
    uasc_looked_after: n(6),
    uasc_went_missing: n(1),
    uasc_missing_incidents: nh("Not recorded"),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Fife Council – Freedom of Information (Scotland) Act 2002"],
          ["Request FOI-2015-1032"],
          [],
          ["Question", "Answer"],
          [
            "Looked after children and young people known or suspected to be victims of trafficking",
            c.a("trafficked_looked_after"),
          ],
          ["Of these, number reported missing", c.a("trafficked_went_missing")],
          ["Number of missing episodes for these children", c.a("trafficked_missing_incidents")],
          ["Number of these children still missing", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["Of these, number reported missing", c.a("uasc_went_missing")],
          ["Number of missing episodes for these children", c.a("uasc_missing_incidents")],
          ["Number of these children still missing", c.a("uasc_not_found")],
          [],
          [`Figures cover ${PERIOD_OK}.`],
        ],
      },
    ]),
});

add({
  file: "Dundee_export.xlsx",
  authority: "S12000042",
  figures: {
    trafficked_looked_after: n(2),
    trafficked_went_missing: sup("x"),
    trafficked_missing_incidents: sup("x"),
    trafficked_not_found: n(0),
    uasc_looked_after: n(5),
    uasc_went_missing: n(0),
    uasc_missing_incidents: n(0),
    uasc_not_found: n(0),
  },
  render: (c) =>
    xlsx([
      {
        name: "export",
        rows: [
          [
            "AUTHORITY",
            "PERIOD",
            "TRAFF_CLA",
            "TRAFF_MISSING",
            "TRAFF_MISS_EPISODES",
            "TRAFF_NOT_FOUND",
            "UASC_CLA",
            "UASC_MISSING",
            "UASC_MISS_EPISODES",
            "UASC_NOT_FOUND",
          ],
          [
            "Dundee City Council",
            "2014-10-01 to 2015-09-30",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});

// =============================================================================
// Northern Ireland: councils do not run children's social care
// =============================================================================

const NOT_HELD_ALL: Figures = {};

add({
  file: "Belfast City Council FOI.txt",
  authority: "N09000003",
  figures: NOT_HELD_ALL,
  document: "not_held",
  planted: [
    {
      problem: "NI council: not held, contact the HSC Trust",
      codes: ["document_not_held", "value_not_held"],
      authority: "N09000003",
    },
  ],
  render: () =>
    utf8(
      [
        "Belfast City Council",
        "City Hall, Belfast BT1 5GS",
        "",
        "Freedom of Information Act 2000 – request reference FOI/2015/0988",
        "",
        "Dear Sir/Madam,",
        "",
        "Thank you for your request about trafficked and unaccompanied asylum-seeking children in care.",
        "",
        "Belfast City Council does not hold this information. In Northern Ireland, children's social services, including looked after children, are the responsibility of the Health and Social Care Trusts, not district councils. You may wish to contact the Belfast Health and Social Care Trust, which may hold information relevant to your request.",
        "",
        "Yours faithfully,",
        "Information Governance Unit",
        "",
      ].join("\r\n"),
    ),
});

add({
  file: "Ards and North Down BC response.csv",
  authority: "N09000011",
  figures: {},
  document: "not_held",
  render: () =>
    utf8(
      csvText([
        ["Ards and North Down Borough Council", ""],
        ["Freedom of Information response", ""],
        ["", ""],
        [
          "The Council does not hold the information requested. Children's social care in Northern Ireland is delivered by the Health and Social Care Trusts; please direct your request to the South Eastern HSC Trust.",
          "",
        ],
      ]),
    ),
});

add({
  file: "DCSDC FOI 2015.xlsx",
  authority: "N09000005",
  figures: {
    trafficked_looked_after: nh("Not applicable – the Council does not provide children's social services"),
    trafficked_went_missing: nh("Not applicable – the Council does not provide children's social services"),
    trafficked_missing_incidents: nh("Not applicable – the Council does not provide children's social services"),
    trafficked_not_found: nh("Not applicable – the Council does not provide children's social services"),
    uasc_looked_after: nh("Not applicable – the Council does not provide children's social services"),
    uasc_went_missing: nh("Not applicable – the Council does not provide children's social services"),
    uasc_missing_incidents: nh("Not applicable – the Council does not provide children's social services"),
    uasc_not_found: nh("Not applicable – the Council does not provide children's social services"),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Derry City and Strabane District Council"],
          ["FOI request 2015/211"],
          [],
          ["Question", "Response"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Of whom went missing", c.a("trafficked_went_missing")],
          ["Missing episodes", c.a("trafficked_missing_incidents")],
          ["Not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["Of whom went missing", c.a("uasc_went_missing")],
          ["Missing episodes", c.a("uasc_missing_incidents")],
          ["Not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

// =============================================================================
// Planted problems
// =============================================================================

add({
  file: "Lancashire CC FOI 2015-4410.txt",
  authority: "E10000017",
  figures: {},
  document: "refused",
  planted: [
    {
      problem: "whole-letter section 12 refusal",
      codes: ["document_refused", "value_refused"],
      authority: "E10000017",
    },
  ],
  render: () =>
    utf8(
      [
        "Lancashire County Council",
        "PO Box 78, County Hall, Fishergate, Preston PR1 8XJ",
        "",
        "Our ref: FOI 2015/4410",
        "",
        "Dear Sir or Madam",
        "",
        "Freedom of Information request – trafficked and unaccompanied children",
        "",
        "I am writing in response to your request for information received on 1 October 2015.",
        "",
        "Unfortunately we are unable to comply with your request. Whether a child has been trafficked, and the details of each missing episode, are recorded in individual case files rather than in a reportable field, and we estimate that locating, retrieving and extracting the information would take well in excess of 18 hours. The cost of complying would therefore exceed the appropriate limit of £450, and section 12 of the Freedom of Information Act 2000 applies.",
        "",
        "Under section 16 we are required to offer advice and assistance: you may wish to narrow your request, for example to a shorter period or to children currently looked after.",
        "",
        "Yours faithfully",
        "Information Governance Team",
        "",
      ].join("\r\n"),
    ),
});

add({
  file: "Rotherham MBC FOI response.xlsx",
  authority: "E08000018",
  figures: {
    trafficked_looked_after: n(10),
    trafficked_went_missing: n(4),
    trafficked_missing_incidents: n(9),
    trafficked_not_found: n(1),
    uasc_looked_after: n(12),
    uasc_went_missing: n(1),
    uasc_missing_incidents: n(2),
    uasc_not_found: n(0),
  },
  planted: [
    {
      problem: "wrong period: financial year 2014/15",
      codes: ["period_approximate", "period_mismatch"],
      authority: "E08000018",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "FOI",
        rows: [
          ["Rotherham Metropolitan Borough Council"],
          ["Figures relate to the financial year 2014/15 (1 April 2014 – 31 March 2015)."],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Number of these children who went missing", c.a("trafficked_went_missing")],
          ["Number of missing episodes for these children", c.a("trafficked_missing_incidents")],
          ["Number of these children not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["Number of UASC who went missing", c.a("uasc_went_missing")],
          ["Number of missing episodes for UASC", c.a("uasc_missing_incidents")],
          ["Number of UASC not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "Stockton-on-Tees FOI.csv",
  authority: "E06000004",
  figures: {
    trafficked_looked_after: n(1),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(4),
    uasc_went_missing: n(0),
    uasc_missing_incidents: n(0),
    uasc_not_found: n(0),
  },
  planted: [
    {
      problem: "wrong period: calendar year 2014",
      codes: ["period_approximate", "period_mismatch"],
      authority: "E06000004",
    },
  ],
  render: (c) =>
    utf8(
      csvText([
        ["Stockton-on-Tees Borough Council", ""],
        ["Data covers the calendar year 2014 (1 January to 31 December 2014).", ""],
        ["", ""],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
        ["Trafficked children who went missing", c.a("trafficked_went_missing")],
        ["Missing episodes (trafficked children)", c.a("trafficked_missing_incidents")],
        ["Trafficked children not found", c.a("trafficked_not_found")],
        ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
        ["UASC who went missing", c.a("uasc_went_missing")],
        ["Missing episodes (UASC)", c.a("uasc_missing_incidents")],
        ["UASC not found", c.a("uasc_not_found")],
      ]),
    ),
});

add({
  file: "North Somerset Council FOI.xlsx",
  authority: "E06000024",
  noTruth: true,
  figures: {
    trafficked_looked_after: n(2),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(5),
    uasc_went_missing: n(1),
    uasc_missing_incidents: n(1),
    uasc_not_found: n(0),
  },
  planted: [
    {
      problem: "wrong period: 2013/14 (last year's return sent again)",
      codes: ["period_mismatch", "period_approximate"],
      authority: "E06000024",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "Return",
        rows: [
          ["North Somerset Council"],
          ["Period: 1 April 2013 – 31 March 2014"],
          [],
          ["", "Looked after", "Went missing", "Missing episodes", "Not found"],
          [
            "Trafficked or suspected trafficked",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "Unaccompanied asylum seeking children",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});

// Coventry sent a spreadsheet, then a "revised" CSV that disagrees on two figures.
add({
  file: "Coventry FOI 2015.xlsx",
  authority: "E08000026",
  figures: {
    trafficked_looked_after: n(5),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(58),
    uasc_went_missing: n(6),
    uasc_missing_incidents: n(14),
    uasc_not_found: n(1),
  },
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Coventry City Council"],
          [`Freedom of Information – ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          [
            "Total number of looked after children who were identified or suspected victims of trafficking",
            c.a("trafficked_looked_after"),
          ],
          ["Number of these trafficked children who went missing at least once", c.a("trafficked_went_missing")],
          ["Total number of missing episodes for trafficked children", c.a("trafficked_missing_incidents")],
          ["Number of trafficked children who went missing and have not been found", c.a("trafficked_not_found")],
          ["Number of unaccompanied asylum seeking children (UASC) looked after", c.a("uasc_looked_after")],
          ["Number of UASC who went missing at least once", c.a("uasc_went_missing")],
          ["Total number of missing episodes for UASC", c.a("uasc_missing_incidents")],
          ["Number of UASC who went missing and have not been found", c.a("uasc_not_found")],
        ],
      },
    ]),
});
add({
  file: "Coventry FOI 2015 (revised).csv",
  authority: "E08000026",
  supersedes: true,
  figures: {
    trafficked_looked_after: n(5),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(58),
    uasc_went_missing: n(8),
    uasc_missing_incidents: n(17),
    uasc_not_found: n(1),
  },
  planted: [
    {
      problem:
        "revised return that supersedes the first (UASC went missing 6 → 8, episodes 14 → 17): the later figures are used, with a warning",
      codes: ["duplicate_conflict"],
      authority: "E08000026",
    },
  ],
  render: (c) =>
    utf8(
      csvText([
        ["Coventry City Council – REVISED response (supersedes our spreadsheet of 28 October 2015)", ""],
        [`Period: ${PERIOD_OK}`, ""],
        ["", ""],
        ["Question", "Answer"],
        [
          "Total number of looked after children who were identified or suspected victims of trafficking",
          c.a("trafficked_looked_after"),
        ],
        ["Number of these trafficked children who went missing at least once", c.a("trafficked_went_missing")],
        ["Total number of missing episodes for trafficked children", c.a("trafficked_missing_incidents")],
        ["Number of trafficked children who went missing and have not been found", c.a("trafficked_not_found")],
        ["Number of unaccompanied asylum seeking children (UASC) looked after", c.a("uasc_looked_after")],
        ["Number of UASC who went missing at least once", c.a("uasc_went_missing")],
        ["Total number of missing episodes for UASC", c.a("uasc_missing_incidents")],
        ["Number of UASC who went missing and have not been found", c.a("uasc_not_found")],
      ]),
    ),
});

add({
  file: "Bolton FOI 2015.csv",
  authority: "E08000001",
  figures: {
    trafficked_looked_after: n(3),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(1),
    trafficked_not_found: n(0),
    uasc_looked_after: n(6),
    uasc_went_missing: n(9),
    uasc_missing_incidents: n(15),
    uasc_not_found: n(0),
  },
  omit: ["uasc_looked_after", "uasc_went_missing"],
  planted: [
    {
      problem: "more UASC went missing (9) than were looked after (6)",
      codes: ["check_missing_exceeds_looked_after"],
      authority: "E08000001",
    },
  ],
  render: (c) =>
    utf8(
      csvText([
        ["Bolton Council – Freedom of Information response", ""],
        [`Period: ${PERIOD_OK}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
        ["Of these, number who went missing", c.a("trafficked_went_missing")],
        ["Number of missing episodes (trafficked)", c.a("trafficked_missing_incidents")],
        ["Trafficked children not found", c.a("trafficked_not_found")],
        ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
        ["Unaccompanied asylum seeking children who went missing", c.a("uasc_went_missing")],
        ["Number of missing episodes (UASC)", c.a("uasc_missing_incidents")],
        ["Unaccompanied asylum seeking children not found", c.a("uasc_not_found")],
      ]),
    ),
});

add({
  file: "City of Wolverhampton FOI.xlsx",
  authority: "E08000031",
  figures: {
    trafficked_looked_after: n(5),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(4),
    trafficked_not_found: n(3),
    uasc_looked_after: n(19),
    uasc_went_missing: n(3),
    uasc_missing_incidents: n(5),
    uasc_not_found: n(0),
  },
  omit: ["trafficked_went_missing", "trafficked_not_found"],
  planted: [
    {
      problem: "more trafficked children not found (3) than went missing (2)",
      codes: ["check_not_found_exceeds_missing"],
      authority: "E08000031",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "FOI",
        rows: [
          ["City of Wolverhampton Council"],
          [`Reporting period ${PERIOD_OK}`],
          [],
          ["Group", "Looked after", "Went missing", "Missing episodes", "Not found"],
          [
            "Trafficked (identified or suspected)",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "Unaccompanied asylum seeking children",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});

add({
  file: "sunderland_cla_missing.csv",
  authority: "E08000024",
  figures: {
    trafficked_looked_after: n(2),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(3),
    trafficked_not_found: n(0),
    uasc_looked_after: n(15),
    uasc_went_missing: n(7),
    uasc_missing_incidents: n(4),
    uasc_not_found: n(1),
  },
  omit: ["uasc_went_missing", "uasc_missing_incidents"],
  planted: [
    {
      problem: "fewer UASC missing episodes (4) than UASC who went missing (7)",
      codes: ["check_incidents_below_children"],
      authority: "E08000024",
    },
  ],
  render: (c) =>
    utf8(
      csvText([
        [
          "LA",
          "PERIOD",
          "TRAFF_CLA",
          "TRAFF_MISSING",
          "TRAFF_EPISODES",
          "TRAFF_NOT_FOUND",
          "UASC_CLA",
          "UASC_MISSING",
          "NUM_EPISODES_UASC",
          "UASC_NOT_FOUND",
        ],
        [
          "Sunderland City Council",
          "01/10/2014-30/09/2015",
          c.a("trafficked_looked_after"),
          c.a("trafficked_went_missing"),
          c.a("trafficked_missing_incidents"),
          c.a("trafficked_not_found"),
          c.a("uasc_looked_after"),
          c.a("uasc_went_missing"),
          c.a("uasc_missing_incidents"),
          c.a("uasc_not_found"),
        ],
      ]),
    ),
});

add({
  file: "Derby City FOI.xlsx",
  authority: "E06000015",
  figures: {
    trafficked_identified: n(3),
    trafficked_suspected: n(4),
    trafficked_looked_after: n(9),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(3),
    trafficked_not_found: n(0),
    uasc_looked_after: n(22),
    uasc_went_missing: n(3),
    uasc_missing_incidents: n(5),
    uasc_not_found: n(1),
  },
  omit: ["trafficked_identified", "trafficked_suspected", "trafficked_looked_after"],
  planted: [
    {
      problem: "identified (3) + suspected (4) does not equal the trafficked total (9)",
      codes: ["check_parts_sum"],
      authority: "E06000015",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Derby City Council"],
          [`FOI response – ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          ["Looked after children identified as trafficked", c.a("trafficked_identified")],
          ["Looked after children suspected of being trafficked", c.a("trafficked_suspected")],
          ["Total looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Trafficked children who went missing", c.a("trafficked_went_missing")],
          ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
          ["Trafficked children not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["UASC who went missing", c.a("uasc_went_missing")],
          ["Missing episodes – UASC", c.a("uasc_missing_incidents")],
          ["UASC not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "Southampton City Council FOI 15-1402.xlsx",
  authority: "E06000045",
  figures: {
    trafficked_looked_after: n(3),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(29),
    uasc_went_missing: n(9),
    uasc_missing_incidents: n(16),
    uasc_not_found: n(2),
  },
  planted: [
    {
      problem: "UASC nationality breakdown sums to 7, not the 9 who went missing",
      codes: ["check_nationality_sum"],
      authority: "E06000045",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "Figures",
        rows: [
          ["Southampton City Council – FOI 15-1402"],
          [`Period: ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Trafficked children who went missing", c.a("trafficked_went_missing")],
          ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
          ["Trafficked children not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["UASC who went missing", c.a("uasc_went_missing")],
          ["Missing episodes – UASC", c.a("uasc_missing_incidents")],
          ["UASC not found", c.a("uasc_not_found")],
        ],
      },
      {
        name: "UASC nationality",
        rows: [
          ["Nationality of UASC who went missing"],
          ["Country of origin", "Children"],
          ["Afghanistan", 3],
          ["Eritrea", 2],
          ["Viet Nam", 2],
        ],
      },
    ]),
});

add({
  file: "Wakefield FOI.xlsx",
  authority: "E08000036",
  figures: {
    trafficked_looked_after: n(4),
    trafficked_went_missing: n(2),
    trafficked_missing_incidents: n(3),
    trafficked_not_found: n(0),
    uasc_looked_after: n(17),
    uasc_went_missing: n(2),
    uasc_missing_incidents: bad(-2),
    uasc_not_found: n(0),
  },
  planted: [
    {
      problem: "negative count (-2 UASC missing episodes)",
      codes: ["value_negative"],
      authority: "E08000036",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "Sheet1",
        rows: [
          ["Wakefield Council"],
          [`FOI – ${PERIOD_OK}`],
          [],
          ["", "Looked after", "Went missing", "Missing episodes", "Not found"],
          [
            "Trafficked / suspected trafficked",
            c.a("trafficked_looked_after"),
            c.a("trafficked_went_missing"),
            c.a("trafficked_missing_incidents"),
            c.a("trafficked_not_found"),
          ],
          [
            "UASC",
            c.a("uasc_looked_after"),
            c.a("uasc_went_missing"),
            c.a("uasc_missing_incidents"),
            c.a("uasc_not_found"),
          ],
        ],
      },
    ]),
});

add({
  file: "Swindon Borough Council.csv",
  authority: "E06000030",
  figures: {
    trafficked_looked_after: n(1),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(10),
    uasc_went_missing: n(2),
    uasc_missing_incidents: bad(2.5),
    uasc_not_found: n(0),
  },
  planted: [
    {
      problem: "fractional count (2.5 missing episodes)",
      codes: ["value_fractional"],
      authority: "E06000030",
    },
  ],
  render: (c) =>
    utf8(
      csvText([
        ["Swindon Borough Council", ""],
        [`Freedom of Information response, ${PERIOD_OK}`, ""],
        ["", ""],
        ["Question", "Answer"],
        ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
        ["Trafficked children who went missing", c.a("trafficked_went_missing")],
        ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
        ["Trafficked children not found", c.a("trafficked_not_found")],
        ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
        ["UASC who went missing", c.a("uasc_went_missing")],
        ["Missing episodes – UASC", c.a("uasc_missing_incidents")],
        ["UASC not found", c.a("uasc_not_found")],
      ]),
    ),
});

add({
  file: "Torbay Council FOI reply.txt",
  authority: "E06000027",
  figures: {
    trafficked_looked_after: n(0),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(6),
    uasc_went_missing: n(2),
    uasc_missing_incidents: bad("around a dozen"),
    uasc_not_found: n(0),
  },
  planted: [
    {
      problem: "answer in prose that gives no figure ('around a dozen')",
      codes: ["value_unparsed"],
      authority: "E06000027",
    },
  ],
  render: (c) =>
    utf8(
      [
        "Torbay Council",
        "Town Hall, Castle Circus, Torquay TQ1 3DR",
        "",
        `Freedom of Information request – ${PERIOD_OK}`,
        "",
        `Question 1 – How many looked after children were identified or suspected as trafficked? Answer: ${c.t("trafficked_looked_after")}`,
        `Question 2 – How many of the trafficked children went missing? Answer: ${c.t("trafficked_went_missing")}`,
        `Question 3 – How many missing episodes were there for trafficked children? Answer: ${c.t("trafficked_missing_incidents")}`,
        `Question 4 – How many of the trafficked children have not been found? Answer: ${c.t("trafficked_not_found")}`,
        `Question 5 – How many unaccompanied asylum seeking children were looked after? Answer: ${c.t("uasc_looked_after")}`,
        `Question 6 – How many of the unaccompanied children went missing? Answer: ${c.t("uasc_went_missing")}`,
        `Question 7 – How many missing episodes were there for unaccompanied children? Answer: ${c.t("uasc_missing_incidents")}`,
        `Question 8 – How many of the unaccompanied children have not been found? Answer: ${c.t("uasc_not_found")}`,
        "",
        "Yours sincerely",
        "",
      ].join("\r\n"),
    ),
});

add({
  file: "Medway Council FOI.xlsx",
  authority: "E06000035",
  figures: {
    trafficked_looked_after: n(6),
    trafficked_missing_incidents: n(4),
    trafficked_not_found: n(0),
    uasc_looked_after: n(35),
    uasc_missing_incidents: n(11),
    uasc_not_found: n(1),
  },
  planted: [
    {
      problem: "ambiguous label: 'children who went missing (trafficked and unaccompanied)' combines two measures",
      codes: ["label_ambiguous", "label_unmatched", "label_outside_request"],
      authority: "E06000035",
    },
  ],
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Medway Council"],
          [`FOI – ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["Number of children who went missing (trafficked and unaccompanied)", 5],
          ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
          ["Missing episodes – unaccompanied children", c.a("uasc_missing_incidents")],
          ["Trafficked children not found", c.a("trafficked_not_found")],
          ["Unaccompanied children not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "Rochdale FOI response.xlsx",
  authority: null,
  noTruth: true,
  flagAuthorities: ["E08000004", "E08000005"],
  figures: {
    trafficked_looked_after: n(4),
    trafficked_went_missing: n(1),
    trafficked_missing_incidents: n(2),
    trafficked_not_found: n(0),
    uasc_looked_after: n(13),
    uasc_went_missing: n(2),
    uasc_missing_incidents: n(2),
    uasc_not_found: n(0),
  },
  planted: [{ problem: "file name says Rochdale, content says Oldham", codes: ["authority_mismatch"] }],
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Oldham Metropolitan Borough Council"],
          [`Freedom of Information – ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Trafficked children who went missing", c.a("trafficked_went_missing")],
          ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
          ["Trafficked children not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["UASC who went missing", c.a("uasc_went_missing")],
          ["Missing episodes – UASC", c.a("uasc_missing_incidents")],
          ["UASC not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

add({
  file: "FOI response 15-2231.xlsx",
  authority: null,
  noTruth: true,
  figures: {
    trafficked_looked_after: n(2),
    trafficked_went_missing: n(0),
    trafficked_missing_incidents: n(0),
    trafficked_not_found: n(0),
    uasc_looked_after: n(7),
    uasc_went_missing: n(1),
    uasc_missing_incidents: n(3),
    uasc_not_found: n(0),
  },
  planted: [{ problem: "file names no authority", codes: ["authority_unidentified"] }],
  render: (c) =>
    xlsx([
      {
        name: "Response",
        rows: [
          ["Freedom of Information request – our ref 15-2231"],
          [`Period: ${PERIOD_OK}`],
          [],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", c.a("trafficked_looked_after")],
          ["Trafficked children who went missing", c.a("trafficked_went_missing")],
          ["Missing episodes – trafficked children", c.a("trafficked_missing_incidents")],
          ["Trafficked children not found", c.a("trafficked_not_found")],
          ["Unaccompanied asylum seeking children looked after", c.a("uasc_looked_after")],
          ["UASC who went missing", c.a("uasc_went_missing")],
          ["Missing episodes – UASC", c.a("uasc_missing_incidents")],
          ["UASC not found", c.a("uasc_not_found")],
        ],
      },
    ]),
});

// --- files that cannot be read as returns ------------------------------------------

add({
  file: "Stockport FOI 2015.xlsx",
  authority: "E08000007",
  noTruth: true,
  figures: {},
  planted: [
    { problem: "corrupt .xlsx (truncated upload)", codes: ["file_corrupt", "file_unparsed"], authority: "E08000007" },
  ],
  render: async () => {
    const whole = await xlsx([
      {
        name: "Response",
        rows: [
          ["Stockport Metropolitan Borough Council"],
          ["Question", "Answer"],
          ["Looked after children identified or suspected as trafficked", 3],
          ["UASC looked after", 11],
        ],
      },
    ]);
    return whole.slice(0, Math.floor(whole.length / 2));
  },
});

add({
  file: "Solihull.csv",
  authority: "E08000029",
  noTruth: true,
  figures: {},
  planted: [{ problem: "empty .csv", codes: ["file_empty"], authority: "E08000029" }],
  render: () => new Uint8Array(0),
});

add({
  file: "Derbyshire FOI response.pdf",
  authority: "E10000007",
  noTruth: true,
  figures: {},
  // Read since text PDFs are read (issue 7): no longer a problem to flag.
  planted: [],
  render: () =>
    pdf([
      "Derbyshire County Council",
      "Freedom of Information request - response",
      `Period: ${PERIOD_OK}`,
      "Looked after children identified or suspected as trafficked: 5",
      "Of whom went missing: 1",
      "Unaccompanied asylum seeking children looked after: 19",
      "Of whom went missing: 2",
    ]),
});

add({
  file: "Powys FOI reply.docx",
  authority: "W06000023",
  noTruth: true,
  figures: {},
  // Read since Word letters are read (issue 7): no longer a problem to flag.
  planted: [],
  render: () =>
    docx([
      "Cyngor Sir Powys / Powys County Council",
      "Freedom of Information request",
      `Period: ${PERIOD_OK}`,
      "1. Looked after children identified or suspected as trafficked: 0",
      "2. Unaccompanied asylum seeking children looked after: 4",
      "3. Of these, how many went missing: 0",
    ]),
});

add({
  file: "Walsall_FOI_2015.xls",
  authority: "E08000030",
  noTruth: true,
  figures: {},
  planted: [{ problem: "a legacy .xls workbook", codes: ["file_unsupported", "file_corrupt"], authority: "E08000030" }],
  render: () => legacyXls(),
});

// =============================================================================
// Assembly
// =============================================================================

export interface TruthRow {
  authority_code: string;
  measure: Measure;
  value: number;
}
export interface StatusRow {
  authority_code: string;
  measure: Measure;
  status: string;
}
export interface PlantedRow {
  file: string;
  authority_code: string;
  problem: string;
  expected_codes: string;
}

const CHECK_GROUPS = ["trafficked", "uasc"] as const;

/** total = a + b, when the return gives the parts but not the total. */
const DERIVATIONS: [Measure, Measure, Measure][] = [
  ["trafficked_looked_after", "trafficked_identified", "trafficked_suspected"],
  ["not_found", "trafficked_not_found", "uasc_not_found"],
];

/** The readings of all returns, authority by authority: exact truth, other statuses. */
export function readings(): { truth: TruthRow[]; statuses: StatusRow[]; planted: PlantedRow[] } {
  const byAuthority = new Map<string, Spec[]>();
  const flagged: StatusRow[] = [];
  for (const s of SPECS) {
    if (s.authority === null || s.noTruth) {
      for (const code of s.flagAuthorities ?? (s.authority ? [s.authority] : []))
        for (const m of MEASURES) if (s.figures[m]) flagged.push({ authority_code: code, measure: m, status: "flag" });
      continue;
    }
    const list = byAuthority.get(s.authority) ?? [];
    list.push(s);
    byAuthority.set(s.authority, list);
  }
  const truth: TruthRow[] = [];
  const statuses: StatusRow[] = [];
  for (const [code, specs] of [...byAuthority].sort(([a], [b]) => a.localeCompare(b))) {
    const exact = new Map<Measure, number>();
    for (const m of MEASURES) {
      const given = specs.flatMap((s) => {
        if (s.document) return [{ reading: s.document as string, truth: undefined, omitted: false }];
        const a = s.figures[m];
        return a ? [{ reading: a.reading as string, truth: a.truth, omitted: s.omit?.includes(m) ?? false }] : [];
      });
      if (given.length === 0) continue;
      const keys = new Set(given.map((g) => `${g.reading}:${g.truth ?? ""}`));
      const later = specs.find((s) => s.supersedes)?.figures[m];
      if (keys.size > 1 && later?.reading === "exact" && later.truth !== undefined) {
        exact.set(m, later.truth);
        continue;
      }
      if (keys.size > 1) {
        statuses.push({ authority_code: code, measure: m, status: "conflict" });
        continue;
      }
      const g = given[0] as (typeof given)[number];
      if (g.omitted) {
        statuses.push({ authority_code: code, measure: m, status: "flag" });
        continue;
      }
      if (g.reading === "problem") {
        statuses.push({ authority_code: code, measure: m, status: "not_exact" });
        continue;
      }
      if (g.reading === "exact" && g.truth !== undefined) exact.set(m, g.truth);
      else statuses.push({ authority_code: code, measure: m, status: g.reading });
    }
    const givenAnywhere = (m: Measure) => specs.some((s) => s.figures[m] !== undefined || s.document);
    const flaggedHere = (m: Measure) =>
      statuses.some((r) => r.authority_code === code && r.measure === m && r.status === "flag");
    for (const [total, a, b] of DERIVATIONS) {
      if (givenAnywhere(total)) continue;
      const x = exact.get(a);
      const y = exact.get(b);
      if (x !== undefined && y !== undefined) exact.set(total, x + y);
      // A sum of a planted contradictory figure is as doubtful as the figure.
      else if ((x !== undefined || flaggedHere(a)) && (y !== undefined || flaggedHere(b)))
        statuses.push({ authority_code: code, measure: total, status: "flag" });
    }
    if (!specs.some((s) => s.planted?.length)) selfCheck(code, exact);
    for (const m of MEASURES) {
      const v = exact.get(m);
      if (v !== undefined) truth.push({ authority_code: code, measure: m, value: v });
    }
  }
  statuses.push(...flagged);
  statuses.sort(
    (a, b) =>
      a.authority_code.localeCompare(b.authority_code) || MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure),
  );
  const planted: PlantedRow[] = SPECS.flatMap((s) =>
    (s.planted ?? []).map((p) => ({
      file: s.file,
      authority_code: p.authority ?? "",
      problem: p.problem,
      expected_codes: p.codes.join("|"),
    })),
  );
  return { truth, statuses, planted };
}

/** Guard against unplanned contradictions in returns meant to be clean. */
function selfCheck(code: string, exact: Map<Measure, number>): void {
  const fail = (why: string) => {
    throw new Error(`holdout: ${code} has an unplanned contradiction: ${why}`);
  };
  for (const g of CHECK_GROUPS) {
    const la = exact.get(`${g}_looked_after` as const);
    const wm = exact.get(`${g}_went_missing` as const);
    const inc = exact.get(`${g}_missing_incidents` as const);
    const nf = exact.get(`${g}_not_found` as const);
    if (la !== undefined && wm !== undefined && wm > la) fail(`${g} went missing > looked after`);
    if (nf !== undefined && wm !== undefined && nf > wm) fail(`${g} not found > went missing`);
    if (inc !== undefined && wm !== undefined && (inc < wm || (inc === 0) !== (wm === 0)))
      fail(`${g} incidents vs children`);
  }
  const id = exact.get("trafficked_identified");
  const su = exact.get("trafficked_suspected");
  const tot = exact.get("trafficked_looked_after");
  if (id !== undefined && su !== undefined && tot !== undefined && id + su !== tot) fail("parts do not sum");
  const nf = exact.get("not_found");
  const tnf = exact.get("trafficked_not_found");
  const unf = exact.get("uasc_not_found");
  if (nf !== undefined && tnf !== undefined && unf !== undefined && nf !== tnf + unf) fail("not found total");
}

function csvLine(fields: (string | number)[]): string {
  return fields
    .map((f) => {
      const s = String(f);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(",");
}

const README = `# Holdout corpus (generated; do not edit by hand)

Written by test/holdout/generate.ts without looking at foi-agg's label or
value knowledge, its locate/match/parse code, or the development fixtures.
Regenerate with:

    WRITE_HOLDOUT=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout/generate.test.ts

- returns/      the council returns (csv, xlsx, txt, and files foi-agg should refuse)
- truth.csv     exact figures a careful human reads from the returns
- statuses.csv  answers that are not exact figures: suppressed, not_held, refused,
                not_answered, conflict (returns that disagree); not_exact (a planted
                bad answer: any status but an exact one); flag (a planted
                contradiction or a no-truth file: any status, but an exact figure
                needs an error or warning on the authority)
- planted.csv   problems the ingest must flag; expected_codes lists acceptable
                issue codes, separated by |

Score the ingest against it with:

    FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout/holdout.test.ts
`;

/** Every output file of the corpus as relative path → bytes, in a stable order. */
export async function buildHoldout(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const names = new Set<string>();
  for (const spec of SPECS) {
    if (names.has(spec.file.toLowerCase())) throw new Error(`holdout: two returns named ${spec.file}`);
    names.add(spec.file.toLowerCase());
    const ctx = new Ctx(spec.figures);
    const bytes = await spec.render(ctx);
    const unplaced = (Object.keys(spec.figures) as Measure[]).filter(
      (m) => !ctx.used.has(m) && !spec.computed?.includes(m),
    );
    if (unplaced.length > 0) throw new Error(`holdout: ${spec.file} never places ${unplaced.join(", ")}`);
    files.set(`returns/${spec.file}`, bytes);
  }
  const { truth, statuses, planted } = readings();
  const enc = (s: string) => new TextEncoder().encode(s);
  files.set(
    "truth.csv",
    enc(
      [
        csvLine(["authority_code", "measure", "value"]),
        ...truth.map((r) => csvLine([r.authority_code, r.measure, r.value])),
      ]
        .join("\n")
        .concat("\n"),
    ),
  );
  files.set(
    "statuses.csv",
    enc(
      [
        csvLine(["authority_code", "measure", "status"]),
        ...statuses.map((r) => csvLine([r.authority_code, r.measure, r.status])),
      ]
        .join("\n")
        .concat("\n"),
    ),
  );
  files.set(
    "planted.csv",
    enc(
      [
        csvLine(["file", "authority_code", "problem", "expected_codes"]),
        ...planted.map((r) => csvLine([r.file, r.authority_code, r.problem, r.expected_codes])),
      ]
        .join("\n")
        .concat("\n"),
    ),
  );
  files.set("README.md", enc(README));
  return files;
}

/** Authorities the corpus claims to cover, for validation against the reference list. */
export function authoritiesUsed(): string[] {
  return [...new Set(SPECS.flatMap((s) => (s.authority ? [s.authority] : [])))].sort();
}

/** Write the corpus into `dir` (replacing dir/returns). */
export async function generateHoldout(dir: string): Promise<void> {
  const files = await buildHoldout();
  await rm(join(dir, "returns"), { recursive: true, force: true });
  await mkdir(join(dir, "returns"), { recursive: true });
  for (const [rel, bytes] of files) await writeFile(join(dir, rel), bytes);
}
