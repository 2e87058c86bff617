import { Chalk, type ChalkInstance } from "chalk";
import { type Comparison, type ComparisonRow, NOT_IN_ROUND } from "../compare/compareRuns.js";
import { showControls, showControlsInLine } from "../domain/showControls.js";
import type { QuestionVerdict, RequestDescription } from "../init/describeRequest.js";
import type { PhrasingHit } from "../init/phrasingsApplying.js";
import type { IngestSummary } from "../pipeline/runIngest.js";
import type { Io } from "./io.js";

/**
 * Everything the console shows, and the only module that imports chalk, so
 * colour can never leak into the files foi-agg writes. Progress and
 * diagnostics go to stderr; what a command produces (its summary, its JSON)
 * goes to stdout, so `foi-agg ingest … --json > run.json` stays clean.
 */
export interface Renderer {
  /** Called once per file as it is read. */
  progress(done: number, total: number, file: string): void;
  /** Called as each phase after reading ends (assemble, render, write), so the bar keeps moving. */
  phase(name: string): void;
  /** Clear a progress line before anything else is printed. */
  endProgress(): void;
  ingestSummary(summary: IngestSummary, strict: boolean, names: SummaryNames): void;
  error(message: string): void;
}

/** What the closing summary names, beyond the counts. */
export interface SummaryNames {
  /** Councils with error-level issues, worst first. */
  councilsWithErrors: string[];
  /** Files that could not be read, with why. */
  filesNotRead: { file: string; reason: string }[];
}

export interface RenderOptions {
  color: boolean;
  /** -q: nothing but errors. */
  quiet?: boolean;
  /** --verbose: name each file on stderr even when it is not a terminal. */
  verbose?: boolean;
  /** Milliseconds, for elapsed time and ETA; tests fix it. */
  now?: () => number;
}

/** Phases after reading, in order; each is one step of the bar. */
const LATER_PHASES = ["assemble, clarify, check", "render outputs", "write outputs"];

/**
 * On a terminal (stderr): a bar with count, percentage, elapsed time and ETA,
 * fitted to the width, rewritten in place. Not a terminal: silent, unless
 * --verbose asks for one plain line per file (a CI log never gets carriage
 * returns). -q: nothing but errors.
 */
export function createRenderer(io: Io, options: RenderOptions): Renderer {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const now = options.now ?? (() => performance.now());
  const tty = io.stderrIsTTY ?? io.isTTY;
  const width = io.columns ?? 80;
  let lineOpen = false;
  let started: number | null = null;
  let files = 0;
  let read = 0;
  let phasesDone = 0;
  const endProgress = (): void => {
    if (lineOpen) io.stderr("\r\u001b[2K");
    lineOpen = false;
  };
  const drawBar = (label: string): void => {
    if (started === null) started = now();
    const total = files + LATER_PHASES.length;
    const done = read + phasesDone;
    io.stderr(`\r\u001b[2K${formatBar(done, total, now() - started, label, width, c)}`);
    lineOpen = true;
  };
  return {
    progress(done, total, file) {
      files = total;
      read = done;
      if (options.quiet) return;
      if (tty) drawBar(showControlsInLine(file));
      else if (options.verbose) io.stderr(`read ${done}/${total} ${showControlsInLine(file)}\n`);
    },
    phase(name) {
      if (!LATER_PHASES.includes(name)) return;
      phasesDone = LATER_PHASES.indexOf(name) + 1;
      if (options.quiet) return;
      const next = LATER_PHASES[phasesDone];
      if (tty && files > 0) drawBar(next ? `${next}…` : "done");
      else if (options.verbose) io.stderr(`${name}: done\n`);
    },
    endProgress,
    ingestSummary(summary, strict, names) {
      endProgress();
      if (options.quiet) return;
      io.stdout(formatIngestSummary(summary, strict, names, c));
    },
    error(message) {
      endProgress();
      // Messages name files and quote their text; only foi-agg's own escapes (colour) may reach the terminal.
      io.stderr(`${c.red("foi-agg:")} ${showControls(message)}\n`);
    },
  };
}

/**
 * `[#####.....]  120/219  55%  0:42 elapsed, ~0:34 left  Kent.xlsx`, cut to
 * the width: the label (the file name) gives way first, then the bar.
 */
