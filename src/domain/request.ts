import { z } from "zod";

/**
 * An FOI request round as data: the period asked about and the measures.
 * Measures are described by (group, metric) so that a grid with groups on
 * one axis and metrics on the other can be matched cell by cell.
 */
export const GROUPS = ["trafficked", "trafficked_identified", "trafficked_suspected", "uasc", "all"] as const;
export type Group = (typeof GROUPS)[number];

export const METRICS = ["looked_after", "went_missing", "missing_incidents", "not_found"] as const;
export type Metric = (typeof METRICS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const MeasureDefSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  group: z.enum(GROUPS),
  metric: z.enum(METRICS),
  label: z.string(),
  /** Optional sub-parts are not chased when missing. */
  optional: z.boolean().default(false),
});
export type MeasureDef = z.infer<typeof MeasureDefSchema>;

/**
 * A question as the request sent it: its number as written ("1a", "5"),
 * its full text, and the measures it asks for. Replies restate or number
 * the questions they answer, so a reply is aligned to these by number and
 * by wording, beside the phrasings in labels.json.
 */
export const QuestionDefSchema = z.object({
  number: z.string().regex(/^[0-9]+[a-z]?$|^[a-z]$/u, "a question number such as 1, 1a or c"),
  text: z.string().min(1),
  /** Measure ids answered by this question; empty for a question with no count (nationalities, a free-text answer). */
  measures: z.array(z.string()).default([]),
});
export type QuestionDef = z.infer<typeof QuestionDefSchema>;

export const RequestSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** How the request is cited in follow-up letters. */
    citation: z.string(),
    period: z.object({ start: isoDate, end: isoDate, label: z.string() }),
    /**
     * Which authorities the round went to: the shipped UK reference
     * (knowledge/uk-local-authorities.csv) as at a date. Absent: as at
     * 2015-09-30, the 217 of the 2015 round.
     */
    authorities: z.object({ list: z.literal("uk-local-authorities"), asAt: isoDate }).optional(),
    /** Figures below this may be suppressed by councils; "<5" reads as 1..threshold-1. */
    suppressionThreshold: z.number().int().positive().default(5),
    measures: z.array(MeasureDefSchema).min(1),
    /** A measure computed from parts when the return does not give it. */
    derivations: z.array(z.object({ measure: z.string(), sumOf: z.array(z.string()).min(2) })).default([]),
    /** Groups for which nationality breakdowns of missing children are collected. */
    nationalityGroups: z.array(z.enum(GROUPS)).default([]),
    /** The questions as sent, in order (see QuestionDefSchema). */
    questions: z.array(QuestionDefSchema).default([]),
    /** Where the questions' wording comes from, and how sure that is. */
    questionsSource: z.string().optional(),
  })
  .superRefine((req, ctx) => {
    const ids = new Set<string>();
    const pairs = new Set<string>();
    for (const m of req.measures) {
      if (ids.has(m.id)) ctx.addIssue({ code: "custom", message: `duplicate measure id ${m.id}` });
      ids.add(m.id);
      const pair = `${m.group}/${m.metric}`;
      if (pairs.has(pair)) ctx.addIssue({ code: "custom", message: `two measures for ${pair}` });
      pairs.add(pair);
    }
    const numbers = new Set<string>();
    for (const q of req.questions) {
      if (numbers.has(q.number)) ctx.addIssue({ code: "custom", message: `question ${q.number} is given twice` });
      numbers.add(q.number);
      for (const id of q.measures) {
        if (!ids.has(id)) ctx.addIssue({ code: "custom", message: `question ${q.number} names unknown measure ${id}` });
      }
    }
    for (const d of req.derivations) {
      for (const id of [d.measure, ...d.sumOf]) {
        if (!ids.has(id)) ctx.addIssue({ code: "custom", message: `derivation names unknown measure ${id}` });
      }
    }
  });
export type Request = z.infer<typeof RequestSchema>;

export function findMeasure(request: Request, group: Group, metric: Metric): MeasureDef | undefined {
  return request.measures.find((m) => m.group === group && m.metric === metric);
}
