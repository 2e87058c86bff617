import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { NoteLine } from "./applyFileNotes.js";
import { questionsNamed } from "./applyFileNotes.js";

/**
 * A note that one part's figures count another part's children too ("their
 * figure for 1b counts all looked after children identified or suspected as
 * trafficked, so it includes the children already counted at 1a"): the
 * including part's figures are then the whole's (identified + suspected),
 * not the part's, and adding the two parts would count a child twice. The
 * figures are moved to the whole's measure of the same metric, with a
 * warning naming both, unless the file gives the whole itself: then they
 * stay with a warning. The included part is the pattern's named group
 * `part`; the including part is the one question named before the match
 * on the line (with the line after it: a note may wrap). Both must be parts
 * of one whole in the request's relations.
 */
export function readPartIncludesPart(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  request: Request,
  patternTexts: readonly string[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  let out = [...facts];
  const patterns = compilePatterns(patternTexts, "iu");
  if (patterns.length === 0) return { facts: out, issues, decisions };
  const joined = lines.map((l) => l.text).join(" ");
  if (!patterns.some((re) => re.test(joined))) return { facts: out, issues, decisions };
  const measureOf = (id: string) => request.measures.find((m) => m.id === id);
  const done = new Set<string>();
  lines.forEach((line, i) => {
    const text = `${line.text} ${lines[i + 1]?.text ?? ""}`;
    for (const re of patterns) {
      const m = re.exec(text);
      const included = m?.groups?.part;
      if (!m || !included) continue;
      // "1a", "1 (a)", "1 a": the part as the request numbers it.
      const number = included.replace(/[\s()]/gu, "").toLowerCase();
      const inner = request.questions.filter((q) => q.number === number);
      // The one question named before the words: "their figure for 1b …, so it includes …".
      const before = questionsNamed(text.slice(0, m.index), request.questions).filter((q) => q.number !== number);
      const including = before.length === 1 ? before[0] : undefined;
      if (!including || inner.length !== 1) continue;
      for (const partId of including.measures) {
        const part = measureOf(partId);
        const other = inner[0]?.measures.map(measureOf).find((o) => o?.metric === part?.metric);
        if (!part || !other || done.has(partId)) continue;
        const relation = request.relations.find(
          (r) => r.kind === "parts" && r.parts.includes(part.group) && r.parts.includes(other.group),
        );
        if (relation?.kind !== "parts") continue;
        const whole = request.measures.find((w) => w.group === relation.whole && w.metric === part.metric);
        if (!whole) continue;
        done.add(partId);
        const wholeGiven = out.some((f) => f.measure === whole.id);
        const note = text.trim();
        if (!wholeGiven) out = out.map((f) => (f.measure === partId ? { ...f, measure: whole.id } : f));
        issues.push(
          makeIssue("label_number_differs", {
            severity: "warning",
            message: `${describeSource(line.source)} says "${note}": question ${including.number}'s figures count question ${inner[0]?.number}'s children too, so they are ${whole.id}'s, not ${partId}'s${wholeGiven ? " (kept, as the file gives the whole too)" : " (read as the whole)"}.`,
            ...issueLocation(line.source),
            measure: partId,
            related: [whole.id, other.id],
            raw: note,
          }),
        );
        decisions.push({
          ...issueLocation(line.source),
          message: `"${note}" read as saying ${including.number} includes ${inner[0]?.number}: ${partId} ${wholeGiven ? "warned on" : `read as ${whole.id}`}.`,
        });
      }
    }
  });
  return { facts: out, issues, decisions };
}
