/**
 * Score foi-agg's ingest against the blind holdout corpus (fixtures/holdout),
 * on the bar issue 2 sets:
 *
 *   - at least 85% of exact figures right;
 *   - zero figures wrong without an error or warning naming that measure or the whole return;
 *   - at least 90% of planted problems flagged;
 *   - no input file unaccounted for.
 *
 * The ingest runs in-process (jobs: 1) into a temporary folder; the score is
 * read only from its written outputs (values.csv, authorities.csv,
 * quality.csv), as a user would read them.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { parse } from "csv-parse/sync";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadNationalities, type NationalityTable } from "../../src/knowledge/nationalities.js";
import { canonicaliseNationality } from "../../src/parse/parseNationality.js";
import { runIngest } from "../../src/pipeline/runIngest.js";
import { checkLetters, type LetterCheck } from "../support/letterCoverage.js";

type Row = Record<string, string>;

const EXACT = new Set(["reported", "derived", "override"]);
/** Issue codes about a whole return even when they name the line that gave rise to them. */
const RETURN_WIDE = new Set(["period_mismatch", "period_approximate"]);

export interface FigureMiss {
  authority_code: string;
  authority_name: string;
  measure: string;
  truth: number | null;
  expected_status: string;
  status: string;
  value: string;
  raw: string;
  source: string;
  /** Errors and warnings foi-agg raised on this authority. */
  flagged: boolean;
}

export interface PlantedResult {
  file: string;
  authority_code: string;
  problem: string;
  expected_codes: string[];
  /** Raised one of the expected codes, or a code that refines one of them (REFINES). */
  flagged: boolean;
  /** Raised one of the expected codes as listed. */
  flaggedAsListed: boolean;
  /** Issue codes foi-agg did raise for this file or authority. */
  seen: string[];
}

export interface HoldoutScore {
  /** Planted problems worth a letter, and whether the authority's letter raises them. */
  letters?: LetterCheck[];
  truthTotal: number;
  right: number;
  /** Truth figures not read right (includes `wrong`). */
  misses: FigureMiss[];
  /** Read as exact, with a different value. */
  wrong: FigureMiss[];
  /** Wrong, and no error or warning naming its measure or the whole return. */
  silentWrong: FigureMiss[];
  planted: PlantedResult[];
  files: string[];
  unaccounted: string[];
  /** Non-exact answers (statuses.csv): how many got the expected status. */
  statusTotal: number;
  statusMatched: number;
  statusMismatches: FigureMiss[];
  /**
   * Exact figures for a measure the return does not give at all: usually a
   * label read as the wrong measure (or a derivation the corpus does not make).
   */
  unexpectedExact: FigureMiss[];
  /** Planted-contradiction or no-truth figures kept exact with no error or warning on the authority. */
  keptUnflagged: FigureMiss[];
  /**
   * Figures the reply gives as something other than an exact count (suppressed,
   * refused, not held, or not_exact: another period, both groups, a snapshot, an
   * approximation) that foi-agg kept exact with no error or warning naming the
   * measure or the return: as silent as a wrong figure, for the figure is not the one asked.
   */
  keptExactUnwarned: FigureMiss[];
  /** National totals of children who went missing, by group and nationality, over all periods. */
  nationalities: NationalityTotal[];
  /** Per authority: truth nationality figures not read exactly, and exact ones read that the truth lacks. */
  nationalityMisses: string[];
  /**
   * Per authority and nationality: an exact figure read (summed over periods) that is not the truth's, with no
   * error or warning on the group's went-missing measure, on the nationality list, or on the whole return.
   * It reaches a national nationality total as silently as a wrong figure reaches a national total.
   */
  nationalitySilent: string[];
}

export interface NationalityTotal {
  group: string;
  nationality: string;
  truth: number;
  /** nationalities.csv's exact figure summed over periods; null when the run has no row. */
  got: number | null;
  lower: number | null;
  upper: number | null;
}

function readCsv(text: string): Row[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as Row[];
}

