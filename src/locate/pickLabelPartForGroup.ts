import { type Group, type Request, wholeOf } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { type LabelMatch, matchLabel } from "../match/matchLabel.js";

/** " / " between two halves of a label, each its own question: "identified (1a) / UASC (1c)". */
const HALVES = /\s+\/\s+/u;

/**
 * "Looked after in the year - identified (1a) / UASC (1c)" across columns headed "Trafficked" and "UASC":
 * one row answering a question per column group, its label naming each half by the question's number.
 * Read whole, the label names both groups and one wins for every column (the trafficked column's 7 read as
 * UASC). Each column takes the half whose numbered question asks about the column's group.
 * Why it is safe: every half must carry a question number of the request, the halves different ones, and
 * exactly one half's question may ask about the column's group (or a part of it); otherwise (no group over
 * the column, halves without numbers, two halves for one group) the label is left whole, as before.
 */
export function pickLabelPartForGroup(
  label: LabelMatch,
  group: Group | null,
  request: Pick<Request, "questions" | "measures" | "relations">,
  vocab: LabelVocabulary,
): LabelMatch | null {
  if (group === null) return null;
  const halves = label.text.split(HALVES);
  if (halves.length < 2) return null;
  const parts = halves.map((h) => matchLabel(h, vocab));
  const numbers = parts.map((p) => p.questionNumber?.toLowerCase() ?? null);
  if (numbers.some((n) => n === null) || new Set(numbers).size !== numbers.length) return null;
  const column = wholeOf(request, group) ?? group;
  const asksColumnGroup = (n: string) =>
    (request.questions.find((q) => q.number === n)?.measures ?? []).some((id) => {
      const g = request.measures.find((m) => m.id === id)?.group;
      return g !== undefined && (g === group || (wholeOf(request, g) ?? g) === column);
    });
  const fitting = parts.filter((_, i) => asksColumnGroup(numbers[i] ?? ""));
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}
