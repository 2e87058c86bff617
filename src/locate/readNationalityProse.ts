import type { Decision, NationalityFact, UngroupedList } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type Group } from "../domain/request.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import { matchLabel } from "../match/matchLabel.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { matchesAny, tablePatterns } from "./compiledTables.js";
import { ALL_OF_GROUP, countsInWords, listIn } from "./listNationalities.js";
import type { TableResult } from "./locateEpisodes.js";
import { columnHeaderAbove, nationalityFact, nationalityGroupOf } from "./locateNationalities.js";
import { type LocateEnv, locationOf, parseCached, type SheetGrid, sourceOf } from "./sheetGrid.js";
import { readYearBracketLists } from "./yearBracketLists.js";

/**
 * Where a line's sentences part: after a full stop or semicolon, but not
 * after an abbreviation that makes the count it precedes approximate ("c. 4
 * Afghan", "approx. 3 Eritrean"), which would leave "4 Afghan" as if exact.
 * A line break inside one cell parts them too: a table cell of several
 * paragraphs ("UASC who went missing:" / "Afghan - 3" / "Albanian - 1") is
 * a heading and one item a line, as the lines of a letter's body are.
 */
const SENTENCE_BREAK = /(?<=[.;])(?<!\b(?:c|ca|approx|est)\.)\s+(?=\S)|\s*\n\s*(?=\S)/iu;

/** A sentence headed by a question's number and a colon: "Question 2b: …", "Q2b: …". */
const QUESTION_HEADED = /^\s*(?:q(?:uestion)?\.?\s*)\d{1,2}[a-z]?\s*:/iu;

/** A sentence of five or more words ending in a full stop: an answer, never a column's title. */
const ANSWER_IN_SENTENCE = /^(?:\S+\s+){4,}\S*[^\s.]\.\s*$/u;

/**
 * A letter's nationality list in a sentence: "UASC: Afghan 11, Vietnamese
 * 7, Eritrean 5", "The 8 trafficked children who went missing were
 * Vietnamese (5), Albanian (2) and Nigerian (1)". Read as a nationality
 * table, and never as counts of the group: "Trafficked: Vietnamese 2" is
 * two Vietnamese children, not two trafficked children.
 *
 * A line is such a list when two items (or one, in a line that speaks of
 * nationality) name a nationality foi-agg knows beside a count. The group
 * is the one the line names before its list, else the section's; a list
 * whose group cannot be told is reported and not counted.
 */
