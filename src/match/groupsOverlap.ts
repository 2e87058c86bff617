import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import { COMBINED_GROUP, derivationsOf, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { NoteLine } from "./applyFileNotes.js";
import { questionsNamed } from "./applyFileNotes.js";
import { matchLabel } from "./matchLabel.js";
import { splitByContext } from "./readCorrection.js";

/** A place as one key: a letter's line 5 is not the attachment's row 5. */
const rowKey = (s: { file: string; sheet: string; row: number }) => `${s.file}\u0000${s.sheet}\u0000${s.row}`;

/**
 * A note that says two of the request's groups count some of the same
 * children ("the trafficked figure is included in the UASC figure … so the
 * two groups should not be added together"; "1 (this is the same young
 * person as in Q4)"). Each group's own figures stay as given: the note is
 * about adding them up. A total over the groups that the request makes by
 * adding them (trafficked + UASC not found) would count a child twice, so
 * that total is warned on, whether the council gave it or foi-agg adds it
 * up later. The groups the note joins are those its words name, or, on a
 * figure's own line, the figure's measure and the questions it names.
 */
export function warnOverlappingGroups(
  lines: readonly NoteLine[],
  facts: readonly Fact[],
  request: Request,
  vocab: LabelVocabulary,
): { issues: Issue[]; decisions: Decision[] } {
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  const patterns = compilePatterns(vocab.groupsOverlapNotes, "iu");
  if (patterns.length === 0) return { issues, decisions };
  const groupOf = (id: string) => request.measures.find((m) => m.id === id)?.group;
  // A part of a group (identified within trafficked) sits inside it by the request's own design.
  const wholeOf = (g: string) => vocab.partOf[g] ?? g;
  // Sums across groups: a derivation into every group together whose parts are two or more groups' figures.
  const acrossGroups = derivationsOf(request).filter(
    (d) => groupOf(d.measure) === COMBINED_GROUP && new Set(d.sumOf.map((m) => wholeOf(groupOf(m) ?? ""))).size > 1,
  );
  if (acrossGroups.length === 0) return { issues, decisions };
  const given = new Set(facts.filter((f) => f.value !== null || f.status === "suppressed").map((f) => f.measure));
  const warned = new Set<string>();
  // Nearly no letter says so: the patterns that match wherever they stand are
  // tried on each line only when one matches the lines joined (splitByContext;
  // tried loose, which only lets more match), the others on every line.
  const { placed, loose } = splitByContext(patterns);
  const joinedText = lines.map((line) => line.text).join(" ");
  const tried = loose.some((re) => re.test(joinedText)) ? patterns : placed;
  for (const line of lines) {
    if (!tried.some((re) => re.test(line.text))) continue;
    const onLine = facts.filter((f) => f.sources.some((s) => rowKey(s) === rowKey(line.source)));
    const named = questionsNamed(line.text, request.questions).flatMap((q) => q.measures);
    // "the same young person as in Q4" beside Q8's figure: Q8's group and Q4's. Otherwise the groups named.
    const joined =
      named.length > 0 && onLine.length > 0
        ? new Set([...onLine.map((f) => f.measure), ...named].map((m) => wholeOf(groupOf(m) ?? "")))
        : new Set(matchLabel(line.text, vocab).groups.map(wholeOf));
    joined.delete("");
    if (joined.size < 2) continue;
    for (const d of acrossGroups) {
      const parts = d.sumOf.filter((m) => joined.has(wholeOf(groupOf(m) ?? "")));
      if (new Set(parts.map((m) => wholeOf(groupOf(m) ?? ""))).size < 2) continue;
      if (warned.has(d.measure) || !(given.has(d.measure) || parts.some((m) => given.has(m)))) continue;
      warned.add(d.measure);
      const text = line.text.trim();
      // The checks' own code for a total over groups that does not stand for its parts.
      const code: IssueCode = d.measure === "not_found" ? "check_not_found_total" : "check_parts_sum";
      issues.push(
        makeIssue(code, {
          severity: "warning",
          message: `${describeSource(line.source)} says "${text}": the groups count some of the same children, so ${d.measure}, the sum of ${d.sumOf.join(" + ")}, may count a child twice; it is not an exact count.`,
          ...issueLocation(line.source),
          measure: d.measure,
          related: parts,
          raw: text,
        }),
      );
      decisions.push({
        ...issueLocation(line.source),
        message: `"${text}" read as saying the groups overlap: ${d.measure} (${d.sumOf.join(" + ")}) is warned on.`,
      });
    }
  }
  return { issues, decisions };
}
