import type { NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { findMeasure, type Group } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { matchLabel } from "../match/matchLabel.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { type ListedNationality, listIn } from "./listNationalities.js";
import type { TableResult } from "./locateEpisodes.js";
import { nationalityFact, nationalityGroupOf } from "./locateNationalities.js";
import { NUMBER_WORD } from "./numberWords.js";
import { type LocateEnv, locationOf, parseCached, type SheetGrid, sourceOf } from "./sheetGrid.js";

/**
 * "Of the trafficked children, four went missing or absent in 2018 (two
 * Vietnamese and two British), six in 2019 (three Albanian, two Vietnamese
 * and one Eritrean) and three in 2020 (all three Albanian)." (round 161,
 * Newcastle): a sentence giving a figure a year, each year followed by the
 * nationalities of that year's children in brackets. A bracket straight after
 * "in <year>" whose words are wholly a list of counted nationalities is that
 * year's breakdown: its nationalities are the year's, of the group the
 * sentence's opening names, and it is no figure of the sentence's own (read
 * with it, the sentence's per-year figures were left unread, and its lists
 * read as one for the whole span).
 */
const YEAR_THEN_BRACKET = /\bin\s+((?:19|20)\d{2}(?:\s*[/–-]\s*\d{2}(?:\d{2})?)?)\s*\(([^()]{1,200})\)/giu;

/** "all three Albanian": every one of the year's children, their number written, of one nationality. */
const ALL_COUNTED = new RegExp(String.raw`^\s*all\s+(${NUMBER_WORD}|\d{1,3})\s+(\p{L}[\p{L}\s'’-]{0,40}?)\s*$`, "iu");

/**
 * ", who were of Afghan and Eritrean nationality" after a year's figure, the
 * last: the year's nationalities named with no count for each. Its words are
 * no figure either; the nationalities are not counted, and said so.
 */
const NAMED_WITHOUT_COUNTS =
  /,\s*(?:who|all\s+of\s+whom|they)\s+were\s+(?:all\s+)?(?:of\s+)?([^.;,()\d]{1,80}?)(?:\s+(?:nationals?|nationality|nationalities))?\s*(?=[.;]|$)/iu;

/** The last year named before a place in a sentence: "… and four in 2020" → "2020". */
const YEAR_BEFORE = /\bin\s+((?:19|20)\d{2}(?:\s*[/–-]\s*\d{2}(?:\d{2})?)?)\b(?![\s\S]*\bin\s+(?:19|20)\d{2})/iu;

export interface YearBracketList {
  period: string;
  items: ListedNationality[];
  /** The bracket as written, with its brackets. */
  bracket: string;
}

export interface YearBracketReading {
  /** The words before the first bracket: whose children, and what is counted. */
  lead: string;
  lists: YearBracketList[];
  /** A year whose nationalities are named with no counts, and the words naming them. */
  uncounted: { period: string; words: string } | null;
  /** The sentence with the brackets and the uncounted names taken out, as a sentence of figures alone. */
  plain: string;
}

/** The items of a bracket when it is wholly a list of counted nationalities, else null. */
function bracketItems(body: string, env: LocateEnv): ListedNationality[] | null {
  const all = ALL_COUNTED.exec(body);
  if (all?.[1] !== undefined && all[2] !== undefined) {
    const name = all[2].trim();
    return canonicaliseNationality(name, env.knowledge.nationalities).known ? [{ raw: name, count: all[1] }] : null;
  }
  const read = listIn(body, env);
  return read.items.length > 0 && read.intro.trim() === "" ? read.items : null;
}

/** Whether every name in "Afghan and Eritrean" is a nationality foi-agg knows. */
function allNationalities(words: string, env: LocateEnv): boolean {
  const names = words.split(/,|\band\b|&/iu).map((w) => w.trim());
  return (
    names.length > 0 && names.every((w) => w !== "" && canonicaliseNationality(w, env.knowledge.nationalities).known)
  );
}

/**
 * A sentence's per-year nationality brackets, or null when it has none. Every
 * such bracket must follow "in <year>" and hold only counted nationalities;
 * a bracket of other words ("in 2019 (provisional)") is left in the sentence.
 */
export function readYearBrackets(text: string, env: LocateEnv): YearBracketReading | null {
  if (!text.includes("(")) return null;
  const lists: YearBracketList[] = [];
  let plain = "";
  let last = 0;
  let lead: string | null = null;
  for (const m of text.matchAll(YEAR_THEN_BRACKET)) {
    const period = m[1];
    const body = m[2];
    if (period === undefined || body === undefined) continue;
    const items = bracketItems(body, env);
    if (items === null) continue;
    const open = m.index + m[0].lastIndexOf("(");
    lead ??= text.slice(0, m.index);
    lists.push({ period: period.replace(/\s+/gu, ""), items, bracket: text.slice(open, m.index + m[0].length) });
    plain += text.slice(last, open).trimEnd();
    last = m.index + m[0].length;
  }
  if (lists.length === 0 || lead === null) return null;
  let rest = text.slice(last);
  const named = NAMED_WITHOUT_COUNTS.exec(rest);
  let uncounted: YearBracketReading["uncounted"] = null;
  if (named?.[1] !== undefined && allNationalities(named[1], env)) {
    const year = YEAR_BEFORE.exec(`${plain}${rest.slice(0, named.index)}`)?.[1];
    if (year !== undefined) uncounted = { period: year.replace(/\s+/gu, ""), words: named[0].replace(/^,\s*/u, "") };
    rest = `${rest.slice(0, named.index)}${rest.slice(named.index + named[0].length)}`;
  }
  return { lead, lists, uncounted, plain: `${plain}${rest}` };
}

/**
 * The row's per-year nationality lists (readYearBrackets) as nationality
 * figures. The group is the one the sentence's opening names ("Of the
 * trafficked children"), else the section's; the opening must count the
 * children who went missing, as the request's breakdown does. A year whose
 * nationalities are named without counts is reported against that group's
 * went-missing measure, never guessed. Null when the row has no such lists.
 */
export function readYearBracketLists(
  grid: SheetGrid,
  r: number,
  contextGroup: Group | null,
  env: LocateEnv,
): TableResult | null {
  const cells = (grid.sheet.rows[r - 1] ?? []).map((t, i) => ({ t, col: i + 1 })).filter((c) => c.t.trim() !== "");
  const cell = cells.length === 1 ? cells[0] : undefined;
  if (cell === undefined) return null;
  const reading = readYearBrackets(cell.t, env);
  if (reading === null) return null;
  const label = matchLabel(reading.lead, env.knowledge.labels);
  if (!label.metrics.includes("went_missing") || label.metrics.some((m) => m !== "went_missing")) return null;
  const families = new Set(label.groups.map((g) => nationalityGroupOf(g, env)).filter((g) => g !== null));
  const own = families.size === 1 ? ([...families][0] ?? null) : null;
  const group = families.size > 1 ? null : (own ?? nationalityGroupOf(contextGroup, env));
  const source = sourceOf(grid, { row: r, col: cell.col });
  const issues: Issue[] = [];
  const nationalities: NationalityFact[] = [];
  const request = env.knowledge.request;
  if (group === null) {
    const measures = request.nationalityGroups.flatMap((g) => findMeasure(request, g, "went_missing")?.id ?? []);
    issues.push(
      makeIssue("layout_unknown", {
        message: `The nationalities listed year by year in ${describeSource(source)} ("${reading.lead.trim()}") do not say whether they are of trafficked or unaccompanied children, so they were not counted.`,
        ...issueLocation(source),
        ...(measures[0] !== undefined ? { measure: measures[0] } : {}),
        ...(measures.length > 1 ? { related: measures } : {}),
        raw: cell.t.trim(),
      }),
    );
  } else {
    for (const list of reading.lists) {
      for (const item of list.items) {
        const parsed = parseCached(env, item.count);
        if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
        const canon = canonicaliseNationality(item.raw, env.knowledge.nationalities);
        nationalities.push({
          ...nationalityFact(group, item.raw, canon, parsed, item.count, source),
          periodText: list.period,
          ...(own === null ? { groupFromContext: true as const } : {}),
        });
      }
    }
    if (reading.uncounted !== null) {
      const measure = findMeasure(request, group, "went_missing")?.id;
      issues.push(
        makeIssue("layout_unknown", {
          message: `${describeSource(source)} names the nationalities of the ${group} children who went missing in ${reading.uncounted.period} without a count for each ("${reading.uncounted.words.trim()}"), so no ${reading.uncounted.period} nationality was counted.`,
          ...issueLocation(source),
          ...(measure !== undefined ? { measure } : {}),
          raw: reading.uncounted.words.trim(),
        }),
      );
    }
  }
  return {
    facts: [],
    nationalities,
    issues,
    decisions: [
      {
        file: grid.file,
        ...locationOf(grid, { row: r, col: cell.col }),
        message: `Row ${r} gives each year's nationalities in brackets after its figure: ${reading.lists.map((l) => `${l.period} ${l.bracket}`).join(", ")}${group === null ? "" : `, read as ${group}'s${own === null ? " (the group of the section)" : ""}`}.`,
      },
    ],
    rows: [r],
  };
}
