import { EXACT_STATUSES } from "../domain/values.js";
import type { Succession } from "../knowledge/successions.js";
import { type ComparisonUnit, groupSuccessions } from "./groupSuccessions.js";
import { addBounds, type Bounds, exactValue, subtractBounds } from "./interval.js";
import { type LinedUpMeasures, lineUpMeasures, type MeasureLine } from "./lineUpMeasures.js";
import type { ComparedRun, RunAreaFigure, RunFigure } from "./runs.js";

/** One column of the comparison: a run's period ("" when the run has one, unnamed). */
export interface SeriesPoint {
  run: string;
  request: string;
  period: string;
}

/**
 * One row of comparison.csv: a unit (an authority, or authorities joined
 * across a reorganisation) or an area, one measure line, one point in the
 * series, with the change from the point before it.
 */
export interface ComparisonRow {
  kind: "authority" | "area";
  code: string;
  name: string;
  /** The codes whose figures were added for this point (authority rows). */
  members: string;
  group: string;
  metric: string;
  measure: string;
  round: string;
  request: string;
  period: string;
  return_status: string;
  status: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  change_value: number | null;
  change_lower: number | null;
  change_upper: number | null;
  note: string;
}

export const COMPARISON_COLUMNS = [
  "kind",
  "code",
  "name",
  "members",
  "group",
  "metric",
  "measure",
  "round",
  "request",
  "period",
  "return_status",
  "status",
  "value",
  "lower",
  "upper",
  "change_value",
  "change_lower",
  "change_upper",
  "note",
] as const satisfies readonly (keyof ComparisonRow)[];

/** A unit that answered in some runs and not in others. */
export interface AnswerChange {
  unit: ComparisonUnit;
  /** Per run: its return status, "not in round" when none of the unit's authorities is in that run. */
  statuses: string[];
}

export interface Comparison {
  points: SeriesPoint[];
  measures: LinedUpMeasures;
  units: ComparisonUnit[];
  rows: ComparisonRow[];
  answerChanges: AnswerChange[];
  notes: string[];
}

const ANSWERED = new Set(["answered", "partial"]);
export const NOT_IN_ROUND = "not in round";
/** The status of an area's cell for an average or a percentage, which has no total. */
export const SPREAD = "not added up";

/**
 * Lay two or more runs side by side. Pure: the runs are read by readRun,
 * the successions loaded by the caller. Rows are sorted areas first (in
 * the first run's order), then units by name, each by measure line and point.
 */
export function compareRuns(runs: readonly ComparedRun[], successions: readonly Succession[]): Comparison {
  const points = runs.flatMap((run) =>
    run.periods.map((period): SeriesPoint => ({ run: run.label, request: run.requestId, period })),
  );
  const measures = lineUpMeasures(runs);
  const units = groupSuccessions(runs, successions);
  const rows = [...compareAreas(runs, measures.lines), ...compareUnits(runs, measures.lines, units)];
  return {
    points,
    measures,
    units,
    rows,
    answerChanges: findAnswerChanges(runs, units),
    notes: runs.flatMap((r) => r.notes.map((n) => `${r.label}: ${n}`)),
  };
}

interface Cell {
  members: string;
  returnStatus: string;
  status: string;
  bounds: Bounds | null;
  note: string;
}

function compareUnits(
  runs: readonly ComparedRun[],
  lines: readonly MeasureLine[],
  units: readonly ComparisonUnit[],
): ComparisonRow[] {
  const indexes = runs.map(indexFigures);
  const rows: ComparisonRow[] = [];
  for (const unit of units) {
    for (const line of lines) {
      const cells = runs.flatMap((run, i) => {
        const id = line.ids[i];
        if (id === null || id === undefined) return [];
        return run.periods.map((period) => ({
          run,
          id,
          period,
          cell: unitCell(run, indexes[i] as Map<string, RunFigure>, unit, id, period),
        }));
      });
      rows.push(
        ...withChanges(cells).map(
          ({ run, id, period, cell, change, changeNote }): ComparisonRow => ({
            kind: "authority",
            code: unit.code,
            name: unit.name,
            members: cell.members,
            group: line.group ?? "",
            metric: line.metric ?? "",
            measure: id,
            round: run.label,
            request: run.requestId,
            period,
            return_status: cell.returnStatus,
            status: cell.status,
            ...boundsColumns(cell.bounds),
            ...changeColumns(change),
            note: [cell.note, changeNote].filter(Boolean).join("; "),
          }),
        ),
      );
    }
  }
  return rows;
}

function unitCell(
  run: ComparedRun,
  figures: Map<string, RunFigure>,
  unit: ComparisonUnit,
  measure: string,
  period: string,
): Cell {
  const members = unit.members.flatMap((code) => {
    const authority = run.authorities.find((a) => a.code === code);
    return authority ? [authority] : [];
  });
  if (members.length === 0) {
    return { members: "", returnStatus: NOT_IN_ROUND, status: NOT_IN_ROUND, bounds: null, note: "" };
  }
  const parts = members.map((a) => {
    const f = figures.get(figureKey(a.code, measure, period));
    return { authority: a, status: f?.status ?? "no_row", bounds: f ? figureBounds(f) : null };
  });
  const missing = parts.filter((p) => p.bounds === null);
  // Several councils' averages (a county and its successors) add up to nothing.
  const unsummable = parts.length > 1 && run.notSummed.includes(measure);
  const bounds =
    missing.length > 0 || unsummable
      ? null
      : parts.reduce<Bounds>((sum, p) => addBounds(sum, p.bounds as Bounds), { lower: 0, upper: 0 });
  const note = unsummable
    ? `no sum: ${measure} is an average or a percentage, never added up`
    : parts.length > 1 && missing.length > 0
      ? `no sum: ${missing.map((p) => `${p.authority.name} ${p.status}`).join(", ")}`
      : parts.length > 1
        ? `sum of ${parts.map((p) => p.authority.name).join(" + ")}`
        : "";
  return {
    members: members.map((a) => a.code).join("+"),
    returnStatus: distinct(parts.map((p) => p.authority.returnStatus)).join("+"),
    status: distinct(parts.map((p) => p.status)).join("+"),
    bounds,
    note,
  };
}