export function readNationalityProse(
  grid: SheetGrid,
  r: number,
  contextGroup: Group | null,
  env: LocateEnv,
  /** Under a question about nationality, or the list it began: one item a line is a list ("Afghan - 2"). */
  listing = false,
  /**
   * The one group a workbook's sheet is named for ("Trafficked" of a
   * "Trafficked | UASC" workbook): a question beside the list that speaks of
   * nationality but names no group ("Nationality of child who went
   * missing") asks it of that sheet's children, not of both groups.
   */
  sheetGroup: Group | null = null,
): TableResult | null {
  const all = grid.sheet.rows[r - 1] ?? [];
  const filled = all.filter((t) => t.trim() !== "");
  // "9 | Nationalities of … | Vietnamese 4; …": a question's number in a cell of its own adds nothing.
  // "9. Nationality | Afghan (2) | UASC only": a notes column's short remark
  // (no figure) beside the answer says of the list what a closing bracket
  // would ("Afghan (2) (UASC only)"), so it joins the list as one.
  const remark =
    filled.length === 3 && !QUESTION_NUMBER.test(filled[0] ?? "") && NOTE_REMARK.test(filled[2] ?? "")
      ? (filled[2] ?? "").trim()
      : null;
  const cells =
    remark !== null
      ? [filled[0] ?? "", `${(filled[1] ?? "").trim()} (${remark})`]
      : filled.length === 3 && QUESTION_NUMBER.test(filled[0] ?? "")
        ? filled.slice(1)
        : filled;
  // The list's own cell, not the remark's, is where its figures are.
  const lastCol = () =>
    (remark !== null ? all.indexOf(filled[1] ?? "") : all.findLastIndex((t) => t.trim() !== "")) + 1;
  // "Afghan | 4" under a question about nationality (a table whose header
  // was a line of prose): the name and its count are one list item.
  const item =
    listing &&
    cells.length === 2 &&
    COUNT_CELL.test(cells[1] ?? "") &&
    canonicaliseNationality(cells[0] ?? "", env.knowledge.nationalities).known;
  const labelled =
    cells.length === 2 && remark === null ? nationalityInLabel(cells[0] ?? "", cells[1] ?? "", env, listing) : null;
  if (labelled) {
    const col = lastCol();
    const source = sourceOf(grid, { row: r, col });
    const parsed = parseCached(env, labelled.count);
    if (parsed.status === "reported" || parsed.status === "suppressed") {
      const canon = canonicaliseNationality(labelled.nationality, env.knowledge.nationalities);
      const fact = nationalityFact(labelled.group, labelled.nationality, canon, parsed, labelled.count, source);
      return {
        facts: [],
        nationalities: [fact],
        issues: [],
        decisions: [
          {
            file: grid.file,
            ...locationOf(grid, { row: r, col }),
            message: `Row ${r} read as one nationality's count: its label "${cells[0]?.trim()}" names the group (${labelled.group}) and the nationality (${canon.nationality}).`,
          },
        ],
        rows: [r],
      };
    }
  }
  // A sentence on its own, or the answer beside its question ("9. Nationality
  // of those who went missing | Trafficked: Vietnamese 3, …").
  const own = item ? cells.join(" ") : cells.at(-1);
  const text = own === undefined || item ? own : joinItemCutAbove(grid, r, lastCol(), own, env);
  const question = cells.length === 2 && !item ? cells[0] : undefined;
  if (cells.length > 2 || text === undefined) return null;
  // "… four went missing in 2018 (two Vietnamese and two British), six in 2019 (…)": each year's list is in
  // the bracket after its figure, of that year; read as one list, the years ran together.
  if (question === undefined && !item) {
    const byYear = readYearBracketLists(grid, r, contextGroup, env);
    if (byYear) return byYear;
  }
  // A sentence that names one child's nationality, or both children's, has
  // no figure to find ("The young person was Eritrean"): its own shape is the test.
  // "Of the six unaccompanied young people, three were Afghan, two Albanian
  // and one Eritrean": counts in words beside nationalities are a list as
  // surely as digits are (listIn only finds items beside a known nationality).
  const worded = (t: string) =>
    t.split(SENTENCE_BREAK).some((sentence) => {
      const found = listIn(sentence, env);
      return found.worded === true || found.items.length > 0;
    });
  // "Afghan (UASC) – one": each item tagged with its group, its count in words.
  if (
    !/\d/u.test(text) &&
    !NAMES_NATIONALITY.test(text) &&
    !(listing && countsInWords(text, env)) &&
    !worded(text) &&
    !(question !== undefined && /nationalit|cenedl/iu.test(question) && taggedItems(text, env))
  ) {
    return null;
  }
  const col = lastCol();
  const source = sourceOf(grid, { row: r, col });
  const nationalities: NationalityFact[] = [];
  const issues: Issue[] = [];
  const ungrouped: UngroupedList[] = [];
  let listed = 0;
  let headed = false;
  let wordedOnly = true;
  // Whether every item's count is in words ("were both Afghan", "three were Afghan").
  let countsWorded = true;
  // A line with no nationality beside a count in any sentence, whose items
  // do not each name their group, can give nothing below but the remark
  // that it speaks of nationality: whose list it would be (label matching,
  // about half of this reader's time) is not worked out for it.
  const lists = text.split(SENTENCE_BREAK).map((t) => listIn(t, env));
  const tagged = taggedItems(text, env);
  if (
    tagged === null &&
    lists.every((l) => l.items.length === 0) &&
    !(question === undefined && SPEAKS_OF_NATIONALITY.test(text))
  )
    return null;
  // A question beside the list that asks about nationality says whose it is, or that it is both groups'.
  let group: Group | null =
    question === undefined
      ? nationalityGroupOf(contextGroup, env)
      : /nationalit|cenedl/iu.test(question)
        ? (nationalityGroupOf(groupNamed(question, env), env) ?? nationalityGroupOf(sheetGroup, env))
        : (nationalityGroupOf(groupNamed(question, env), env) ?? nationalityGroupOf(contextGroup, env));
  // "Nationality of missing children | | Afghan 2; Iranian 1" in a table
  // whose "UASC" column holds the figures above it: the column's header says whose.
  // Whether the group so far is only the surrounding lines' (the section, the line before).
  let fromContext = group !== null && (question === undefined || groupNamed(question, env) === null);
  // "For context, nationality of all looked after children reported missing
  // | British 23, Polish 2, Eritrean 1": a list of every looked-after child,
  // naming no group of the request's, is another population's breakdown.
  const wider = [question ?? "", ...lists.map((l) => l.intro)].find(
    (t) => groupNamed(t, env) === null && widerCohort(t, env),
  );
  if ((group === null || fromContext) && wider !== undefined && lists.some((l) => l.items.length > 0)) {
    return {
      facts: [],
      nationalities: [],
      issues: [
        makeIssue("label_outside_request", {
          message: `${describeSource(source)} lists the nationalities of every looked-after child its words name ("${wider.trim()}"), not of the trafficked or unaccompanied children the request asks about; the list was not counted.`,
          ...issueLocation(source),
          raw: text.slice(0, 200),
        }),
      ],
      decisions: [],
      rows: [r],
    };
  }
  if (group === null && question !== undefined) {
    // "… | See response to question 1 – no looked after child was identified or suspected as trafficked in
    // 2017." above the figures of a question-and-answer table: an answer in a sentence, not the column's title,
    // so the group it speaks of is no group of the list's.
    const header = columnHeaderAbove(grid, r, col);
    group =
      header?.label && !ANSWER_IN_SENTENCE.test(header.text)
        ? nationalityGroupOf(groupNamed(header.text, env), env)
        : null;
  }
  // "Vietnamese (trafficked, 4); Eritrean (UASC, 3)": each item names its own group.
  if (tagged) {
    for (const t of tagged) {
      const parsed = parseCached(env, t.count);
      if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
      const canon = canonicaliseNationality(t.raw, env.knowledge.nationalities);
      nationalities.push({ ...nationalityFact(t.group, t.raw, canon, parsed, t.count, source), periodText: text });
    }
    const message = `Row ${r} read as a list of nationalities each naming its group (${nationalities.map((n) => `${n.group} ${n.nationality} ${n.rawValue}`).join(", ")}).`;
    return {
      facts: [],
      nationalities,
      issues,
      decisions: [{ file: grid.file, ...locationOf(grid, { row: r, col }), message }],
      rows: [r],
    };
  }
  // "Trafficked: Vietnamese 2. UASC: Afghan 11, …": each sentence may name its own group.
  // What a sentence's "them" or "they" may point back to: the sentence
  // before it with words, else the line above (see narrowsGroup).
  let before = lineAbove(grid, r);
  // "… and British (2). Unaccompanied children:" / "Afghan (2), Eritrean (2) …": the page broke the
  // sentence right after its heading, so the group's name that ends the line above heads this line's list
  // (until a sentence of its own names another). Only a bare heading (a group's name and a colon, nothing
  // after it) carries over: any other line above says nothing of whose the list is.
  const carried = question === undefined ? groupHeadingEnding(before, env) : null;
  if (carried) {
    group = carried;
    fromContext = false;
  }
  // "Unaccompanied asylum-seeking children looked after, by nationality:" over "2023: Afghan 4, Sudanese 2":
  // a line above that ends in a colon or dash introduces this line's list, so it says whose children the list
  // counts when the list's own opening names no metric (a heading with no colon introduces nothing: see
  // listUnderNationalityHeading).
  const introducedBy = INTRODUCES.test(before) ? before : undefined;
  let firstClause = true;
  for (const { sentence, periodText } of clausesOfText(text, env)) {
    const said = before;
    const introduced = firstClause ? introducedBy : undefined;
    firstClause = false;
    if (/\p{L}/u.test(sentence)) before = sentence;
    const { intro, items, worded: noCount } = listIn(sentence, env);
    // "The children in 1b who went missing were all British": the children of a question named by its
    // number. That question's group is the list's, where it is a whole nationality group ("the children
    // in 2b": UASC); a part of one (1b, suspected trafficking) is fewer children than the group's, and
    // the group of the sentence before is no one's to lend it.
    const referred = referredGroups(intro, env);
    if (
      referred !== null &&
      items.length > 0 &&
      !(referred.length === 1 && isWholeNationalityGroup(referred[0], env))
    ) {
      issues.push(
        makeIssue("layout_unknown", {
          message: `${describeSource(source)} lists nationalities of the children of question ${matchLabel(intro, env.knowledge.labels).questionRef} (${referred.join(", ")}) ("${sentence.trim()}"), not of all the children of one group who went missing, so the list was not counted.`,
          ...issueLocation(source),
          raw: sentence.trim(),
        }),
      );
      continue;
    }
    const own = referred?.[0] ?? nationalityGroupOf(groupNamed(intro, env), env);
    if (own) {
      group = own;
      fromContext = false;
    }
    if (items.length === 0) continue;
    listed += items.length;
    // "The 12 UASC we looked after were: Afghan 8, Eritrean 4": a list counts
    // what its opening (or, with none, its question) names, and the request's
    // breakdown is of the children who went missing; a list of others is not it.
    // ("All 12 UASC we looked after were Afghan" is another matter: every
    // child who went missing was among them, so narrowsGroup judges it below.)
    // "41 UASC were looked after. Their nationalities were Eritrean (14), …": an opening that points back
    // ("their", "of these") and names no metric of its own lists the children the sentence before counts.
    const counts = items.every((i) => i.count === ALL_OF_GROUP)
      ? null
      : metricCounted(intro, question, env, POINTS_BACK.test(intro) ? said : introduced);
    if (counts !== null && counts !== BREAKDOWN_METRIC) {
      const words = metricCounted(intro, question, env) === null && introduced ? `"${introduced.trim()}" over ` : "";
      issues.push(
        makeIssue("label_outside_request", {
          message: `${describeSource(source)} lists nationalities of the children its words count as "${counts}" (${words}"${sentence.trim()}"), not of those who went missing, which the request asks about; the list was not counted.`,
          ...issueLocation(source),
          raw: sentence.trim(),
        }),
      );
      continue;
    }
    if (noCount !== true) wordedOnly = false;
    // ("were both Afghan" is read as the count 2, which the sentence never writes in digits.)
    // Only in a sentence that says what the children were ("were both
    // Afghan", "three were Afghan"): "One Afghan young person went missing"
    // answers the count, and whose list it would be is not told.
    if (
      !/\b(?:were|are|was|is)\b/iu.test(sentence) ||
      items.some((i) => /\d/u.test(i.count) && new RegExp(String.raw`(?<!\d)${i.count}(?!\d)`, "u").test(sentence))
    )
      countsWorded = false;
    // "9) Trafficked: Vietnamese 2": a group's name and a colon, then the list.
    // A bilingual reply names it in both languages ("Plant a fasnachwyd /
    // Trafficked:"), so a slash and an apostrophe may be in the name too.
    // "Trafficked – Albanian 1": a dash after the group's name heads the list
    // as a colon does (listIn leaves the dash on the first item, not the opening).
    const dashed = /^\s*[–—-]/u.test(items[0]?.raw ?? "");
    if (
      own &&
      new RegExp(
        String.raw`^\s*(?:\(?\d{1,2}[a-z]?[.):]\s*)?[\p{L}() /'’]{1,80}${dashed ? "[:–—-]?" : ":"}\s*$`,
        "u",
      ).test(intro)
    )
      headed = true;
    // "1 January 2021 to 31 December 2021: unaccompanied children who went missing - Yemeni: 1": an opening
    // that names the group's children who went missing, then a colon or dash, heads its list as a group's
    // name does, whatever else it says (the period): the one-item form of "… went missing - Iranian: 1,
    // Yemeni: 1". Other children ("looked after") are not the breakdown's, and are turned away above.
    else if (own && (dashed || /:\s*$/u.test(intro)) && countsMissing(intro, env)) headed = true;
    const read: Omit<NationalityFact, "group">[] = [];
    for (const item of items) {
      const all = item.count === ALL_OF_GROUP;
      const parsed = all ? COUNT_TO_COME : parseCached(env, item.count);
      if (parsed.status !== "reported" && parsed.status !== "suppressed") {
        // "about 4 Afghan": a count the council says is not exact is not
        // counted, and the list then falls short of those who went missing;
        // the warning names the group's went-missing measure (every
        // nationality group's, while the list's group is not told).
        if (parsed.approximate !== undefined) issues.push(approximateItem(item, group, sentence, source, env));
        continue;
      }
      // "were all Afghan" counts the children of a named group only: an unnamed list's whole is not known.
      if (all && !group) continue;
      // "Numbers are too small to break down by nationality …; all trafficked children were British": the
      // category offered in place of the withheld breakdown, in the sentence or the one before it, is no count.
      if (
        all &&
        [sentence, said].some((t) => matchesAny(tablePatterns(env.knowledge.labels).nationalityBreakdownWithheld, t))
      ) {
        issues.push(
          makeIssue("value_suppressed", {
            message: `${describeSource(source)} withholds the nationality breakdown of the ${group} children who went missing and says only "${sentence.trim()}"; the ${item.raw} nationality was not counted.`,
            ...issueLocation(source),
            raw: sentence.trim(),
          }),
        );
        continue;
      }
      // "The UASC who remain missing are all Vietnamese": fewer children than
      // all who went missing, so the group's figure is not theirs to take.
      // "2 remain missing. All of them are Vietnamese": an opening naming no
      // metric of its own points back, and the children before may be fewer.
      // "For trafficked children, all were British" names its children itself: it points back to nothing.
      const pointsBack = () => {
        const read = matchLabel(intro, env.knowledge.labels);
        return read.metrics.length === 0 && read.groups.length === 0;
      };
      if (all && (narrowsGroup(intro, env) || (pointsBack() && narrowsGroup(said, env)))) {
        issues.push(
          makeIssue("layout_unknown", {
            message: `${describeSource(source)} says "${sentence.trim()}" with no count, of fewer children than all the ${group} children who went missing, so the ${item.raw} nationality was not counted.`,
            ...issueLocation(source),
            raw: sentence.trim(),
          }),
        );
        continue;
      }
      const canon = canonicaliseNationality(item.raw, env.knowledge.nationalities);
      // The sentence is where a list's period is written ("In 2019: Afghan 3, Eritrean 2").
      const { group: _unnamed, ...fact } = nationalityFact("", item.raw, canon, parsed, item.count, source);
      read.push({ ...fact, periodText, ...(all ? { allOfGroup: true as const } : {}) });
    }
    // "Nationality of the children who went missing (2021 to April 2024, both groups): Afghan 6, …": the
    // list's own opening says it is both groups' at once, which no group from the lines around it overrules.
    const ownBoth = items.length > 0 && saysBothGroups(intro, env);
    if (group && !ownBoth) {
      const g = group;
      nationalities.push(
        ...read.map((n) => ({ ...n, group: g, ...(fromContext ? { groupFromContext: true as const } : {}) })),
      );
      continue;
    }
    // "Nationalities of the trafficked and unaccompanied children who went missing (both groups
    // together):" over the list: it is both groups' at once, so no split of it between them is told, and
    // the file's figures must not pick one (where only one group went missing, the other's children
    // would be counted as that group's). Only words that say so ("both groups", "do not separate"): the
    // request's own question names both groups too, and its answer's group may still follow from the figures.
    const heading = question ?? said;
    const saying = ownBoth ? intro : heading;
    if (ownBoth || (items.length > 0 && namesBothGroups(intro, env) !== false && saysBothGroups(heading, env))) {
      issues.push(
        makeIssue("label_ambiguous", {
          message: `The nationalities listed in ${describeSource(source)} ("${sentence.trim()}") are of trafficked and unaccompanied children together ("${saying.trim()}"); foi-agg will not split them between the two groups, so they were not counted.`,
          ...issueLocation(source),
          raw: sentence.trim(),
        }),
      );
      continue;
    }
    // Whose the list is may yet follow from the file's figures (assemble/inferListGroup).
    ungrouped.push({
      items: read,
      statedTotal: statedTotalOf(intro, env.knowledge.values.numberWords),
      issue: makeIssue("layout_unknown", {
        message: `The nationalities listed in ${describeSource(source)} ("${sentence.trim()}") do not say whether they are of trafficked or unaccompanied children, and the file's own figures do not tell either, so they were not counted.`,
        ...issueLocation(source),
        raw: sentence.trim(),
      }),
    });
  }
  // "They were all Afghan. Afghan 5.": one line naming a nationality twice
  // for one group speaks of the same children twice; counted once.
  const once = countOnce(nationalities, source, env);
  nationalities.splice(0, nationalities.length, ...once.kept);
  issues.push(...once.issues);
  const speaksOfNationality = SPEAKS_OF_NATIONALITY.test(text);
  // Beside a question, only a list is read here: any other answer is the question's.
  if (question !== undefined && listed === 0) return null;
  // "We do not hold information about nationality": about the breakdown,
  // not an answer to any count, though it may read as "not held".
  if (listed === 0 && speaksOfNationality) {
    const message = `Row ${r} speaks of nationality but lists none; it is not read as the answer to any count.`;
    return {
      facts: [],
      nationalities: [],
      issues,
      decisions: [{ file: grid.file, ...locationOf(grid, { row: r, col }), message }],
      rows: [r],
    };
  }
  const asked = question !== undefined && /nationalit|cenedl/iu.test(question);
  // One child's nationality in a sentence of that shape is a list of one on its own words.
  // So is "The two young people who went missing were both Afghan": a count
  // in words beside a nationality is a sentence's shape, not a stray number
  // ("Afghan 3" alone may be anything, and needs a word for nationality).
  const oneChild = listed === 1 && (wordedOnly || countsWorded);
  if (listed < 2 && !(listed === 1 && (speaksOfNationality || headed || asked || listing || oneChild))) return null;
  const decisions: Decision[] = [
    {
      file: grid.file,
      ...locationOf(grid, { row: r, col }),
      message: `Row ${r} read as a list of nationalities in a sentence (${nationalities.map((n) => `${n.group} ${n.nationality} ${n.rawValue}`).join(", ") || (ungrouped.length > 0 ? "group not named" : "none counted")}).`,
    },
  ];
  return { facts: [], nationalities, issues, decisions, rows: [r], ...(ungrouped.length > 0 ? { ungrouped } : {}) };
}