export function formatBar(
  done: number,
  total: number,
  elapsedMs: number,
  label: string,
  width: number,
  c: ChalkInstance = new Chalk({ level: 0 }),
): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  const eta = done > 0 && fraction < 1 ? `, ~${formatDuration((elapsedMs / done) * (total - done))} left` : "";
  const available = width - 1;
  const full = `${count} ${pct}  ${formatDuration(elapsedMs)} elapsed${eta}`;
  // Narrow terminals drop the times, then the bar, then the label: the count stays.
  const fixed = full.length <= available ? full : `${count} ${pct}`.slice(0, available);
  const barWidth = Math.min(30, available - fixed.length - 4 - 20);
  const bar =
    barWidth >= 10
      ? `[${c.green("#".repeat(Math.round(fraction * barWidth)))}${".".repeat(barWidth - Math.round(fraction * barWidth))}]  `
      : "";
  const used = (barWidth >= 10 ? barWidth + 4 : 0) + fixed.length;
  const room = available - used - 2;
  const shown = room >= 8 ? `  ${shorten(label, room)}` : "";
  return `${bar}${fixed}${shown}`;
}

function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Longer lists are cut short on the console; quality.csv and run.json have them all. */
const MAX_LISTED = 20;

function formatIngestSummary(s: IngestSummary, strict: boolean, names: SummaryNames, c: ChalkInstance): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const listed = (items: readonly string[], more: string) =>
    items.length > MAX_LISTED
      ? [...items.slice(0, MAX_LISTED), `… and ${items.length - MAX_LISTED} more (${more})`]
      : items;
  const lines = [
    `Files: ${s.ingested} of ${s.files} read` +
      (s.notIngested > 0 ? `, ${c.yellow(`${s.notIngested} not ingested`)} (see quality.csv)` : ""),
    `Authorities with returns: ${s.authoritiesWithReturns} of ${s.authorities}`,
    `Issues: ${(s.issues.error > 0 ? c.red : c.green)(plural(s.issues.error, "error"))}, ` +
      `${(s.issues.warning > 0 ? c.yellow : c.green)(plural(s.issues.warning, "warning"))}, ${s.issues.info} info`,
    `Outputs written to ${c.bold(showControlsInLine(s.outDir))}`,
  ];
  if (names.councilsWithErrors.length > 0) {
    lines.push(`Councils with errors (${names.councilsWithErrors.length}):`);
    for (const n of listed(names.councilsWithErrors, "see quality/index.md")) lines.push(`  ${n}`);
  }
  if (names.filesNotRead.length > 0) {
    lines.push(`Files not read (${names.filesNotRead.length}):`);
    for (const f of listed(
      names.filesNotRead.map((f) => `${f.file}: ${f.reason}`),
      "see quality.csv",
    ))
      lines.push(`  ${f}`);
  }
  if (s.ignored.length > 0) {
    lines.push(`Ignored ${plural(s.ignored.length, "file")} (not returns):`);
    for (const f of s.ignored.slice(0, MAX_LISTED)) lines.push(`  ${showControlsInLine(`${f.file} (${f.rule})`)}`);
    if (s.ignored.length > MAX_LISTED) lines.push(`  … and ${s.ignored.length - MAX_LISTED} more (see quality.csv)`);
  }
  if (s.kept.length > 0) {
    const shown =
      s.kept.slice(0, MAX_LISTED).map(showControlsInLine).join(", ") + (s.kept.length > MAX_LISTED ? ", …" : "");
    lines.push(`Kept ${plural(s.kept.length, "file")} of yours in the output folder: ${shown}`);
  }
  if (strict && s.issues.error > 0) {
    lines.push(c.red(`--strict: exit code 1 because of ${plural(s.issues.error, "error-level issue")}`));
  }
  lines.push(
    "Next:",
    `  open ${s.outDir}/quality/index.md     what each council sent, worst first, and who still owes an answer`,
    `  foi-agg followups ${s.outDir}         letters to the councils with something to clarify`,
  );
  return `${lines.join("\n")}\n`;
}

/** Keep the end of a long path: the file name is the informative part. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

/**
 * `foi-agg compare` on the console: the United Kingdom's figures and the
 * authorities joined across reorganisations, one column per point in the
 * series, then who answered in one round and not another and which measures
 * could not be lined up. comparison.csv has every authority and area.
 */
