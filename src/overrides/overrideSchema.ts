import { z } from "zod";

/**
 * The columns of a clarifications (overrides) file, in the documented order.
 * `period` comes last because it came last: a file written for a one-period
 * round (the 2015 form) stays valid as it is, and one column is added at the
 * end for a round that asks about several periods.
 */
export const OVERRIDE_COLUMNS = [
  "authority_code",
  "measure",
  "value",
  "status",
  "reason",
  "source",
  "date",
  "period",
] as const;
export type OverrideColumn = (typeof OVERRIDE_COLUMNS)[number];

/** Columns a file must have; `value`, `status`, `date` and `period` may be left out when unused. */
export const REQUIRED_COLUMNS: readonly OverrideColumn[] = ["authority_code", "measure", "reason", "source"];

/**
 * What a clarification may say a figure is. `reported` means "the council has
 * now given this exact number" and is stored with status `override`; the
 * others record an answer that carries no number.
 */
export const OVERRIDE_STATUSES = ["reported", "refused", "not_held", "not_answered"] as const;
export type OverrideStatus = (typeof OVERRIDE_STATUSES)[number];

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `date "${String(iss.input)}" is not a date in the form YYYY-MM-DD` })
  .refine((s) => isRealDate(s), { error: (iss) => `date "${String(iss.input)}" is not a real calendar date` });

/**
 * One row of an overrides file, as text from the CSV. Every check that does
 * not need the reference lists lives here; unknown authorities and measures
 * are checked against knowledge in parseOverrides (they need suggestions).
 * The error path is the column name, so a problem can be pinned to a cell.
 */
export const OverrideRowSchema = z
  .object({
    authority_code: z.string().trim().min(1, "authority_code is empty"),
    measure: z.string().trim().min(1, "measure is empty"),
    value: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d+$/, {
          error: (iss) => `value "${String(iss.input)}" is not a whole number of 0 or more`,
        })
        .transform(Number)
        .pipe(z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER, "value is too large"))
        .optional(),
    ),
    status: z.preprocess(
      (v) => (typeof v === "string" ? (blankToUndefined(v) as string | undefined)?.trim().toLowerCase() : v),
      z
        .enum(OVERRIDE_STATUSES, {
          error: (iss) => `status "${String(iss.input)}" is not one of ${OVERRIDE_STATUSES.join(", ")} (or empty)`,
        })
        .optional(),
    ),
    reason: z.string().trim().min(1, "reason is empty: say why the figure is being changed"),
    source: z.string().trim().min(1, 'source is empty: say where the figure came from, e.g. "email from council"'),
    date: z.preprocess(blankToUndefined, isoDate.optional()),
    /**
     * The id of the requested period the clarification is for. Which ids are
     * valid, and whether it may be left empty, depends on the round, so
     * parseOverrides checks it against the request.
     */
    period: z.preprocess(blankToUndefined, z.string().trim().optional()),
  })
  .superRefine((row, ctx) => {
    // An exact figure needs a number; a refusal or "not held" must not carry one,
    // or the file would say two different things about the same figure.
    const status = row.status ?? "reported";
    if (status === "reported" && row.value === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "value is empty: give the clarified figure, or a status (refused, not_held, not_answered)",
      });
    }
    if (status !== "reported" && row.value !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `value ${row.value} given with status ${status}: a ${status} figure has no value; leave value empty`,
      });
    }
  });
export type OverrideRow = z.infer<typeof OverrideRowSchema>;

/** A validated clarification, tied to the line of the file it came from. */
export interface Override {
  authority: string;
  measure: string;
  /** The id of the requested period it clarifies: the one the row names, or a one-period round's only period. */
  period: string;
  /** The status the figure takes: `override` for a clarified number. */
  status: "override" | Exclude<OverrideStatus, "reported">;
  value: number | null;
  reason: string;
  source: string;
  /** ISO date, or "" when the file gives none. */
  date: string;
  file: string;
  line: number;
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
