import type { Group, Metric, Request } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { LabelMatch } from "../match/matchLabel.js";
import { wholeGroupOf } from "../match/resolveMeasure.js";

/**
 * The metrics a nil of `said` carries to: no child looked after means none
 * of them went missing (went_missing atMost looked_after), none still missing
 * (not_found atMost went_missing), and no episodes of going missing (an
 * episodes metric atLeast a children one counts the episodes of those
 * children, and zero children have none). Taken from the request's rules, so
 * a request whose metrics do not nest carries a nil to nothing else.
 */
function metricsUnderNil(
  said: readonly Metric[],
  group: Group,
  request: Pick<Request, "rules" | "metrics">,
): Set<Metric> {
  const episodes = new Set(request.metrics.filter((m) => m.counts === "episodes").map((m) => m.id));
  const out = new Set<Metric>(said);
  for (let grew = true; grew; ) {
    grew = false;
    for (const rule of request.rules) {
      const only = "groups" in rule ? rule.groups : undefined;
      if (out.has(rule.metric) || !out.has(rule.of) || (only && !only.includes(group))) continue;
      if (rule.kind === "atMost" || episodes.has(rule.metric)) {
        out.add(rule.metric);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Whether "No looked after child … was identified or suspected as
 * trafficked …", under a heading naming questions 1a, 1b, 2a and 3a, answers
 * every one of them: the sentence names one of the request's groups, every
 * question's measure is of the group it names, and each question's metric
 * is the sentence's own or one its nil carries to. A sentence naming one
 * part of a group ("identified as trafficked") covers only that part's
 * measures; one naming the whole, or every part ("identified or
 * suspected"), covers the whole and its parts. A sentence naming no metric
 * ("No trafficked child was placed in secure accommodation") covers nothing
 * unless its verb is a part's cue ("was identified as trafficked"). A
 * sentence that names no group, or a heading that also names another
 * group's question, leaves the section unread.
 */
export function nilCoversQuestions(
  label: LabelMatch,
  numbers: readonly string[],
  request: Pick<Request, "questions" | "measures" | "rules" | "metrics">,
  vocab: Pick<LabelVocabulary, "partOf">,
): boolean {
  const named = new Set<Group>(label.groups.map((g) => wholeGroupOf(g, vocab)));
  const [group] = named;
  if (group === undefined || named.size !== 1 || label.allCue || label.bothGroups) return false;
  const parts = label.groups.filter((g) => vocab.partOf[g] !== undefined);
  const everyPart = Object.entries(vocab.partOf)
    .filter(([, whole]) => whole === group)
    .map(([part]) => part);
  const namesWhole = parts.length === 0 || everyPart.every((p) => parts.includes(p));
  // A nil whose verb is neither a metric nor a part's cue says nothing of the questions' counts.
  if (label.metrics.length === 0 && parts.length === 0) return false;
  const carried = label.metrics.length === 0 ? null : metricsUnderNil(label.metrics, group, request);
  const ofSaid = (g: Group) => (namesWhole ? wholeGroupOf(g, vocab) === group : parts.includes(g));
  const byId = new Map(request.measures.map((m) => [m.id, m]));
  const measures = request.questions
    .filter((q) => numbers.includes(q.number))
    .flatMap((q) => q.measures.map((id) => byId.get(id)));
  return (
    measures.length > 0 &&
    measures.every((m) => m !== undefined && ofSaid(m.group) && (carried === null || carried.has(m.metric)))
  );
}
