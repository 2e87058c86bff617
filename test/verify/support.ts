import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { runCheck } from "../../src/cli/commands/check.js";
import { captureIo } from "../../src/cli/io.js";
import { type Authority, NATION_CODES, UK_CODE } from "../../src/domain/authority.js";
import {
  type AuthorityRow,
  AuthorityRowSchema,
  type NationalityRow,
  NationalityRowSchema,
  type SummaryRow,
  SummaryRowSchema,
  type ValueRow,
  ValueRowSchema,
} from "../../src/domain/outputs.js";
import { BOUNDED_STATUSES, EXACT_STATUSES, type Status } from "../../src/domain/values.js";
import { loadAuthorities } from "../../src/knowledge/authorities.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { checkFigures, type FigureResult, type LoadedOutputs } from "../../src/verify/checkFigures.js";
import { parseExpectedFigures } from "../../src/verify/expected.js";
import { loadOutputs } from "../../src/verify/loadOutputs.js";
import { formatCsv } from "../../src/write/formatCsv.js";

/** The 2015 round's one period, as its request names it. */
const PERIOD = "2014-15";

/**
 * Outputs built in memory for the check tests, and the helper the
 * end-to-end test uses to run the whole check on an ingest's output folder.
 */
export const AUTHORITIES: Authority[] = loadAuthorities(`${KNOWLEDGE_DIR}authorities-2015.csv`);
export const EXPECTED_PATH = new URL("../../fixtures/expected/heading-back-to-harm.json", import.meta.url).pathname;

export function authorityNamed(name: string): Authority {
  const a = AUTHORITIES.find((x) => x.name === name);
  if (!a) throw new Error(`no authority ${name}`);
  return a;
}

/** A figure: a bare number is reported; otherwise a status with a value or bounds. */
export type Fig = number | { status: Status; value?: number; lower?: number; upper?: number };

export interface AuthorityInput {
  authority: Authority;
  figures: Record<string, Fig>;
}

function toValueRow(a: Authority, measure: string, fig: Fig | undefined): ValueRow {
  const f =
    typeof fig === "number"
      ? { status: "reported" as const, value: fig }
      : (fig ?? { status: "not_answered" as const });
  const exact = EXACT_STATUSES.has(f.status);
  const bounded = BOUNDED_STATUSES.has(f.status);
  return {
    authority_code: a.gss_code,
    authority_name: a.name,
    nation: a.nation,
    region_code: a.region_code,
    region_name: a.region_name,
    measure,
    status: f.status,
    value: exact ? (f.value ?? null) : null,
    lower: exact ? (f.value ?? null) : bounded ? (f.lower ?? null) : null,
    upper: exact ? (f.value ?? null) : bounded ? (f.upper ?? null) : null,
    raw: "",
    source: "",
    label: "",
    override_reason: "",
    override_source: "",
    period: PERIOD,
  };
}

/** Summaries as the aggregate stage defines them: total of exact values; bounds add suppressed intervals. */
function summarise(
  values: readonly ValueRow[],
  authorities: readonly Authority[],
  measures: readonly string[],
): SummaryRow[] {
  const areas: { code: string; name: string; member: (v: ValueRow) => boolean }[] = [
    { code: UK_CODE, name: "United Kingdom", member: () => true },
    ...Object.entries(NATION_CODES).map(([name, code]) => ({ code, name, member: (v: ValueRow) => v.nation === name })),
  ];
  for (const a of authorities) {
    if (!areas.some((x) => x.code === a.region_code)) {
      areas.push({ code: a.region_code, name: a.region_name, member: (v) => v.region_code === a.region_code });
    }
  }
  return areas.flatMap((area) =>
    measures.map((measure) => {
      const rows = values.filter((v) => v.measure === measure && area.member(v));
      const exact = rows.filter((v) => EXACT_STATUSES.has(v.status));
      const bounded = rows.filter((v) => BOUNDED_STATUSES.has(v.status));
      const total = exact.reduce((s, v) => s + (v.value ?? 0), 0);
      return {
        area_code: area.code,
        area_name: area.name,
        measure,
        total: bounded.length === 0 ? total : null,
        exact_sum: total,
        lower: total + bounded.reduce((s, v) => s + (v.lower ?? 0), 0),
        upper: total + bounded.reduce((s, v) => s + (v.upper ?? 0), 0),
        authorities_exact: exact.length,
        authorities_suppressed: bounded.length,
        authorities_without_figure: rows.length - exact.length - bounded.length,
        authorities_override: rows.filter((v) => v.status === "override").length,
        lowest: null,
        median: null,
        highest: null,
        period: PERIOD,
      };
    }),
  );
}

