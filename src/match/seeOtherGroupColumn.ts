import type { Fact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { COMBINED_GROUP, type Request } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { Workbook } from "../domain/workbook.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { oneGroupCellFigure } from "./bothGroupsRemark.js";
import { matchLabel } from "./matchLabel.js";

/**
 * "Went missing at least once | 15 | see Trafficked": a row whose cell
 * under one group's column sends the reader to another group's column
 * gives one figure for both groups there. The figure under "Trafficked"
 * then counts the unaccompanied children too: it is not the trafficked
 * children's count, and the unaccompanied children's is inside it. Both
 * measures are flagged and the figure is not kept as the one group's.
 * Where the request asks a both-groups measure of the same metric, the
 * figure answers that instead.
 *
 * Only a cell that says nothing but "see" and a group's name, on the same
 * row as the figure and in another column, counts: "see note 2" or "see
 * Q2" point to a reason or another answer, and are read elsewhere.
 */
export function readSeeOtherGroupCells(
  facts: readonly Fact[],
  workbook: Workbook,
  request: Request,
  labels: LabelVocabulary,
): { facts: Fact[]; issues: Issue[] } {
  const out: Fact[] = [];
  const issues: Issue[] = [];
  for (const fact of facts) {
    const own = oneGroupCellFigure(fact, request);
    if (own === null) {
      out.push(fact);
      continue;
    }
    const { measure, source } = own;
    const sheet = workbook.sheets.find((s) => s.name === source.sheet) ?? workbook.sheets[0];
    const row = sheet?.rows[source.row - 1] ?? [];
    const pointer = row.findIndex((text, c) => {
      if (c === source.col - 1) return false;
      const named = SEE_GROUP.exec(text)?.[1];
      if (named === undefined) return false;
      const label = matchLabel(named, labels);
      return label.groups.length === 1 && label.groups[0] === measure.group && label.metrics.length === 0;
    });
    if (pointer < 0) {
      out.push(fact);
      continue;
    }
    const pointed = (row[pointer] ?? "").trim();
    const both = request.measures.find((m) => m.group === COMBINED_GROUP && m.metric === measure.metric);
    const others = request.measures.filter(
      (m) => m.metric === measure.metric && m.group !== measure.group && m.group !== COMBINED_GROUP,
    );
    const where = `${describeSource(source)}`;
    if (both) out.push({ ...fact, measure: both.id });
    issues.push(
      makeIssue("label_ambiguous", {
        message: `"${fact.raw}" in ${where} answers the question on ${measure.id}, but another column of its row says "${pointed}": one figure is given for both groups there, so it ${both ? `was read as ${both.id}` : "is not the count of one group and was not used"}.`,
        ...issueLocation(source),
        measure: fact.measure,
        raw: fact.raw,
      }),
    );
    for (const other of others) {
      issues.push(
        makeIssue("label_ambiguous", {
          message: `"${pointed}" on the row of "${fact.raw}" in ${where} sends the question on ${other.id} to the ${measure.group} column: that figure counts both groups together, so ${other.id} has no figure of its own.`,
          ...issueLocation(source),
          measure: other.id,
          raw: pointed,
        }),
      );
    }
  }
  return { facts: out, issues };
}

/** "see Trafficked", "See trafficked column", "(see UASC figure)": "see" and a short name, alone in a cell. */
const SEE_GROUP =
  /^\s*\(?\s*(?:please\s+)?see\s+(?:the\s+)?([\p{L} ]{2,40}?)(?:\s+(?:column|figures?|above|opposite))?\s*\)?\s*\.?\s*$/iu;