/**
 * One line's nationality figures with each group's nationality once: a
 * count beside "were all Afghan" is its count, and the same item twice is
 * one. Two different counts are both kept, as the line gives them, and
 * flagged, since adding them would count the same children twice. Two
 * names written differently for one nationality ("Iraqi (1), Kurdish
 * (Iraqi) (1)") are two items of the list, both counted.
 */
function countOnce(
  nationalities: readonly NationalityFact[],
  source: Source,
  env: LocateEnv,
): { kept: NationalityFact[]; issues: Issue[] } {
  const kept: NationalityFact[] = [];
  const issues: Issue[] = [];
  // "In 2021: Afghan 2 … In 2022: Afghan 3": sentences naming different periods list different children.
  const periodsOf = (n: NationalityFact) =>
    periodsNamed(n.periodText ?? "", env.knowledge.request.periods)
      .map((p) => p.id)
      .join("|");
  for (const n of nationalities) {
    const i = kept.findIndex(
      (k) => k.group === n.group && k.nationality === n.nationality && periodsOf(k) === periodsOf(n),
    );
    const prev = kept[i];
    if (!prev) {
      kept.push(n);
      continue;
    }
    // "Iraqi (1), Kurdish (Iraqi) (1)": two items written differently are two children of one nationality, not a repeat.
    const repeated = prev.value === n.value && prev.status === n.status && sameWords(prev.raw, n.raw);
    if (prev.allOfGroup && !n.allOfGroup) kept[i] = n;
    else if (n.allOfGroup || repeated) continue;
    else if (prev.value === n.value && prev.status === n.status) {
      // Counted as two, and said so: "Eritrean 2 (Eritrea 2)" names one nationality's children twice, and only
      // the reader can tell that from two children of it.
      kept.push(n);
      issues.push(
        makeIssue("value_summed", {
          message: `${describeSource(source)} names the ${n.group} ${n.nationality} children twice, as "${prev.raw.trim()}" and "${n.raw.trim()}": both are counted (${prev.rawValue} and ${n.rawValue}); check they are not the same children named two ways.`,
          ...issueLocation(source),
          raw: `${prev.raw} ${prev.rawValue}; ${n.raw} ${n.rawValue}`,
        }),
      );
    } else {
      kept.push(n);
      issues.push(
        makeIssue("value_conflict", {
          message: `${describeSource(source)} gives the ${n.group} ${n.nationality} figure twice, as "${prev.rawValue}" and "${n.rawValue}": both are kept as written, but they may count the same children twice.`,
          ...issueLocation(source),
          raw: `${prev.raw} ${prev.rawValue}; ${n.raw} ${n.rawValue}`,
        }),
      );
    }
  }
  return { kept, issues };
}

