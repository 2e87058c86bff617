/**
 * The blind rounds written from real councils' wording (fixtures/holdout12
 * to holdout168, each built by its own build script from sources in src/). Not
 * every round meets every bar yet, so this test holds what must never
 * slip: no figure wrong without a warning naming its measure or the whole
 * return, every file accounted for, and no fewer exact figures, national
 * nationality totals or planted problems flagged than when each score was
 * last recorded.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type HoldoutScore, scoreHoldout } from "./score.js";

// atLeast: exact figures right; nationalities: national totals by group and nationality right (null: the
// round asks for no nationalities);
// planted: planted problems flagged (by a listed code or one that refines it).
// unwarned: figures the reply gives as something other than an exact count that are still kept exact with no
// warning, where a round has some left (listed in UNWARNED below); every other round has none.
const ROUNDS: readonly { name: string; atLeast: number; nationalities: number | null; planted: number }[] = [
  { name: "holdout12", atLeast: 253, nationalities: 14, planted: 17 },
  { name: "holdout13", atLeast: 320, nationalities: 15, planted: 23 },
  { name: "holdout14", atLeast: 316, nationalities: 18, planted: 19 },
  // A later round (2021–24, four periods, a subset group), run from its own request.json.
  { name: "holdout15", atLeast: 1470, nationalities: 13, planted: 24 },
  // The 2018–20 round (three calendar years), from its own request.json; first scored at 421 of 796.
  { name: "holdout16", atLeast: 756, nationalities: 10, planted: 24 },
  // csv, xlsx and txt replies to the 2015 request, nationalities in many shapes; first scored at 155 of 168.
  { name: "holdout17", atLeast: 166, nationalities: 16, planted: 15 },
  // Letters: docx, pdf (one scanned), odt, ods, xls, doc and eml; first scored at 154 of 184.
  { name: "holdout18", atLeast: 173, nationalities: 12, planted: 15 },
  // csv, xlsx and txt again, other councils and wording; first scored at 150 of 176, 14 of 15 planted.
  { name: "holdout19", atLeast: 165, nationalities: 9, planted: 15 },
  // Letters again (one scanned pdf); first scored at 174 of 194, 13 of 17 planted.
  { name: "holdout20", atLeast: 187, nationalities: 12, planted: 17 },
  // A round of its own, written from the README alone (unregistered homes, three financial years, a parts
  // relation), run from its own request.json; first scored at 132 of 248.
  { name: "holdout21", atLeast: 235, nationalities: null, planted: 17 },
  // csv, xlsx and txt a third time, councils no earlier round used; first scored at 104 of 108, 14 of 15 planted.
  { name: "holdout22", atLeast: 107, nationalities: 11, planted: 15 },
  // Another round of its own from the README alone (out-of-area placements, three financial years, a subset
  // group); first scored at 63 of 150.
  { name: "holdout23", atLeast: 146, nationalities: null, planted: 10 },
  // csv, xlsx and txt (2015 request), 20 senders no earlier round used; first scored at 89 of 111, 15 of 15
  // planted, national nationality totals 2 of 13.
  { name: "holdout24", atLeast: 101, nationalities: 8, planted: 15 },
  // A third round of its own from the README alone (children deprived of liberty by court order, three calendar
  // years, under 16 + 16-17 = all); first scored at 177 of 218, 8 of 11 planted.
  { name: "holdout25", atLeast: 218, nationalities: null, planted: 10 },
  // csv, xlsx and txt (2015 request), 20 councils no earlier round used; first scored at 114 of 131, 14 of 15
  // planted, national nationality totals 8 of 12 (6 of the 10 largest).
  { name: "holdout26", atLeast: 131, nationalities: 12, planted: 14 },
  // A fourth round of its own from the README alone (children missing education, three financial years,
  // primary + secondary = all, an EHCP subset); first scored at 156 of 219, 10 of 15 planted.
  { name: "holdout27", atLeast: 219, nationalities: null, planted: 15 },
  // csv, xlsx and txt (2015 request), 23 councils no earlier round used and a district; first scored at 126 of
  // 154 (one silently wrong: a correction letter's old figure), 15 of 18 planted, nationality totals 7 of 17.
  // Session 34 sets a nationality list aside when the reply dates it to another period (a financial year, a span
  // before the one asked), as most writers' truths do; rounds 28, 31, 78 and 103 keep such lists in their truth
  // (28, 31: a financial-year list), and lose 3, 2, 2 and 1 national nationality totals for 36 gained in 11 other
  // rounds. Round 41 lost 4 the same way (a note dating one marked figure read as dating the list below it) and
  // has them back since session 35: a note scoped to a marked figure dates that figure only.
  { name: "holdout28", atLeast: 154, nationalities: 13, planted: 18 },
  // A fifth round of its own from the README alone (child protection plans by category, two financial years and
  // a half-year, five parts = all and a subset, councils created 2019-2023); first scored at 238 of 290, 15 of 21.
  { name: "holdout29", atLeast: 289, nationalities: null, planted: 21 },
  // Letters (docx, pdf, one scanned, odt, ods, xls, doc, eml) to the 2015 request from Welsh, Scottish, Northern
  // Irish and English councils; first scored at 105 of 123, 14 of 18 planted, nationality totals 6 of 12.
  { name: "holdout30", atLeast: 123, nationalities: 12, planted: 18 },
  // csv, xlsx and txt to the 2015 request (a health trust's reply among them); first scored at 146 of 169,
  // 16 of 18 planted, nationality totals 10 of 14.
  { name: "holdout31", atLeast: 167, nationalities: 12, planted: 18 },
  // A round of its own from the README alone (return home interviews, three calendar years, a subset); first
  // scored at 167 of 215, 13 of 18 planted (one of the 13, Kingston's January–September 2023, was flagged only by a
  // spurious warning on its question line; its figures are now set aside with figure_set_aside, a code the plant
  // does not list).
  { name: "holdout32", atLeast: 215, nationalities: null, planted: 16 },
  // csv, xlsx and txt again; first scored at 142 of 162, 19 of 21 planted, nationality totals 17 of 18.
  { name: "holdout33", atLeast: 158, nationalities: 18, planted: 21 },
  // A round of its own (elective home education, academic years and a part-year, parts); first scored at 107
  // of 177, 9 of 19 planted.
  { name: "holdout34", atLeast: 165, nationalities: null, planted: 14 },
  // csv, xlsx and txt again; first scored at 136 of 170, 16 of 18 planted, nationality totals 8 of 13.
  { name: "holdout35", atLeast: 157, nationalities: 12, planted: 18 },
  // A round of its own (young carers, England only, a subset); first scored at 92 of 102, 14 of 19 planted.
  { name: "holdout36", atLeast: 102, nationalities: null, planted: 17 },
  // csv, xlsx and txt again; first scored at 143 of 156, 17 of 19 planted, nationality totals 11 of 16.
  { name: "holdout37", atLeast: 155, nationalities: 16, planted: 19 },
  // A round of its own (children's social workers, parts, three nations); first scored at 101 of 114, 16 of 18.
  { name: "holdout38", atLeast: 110, nationalities: null, planted: 18 },
  // csv, xlsx and txt again (session 21); first scored at 129 of 159, 16 of 20 planted, nationality totals 9 of 14.
  { name: "holdout39", atLeast: 154, nationalities: 14, planted: 20 },
  // A round of its own (foster carers, four periods, households counted at each period's end, parts); first
  // scored at 268 of 394, 13 of 17 planted, 80 flag-truth figures kept exact with no warning.
  { name: "holdout40", atLeast: 358, nationalities: null, planted: 17 },
  // csv, xlsx and txt, notes that change a figure's meaning; first scored at 144 of 179, 15 of 21, nationality
  // totals 8 of 18 (9 of 17 when the scorer reads "Not recorded" and "Other" as Other/unknown).
  { name: "holdout41", atLeast: 170, nationalities: 17, planted: 20 },
  // Letters (docx, pdf, a scan, odt, ods, xls, doc, eml, zip); first scored at 121 of 145, 12 of 19 planted,
  // nationality totals 7 of 14 (read 0 of 14 before the scorer read country names).
  { name: "holdout42", atLeast: 132, nationalities: 14, planted: 18 },
  // A round of its own (special guardianship orders, four periods, a subset, a district outside the round);
  // first scored at 121 of 144, 17 of 18 planted.
  { name: "holdout43", atLeast: 135, nationalities: null, planted: 18 },
  // csv, xlsx and txt letters with restated questions (session 22); first scored at 145 of 171, 19 of 25 planted,
  // nationality totals 5 of 14 (3 of the 10 largest).
  { name: "holdout44", atLeast: 163, nationalities: 14, planted: 24 },
  // Letters (docx, pdf, a scan, odt, ods, xls, doc, eml, zip); first scored at 135 of 155 with one figure
  // silently wrong (a superscript footnote mark read into "29"), 18 of 24 planted, nationality totals 6 of 20.
  { name: "holdout45", atLeast: 145, nationalities: 16, planted: 24 },
  // A round of its own (EHC plans issued within 20 weeks, four periods, a subset, a district outside the round);
  // first scored at 176 of 202, 15 of 18 planted, 4 flag-truth figures kept exact with no warning.
  { name: "holdout46", atLeast: 182, nationalities: null, planted: 16 },
  // csv, xlsx and txt case-management extracts (session 22); first scored at 141 of 176, 13 of 23 planted,
  // nationality totals 5 of 13 (2 of the 10 largest).
  { name: "holdout47", atLeast: 173, nationalities: 12, planted: 21 },
  // csv, xlsx and txt letters and xlsx returns (session 23); first scored at 149 of 173, 17 of 25 planted,
  // nationality totals 4 of 14 (2 of the 10 largest). Planted 22 → 21 in session 44: "is a Chinese national" is
  // now read as a list of one, so the label_unmatched warning that flagged RCT's "See above" by chance is gone.
  { name: "holdout48", atLeast: 173, nationalities: 13, planted: 21 },
  // Letters (docx, pdf, a scan, odt, ods, xls, doc, xlsx, eml, zip; session 23); first scored at 117 of 141,
  // 15 of 19 planted, nationality totals 9 of 16, 10 flag-truth figures kept exact with no warning.
  { name: "holdout49", atLeast: 131, nationalities: 15, planted: 18 },
  // A round of its own (SEND home-to-school transport, academic years and an autumn term, a whole and its
  // parts, a district outside the round; session 23); first scored at 146 of 201, 19 of 23 planted.
  { name: "holdout50", atLeast: 199, nationalities: null, planted: 20 },
  // csv, xlsx and txt case-management exports (session 23); first scored at 120 of 160 with two figures
  // silently wrong, 20 of 27 planted, nationality totals 1 of 14 (0 of the 10 largest).
  { name: "holdout51", atLeast: 152, nationalities: 13, planted: 27 },
  // The series' fourth round (2021–24, four periods, reorganised councils, mixed formats; session 23); first
  // scored at 299 of 472 with one figure silently wrong, 15 of 24 planted, nationality totals 7 of 13.
  { name: "holdout52", atLeast: 472, nationalities: 8, planted: 20 },
  // csv, xlsx and txt replies to the 2015 request (monthly figures to add, periods side by side, a correction
  // e-mail, a wrong-year return; session 24); first scored at 156 of 175, 16 of 24 planted, nationality totals
  // 7 of 16 (2 of the 10 largest), 9 flag-truth figures kept exact with no warning.
  { name: "holdout53", atLeast: 173, nationalities: 16, planted: 21 },
  // Letters (docx, doc, odt, ods, xls, pdf two-column, landscape and a scan, eml, zip; session 24); first scored
  // at 100 of 132, 20 of 22 planted, nationality totals 6 of 12, 2 flag-truth figures kept exact unwarned.
  { name: "holdout54", atLeast: 115, nationalities: 7, planted: 22 },
  // A round of its own (adoption: financial years and a half year, adopted by age as parts, disruptions as
  // events; session 24); first scored at 199 of 246, 17 of 22 planted.
  { name: "holdout55", atLeast: 213, nationalities: null, planted: 21 },
  // The series' second round (calendar 2017, mixed formats; session 24); first scored at 93 of 122, 13 of 19
  // planted, nationality totals 7 of 10, 1 flag-truth figure kept exact unwarned.
  { name: "holdout56", atLeast: 120, nationalities: 10, planted: 16 },
  // The series' third round (2018, 2019 and 2020 asked separately, mixed formats; session 24); first scored at
  // 235 of 313, 15 of 19 planted, nationality totals 1 of 9.
  { name: "holdout57", atLeast: 301, nationalities: 9, planted: 18 },
  // csv, xlsx and txt replies to the 2015 request (session 25): title rows, merged headers, a per-episode and a
  // per-child extract, numbers in words, Welsh/English labels, a correction; first scored at 151 of 169, 17 of 20
  // planted, nationality totals 3 of 10, 6 figures rounded to the nearest 5 kept exact unwarned (the note's reason
  // clause, "no individual can be identified", was read as naming identified children only).
  { name: "holdout58", atLeast: 167, nationalities: 9, planted: 19 },
  // Letters to the 2015 request (docx with Word list numbering, pdf borderless and in two columns, a scan, odt,
  // ods, xls, doc, eml with an attachment and a correction, a zip; session 25); first scored at 84 of 126 with one
  // figure silently wrong ("Q1. Identified: 3   Suspected: 2" read as 2 for question 1), 16 of 26 planted,
  // nationality totals 3 of 9, a financial-year return kept exact unwarned. Its truth was corrected after (see its
  // README): 127 figures, 25 planted.
  { name: "holdout59", atLeast: 112, nationalities: 9, planted: 24 },
  // A round of its own from the README alone (care leavers staying put with former foster carers: three
  // financial years and a half year, in-house + agency = all, a subset, a rule; session 25); first scored at 208
  // of 250, 16 of 21 planted, 12 figures the truth does not take as exact kept with no warning on 8 of them (a
  // closing note that widens questions 1, 2a and 2b was applied to question 1 alone). Its truth was corrected
  // after (Barnet's "<5" had an exact 2): 249 figures.
  { name: "holdout60", atLeast: 240, nationalities: null, planted: 21 },
  // Letters to the series' fourth round, its bundled request (four periods asked separately, UASC also
  // trafficked; docx, text pdfs, a scan, eml, odt, doc, xlsx; session 26); first scored at 226 of 415 (truth
  // corrected before: the scan's figures are not_answered), 19 of 25 planted: a refusal of question 5 alone made
  // every figure of a reply refused.
  { name: "holdout61", atLeast: 403, nationalities: 5, planted: 25 },
  // The series' second round (2017), its bundled request: sheets whose notes change what a figure means (a Notes
  // sheet, footnote symbols, comment columns, covering letters; session 26); first scored at 79 of 121, 16 of 25
  // planted, nationality totals 7 of 13, 3 figures of a financial-year column kept exact with no warning.
  { name: "holdout62", atLeast: 117, nationalities: 9, planted: 24 },
  // Who sent each reply (2015): councils named by signature, From domain, file name, initials, a letterhead town
  // that is another council; police forces, NHS bodies, district and town councils outside the round; a
  // shared-service reply (session 26); first scored at 105 of 137 with one wrong figure (flagged), 19 of 29 planted.
  { name: "holdout63", atLeast: 136, nationalities: 7, planted: 27 },
  // Letters to the series' third round, its bundled request (2018, 2019 and 2020 asked separately; pdf ruled,
  // borderless and in prose, docx with Word numbering, odt, doc, eml quoting the request; corrections in the
  // letters' own notes; session 27); first scored at 148 of 270 with 4 wrong, one of them silent (a note below
  // a question correcting its figure), 17 of 25 planted.
  { name: "holdout64", atLeast: 249, nationalities: 5, planted: 23 },
  // The 2015 request in old and wrapped formats: xls, doc, rtf, ods, odt, forwarded e-mails, an acknowledgement,
  // a zip beside a revised annex, bilingual Welsh replies (session 27); first scored at 136 of 152, 17 of 18
  // planted, nationality totals 8 of 15.
  { name: "holdout65", atLeast: 151, nationalities: 15, planted: 17 },
  // A round of its own from the README alone (age assessments of UASC: three financial years, a subset group,
  // two rules; session 27); first scored at 181 of 202, 16 of 21 planted, 8 figures kept exact with no warning
  // (a sheet titled April–December under a year's name; a note that counts include other councils' work).
  { name: "holdout66", atLeast: 199, nationalities: null, planted: 21 },
  // A round of its own from the README alone on another topic (children's social workers: headcount, agency,
  // vacancies, average caseload, counted on 30 September of three years; session 27), first scored on the code
  // after that session's first merges: 70 of 178, one wrong (flagged), 10 of 23 planted. Average caseloads
  // (decimals) were not read then: a request could not declare an average. Session 28 let a metric be one
  // ("kind": "average") and declared the caseload so in the round's request.json.
  { name: "holdout67", atLeast: 167, nationalities: null, planted: 15 },
  // Letters to the series' fourth round again (pdf tables wrapping inside padded rows, years as rows, Word
  // numbering, footnotes stuck to figures, sentences per year; session 27), first scored on the code after that
  // session's first merges: 234 of 483, 3 wrong (flagged), 20 of 25 planted, nationality totals 2 of 15.
  { name: "holdout68", atLeast: 457, nationalities: 11, planted: 24 },
  // Letters to the series' second round (calendar 2017): pdfs, docx with list numbering and a footnote, doc, odt,
  // e-mails answering under quoted questions, a later correction (session 28); first scored at 70 of 103, 21 of 25
  // planted, nationality totals 1 of 8.
  { name: "holdout69", atLeast: 100, nationalities: 8, planted: 25 },
  // The 2015 request in csv, xlsx and txt only, laid out as officers do (case-system extracts, a "Response" column
  // in prose, pivot tables, notes rows); first scored at 112 of 153, 1 wrong (flagged), nationality totals 4 of 11.
  { name: "holdout70", atLeast: 145, nationalities: 10, planted: 25 },
  // A round of its own from the README alone (return home interviews, two financial years, two groups that are
  // each other's complement); first scored at 177 of 213, 16 of 19 planted.
  { name: "holdout71", atLeast: 213, nationalities: null, planted: 18 },
  // E-mail chains and annexes to the series' fourth round (an internal review, a clarification quoting the earlier
  // reply, figures only in an HTML table, a reply in two parts); first scored at 356 of 484, 17 of 24 planted.
  { name: "holdout72", atLeast: 481, nationalities: 8, planted: 23 },
  // Letters to the series' third round again (a landscape table, a table over two pages, "(2018: 3; 2019: 5;
  // 2020: 2)", merged year headers); first scored at 219 of 323, 3 wrong (flagged), 16 of 33 planted.
  { name: "holdout73", atLeast: 319, nationalities: 14, planted: 23 },
  // The 2015 request in csv, xlsx and txt again (forms saved as csv, cover/data/notes sheets, a row per child with
  // an episodes column, "blank = none"); first scored at 121 of 157, 3 wrong (flagged), 21 of 25 planted.
  { name: "holdout74", atLeast: 146, nationalities: 9, planted: 24 },
  // A round of its own with counts, an average and a percentage (placement stability), written from the README
  // after average metrics landed and first scored on the code after session 28's merges: 200 of 282, 7 wrong, 6 of
  // them silent (a percentage written as a fraction, a count read as the percentage), 19 of 23 planted.
  { name: "holdout75", atLeast: 263, nationalities: null, planted: 19 },
  // The 2015 request in csv, xlsx and txt, a fourth set (a covering letter pasted above the table, two tables side
  // by side, a reporting tool's metadata block, the group only in section headings, "Yes – 3"; session 29); first
  // scored at 135 of 153, 1 wrong (flagged), 19 of 37 planted, nationality totals 7 of 10.
  { name: "holdout76", atLeast: 146, nationalities: 7, planted: 35 },
  // The series' fourth round in csv, xlsx and txt ("2024 YTD", "01/01/24-30/04/24", "of which: modern slavery
  // concerns", "-" as nil in a note); first scored at 391 of 463, 4 wrong (flagged), 21 of 25 planted.
  { name: "holdout77", atLeast: 461, nationalities: 15, planted: 24 },
  // Letters to the series' second round ("Your request / Our response" tables, a printed web form, tracked changes
  // left in a docx, an image-only scan); first scored at 82 of 108, 17 of 19 planted.
  { name: "holdout78", atLeast: 98, nationalities: 9, planted: 19 },
  // The series' third round from older systems (xls with a hidden sheet, doc, rtf, ods, odt, zips, forwarded
  // e-mails); first scored at 341 of 402, 1 wrong (flagged), 21 of 28 planted, 3 figures a note says count
  // episodes kept exact with no warning.
  { name: "holdout79", atLeast: 396, nationalities: 9, planted: 26 },
  // A round of its own from the README alone (age assessments: counts, average days, percentage found adult);
  // first scored at 170 of 250, 15 of 21 planted.
  { name: "holdout80", atLeast: 246, nationalities: null, planted: 20 },
  // Letters to the 2015 request (letterheads, numbers in words, a numbered list that skips a question, a sentence
  // across a page break); first scored at 117 of 130, 21 of 25 planted, 2 "both groups" figures kept as UASC with
  // no warning.
  { name: "holdout81", atLeast: 128, nationalities: 11, planted: 24 },
  // Four more written during session 29 and first scored on the code after its merges (commit 8c8f61a), to measure
  // those fixes on returns they never saw. The 2015 request in csv, xlsx and txt, a fifth set (semicolons and a BOM,
  // counts by sex or age band, a sheet per group, a "Q | Answer" column in prose): first 106 of 132, 21 of 24 planted.
  { name: "holdout82", atLeast: 122, nationalities: 11, planted: 23 },
  // Letters to the series' fourth round again (a bilingual letter, "Comments" columns, years in one sentence,
  // FOISA s.17): first 247 of 472, 19 of 25 planted.
  { name: "holdout83", atLeast: 464, nationalities: 11, planted: 24 },
  // A round of its own from the README alone (unregistered children's homes: counts, weekly costs in pounds, a
  // percentage): first 163 of 273, 17 of 26 planted; 3 figures an annual total makes no weekly average kept exact
  // with no warning (warned since, 18 planted).
  { name: "holdout84", atLeast: 259, nationalities: null, planted: 22 },
  // The series' third round in csv, xlsx and txt (part years marked "2020*", financial years, quarters, a sheet per
  // year): first 220 of 316, 1 wrong (flagged), 19 of 23 planted; 12 figures a footnote or note makes part-year or
  // one group's kept exact with no warning (all warned since, 20 planted).
  // Session 30 read its year lines ("2018: 3 / 2019: nil / 2020: 5") cleanly; West Lothian's prose nationality plant
  // had been flagged only by a misread "3 /" (value_annotated), so 19 planted is the honest count now.
  { name: "holdout85", atLeast: 275, nationalities: 5, planted: 22 },
  // Letters to the series' third round (2018–20): pdfs with annexes and tables over two pages, docx with list
  // numbering and footnotes, odt, doc, e-mails and a correction; first 211 of 326, 15 of 25 planted, nationality 5 of 13.
  { name: "holdout86", atLeast: 314, nationalities: 13, planted: 21 },
  // The fourth round in csv, xlsx and txt (a sheet per year, "Jan-Apr 24", quarters, "DNS", "1a+1b", a correction):
  // first 400 of 497, 1 wrong (flagged: the correction not applied), 20 of 25 planted.
  { name: "holdout87", atLeast: 453, nationalities: 9, planted: 22 },
  // The 2015 request in mixed and legacy formats (xls, doc, ods, odt, pdf, docx, eml, zip): first 104 of 130, 2 wrong
  // (flagged), 18 of 24 planted; one figure for both groups kept exact with no warning (warned since).
  { name: "holdout88", atLeast: 123, nationalities: 14, planted: 20 },
  // A round of its own from the README alone (return home interviews: counts, a percentage, an average in days):
  // first 173 of 204, 2 wrong with no warning ("79 (63.7%)" read as 79 for the percentage), 2 averages in hours kept
  // as days with no warning, 15 of 17 planted (all fixed since).
  { name: "holdout89", atLeast: 204, nationalities: null, planted: 17 },
  // Session 31's first wave, each scored first on main before any fix (d47da8e with the round):
  // the 2017 request, letters and spreadsheets mixed; first 105 of 112, 1 wrong (flagged), 20 of 25 planted, 1 kept
  // exact with no warning (an "of these" count under an NRM-referral figure; warned since).
  { name: "holdout90", atLeast: 111, nationalities: 12, planted: 23 },
  // The fourth round as 2024 letters (pdf, docx, eml, odt, txt); first 303 of 510, 4 wrong (flagged), 19 of 25 planted.
  { name: "holdout91", atLeast: 497, nationalities: 9, planted: 23 },
  // The 2015 request in csv, xlsx and txt, with notes that change what figures mean wherever they sit; first 110 of
  // 118, 20 of 23 planted, 6 kept exact with no warning (a care-leavers note under the table, "the same young person
  // as in Q4"; warned since).
  { name: "holdout92", atLeast: 118, nationalities: 9, planted: 23 },
  // A round of its own from the README alone (age assessments: counts, average and longest days, a percentage, a
  // cost in pounds); first 320 of 363, 19 of 26 planted, 12 kept exact with no warning (nils for questions that "do not
  // apply", rounded costs; warned since).
  { name: "holdout93", atLeast: 348, nationalities: null, planted: 23 },
  // Session 31's second wave, written while the first was fixed and scored first on the merged code, before any fix
  // of its own: letters to the 2015 request (pdf, docx, eml, odt, doc).
  { name: "holdout94", atLeast: 111, nationalities: 10, planted: 20 },
  // The 2018–20 round in csv, xlsx and txt (an episode export, quarters, a hidden draft sheet, a correction).
  { name: "holdout95", atLeast: 365, nationalities: 14, planted: 26 },
  // The 2021–24 round, a real folder's mix of letters and spreadsheets.
  { name: "holdout96", atLeast: 463, nationalities: 9, planted: 23 },
  // A round of its own from the README alone (unaccompanied children and the National Transfer Scheme: counts, an
  // average and a longest wait, a percentage, funding in pounds), written on the README after session 31's merges.
  { name: "holdout97", atLeast: 426, nationalities: null, planted: 22 },
  // Session 32's first wave, each scored first on main before any fix: the 2015 request in csv, xlsx and txt; first 138
  // of 144, 19 of 20 planted, nationality totals 14 of 18 (7 of the 10 largest), 1 kept exact with no warning.
  { name: "holdout98", atLeast: 144, nationalities: 17, planted: 20 },
  // Letters to the 2015 request (pdf, a scan, docx, odt, ods, xls, doc, eml); first 112 of 123, 1 wrong (flagged),
  // 19 of 20 planted, nationality totals 17 of 17, 1 kept exact with no warning.
  { name: "holdout99", atLeast: 120, nationalities: 17, planted: 20 },
  // A round of its own from the README alone (kinship care: parts that add up to the whole and a subset, three
  // financial years); first 280 of 300, 18 of 23 planted, 3 kept exact with no warning (warned since).
  { name: "holdout100", atLeast: 298, nationalities: null, planted: 21 },
  // The fourth round, letters and spreadsheets mixed; first 219 of 361, 16 of 24 planted, nationality totals 2 of 12,
  // 4 kept exact with no warning (warned since).
  { name: "holdout101", atLeast: 323, nationalities: 9, planted: 22 },
  // Session 32's second wave, written while the first was fixed and scored first on the merged code: the third round
  // in csv, xlsx and txt.
  { name: "holdout102", atLeast: 348, nationalities: 12, planted: 20 },
  // Letters to the second round (2017).
  { name: "holdout103", atLeast: 109, nationalities: 12, planted: 20 },
  // A round of its own from the README alone (care leavers in education and employment, four periods, parts and a
  // subset); first 322 of 352, 21 of 25 planted, 28 kept exact with no warning (a reply for ages 17-21; warned since).
  { name: "holdout104", atLeast: 351, nationalities: null, planted: 23 },
  // Session 33's rounds, written while the session's fixes were made (by helpers who saw neither the code nor those
  // fixes) and scored first on the merged code: the 2015 request in csv, xlsx and txt, nationalities in 18 replies.
  { name: "holdout105", atLeast: 145, nationalities: 12, planted: 20 },
  // Letters to the 2018-20 request (pdf, one scanned, docx, odt, ods, xls, doc, eml).
  { name: "holdout106", atLeast: 308, nationalities: 22, planted: 19 },
  // A round of its own from the README alone (16- and 17-year-olds in unregulated or supported accommodation:
  // in-area + out-of-area = all, a 20-mile subset, three financial years, a weekly cost).
  { name: "holdout107", atLeast: 278, nationalities: null, planted: 19 },
  // The 2021-24 request in csv, xlsx and txt.
  { name: "holdout108", atLeast: 489, nationalities: 14, planted: 20 },
  // Session 34's rounds, written as it began (by helpers who saw neither the code nor the session's fixes) and scored
  // first on the merged first-cycle code: the 2017 request in csv, xlsx and txt, nationalities in 17 replies; first
  // 123 of 132, 18 of 20 planted, national nationality totals 6 of 16 (lists for a financial year counted).
  { name: "holdout109", atLeast: 127, nationalities: 14, planted: 20 },
  // Letters to the 2021-24 request (pdf with a scan and a two-column page, docx, odt, ods, xls, doc, eml); first
  // 418 of 539, 17 of 20 planted, national nationality totals 9 of 13.
  { name: "holdout110", atLeast: 531, nationalities: 9, planted: 20 },
  // A round of its own from the README alone (age assessments: full + short-form = all, assessed as adults a
  // subset, three financial years, UK); first 243 of 263, 22 of 26 planted, 18 kept exact with no warning
  // ("started" for completed, a total cost for an average, notes that widen a count; warned since).
  { name: "holdout111", atLeast: 262, nationalities: null, planted: 26 },
  // Session 35's rounds, written as it began (by helpers who saw neither the code nor the session's fixes) and scored
  // first on main before any of the session's fixes: the 2018-20 request in csv, xlsx and txt, nationalities in 16
  // replies; first 276 of 336, 19 of 20 planted, national nationality totals 6 of 12.
  { name: "holdout112", atLeast: 336, nationalities: 12, planted: 20 },
  // Letters to the 2017 request (pdf with a scan, a landscape table and a table over two pages, docx with a text box
  // and tracked changes, odt, ods, xls, doc, eml); first 108 of 116, 18 of 20 planted, nationality totals 9 of 17.
  { name: "holdout113", atLeast: 110, nationalities: 17, planted: 20 },
  // A round of its own from the README alone (children referred to the National Referral Mechanism: exploitation
  // types as parts of all referrals, UASC and positive decisions as subsets, three financial years, England and
  // Wales); first 341 of 410, 17 of 20 planted, none kept exact with no warning.
  { name: "holdout114", atLeast: 410, nationalities: null, planted: 19 },
  // Session 36's rounds, written as it began and scored first on main before any of the session's fixes: the 2015
  // request in csv, xlsx and txt, nationalities in 18 replies; first 142 of 149, 17 of 20 planted, national
  // nationality totals 14 of 16, 6 kept exact with no warning and 2 nationality figures wrong with none (a note
  // under the table, "The trafficked figures include young people aged 18 to 21 …"; warned since).
  { name: "holdout115", atLeast: 142, nationalities: 16, planted: 19 },
  // Letters to the 2021-24 request (pdf with a scan, a two-column page and a table over two pages, docx, odt, ods,
  // xls, doc, eml); first 349 of 417 (15 wrong, each with a warning), 15 of 20 planted, nationality totals 11 of 18.
  { name: "holdout116", atLeast: 416, nationalities: 18, planted: 18 },
  // A round of its own from the README alone (looked-after children missing from care and return home
  // interviews: placed in and out of area as parts, more than 20 miles away a subset of a part, an average in
  // hours, two financial years); first 312 of 388, 16 of 20 planted, 6 kept exact with no warning (a provider's
  // interviews only, an average in days; warned since).
  { name: "holdout117", atLeast: 386, nationalities: null, planted: 20 },
  // Session 37's rounds, written as it began and scored first on main before any of the session's fixes: letters
  // to the 2018-20 request (pdf with a scan, a table over two pages and an annex, docx, odt, ods, xls, doc, eml);
  // first 272 of 332, 1 wrong (with a warning), 16 of 19 planted, nationality totals 6 of 10.
  { name: "holdout118", atLeast: 329, nationalities: 6, planted: 17 },
  // The 2017 request in csv, xlsx and txt, nationalities in 18 replies; first 107 of 118 (108 with Hartlepool's
  // truth corrected), 17 of 19 planted, nationality totals 8 of 18, 13 kept exact and 9 nationality figures wrong
  // with no warning (a financial year stated above the table, notes on one group's or one sheet's figures; warned
  // since).
  { name: "holdout119", atLeast: 114, nationalities: 16, planted: 18 },
  // A round of its own from the README alone (age assessments of UASC and the National Transfer Scheme: arrivals
  // and transfers as parts, the age-disputed a subset, three financial years); first 340 of 370 with 15 figures
  // silently wrong (a pdf heading over two columns placed every figure one column left; placed by position since),
  // 18 of 20 planted.
  { name: "holdout120", atLeast: 370, nationalities: null, planted: 19 },
  // Session 38's rounds, written as it began and scored first on main before any of the session's fixes: letters
  // to the 2017 request (pdf with a scan, docx, odt, ods, xls, doc, eml); first 90 of 109, 3 wrong (each with a
  // warning), 16 of 20 planted, nationality totals 7 of 18, 2 kept exact with no warning ("14 missing episodes"
  // where children were asked; a note under an xls table; warned since).
  { name: "holdout121", atLeast: 105, nationalities: 17, planted: 20 },
  // The 2021-24 request in csv, xlsx and txt, nationalities in 17 replies; first 377 of 464, 16 of 20 planted,
  // nationality totals 6 of 18, 4 not-found zeros kept exact with no warning, from an export whose episodes had all
  // ended (warned since).
  { name: "holdout122", atLeast: 438, nationalities: 16, planted: 19 },
  // A round of its own from the README alone (homeless 16- and 17-year-olds: section 20, Part 7 and no further
  // action as parts of all assessed, unregulated placements a subset, an average in days, nights in B&B, three
  // financial years); first 403 of 463, 6 wrong (each with a warning), 22 of 22 planted, 3 kept exact with no
  // warning (31 March snapshots of a metric with a built-in id; warned since).
  { name: "holdout123", atLeast: 463, nationalities: null, planted: 22 },
  // Session 39's rounds, written as it began and scored first on main before any of the session's fixes: letters
  // to the 2021-24 request (pdf with a scan, docx, odt, doc, rtf, eml with a shared service answering for two
  // councils line by line); first 287 of 476, 5 wrong (each with a warning), 17 of 21 planted, nationality totals 8
  // of 21, 4 kept exact with no warning (a footnote on a docx table) and one nationality figure wrong with none.
  { name: "holdout124", atLeast: 466, nationalities: 19, planted: 21 },
  // The 2018-20 request in csv, xlsx, ods and txt, nationalities in 16 replies; first 155 of 242, 1 wrong (with a
  // warning), 19 of 20 planted, nationality totals 3 of 15 (a case list with a reporting-year column, a pivot
  // layout, a nationality export and a file named "BCBC" not read).
  { name: "holdout125", atLeast: 233, nationalities: 10, planted: 19 },
  // A round of its own from the README alone (private fostering: overseas and UK children as parts, language-school
  // children a subset, a percentage and a maximum, three financial years); first 370 of 373, 13 of 20 planted, 6
  // kept exact with no warning (notes that a children count counts arrangements, or includes enquiries).
  { name: "holdout126", atLeast: 370, nationalities: null, planted: 18 },
  // Session 40's rounds, written as it began and scored first on main before any of the session's fixes: letters
  // to the 2018-20 request (pdf with a scan, docx, odt, doc, rtf, eml with an xlsx attachment, a quoted request and a
  // correction); first 259 of 296, none wrong, 19 of 24 planted, nationality totals 19 of 20, one nationality
  // figure wrong with no warning (Carmarthenshire's Somali children).
  { name: "holdout127", atLeast: 289, nationalities: 20, planted: 21 },
  // The 2021-24 request in csv, xlsx, ods, xls and txt (case-management exports, pivot exports with grand totals,
  // side-by-side tables, nationality tables); first 369 of 460, none wrong, 21 of 24 planted, nationality totals 3
  // of 19 (a per-child cohort export named only "DCC" left unidentified).
  { name: "holdout128", atLeast: 460, nationalities: 19, planted: 24 },
  // A round of its own from the README alone (children remanded to youth detention accommodation: three kinds of
  // accommodation as parts of all, a looked-after subset, an average in nights, three financial years, England and
  // Wales); first 289 of 301, 2 wrong (each with a warning), 20 of 24 planted, 12 kept exact with no warning (a note
  // under an xlsx table that its counts are remand episodes).
  { name: "holdout129", atLeast: 301, nationalities: null, planted: 22 },
  // Session 41's rounds, written as it began (outside the repository until scored) and scored first on the
  // session's merged fixes, which had not seen them: letters to the 2015 request (pdf with a scan, docx, odt, doc,
  // xls, eml with an xlsx attachment, a correction and answers under the quoted request); first 133 of 135, none
  // wrong, 20 of 24 planted, nationality totals 10 of 14.
  { name: "holdout130", atLeast: 133, nationalities: 14, planted: 22 },
  // The 2017 request in csv, xlsx, ods, xls and txt (a per-child export with care dates, an episode export, a pivot
  // export, Male and Female rows, part-year columns, a file named only by initials); first 97 of 114, 5 wrong (3 with
  // no warning: a per-child export's second count column for another span), 19 of 24 planted, nationality totals 6
  // of 15.
  { name: "holdout131", atLeast: 112, nationalities: 13, planted: 24 },
  // A round of its own from the README alone (households with no recourse to public funds: section 17 families,
  // adults and care leavers as parts, two subsets of families, children in the families, an average in £, three
  // financial years, England and Wales); first 336 of 373, none wrong, 20 of 24 planted, none kept exact unwarned.
  { name: "holdout132", atLeast: 364, nationalities: null, planted: 23 },
  // Session 42's rounds, written as it began (outside the repository until scored) and scored first on the
  // session's merged fixes, which had not seen them: the 2021–24 request in csv, xlsx, ods, xls and txt (a per-child
  // list and an episode list under report-run lines, a pivot export, a sheet per period, a nationality sheet for the
  // whole span, a part-year column, a file named only by initials); first 521 of 566, 1 wrong (with a warning), 19 of
  // 24 planted, nationality totals 3 of 22 (1 of the 10 largest), 17 nationality figures wrong with no warning.
  // Its nationality floor fell from 7 to 6 in session 43: Northumberland's pivot is now read, and two totals that
  // were right only because it was missing (Wiltshire's list for 2021–24 together, which the tool counts with a
  // warning, is left out of this round's truth) no longer cancel out.
  { name: "holdout133", atLeast: 565, nationalities: 6, planted: 23 },
  // The 2018–20 request in csv, xlsx, ods and txt (a cohort extract, an episode list under a summary, a pivot, a
  // long-format csv, tables typed with spaces, part-year 2020, a correction); first 324 of 367, 4 wrong (each with a
  // warning), 17 of 24 planted, nationality totals 7 of 17.
  { name: "holdout134", atLeast: 354, nationalities: 16, planted: 21 },
  // Letters to the 2017 request (pdf with a scan, docx, odt, doc, rtf, eml); first 90 of 106, none wrong, 15 of 20
  // planted, nationality totals 8 of 11.
  { name: "holdout135", atLeast: 100, nationalities: 10, planted: 18 },
  // Session 43's rounds, written the same way and scored first on the session's merged fixes: the 2015 request in
  // csv, xlsx, xls, ods and txt (a per-child extract with care dates, an episode list under report-run lines, a pivot
  // with group subtotals, Notes sheets, a correction e-mail); first 123 of 142, 2 wrong (each with a warning), 21 of
  // 24 planted, nationality totals 16 of 16.
  { name: "holdout136", atLeast: 136, nationalities: 16, planted: 23 },
  // The 2021–24 request in xlsx, ods, xls, csv and txt, mostly Scottish and Welsh councils (two nationality lists one
  // under the other, a question number before year headers, male and female rows, a typed table in a txt letter);
  // first 523 of 535 (after Fife's code was corrected), none wrong, 21 of 23 planted, nationality totals 5 of 20.
  { name: "holdout137", atLeast: 535, nationalities: 20, planted: 23 },
  // Letters to the 2021–24 request (pdf with a scan, docx, odt, doc, rtf, eml); first 476 of 479, none wrong, 21 of 24
  // planted, nationality totals 1 of 13 (a second nationality table given the first's group, a table of lists).
  { name: "holdout138", atLeast: 479, nationalities: 12, planted: 22 },
  // csv, xlsx, xls, ods and txt to the 2017 request (case lists with an undated episode row, a pivot export, a
  // Notes sheet keying "[c]" and "[x]", a hidden draft sheet, financial years, a typed table, a correction); first
  // 100 of 115, none wrong, 20 of 23 planted, nationality totals 6 of 15, one figure kept exact unwarned.
  { name: "holdout139", atLeast: 109, nationalities: 9, planted: 22 },
  // Letters to the 2018–20 request (pdf with a scan, docx, odt, doc, rtf, eml); first 232 of 300, 2 wrong (each
  // with a warning), 17 of 22 planted, nationality totals 5 of 17.
  { name: "holdout140", atLeast: 268, nationalities: 17, planted: 20 },
  // Letters to the 2015 request (pdf with a scan, docx, odt, doc, rtf, eml); first 117 of 131, 1 wrong (with a
  // warning), 20 of 24 planted, nationality totals 11 of 15.
  { name: "holdout141", atLeast: 123, nationalities: 15, planted: 20 },
  // Session 45's rounds, written the same way and scored first on the session's merged fixes: letters to the 2017
  // request (pdf with a scan, docx, odt, doc, rtf, eml); first 96 of 123, 1 wrong with no warning (a lettered answer
  // under a numbered question), 18 of 20 planted, nationality totals 5 of 12, two figures kept exact unwarned.
  { name: "holdout142", atLeast: 106, nationalities: 10, planted: 18 },
  // Spreadsheets to the 2018–20 request (a sheet per year, a pivot with a "(blank)" row, one row per child per year,
  // "-" keyed as withheld, a correction, a zip); first 363 of 388, 4 wrong (each with a warning), 21 of 24 planted,
  // nationality totals 2 of 18.
  { name: "holdout143", atLeast: 385, nationalities: 17, planted: 24 },
  // Replies of every kind to the 2021–24 request (pdf with a scan, docx, odt with an eml correction, xlsx, ods, an
  // episode csv, txt); first 372 of 478, none wrong, 20 of 24 planted, nationality totals 8 of 20.
  { name: "holdout144", atLeast: 470, nationalities: 13, planted: 21 },
  // Session 46's rounds, written the same way and scored first on the session's merged fixes: letters to the 2021–24
  // request (pdf with a scan, docx, odt, doc, eml, txt); first 384 of 490, none wrong, 15 of 23 planted, nationality
  // totals 7 of 12.
  { name: "holdout145", atLeast: 439, nationalities: 8, planted: 15 },
  // Replies of every kind to the 2017 request (pdf with a scan, docx, eml, xlsx, ods, xls, csv, txt, rtf); first 97
  // of 107, none wrong, 20 of 24 planted, nationality totals 8 of 15.
  { name: "holdout146", atLeast: 97, nationalities: 8, planted: 20 },
  // Spreadsheets and text to the 2015 request (xlsx, xls, ods, csv, txt, a zip; formulas with no saved result, an
  // episode extract past the period, a child-level csv named by initials); first 120 of 151, none wrong, 22 of 24
  // planted, nationality totals 3 of 16.
  { name: "holdout147", atLeast: 127, nationalities: 3, planted: 22 },
  // Letters to the 2018–20 request (text pdfs, a scan, docx with Word list numbering, odt, doc, eml, a FOISA txt);
  // first 257 of 386 with 12 figures silently wrong (lettered items read one part off), 15 of 22 planted,
  // nationality totals 6 of 12.
  { name: "holdout148", atLeast: 333, nationalities: 11, planted: 16 },
  // Spreadsheets and text to the 2021–24 request (xlsx, xls, ods, csv, txt, a zip); first 461 of 564, 7 wrong (each
  // warned), 21 of 25 planted, nationality totals 12 of 12.
  { name: "holdout149", atLeast: 479, nationalities: 12, planted: 21 },
  // Letters and other replies to the 2015 request (pdf with a scan, docx, odt, doc, rtf, eml, txt, xlsx); first 123
  // of 146, 2 wrong (warned), 2 kept exact unwarned, 20 of 23 planted, nationality totals 12 of 15.
  { name: "holdout150", atLeast: 129, nationalities: 12, planted: 20 },
  { name: "holdout151", atLeast: 117, nationalities: 11, planted: 20 },
  { name: "holdout152", atLeast: 460, nationalities: 1, planted: 16 },
  { name: "holdout153", atLeast: 343, nationalities: 13, planted: 19 },
  { name: "holdout154", atLeast: 164, nationalities: 5, planted: 19 },
  { name: "holdout155", atLeast: 534, nationalities: 14, planted: 25 },
  { name: "holdout156", atLeast: 353, nationalities: 7, planted: 14 },
  { name: "holdout157", atLeast: 100, nationalities: 8, planted: 14 },
  { name: "holdout158", atLeast: 471, nationalities: 10, planted: 12 },
  { name: "holdout159", atLeast: 149, nationalities: 10, planted: 20 },
  { name: "holdout160", atLeast: 112, nationalities: 2, planted: 23 },
  { name: "holdout161", atLeast: 380, nationalities: 11, planted: 21 },
  { name: "holdout162", atLeast: 117, nationalities: 11, planted: 21 },
  // Session 52's rounds, scored first on main's code from before the session: spreadsheets and extracts to the
  // 2018–20 request, first 375 of 418, none wrong, 6 kept exact unwarned (a note saying the "Missing episodes" columns
  // count children), 19 of 25 planted, nationality totals 0 of 12; letters and e-mails to the 2021–24 request, first
  // 427 of 600, 28 wrong, 5 of them with no warning (a "UASC also identified or suspected as trafficked" line read as
  // the trafficked whole; a landscape table's run-together headings), 18 of 25 planted, nationality totals 7 of 10;
  // mixed replies to the 2017 request, first 95 of 121, 1 wrong (warned), 20 of 25 planted, nationality 11 of 12.
  { name: "holdout163", atLeast: 409, nationalities: 12, planted: 20 },
  { name: "holdout164", atLeast: 524, nationalities: 9, planted: 19 },
  { name: "holdout165", atLeast: 111, nationalities: 12, planted: 20 },
  // Session 53's rounds, scored first on main's code from before the session: letters and e-mails to the 2015
  // request, first 100 of 158, 2 wrong (each warned), 19 of 25 planted, nationality totals 6 of 11; spreadsheets and
  // extracts to the 2021–24 request, first 490 of 596, none wrong, 4 kept exact unwarned (UASC figures a note under
  // the table says are rounded to the nearest 5), 20 of 25 planted, nationality totals 2 of 11; mixed replies to the
  // 2018–20 request, first 384 of 455, none wrong, 3 kept exact unwarned (a 1c whose note says it counts the children
  // who became looked after), 19 of 25 planted, nationality totals 4 of 8.
  { name: "holdout166", atLeast: 115, nationalities: 6, planted: 19 },
  { name: "holdout167", atLeast: 532, nationalities: 2, planted: 20 },
  { name: "holdout168", atLeast: 387, nationalities: 4, planted: 19 },
];

/**
 * Rounds that still keep some figures exact, with no warning, where the reply
 * gives something else, and why each is left: the number may only fall.
 */
