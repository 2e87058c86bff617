import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { RETURN_STATUSES } from "../domain/returns.js";
import { STATUSES } from "../domain/values.js";
import { KNOWLEDGE_DIR } from "../knowledge/files.js";
import { readOutputRows } from "../verify/loadOutputs.js";
import type { ComparedRun, RunMeasure } from "./runs.js";

export type ReadRunResult = { ok: true; run: ComparedRun } | { ok: false; error: string };

const count = z.preprocess((v) => (v === "" || v === undefined ? null : Number(v)), z.number().int().nullable());
/** A figure of values.csv: a whole number for a count, with decimals for an average or a percentage. */
const figure = z.preprocess((v) => (v === "" || v === undefined ? null : Number(v)), z.number().nullable());
/** Folders written before periods existed have no period column: one period, "". */
const period = z.preprocess((v) => v ?? "", z.string());

const ValueRow = z.object({
  authority_code: z.string(),
  measure: z.string(),
  status: z.enum(STATUSES),
  value: figure,
  lower: figure,
  upper: figure,
  period,
});
const AuthorityRow = z.object({
  authority_code: z.string(),
  authority_name: z.string(),
  return_status: z.enum(RETURN_STATUSES),
});
const SummaryRow = z.object({
  area_code: z.string(),
  area_name: z.string(),
  measure: z.string(),
  total: count,
  // Empty for a measure that is an average or a percentage, which the summaries never add up.
  lower: count,
  upper: count,
  period,
  /** Written since averages and percentages were declared; absent in older runs (counts only). */
  lowest: figure.optional(),
  median: figure.optional(),
  highest: figure.optional(),
});
/** The parts of run.json compare needs, read leniently so older and newer runs both load. */
const RunRecord = z.object({
  request: z.object({ id: z.string(), file: z.object({ path: z.string() }).nullable() }),
  /** The input folder, absolute. */
  folder: z.string().optional(),
});
/** The parts of a request definition compare needs; both the one-period and the many-period shapes have them. */
const RequestMeasures = z.object({
  id: z.string(),
  measures: z.array(z.object({ id: z.string(), group: z.string(), metric: z.string(), label: z.string() })),
});

/**
 * Read one ingest output folder for `foi-agg compare` (the edge: all file
 * access is here). A folder that is not an foi-agg output gives an error
 * naming the file and line; nothing in the folder is changed.
 */
export async function readRun(outDir: string, knowledgeDir: string = KNOWLEDGE_DIR): Promise<ReadRunResult> {
  const info = await stat(outDir).catch(() => null);
  if (!info?.isDirectory()) return { ok: false, error: `output folder ${outDir} does not exist` };
  try {
    // Read in parallel, but report the first failure in this order (as verify/loadOutputs does): with
    // Promise.all whichever read lost the race named the problem, so one folder gave different messages.
    const reads = [
      readRows(outDir, "values.csv", ValueRow),
      readRows(outDir, "authorities.csv", AuthorityRow),
      readRows(outDir, "summary-national.csv", SummaryRow),
      readRows(outDir, "summary-regional.csv", SummaryRow),
    ] as const;
    await Promise.allSettled(reads);
    const values = await reads[0];
    const authorities = await reads[1];
    const national = await reads[2];
    const regional = await reads[3];
    const record = await readRunRecord(outDir);
    const notes: string[] = [];
    const requestId = record?.request.id ?? "";
    if (record === null) notes.push("no run.json, so the request is unknown and measures line up by id");
    const measures =
      (record ? await findRequestMeasures(record, knowledgeDir) : null) ??
      measuresFromValues(
        values.map((v) => v.measure),
        record !== null ? notes : [],
      );
    const periods = [...new Set(values.map((v) => v.period))];
    return {
      ok: true,
      run: {
        label: outDir,
        requestId,
        measures,
        periods: periods.length > 0 ? periods : [""],
        authorities: authorities.map((a) => ({
          code: a.authority_code,
          name: a.authority_name,
          returnStatus: a.return_status,
        })),
        figures: values.map((v) => ({
          authority: v.authority_code,
          measure: v.measure,
          period: v.period,
          status: v.status,
          value: v.value,
          lower: v.lower,
          upper: v.upper,
        })),
        areas: [...national, ...regional].map((s) => ({
          area: s.area_code,
          areaName: s.area_name,
          measure: s.measure,
          period: s.period,
          total: s.total,
          lower: s.lower,
          upper: s.upper,
          lowest: s.lowest ?? null,
          median: s.median ?? null,
          highest: s.highest ?? null,
        })),
        // A summary row with no bounds is an average's or a percentage's: the run itself says which measures never add up.
        notSummed: [...new Set([...national, ...regional].filter((s) => s.lower === null).map((s) => s.measure))],
        notes,
      },
    };
  } catch (err) {
    if (err instanceof RunFolderError) return { ok: false, error: err.message };
    throw err;
  }
}

/** A problem with the folder's files, turned into the result's error at the top of readRun. */
class RunFolderError extends Error {}

function readRows<T extends z.ZodType>(outDir: string, file: string, schema: T): Promise<z.infer<T>[]> {
  return readOutputRows(outDir, file, schema, (message) => new RunFolderError(message));
}

async function readRunRecord(outDir: string): Promise<z.infer<typeof RunRecord> | null> {
  const text = await readFile(join(outDir, "run.json"), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = RunRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The run's request: the --request file it was run with if it can still be
 * read (its path as given, from here), else the bundled request of that id.
 */
async function findRequestMeasures(
  record: z.infer<typeof RunRecord>,
  knowledgeDir: string,
): Promise<RunMeasure[] | null> {
  const candidates: string[] = [];
  const given = record.request.file?.path;
  if (given !== undefined) {
    candidates.push(resolve(given));
    // run.json keeps the --request path as typed, relative to wherever the
    // ingest ran. That was most likely a folder above the input folder (the
    // input folder was typed relative to it too), so try each of those.
    if (!isAbsolute(given) && record.folder) {
      for (let dir = dirname(record.folder); ; dir = dirname(dir)) {
        candidates.push(join(dir, given));
        if (dirname(dir) === dir) break;
      }
    }
  }
  const bundled = await readdir(knowledgeDir).catch(() => [] as string[]);
  candidates.push(...bundled.filter((n) => /^request-.*\.json$/.test(n)).map((n) => join(knowledgeDir, n)));
  for (const path of candidates) {
    const text = await readFile(path, "utf8").catch(() => null);
    if (text === null) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = RequestMeasures.safeParse(json);
    if (parsed.success && parsed.data.id === record.request.id) return parsed.data.measures;
  }
  return null;
}

function measuresFromValues(ids: string[], notes: string[]): RunMeasure[] {
  notes.push("its request definition was not found, so its measures line up with other runs' by id only");
  return [...new Set(ids)].map((id) => ({ id, group: null, metric: null, label: id }));
}