/** Whether two items' names are written alike ("Afghan" and "afghan."), as a repeat of one item is. */
function sameWords(a: string, b: string): boolean {
  const words = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\d]+/gu, " ")
      .trim();
  return words(a) === words(b);
}

/** The metric the request's nationality breakdown counts: the children who went missing. */
const BREAKDOWN_METRIC = "went_missing";

/**
 * Whether a text's words name the breakdown's own metric, the children who went missing, and no other
 * ("episodes of unaccompanied children who went missing" counts episodes, not children).
 */
function countsMissing(text: string, env: LocateEnv): boolean {
  const { metrics } = matchLabel(text, env.knowledge.labels);
  return metrics.length > 0 && metrics.every((m) => m === BREAKDOWN_METRIC);
}

/**
 * An opening that points back to the children of the sentence before
 * ("Their nationalities were …", "Of these, …", "They were …"): whose list it
 * is, the sentence before says, not the opening itself.
 */
const POINTS_BACK = /^\s*(?:their\b|they\b|these\b|those\b|of\s+(?:these|them|those|whom)\b)/iu;

/** A line that ends by introducing what follows it: "… by nationality:", "… nationality -". */
const INTRODUCES = /[:–—-]\s*$/u;

/**
 * The metric a list's opening names ("The 12 UASC we looked after were:"),
 * or, when the opening names none, the sentence it points back to ("Their
 * nationalities were"), then the question beside it: null when
 * neither names one, or when either names the breakdown's own metric
 * ("looked after children who went missing").
 */