const UNWARNED: Readonly<Record<string, number>> = {
  // None left since session 45: round 142's Swindon ("Question 4. None of the unaccompanied children remains
  // missing. We cannot answer for trafficked children", read as the both-groups not-found count 0) had 1. None
  // before it since session 40. Rounds 47 (Blaenau Gwent's bare "N/A" after a stated 0, now warned), 69 (Brent's
  // NRM-only note, Blackburn with Darwen's confirmed + suspected episodes added up), 98 (Denbighshire's "missing and
  // absent episodes combined"), 99 (Dudley's "Questions 3 and 7" answered with one figure), 109 (North Yorkshire's
  // numbered footnote on 3b) and 129 (Conwy's note that questions 1 and 2a-2c count remand episodes) had 2, 3, 1, 1,
  // 1 and 12; earlier rounds' were warned in sessions 33 and 34.
  // Round 160's Neath Port Talbot (a "No. missing" column whose numbered note says it counts episodes) had 1 at its
  // first score; the note now warns every figure under the heading it quotes (session 51). Round 163's West Lothian
  // ("Missing episodes (1)" headings whose numbered note says they count children) had 6; the note's mark now goes
  // on the headings (session 52).
};

/**
 * Rounds that still read some nationality figures wrong (an authority's count for a named nationality, periods
 * summed) with no warning on the list, its group's went-missing measure or the return, and why: the number may
 * only fall. Every other round asking for nationalities has none.
 */
