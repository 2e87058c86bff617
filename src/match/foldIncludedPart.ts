import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { derivationsOf, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { normaliseAnswer } from "../parse/parseValue.js";

/**
 * "Identified as trafficked | 5" over "Suspected of being trafficked |
 * Included in above": the second part is counted in the first part's
 * figure, which is then both parts together, that is, the whole the
 * request derives from them (trafficked looked after = identified +
 * suspected). Read as the first part alone, the 5 would overstate the
 * identified children and leave the whole unanswered.
 *
 * Only for a whole of exactly two parts, when the part above is an exact
 * figure on the row right above in the same sheet and the file gives no
 * figure for the whole itself. The part above then becomes the whole's
 * figure, said on the measure (value_annotated); the including part stays
 * not answered. Pure.
 */
export function foldIncludedPart(
  facts: readonly Fact[],
  request: Request,
  vocab: Pick<ValueVocabulary, "includedAbove">,
): { facts: Fact[]; decisions: Decision[]; issues: Issue[] } {
  const patterns = compilePatterns(
    vocab.includedAbove.map((p) => `^(?:${p})$`),
    "u",
  );
  let out = [...facts];
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  for (const d of derivationsOf(request)) {
    if (d.sumOf.length !== 2) continue;
    if (out.some((f) => f.measure === d.measure && f.status !== "not_answered")) continue;
    for (const [i, includedId] of d.sumOf.entries()) {
      const aboveId = d.sumOf[1 - i] as string;
      const included = out.find(
        (f) =>
          f.measure === includedId &&
          f.status === "not_answered" &&
          patterns.some((p) => p.test(normaliseAnswer(f.raw))),
      );
      const at = included?.sources[0];
      if (!included || !at) continue;
      const above = out.find((f) => {
        const s = f.sources[0];
        return (
          f.measure === aboveId &&
          f.status === "reported" &&
          f.value !== null &&
          f.sources.length === 1 &&
          s !== undefined &&
          s.file === at.file &&
          s.sheet === at.sheet &&
          s.row === at.row - 1
        );
      });
      if (!above) continue;
      const whole: Fact = {
        ...above,
        measure: d.measure,
        label: `${above.label} (with ${includedId}: "${included.raw.trim()}")`,
      };
      out = out.map((f) => (f === above ? whole : f));
      const where = describeSource(at);
      issues.push(
        makeIssue("value_annotated", {
          message: `${where} says ${includedId} is "${included.raw.trim()}": the ${aboveId} figure on the row above (${above.value}) counts both parts, so it is read as ${d.measure}, and neither part is given on its own.`,
          ...issueLocation(at),
          measure: d.measure,
          raw: included.raw.trim(),
          severity: "info",
        }),
      );
      decisions.push({
        file: at.file,
        message: `${aboveId} ${above.value} read as ${d.measure}: ${includedId} is "${included.raw.trim()}" at ${where}.`,
      });
      break;
    }
  }
  return { facts: out, decisions, issues };
}