function metricCounted(intro: string, question: string | undefined, env: LocateEnv, pointedTo?: string): string | null {
  for (const text of [intro, pointedTo ?? "", question ?? ""]) {
    const metrics = matchLabel(text, env.knowledge.labels).metrics;
    if (metrics.length === 0) continue;
    return metrics.includes(BREAKDOWN_METRIC) ? null : (metrics[0] ?? null);
  }
  return null;
}

/**
 * The groups of the request's question a text names by its number ("the
 * children in 1b", "those at 2a"): null when it names none, or one that
 * asks no count of the request's.
 */
function referredGroups(text: string, env: LocateEnv): Group[] | null {
  const read = matchLabel(text, env.knowledge.labels);
  // "Question 2b: 3 male. Nationality: Afghan 2, Sudanese 1": inside an answer, a sentence headed by another
  // question's number and a colon speaks of that question's children, though a label's own number is no reference.
  const ref = read.questionRef ?? (QUESTION_HEADED.test(text) ? read.questionNumber : null);
  if (ref === null) return null;
  const { questions, measures } = env.knowledge.request;
  // "In answer to question 5, …": the nationality question itself, or a number the request does not ask, says
  // nothing of whose children they are.
  const question = questions.find((q) => q.number.toLowerCase() === ref.toLowerCase());
  if (!question || question.measures.length === 0) return null;
  return [...new Set(question.measures.flatMap((id) => measures.find((m) => m.id === id)?.group ?? []))];
}

/** A group the request breaks down by nationality itself, not a part or subset of one. */
function isWholeNationalityGroup(g: Group | undefined, env: LocateEnv): boolean {
  return g !== undefined && nationalityGroupOf(g, env) === g;
}

/**
 * Whether the opening of a sentence with no count ("The UASC who went
 * missing more than once") speaks of fewer children than all of the group
 * who went missing: it names another metric ("who remain missing"), a part
 * of the group ("suspected trafficked") or a narrowing word of the
 * knowledge's narrowerCues.
 */
function narrowsGroup(intro: string, env: LocateEnv): boolean {
  const read = matchLabel(intro, env.knowledge.labels);
  if (read.metrics.some((m) => m !== "went_missing" && m !== "looked_after")) return true;
  // "The suspected trafficked children": a part of the nationality group, whose figure is the whole's.
  if (read.groups.some((g) => nationalityGroupOf(g, env) !== g)) return true;
  return narrowerCuesOf(env.knowledge.labels.narrowerCues).some((re) => re.test(read.normalised));
}

/**
 * The nationality group whose name, with a colon, ends `line` and heads nothing
 * on it ("… British (2). Unaccompanied children:"); null for any other ending.
 */
