import type { ComparedRun } from "./runs.js";

/**
 * One measure followed across runs. Rounds rename their measures, so two
 * measures are the same line when both requests give them the same group
 * and metric; a run whose request could not be found is matched by id.
 */
export interface MeasureLine {
  /** "group/metric", or "id:<measure id>" when no request described it. */
  key: string;
  group: string | null;
  metric: string | null;
  label: string;
  /** The measure id in each run (by run index), or null where the run has no such measure. */
  ids: (string | null)[];
}

export interface UnmatchedMeasure {
  run: string;
  measure: string;
  label: string;
}

export interface LinedUpMeasures {
  /** Lines with a measure in at least two runs, in the order the first run lists them. */
  lines: MeasureLine[];
  /** Measures only one run has: they cannot be compared and are listed so the user knows. */
  unmatched: UnmatchedMeasure[];
}

export function lineUpMeasures(runs: readonly ComparedRun[]): LinedUpMeasures {
  const lines = new Map<string, MeasureLine>();
  const blank = (): (string | null)[] => runs.map(() => null);
  // Runs with a described request first, so a run matched by id can find the
  // line its measure id already has in a described run.
  const order = runs
    .map((run, index) => ({ run, index }))
    .sort((a, b) => Number(describes(b.run)) - Number(describes(a.run)) || a.index - b.index);
  for (const { run, index } of order) {
    for (const m of run.measures) {
      let key: string;
      if (m.group !== null && m.metric !== null) key = `${m.group}/${m.metric}`;
      else key = [...lines.values()].find((l) => l.ids.includes(m.id))?.key ?? `id:${m.id}`;
      const line = lines.get(key) ?? { key, group: m.group, metric: m.metric, label: m.label, ids: blank() };
      // Two measures of one run on one line would be a request defect; keep the first.
      if (line.ids[index] === null) line.ids[index] = m.id;
      lines.set(key, line);
    }
  }
  const all = [...lines.values()].sort((a, b) => firstPosition(runs, a) - firstPosition(runs, b));
  const matched = all.filter((l) => l.ids.filter((id) => id !== null).length >= 2);
  const unmatched = all
    .filter((l) => l.ids.filter((id) => id !== null).length < 2)
    .flatMap((l) =>
      l.ids.flatMap((id, i) => {
        const run = runs[i];
        return id !== null && run ? [{ run: run.label, measure: id, label: l.label }] : [];
      }),
    );
  return { lines: matched, unmatched };
}

function describes(run: ComparedRun): boolean {
  return run.measures.some((m) => m.group !== null);
}

/** Where a line first appears: the first run that has it, then its position in that run's request. */
function firstPosition(runs: readonly ComparedRun[], line: MeasureLine): number {
  for (const [i, run] of runs.entries()) {
    const id = line.ids[i];
    if (id !== null && id !== undefined) return i * 10_000 + run.measures.findIndex((m) => m.id === id);
  }
  return Number.MAX_SAFE_INTEGER;
}
