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
 *
 * "Q1b Suspected | Included in 1a" beside "Q1a Identified | 4" (the
 * questions across the page, a row per year): the including cell names the
 * part it is counted in, and the figure just left of it, or on the row
 * above, is that part's only when the part is the question named. Every
 * period's cell is folded with its own part.
 */
export function foldIncludedPart(
  facts: readonly Fact[],
  request: Request,
  vocab: Pick<ValueVocabulary, "includedAbove" | "includedIn">,
): { facts: Fact[]; decisions: Decision[]; issues: Issue[] } {
  const patterns = compilePatterns(
    vocab.includedAbove.map((p) => `^(?:${p})$`),
    "u",
  );
  const namedPatterns = compilePatterns(
    vocab.includedIn.map((p) => `^(?:${p})$`),
    "u",
  );
  /** "" for "included in above", the question named for "included in 1a", null for neither. */
  const includedPartIn = (raw: string): string | null => {
    const text = normaliseAnswer(raw);
    if (patterns.some((p) => p.test(text))) return "";
    for (const p of namedPatterns) {
      const ref = p.exec(text)?.groups?.ref;
      if (ref !== undefined) return ref.replace(/[\s().]/gu, "").toLowerCase();
    }
    return null;
  };
  let out = [...facts];
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  const questionOf = (id: string) => request.questions.find((q) => q.measures.includes(id))?.number.toLowerCase();
  for (const d of derivationsOf(request)) {
    if (d.sumOf.length !== 2) continue;
    if (out.some((f) => f.measure === d.measure && f.status !== "not_answered")) continue;
    for (const [i, includedId] of d.sumOf.entries()) {
      const aboveId = d.sumOf[1 - i] as string;
      // Every period's including cell ("Included in 1a" under 2018, 2019 and 2020), each folded with its own part.
      const includeds = out.filter(
        (f) => f.measure === includedId && f.status === "not_answered" && includedPartIn(f.raw) !== null,
      );
      let folded = false;
      for (const included of includeds) {
        const at = included.sources[0];
        const named = includedPartIn(included.raw);
        if (!at || named === null) continue;
        // "Included in 1a" names the part it is counted in: only that question's figure is folded.
        if (named !== "" && named !== questionOf(aboveId)) continue;
        const candidates = out.filter((f) => {
          const s = f.sources[0];
          return (
            f.measure === aboveId &&
            f.status === "reported" &&
            f.value !== null &&
            f.sources.length === 1 &&
            s !== undefined &&
            s.file === at.file &&
            s.sheet === at.sheet &&
            // The row above (a list of questions down the page), or, for a
            // part named by its question, the cell just left of it (the
            // questions across the page, a row per year).
            (s.row === at.row - 1 || (named !== "" && s.row === at.row && s.col === at.col - 1))
          );
        });
        // With a figure per column on the row above, the one in the including cell's own column.
        const above = candidates.find((f) => f.sources[0]?.col === at.col) ?? candidates[0];
        if (!above) continue;
        const whole: Fact = {
          ...above,
          measure: d.measure,
          label: `${above.label} (with ${includedId}: "${included.raw.trim()}")`,
        };
        out = out.map((f) => (f === above ? whole : f));
        folded = true;
        const where = describeSource(at);
        const place = named === "" ? "on the row above" : "beside it";
        issues.push(
          makeIssue("value_annotated", {
            message: `${where} says ${includedId} is "${included.raw.trim()}": the ${aboveId} figure ${place} (${above.value}) counts both parts, so it is read as ${d.measure}, and neither part is given on its own.`,
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
      }
      if (folded) break;
    }
  }
  return { facts: out, decisions, issues };
}