function groupHeadingEnding(line: string, env: LocateEnv): Group | null {
  const last = line.split(SENTENCE_BREAK).at(-1) ?? "";
  if (!/^\s*[\p{L}() /'’-]{1,80}:\s*$/u.test(last) || listIn(last, env).items.length > 0) return null;
  return nationalityGroupOf(groupNamed(last, env), env);
}

/**
 * "UASC who went missing: Afghan" / "6, Eritrean 4, Albanian 3": an answer
 * centred beside a long question in a letter's table has its first line
 * above the question's, read as a row of its own with nothing in the label
 * column, and the list is cut inside its first item. The row's answer then
 * opens with a bare count and a separator, which no list opens with, and the
 * row above holds only the same column's words ending in a nationality with
 * no count: that line is the answer's start, put back before it. Anything
 * else above (a figure at its end, a label beside it) is left as it is.
 */
function joinItemCutAbove(grid: SheetGrid, r: number, col: number, text: string, env: LocateEnv): string {
  if (!/^\s*\d{1,4}\s*[,;]/u.test(text) || r < 2) return text;
  const above = grid.sheet.rows[r - 2] ?? [];
  const filled = above.flatMap((t, k) => (t.trim() === "" ? [] : [k + 1]));
  if (filled.length !== 1 || filled[0] !== col) return text;
  const start = (above[col - 1] ?? "").trim();
  const tail =
    start
      .split(/[:,;]|\band\b/u)
      .at(-1)
      ?.trim() ?? "";
  if (tail === "" || !canonicaliseNationality(tail, env.knowledge.nationalities).known) return text;
  return `${start} ${text.trim()}`;
}

/** The nearest line above row `r` with any text, its cells joined; "" when none. */
function lineAbove(grid: SheetGrid, r: number): string {
  for (let k = r - 2; k >= 0; k--) {
    const cells = (grid.sheet.rows[k] ?? []).filter((t) => t.trim() !== "");
    if (cells.length > 0) return cells.join(" ");
  }
  return "";
}

const narrowerCues = new WeakMap<readonly string[], RegExp[]>();

function narrowerCuesOf(sources: readonly string[]): RegExp[] {
  let res = narrowerCues.get(sources);
  if (res === undefined) {
    res = sources.map((p) => new RegExp(p, "u"));
    narrowerCues.set(sources, res);
  }
  return res;
}

/** "were all Afghan": a count the file's figures give later (assemble/countAllOfGroup). */
const COUNT_TO_COME: ParsedValue = { status: "reported", value: null, lower: null, upper: null };

/**
 * The number of children a list says it covers, written before its items:
 * "Of the 41 young people who went missing, …", "The 8 children who went
 * missing were …", "Among these 12 children: …", and, given the
 * knowledge's number words, "The two young people who went missing were
 * Afghan and Eritrean" (a letter writes small counts in words).
 */
export function statedTotalOf(intro: string, numberWords: Readonly<Record<string, number>> = {}): number | null {
  const m = /^\W*(?:(?:of|among(?:st)?)\s+)?(?:the|these|those|all)\s+(\d{1,4}|\p{L}+)\b(?!\s*(?:%|per\s?cent))/iu.exec(
    intro,
  );
  const n = m?.[1];
  if (n === undefined) return null;
  if (/^\d+$/u.test(n)) return Number(n);
  return numberWords[n.toLowerCase()] ?? null;
}

/**
 * A row that asks about (or speaks of) nationality without listing any, and the one group it names, if any.
 * "Country of origin of the unaccompanied children who went missing:" asks it as surely as "Nationality of …"
 * does (the words NATIONALITY_WORD takes in a label): without it the list under it took no group from it.
 */
export function nationalityAsked(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { row: number; group: Group | null } | null {
  const text = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "").join(" ");
  return NAMES_NATIONALITY.test(text) ? { row: r, group: groupNamed(text, env) } : null;
}

/** A notes cell's remark: a few words, no figure, no brackets ("UASC only", "As above"). */
const NOTE_REMARK = /^\s*[^\d()]{1,40}?\s*$/u;
/** A question's number alone in its cell: "9", "9.", "Q9", "9a)". */
const QUESTION_NUMBER = /^\s*(?:Q\.?\s*)?\d{1,2}[a-z]?[.):]?\s*$/iu;
/** A question's number leading a label: "Q9 ", "9. ", "9a) ". */
const LEADING_QUESTION_NUMBER = /^\s*(?:Q\.?\s*)?\d{1,2}[a-z]?[.):]?\s+/iu;
/** The words of a label that say it is about nationality. */
const NATIONALITY_WORD = /^(?:nationalit(?:y|ies)|country of origin|citizenship|cenedligrwydd)$/iu;

/**
 * "Q9 Trafficked - nationality - Vietnamese | 2", "UASC: nationality:
 * Afghan | 3": an export of questions and answers that gives one
 * nationality a row, its label naming the group, the word "nationality" and
 * the nationality, each a piece between dashes or colons. The label is read
 * only when every piece is understood: exactly one known nationality, the
 * word for nationality, and the rest naming exactly one group, so "Q4
 * Trafficked - not found | 1" (no nationality) is left to the counts.
 */
function nationalityInLabel(
  label: string,
  count: string,
  env: LocateEnv,
  /** Under a question about nationality, which says what the rows list: "Trafficked - Vietnamese | 2" needs no word for it. */
  listing = false,
): { group: Group; nationality: string; count: string } | null {
  if (!COUNT_CELL.test(count)) return null;
  // "Eritrean (UASC) | 3": the nationality, its group in brackets.
  const bracketed = listing ? BRACKETED_GROUP.exec(label) : null;
  if (
    bracketed?.[1] &&
    bracketed[2] &&
    canonicaliseNationality(bracketed[1].trim(), env.knowledge.nationalities).known
  ) {
    const group = groupNamed(bracketed[2].trim(), env);
    if (group) return { group, nationality: bracketed[1].trim(), count };
  }
  const pieces = label
    .replace(LEADING_QUESTION_NUMBER, "")
    .split(LABEL_PIECE_BREAK)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (pieces.length < (listing ? 2 : 3)) return null;
  const known = pieces.filter((p) => canonicaliseNationality(p, env.knowledge.nationalities).known);
  const worded = pieces.filter((p) => NATIONALITY_WORD.test(p));
  const nationality = known[0];
  if (known.length !== 1 || worded.length !== (listing && pieces.length === 2 ? 0 : 1) || !nationality) return null;
  const rest = pieces.filter((p) => p !== nationality && !NATIONALITY_WORD.test(p)).join(" ");
  const group = groupNamed(rest, env);
  return group ? { group, nationality, count } : null;
}
/**
 * Between the pieces of such a label: a spaced dash or a colon. A break
 * starts only where a run of spaces starts, so a long run is walked once,
 * not again from each of its spaces.
 */
