import type { Decision, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { COMBINED_GROUP } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import type { FigureCandidate, LogicalCell } from "../match/figureCandidate.js";
import { type LabelMatch, matchLabel } from "../match/matchLabel.js";
import { groupOfLabel } from "../match/resolveMeasure.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import { periodsNamed } from "../parse/periodsNamed.js";
import { nationalityFact, nationalityGroupOf } from "./locateNationalities.js";
import { type LocateEnv, locationOf, type SheetGrid, sourceOf } from "./sheetGrid.js";

/**
 * Excel's pivot table, saved as it shows on screen: "Row Labels" in the
 * corner, each value column "Count of <field>" or "Sum of <field>", the
 * outer row field's items as caption rows with no figures, the inner
 * field's items indented under each caption, a "<caption> Total" row after
 * each caption's items and a "Grand Total" row at the foot:
 *
 *   Row Labels            | Count of Child ID | Sum of Missing Episodes
 *   Trafficked            |                   |
 *       2021              | 9                 | 1
 *       2022              | 4                 | 4
 *   Trafficked Total      | 13                | 5
 *   UASC                  | …
 *   Grand Total           | …
 *
 * The corner caption and the "Total" rows are Excel's own words, the same
 * in every council's export, so they mark the layout without guessing.
 */
const CORNER = /^row labels$/iu;
const GRAND_TOTAL = /^grand total$/iu;
/** Excel's summary of a field: only counts and sums count children or episodes (an average or maximum does not). */
const VALUE_FIELD = /^(count|sum) of\s+(.+)$/iu;
/**
 * "Count of Child ID": a count of a record's identifier counts the records,
 * one a child in a cohort report, so the column is the number of children
 * of the caption's group, and names no further measure of its own.
 */
const RECORD_ID = /^(?:child|person|client|young person|case)?[\s_-]*(?:id|identifier|ref|reference|number|no\.?)$/iu;

/**
 * What one value column counts. Excel's "Sum of"/"Count of" says only how
 * a field was summarised, so the field's own words must name the measure:
 * a count of the records' identifier counts the records (the caption
 * group's children); a sum of an identifier adds up reference numbers; a
 * count of any other field counts the records with that field filled in,
 * which is children when the field names children ("Count of Went
 * Missing") but never episodes ("Count of Missing Episodes" counts the
 * children with an episode recorded); a field in days, ages or dates is
 * another quantity whatever else it says.
 */
function readPivotColumn(
  summary: "count" | "sum",
  field: string,
  env: LocateEnv,
): { label: LabelMatch | null } | { why: string } {
  if (RECORD_ID.test(field)) {
    return summary === "count" ? { label: null } : { why: "adds up the records' identifiers" };
  }
  if (new RegExp(env.knowledge.labels.pivotFieldOtherQuantity, "iu").test(field)) {
    return { why: `adds up or counts "${field}", another quantity than children or episodes` };
  }
  const label = matchLabel(field, env.knowledge.labels);
  if (label.metrics.length === 0 || label.ratio || label.ignore) {
    return { why: `summarises "${field}", which names no measure of the request` };
  }
  const episodes = new Set(env.knowledge.request.metrics.filter((m) => m.counts === "episodes").map((m) => m.id));
  if (summary === "count" && label.metrics.some((m) => episodes.has(m))) {
    return { why: `counts the records with "${field}" recorded, not the ${field.toLowerCase()} themselves` };
  }
  return { label };
}

export interface PivotExportRun {
  candidates: FigureCandidate[];
  issues: Issue[];
  decisions: Decision[];
  /** Every row of the pivot, header to Grand Total: read here and by nothing else. */
  rows: number[];
  /** Nationality rows under a group's caption, counted from the column of children who went missing. */
  nationalities: NationalityFact[];
}

/** The metric the request's nationality question breaks down: the children who went missing. */
const BREAKDOWN_METRIC = "went_missing";

interface PivotColumn {
  col: number;
  field: string;
  /** The field's label, or null for a count of the records' identifier (the group's children). */
  label: LabelMatch | null;
}

/**
 * The pivot export starting at its "Row Labels" header, or null. All or
 * nothing: a row that is neither a caption, one requested period under a
 * caption, that caption's "Total" nor the "Grand Total" means a pivot
 * foi-agg does not understand, left to the other readers (which report
 * what they cannot read).
 */
export function readPivotExport(grid: SheetGrid, env: LocateEnv): PivotExportRun | null {
  // "Row Labels | Trafficked | UASC" (a pivot with its groups across, read as any grid) and then, under a
  // title, "Row Labels | Count of CHILD_REF | Sum of EPISODES": a sheet may hold several pivots; the first
  // of this layout is read.
  for (let r = 1; r <= grid.rows.length; r++) {
    if (!CORNER.test((grid.rows[r - 1] ?? []).find((c) => c.col === 1)?.text.trim() ?? "")) continue;
    const run = readPivotAt(grid, r, env);
    if (run) return run;
  }
  return null;
}

/** The pivot export whose "Row Labels" header is on row `head`, or null. */
function readPivotAt(grid: SheetGrid, head: number, env: LocateEnv): PivotExportRun | null {
  const columns: PivotColumn[] = [];
  const unread: { col: number; text: string; why: string }[] = [];
  for (const cell of grid.rows[head - 1] ?? []) {
    if (cell.col === 1) continue;
    const m = VALUE_FIELD.exec(cell.text.trim());
    const field = m?.[2]?.trim();
    if (!m || !field) return null;
    const column = readPivotColumn(m[1]?.toLowerCase() === "sum" ? "sum" : "count", field, env);
    if ("why" in column) unread.push({ col: cell.col, text: cell.text.trim(), why: column.why });
    else columns.push({ col: cell.col, field, label: column.label });
  }
  if (columns.length + unread.length === 0) return null;
  // "Went missing (one or more episodes)" over "Row Labels | Count of CHILD_REF": the records counted are
  // the children the title names, so the record count is that metric's, not the groups' looked-after children.
  const titled = titleMetricAbove(grid, head, env);
  if (titled !== null) {
    for (const k of columns) if (k.label === null) k.label = titled;
  } else if (titleNamesCount(grid, head, env)) {
    // "Missing episodes" over "Row Labels | Count of CHILD_REF": the records are not the groups' looked-after
    // children, and the title does not say which children they are, so the record count is nobody's.
    for (const k of columns.filter((c) => c.label === null)) {
      columns.splice(columns.indexOf(k), 1);
      unread.push({
        col: k.col,
        text: `Count of ${k.field}`,
        why: "counts records under a title naming another count than one of children",
      });
    }
  }
  const known = (col: number) => columns.some((k) => k.col === col) || unread.some((k) => k.col === col);

  const candidates: FigureCandidate[] = [];
  const issues: Issue[] = [];
  const rows: number[] = [head];
  const totals: { row: number; text: string }[] = [];
  let caption: { row: number; text: string; label: LabelMatch; periods: Set<string> } | null = null;
  /**
   * What the indented rows are: periods (each figure then that period's), or nationalities (the
   * group's figures are then on its caption row, Excel's subtotals at the top, and the rows break
   * them down). One pivot has one inner field, so a mix is a pivot foi-agg does not understand.
   */
  let inner: "period" | "nationality" | null = null;
  const captionFigures: FigureCandidate[] = [];
  const nationalityRows: { caption: LabelMatch; row: number; text: string; cells: LogicalCell[] }[] = [];
  let grand = false;
  const captionTexts: string[] = [];
  let grandCells: LogicalCell[] = [];
  let grandRow = 0;
  for (let r = head + 1; r <= grid.rows.length && !grand; r++) {
    const row = (grid.rows[r - 1] ?? []).filter((c) => c.part === 0);
    if (row.length === 0) break;
    const first = row.find((c) => c.col === 1);
    if (!first) return null;
    const text = first.text.trim();
    const figures = row.filter((c) => c.col !== 1);
    if (figures.some((c) => !known(c.col))) return null;
    rows.push(r);
    if (GRAND_TOTAL.test(text)) {
      // Subtotals at the top and no "<caption> Total" rows: the Grand Total closes the last group.
      if (caption && inner === "nationality" && totals.length === 0) caption = null;
      grand = true;
      grandCells = figures;
      grandRow = r;
      totals.push({ row: r, text });
      continue;
    }
    if (caption && text.toLowerCase() === `${caption.text} total`.toLowerCase()) {
      totals.push({ row: r, text });
      caption = null;
      continue;
    }
    const periods = periodsNamed(text, env.knowledge.request.periods);
    const nationality = canonicaliseNationality(text, env.knowledge.nationalities);
    // "Trafficked | 1" over "   Vietnamese | 1", then "UASC | 3": with the subtotals at the top and no
    // "<caption> Total" rows (Excel's compact form), the next group's caption closes the last one's
    // nationality rows. Only where no caption was closed by a Total row: a pivot does one or the other.
    const nextCaption =
      caption !== null &&
      inner === "nationality" &&
      totals.length === 0 &&
      figures.length > 0 &&
      periods.length === 0 &&
      !nationality.known &&
      matchLabel(text, env.knowledge.labels).groups.length > 0;
    if (nextCaption) caption = null;
    if (figures.length === 0 || (!caption && periods.length === 0 && !nationality.known)) {
      // A caption row: an item of the outer field, naming the group of the rows under it.
      if (caption || periods.length > 0) return null;
      const label = matchLabel(text, env.knowledge.labels);
      if (label.groups.length === 0) return null;
      caption = { row: r, text, label, periods: new Set() };
      captionTexts.push(text);
      for (const cell of figures) {
        const column = columns.find((k) => k.col === cell.col);
        // A column left unread (said so below) gives the caption no figure.
        if (!column && unread.some((k) => k.col === cell.col)) continue;
        if (!column || cell.kind !== "value") return null;
        captionFigures.push({
          cell,
          source: sourceOf(grid, cell),
          rowLabel: [label],
          header: column.label ? [column.label] : [],
          context: { group: null, groupFrom: "", previousGroup: null },
          unanswered: false,
        });
      }
      continue;
    }
    if (caption && periods.length === 0 && nationality.known) {
      if (inner === "period") return null;
      inner = "nationality";
      nationalityRows.push({ caption: caption.label, row: r, text, cells: figures });
      continue;
    }
    if (inner === "nationality") return null;
    inner = "period";
    const period = periods.length === 1 ? periods[0] : undefined;
    if (!caption || !period || caption.periods.has(period.id)) return null;
    caption.periods.add(period.id);
    for (const cell of figures) {
      if (cell.kind !== "value") return null;
      const column = columns.find((k) => k.col === cell.col);
      if (!column) continue;
      candidates.push({
        cell,
        source: sourceOf(grid, cell),
        rowLabel: [caption.label],
        header: column.label ? [column.label] : [],
        context: { group: null, groupFrom: "", previousGroup: null },
        unanswered: false,
        columnTitle: text,
      });
    }
  }
  if (!grand || caption !== null) return null;
  if (unread.length > 0) {
    // All or nothing: a column that counts no child and no episode may be the one the other columns lean on
    // (a count of records with an episode beside the children), so the whole pivot is left unread and said so,
    // its rows kept from the other readers, which would take its figures for the caption group's children.
    const unreadIssues = unread.map((k) => {
      const at = sourceOf(grid, { row: head, col: k.col });
      return makeIssue("layout_unknown", {
        message: `${describeSource(at)}: the Excel pivot table's column "${k.text}" ${k.why}, so it counts no children or episodes the request asks for; the pivot table (rows ${head}–${rows.at(-1)}) was not read.`,
        ...issueLocation(at),
        raw: k.text,
      });
    });
    const unreadDecisions: Decision[] = [
      {
        file: grid.file,
        ...locationOf(grid, { row: head, col: 1 }),
        message: `Rows ${head}–${rows.at(-1)} read as an Excel pivot table but not read: ${unread.map((k) => `"${k.text}" ${k.why}`).join("; ")}.`,
      },
    ];
    return { candidates: [], issues: unreadIssues, decisions: unreadDecisions, rows, nationalities: [] };
  }
  // Figures on a caption row are the group's own only when the rows under it break it down by
  // nationality; over period rows they would add up periods the request may ask about apart.
  if (captionFigures.length > 0 && inner !== "nationality") return null;
  if (inner === "nationality") candidates.push(...captionFigures);
  if (candidates.length === 0) return null;
  const grandFigures = inner === "nationality" ? bothGroupsFigures(captionTexts, grandCells, columns, grid, env) : [];
  candidates.push(...grandFigures);
  const nationalities = readNationalityRows(nationalityRows, columns, grid, env);

  const decisions: Decision[] = [
    {
      file: grid.file,
      ...locationOf(grid, { row: head, col: 1 }),
      message:
        inner === "nationality"
          ? `Rows ${head}–${rows.at(-1)} read as an Excel pivot table: each caption row gives its group's figures, the rows under it its nationalities, and each column counts its field (${columns.map((k) => `"${k.field}"${k.label ? "" : " → the group's children"}`).join(", ")}); ${nationalities.column ? `nationalities counted from "${nationalities.column}"` : "no column counts the children who went missing, so no nationality was read"}.`
          : `Rows ${head}–${rows.at(-1)} read as an Excel pivot table: each caption row names the group of the period rows under it, and each column counts its field (${columns.map((k) => `"${k.field}"${k.label ? "" : " → the group's children"}`).join(", ")}).`,
    },
  ];
  for (const total of totals) {
    const first = sourceOf(grid, { row: total.row, col: 1 });
    if (total.row === grandRow && grandFigures.length > 0) {
      decisions.push({
        file: grid.file,
        ...locationOf(grid, { row: total.row, col: 1 }),
        message: `"${total.text}" read as both groups together (${captionTexts.join(", ")}): each record sits under one caption, so it counts each child once; only a count the request asks of both groups together is taken from it.`,
      });
      issues.push(
        makeIssue("label_outside_request", {
          message: `${describeSource(first)}: "${total.text}" is the pivot table's total over every group; it was read as both groups together, and its figures are used only for a count the request asks of both groups together.`,
          ...issueLocation(first),
          raw: total.text,
          severity: "info",
        }),
      );
      continue;
    }
    issues.push(
      makeIssue("label_outside_request", {
        message: `${describeSource(first)}: "${total.text}" is the pivot table's total over ${total.text.toLowerCase() === "grand total" ? `every group and ${inner ?? "period"}` : `every ${inner ?? "period"} of its group`}, which the request does not ask for; it was not read as a figure (the period rows above it were).`,
        ...issueLocation(first),
        raw: total.text,
      }),
    );
  }
  return { candidates, issues, decisions, rows, nationalities: nationalities.facts };
}

/**
 * The line right over a pivot's "Row Labels" header (a blank line between
 * allowed), when it is one cell of words naming one metric the request
 * counts in children, and no group: the pivot's title, saying which
 * children its records are. Anything else (a group, two metrics, a
 * figure, an episode count) says nothing of the record count's metric.
 */
function titleMetricAbove(grid: SheetGrid, head: number, env: LocateEnv): LabelMatch | null {
  const label = titleAbove(grid, head, env);
  if (label === null) return null;
  const [metric] = label.metrics;
  const counts = env.knowledge.request.metrics.find((m) => m.id === metric)?.counts;
  if (label.metrics.length !== 1 || label.groups.length > 0 || label.ratio || label.ignore || counts !== "children")
    return null;
  return label;
}

/** Whether the one-cell title over a pivot names any count the request asks (episodes, two counts, …). */
function titleNamesCount(grid: SheetGrid, head: number, env: LocateEnv): boolean {
  return (titleAbove(grid, head, env)?.metrics.length ?? 0) > 0;
}

/** The line right over a pivot's header (a blank line between allowed), matched, when it is one cell of words. */
function titleAbove(grid: SheetGrid, head: number, env: LocateEnv): LabelMatch | null {
  for (let r = head - 1; r >= Math.max(1, head - 2); r--) {
    const row = grid.rows[r - 1] ?? [];
    if (row.length === 0) continue;
    const [only] = row;
    if (row.length !== 1 || only?.kind !== "text" || only.col !== 1) return null;
    return matchLabel(only.text, env.knowledge.labels);
  }
  return null;
}

/**
 * The Grand Total's figures, as both groups together, when the captions are two or more different groups of
 * the request: a pivot's outer field puts each record under exactly one caption, so its Grand Total adds
 * each child once. Matched like any figure, so a count the request asks of each group apart is reported as
 * outside the request, not used. None over period rows, where the Grand Total adds the periods up too.
 */
function bothGroupsFigures(
  captions: readonly string[],
  cells: readonly LogicalCell[],
  columns: readonly PivotColumn[],
  grid: SheetGrid,
  env: LocateEnv,
): FigureCandidate[] {
  const vocab = env.knowledge.labels;
  const groups = captions.map((t) => groupOfLabel(matchLabel(t, vocab), vocab));
  if (!coversEveryGroup(groups, vocab)) return [];
  const label = { ...matchLabel(captions.join(" and "), env.knowledge.labels), bothGroups: true };
  const out: FigureCandidate[] = [];
  for (const cell of cells) {
    const column = columns.find((k) => k.col === cell.col);
    // The count of records' identifiers names no count of its own: as a Grand Total it is no question's.
    if (!column?.label || cell.kind !== "value") continue;
    out.push({
      cell,
      source: sourceOf(grid, cell),
      rowLabel: [label],
      header: [column.label],
      context: { group: null, groupFrom: "", previousGroup: null },
      unanswered: false,
    });
  }
  return out;
}

/**
 * Whether the captions' groups, each taken up to the group it is a part or subset of, are every group
 * the request counts together (its groups that are no part, subset or combination of another): only
 * then does the Grand Total add up both groups. Two parts of one group (identified and suspected
 * trafficked) are two different groups but leave out every UASC; a caption of no group leaves the
 * total unknown.
 */
function coversEveryGroup(groups: readonly (string | null)[], vocab: LabelVocabulary): boolean {
  const tops = new Set<string>();
  for (const g of groups) {
    if (g === null) return false;
    let top = g;
    for (const seen = new Set<string>(); !seen.has(top); ) {
      seen.add(top);
      top = vocab.partOf[top] ?? vocab.subsetOf[top] ?? top;
    }
    tops.add(top);
  }
  const whole = vocab.requestGroups.filter(
    (g) => g !== COMBINED_GROUP && vocab.partOf[g] === undefined && vocab.subsetOf[g] === undefined,
  );
  return whole.length >= 2 && whole.length === tops.size && whole.every((g) => tops.has(g));
}

/**
 * The nationality rows' counts of children who went missing (the request's breakdown), from the one
 * column whose field is that metric ("Sum of Went Missing (child)"); none when no column, or several, is.
 */
function readNationalityRows(
  rowsIn: readonly { caption: LabelMatch; row: number; text: string; cells: readonly LogicalCell[] }[],
  columns: readonly PivotColumn[],
  grid: SheetGrid,
  env: LocateEnv,
): { facts: NationalityFact[]; column: string | null } {
  const missing = columns.filter((k) => k.label?.metrics.includes(BREAKDOWN_METRIC) && k.label.metrics.length === 1);
  const [column, ...more] = missing;
  if (column === undefined || more.length > 0) return { facts: [], column: null };
  const facts: NationalityFact[] = [];
  for (const r of rowsIn) {
    const group = nationalityGroupOf(groupOfLabel(r.caption, env.knowledge.labels), env);
    const cell = r.cells.find((c) => c.col === column.col);
    if (group === null || !cell?.parsed) continue;
    const canon = canonicaliseNationality(r.text, env.knowledge.nationalities);
    facts.push(nationalityFact(group, r.text, canon, cell.parsed, cell.text, sourceOf(grid, cell)));
  }
  return { facts, column: column.field };
}
