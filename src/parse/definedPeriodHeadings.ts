import type { DefinedHeading } from "../domain/facts.js";
import type { PeriodDef } from "../domain/request.js";
import { comparePeriod, periodsIn } from "./parsePeriod.js";

/** A footnote's mark, as a header carries it after a year. */
const MARK = /^(?:[*†‡]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$/u;
/** The words a key puts between a heading and its dates ("=", "covers", "refers to", "is for"). */
const LINK =
  /\s*(?:[=:–—-]|\b(?:covers|means|refers\s+to|relates\s+to|represents|is(?:\s+for)?|are(?:\s+for)?|runs|run|spans|(?:is\s+)?from))\s*$/iu;
/**
 * "*2024", "* 2024", "2024*": a key that writes the mark beside the year it
 * marks defines the mark, as a key giving the mark alone does.
 */
const MARKED_YEAR =
  /^(?:([*†‡]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s?((?:19|20)\d{2})|((?:19|20)\d{2})\s?([*†‡]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))$/u;
/**
 * Where a sentence or clause ends: a key can close a letter's paragraph
 * ("… is below. Years are calendar years; 2024 is 1 January to 30 April
 * 2024."), and its heading is what follows the last break, not the whole
 * paragraph. A break inside a date ("1 Jan. 2024") only splits a range so
 * it defines nothing, never something else.
 */
const CLAUSE_BREAK = /(?<=[.;!?])\s+/u;
/** Everything up to a bracket left open: what follows it is a key given in brackets. */
const OPEN_BRACKET_BEFORE = /^.*\((?=[^()]*$)/su;
/**
 * "the 2024 column", "the 2024 (to date) row": a key naming the heading it
 * defines as a column's or row's. "2024 figures are 1 January to 30 April
 * 2024" names the year's figures without "the" (round 124): the heading is
 * still the year, and the figures are what it heads.
 */
const NAMED_HEADING = /^(?:the\s+)?(.+?)\s+(?:column|row|heading|figures?)$/u;
/**
 * "Notes: 2024 covers 1 January to 30 April 2024", "Key: 2024 = …": a notes
 * row or key under a table opens with its own heading word, which is no part
 * of the heading it defines. Only with the colon or dash after it.
 */
const NOTE_HEADING = /^(?:notes?|key)\s*[:\u2013\u2014-]\s*/u;
/** A heading defined by a key is short: a year and a word or two, or a mark. */
const MAX_TERM = 30;
/** A year in a heading, not inside a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, " ").trim();

/**
 * The headings a file's lines define as requested periods. A line is a key
 * when it opens with a short heading, a linking word or sign, and then a
 * range of dates equal to exactly one requested period. The heading must
 * name that period's first year ("2024 (part)") or be a footnote's mark,
 * so a sentence ("Figures for the period 1 January …") defines nothing.
 * Why it is safe: the reply itself states the dates, so a heading it
 * defines is no guess; without the key, "2024 (part)" names no requested
 * period and its figures were counted for none.
 */
export function definedPeriodHeadings(lines: readonly string[], periods: readonly PeriodDef[]): DefinedHeading[] {
  if (periods.length < 2) return [];
  const out: DefinedHeading[] = [];
  for (const line of lines.flatMap((l) => l.split(CLAUSE_BREAK))) {
    // A sentence listing the four periods before its bracketed key runs past 200 characters; the term's own
    // limit (MAX_TERM) is what keeps prose out.
    if (line.length > 400 || !/\d/u.test(line)) continue;
    for (const range of periodsIn(line)) {
      const matched = periods.filter((p) => comparePeriod(range, p) === "match");
      // "2024 (to date): 1 January 2024 to 14 June 2024" in a request for 1 January to 30 April 2024: the
      // key defines its heading as a span that starts with a requested period and ends on another day. Its
      // figures are that span's, not the period's: the heading is kept with the span it stands for, so
      // they are flagged as another period's rather than left naming none.
      const starting =
        matched.length === 0 ? periods.filter((p) => p.start === range.start && p.end !== range.end) : [];
      const [period] = matched.length === 1 ? matched : starting.length === 1 ? starting : [];
      if (!period) continue;
      const at = line.indexOf(range.raw);
      if (at <= 0) continue;
      const before = line.slice(0, at);
      const linked = before.replace(LINK, "");
      if (linked === before && !MARK.test(before.trim())) continue;
      // "… is below (2024 = 1 January to 30 April 2024).": a key in brackets starts at its bracket.
      const keyed = linked.replace(OPEN_BRACKET_BEFORE, "");
      // "The 2024 column covers …": the column's heading is "2024".
      const written = normalise(keyed.replace(/^[\s"'“‘(]+|[\s"'”’]+$/gu, ""))
        .replace(NOTE_HEADING, "")
        .replace(NAMED_HEADING, "$1");
      if (written === "" || written.length > MAX_TERM) continue;
      const marked = MARKED_YEAR.exec(written);
      const markedYear = marked?.[2] ?? marked?.[3];
      if (marked && markedYear !== period.start.slice(0, 4)) continue;
      const term = marked ? (marked[1] ?? marked[4] ?? written) : written;
      const mark = MARK.test(term);
      const years = term.match(YEAR) ?? [];
      if (!mark && !(years.length === 1 && years[0] === period.start.slice(0, 4))) continue;
      const other = matched.length === 1 ? {} : { other: range.raw };
      if (!out.some((d) => d.term === term)) out.push({ term, mark, period: period.id, ...other });
    }
  }
  return out;
}

/**
 * A remark in brackets after a heading, with no digit in it: "2024
 * (provisional)" is the "2024" a key defines, with a word on how final its
 * figures are. A remark with a date in it ("2024 (to 31 March)") says its
 * own period, so it is never dropped.
 */
const REMARK = /\s*\([^()\d]{1,20}\)$/u;

/**
 * The requested period a heading names through the file's own key: the
 * heading is a defined term ("2024 (part)"), that term with a remark in
 * brackets ("2024 (provisional)" where "2024" is defined), or a year
 * carrying a mark the key defines ("2024*"), the year being the defined
 * period's first.
 */
export function periodOfDefinedHeading(
  text: string,
  defined: readonly DefinedHeading[],
  periods: readonly PeriodDef[],
): PeriodDef | null {
  const d = definedHeadingFor(
    text,
    defined.filter((x) => x.other === undefined),
    periods,
  );
  return d ? (periods.find((p) => p.id === d.period) ?? null) : null;
}

/**
 * The key's definition of a heading as another span than the requested period
 * it starts with ("2024" defined as 1 January to 31 May 2024), or null.
 */
export function otherSpanOfDefinedHeading(
  text: string,
  defined: readonly DefinedHeading[],
  periods: readonly PeriodDef[],
): DefinedHeading | null {
  return definedHeadingFor(
    text,
    defined.filter((x) => x.other !== undefined),
    periods,
  );
}

/** The first definition whose heading `text` is (see periodOfDefinedHeading). */
function definedHeadingFor(
  text: string,
  defined: readonly DefinedHeading[],
  periods: readonly PeriodDef[],
): DefinedHeading | null {
  if (defined.length === 0) return null;
  const heading = normalise(text);
  for (const d of defined) {
    const period = periods.find((p) => p.id === d.period);
    if (!period) continue;
    if (!d.mark && (heading === d.term || heading.replace(REMARK, "") === d.term)) return d;
    if (d.mark && heading === `${period.start.slice(0, 4)}${d.term}`) return d;
    if (d.mark && heading === `${period.start.slice(0, 4)} ${d.term}`) return d;
    if (d.mark && heading === `${d.term}${period.start.slice(0, 4)}`) return d;
  }
  return null;
}