export const LABEL_PIECE_BREAK = /(?<!\s)\s+[-–—:]\s+|(?<!\s)\s*:\s*/u;
/** "Eritrean (UASC)": a nationality and, in brackets, its group. */
// The name starts with a letter and runs to the bracket, the bracket's words to its
// close, and both are trimmed by the caller: no two parts may take the same spaces,
// so a long run of them is walked once, not tried at every split.
export const BRACKETED_GROUP = /^\s*(\p{L}[\p{L} '-]*)\(([^()]+)\)\s*$/u;
/**
 * The words that name nationality in a question, heading or label: "nationality", "nationalities", the Welsh
 * "cenedligrwydd", "country (or countries) of origin". One pattern, so every reader takes the same words.
 */
export const NAMES_NATIONALITY = /nationalit|cenedl|\bcountr(?:y|ies)\s+of\s+origin\b/iu;

/** "were Afghan nationals (3)" and "Country of origin of …" speak of nationality as "nationality" does. */
export const SPEAKS_OF_NATIONALITY = new RegExp(`${NAMES_NATIONALITY.source}|\\bnationals\\b`, "iu");

/** A cell that is a count alone: "4", "<5", "*". */
const COUNT_CELL = /^\s*(?:\d{1,3}|<\s?\d{1,2}|\*)\s*$/u;
/** "Vietnamese (trafficked, 4)", "Afghan (unaccompanied – 3)", "Iranian (UASC: 2)": a nationality, then its group and count in brackets. */
// The bracket's group is words of letters, one space between each, so a run of spaces is never split two ways.
export const TAGGED =
  /^\s*(\p{L}[\p{L} '-]*)\(\s*(\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)*)\s*(?:[,:–—-]\s*)?(\d{1,3}|<\s?\d{1,2}|\*)\s*\)\s*$/u;

/** "Afghan (UASC) – one", "Vietnamese (trafficked): 2": a nationality, its group in brackets, then its count. */
export const TAGGED_THEN_COUNT =
  /^\s*(\p{L}[\p{L} '-]*)\(([^,()]+)\)\s*(?:[-–—:]\s*)?(\d{1,3}|<\s?\d{1,2}|\*|one|two|three|four|five|six|seven|eight|nine|ten)\s*$/iu;

/** "Syrian (1 young person - UASC)", "Afghan (2, unaccompanied)": a nationality, then its count and group in brackets. */
// One space between the group's words and none in the count's, so no run of spaces is split two ways.
export const COUNT_THEN_TAG =
  /^\s*(\p{L}[\p{L} '-]*)\(\s*(\d{1,3}|<\s?\d{1,2}|\*)(?: (?:young (?:person|people)|child(?:ren)?|boys?|girls?|persons?|people))?(?:\s*[,:–—-]\s*|\s+)(\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*)*)\s*\)\s*$/iu;

/**
 * A list whose every item names its group beside its count: "Vietnamese
 * (trafficked, 4); Eritrean (UASC, 3); Afghan (UASC, 2)", "Syrian (1 young
 * person - UASC)". Only when every
 * item has that shape, a nationality foi-agg knows and words naming one
 * group; otherwise null, and the line is left to the other readers.
 */
function taggedItems(text: string, env: LocateEnv): { raw: string; group: Group; count: string }[] | null {
  const parts = text
    .replace(/[.\s]+$/u, "")
    .split(/;|,(?![^()]*\))/u)
    .filter((p) => p.trim() !== "");
  if (parts.length === 0) return null;
  const items: { raw: string; group: Group; count: string }[] = [];
  for (const part of parts) {
    const countFirst = COUNT_THEN_TAG.exec(part);
    const m =
      TAGGED.exec(part) ??
      TAGGED_THEN_COUNT.exec(part) ??
      (countFirst && [countFirst[0], countFirst[1], countFirst[3], countFirst[2]]);
    if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
    if (!canonicaliseNationality(m[1].trim(), env.knowledge.nationalities).known) return null;
    const group = nationalityGroupOf(groupNamed(m[2].trim(), env), env);
    if (group === null) return null;
    items.push({ raw: m[1].trim(), group, count: m[3] });
  }
  return items;
}

/** Whether words say a list counts every looked-after child (knowledge: nationality.widerCohort). */
function widerCohort(text: string, env: LocateEnv): boolean {
  if (text.trim() === "") return false;
  return matchesAny(
    tablePatterns(env.knowledge.labels).nationalityWiderCohort,
    matchLabel(text, env.knowledge.labels).normalised,
  );
}

/** ", and ", " while ", " whereas ", " but ": where a sentence may turn to another group's list. */
const CLAUSE_TURN = /,?\s+(?:and|while|whereas|but)\s+/giu;

/**
 * "… the unaccompanied children who went missing were Albanian (2) and
 * Iranian (2), and the trafficked children who went missing were Albanian
 * (2) and Eritrean (2)": one sentence, two lists, each opened by its own
 * group. Read as one list, the second group's nationalities went to the
 * first. A turn ("and", "while", "whereas", "but") whose words up to the
 * next count name one of the request's nationality groups opens a clause
 * of its own; "Albanian (2) and Eritrean (2)" names no group and stays one
 * list.
 */
/**
 * A sentence's group clauses, each with the text that names its period:
 * its own words where they name one, else those of the nearest clause
 * before it that does. "In 2019, the trafficked children who went missing
 * were Eritrean (3) and the unaccompanied children who went missing were
 * Somali (1)" names its year once, for both lists; read alone, the second
 * clause named none and its list was taken for the whole span asked about,
 * where it met the next year's list and a nationality in both was counted
 * once (round 127). A clause naming no period after none that does keeps
 * its own words, so a list for all the years stays one.
 */
function clausesWithPeriod(
  sentence: string,
  env: LocateEnv,
  from = "",
): { sentence: string; periodText: string; lead: string }[] {
  let lead = from;
  return groupClauses(sentence, env).map((clause) => {
    // Any year written resets it, a requested one or not: "in 2017" is no clause's after it to lend 2019.
    // So does a span in words ("across all the years"): the clause names its own, and lends none from before.
    if (
      periodsNamed(clause, env.knowledge.request.periods).length > 0 ||
      /\b(?:19|20)\d{2}\b/u.test(clause) ||
      SPAN_IN_WORDS.test(clause)
    )
      lead = clause;
    // Its own words first: keyPeriods tries the places in order.
    return { sentence: clause, periodText: lead === "" || lead === clause ? clause : `${clause} | ${lead}`, lead };
  });
}

/**
 * A text's clauses in order, each with the text naming its period. A semicolon parts the clauses of one
 * sentence, so a period the sentence names before it is still theirs: "2019: trafficked - Albanian 1;
 * UASC - Afghan 2, Eritrean 1" gives 2019 to both lists. A full stop or a new line ends the sentence,
 * and its period with it.
 */
function clausesOfText(text: string, env: LocateEnv): { sentence: string; periodText: string }[] {
  const out: { sentence: string; periodText: string }[] = [];
  // "2020: trafficked … – 1 Albanian. UASC who went missing – 3 Eritrean …": a line opened by its year and
  // a colon answers for that year, so each sentence on it naming no period of its own keeps the line's.
  const lineYear = LINE_YEAR.exec(text)?.[0] ?? "";
  let lead = "";
  for (const part of text.split(SENTENCE_BREAK)) {
    const clauses = clausesWithPeriod(part, env, lead);
    out.push(...clauses.map(({ sentence, periodText }) => ({ sentence, periodText })));
    lead = part.trimEnd().endsWith(";") ? (clauses.at(-1)?.lead ?? lead) : lineYear;
  }
  return out;
}

/** A line opened by one year and a colon ("2020:"), the way a reply answers year by year. */
const LINE_YEAR = /^\s*(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*:/u;

/** "across all the years", "over the whole period", "in total": a clause's own span, in words. */
// "over the three years" counts its years; "during the year" does not, and keeps the year before it.
const SPAN_IN_WORDS =
  /\b(?:(?:across|over|in|for|during)\s+(?:all\s+(?:the\s+)?|the\s+whole\s+|the\s+entire\s+|each\s+of\s+the\s+|the\s+(?:two|three|four|five|six|\d{1,2})\s+)(?:years?|period|time)|in\s+total|altogether|overall)\b/iu;

function groupClauses(sentence: string, env: LocateEnv): string[] {
  const out: string[] = [];
  let start = 0;
  for (const turn of sentence.matchAll(CLAUSE_TURN)) {
    const after = turn.index + turn[0].length;
    if (turn.index <= start) continue;
    const lead = /^[^\d()]{3,120}?(?=\s*(?:\d|\(|:|$))/u.exec(sentence.slice(after))?.[0] ?? "";
    if (!/\p{L}{3,}\s+\p{L}{3,}/u.test(lead) || nationalityGroupOf(groupNamed(lead, env), env) === null) continue;
    // The clause before must itself list something: "UASC and trafficked children were Afghan (2)" is one list of both.
    if (listIn(sentence.slice(start, turn.index), env).items.length === 0) continue;
    out.push(sentence.slice(start, turn.index));
    start = after;
  }
  out.push(sentence.slice(start));
  return out;
}

/**
 * Whether words name both nationality groups at once ("the trafficked and
 * unaccompanied children", "both groups together"): true, false, or null when
 * they name no group at all.
 */
function namesBothGroups(text: string, env: LocateEnv): boolean | null {
  if (text.trim() === "") return null;
  const read = matchLabel(text, env.knowledge.labels);
  const families = new Set(read.groups.map((g) => nationalityGroupOf(g, env)).filter((g) => g !== null));
  if (families.size === 0 && !read.bothGroups) return null;
  return families.size >= 2 || read.bothGroups;
}

/** Whether words say outright that they cover both groups at once ("both groups together", "we do not separate"). */
function saysBothGroups(text: string, env: LocateEnv): boolean {
  return text.trim() !== "" && matchLabel(text, env.knowledge.labels).bothGroups;
}

export function groupNamed(text: string, env: LocateEnv): Group | null {
  if (text.trim() === "") return null;
  const groups = matchLabel(text, env.knowledge.labels).groups;
  const families = new Set(groups.map((g) => nationalityGroupOf(g, env)));
  return families.size === 1 ? (groups[0] ?? null) : null;
}

/** The warning for an item whose count is approximate ("about 4 Afghan"), naming the went-missing measure it leaves short. */
function approximateItem(
  item: { raw: string; count: string },
  group: Group | null,
  sentence: string,
  source: Source,
  env: LocateEnv,
): Issue {
  const request = env.knowledge.request;
  const groups = group ? [group] : request.nationalityGroups;
  const measures = groups.flatMap((g) => findMeasure(request, g, "went_missing")?.id ?? []);
  const whose = group ? `${group} children` : "children of a group the list does not name";
  return makeIssue("value_approximate", {
    message: `${describeSource(source)} gives the ${item.raw} count of ${whose} who went missing as approximate ("${item.count}" in "${sentence.trim()}"), so it was not counted, and the nationality list falls short of the children who went missing.`,
    ...issueLocation(source),
    ...(measures[0] !== undefined ? { measure: measures[0] } : {}),
    ...(measures.length > 1 ? { related: measures } : {}),
    raw: sentence.trim(),
  });
}
