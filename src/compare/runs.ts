import type { ReturnStatus } from "../domain/returns.js";
import type { Status } from "../domain/values.js";

/**
 * One ingest output folder as `foi-agg compare` sees it: what readRun makes
 * of values.csv, the summaries, authorities.csv and run.json. A folder
 * written before periods existed has one period, named "".
 */
export interface ComparedRun {
  /** How the run is named in the output: its folder, as given. */
  label: string;
  requestId: string;
  /** The request's measures; group and metric are null when the request could not be found. */
  measures: RunMeasure[];
  /** Periods in the order they first appear in values.csv. */
  periods: string[];
  authorities: RunAuthority[];
  figures: RunFigure[];
  areas: RunAreaFigure[];
  /** Measures whose figures are averages or percentages (their summary rows have no total): never added up. */
  notSummed: string[];
  /** Why measures could not be described (the request file was not found), for the output's notes. */
  notes: string[];
}

export interface RunMeasure {
  id: string;
  group: string | null;
  metric: string | null;
  label: string;
}

export interface RunAuthority {
  code: string;
  name: string;
  returnStatus: ReturnStatus;
}

/** One authority × measure × period figure, with its suppression bounds. */
export interface RunFigure {
  authority: string;
  measure: string;
  period: string;
  status: Status;
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/** One area × measure × period total from summary-national.csv or summary-regional.csv. */
export interface RunAreaFigure {
  area: string;
  areaName: string;
  measure: string;
  period: string;
  total: number | null;
  /** Both empty for an average or a percentage, whose area row gives lowest, median and highest instead. */
  lower: number | null;
  upper: number | null;
  lowest: number | null;
  median: number | null;
  highest: number | null;
}