export function renderComparison(
  io: Io,
  options: { color: boolean },
  comparison: Comparison,
  written: { path: string; rows: number },
): void {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const letters = [...new Set(comparison.points.map((p) => p.run))];
  const letterOf = (run: string): string => String.fromCharCode(65 + letters.indexOf(run));
  const heads = comparison.points.map((p) => `${letterOf(p.run)}${p.period ? ` ${p.period}` : ""}`);
  const lines: string[] = [];
  lines.push(c.bold(`Comparing ${letters.length} runs`));
  for (const run of letters) {
    const request = comparison.points.find((p) => p.run === run)?.request ?? "";
    lines.push(`  ${letterOf(run)}  ${run}${request ? `  (${request})` : ""}`);
  }
  lines.push(
    `Measures lined up by group and metric: ${comparison.measures.lines.length}` +
      (comparison.measures.unmatched.length > 0
        ? `; ${c.yellow(`${comparison.measures.unmatched.length} could not be lined up`)}: ` +
          comparison.measures.unmatched.map((u) => `${u.measure} (${letterOf(u.run)} only)`).join(", ")
        : ""),
  );
  const byKey = groupRows(comparison.rows);
  const firstArea = comparison.rows.find((r) => r.kind === "area");
  if (firstArea) {
    lines.push("", c.bold(firstArea.name), ...formatSeriesTable(byKey, "area", firstArea.code, comparison, heads, c));
  }
  const mapped = comparison.units.filter((u) => u.mapped);
  if (mapped.length > 0) {
    lines.push("", c.bold(`Authorities mapped across reorganisations (${mapped.length})`));
    for (const unit of mapped) {
      lines.push(c.bold(unit.name), ...formatSeriesTable(byKey, "authority", unit.code, comparison, heads, c));
    }
  }
  const changes = comparison.answerChanges;
  if (changes.length > 0 && firstArea) {
    // An area's total adds up the councils that answered in that run, so a
    // change in it is partly a change in who answered.
    lines.push(
      c.yellow(`Area totals add up the councils that answered in each run; ${changes.length} answered in only some.`),
    );
  }
  lines.push("", c.bold(`Answered in one round and not another: ${changes.length}`));
  for (const change of changes.slice(0, MAX_LISTED)) {
    lines.push(
      `  ${change.unit.name}: ${change.statuses.map((s, i) => `${letterOf(letters[i] ?? "")} ${s}`).join(", ")}`,
    );
  }
  if (changes.length > MAX_LISTED) lines.push(c.dim(`  … and ${changes.length - MAX_LISTED} more (see the CSV)`));
  for (const note of comparison.notes) lines.push(c.yellow(`Note: ${note}`));
  lines.push("", `Every authority and area: ${written.path} (${written.rows} rows)`);
  io.stdout(`${lines.join("\n")}\n`);
}