function compareAreas(runs: readonly ComparedRun[], lines: readonly MeasureLine[]): ComparisonRow[] {
  const areas: { code: string; name: string }[] = [];
  for (const run of runs) {
    for (const a of run.areas)
      if (!areas.some((x) => x.code === a.area)) areas.push({ code: a.area, name: a.areaName });
  }
  const rows: ComparisonRow[] = [];
  for (const area of areas) {
    for (const line of lines) {
      const cells = runs.flatMap((run, i) => {
        const id = line.ids[i];
        if (id === null || id === undefined) return [];
        return run.periods.map((period) => {
          const found = run.areas.find((a) => a.area === area.code && a.measure === id && a.period === period);
          const cell: Cell = found
            ? found.lower === null || found.upper === null
              ? spreadCell(found)
              : {
                  members: "",
                  returnStatus: "",
                  status: found.total !== null ? "exact" : "range",
                  bounds: { lower: found.lower, upper: found.upper },
                  note: "",
                }
            : { members: "", returnStatus: "", status: NOT_IN_ROUND, bounds: null, note: "" };
          return { run, id, period, cell };
        });
      });
      rows.push(
        ...withChanges(cells).map(
          ({ run, id, period, cell, change, changeNote }): ComparisonRow => ({
            kind: "area",
            code: area.code,
            name: area.name,
            members: "",
            group: line.group ?? "",
            metric: line.metric ?? "",
            measure: id,
            round: run.label,
            request: run.requestId,
            period,
            return_status: "",
            status: cell.status,
            ...boundsColumns(cell.bounds),
            ...changeColumns(change),
            note: [cell.note, changeNote].filter(Boolean).join("; "),
          }),
        ),
      );
    }
  }
  return rows;
}

/** Each point's change from the point before it in the series; none for the first, or where either lacks a figure. */
function withChanges<T extends { cell: Cell }>(cells: T[]): (T & { change: Bounds | null; changeNote: string })[] {
  return cells.map((c, i) => {
    const previous = i > 0 ? cells[i - 1] : undefined;
    if (!previous) return { ...c, change: null, changeNote: "" };
    // An area's averages have no total, so no change of one: the cell's own note says so.
    if (c.cell.status === SPREAD || previous.cell.status === SPREAD) return { ...c, change: null, changeNote: "" };
    if (c.cell.bounds === null || previous.cell.bounds === null) {
      return { ...c, change: null, changeNote: "no change: a figure is missing on one side" };
    }
    return { ...c, change: subtractBounds(c.cell.bounds, previous.cell.bounds), changeNote: "" };
  });
}

/** An average's or a percentage's area row: no total to compare, only how its councils' figures spread. */
function spreadCell(found: RunAreaFigure): Cell {
  const spread =
    found.median === null
      ? "no council gave one"
      : `median ${found.median} (lowest ${found.lowest ?? ""}, highest ${found.highest ?? ""})`;
  return {
    members: "",
    returnStatus: "",
    status: SPREAD,
    bounds: null,
    note: `an average or a percentage, never a total: ${spread}`,
  };
}

function findAnswerChanges(runs: readonly ComparedRun[], units: readonly ComparisonUnit[]): AnswerChange[] {
  return units.flatMap((unit) => {
    const statuses = runs.map((run) => {
      const members = run.authorities.filter((a) => unit.members.includes(a.code));
      return members.length === 0 ? NOT_IN_ROUND : distinct(members.map((a) => a.returnStatus)).join("+");
    });
    const answered = runs.map((run) =>
      run.authorities.some((a) => unit.members.includes(a.code) && ANSWERED.has(a.returnStatus)),
    );
    return answered.some((x) => x) && answered.some((x) => !x) ? [{ unit, statuses }] : [];
  });
}

function indexFigures(run: ComparedRun): Map<string, RunFigure> {
  return new Map(run.figures.map((f) => [figureKey(f.authority, f.measure, f.period), f]));
}

function figureKey(authority: string, measure: string, period: string): string {
  return `${authority}\u0000${measure}\u0000${period}`;
}

/** An exact figure is its own bounds; a suppressed or conflicting one has its range; anything else has none. */
export function figureBounds(f: RunFigure): Bounds | null {
  if (EXACT_STATUSES.has(f.status) && f.value !== null) return { lower: f.value, upper: f.value };
  if (f.lower !== null && f.upper !== null) return { lower: f.lower, upper: f.upper };
  return null;
}

function boundsColumns(b: Bounds | null): Pick<ComparisonRow, "value" | "lower" | "upper"> {
  return b ? { value: exactValue(b), lower: b.lower, upper: b.upper } : { value: null, lower: null, upper: null };
}

function changeColumns(b: Bounds | null): Pick<ComparisonRow, "change_value" | "change_lower" | "change_upper"> {
  return b
    ? { change_value: exactValue(b), change_lower: b.lower, change_upper: b.upper }
    : { change_value: null, change_lower: null, change_upper: null };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