const NAT_SILENT: Readonly<Record<string, number>> = {
  // Rounds 39 and 86 ("Kurdish" read as a nationality) and 68 (a list read in part) had one each until session 35;
  // 69 ("They were all British" beside words withholding the breakdown) and 127 (a year named once before two
  // groups' clauses) one each until session 40.
  // Newport's one-nationality lines ("… went missing - Yemeni: 1") were not read as lists, so its Yemeni total was 3
  // of 4 (124, from session 39 until session 45).
  // Solihull's "Kurdish" row is counted under Other/unknown, where the round's truth (like 127, 131 and 134) leaves an
  // ethnicity out; the earlier rounds' truth files disagree on Other and Unknown rows, so it is left (133, session 42).
  holdout133: 1,
};

describe.each(ROUNDS)("$name (blind, real councils' wording)", ({ name, atLeast, nationalities, planted }) => {
  let score: HoldoutScore;
  beforeAll(async () => {
    score = await scoreHoldout(`fixtures/${name}`);
  }, 300_000);

  it("gets no figure wrong without an error or warning naming its measure or the whole return", () => {
    expect(score.silentWrong.map((m) => `${m.authority_code} ${m.measure}: truth ${m.truth}, got ${m.value}`)).toEqual(
      [],
    );
  });

  const unwarned = UNWARNED[name] ?? 0;
  it(`keeps at most ${unwarned} figures exact, with no warning, where the reply gives a bound, a refusal, "not held" or another count`, () => {
    expect(
      score.keptExactUnwarned.length,
      score.keptExactUnwarned
        .map((m) => `${m.authority_code} ${m.measure}: ${m.expected_status}, got ${m.value}`)
        .join("; "),
    ).toBeLessThanOrEqual(unwarned);
  });

  it("leaves no input file unaccounted for", () => {
    expect(score.unaccounted).toEqual([]);
  });

  it(`reads at least ${atLeast} exact figures right, as when its score was recorded`, () => {
    expect(score.right).toBeGreaterThanOrEqual(atLeast);
  });

  if (nationalities !== null) {
    it(`gets at least ${nationalities} national totals by nationality right, as when its score was recorded`, () => {
      expect(score.nationalities.filter((n) => n.got === n.truth).length).toBeGreaterThanOrEqual(nationalities);
    });
  }

  if (nationalities !== null) {
    const natSilent = NAT_SILENT[name] ?? 0;
    it(`reads at most ${natSilent} nationality figures wrong with no warning on the list, its group or the return`, () => {
      expect(score.nationalitySilent.length, score.nationalitySilent.join("; ")).toBeLessThanOrEqual(natSilent);
    });
  }

  it(`flags at least ${planted} planted problems, as when its score was recorded`, () => {
    expect(score.planted.filter((p) => p.flagged).length).toBeGreaterThanOrEqual(planted);
  });
});
