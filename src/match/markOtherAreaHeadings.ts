import type { Decision, Fact } from "../domain/facts.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import { headingMarkOf } from "./warnFootnotedFigures.js";

/**
 * "2018* | <5 | 0 | 28 …" with "* Dorset Council came into being on 1 April
 * 2019. The 2018 figures are taken from the records of the former Dorset
 * County Council and cover its whole area, including Christchurch …": the
 * council marks a period's heading to say its figures are another area's
 * (a former or predecessor council's, a wider one). They are not the
 * council's own figures for that period, so each is marked as another
 * period's figure is (Fact.otherPeriod): set aside where the file gives the
 * measure unmarked for its own area, else kept and flagged
 * (figure_other_period). Only a heading's mark whose footnote says so
 * (vocab.otherAreaNotes); a footnote that says anything else is left to
 * warnFootnotedFigures, which warns on it.
 */
export function markOtherAreaHeadings(
  facts: readonly Fact[],
  /** Footnotes by symbol, with their wrapped lines (wrappedFootnotesOf). */
  footnotes: ReadonlyMap<string, string>,
  otherAreaNotes: readonly string[],
): { facts: Fact[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  if (footnotes.size === 0 || otherAreaNotes.length === 0) return { facts: [...facts], decisions };
  const says = compilePatterns(otherAreaNotes, "iu");
  const otherArea = new Map(
    [...footnotes].flatMap(([mark, note]) => {
      const phrase = says.map((re) => re.exec(note)?.[0]).find((p) => p !== undefined);
      return phrase === undefined ? [] : [[mark, { note, phrase }] as const];
    }),
  );
  if (otherArea.size === 0) return { facts: [...facts], decisions };
  const out = facts.map((fact) => {
    if (fact.otherPeriod !== undefined || (fact.value === null && fact.status !== "suppressed")) return fact;
    const heading = headingMarkOf(fact, new Map([...otherArea].map(([mark, n]) => [mark, n.note])));
    const said = heading ? otherArea.get(heading.mark) : undefined;
    if (!heading || !said) return fact;
    const why = `it is under the heading "${heading.heading}", and the file's note on "${heading.mark}" says its figures are another area's ("${said.phrase}")`;
    const source = fact.sources[0];
    if (source) {
      decisions.push({
        ...issueLocation(source),
        message: `"${fact.raw}" in ${describeSource(source)} (${fact.measure}): ${why}, not the council's own for that period.`,
      });
    }
    return { ...fact, otherPeriod: why };
  });
  return { facts: out, decisions };
}