/** Every file under `dir`, as sorted "/"-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  await walk(dir);
  return out.sort();
}

/** The file part of a provenance reference: "Kent.xlsx#Sheet!C3" / "Devon.csv:8:2" → file name. */
function sourceFiles(source: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const part of source.split(";")) {
    const p = part.trim();
    if (p === "") continue;
    // Longest known file name that prefixes the reference.
    let best = "";
    for (const f of known) if (p.startsWith(f) && f.length > best.length) best = f;
    if (best) found.push(best);
  }
  return found;
}

/** Run the ingest on `<corpus>/returns` and score it against the corpus's readings. */
export async function scoreHoldout(corpus: string): Promise<HoldoutScore> {
  const tmp = await mkdtemp(join(tmpdir(), "foi-agg-holdout-"));
  try {
    const out = join(tmp, "out");
    // A round of its own (several periods, its own groups) brings its request.
    const request = join(corpus, "request.json");
    const own = await readFile(request).then(
      () => true,
      () => false,
    );
    await runIngest({ folder: join(corpus, "returns"), out, strict: false, jobs: 1, ...(own ? { request } : {}) });
    const score = await scoreOutputs(corpus, out);
    return { ...score, letters: await checkLetters(corpus, out, REFINES) };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

let table: NationalityTable | null = null;

/**
 * A truth row's nationality as foi-agg names it: a writer may name the
 * country ("Afghanistan", "United Kingdom") where the outputs name the
 * nationality ("Afghan", "British"). A name the table does not know
 * ("Not recorded", "Other") is kept as written.
 */
function asNationality(row: Row): Row {
  table ??= loadNationalities(KNOWLEDGE_DIR);
  const read = canonicaliseNationality(row.nationality ?? "", table);
  return read.known ? { ...row, nationality: read.nationality } : row;
}

/** Score an ingest's written outputs in `out` against the corpus. */
export async function scoreOutputs(corpus: string, out: string): Promise<HoldoutScore> {
  const [truthRows, statusRows, plantedRows, values, authorities, quality, truthNatRows, nat] = (await Promise.all(
    [
      join(corpus, "truth.csv"),
      join(corpus, "statuses.csv"),
      join(corpus, "planted.csv"),
      join(out, "values.csv"),
      join(out, "authorities.csv"),
      join(out, "quality.csv"),
      join(corpus, "truth-nationalities.csv"),
      join(out, "nationalities.csv"),
    ].map(async (p) =>
      readFile(p, "utf8").then(readCsv, (e: NodeJS.ErrnoException) => {
        // A round may give no nationalities at all; every other file must be there.
        if (e.code === "ENOENT" && p.endsWith("nationalities.csv")) return [];
        throw e;
      }),
    ),
  )) as [Row[], Row[], Row[], Row[], Row[], Row[], Row[], Row[]];
  const truthNat = truthNatRows.map(asNationality);

  // A round asked for several periods keys its truth by period too; one
  // asked for one period does not, and its values' period is ignored.
  // An empty period column is a one-period truth written with the column.
  const byPeriod = [...truthRows, ...statusRows].some((r) => r.period !== undefined && r.period !== "");
  const keyOf = (r: Row) =>
    byPeriod ? `${r.authority_code}|${r.measure}|${r.period ?? ""}` : `${r.authority_code}|${r.measure}`;
  const valueByKey = new Map<string, Row>();
  for (const v of values) valueByKey.set(keyOf(v), v);
  // A wrong figure counts as flagged only when an error or warning names
  // its measure, or speaks for the whole return (no measure, no cell): a
  // warning about some other line of the file would not lead a reader to it.
  const flags = quality.filter((q) => q.severity === "error" || q.severity === "warning");
  // An issue names the measure it points at and, in related_measures, every other one it makes suspect
  // (the parts of a total that does not add up): each of them is flagged.
  const flaggedMeasures = new Set(
    flags.flatMap((q) =>
      [q.measure ?? "", ...(q.related_measures ?? "").split(";")]
        .filter(Boolean)
        .map((m) => `${q.authority_code}|${m}`),
    ),
  );
  // "Return covers a different period" speaks for every figure of the return, though it points at the line that says so.
  const flaggedReturns = new Set(
    flags.filter((q) => !q.measure && (!q.cell || RETURN_WIDE.has(q.code ?? ""))).map((q) => q.authority_code),
  );
  const isFlagged = (code: string, measure: string) =>
    flaggedMeasures.has(`${code}|${measure}`) || flaggedReturns.has(code);
  // A warning about the nationality list itself (a sum that does not match, a name not known) leads a reader to it.
  const flaggedLists = new Set(
    flags.filter((q) => /^(check_)?nationality/.test(q.code ?? "")).map((q) => q.authority_code),
  );

  const describe = (row: Row, truth: number | null, expected: string): FigureMiss => {
    const v = valueByKey.get(keyOf(row));
    const code = row.authority_code ?? "";
    const measure = row.measure ?? "";
    return {
      authority_code: code,
      authority_name: v?.authority_name ?? "",
      measure: byPeriod ? `${measure} ${row.period ?? ""}` : measure,
      truth,
      expected_status: expected,
      status: v?.status ?? "(no row)",
      value: v?.value ?? "",
      raw: v?.raw ?? "",
      source: v?.source ?? "",
      flagged: isFlagged(code, measure),
    };
  };

  // --- exact figures -------------------------------------------------------------
  let right = 0;
  const misses: FigureMiss[] = [];
  const wrong: FigureMiss[] = [];
  for (const t of truthRows) {
    const truth = Number(t.value);
    const v = valueByKey.get(keyOf(t));
    const exact = v !== undefined && EXACT.has(v.status ?? "");
    if (exact && v.value !== "" && Number(v.value) === truth) {
      right += 1;
      continue;
    }
    const miss = describe(t, truth, "exact");
    misses.push(miss);
    if (exact) wrong.push(miss);
  }

  // --- other statuses (informational) --------------------------------------------
  let statusTotal = 0;
  let statusMatched = 0;
  const statusMismatches: FigureMiss[] = [];
  const keptUnflagged: FigureMiss[] = [];
  for (const s of statusRows) {
    const v = valueByKey.get(keyOf(s));
    const miss = () => describe(s, null, s.status ?? "");
    if (s.status === "flag") {
      // A planted contradiction or a no-truth file: any status, but exact needs a flag.
      if (v && EXACT.has(v.status ?? "") && !isFlagged(s.authority_code ?? "", s.measure ?? ""))
        keptUnflagged.push(miss());
      continue;
    }
    statusTotal += 1;
    const ok = s.status === "not_exact" ? v !== undefined && !EXACT.has(v.status ?? "") : v?.status === s.status;
    if (ok) statusMatched += 1;
    else statusMismatches.push(miss());
  }

  const read = new Set([...truthRows, ...statusRows].map(keyOf));
  const unexpectedExact = values
    .filter((v) => EXACT.has(v.status ?? "") && !read.has(keyOf(v)))
    .map((v) => describe(v, null, "(none)"));

  // --- planted problems -------------------------------------------------------------
  const planted: PlantedResult[] = plantedRows.map((p) => {
    const expected = (p.expected_codes ?? "").split("|").filter(Boolean);
    const accepts = (code: string) =>
      expected.includes(code) || (REFINES[code] ?? []).some((c) => expected.includes(c));
    const related = quality.filter(
      (q) => (p.file && q.file === p.file) || (p.authority_code && q.authority_code === p.authority_code),
    );
    return {
      file: p.file ?? "",
      authority_code: p.authority_code ?? "",
      problem: p.problem ?? "",
      expected_codes: expected,
      flagged: related.some((q) => accepts(q.code ?? "")),
      flaggedAsListed: related.some((q) => expected.includes(q.code ?? "")),
      seen: [...new Set(related.map((q) => `${q.code}(${q.severity})`))].sort(),
    };
  });

  // --- files ------------------------------------------------------------------------
  const files = await listFiles(join(corpus, "returns"));
  const fileSet = new Set(files);
  const accounted = new Set<string>();
  for (const a of authorities) for (const f of (a.files ?? "").split(";")) if (f) accounted.add(f.trim());
  for (const q of quality) if (q.file) accounted.add(q.file);
  for (const v of values) for (const f of sourceFiles(v.source ?? "", fileSet)) accounted.add(f);
  const unaccounted = files.filter((f) => !accounted.has(f));

  return {
    truthTotal: truthRows.length,
    right,
    misses,
    wrong,
    silentWrong: wrong.filter((w) => !w.flagged),
    planted,
    files,
    unaccounted,
    statusTotal,
    statusMatched,
    statusMismatches,
    unexpectedExact,
    keptUnflagged,
    keptExactUnwarned: statusMismatches.filter((m) => EXACT.has(m.status) && !m.flagged),
    nationalities: scoreNationalities(truthNat, nat),
    ...(await listNationalityMisses(
      truthNat,
      join(out, "quality.json"),
      (code, group) => isFlagged(code, `${group}_went_missing`) || flaggedLists.has(code),
    )),
  };
}

/**
 * Where the national totals go wrong: each authority's figures against its truth, periods summed; and
 * those read exact but wrong with no warning that `isFlagged` (authority, group) finds.
 */
async function listNationalityMisses(
  truthRows: Row[],
  qualityJson: string,
  isFlagged: (code: string, group: string) => boolean,
): Promise<{ nationalityMisses: string[]; nationalitySilent: string[] }> {
  // A scored output without quality.json (a test's hand-made outputs) has no per-authority nationalities.
  const text = await readFile(qualityJson, "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return '{"authorities":[]}';
    throw e;
  });
  const quality = JSON.parse(text) as {
    authorities: {
      code: string;
      nationalities: {
        group: string;
        nationality: string;
        status: string;
        value: number | null;
        rawValue: string;
        source: string;
      }[];
    }[];
  };
  const keyOf = (code: string, group: string, nationality: string) =>
    `${code} ${group} ${nationality.trim().toLowerCase()}`;
  const truth = new Map<string, number>();
  for (const t of truthRows) {
    const k = keyOf(t.authority_code ?? "", t.group ?? "", t.nationality ?? "");
    truth.set(k, (truth.get(k) ?? 0) + Number(t.missing_children));
  }
  const got = new Map<string, { value: number; raw: string[]; code: string; group: string }>();
  for (const a of quality.authorities)
    for (const n of a.nationalities) {
      const k = keyOf(a.code, n.group, n.nationality);
      const entry = got.get(k) ?? { value: 0, raw: [], code: a.code, group: n.group };
      if (EXACT.has(n.status) && n.value !== null) entry.value += n.value;
      entry.raw.push(`${n.status} ${JSON.stringify(n.rawValue)} @${n.source}`);
      got.set(k, entry);
    }
  const lines: string[] = [];
  for (const [k, t] of truth) {
    const g = got.get(k);
    if (g?.value !== t) lines.push(`  ${k}: truth=${t} got=${g ? `${g.value} (${g.raw.join("; ")})` : "(nothing)"}`);
  }
  for (const [k, g] of got)
    if (!truth.has(k) && g.value > 0) lines.push(`  ${k}: truth=(none) got=${g.value} (${g.raw.join("; ")})`);
  const silent = [...got]
    // A reply's "Other" or "Not recorded" row is read as other/unknown, a row writers' truths leave out; the
    // national totals quoted are of named nationalities, so only those count here.
    .filter(([k, g]) => g.value > 0 && g.value !== (truth.get(k) ?? 0) && !isFlagged(g.code, g.group))
    .filter(([k]) => truth.has(k) || !k.endsWith(" other/unknown"))
    .map(([k, g]) => `  ${k}: truth=${truth.get(k) ?? "(none)"} got=${g.value} (${g.raw.join("; ")})`);
  return { nationalityMisses: lines.sort(), nationalitySilent: silent.sort() };
}

/**
 * National totals by group and nationality, summed over the round's periods
 * (a reply may give one figure for the whole round), against nationalities.csv.
 * A total is right when the run's exact figure equals the sum of the truth.
 */
function scoreNationalities(truthRows: Row[], nat: Row[]): NationalityTotal[] {
  const keyOf = (r: Row) => `${r.group}|${(r.nationality ?? "").trim().toLowerCase()}`;
  const totals = new Map<string, NationalityTotal>();
  for (const t of truthRows) {
    const k = keyOf(t);
    const entry = totals.get(k) ?? {
      group: t.group ?? "",
      nationality: t.nationality ?? "",
      truth: 0,
      got: null,
      lower: null,
      upper: null,
    };
    entry.truth += Number(t.missing_children);
    totals.set(k, entry);
  }
  const add = (a: number | null, b: string | undefined) => (b === undefined || b === "" ? a : (a ?? 0) + Number(b));
  for (const n of nat) {
    const entry = totals.get(keyOf(n));
    if (!entry) continue;
    entry.got = add(entry.got, n.missing_children);
    entry.lower = add(entry.lower, n.lower);
    entry.upper = add(entry.upper, n.upper);
  }
  return [...totals.values()].sort(
    (a, b) => b.truth - a.truth || a.group.localeCompare(b.group) || a.nationality.localeCompare(b.nationality),
  );
}

/**
 * Codes that narrow a code blind-round writers may list, each with the
 * listed codes it narrows: a rounding note is one kind of annotation, a
 * body outside the round is one kind of sender foi-agg does not attribute,
 * and a reply for a financial or calendar year in place of the requested
 * one is one kind of different period (foi-agg counts it with a warning
 * that names the year; four independent writers listed only
 * period_mismatch for it). A planted problem expecting the listed code is
 * flagged by the narrower one too; the score also reports the count by the
 * listed codes alone.
 */
export const REFINES: Readonly<Record<string, readonly string[]>> = {
  value_rounded: ["value_annotated"],
  // An approximate count ("approximately 270") is one kind of annotated
  // figure, and one kind foi-agg does not take as a figure: writers listed
  // value_annotated or value_unparsed for it before the code existed.
  value_approximate: ["value_annotated", "value_unparsed"],
  authority_outside_round: ["authority_unidentified"],
  // A file whose contents name no council, given to one by its file name
  // alone (a full name, or initials): foi-agg assigns it and says so (info),
  // where four writers (rounds 37, 41, 44, 47) listed authority_unidentified
  // for a letter that never names its council.
  authority_from_file_name: ["authority_unidentified"],
  authority_from_initials: ["authority_unidentified"],
  // A file given to a council only by the name under its signature or the
  // e-mail it came with (the From address's domain), said so: the same weak
  // evidence of the sender, where writers (rounds 63, 72, 75, 79-81, 85, 92,
  // 93, 97) listed authority_unidentified, authority_from_file_name or
  // authority_from_initials for "council named only in the signature block"
  // or "only by the From domain".
  authority_from_signature: ["authority_unidentified", "authority_from_file_name", "authority_from_initials"],
  period_approximate: ["period_mismatch"],
  // Two replies from one council that disagree on a figure (a correction
  // e-mail, an internal review): foi-agg names the measure and uses the
  // later figure, where a writer (round 69) listed value_conflict for it.
  duplicate_conflict: ["value_conflict"],
  // A fraction (0.104) answering a percentage, whose scale foi-agg will not
  // guess: one kind of annotated figure, where a writer (round 75) listed
  // value_annotated or value_unparsed before the code existed.
  value_percentage_scale_unclear: ["value_annotated", "value_unparsed"],
  // Tables side by side, each under its own group title, read as separate
  // tables and said so: where a writer (round 76) listed layout_unknown or
  // label_ambiguous for "two tables side by side … same measure labels".
  layout_tables_side_by_side: ["layout_unknown", "label_ambiguous"],
  // A reporting tool's run details read as metadata and said so: where a
  // writer (round 76) listed layout_unknown or label_unmatched for "a
  // metadata block above the table … must not be read as figures".
  layout_report_metadata: ["layout_unknown", "label_unmatched"],
  // Bare numbered answers read by the request's numbering alone, said so:
  // where a writer (round 76) listed label_unmatched or layout_unknown for
  // "bare numbered answers ('1. 3') with the questions not restated".
  label_from_question_number: ["label_unmatched", "layout_unknown"],
  // The same labels under section headings of two groups, each figure given
  // its heading's group and said so: where a writer (round 76) listed
  // label_ambiguous or layout_unknown for "the group is only in a section
  // heading row above the measure rows (same labels repeat for both groups)".
  label_group_from_heading: ["label_ambiguous", "layout_unknown"],
  // A table typed with spaces in a text letter, read by where its characters
  // line up and said so: where a writer (round 76) listed layout_unknown for
  // "fixed-width text table … answering Q1-Q8 at once".
  layout_typed_table: ["layout_unknown"],
  // A covering letter pasted into cells above the table, read as a letter and
  // said so: where a writer (round 76) listed layout_unknown or
  // label_unmatched for "covering letter pasted into cells … above the table".
  layout_letter_in_cells: ["layout_unknown", "label_unmatched"],
  // A figure typed as text with spaces ("106 "), read as its number and said
  // so: one kind of annotated figure, where a writer (round 76) listed
  // value_annotated or value_unparsed for "figures stored as text".
  value_stored_as_text: ["value_annotated", "value_unparsed"],
  // A figure set aside because its column, row or a note gives another
  // period ("2013/14" beside the requested year, "as at 31 March 2019", a
  // part month) or another group: the decided form of figure_other_period
  // (which keeps a doubtful figure with a warning), and a figure for a
  // different period. Writers of rounds 19, 32, 34, 40, 47, 51, 53, 62, 64,
  // 70 and 74 listed figure_other_period or period_mismatch for "periods
  // side by side, only one is asked" or a one-day count, where foi-agg set
  // the other periods' figures aside with a warning naming the period.
  figure_set_aside: ["figure_other_period", "period_mismatch"],
  // A figure given for part of the requested period ("Jan-Sep 2015", "1
  // April to 31 August" where 30 September was asked), said so on the
  // figure: one kind of different period, where writers (rounds 13, 32, 34,
  // 40) listed period_mismatch.
  period_part: ["period_mismatch"],
  // A reply saying the whole request is not held: the not-held answer for
  // every figure at once, where a writer (round 32) listed value_not_held.
  document_not_held: ["value_not_held"],
  // Parts given with no total (Male and Female rows), added up and said so
  // on each measure ("give X in parts with no total beside them; their sum
  // is used"): foi-agg's own notice of parts without a total, where a writer
  // (round 14) listed check_part_without_total.
  value_summed: ["check_part_without_total"],
  // A nationality list given once for every year of a request of several,
  // kept for the whole span and said so: where writers (rounds 68, 85, 86,
  // 95) listed nationality_unknown or check_nationality_sum for "nationality
  // for all years together, in prose" or "in a note under the table".
  nationality_whole_span: ["nationality_unknown", "check_nationality_sum"],
  // A council that took over its predecessor's whole area as another kind of
  // council, giving figures for periods before it began, said so (info):
  // where writers (rounds 101, 107) listed authority_predecessor_area for
  // "council formed 1 April 2023 gives the former County Council's figures
  // (same area)".
  authority_predecessor_same_area: ["authority_predecessor_area"],
};

export const BAR = { right: 0.85, silentWrong: 0, planted: 0.9, unaccounted: 0 } as const;

function pct(a: number, b: number): string {
  return b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`;
}

function missLine(m: FigureMiss): string {
  const truth = m.truth === null ? m.expected_status : String(m.truth);
  const got = m.value !== "" ? `${m.status} ${m.value}` : m.status;
  return `  ${m.authority_code} ${m.authority_name.padEnd(24).slice(0, 24)} ${m.measure.padEnd(29)} truth=${truth.padEnd(12)} got=${got.padEnd(16)} raw=${JSON.stringify(m.raw)} src=${m.source}${m.flagged ? "" : "  [NO error/warning on this measure or the return]"}`;
}

function natRight(totals: readonly NationalityTotal[]): number {
  return totals.filter((n) => n.got === n.truth).length;
}

/** A plain-text report: headline scores against the bar, then every miss. */
export function formatScore(s: HoldoutScore): string {
  const flagged = s.planted.filter((p) => p.flagged).length;
  const asListed = s.planted.filter((p) => p.flaggedAsListed).length;
  const lines = [
    "=== foi-agg holdout score ===",
    `exact figures right:     ${s.right}/${s.truthTotal} = ${pct(s.right, s.truthTotal)}   (bar ≥ ${BAR.right * 100}%)`,
    `figures wrong:           ${s.wrong.length}, of which without an error/warning naming the measure or the return: ${s.silentWrong.length}   (bar = 0)`,
    `planted problems flagged: ${flagged}/${s.planted.length} = ${pct(flagged, s.planted.length)}   (bar ≥ ${BAR.planted * 100}%; ${asListed} by the listed codes alone, the rest by a code that refines one)`,
    `files unaccounted for:   ${s.unaccounted.length} of ${s.files.length}   (bar = 0)`,
    `non-exact statuses as expected (info): ${s.statusMatched}/${s.statusTotal}`,
    `exact figures where the reply gives none, without an error/warning: ${s.keptExactUnwarned.length}   (bar = 0)`,
    `exact figures for measures the return does not give (info): ${s.unexpectedExact.length}, without error/warning: ${s.unexpectedExact.filter((m) => !m.flagged).length}`,
    `planted-contradiction figures kept exact without error/warning (info): ${s.keptUnflagged.length}`,
    `national nationality totals right: ${natRight(s.nationalities)}/${s.nationalities.length}; of the 10 largest: ${natRight(s.nationalities.slice(0, 10))}/${Math.min(10, s.nationalities.length)}`,
    `nationality figures by authority wrong without a warning on the list, the group or the return: ${s.nationalitySilent.length}`,
    "",
  ];
  if (s.silentWrong.length > 0) lines.push("SILENTLY WRONG figures:", ...s.silentWrong.map(missLine), "");
  if (s.wrong.length > 0) lines.push("Wrong figures (exact but not the truth):", ...s.wrong.map(missLine), "");
  const notRight = s.misses.filter((m) => !s.wrong.includes(m));
  if (notRight.length > 0) lines.push("Missed exact figures:", ...notRight.map(missLine), "");
  const missedPlants = s.planted.filter((p) => !p.flagged);
  if (missedPlants.length > 0) {
    lines.push("Planted problems NOT flagged:");
    for (const p of missedPlants)
      lines.push(
        `  ${p.file} [${p.authority_code || "-"}] ${p.problem}\n      wanted one of ${p.expected_codes.join("|")}; saw ${p.seen.join(", ") || "nothing"}`,
      );
    lines.push("");
  }
  const natMisses = s.nationalities.filter((n) => n.got !== n.truth);
  if (natMisses.length > 0)
    lines.push(
      "National nationality totals not right (all periods):",
      ...natMisses.map(
        (n) =>
          `  ${n.group.padEnd(11)} ${n.nationality.padEnd(14)} truth=${String(n.truth).padEnd(5)} got=${n.got ?? "(no row)"} bounds=${n.lower ?? ""}–${n.upper ?? ""}`,
      ),
      "",
    );
  if (s.nationalityMisses.length > 0)
    lines.push("Nationality figures by authority not right:", ...s.nationalityMisses, "");
  if (s.nationalitySilent.length > 0)
    lines.push(
      "SILENTLY WRONG nationality figures (no warning on the list, the group or the return):",
      ...s.nationalitySilent,
      "",
    );
  if (s.unaccounted.length > 0) lines.push("Files unaccounted for:", ...s.unaccounted.map((f) => `  ${f}`), "");
  const spurious = s.statusMismatches.filter((m) => EXACT.has(m.status));
  if (spurious.length > 0)
    lines.push(
      "Exact figures where the return gives none (suppressed/refused/not held/...):",
      ...spurious.map(missLine),
      "",
    );
  const otherStatus = s.statusMismatches.filter((m) => !EXACT.has(m.status));
  if (otherStatus.length > 0) lines.push("Other status differences (info):", ...otherStatus.map(missLine), "");
  if (s.unexpectedExact.length > 0)
    lines.push(
      "Exact figures for measures the return does not give (a label read as the wrong measure?):",
      ...s.unexpectedExact.map(missLine),
      "",
    );
  if (s.keptUnflagged.length > 0)
    lines.push("Planted-contradiction figures kept exact without error/warning:", ...s.keptUnflagged.map(missLine), "");
  return lines.join("\n");
}
