import type { Succession } from "../knowledge/successions.js";
import type { ComparedRun } from "./runs.js";

/**
 * The area an authority's figures are compared over. Usually one authority;
 * where councils were merged or split between rounds, the predecessors and
 * successors together (Northamptonshire with North and West
 * Northamptonshire), so each run's figure is the sum over the members it has.
 */
export interface ComparisonUnit {
  /** The member codes joined by "+", predecessors first. */
  code: string;
  name: string;
  /** Codes of the authorities in the unit that appear in at least one run, predecessors first. */
  members: string[];
  /** True when the unit joins authorities across a reorganisation. */
  mapped: boolean;
}

/**
 * Joins every authority that appears in a run with the authorities it
 * succeeded or was succeeded by (transitively: a chain of reorganisations is
 * one unit), and leaves every other authority a unit of its own.
 */
export function groupSuccessions(runs: readonly ComparedRun[], successions: readonly Succession[]): ComparisonUnit[] {
  const names = new Map<string, string>();
  for (const s of successions) for (const b of [...s.predecessors, ...s.successors]) names.set(b.code, b.name);
  // Names as the runs give them take precedence over the knowledge file's.
  for (const run of runs) for (const a of run.authorities) names.set(a.code, a.name);
  const present = new Set(runs.flatMap((r) => r.authorities.map((a) => a.code)));

  const parent = new Map<string, string>();
  const find = (code: string): string => {
    let root = code;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(code, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const predecessors = new Set<string>();
  for (const s of successions) {
    const codes = [...s.predecessors, ...s.successors].map((b) => b.code);
    for (const p of s.predecessors) predecessors.add(p.code);
    for (const code of codes.slice(1)) union(codes[0] as string, code);
  }

  const byRoot = new Map<string, string[]>();
  for (const code of [...present].sort()) {
    const root = find(code);
    byRoot.set(root, [...(byRoot.get(root) ?? []), code]);
  }
  // Join only where the runs differ: if every run that has one member has them
  // all (Bournemouth and Poole in both a 2015 and a 2017 run), each stays apart.
  const groups = [...byRoot.values()].flatMap((codes) => {
    if (codes.length === 1) return [codes];
    const sameInEveryRun = runs.every((run) => {
      const has = codes.filter((c) => run.authorities.some((a) => a.code === c));
      return has.length === 0 || has.length === codes.length;
    });
    return sameInEveryRun ? codes.map((c) => [c]) : [codes];
  });
  const units = groups.map((codes): ComparisonUnit => {
    const before = codes.filter((c) => predecessors.has(c));
    const after = codes.filter((c) => !predecessors.has(c));
    const members = [...before, ...after];
    const mapped = members.length > 1;
    // Buckinghamshire county and Buckinghamshire unitary share a name: the codes tell them apart.
    const allNames = members.map((c) => names.get(c) ?? c);
    const clash = new Set(allNames).size < allNames.length;
    const nameOf = (c: string): string => (clash ? `${names.get(c) ?? c} (${c})` : (names.get(c) ?? c));
    const name =
      mapped && before.length > 0 && after.length > 0
        ? `${before.map(nameOf).join(" + ")} → ${after.map(nameOf).join(" + ")}`
        : members.map(nameOf).join(" + ");
    return { code: members.join("+"), name, members, mapped };
  });
  return units.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
