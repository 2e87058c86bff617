import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { describeSource, issueLocation, type Source } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { parseMoney } from "../parse/parseMoney.js";

/** A note that the file's sums of money are rounded, and where it is. */
export interface MoneyRoundingNote {
  /** The step in pounds: 1 for "to the nearest pound". */
  step: number;
  raw: string;
  source: Source;
}

/** Compiled once per vocabulary list: the readers look for a note in every file. */
const compiled = new WeakMap<LabelVocabulary["moneyRoundingNotes"], { re: RegExp; step: number }[]>();

function notePatterns(list: LabelVocabulary["moneyRoundingNotes"]): { re: RegExp; step: number }[] {
  let res = compiled.get(list);
  if (!res) {
    res = list.map((n) => ({ re: new RegExp(n.pattern, "iu"), step: n.step }));
    compiled.set(list, res);
  }
  return res;
}

/**
 * "Costs rounded to the nearest pound", "spend is given to the nearest
 * £1,000": wherever it stands in the file (a footnote row, the end of a
 * letter), a note that its sums of money are rounded. The count notes
 * ("rounded to the nearest 5") are roundingNotes', and never match here.
 */
export function findMoneyRoundingNotes(
  workbook: Workbook,
  vocab: LabelVocabulary,
  sourceAt: (sheet: number, row: number, col: number) => Source,
): MoneyRoundingNote[] {
  const patterns = notePatterns(vocab.moneyRoundingNotes);
  if (patterns.length === 0) return [];
  const notes: MoneyRoundingNote[] = [];
  for (const [s, sheet] of workbook.sheets.entries()) {
    for (const [r, row] of sheet.rows.entries()) {
      for (const [c, text] of row.entries()) {
        if (text.length < 12 || !/nearest/iu.test(text)) continue;
        const hit = patterns.find((p) => p.re.test(text));
        if (hit) notes.push({ step: hit.step, raw: text.trim(), source: sourceAt(s, r + 1, c + 1) });
      }
    }
  }
  return notes;
}

/**
 * Every exact sum of money in a file whose note says its sums are rounded
 * ("£266,157" under "Costs rounded to the nearest pound") is the range it
 * stands for (£266,156.50 to £266,157.50), with a warning naming its
 * measure: a rounded sum is never kept as the council's exact figure. Only
 * a figure written as a sum of money is touched; counts in the same file
 * are exact whatever the note says of money.
 */
export function applyMoneyRounding(
  facts: readonly Fact[],
  notes: readonly MoneyRoundingNote[],
  money: ValueVocabulary["money"],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const note = notes[0];
  if (!note) return { facts: [...facts], issues: [], decisions: [] };
  // The widest step any note gives: two notes on one file's money are one policy, said twice.
  const step = Math.max(...notes.map((n) => n.step));
  const issues: Issue[] = [];
  let rounded = 0;
  const out = facts.map((f) => {
    if (f.status !== "reported" || f.value === null || parseMoney(f.raw, money) === null) return f;
    rounded++;
    const lower = Math.max(0, f.value - step / 2);
    const upper = f.value + step / 2;
    const first = f.sources[0];
    issues.push(
      makeIssue("value_rounded", {
        message: `"${f.raw}"${first ? ` in ${describeSource(first)}` : ""} (${f.measure}) is a sum rounded to the nearest £${step.toLocaleString("en-GB")} ("${note.raw}", ${describeSource(note.source)}): read as £${lower}–£${upper}, not exact.`,
        ...(first ? issueLocation(first) : {}),
        measure: f.measure,
        raw: f.raw,
      }),
    );
    return { ...f, status: "suppressed" as const, value: null, lower, upper };
  });
  const decisions: Decision[] =
    rounded === 0
      ? []
      : [
          {
            ...issueLocation(note.source),
            message: `"${note.raw}" read as a note on the file's sums of money: each is rounded to the nearest £${step.toLocaleString("en-GB")}, so read as a range.`,
          },
        ];
  return { facts: out, issues, decisions };
}