/**
 * In-memory outputs for `inputs` (every other reference authority is given
 * no_return), with summaries computed the way the aggregate stage does.
 */
export function buildOutputs(
  inputs: readonly AuthorityInput[],
  options: {
    measures?: string[];
    nationalities?: NationalityRow[];
    breakdowns?: LoadedOutputs["nationalityBreakdowns"];
    authorities?: readonly Authority[];
  } = {},
): LoadedOutputs {
  const authorities = options.authorities ?? AUTHORITIES;
  const measures = options.measures ?? [...new Set(inputs.flatMap((i) => Object.keys(i.figures)))];
  const byCode = new Map(inputs.map((i) => [i.authority.gss_code, i]));
  const values = authorities.flatMap((a) =>
    measures.map((m) => {
      const input = byCode.get(a.gss_code);
      return toValueRow(a, m, input ? input.figures[m] : { status: "no_return" });
    }),
  );
  return {
    values,
    // The schema's catch-all (measure columns) and its named string columns cannot be one literal type.
    authorities: authorities.map(
      (a) =>
        ({
          authority_code: a.gss_code,
          authority_name: a.name,
          nation: a.nation,
          region_code: a.region_code,
          region_name: a.region_name,
          return_status: byCode.has(a.gss_code) ? "answered" : "no_return",
          files: "",
          errors: 0,
          warnings: 0,
        }) as AuthorityRow,
    ),
    summaries: summarise(values, authorities, measures),
    nationalities: options.nationalities ?? [],
    nationalityBreakdowns: options.breakdowns === undefined ? [] : options.breakdowns,
  };
}

/** Write in-memory outputs as an ingest output folder (the CSVs, and quality.json when breakdowns are known). */
export async function writeOutputs(dir: string, outputs: LoadedOutputs): Promise<void> {
  await mkdir(dir, { recursive: true });
  const columns = <T extends { shape: object }>(schema: T) => Object.keys(schema.shape) as never[];
  const measures = [...new Set(outputs.values.map((v) => v.measure))];
  const authorityRows = outputs.authorities.map((a) => {
    const row: Record<string, unknown> = { ...a };
    for (const m of measures)
      row[m] = outputs.values.find((v) => v.authority_code === a.authority_code && v.measure === m)?.value ?? null;
    return row;
  });
  const authorityColumns = [
    ...Object.keys(AuthorityRowSchema.shape).filter((c) => c !== "errors" && c !== "warnings"),
    ...measures,
    "errors",
    "warnings",
  ];
  const national = outputs.summaries.filter(
    (s) => s.area_code === UK_CODE || Object.values(NATION_CODES).includes(s.area_code),
  );
  const regional = outputs.summaries.filter((s) => !national.includes(s));
  await writeFile(join(dir, "values.csv"), formatCsv(outputs.values, columns(ValueRowSchema)));
  await writeFile(join(dir, "authorities.csv"), formatCsv(authorityRows, authorityColumns as never[]));
  await writeFile(join(dir, "summary-national.csv"), formatCsv(national, columns(SummaryRowSchema)));
  await writeFile(join(dir, "summary-regional.csv"), formatCsv(regional, columns(SummaryRowSchema)));
  await writeFile(join(dir, "nationalities.csv"), formatCsv(outputs.nationalities, columns(NationalityRowSchema)));
  if (outputs.nationalityBreakdowns) {
    const quality = {
      authorities: outputs.nationalityBreakdowns.map((b) => ({
        code: b.authority,
        nationalities: b.groups.map((group) => ({ group, value: 1, lower: 1, upper: 1 })),
      })),
    };
    await writeFile(join(dir, "quality.json"), JSON.stringify(quality));
  }
}

/**
 * Run `foi-agg check` on an ingest's output folder (default: against the
 * bundled published figures) and return its exit code, what it printed and
 * the per-figure results. The end-to-end test of the corpus uses this.
 */
export async function checkOutDir(
  outDir: string,
  expectedPath: string = EXPECTED_PATH,
): Promise<{ exitCode: number; stdout: string; stderr: string; results: FigureResult[] }> {
  const io = captureIo();
  const exitCode = await runCheck(outDir, { expected: expectedPath }, io);
  let results: FigureResult[] = [];
  if (exitCode !== 2) {
    const parsed = parseExpectedFigures(await readFile(expectedPath, "utf8"));
    if (parsed.ok) results = checkFigures(await loadOutputs(outDir), parsed.value);
  }
  return { exitCode, stdout: io.out.join(""), stderr: io.err.join(""), results };
}

/** Parse one of the corpus's CSV files (truth.csv etc.). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}
