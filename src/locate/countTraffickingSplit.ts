import type { Fact } from "../domain/facts.js";
import { findMeasure } from "../domain/request.js";
import type { Source } from "../domain/source.js";
import { matchLabel } from "../match/matchLabel.js";
import type { LocateEnv } from "./sheetGrid.js";

/** A trafficked child on a looked-after list, with the words of its category cell. */
export interface SplitRow {
  ref: string;
  category: string;
  source: Source;
}

/**
 * A looked-after list whose category column tells identified from suspected
 * trafficking ("T1" decoded as "Identified as trafficked (NRM decision)",
 * "T2" as "Suspected of having been trafficked") also answers the request's
 * identified and suspected questions: each is the number of distinct
 * children whose category says it. All or nothing: when any trafficked
 * child's category says neither, or both, no split is given, since the
 * parts would not add up to the whole.
 */
export function countTraffickingSplit(rows: readonly SplitRow[], label: string, env: LocateEnv): Fact[] {
  const parts = {
    trafficked_identified: new Map<string, SplitRow>(),
    trafficked_suspected: new Map<string, SplitRow>(),
  };
  for (const row of rows) {
    // A bracket explains the category ("(positive reasonable grounds … via NRM)")
    // in words that can name the other part; the category's own words decide.
    const head = row.category.replace(/\([^()]*\)/gu, " ").trim() || row.category;
    const groups = matchLabel(head, env.knowledge.labels).groups;
    const identified = groups.includes("trafficked_identified");
    const suspected = groups.includes("trafficked_suspected");
    if (identified === suspected) return [];
    parts[identified ? "trafficked_identified" : "trafficked_suspected"].set(row.ref, row);
  }
  if (rows.length === 0) return [];
  return (["trafficked_identified", "trafficked_suspected"] as const).flatMap((group) => {
    const def = findMeasure(env.knowledge.request, group, "looked_after");
    if (!def) return [];
    const children = [...parts[group].values()];
    const value = children.length;
    const sources = children.length > 0 ? children.map((c) => c.source) : [(rows[0] as SplitRow).source];
    return [
      {
        measure: def.id,
        status: "derived" as const,
        value,
        lower: value,
        upper: value,
        raw: `${value} distinct children whose category says ${group === "trafficked_identified" ? "identified" : "suspected"}`,
        sources,
        label,
      },
    ];
  });
}
