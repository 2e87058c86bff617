import type { LabelVocabulary } from "../knowledge/labels.js";
import { type LabelMatch, matchLabel } from "../match/matchLabel.js";

/**
 * "4 (of whom 2 went missing)", "3, of whom 1 went missing": an answer that
 * gives, beside its own figure, the figure of a later question about the
 * same children. The clause's count and its words, up to the bracket's end
 * or the clause's end. Bounded, with no nested quantifiers: linear.
 */
const OF_WHOM = /\bof\s+(?:whom|these|which|those)\s+(\d{1,4})\s+([^().;,\d]{3,80})/giu;

/**
 * The figure an answer's one "of whom" clause gives for the metric a
 * pointing question asks ("2. … how many went missing? | See Q1" with Q1
 * answered "4 (of whom 2 went missing)"). Only a clause whose words name
 * one metric, the same one as the pointing question's labels, and only
 * when the answer holds one such clause: otherwise null, and the pointer
 * is not read from the clause.
 */
export function ofWhomFigureFor(
  answer: string,
  pointing: readonly LabelMatch[],
  vocab: LabelVocabulary,
): { value: number; clause: string } | null {
  const asked = new Set(pointing.flatMap((l) => l.metrics));
  if (asked.size !== 1) return null;
  const found: { value: number; clause: string }[] = [];
  for (const m of answer.matchAll(OF_WHOM)) {
    const words = m[2] ?? "";
    const metrics = matchLabel(words, vocab).metrics;
    if (metrics.length === 1 && asked.has(metrics[0] as never))
      found.push({ value: Number(m[1]), clause: m[0].trim() });
  }
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** Whether an answer holds an "of whom" clause at all: its whole figure is then not another question's answer. */
export function hasOfWhomClause(answer: string): boolean {
  OF_WHOM.lastIndex = 0;
  const found = OF_WHOM.test(answer);
  OF_WHOM.lastIndex = 0;
  return found;
}
