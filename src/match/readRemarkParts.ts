import type { Decision, Fact } from "../domain/facts.js";
import { derivationsOf, type Request } from "../domain/request.js";
import { issueLocation } from "../domain/source.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { matchLabel } from "./matchLabel.js";

/** "8 (4 identified, 4 suspected)": a figure, then its parts in brackets. */
const WITH_REMARK = /^\s*(\d[\d,]*)\s*\((?<inner>[^()]+)\)\s*\.?\s*$/u;
/**
 * A remark with no count that names one part ("1 (identified)", "3 (all
 * suspected)"): the whole is all that part. Words that count, negate or
 * qualify ("not", "some", "mostly", "of whom") say something else.
 */
const COUNTS_OR_NEGATES =
  /\d|\b(?:not|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|some|most|mostly|majority|half|part|of whom|of which|including|incl|excluding|plus|and|or|but)\b/iu;
/** Where a bracketed remark lists one part from the next. */
const PART_BREAK = /\s*(?:,|;|\band\b|\bplus\b|\bwith\b)\s*/iu;

/**
 * "8 (4 identified, 4 suspected)" answers the whole (children identified or
 * suspected as trafficked) and gives its parts in the remark. When the
 * request defines the whole as the sum of parts (derivationsOf), each part
 * named in the remark with one figure is read as that part's figure, but
 * only when every part is named once and they add up to the whole: a
 * remark that does not add up ("8 (4 identified)") says something else,
 * and is left as a remark.
 */
export function readRemarkParts(
  facts: readonly Fact[],
  request: Request,
  vocab: LabelVocabulary,
): { facts: Fact[]; decisions: Decision[] } {
  const out: Fact[] = [];
  const decisions: Decision[] = [];
  for (const fact of facts) {
    const derivation = derivationsOf(request).find((d) => d.measure === fact.measure);
    const inner = WITH_REMARK.exec(fact.raw)?.groups?.inner;
    if (!derivation || inner === undefined || fact.status !== "reported" || fact.value === null) continue;
    const given = new Set(facts.filter((f) => f.status !== "not_answered").map((f) => f.measure));
    const whole = wholeIsOnePart(inner, derivation.sumOf, fact.measure, request, vocab);
    if (whole !== undefined) {
      if (!given.has(whole)) {
        const value = fact.value;
        out.push({
          ...fact,
          measure: whole,
          value,
          lower: value,
          upper: value,
          label: `${fact.label} (${inner.trim()})`,
        });
      }
      const first = fact.sources[0];
      decisions.push({
        file: first?.file ?? "",
        ...(first ? issueLocation(first) : {}),
        message: `"${fact.raw.trim()}" (${fact.measure}) names one part in brackets with no count of its own: all ${fact.value} are ${whole}.`,
      });
      continue;
    }
    const found = new Map<string, { value: number; raw: string }>();
    let clean = true;
    for (const piece of inner.split(PART_BREAK)) {
      const numbers = piece.match(/\b\d+\b/gu) ?? [];
      if (numbers.length === 0) continue;
      const groups = matchLabel(piece, vocab).groups;
      const parts = derivation.sumOf.filter((id) => {
        const group = request.measures.find((m) => m.id === id)?.group;
        return group !== undefined && groups.some((g) => g === group);
      });
      const part = parts[0];
      if (numbers.length !== 1 || parts.length !== 1 || part === undefined || found.has(part)) {
        clean = false;
        break;
      }
      found.set(part, { value: Number(numbers[0]), raw: piece.trim() });
    }
    const sum = [...found.values()].reduce((a, b) => a + b.value, 0);
    if (!clean || found.size !== derivation.sumOf.length || sum !== fact.value) continue;
    // A part the file gives on its own line is its answer; the remark only fills a gap.
    for (const [measure, { value, raw }] of found) {
      if (given.has(measure)) continue;
      out.push({ ...fact, measure, value, lower: value, upper: value, raw, label: `${fact.label} (${inner.trim()})` });
    }
    const first = fact.sources[0];
    decisions.push({
      file: first?.file ?? "",
      ...(first ? issueLocation(first) : {}),
      message: `"${fact.raw.trim()}" (${fact.measure}) gives its parts in brackets: ${[...found].map(([m, v]) => `${m} ${v.value}`).join(", ")}, which add up to ${fact.value}.`,
    });
  }
  return { facts: [...facts, ...out], decisions };
}

/** The one part a count-free remark names, when it names nothing else (see COUNTS_OR_NEGATES). */
function wholeIsOnePart(
  inner: string,
  parts: readonly string[],
  wholeMeasure: string,
  request: Request,
  vocab: LabelVocabulary,
): string | undefined {
  const text = inner.trim();
  if (text.split(/\s+/u).length > 4 || COUNTS_OR_NEGATES.test(text)) return undefined;
  const groupOf = (id: string) => request.measures.find((m) => m.id === id)?.group;
  const groups = matchLabel(text, vocab).groups;
  const named = parts.filter((id) => groups.some((g) => g === groupOf(id)));
  const only = named[0];
  if (named.length !== 1 || only === undefined) return undefined;
  const allowed = new Set([groupOf(only), groupOf(wholeMeasure)]);
  return groups.every((g) => allowed.has(g)) ? only : undefined;
}
