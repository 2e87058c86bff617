import type { Decision, Fact } from "../domain/facts.js";
import type { PeriodDef } from "../domain/request.js";
import { describeSource } from "../domain/source.js";
import { periodsIn } from "../parse/parsePeriod.js";
import { periodsNamed } from "../parse/periodsNamed.js";

/** A year heading with a footnote's mark and nothing else: "2024¹", "2024*", "2024 †". */
const MARKED_YEAR = /^((?:19|20)\d{2})\s?([*†‡]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$/u;

/**
 * "2021 | 2022 | 2023 | 2024¹" over the figures, and the footnote "¹ 1
 * January to 30 April 2024. 2024 figures are provisional …" (a Word
 * footnote on the heading, round 83): the note says which part of the year
 * the column covers. A bare "2024" names no requested period when the
 * request asks for January to April 2024, so the column's figures said no
 * period and went uncounted.
 *
 * The heading takes the note's period only when the heading is a year and
 * its mark alone, the note opens with a period (its first words, before
 * anything else is said), that period is within the heading's year, and it
 * is exactly one requested period. The mark stays on the heading, so the
 * note's other words ("provisional") are still weighed where marks are.
 */
export function datePeriodHeadings(
  facts: readonly Fact[],
  footnotes: ReadonlyMap<string, string>,
  periods: readonly PeriodDef[],
): { facts: Fact[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const said = new Set<string>();
  const out = facts.map((fact) => {
    if (fact.periodText === undefined) return fact;
    let changed = false;
    const parts = fact.periodText.split(" | ").map((heading) => {
      const m = MARKED_YEAR.exec(heading.trim());
      const note = m?.[2] === undefined ? undefined : footnotes.get(m[2]);
      const span = note === undefined || !m?.[1] ? null : openingPeriod(note, m[1], periods);
      if (!span) return heading;
      changed = true;
      const text = `${heading.trim()} (${span})`;
      if (!said.has(text)) {
        said.add(text);
        decisions.push({
          file: fact.sources[0]?.file ?? "",
          message: `The heading "${heading.trim()}" (${fact.sources[0] ? describeSource(fact.sources[0]) : "its column"}) is marked with a note that opens with the period "${span}": its column's figures were read as that period's.`,
        });
      }
      return text;
    });
    return changed ? { ...fact, periodText: parts.join(" | ") } : fact;
  });
  return { facts: out, decisions };
}

/** The period a note opens with, when it is one requested period within `year`; else null. */
function openingPeriod(note: string, year: string, periods: readonly PeriodDef[]): string | null {
  const found = periodsIn(note)[0];
  if (!found) return null;
  // Only a period the note opens with: "2024 figures … compared with 1 January to 30 April 2023" is no date of the column.
  const before = note.slice(0, note.indexOf(found.raw)).trim();
  if (/\p{L}|\d/u.test(before)) return null;
  if (!found.start.startsWith(year) || !found.end.startsWith(year)) return null;
  return periodsNamed(found.raw, periods).length === 1 ? found.raw : null;
}
