import { z } from "zod";

/**
 * A file of published figures that `foi-agg check` compares a run against.
 * Kept general so a user can write one for any FOI round: figures are
 * expressed over measures and areas, never over this request's specifics.
 * JSON Schema copy: schemas/expected-figures.schema.json (npm run schemas).
 */

const measureId = z.string().regex(/^[a-z][a-z0-9_]*$/, "a measure id such as trafficked_looked_after");

/** One measure, or several summed (e.g. trafficked + UASC children who went missing). */
export const MeasureRefSchema = z
  .union([measureId, z.array(measureId).min(1)])
  .describe("A measure id, or a list of measure ids whose figures are added together");

/**
 * An area as summary-national.csv / summary-regional.csv name it: "UK", a
 * nation ("Wales"), a region ("London") or any area code ("E12000007"). A
 * list is summed.
 */
export const AreaRefSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe('An area name or code ("UK", "Wales", "E12000007"), or a list of areas added together');

export const TotalSchema = z.strictObject({
  measure: MeasureRefSchema,
  area: AreaRefSchema.default("UK"),
});
export type Total = z.infer<typeof TotalSchema>;

/**
 * The requested period or periods a figure is for: a period id as the run's
 * values.csv names it ("2019"), or a list whose figures are added together.
 * A run of one period needs none; in a run of several, a figure without one
 * (and with no period for the whole file) cannot be checked, because summing
 * or picking a year would be a guess.
 */
export const PeriodRefSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe('A period id as values.csv names it ("2019"), or a list of period ids added together');

const common = {
  /** Short id shown in the table, e.g. "3" or "9b". */
  id: z.string().min(1),
  /** The period(s) the figure is for; absent: the file's `period`, or the run's only period. */
  period: PeriodRefSchema.optional(),
  title: z.string().min(1),
  /** Where the published figure comes from (citation text). */
  source: z.string().min(1),
  note: z.string().optional(),
};

const ratio = {
  numerator: TotalSchema,
  denominator: TotalSchema,
  decimals: z.number().int().min(0).max(6).default(0),
  /** How the publisher rounded: 12.5 → 13 under half-up. */
  rounding: z.literal("half-up").default("half-up"),
  published: z.number(),
};

export const CountConditionSchema = z.union([
  z.strictObject({
    measure: MeasureRefSchema,
    op: z.enum([">=", ">", "="]),
    value: z.number().int(),
  }),
  z.strictObject({
    /** Authorities whose return gives a nationality breakdown (for one group, or either). */
    nationality_breakdown: z.string().min(1).describe('A group id of the round, or "any"'),
  }),
]);
export type CountCondition = z.infer<typeof CountConditionSchema>;

export const RankingBySchema = z.union([
  z.strictObject({ measure: MeasureRefSchema, area: AreaRefSchema.default("UK") }),
  /** Nationalities of missing children in one group, from nationalities.csv. */
  z.strictObject({ nationalities: z.string().min(1).describe("A group id of the round") }),
]);
export type RankingBy = z.infer<typeof RankingBySchema>;

export const ExpectedFigureSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    ...common,
    kind: z.literal("total"),
    measure: MeasureRefSchema,
    area: AreaRefSchema.default("UK"),
    published: z.number().int(),
  }),
  z.strictObject({ ...common, kind: z.literal("percentage"), ...ratio }),
  z.strictObject({ ...common, kind: z.literal("average"), ...ratio }),
  z.strictObject({
    ...common,
    kind: z.literal("authority_count"),
    condition: CountConditionSchema,
    area: AreaRefSchema.default("UK"),
    published: z.number().int().nonnegative(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("ranking"),
    by: RankingBySchema,
    /** The published top N, in order: authority names or codes, or nationalities. */
    published: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({
    ...common,
    kind: z.literal("reference_count"),
    published: z.number().int().nonnegative(),
  }),
]);
export type ExpectedFigure = z.infer<typeof ExpectedFigureSchema>;

export const ExpectedFiguresSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: z.string().min(1),
    description: z.string().optional(),
    /** The period(s) of every figure that names none of its own. */
    period: PeriodRefSchema.optional(),
    figures: z.array(ExpectedFigureSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.figures.forEach((f, i) => {
      if (seen.has(f.id))
        ctx.addIssue({ code: "custom", path: ["figures", i, "id"], message: `duplicate id "${f.id}"` });
      seen.add(f.id);
    });
  });
export type ExpectedFigures = z.infer<typeof ExpectedFiguresSchema>;

export type ParseExpectedResult = { ok: true; value: ExpectedFigures } | { ok: false; errors: string[] };

/** Parse and validate an expected-figures file; errors name the JSON path, e.g. `figures.3.published`. */
export function parseExpectedFigures(text: string): ParseExpectedResult {
  let json: unknown;
  try {
    // Windows editors (Notepad, Excel's "Save as JSON" add-ins) start UTF-8 files with a BOM, which JSON.parse rejects.
    json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, errors: [`not valid JSON: ${(err as Error).message}`] };
  }
  const result = ExpectedFiguresSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "(top level)"}: ${i.message}`),
  };
}
