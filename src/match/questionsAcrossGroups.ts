import { type Request, wholeOf } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";

const compiled = new WeakMap<LabelVocabulary, RegExp>();

/**
 * "Questions 3 and 7 – missing episodes of these children: 15": a label
 * that names two of the request's questions as one answer. When the two ask
 * the same count of two different groups (3: trafficked children's missing
 * episodes, 7: unaccompanied children's), the one figure answers both at
 * once and is neither group's count, however the label's other words (or
 * the list's own numbering) would place it. Two questions of one group, or
 * two parts of one total ("1a and 1b": identified and suspected, whose sum
 * is the trafficked count), are left to the label's words. Returns the two
 * numbers as written, or null.
 */
export function questionsAnsweredTogether(
  text: string,
  request: Pick<Request, "questions" | "measures" | "relations">,
  labels: Pick<LabelVocabulary, "questionsTogether">,
): [string, string] | null {
  let re = compiled.get(labels as LabelVocabulary);
  if (!re) {
    re = new RegExp(labels.questionsTogether, "iu");
    compiled.set(labels as LabelVocabulary, re);
  }
  const m = re.exec(text);
  const a = m?.[1]?.toLowerCase();
  const b = m?.[2]?.toLowerCase();
  if (a === undefined || b === undefined || a === b) return null;
  const asked = (n: string) =>
    (request.questions.find((q) => q.number === n)?.measures ?? []).flatMap((id) => {
      const def = request.measures.find((x) => x.id === id);
      return def ? [{ metric: def.metric, whole: wholeOf(request, def.group) ?? def.group }] : [];
    });
  const first = asked(a);
  const second = asked(b);
  const acrossGroups = first.some((x) => second.some((y) => y.metric === x.metric && y.whole !== x.whole));
  return acrossGroups ? [a, b] : null;
}
