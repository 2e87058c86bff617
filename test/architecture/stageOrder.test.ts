import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The stage folders of src/, lowest first. A folder may import from the
 * folders before it (and from itself), never from one after it: the
 * pipeline's order, as the code's imports run. domain/ and knowledge/ are
 * the foundation every stage stands on; the label-reading vocabulary in
 * match/ (matchLabel, resolveMeasure) is used by locate/ to find the
 * figures it then hands to match, and the shape of what it hands over
 * (match/figureCandidate.ts) is match's, so match sits before locate here.
 * quality/ is the quality-report model (each council's figures, issues and
 * deadline, and how a figure or a place is worded), which the workbook
 * (write/), the letters (followups/) and the pages (report/) all read, so
 * it sits before them. report/'s HTML report shows the figures (write/,
 * verify/) and the letters (followups/), and pipeline/ orchestrates them
 * all; only cli/ and scripts/ sit above it.
 */
const ORDER = [
  "domain",
  "knowledge",
  "read",
  "discover",
  "identify",
  "parse",
  "match",
  "locate",
  "assemble",
  "check",
  "aggregate",
  "overrides",
  "quality",
  "write",
  "verify",
  "followups",
  "report",
  "compare",
  "init",
  "pipeline",
  "cli",
  "scripts",
] as const;

/**
 * Imports against the order that the code has today, each with why it is
 * still there. The test fails on any other, and on an entry here that is
 * no longer needed, so this list only shrinks.
 */
const KNOWN: readonly { from: string; to: string; why: string }[] = [];

const SRC = join(import.meta.dirname, "..", "..", "src");

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every relative import and re-export of a file, type-only ones included: they tie the stages together as much. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.[^"]+)"/gmu)].map((m) => m[1] ?? "");
  return specifiers.map((s) => normalize(join(dirname(file), s)));
}

function stageOf(path: string): string {
  return relative(SRC, path).split(/[\\/]/u)[0] ?? "";
}

const edges = new Map<string, Set<string>>();
const examples = new Map<string, string>();
for (const file of listTs(SRC)) {
  const from = stageOf(file);
  for (const target of importsOf(file)) {
    const to = stageOf(target);
    if (to === from || to.startsWith("..")) continue;
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
    const key = `${from}->${to}`;
    if (!examples.has(key)) examples.set(key, relative(SRC, file));
  }
}
const rank = (stage: string) => ORDER.indexOf(stage as (typeof ORDER)[number]);

describe("the stage folders of src/", () => {
  it("are all placed in the order", () => {
    const stages = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(stages.filter((s) => rank(s) < 0)).toEqual([]);
  });

  it("import only stages before them, apart from the known exceptions", () => {
    const against = [...edges].flatMap(([from, tos]) =>
      [...tos]
        .filter((to) => rank(to) > rank(from))
        .map((to) => `${from} -> ${to} (${examples.get(`${from}->${to}`)})`),
    );
    const known = KNOWN.map((k) => `${k.from} -> ${k.to}`);
    expect(against.filter((a) => !known.some((k) => a.startsWith(`${k} (`)))).toEqual([]);
    // An exception that is fixed comes off the list.
    expect(known.filter((k) => !against.some((a) => a.startsWith(`${k} (`)))).toEqual([]);
  });

  it("never import from cli/ outside cli/ and scripts/", () => {
    const intoCli = [...edges].filter(([from, tos]) => tos.has("cli") && from !== "scripts").map(([from]) => from);
    expect(intoCli).toEqual([]);
  });

  it("form no import cycles between stages other than the known exceptions", () => {
    const known = new Set(KNOWN.map((k) => `${k.from}->${k.to}`));
    const graph = new Map(
      [...edges].map(([from, tos]) => [from, [...tos].filter((to) => !known.has(`${from}->${to}`))] as const),
    );
    const cycles: string[] = [];
    const visit = (stage: string, path: string[]) => {
      for (const next of graph.get(stage) ?? []) {
        if (next === path[0]) cycles.push([...path, next].join(" -> "));
        else if (!path.includes(next) && next > (path[0] ?? "")) visit(next, [...path, next]);
      }
    };
    for (const stage of graph.keys()) visit(stage, [stage]);
    expect(cycles).toEqual([]);
  });
});
