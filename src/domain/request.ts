import { z } from "zod";
import { NATIONS } from "./authority.js";

/**
 * An FOI request round as data: its periods, its groups of children (or of
 * anything else councils count), the metrics counted for each group, the
 * measures (group × metric) it asks for, the relations between groups and
 * the cross-field rules its figures must meet. Measures are described by
 * (group, metric) so that a grid with groups on one axis and metrics on the
 * other can be matched cell by cell.
 *
 * A group or metric is a string id declared by the request. A request that
 * declares none gets the 2015 round's (BUILT_IN_ROUND below), so the 2015
 * request file, written before groups were data, reads as it always did.
 */
export type Group = string;
export type Metric = string;

const id = z.string().regex(/^[a-z][a-z0-9_]*$/u, "lower-case letters, digits and _; starting with a letter");
/** Period ids appear in CSV cells and may appear in file names: no spaces, commas, quotes or slashes. */
const periodId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/u, "letters, digits, '.', '_' and '-' only (e.g. 2018, 2022-23, 2024-jan-apr)");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "expected YYYY-MM-DD");
const regexSource = z.string().refine(
  (s) => {
    try {
      new RegExp(s, "u");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

export const GroupDefSchema = z.strictObject({
  id,
  /** A short name used inside sentences ("more {label} children went missing…"). */
  label: z.string().min(1),
  /** Regular expressions (case-insensitive, on normalised text) naming the group, added to labels.json's. */
  phrasings: z.array(regexSource).default([]),
  /**
   * false: the request's phrasings are the only ones for this id; foi-agg's
   * own (labels.json, for the 2015 ids) are not added. A round that reuses
   * a 2015 id for a question of its own cannot otherwise guard against
   * them: a negative look-ahead in its phrasing does not stop another
   * phrasing matching.
   */
  builtInPhrasings: z.boolean().optional(),
});
export type GroupDef = z.infer<typeof GroupDefSchema>;

/**
 * What a metric's figure is: a count (the default), or a figure that is not
 * a count and so is never added up: an average ("average caseload per social
 * worker": 17.4), a percentage ("% of return home interviews within 72
 * hours": 83.5) or a maximum ("the highest weekly cost of a placement":
 * £12,500; "the longest time taken": 41 days), which is read like an
 * average and summarised by the largest, with the council that gave it.
 */
export const METRIC_KINDS = ["count", "average", "percentage", "maximum"] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** How a figure of a kind that is not a count is named in a sentence ("suppressed; a maximum has no bound …"). */
export function describeKind(kind: Exclude<MetricKind, "count">): string {
  return { average: "an average", percentage: "a percentage", maximum: "a maximum" }[kind];
}

export const MetricDefSchema = z.strictObject({
  id,
  label: z.string().min(1),
  /**
   * "count" (absent: a count), "average", "percentage" or "maximum". An
   * average, a percentage or a maximum may have decimals, is never summed
   * into a total, and is summarised by its lowest, median and highest
   * figure; a maximum's summary also names the council with the highest.
   */
  kind: z.enum(METRIC_KINDS).optional(),
  /**
   * What one unit of a count is: a child (a person, a pupil: each counted
   * once) or an episode (an event, counted each time). Required for a count;
   * an average or a percentage may leave it out.
   */
  counts: z.enum(["children", "episodes"]).optional(),
  /**
   * When it is counted: over each period (children who went missing during
   * 2022/23; the default), or on each period's last day ("period_end":
   * fostering households approved at 31 March 2023). A figure dated the last
   * day of a requested period is that period's figure; dated any other day,
   * it is flagged.
   */
  at: z.enum(["period", "period_end"]).optional(),
  phrasings: z.array(regexSource).default([]),
  /**
   * For a percentage: the two count metrics it is the share of ("% of
   * completed interviews held within 72 hours" is within_72h of completed).
   * With it, a reply's "41/57" under the percentage is read as 71.9 with a
   * warning, and a percentage given beside both counts is checked against
   * them (check_percentage_mismatch).
   */
  of: z.strictObject({ numerator: id, denominator: id }).optional(),
  /** false: only the request's phrasings name this metric (see GroupDefSchema.builtInPhrasings). */
  builtInPhrasings: z.boolean().optional(),
});
export type MetricDef = z.infer<typeof MetricDefSchema>;

export const RelationSchema = z.discriminatedUnion("kind", [
  /** The parts add up to the whole (identified + suspected = trafficked). */
  z.strictObject({ kind: z.literal("parts"), whole: id, parts: z.array(id).min(2) }),
  /** Every member of `group` is also in `of` (UASC also trafficked ⊆ UASC): its figures are at most `of`'s. */
  z.strictObject({ kind: z.literal("subset"), group: id, of: id }),
]);
export type Relation = z.infer<typeof RelationSchema>;

/**
 * For every group with both measures: metric ≤ of (atMost) or metric ≥ of
 * (atLeast). `groups` limits the rule to those groups, for a rule that holds
 * for some groups only (placements ending ≤ children placed, where a child
 * may be placed twice in one group's care and not in another's).
 */
export const RuleSchema = z.strictObject({
  kind: z.enum(["atMost", "atLeast"]),
  metric: id,
  of: id,
  groups: z.array(id).min(1).optional(),
});
export type RoundRule = z.infer<typeof RuleSchema>;

/** The groups a rule ties: those it names, or every group the request asks about. */
export function ruleGroups(rule: RoundRule, request: { measures: readonly { group: string }[] }): Set<string> {
  return new Set(rule.groups ?? request.measures.map((m) => m.group));
}

export const PeriodDefSchema = z.strictObject({ id: periodId, start: isoDate, end: isoDate, label: z.string().min(1) });
export type PeriodDef = z.infer<typeof PeriodDefSchema>;

export const MeasureDefSchema = z.strictObject({
  id,
  group: id,
  metric: id,
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
export const QuestionDefSchema = z.strictObject({
  number: z.string().regex(/^[0-9]+[a-z]?$|^[a-z]$/u, "a question number such as 1, 1a or c"),
  text: z.string().min(1),
  /** Measure ids answered by this question; empty for a question with no count (nationalities, a free-text answer). */
  measures: z.array(z.string()).default([]),
  /** The periods this question asks about (ids); absent: every period of the request. */
  periods: z.array(z.string()).optional(),
});
export type QuestionDef = z.infer<typeof QuestionDefSchema>;

/**
 * The 2015 round's groups, metrics, relations and rules: the defaults of a
 * request that declares none. Their phrasings stay in labels.json (groups,
 * metrics), where the matcher's other 2015 knowledge lives.
 */
export const BUILT_IN_ROUND = {
  groups: [
    { id: "trafficked", label: "trafficked", phrasings: [] },
    { id: "trafficked_identified", label: "identified", phrasings: [] },
    { id: "trafficked_suspected", label: "suspected", phrasings: [] },
    { id: "uasc", label: "unaccompanied", phrasings: [] },
    { id: "all", label: "trafficked and unaccompanied", phrasings: [] },
  ],
  metrics: [
    { id: "looked_after", label: "looked after", counts: "children", phrasings: [] },
    { id: "went_missing", label: "went missing", counts: "children", phrasings: [] },
    { id: "missing_incidents", label: "missing episodes", counts: "episodes", phrasings: [] },
    { id: "not_found", label: "not found", counts: "children", phrasings: [] },
  ],
  relations: [{ kind: "parts", whole: "trafficked", parts: ["trafficked_identified", "trafficked_suspected"] }],
  rules: [
    { kind: "atMost", metric: "went_missing", of: "looked_after" },
    { kind: "atMost", metric: "not_found", of: "went_missing" },
    { kind: "atLeast", metric: "missing_incidents", of: "went_missing" },
  ],
} as const satisfies {
  groups: GroupDef[];
  metrics: MetricDef[];
  relations: Relation[];
  rules: RoundRule[];
};

/** What a request file may hold (see the README for the format). */
export const RequestFileSchema = z.strictObject({
  /** A note for people reading the file; ignored. */
  $comment: z.string().optional(),
  id: z.string(),
  title: z.string(),
  /** How the request is cited in follow-up letters. */
  citation: z.string(),
  /**
   * Which authorities the round went to: the shipped UK reference
   * (knowledge/uk-local-authorities.csv) as at a date, optionally only those
   * of some nations (a round sent to English councils only). Absent: as at
   * 2015-09-30, the 217 of the 2015 round.
   */
  authorities: z
    .strictObject({
      list: z.literal("uk-local-authorities"),
      asAt: isoDate,
      nations: z.array(z.enum(NATIONS)).min(1).optional(),
    })
    .optional(),
  /** The old single-period form; its id defaults to the year for a calendar year, else start_end. */
  period: z.strictObject({ id: periodId.optional(), start: isoDate, end: isoDate, label: z.string() }).optional(),
  periods: z.array(PeriodDefSchema).min(1).optional(),
  /** Figures below this may be suppressed by councils; "<5" reads as 1..threshold-1. */
  suppressionThreshold: z.number().int().positive().default(5),
  groups: z.array(GroupDefSchema).min(1).optional(),
  metrics: z.array(MetricDefSchema).min(1).optional(),
  relations: z.array(RelationSchema).optional(),
  rules: z.array(RuleSchema).optional(),
  measures: z.array(MeasureDefSchema).min(1),
  /** A measure computed from parts when the return does not give it. */
  derivations: z.array(z.strictObject({ measure: z.string(), sumOf: z.array(z.string()).min(2) })).default([]),
  /** Groups for which nationality breakdowns of missing children are collected. */
  nationalityGroups: z.array(z.string()).default([]),
  /** The questions as sent, in order (see QuestionDefSchema). */
  questions: z.array(QuestionDefSchema).default([]),
  /** Where the questions' wording comes from, and how sure that is. */
  questionsSource: z.string().optional(),
});
export type RequestFile = z.input<typeof RequestFileSchema>;

/** The id a period written in the old single-period form gets. */
export function defaultPeriodId(start: string, end: string): string {
  const y = start.slice(0, 4);
  if (start === `${y}-01-01` && end === `${y}-12-31`) return y;
  return `${start}_${end}`;
}

export const RequestSchema = RequestFileSchema.superRefine((req, ctx) => {
  const say = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });
  if ((req.period === undefined) === (req.periods === undefined)) {
    say("give exactly one of period (one period) or periods (a list)", ["periods"]);
  }
  const periodIds = new Set<string>();
  for (const [i, p] of (req.periods ?? []).entries()) {
    if (periodIds.has(p.id)) say(`period ${p.id} is given twice`, ["periods", i, "id"]);
    periodIds.add(p.id);
  }
  for (const [i, p] of [...(req.periods ?? []), ...(req.period ? [req.period] : [])].entries()) {
    if (p.start > p.end) say(`period ${p.label} ends (${p.end}) before it starts (${p.start})`, ["periods", i]);
  }
  // Without groups or metrics of its own, a request uses the 2015 ones.
  const groups: readonly GroupDef[] = req.groups ?? BUILT_IN_ROUND.groups;
  const metrics: readonly MetricDef[] = req.metrics ?? BUILT_IN_ROUND.metrics;
  const groupIds = new Set(groups.map((g) => g.id));
  const metricIds = new Set(metrics.map((m) => m.id));
  const unique = (list: readonly { id: string }[], what: string, field: string) => {
    const seen = new Set<string>();
    for (const [i, x] of list.entries()) {
      if (seen.has(x.id)) say(`${what} ${x.id} is given twice`, [field, i, "id"]);
      seen.add(x.id);
    }
  };
  unique(groups, "group", "groups");
  unique(metrics, "metric", "metrics");
  for (const [i, m] of metrics.entries()) {
    if ((m.kind ?? "count") === "count" && m.counts === undefined) {
      say(`metric ${m.id} is a count: say what it counts ("counts": "children" or "episodes")`, [
        "metrics",
        i,
        "counts",
      ]);
    }
  }
  // Without phrasings of its own or foi-agg's, no label could ever name it.
  for (const [field, list] of [
    ["groups", groups],
    ["metrics", metrics],
  ] as const) {
    for (const [i, x] of list.entries()) {
      if (x.builtInPhrasings === false && x.phrasings.length === 0) {
        say(
          `${field === "groups" ? "group" : "metric"} ${x.id} has builtInPhrasings false and no phrasings of its own: no label could name it`,
          [field, i, "phrasings"],
        );
      }
    }
  }
  const notCounts = new Set(metrics.filter((m) => (m.kind ?? "count") !== "count").map((m) => m.id));
  for (const [i, m] of metrics.entries()) {
    if (m.of === undefined) continue;
    const path = ["metrics", i, "of"];
    if (m.kind !== "percentage")
      say(`metric ${m.id} names what it is "of", but only a percentage is a share of two counts`, path);
    for (const [field, other] of [
      ["numerator", m.of.numerator],
      ["denominator", m.of.denominator],
    ] as const) {
      if (!metricIds.has(other)) say(`metric ${m.id}'s ${field} names unknown metric ${other}`, [...path, field]);
      else if (notCounts.has(other)) say(`metric ${m.id}'s ${field} ${other} is not a count`, [...path, field]);
    }
    if (m.of.numerator === m.of.denominator)
      say(`metric ${m.id}'s numerator and denominator are both ${m.of.numerator}`, path);
  }
  const kindInMessage = (m: string) =>
    metrics.find((x) => x.id === m)?.kind === "maximum" ? "a maximum" : "an average or a percentage";
  const group = (g: string, path: (string | number)[], where: string) => {
    if (!groupIds.has(g)) say(`${where} names unknown group ${g} (groups: ${[...groupIds].join(", ")})`, path);
  };
  const metric = (m: string, path: (string | number)[], where: string) => {
    if (!metricIds.has(m)) say(`${where} names unknown metric ${m} (metrics: ${[...metricIds].join(", ")})`, path);
  };

  const ids = new Set<string>();
  const pairs = new Set<string>();
  for (const [i, m] of req.measures.entries()) {
    if (ids.has(m.id)) say(`duplicate measure id ${m.id}`, ["measures", i, "id"]);
    ids.add(m.id);
    group(m.group, ["measures", i, "group"], `measure ${m.id}`);
    metric(m.metric, ["measures", i, "metric"], `measure ${m.id}`);
    const pair = `${m.group}/${m.metric}`;
    if (pairs.has(pair)) say(`two measures for ${pair}`, ["measures", i]);
    pairs.add(pair);
  }
  for (const [i, r] of (req.relations ?? []).entries()) {
    if (r.kind === "parts") {
      group(r.whole, ["relations", i, "whole"], "a parts relation");
      for (const [j, p] of r.parts.entries()) group(p, ["relations", i, "parts", j], "a parts relation");
      if (r.parts.includes(r.whole)) say(`group ${r.whole} cannot be a part of itself`, ["relations", i]);
    } else {
      group(r.group, ["relations", i, "group"], "a subset relation");
      group(r.of, ["relations", i, "of"], "a subset relation");
      if (r.group === r.of) say(`group ${r.group} cannot be a subset of itself`, ["relations", i]);
    }
  }
  for (const [i, r] of (req.rules ?? []).entries()) {
    metric(r.metric, ["rules", i, "metric"], `rule ${r.kind}`);
    metric(r.of, ["rules", i, "of"], `rule ${r.kind}`);
    // A rule compares counts of the same children ("went missing ≤ looked after"); an average or a percentage is not one.
    for (const [field, m] of [
      ["metric", r.metric],
      ["of", r.of],
    ] as const) {
      if (notCounts.has(m)) {
        say(`rule ${r.kind} names metric ${m}, which is ${kindInMessage(m)}, not a count; rules compare counts only`, [
          "rules",
          i,
          field,
        ]);
      }
    }
    if (r.metric === r.of) say(`rule ${r.kind} compares metric ${r.metric} with itself`, ["rules", i]);
    for (const [j, g] of (r.groups ?? []).entries()) group(g, ["rules", i, "groups", j], `rule ${r.kind}`);
  }
  const numbers = new Set<string>();
  for (const [i, q] of req.questions.entries()) {
    if (numbers.has(q.number)) say(`question ${q.number} is given twice`, ["questions", i, "number"]);
    numbers.add(q.number);
    for (const [j, m] of q.measures.entries()) {
      if (!ids.has(m)) say(`question ${q.number} names unknown measure ${m}`, ["questions", i, "measures", j]);
    }
    for (const [j, p] of (q.periods ?? []).entries()) {
      const known = req.periods ? periodIds : new Set([requestPeriods(req)[0]?.id]);
      if (!known.has(p)) say(`question ${q.number} names unknown period ${p}`, ["questions", i, "periods", j]);
    }
  }
  const metricOf = new Map(req.measures.map((m) => [m.id, m.metric]));
  for (const [i, d] of req.derivations.entries()) {
    for (const m of [d.measure, ...d.sumOf]) {
      if (!ids.has(m)) say(`derivation names unknown measure ${m}`, ["derivations", i]);
      else if (notCounts.has(metricOf.get(m) ?? "")) {
        const kind = kindInMessage(metricOf.get(m) ?? "");
        const which = kind === "a maximum" ? "maxima are" : "averages and percentages are";
        say(`derivation names measure ${m}, ${kind}: ${which} never added up`, ["derivations", i]);
      }
    }
  }
  for (const [i, g] of req.nationalityGroups.entries()) group(g, ["nationalityGroups", i], "nationalityGroups");
}).transform((req) => {
  const periods = requestPeriods(req);
  const first = periods[0] as PeriodDef;
  const last = periods[periods.length - 1] as PeriodDef;
  const { period: _old, ...rest } = req;
  return {
    ...rest,
    periods,
    /**
     * The whole span asked about: the one period of a one-period request,
     * else from the first period's start to the last one's end. Stages that
     * only need to know whether a date is inside the request use this.
     */
    period:
      periods.length === 1
        ? first
        : {
            id: `${first.id}-${last.id}`,
            start: periods.map((p) => p.start).sort()[0] ?? first.start,
            end:
              periods
                .map((p) => p.end)
                .sort()
                .reverse()[0] ?? last.end,
            label: periods.map((p) => p.label).join("; "),
          },
    groups: req.groups ?? BUILT_IN_ROUND.groups.map((g): GroupDef => ({ ...g, phrasings: [...g.phrasings] })),
    metrics: req.metrics ?? BUILT_IN_ROUND.metrics.map((m): MetricDef => ({ ...m, phrasings: [...m.phrasings] })),
    // The 2015 relations and rules come with the 2015 groups and metrics, never with a round's own.
    relations:
      req.relations ?? (req.groups ? [] : BUILT_IN_ROUND.relations.map((r) => ({ ...r, parts: [...r.parts] }))),
    rules: req.rules ?? (req.metrics ? [] : BUILT_IN_ROUND.rules.map((r) => ({ ...r }))),
  };
});
export type Request = z.infer<typeof RequestSchema>;

function requestPeriods(req: z.infer<typeof RequestFileSchema>): PeriodDef[] {
  if (req.periods) return req.periods;
  if (!req.period) return [];
  const { id: given, ...p } = req.period;
  return [{ id: given ?? defaultPeriodId(p.start, p.end), ...p }];
}

export function findMeasure(request: Pick<Request, "measures">, group: Group, metric: Metric): MeasureDef | undefined {
  return request.measures.find((m) => m.group === group && m.metric === metric);
}

/** The combined group of a round that asks about its groups together ("trafficked and UASC children"). */
export const COMBINED_GROUP = "all";

/**
 * The groups a list of children sorts its rows into by each row's category:
 * every group of the request that is not a part of another (a part's rows
 * count in its whole), a subset of another, or the combined group.
 */
export function listGroupsOf(request: Pick<Request, "groups" | "relations">): Group[] {
  return request.groups
    .map((g) => g.id)
    .filter(
      (g) =>
        g !== COMBINED_GROUP &&
        wholeOf(request, g) === null &&
        !request.relations.some((r) => r.kind === "subset" && r.group === g),
    );
}

/** The groups a group is made of (its parts), from the request's parts relations. */
export function partsOf(request: Pick<Request, "relations">, whole: Group): Group[] {
  return request.relations.flatMap((r) => (r.kind === "parts" && r.whole === whole ? r.parts : []));
}

/** The whole a part belongs to, if any. */
export function wholeOf(request: Pick<Request, "relations">, part: Group): Group | null {
  for (const r of request.relations) if (r.kind === "parts" && r.parts.includes(part)) return r.whole;
  return null;
}

/**
 * The request's derivations, with one added for each parts relation it does
 * not already list: for every metric the whole and all its parts have
 * measures for, the whole's measure is the sum of the parts' measures.
 */
export function derivationsOf(
  request: Pick<Request, "derivations" | "relations" | "measures" | "metrics">,
): { measure: string; sumOf: string[] }[] {
  const listed = new Set(request.derivations.map((d) => d.measure));
  const implied = request.relations.flatMap((r) => {
    if (r.kind !== "parts") return [];
    // The parts' averages do not add up to the whole's: only counts are derived.
    return request.metrics.filter(isCountMetric).flatMap((m) => {
      const whole = findMeasure(request, r.whole, m.id);
      const parts = r.parts.map((p) => findMeasure(request, p, m.id));
      if (!whole || listed.has(whole.id) || parts.some((p) => p === undefined)) return [];
      return [{ measure: whole.id, sumOf: parts.map((p) => (p as MeasureDef).id) }];
    });
  });
  return [...request.derivations, ...implied];
}

/** Whether a measure's metric is counted on each period's last day (a stock), not over the period. */
export function countedAtPeriodEnd(request: Pick<Request, "measures" | "metrics">, measure: string): boolean {
  const metric = request.measures.find((m) => m.id === measure)?.metric;
  return countsAtPeriodEnd({ metrics: request.metrics.filter((m) => m.id === metric) });
}

/** Whether the request counts any metric on each period's last day. */
export function countsAtPeriodEnd(request: Pick<Request, "metrics">): boolean {
  return request.metrics.some((m: MetricDef) => m.at === "period_end");
}

/** Whether a metric's figures are counts, which add up (as opposed to averages and percentages, which never do). */
export function isCountMetric(metric: Pick<MetricDef, "kind">): boolean {
  return (metric.kind ?? "count") === "count";
}

/**
 * The kind of a measure's figures: "count" for a measure of a count metric
 * (or one the request does not know), else the metric's kind. Every stage
 * that adds figures up asks this first.
 */
export function measureKind(request: Pick<Request, "measures" | "metrics">, measure: string): MetricKind {
  const metric = request.measures.find((m) => m.id === measure)?.metric;
  return request.metrics.find((m) => m.id === metric)?.kind ?? "count";
}

/** Whether a measure's figures add up (a count), unlike an average's or a percentage's. */
export function isSummable(request: Pick<Request, "measures" | "metrics">, measure: string): boolean {
  return measureKind(request, measure) === "count";
}

/**
 * The measures a percentage measure is the share of, in the same group: its
 * metric's `of` numerator and denominator, when the request has a measure
 * for each. Null for any other measure.
 */
export function percentageParts(
  request: Pick<Request, "measures" | "metrics">,
  measure: string,
): { numerator: MeasureDef; denominator: MeasureDef } | null {
  const def = request.measures.find((m) => m.id === measure);
  const of = request.metrics.find((m) => m.id === def?.metric)?.of;
  if (!def || !of) return null;
  const numerator = findMeasure(request, def.group, of.numerator);
  const denominator = findMeasure(request, def.group, of.denominator);
  return numerator && denominator ? { numerator, denominator } : null;
}