function groupRows(rows: readonly ComparisonRow[]): Map<string, ComparisonRow[]> {
  const byKey = new Map<string, ComparisonRow[]>();
  for (const row of rows) {
    // The same key as the measure line's: "group/metric", or "id:<measure>" when no request described it.
    const line = row.group !== "" ? `${row.group}/${row.metric}` : `id:${row.measure}`;
    const key = `${row.kind}\u0000${row.code}\u0000${line}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return byKey;
}

function formatSeriesTable(
  byKey: Map<string, ComparisonRow[]>,
  kind: ComparisonRow["kind"],
  code: string,
  comparison: Comparison,
  heads: string[],
  c: ChalkInstance,
): string[] {
  const body: string[][] = [];
  for (const line of comparison.measures.lines) {
    const label = line.group !== null ? `${line.group}/${line.metric}` : (line.ids.find((id) => id !== null) ?? "");
    const rows = byKey.get(`${kind}\u0000${code}\u0000${line.key}`) ?? [];
    const cells = comparison.points.map((p) => {
      const row = rows.find((r) => r.round === p.run && r.period === p.period);
      return row ? formatFigure(row) : "";
    });
    const withFigures = rows.filter((r) => r.lower !== null && r.upper !== null);
    const first = withFigures[0];
    const last = withFigures[withFigures.length - 1];
    const change =
      first && last && first !== last
        ? formatChange((last.lower ?? 0) - (first.upper ?? 0), (last.upper ?? 0) - (first.lower ?? 0))
        : "";
    // A line no point has a figure for says nothing on the console; the CSV keeps it.
    if (withFigures.length > 0) body.push([label, ...cells, change]);
  }
  const table = [["", ...heads, "first→last"], ...body];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length))) ?? [];
  return table.map((r, n) => {
    const text = r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
    return n === 0 ? c.dim(`  ${text}`) : `  ${text}`;
  });
}

function formatFigure(row: ComparisonRow): string {
  if (row.lower === null || row.upper === null) return row.status === NOT_IN_ROUND ? "·" : "—";
  return row.lower === row.upper ? String(row.lower) : `${row.lower}–${row.upper}`;
}

function formatChange(lower: number, upper: number): string {
  const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
  return lower === upper ? signed(lower) : `${signed(lower)} to ${signed(upper)}`;
}

/** Colour for the check table's verdicts; plain when colour is off. */
export function paintVerdict(text: string, pass: boolean, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  return pass ? c.green(text) : c.red.bold(text);
}

/**
 * `foi-agg request`: the round as a run will use it, then each question
 * with what its own words read as. Questions whose words name a measure
 * they do not ask for come first in the reader's eye: in yellow, with why.
 */
export function renderRequestDescription(io: Io, options: { color: boolean }, d: RequestDescription): void {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const nations = Object.entries(d.authorities.byNation)
    .filter(([, n]) => n > 0)
    .map(([nation, n]) => `${n} ${nation}`)
    .join(", ");
  const lines = [
    c.bold(showControlsInLine(`${d.title} (${d.id})`)),
    `Authorities: ${d.authorities.total}${d.asAt ? ` as at ${d.asAt}` : " (the 2015 list)"}: ${nations}` +
      (d.roundAliases > 0 ? `; ${d.roundAliases} aliases from aliases.csv` : ""),
    `Periods: ${d.periods.map((p) => `${p.id} (${p.start} to ${p.end})`).join(", ")}`,
    `Measures (${d.measures.length}): ${d.measures.map((m) => `${m.id}${m.optional ? " (optional)" : ""}`).join(", ")}`,
  ];
  if (d.relations.length > 0) lines.push(`Relations: ${d.relations.join("; ")}`);
  if (d.rules.length > 0) lines.push(`Rules: ${d.rules.join("; ")}`);
  lines.push("", c.bold(`Questions (${d.questions.length}): what each one's own words read as`));
  const mark: Record<QuestionVerdict, string> = {
    agrees: c.green("ok     "),
    differs: c.yellow.bold("DIFFERS"),
    unclear: c.dim("unclear"),
    none: c.dim("—      "),
  };
  for (const q of d.questions) {
    lines.push(`  ${mark[q.verdict]}  ${q.number.padEnd(4)} asks ${q.asks.join(", ") || "nothing"}`);
    lines.push(c.dim(`           ${showControlsInLine(q.explanation)}`));
    if (q.phrasings.length > 0)
      lines.push(c.dim(`           phrasings: ${showControlsInLine(formatPhrasingHits(q.phrasings))}`));
  }
  const differs = d.questions.filter((q) => q.verdict === "differs").length;
  const unclear = d.questions.filter((q) => q.verdict === "unclear").length;
  lines.push("");
  if (differs > 0) {
    lines.push(
      c.yellow(
        `${differs} question${differs === 1 ? "'s" : "s'"} words read as a measure not asked: a reply restating ${differs === 1 ? "it" : "them"} without the number would be misread. Give the group or metric phrasings that tell them apart.`,
      ),
    );
  }
  if (unclear > 0) {
    lines.push(
      `${unclear} question${unclear === 1 ? "'s" : "s'"} words name no one measure: such answers are placed by the question's number or the reply's own labels (a question asking several measures is often so).`,
    );
  }
  if (differs === 0 && unclear === 0) lines.push(c.green("Every question's words read as a measure it asks for."));
  if (d.questions.some((q) => q.phrasings.some((p) => p.source === "built-in"))) {
    lines.push(
      'Phrasings marked "built in" are foi-agg\'s own for a 2015 id; "builtInPhrasings": false on that group or metric leaves only yours.',
    );
  }
  io.stdout(`${lines.join("\n")}\n`);
}

/** `metric missing_incidents: "missing episode" (built in: \bmissing (episode|incident)\b…)`, one per phrasing that matched. */
function formatPhrasingHits(hits: readonly PhrasingHit[]): string {
  return hits
    .map((h) => `${h.kind} ${h.id}: "${h.matched}" (${h.source === "request" ? "yours" : `built in: ${h.pattern}`})`)
    .join("; ");
}
