import type { Fact } from "../domain/facts.js";
import { findMeasure, type Group, partsOf } from "../domain/request.js";
import type { Source } from "../domain/source.js";
import { matchLabel } from "../match/matchLabel.js";
import type { LocateEnv } from "./sheetGrid.js";

/** A child of a group on a looked-after list, with the words of its category cell. */
export interface SplitRow {
  ref: string;
  category: string;
  source: Source;
  /** The part the list's own column puts the child in when its words name none ("Conclusive grounds: Pending"). */
  part?: Group;
}

/**
 * A looked-after list whose category column tells a group's parts apart
 * (the request's parts relation: "T1" decoded as "Identified as trafficked
 * (NRM decision)", "T2" as "Suspected of having been trafficked") also
 * answers the parts' questions: each is the number of distinct children
 * whose category names that part. All or nothing: when any child's
 * category names no part, or several, no split is given, since the parts
 * would not add up to the whole.
 */
export function countPartsSplit(whole: Group, rows: readonly SplitRow[], label: string, env: LocateEnv): Fact[] {
  const parts = partsOf(env.knowledge.request, whole);
  if (parts.length < 2 || rows.length === 0) return [];
  const byPart = new Map<Group, Map<string, SplitRow>>(parts.map((p) => [p, new Map()]));
  for (const row of rows) {
    // A bracket explains the category ("(positive reasonable grounds … via NRM)")
    // in words that can name the other part; the category's own words decide.
    const head = row.category.replace(/\([^()]*\)/gu, " ").trim() || row.category;
    const groups = matchLabel(head, env.knowledge.labels).groups;
    const named = row.part !== undefined ? [row.part] : parts.filter((p) => groups.includes(p));
    if (named.length !== 1) return [];
    byPart.get(named[0] as Group)?.set(row.ref, row);
  }
  return parts.flatMap((part) => {
    // The list is of every child in the cohort: its parts answer the base count (looked after in 2015).
    const def = findMeasure(env.knowledge.request, part, env.knowledge.labels.baseMetric);
    if (!def) return [];
    const children = [...(byPart.get(part)?.values() ?? [])];
    const value = children.length;
    const sources = children.length > 0 ? children.map((c) => c.source) : [(rows[0] as SplitRow).source];
    const words = env.knowledge.request.groups.find((g) => g.id === part)?.label ?? part;
    return [
      {
        measure: def.id,
        status: "derived" as const,
        value,
        lower: value,
        upper: value,
        raw: `${value} distinct children whose category says ${words}`,
        sources,
        label,
      },
    ];
  });
}
