import { z } from "zod";
import { CATALOGUE, ISSUE_CODES, type IssueCode } from "../domain/issues.js";

/**
 * The wording of follow-up letters is data a user can edit: a plain-text
 * letter template (knowledge/letter-template.txt) and a JSON file of openings
 * and one phrasing per issue code (knowledge/followup-points.json). Both use
 * `{{placeholder}}`s; a placeholder foi-agg does not fill is an error when the
 * files are loaded, not a blank in a letter sent to a council.
 */

/** Issue codes worth asking a council about; each needs a phrasing. */
export const FOLLOWUP_CODES = ISSUE_CODES.filter((code) => CATALOGUE[code].followup);

/** Placeholders each piece of wording may use. */
export const PLACEHOLDERS = {
  template: [
    "authority_name",
    "authority_code",
    "request_title",
    "request_citation",
    "period",
    "opening",
    "points",
    "point_count",
    "date",
    "references",
    "signature",
  ],
  opening: ["authority_name", "authority_code", "request_title", "request_citation", "period", "point_count"],
  pointCount: ["n"],
  /**
   * No `measure` (an internal id) and no `message` (foi-agg's own wording,
   * written for the researcher) except in the check rules' sentences, which
   * are written in the request's words: a letter quotes the council, never foi-agg.
   */
  point: [
    "authority_name",
    "measure_label",
    "raw",
    "where",
    "file",
    "title",
    "period",
    "figures",
    "files",
    "advice",
    "reply",
  ],
  checkPoint: ["authority_name", "measure_label", "raw", "where", "file", "title", "period", "message", "figures"],
} as const;

/** Codes whose issue message is a sentence in the request's own words, safe to quote in a letter. */
export const CHECK_CODES_PREFIX = "check_";

/** A point's phrasing; the two-form version reads well whether or not the council wrote anything. */
const PhrasingSchema = z.union([
  z.string().min(1),
  z.strictObject({ withRaw: z.string().min(1), withoutRaw: z.string().min(1) }),
  /** One point for several figures with the same problem: `{{figures}}` lists them. */
  z.strictObject({ one: z.string().min(1), other: z.string().min(1) }),
  /** A refusal: with the council's own advice on narrowing the request (s.16), or without. */
  z.strictObject({ withAdvice: z.string().min(1), withoutAdvice: z.string().min(1) }),
]);
export type Phrasing = z.infer<typeof PhrasingSchema>;

export const FollowupPointsSchema = z
  .strictObject({
    openings: z.strictObject({ returned: z.string().min(1), no_return: z.string().min(1) }),
    pointCount: z.strictObject({ one: z.string().min(1), other: z.string().min(1) }),
    /** For a follow-up issue code with no phrasing of its own (e.g. one added to the catalogue later). */
    fallback: z.string().min(1),
    points: z.record(z.string(), PhrasingSchema),
  })
  .superRefine((wording, ctx) => {
    for (const code of Object.keys(wording.points)) {
      if (!FOLLOWUP_CODES.some((c) => c === code)) {
        ctx.addIssue({
          code: "custom",
          path: ["points", code],
          message: `${code} is not an issue code that letters follow up (${FOLLOWUP_CODES.join(", ")})`,
        });
      }
    }
    const check = (path: (string | number)[], text: string, allowed: readonly string[]) => {
      for (const name of placeholdersIn(text)) {
        if (!allowed.includes(name)) {
          ctx.addIssue({
            code: "custom",
            path,
            message: `unknown placeholder {{${name}}}; this text may use ${allowed.map((a) => `{{${a}}}`).join(", ")}`,
          });
        }
      }
    };
    check(["openings", "returned"], wording.openings.returned, PLACEHOLDERS.opening);
    check(["openings", "no_return"], wording.openings.no_return, PLACEHOLDERS.opening);
    check(["pointCount", "one"], wording.pointCount.one, PLACEHOLDERS.pointCount);
    check(["pointCount", "other"], wording.pointCount.other, PLACEHOLDERS.pointCount);
    check(["fallback"], wording.fallback, PLACEHOLDERS.point);
    for (const [code, phrasing] of Object.entries(wording.points)) {
      const allowed = code.startsWith(CHECK_CODES_PREFIX) ? PLACEHOLDERS.checkPoint : PLACEHOLDERS.point;
      if (typeof phrasing === "string") check(["points", code], phrasing, allowed);
      else for (const [form, text] of Object.entries(phrasing)) check(["points", code, form], text, allowed);
    }
  });
export type FollowupPoints = z.infer<typeof FollowupPointsSchema>;

/** Everything a letter is worded from. */
export interface LetterWording extends FollowupPoints {
  template: string;
}

/**
 * Check a letter template: it must list the points, and use only the
 * placeholders foi-agg fills. Returns the problems found (empty when fine).
 */
export function checkLetterTemplate(template: string): string[] {
  const problems: string[] = [];
  const used = placeholdersIn(template);
  if (!used.includes("points"))
    problems.push("the template has no {{points}} placeholder, so letters would not list what to clarify");
  for (const name of used) {
    if (!PLACEHOLDERS.template.some((p) => p === name)) {
      problems.push(
        `unknown placeholder {{${name}}}; the template may use ${PLACEHOLDERS.template.map((p) => `{{${p}}}`).join(", ")}`,
      );
    }
  }
  return problems;
}

export function phrasingFor(wording: FollowupPoints, code: IssueCode): Phrasing {
  return wording.points[code] ?? wording.fallback;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/** Fill `{{name}}`s. Wording is checked when loaded, so a missing value here is a bug. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for placeholder {{${name}}}`);
    return value;
  });
}
