import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { UsageError } from "../domain/errors.js";
import { AuthorityRowSchema, NationalityRowSchema, SummaryRowSchema, ValueRowSchema } from "../domain/outputs.js";
import type { LoadedOutputs } from "./checkFigures.js";

/**
 * Read an ingest's output folder back for `foi-agg check` (the edge: all
 * file access is here). Rows are validated with the same zod schemas the
 * writer uses, so a folder that is not an foi-agg output is a usage error
 * naming the file and line, never a silently wrong comparison.
 */
export async function loadOutputs(outDir: string): Promise<LoadedOutputs> {
  const info = await stat(outDir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new UsageError(`output folder ${outDir} does not exist: run "foi-agg ingest <folder> --out ${outDir}" first`);
  }
  // Read in parallel, but report the first failure in this order: with
  // Promise.all whichever read lost the race named the problem, so the same
  // folder gave a different message from run to run.
  const settled = await Promise.allSettled([
    readRows(outDir, "values.csv", ValueRowSchema),
    readRows(outDir, "authorities.csv", AuthorityRowSchema),
    readRows(outDir, "summary-national.csv", SummaryRowSchema),
    readRows(outDir, "summary-regional.csv", SummaryRowSchema),
    readRows(outDir, "nationalities.csv", NationalityRowSchema),
  ]);
  const failed = settled.find((x) => x.status === "rejected");
  if (failed) throw failed.reason;
  const [values, authorities, national, regional, nationalities] = settled.map((x) =>
    x.status === "fulfilled" ? x.value : [],
  ) as [
    z.infer<typeof ValueRowSchema>[],
    z.infer<typeof AuthorityRowSchema>[],
    z.infer<typeof SummaryRowSchema>[],
    z.infer<typeof SummaryRowSchema>[],
    z.infer<typeof NationalityRowSchema>[],
  ];
  return {
    values,
    authorities,
    summaries: [...national, ...regional],
    nationalities,
    ...(await readQuality(outDir)),
  };
}

type Shape = Record<string, z.ZodType>;

/** True for an integer column (nullable or not), whose CSV text must become a number. */
function numberKind(field: z.ZodType | undefined): "number" | "nullable" | null {
  if (field instanceof z.ZodNumber) return "number";
  if (field instanceof z.ZodNullable && field.unwrap() instanceof z.ZodNumber) return "nullable";
  return null;
}

/** CSV text → typed record: empty numeric cells become null, numeric text a number (zod then checks it). */
function coerceRecord(
  record: Record<string, string>,
  shape: Shape,
  catchall: z.ZodType | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(record)) {
    // authorities.csv's catch-all holds figure columns (numbers or empty) and
    // status columns (words); numeric text is a figure, the rest stays text.
    if (shape[key] === undefined && catchall instanceof z.ZodUnion) {
      out[key] = text.trim() === "" ? null : /^-?\d+$/.test(text.trim()) ? Number(text) : text;
      continue;
    }
    const kind = numberKind(shape[key] ?? catchall);
    if (kind === null) out[key] = text;
    else if (text.trim() === "") out[key] = kind === "nullable" ? null : text;
    else out[key] = Number(text);
  }
  return out;
}

async function readRows<T extends z.ZodObject>(outDir: string, file: string, schema: T): Promise<z.infer<T>[]> {
  const shape = schema.shape as Shape;
  const catchall = schema.def.catchall as z.ZodType | undefined;
  return readOutputRows(
    outDir,
    file,
    schema,
    (message) => new UsageError(message),
    (record) => coerceRecord(record, shape, catchall),
  );
}

/**
 * One CSV of an ingest's output folder, every row checked against its
 * schema: a missing file, bad CSV or a row that does not fit is `fail`'s
 * error, naming the file and line. `prepare` turns a row's text into what
 * the schema reads (numbers, nulls).
 */
export async function readOutputRows<T extends z.ZodType>(
  outDir: string,
  file: string,
  schema: T,
  fail: (message: string) => Error,
  prepare: (record: Record<string, string>) => unknown = (record) => record,
): Promise<z.infer<T>[]> {
  const path = join(outDir, file);
  const text = await readFile(path, "utf8").catch(() => {
    throw fail(`${path} is missing: ${outDir} is not a complete foi-agg output folder`);
  });
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true }) as typeof records;
  } catch (err) {
    throw fail(`${path} is not valid CSV: ${(err as Error).message}`);
  }
  return records.map(({ record, info }) => {
    const result = schema.safeParse(prepare(record));
    if (!result.success) {
      const where = result.error.issues.map((x) => `${x.path.join(".") || "row"}: ${x.message}`).join("; ");
      throw fail(`${path} line ${info.lines} is not an foi-agg output row (${where})`);
    }
    return result.data;
  });
}

/** The parts of quality.json that say which authorities gave nationality, and the round's groups, read leniently. */
const QualityNationalitiesSchema = z.object({
  request: z.object({ groups: z.array(z.object({ id: z.string() })).optional() }).optional(),
  authorities: z.array(
    z.object({
      code: z.string(),
      nationalities: z.array(
        z.object({
          group: z.string(),
          value: z.number().nullable(),
          lower: z.number().nullable(),
          upper: z.number().nullable(),
        }),
      ),
    }),
  ),
});

async function readQuality(outDir: string): Promise<Pick<LoadedOutputs, "nationalityBreakdowns" | "groups">> {
  const path = join(outDir, "quality.json");
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return { nationalityBreakdowns: null, groups: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const result = QualityNationalitiesSchema.safeParse(json);
  if (!result.success) {
    const where = result.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ");
    throw new UsageError(`${path} does not list authorities with their nationalities (${where})`);
  }
  const nationalityBreakdowns = result.data.authorities
    .map((a) => ({
      authority: a.code,
      // A breakdown counts when it gives a number for the group (exact or within bounds).
      groups: [...new Set(a.nationalities.filter((n) => n.value !== null || n.upper !== null).map((n) => n.group))],
    }))
    .filter((b) => b.groups.length > 0);
  return { nationalityBreakdowns, groups: result.data.request?.groups?.map((g) => g.id) ?? null };
}
