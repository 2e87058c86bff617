import type { Group, MeasureDef, Metric, Request } from "../domain/request.js";
import { COMBINED_GROUP, findMeasure, measureKind } from "../domain/request.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { LabelVocabulary } from "../knowledge/labels.js";
import { type LabelMatch, matchLabel } from "./matchLabel.js";
import { subsetAlsoUnderParent, subsetByWording, subsetNamedAlso } from "./subsetWording.js";

/** Group known from around a label: a section heading, the sheet name, the previous question. */
export interface LabelContext {
  group: Group | null;
  /** Where the context group came from, e.g. `heading "UASC" at A12` or `sheet name "Trafficked"`. */
  groupFrom: string;
  /** `group` is a heading's over the figure's own column (tables side by side), not a section's or the sheet's. */
  groupOverColumn?: true;
  previousGroup: Group | null;
  /** The group noted before the label's row, when the row's earlier figures noted their own (locateFigures). */
  groupAboveRow?: Group | null;
  /** A metric named by a section heading ("Part 2 – UASC looked after") for labels like "Number of children". */
  metric?: Metric | null;
  /** Where `metric` came from: a section heading, or the name of the sheet ("Episodes by quarter"). */
  metricFrom?: "heading" | "sheet";
  /** Groups of the numbered questions so far, for "the children referred to in question 5". */
  questionGroups?: ReadonlyMap<string, Group>;
  /**
   * The one metric of a question asked just above a table, with no answer of
   * its own (locateFigures): the table is its answer, so a row naming only a
   * group counts that metric, not the request's base count.
   */
  questionMetric?: {
    metric: Metric;
    from: string;
    /** The question counts episodes and names a count of children too: a row saying "children" counts this. */
    childMetric?: Metric;
  };
  /** The figure's row has a figure in another column too (matchFigures): each column's is then its own. */
  figuresBesideOnRow?: true;
  /** A figure on the row stands under a header naming the base count ("Looked after") of no other group (matchFigures). */
  baseCountBesideOnRow?: true;
}

export const NO_CONTEXT: LabelContext = { group: null, groupFrom: "", previousGroup: null };

export type Resolution =
  | {
      kind: "measure";
      measure: MeasureDef;
      group: Group;
      metric: Metric;
      explanation: string;
      /** No metric was named (the request's base one was assumed, or a question's above taken): a question number may say better. */
      metricAssumed?: true;
      /** The measure the label's own question number asks, when the words read as another. */
      numberSays?: MeasureDef;
      /** Read as the request's question of the label's number, its words naming nothing ("Q3" alone). */
      byNumberOnly?: true;
    }
  | { kind: "outside"; group: Group; metric: Metric; explanation: string }
  | { kind: "ambiguous"; explanation: string }
  | { kind: "unmatched"; explanation: string }
  | { kind: "none" };

/** A label read as one measure, its group and metric the measure's own, with why. */
export function readAs(measure: MeasureDef, explanation: string): Resolution {
  return { kind: "measure", measure, group: measure.group, metric: measure.metric, explanation };
}

/**
 * The group a label about one part means when it speaks of the children as
 * a whole: a part's whole (identified → trafficked, from the request's
 * parts relations), else the group itself.
 */
/**
 * The group of the question(s) a label points at: "1a+1b" (the children
 * counted in 1a or 1b) is one group only when both questions' groups have
 * one whole (identified and suspected: trafficked); otherwise none. Each
 * question's group is the one noted as the reply went, or else the one the
 * request asks it about.
 */
function referredGroup(
  ref: string,
  context: LabelContext,
  whole: (g: Group) => Group,
  request: Request | undefined,
): Group | undefined {
  const ids = ref.split("+");
  if (ids.length === 1) return context.questionGroups?.get(ref);
  // A letter answering in prose notes no question's group as it goes: the request's own questions say it.
  const asked = (id: string): Group | undefined => {
    const measures = request?.questions.find((q) => q.number.toLowerCase() === id)?.measures ?? [];
    const groups = new Set(measures.map((m) => request?.measures.find((x) => x.id === m)?.group));
    const only = [...groups][0];
    return groups.size === 1 && only !== undefined ? only : undefined;
  };
  // "Total | Missing episodes (Q3 / Q7)": the request asks question 3 of one group and 7 of another, so the
  // label names both, whatever group this file's rows last gave either number.
  const byRequest = ids.map(asked);
  const firstAsked = byRequest[0];
  if (firstAsked !== undefined && byRequest.some((g) => g !== undefined && whole(g) !== whole(firstAsked))) {
    return undefined;
  }
  const groups = ids.map((id) => context.questionGroups?.get(id) ?? asked(id));
  const first = groups[0];
  if (first === undefined) return undefined;
  if (groups.some((g) => g === undefined || whole(g) !== whole(first))) return undefined;
  return whole(first);
}

export function wholeGroupOf(group: Group, vocab: Pick<LabelVocabulary, "partOf">): Group {
  return vocab.partOf[group] ?? group;
}

const ALL = COMBINED_GROUP;

/**
 * Combine the label parts that describe one figure (its row label and its
 * column headers) into a measure. Every outcome carries an explanation, so
 * the decision can be shown to the user.
 */
export function resolveMeasure(
  parts: readonly LabelMatch[],
  context: LabelContext,
  request: Request,
  vocab: LabelVocabulary,
): Resolution {
  const texts = parts.filter((p) => p.normalised !== "");
  if (texts.length === 0) return { kind: "none" };
  const quoted = texts.map((p) => `"${p.text.trim()}"`).join(" × ");
  const phrases = [...new Set(texts.flatMap((p) => p.phrases))];
  const because = phrases.length > 0 ? ` (matched ${phrases.map((p) => `"${p}"`).join(", ")})` : "";

  const group = resolveGroup(texts, context, vocab, false, request);
  if (group.kind === "ambiguous") return { kind: "ambiguous", explanation: `${quoted} ${group.why}` };

  const aboveIsSibling = group.kind === "ok" && siblingPartAbove(group.group, context, request);
  const metric = resolveMetric(texts, vocab, group.explicit, context, request, aboveIsSibling);
  if (metric.kind === "ambiguous") return { kind: "ambiguous", explanation: `${quoted} ${metric.why}${because}` };
  if (group.kind === "ok" && group.group === null && metric.metric !== null) {
    const only = onlyGroupAskedFor(metric.metric, texts, request);
    if (only) return resolveMeasure(texts, { ...context, group: only.group, groupFrom: only.from }, request, vocab);
  }

  // "Had an EHCP: 8" then "Not traced at 31 March: 8": a line naming no
  // group after a subset's line continues the list about the whole, when
  // the request asks that metric of the whole alone and never of the subset.
  if (group.kind === "ok" && group.carried && group.group !== null && metric.metric !== null) {
    const only = findMeasure(request, group.group, metric.metric)
      ? null
      : onlyGroupAskedFor(metric.metric, texts, request);
    // "Average weekly cost (£)" on the row after "Placements in unregulated
    // accommodation", in a request that asks an average (or a percentage) of
    // one group only: a row in the request's own order of questions, naming
    // the metric that only one question asks. A count is never moved so
    // ("Placements" after a row about unregistered homes may well be theirs).
    const askedOnce =
      only !== null && measureKind(request, findMeasure(request, only.group, metric.metric)?.id ?? "") !== "count";
    if (only && (vocab.subsetOf[group.group] === only.group || askedOnce)) {
      return resolveMeasure(
        texts,
        {
          ...context,
          group: only.group,
          groupFrom: `the request, which asks for ${metric.metric} of "${only.group}" only, not of ${vocab.subsetOf[group.group] === only.group ? "its subset " : ""}"${group.group}" named on the line before`,
        },
        request,
        vocab,
      );
    }
  }

  // "Appeals upheld" under a heading "Home to school transport" (the
  // request's whole): the heading titles the reply, and the request asks for
  // appeals of one part only ("send"), so the row is that part's. Only a
  // group taken from around the label, never one the label names, and only
  // a part or subset of that group.
  if (group.kind === "ok" && !group.explicit && group.group !== null && metric.metric !== null) {
    const only = findMeasure(request, group.group, metric.metric)
      ? null
      : onlyGroupAskedFor(metric.metric, texts, request);
    const within =
      only !== null &&
      only.group !== group.group &&
      (vocab.partOf[only.group] === group.group || vocab.subsetOf[only.group] === group.group);
    const measure = only && within ? findMeasure(request, only.group, metric.metric) : undefined;
    if (only && measure) {
      const from = `${only.from}, a part of "${group.group}"${group.note ? ` (${group.note})` : ""}`;
      return {
        kind: "measure",
        measure,
        group: only.group,
        metric: metric.metric,
        explanation: `${quoted} → ${measure.id}${because}; ${from}${metric.note ? `; ${metric.note}` : ""}`,
        ...(metric.assumed ? { metricAssumed: true as const } : {}),
      };
    }
  }

  if (group.group === null || metric.metric === null) {
    const meaningful = texts.some((p) => p.groups.length > 0 || p.metrics.length > 0);
    if (!meaningful) return { kind: "none" };
    const missing = group.group === null ? "which group of children it is about" : "what it counts";
    return { kind: "unmatched", explanation: `${quoted} does not say ${missing}${because}` };
  }
  const notes = [group.note, metric.note].filter(Boolean).join("; ");
  const measure = findMeasure(request, group.group, metric.metric);
  const description = `${group.group} × ${metric.metric}`;
  if (!measure) {
    return {
      kind: "outside",
      group: group.group,
      metric: metric.metric,
      explanation: `${quoted} means ${description}, which the request did not ask for${because}${notes ? `; ${notes}` : ""}`,
    };
  }
  return {
    kind: "measure",
    measure,
    group: group.group,
    metric: metric.metric,
    explanation: `${quoted} → ${measure.id}${because}${notes ? `; ${notes}` : ""}`,
    ...(metric.assumed ? { metricAssumed: true as const } : {}),
  };
}

/**
 * "Q3 Number of placements" in a reply whose other columns name the group:
 * when the request asks for a metric of one group only, a label that names
 * that metric and no group at all can only be answering that group's
 * question. A label that names any group, or a metric the request asks of
 * several groups, is left to the rules that follow (or unmatched).
 */
function onlyGroupAskedFor(
  metric: Metric,
  parts: readonly LabelMatch[],
  request: Pick<Request, "measures">,
): { group: Group; from: string } | null {
  if (parts.some((p) => p.groups.length > 0)) return null;
  const groups = new Set(request.measures.filter((m) => m.metric === metric).map((m) => m.group));
  const [only] = groups;
  if (groups.size !== 1 || only === undefined) return null;
  return { group: only, from: `the request, which asks for ${metric} of "${only}" only` };
}

type GroupResult =
  | { kind: "ok"; group: Group | null; explicit: boolean; note?: string; carried?: true }
  | { kind: "ambiguous"; why: string };

/** The group a heading or sheet name names on its own, e.g. "Unaccompanied asylum-seeking children". */
export function groupOfLabel(label: LabelMatch, vocab: LabelVocabulary): Group | null {
  let byLabel = headingGroups.get(vocab);
  if (byLabel === undefined) {
    byLabel = new WeakMap();
    headingGroups.set(vocab, byLabel);
  }
  let group = byLabel.get(label);
  if (group === undefined) {
    const g = resolveGroup([label], NO_CONTEXT, vocab, true);
    group = g.kind === "ok" ? g.group : null;
    byLabel.set(label, group);
  }
  return group;
}

/**
 * groupOfLabel's answers, by vocabulary and label. The locate stage asks it
 * of the same headings again and again (each row's label, each column's,
 * each sheet's name), about eight times per label on the fixtures, and
 * matchLabel hands back one label object per text, so the answer, which
 * depends on nothing but the two, is worked out once.
 */
const headingGroups = new WeakMap<LabelVocabulary, WeakMap<LabelMatch, Group | null>>();

function resolveGroup(
  parts: readonly LabelMatch[],
  context: LabelContext,
  vocab: LabelVocabulary,
  headingOnly = false,
  request?: Request,
): GroupResult {
  const found = new Set(parts.flatMap((p) => p.groups));
  // "… identified or suspected as trafficked, or identified as UASC, and went missing (both groups
  // together; a child in both groups is counted once)": the children of either group, never those of
  // both (the subset "UASC also trafficked" its words would otherwise name).
  if ([...found].some((g) => vocab.subsetOf[g] !== undefined) && parts.some((p) => countsBothGroups(p.text, vocab))) {
    return { kind: "ambiguous", why: "counts two groups' children together, not a group the request asks for" };
  }
  const bothRow = request && !context.figuresBesideOnRow ? bothGroupsRowInGroupColumn(parts, vocab, request) : null;
  if (bothRow) return bothRow;
  const titled = ownGroupUnderBoth(parts, vocab);
  if (titled) return titled;
  const previous = headingOnly
    ? null
    : context.groupAboveRow !== undefined
      ? context.groupAboveRow
      : context.previousGroup;
  const also = subsetNamedAlso(parts, previous, vocab);
  if (also === "none")
    return {
      kind: "ambiguous",
      why: "counts some children of a group who are also of another, a subset the request does not ask for",
    };
  if (also !== null) return { kind: "ok", group: also, explicit: true };
  const own = resolveOwnGroup(found, vocab);
  if (own) return own;
  const whole = (g: Group) => wholeGroupOf(g, vocab);
  const wholes = new Set(Object.values(vocab.partOf));
  // A group outside every parts relation ("UASC"), named beside a whole
  // ("trafficked and UASC children not found"), means both together. A
  // request without the combined group did not ask for it: it is reported
  // as outside the request, never read as one group's figure.
  const plain = [...found].filter((g) => !wholes.has(g) && vocab.partOf[g] === undefined && g !== ALL);
  const namedWholes = [...found].filter((g) => wholes.has(g));
  const subset = subsetByWording(parts, previous, vocab, (t) => matchLabel(t, vocab).groups);
  if (subset === "none")
    return {
      kind: "ambiguous",
      why: "counts one group's children who are also of another, a subset the request does not ask for",
    };
  if (subset !== null) return { kind: "ok", group: subset, explicit: true };
  const alsoUnder = subsetAlsoUnderParent(parts, context.group, vocab, context.baseCountBesideOnRow === true);
  if (alsoUnder === "unclear")
    return {
      kind: "ambiguous",
      why: `counts children of "${context.group}" (${context.groupFrom}) who are also of another group, but beside no count of them looked after: "also" may be of the column before ("still missing, also trafficked")`,
    };
  if (alsoUnder === "none")
    return {
      kind: "ambiguous",
      why: `counts children of "${context.group}" (${context.groupFrom}) who are also of another group, a subset the request does not ask for`,
    };
  if (alsoUnder !== null)
    return {
      kind: "ok",
      group: alsoUnder,
      explicit: true,
      note: `"also" children of "${context.group}" from ${context.groupFrom}`,
    };
  const numbered = subsetByNumber(parts, found, vocab);
  if (numbered !== null) return { kind: "ok", group: numbered, explicit: true };
  if (namedWholes.length > 0 && plain.length > 0) return { kind: "ok", group: ALL, explicit: true };
  // "Children from either group not found": both groups, whatever the question before was about.
  if (parts.some((p) => p.bothGroups) && hasAllGroup(vocab)) return { kind: "ok", group: ALL, explicit: true };
  const crossed = crossedPart(parts, plain, vocab);
  if (crossed) return { kind: "ambiguous", why: crossed };
  if (plain.length === 1 && plain[0]) return { kind: "ok", group: plain[0], explicit: true };

  // The words naming a part ("identified", "suspected") are common words;
  // they only split their whole when the label or its context is about
  // that whole. A bare "Identified" or "Suspected" row or column label can
  // only mean the part in this request.
  const qualifiers = vocab.qualifierGroups.filter((g) => found.has(g as Exclude<Group, "all">));
  const split = [...new Set(qualifiers.map(whole))];
  const splitWhole = split.length === 1 ? split[0] : undefined;
  const bare = parts.some((p) => p.groups.some((g) => qualifiers.includes(g)) && p.normalised.split(" ").length <= 3);
  const inContext =
    splitWhole !== undefined &&
    (found.has(splitWhole) || bare || (context.group !== null && whole(context.group) === splitWhole));
  if (splitWhole !== undefined && inContext) {
    const group = qualifiedPart(parts, qualifiers, splitWhole);
    const note = found.has(splitWhole) ? undefined : `${splitWhole} from ${context.groupFrom}`;
    return { kind: "ok", group, explicit: true, ...(note ? { note } : {}) };
  }
  // A part the request names in its own words ("confirmed victims"), not
  // by a common qualifier word, is that part; two parts of one whole are
  // the whole, as "identified or suspected" is.
  const namedParts = [...found].filter((g) => vocab.partOf[g] !== undefined && !qualifiers.includes(g));
  const partWholes = [...new Set(namedParts.map(whole))];
  if (namedParts.length === 1 && namedParts[0]) return { kind: "ok", group: namedParts[0], explicit: true };
  if (namedParts.length > 1 && partWholes.length === 1 && partWholes[0]) {
    return { kind: "ok", group: partWholes[0], explicit: true };
  }
  if (namedWholes.length === 1 && namedWholes[0]) return { kind: "ok", group: namedWholes[0], explicit: true };
  if (headingOnly) return { kind: "ok", group: null, explicit: false };

  // No group in the label itself: fall back to what surrounds it, first to
  // a question it names by number ("the children referred to in question 5").
  const ref = parts.find((p) => p.questionRef !== null)?.questionRef;
  const referred = ref !== undefined && ref !== null ? referredGroup(ref, context, whole, request) : undefined;
  if (referred) {
    const group = whole(referred);
    return {
      kind: "ok",
      group,
      explicit: false,
      note: `group "${group}" from question ${ref}, which the label refers to`,
    };
  }
  const anaphora = parts.some((p) => p.anaphora);
  if (anaphora && context.previousGroup !== null) {
    // "Of these" after sub-questions on identified and suspected children
    // refers to the trafficked children as a whole.
    const group = whole(context.previousGroup);
    return { kind: "ok", group, explicit: false, note: `group "${group}" from the previous question ("of these")` };
  }
  if (context.group !== null) {
    return {
      kind: "ok",
      group: context.group,
      explicit: false,
      note: `group "${context.group}" from ${context.groupFrom}`,
    };
  }
  // "Looked after – confirmed (positive conclusive grounds)" / "Looked after
  // – confirmed or suspected, total" in a table after the questions on
  // trafficked children: the label names the whole's parts by their
  // qualifier words and no group, and the question before it is about that
  // whole. The words split the whole as they do under its heading (above),
  // not both groups together (a "total" of the parts is the whole's) and
  // not the whole alone (which took the confirmed children's figure for all).
  if (splitWhole !== undefined && context.previousGroup !== null && whole(context.previousGroup) === splitWhole) {
    const group = qualifiedPart(parts, qualifiers, splitWhole);
    // "Total identified or suspected: 8" straight after the two parts: the
    // label names every part of the whole by its words, so it names the
    // whole as surely as its name would, and asks its base count.
    const allParts = group === splitWhole && qualifiers.length > 1 && parts.some((p) => p.allCue);
    return {
      kind: "ok",
      group,
      explicit: allParts,
      note: `no group named, its words naming ${allParts ? "the parts" : "a part"} of "${splitWhole}", the group of the question before it`,
    };
  }
  // In a numbered list of questions, "7) Total missing episodes" totals
  // the group of the questions around it, not both groups.
  // ...but once the list has asked about both groups, a total is of both.
  const numberedQuestion = parts.some((p) => p.questionNumber !== null);
  const asked = [...(context.questionGroups?.values() ?? [])];
  const askedBoth = new Set(asked.filter((g) => g !== ALL).map(whole)).size > 1;
  const ownTotal =
    context.previousGroup !== null &&
    parts.some((p) => p.allCue) &&
    parts.every((p) => !p.allCue || totalsItsOwnCount(p.text));
  if (ownTotal && context.previousGroup !== null) {
    const group = whole(context.previousGroup);
    return {
      kind: "ok",
      group,
      explicit: false,
      note: `"in total" in a sentence about the children just asked of, read as "${group}" like the question before it`,
    };
  }
  if (
    hasAllGroup(vocab) &&
    parts.some((p) => p.allCue) &&
    !(numberedQuestion && context.previousGroup !== null && !askedBoth) &&
    !ownTotal
  ) {
    return { kind: "ok", group: ALL, explicit: false, note: "no group named, read as both groups together" };
  }
  // In a list of questions, one that names no group at all ("Missing
  // episodes", "How many have not been found?") continues the one before it.
  if (
    context.previousGroup !== null &&
    parts.some((p) => p.metrics.length > 0) &&
    // "Neither young person is still missing": children named only to point
    // back at the ones just asked about.
    // "One young person remains missing.": an answer that opens with its
    // figure counts the children asked about, as "One remains missing" would.
    (!parts.some((p) => p.namesChildren) ||
      parts.every((p) => POINTS_BACK.test(p.text) || COUNTS_CHILDREN.test(p.text)))
  ) {
    const group = whole(context.previousGroup);
    return {
      kind: "ok",
      group,
      explicit: false,
      note: `no group named, read as "${group}" like the question before it`,
      carried: true,
    };
  }
  return { kind: "ok", group: null, explicit: false };
}

/**
 * The part of `splitWhole` a label's qualifier words name. A row "of which
 * identified" under a column "trafficked (identified or suspected)" is the
 * identified part: the label naming one sub-part is the more specific.
 * "identified or suspected" alone means both together, the whole.
 */
function qualifiedPart(parts: readonly LabelMatch[], qualifiers: readonly Group[], splitWhole: Group): Group {
  const specific = new Set<Group>();
  for (const p of parts) {
    if (p.combined) continue;
    const named = p.groups.filter((g) => qualifiers.includes(g));
    if (named.length === 1 && named[0]) specific.add(named[0]);
  }
  const both = parts.some((p) => p.combined);
  return specific.size === 1
    ? ([...specific][0] as Group)
    : both || qualifiers.length > 1
      ? splitWhole
      : (qualifiers[0] as Group);
}

/**
 * "of which identified" across a column headed "UASC" in a grid whose rows
 * split the trafficked children: the row names a part of one group (by its
 * qualifier word), the column another group that has no such part. The
 * cell ("-" in York's reply) belongs to no question, and read as the
 * column's group alone it would be a second figure for that group's
 * looked-after children. Only when the two are named by different labels:
 * one label naming both ("UASC identified as trafficked") is left to the
 * rules for subsets and both groups. The reason, or null.
 */
function crossedPart(parts: readonly LabelMatch[], plain: readonly Group[], vocab: LabelVocabulary): string | null {
  const other = plain.length === 1 ? plain[0] : undefined;
  if (other === undefined || vocab.subsetOf[other] !== undefined) return null;
  for (const p of parts) {
    const named = p.groups.filter((g) => vocab.qualifierGroups.includes(g) && !p.groups.includes(other));
    const part = named.length === 1 ? named[0] : undefined;
    if (part === undefined || p.groups.length !== 1) continue;
    const whole = wholeGroupOf(part, vocab);
    if (whole === other || parts.some((q) => q.groups.includes(whole))) continue;
    if (!parts.some((q) => q !== p && q.groups.includes(other))) continue;
    return `names "${part}", a part of ${whole}, across "${other}", which has no such part: the row and the column ask about different children`;
  }
  return null;
}

/**
 * "4 Still missing or absent (trafficked and UASC)" with its figure under the column "Trafficked / modern
 * slavery": the row is the question and its own words name both groups; the column names one group and no
 * count, and only holds the figure. When the request asks the row's count of both groups together and never
 * of the column's group alone, the figure is the both-groups count. Read as the column's group it would be a
 * count the request did not ask for, and be dropped. A count the request asks of each group is left to
 * ownGroupUnderBoth (the column's group), as a row "Went missing (trafficked and UASC)" over two group
 * columns gives each group's figure. Only when the row has no figure in another column (resolveGroup): figures
 * in both group columns ("…,1,3") are each group's, and neither is the two groups' count.
 */
function bothGroupsRowInGroupColumn(
  parts: readonly LabelMatch[],
  vocab: LabelVocabulary,
  request: Request,
): GroupResult | null {
  if (!hasAllGroup(vocab)) return null;
  const naming = parts.filter((p) => p.groups.length > 0);
  if (naming.length !== 2) return null;
  const each = naming.map((p) => ({ p, g: resolveGroup([p], NO_CONTEXT, vocab, true) }));
  const single = each.find((x) => x.g.kind === "ok" && x.g.group !== null && x.g.group !== ALL);
  const both = each.find((x) => x.g.kind === "ok" && x.g.group === ALL);
  if (!single || !both || single.g.kind !== "ok" || single.g.group === null) return null;
  // The column names no count; the row names exactly one (after refinement: "still missing" is not found).
  if (single.p.metrics.length > 0) return null;
  const metrics = refine(both.p.metrics, vocab);
  const metric = metrics.length === 1 ? metrics[0] : undefined;
  if (metric === undefined) return null;
  if (!findMeasure(request, ALL, metric) || findMeasure(request, single.g.group, metric)) return null;
  return {
    kind: "ok",
    group: ALL,
    explicit: true,
    note: `the row's own words name both groups, and the request asks this count only of both together; the column "${single.p.text.trim()}" only holds the figure`,
  };
}

/**
 * "Number of UASC looked after in period: 12" under the title "Trafficked
 * and UASC children looked after": the title names both groups because the
 * reply is about both; the row that names one of them is that group's. Only
 * when one part alone names a single group and every other part naming a
 * group names both together; the words of one label naming both ("trafficked
 * and UASC not found") are never split this way.
 */
function ownGroupUnderBoth(parts: readonly LabelMatch[], vocab: LabelVocabulary): GroupResult | null {
  const naming = parts.filter((p) => p.groups.length > 0);
  if (naming.length < 2) return null;
  const each = naming.map((p) => resolveGroup([p], NO_CONTEXT, vocab, true));
  const single = each.filter((g) => g.kind === "ok" && g.group !== null && g.group !== ALL);
  const both = each.filter((g) => g.kind === "ok" && g.group === ALL);
  const only = single[0];
  if (single.length !== 1 || both.length !== naming.length - 1 || only?.kind !== "ok") return null;
  return {
    kind: "ok",
    group: only.group,
    explicit: true,
    note: "the row's own group, under a title naming both groups",
  };
}

/**
 * "The two young people were reported missing on five occasions in total."
 * A sentence that points back at the children just asked about ("they",
 * "these", "the two young people") totals their own count: its "in total"
 * is not both groups together, any more than it is in one clause of a
 * longer sentence (see readClauses); nor is "There were 96 missing incidents
 * in total." under a question about one group. A label or a heading ("Total
 * missing episodes") still is.
 */
function totalsItsOwnCount(text: string): boolean {
  // "Five episodes in total.": a count, what it counts, and "in total" is an
  // answer's own total, as short as an answer is.
  if (COUNT_IN_TOTAL.test(text)) return true;
  const sentence = /[.!]\s*$/u.test(text) && (text.match(/[\p{L}\d]+/gu)?.length ?? 0) >= 6;
  return sentence && (POINTS_BACK.test(text) || THERE_WERE.test(text));
}

/** "Five episodes in total.", "12 missing incidents altogether": a short answer totalling what it counts. */
const COUNT_IN_TOTAL = /^\s*\S+(?:\s+[\p{L}-]+){1,3}\s+(?:in total|altogether|in all)\s*[.!]?\s*$/iu;

/** "There were 96 missing incidents in total.": an answer that counts what was just asked about. */
const THERE_WERE = /^\s*there (?:were|was|have been|had been)\b/iu;

/** "One young person remains missing.", "2 children have not been found.": an answer sentence led by its figure. */
const COUNTS_CHILDREN =
  /^\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:young people|young persons?|children|child)\s+(?:is|are|was|were|has|have|had|remains?|remained|went|still)\b[^.!?]*[.!]?\s*$/iu;

const POINTS_BACK =
  /\b(?:they|them|these|those|(?:the|both|all|each of the|neither|neither of the) (?:\w+ )?(?:young people|children|young persons|child|young person))\b/iu;

/** The groups of the request's parts relations (wholes and parts) and the combined group: the rules above resolve these. */
function relationGroups(vocab: Pick<LabelVocabulary, "partOf">): ReadonlySet<Group> {
  return new Set([...Object.keys(vocab.partOf), ...Object.values(vocab.partOf), ALL]);
}

/** Whether the request has the combined group (every request without its own groups does). */
function hasAllGroup(vocab: LabelVocabulary): boolean {
  return vocab.requestGroups.length === 0 || vocab.requestGroups.includes(COMBINED_GROUP);
}

/**
 * The groups outside the parts relations, named in the label: a subset
 * group named with the group it is part of ("UASC also trafficked") is the
 * subset; one such group alone is that group; two are ambiguous, and so is
 * a subset group beside a whole or part it is not a subset of. Returns
 * null when the label names only groups of parts relations (or none), or
 * one plain group beside them ("trafficked and UASC"), which the rules
 * after it resolve.
 */
function resolveOwnGroup(found: ReadonlySet<Group>, vocab: LabelVocabulary): GroupResult | null {
  // A subset may be declared of a part and of its whole too; named with any of them it is the subset.
  const supersets = (g: Group): readonly string[] => {
    const of = vocab.subsetOf[g];
    return vocab.supersets[g] ?? (of === undefined ? [] : [of]);
  };
  const subsets = [...found].filter((g) => supersets(g).some((of) => found.has(of as Group)));
  if (subsets.length === 1 && subsets[0]) return { kind: "ok", group: subsets[0], explicit: true };
  const covered = new Set(subsets.flatMap(supersets));
  const related = relationGroups(vocab);
  const own = [...found].filter((g) => !related.has(g) && !covered.has(g));
  if (own.length === 0) return null;
  if (own.length === 1 && own[0] && ![...found].some((g) => related.has(g))) {
    return { kind: "ok", group: own[0], explicit: true };
  }
  if (own.length === 1 && own[0] && vocab.subsetOf[own[0]] === undefined) return null;
  return { kind: "ambiguous", why: `names more than one group (${[...found].join(", ")}); foi-agg will not choose` };
}

type MetricResult =
  | { kind: "ok"; metric: Metric | null; note?: string; assumed?: true }
  | { kind: "ambiguous"; why: string };

function resolveMetric(
  parts: readonly LabelMatch[],
  vocab: LabelVocabulary,
  groupExplicit: boolean,
  context: LabelContext,
  request: Request | null = null,
  aboveIsSibling = false,
): MetricResult {
  const found = new Set(parts.flatMap((p) => p.metrics));
  // A more specific metric absorbs the ones it refines: "of those who went
  // missing, how many are still missing" asks about not_found.
  const refined = refine([...found], vocab);
  const kept = (request ? percentageOverCount(refined, parts, request, vocab) : null) ?? refined;
  if (kept.length > 1) {
    return { kind: "ambiguous", why: `could mean ${kept.join(" or ")}; foi-agg will not choose` };
  }
  // "number who went missing / number of missing episodes" offers two
  // different measures as alternatives: one figure cannot be both.
  for (const p of parts) {
    const sides = p.alternatives.map((side) => refine(side, vocab)).filter((side) => side.length > 0);
    const distinct = new Set(sides.map((side) => side.join("+")));
    if (distinct.size > 1) {
      return { kind: "ambiguous", why: `offers alternatives (${[...distinct].join(" or ")}); foi-agg will not choose` };
    }
  }
  if (kept.length === 1) return { kind: "ok", metric: kept[0] ?? null };
  // A label that names a group and asks for a number, with no metric, asks how
  // many such children were looked after: that is the base question of the request.
  // Only a short label: a long one with no metric ("… recorded as not having
  // been found") asks something foi-agg does not recognise.
  // A negation ("TRAF_NOT_LOC", "UASC not returned") asks something else,
  // whatever foi-agg failed to recognise after it.
  // A letter's answer sentence opening with a bound for its count ("In addition, fewer than five further
  // children were suspected … but had not been referred", labels.json countOpenings) gives a number however
  // long it runs, and a "not" in a trailing "but …" clause describes the children it counts. A "not" in its
  // own clause ("Fewer than five UASC were not age assessed as children") counts children who are not the
  // group's, as it would with an exact number.
  const groupOnly =
    groupExplicit &&
    parts.some(
      (p) =>
        (p.countOpening === true && !negates(mainClause(p.text), aboveIsSibling)) ||
        (!negates(p.text, aboveIsSibling) &&
          !awaitsDecision(p, vocab) &&
          ((p.countCue && wordCount(p) <= 12) || isShortGroupLabel(p, vocab, aboveIsSibling))),
    );
  // "Trafficked | 2" on a sheet named "Episodes by quarter": the metric the
  // sheet is named for, before the base count is assumed.
  if (groupOnly && context.metric && context.metricFrom === "sheet") {
    return { kind: "ok", metric: context.metric, note: `metric "${context.metric}" from the sheet's name` };
  }
  // "Households newly approved | Number" over "Mainstream | 15": the block's
  // header row names the metric its group-only rows count.
  if (groupOnly && context.metric && context.metricFrom === "heading") {
    return { kind: "ok", metric: context.metric, note: `metric "${context.metric}" from the header row above` };
  }
  // "Question 4 … still missing or absent …" with no answer, then a table of "Trafficked | 2 | 1" and
  // "UASC or separated | 5 | 6": the rows answer the question above, and count its metric.
  if (groupOnly && context.questionMetric) {
    const { childMetric, from } = context.questionMetric;
    const metric =
      childMetric && parts.some((p) => namesChildren(p, vocab)) ? childMetric : context.questionMetric.metric;
    // Taken from around the label, not its words: a row's own question number
    // ("UASC / separated (1c) – as at 31 December" under a note that speaks of
    // incidents) says better which count of the group it gives.
    return {
      kind: "ok",
      metric,
      note: `no metric named; metric "${metric}" from ${from}, which the table answers`,
      assumed: true,
    };
  }
  if (groupOnly) {
    const note =
      vocab.baseMetric === "looked_after"
        ? "no metric named, read as the looked-after count"
        : `no metric named, read as ${vocab.baseMetric}, the request's first metric`;
    return { kind: "ok", metric: vocab.baseMetric, note, assumed: true };
  }
  if (context.metric && parts.some((p) => p.countCue)) {
    return { kind: "ok", metric: context.metric, note: `metric "${context.metric}" from ${context.groupFrom}` };
  }
  return { kind: "ok", metric: null };
}

/**
 * "Identified as trafficked (decision pending)": the label names a group that counts a decision made
 * (labels.json decidedGroups) and says that decision is still to come (decisionAwaited). Its children are not
 * yet in the group, however short the label.
 */
function awaitsDecision(p: LabelMatch, vocab: Pick<LabelVocabulary, "decisionAwaited" | "decidedGroups">): boolean {
  if (!p.groups.some((g) => vocab.decidedGroups.includes(g))) return false;
  return new RegExp(vocab.decisionAwaited, "iu").test(p.text);
}

/** A bare group name such as "UASC" or "Suspected trafficked" in a grid row or column. */
function isShortGroupLabel(
  p: LabelMatch,
  vocab: Pick<LabelVocabulary, "childNouns" | "groupWords" | "groups" | "groupGlossWords">,
  aboveIsSibling = false,
): boolean {
  if (p.groups.length === 0) return false;
  if (labelWords(p).length <= 5) return true;
  // "Secondary (Year 7 to Year 11)", "Primary age (aged 4-11)": a bracketed
  // school-year or age range glosses the group named outside it and asks
  // nothing more.
  const glosses = [...p.text.matchAll(/\(([^()]*)\)/gu)].map((m) => m[1] ?? "").filter((g) => SCHOOL_RANGE.test(g));
  if (glosses.length > 0) {
    const outside = glosses.reduce((t, g) => t.replace(`(${g})`, " "), p.text).toLowerCase();
    const glossWords = glosses.reduce((n, g) => n + (g.match(/[\p{L}\d]+/gu)?.length ?? 0), 0);
    if (p.phrases.some((ph) => ph !== "" && outside.includes(ph)) && labelWords(p).length - glossWords <= 5)
      return true;
  }
  // "(b) A further 7 children were suspected …": the children counted and
  // their number say nothing beyond the group either.
  const words = labelWords(p)
    .join(" ")
    .replace(childNounsOf(vocab.childNouns), " ")
    .split(" ")
    .filter((w) => w !== "" && !/^\d+$/u.test(w));
  // "UASC also identified or suspected as trafficked", "(b) Suspected of
  // having been trafficked": long, but all of it is the group's own phrasing
  // and the grammar that joins it; nothing else is asked. A word holding a
  // matched phrase ("suspect" in "suspected") is the phrase's word.
  // Every phrasing of the label's groups, not only the first that matched:
  // "additional learning needs (ALN)" names its group twice over.
  const phrases = [
    ...p.phrases,
    ...p.groups.flatMap((g) => groupPhrasesIn(p.normalised, vocab.groups[g] ?? [])),
  ].filter((phrase) => phrase !== "");
  // "(not included in a)", "(excluding those in 1a)": a bracket that only
  // says the part does not overlap another part asks nothing more.
  const apart = new Set(
    [...p.text.matchAll(PART_APART), ...(aboveIsSibling ? p.text.matchAll(APART_ABOVE) : [])].flatMap(
      (m) => m[0].toLowerCase().match(/\p{L}+/gu) ?? [],
    ),
  );
  // "Eligible on distance / unsafe walking route": the request's own words for the group.
  const requestWords = new Set(p.groups.flatMap((g) => vocab.groupWords?.[g] ?? []));
  const isPhraseWord = (w: string) => phrases.some((phrase) => w.includes(phrase) || phrase.split(" ").includes(w));
  // "Identified as trafficked (positive NRM conclusive grounds decision or other identification)": a bracket
  // of the group's own phrasing and the words that say how a child came to be in it (labels.json
  // groupGlossWords) glosses the group; its words ask nothing more. One other word in it, and it may.
  const glossWords = new Set(vocab.groupGlossWords ?? []);
  const gloss = new Set(
    [...p.text.matchAll(/\(([^()]*)\)/gu)]
      .map((m) => (m[1] ?? "").toLowerCase().match(/[\p{L}\d]+/gu) ?? [])
      .filter((ws) => ws.length > 0 && ws.every((w) => glossWords.has(w) || GROUP_GRAMMAR.has(w) || isPhraseWord(w)))
      .flat(),
  );
  const rest = words.filter(
    (w) =>
      w.length > 2 &&
      !GROUP_GRAMMAR.has(w) &&
      !apart.has(w) &&
      !requestWords.has(w) &&
      !gloss.has(w) &&
      !isPhraseWord(w),
  );
  return rest.length <= 1;
}

/** A sentence's main clause: the text before its first "but" or semicolon, where a qualifying clause begins. */
function mainClause(text: string): string {
  return text.split(/;|\bbut\b/iu)[0] ?? text;
}

/**
 * Whether a label negates what it names ("TRAF_NOT_LOC", "suspected but not confirmed"): it then asks something
 * else, whatever foi-agg failed to recognise after it. "(not included in a)" only keeps two parts apart: no negation.
 */
export function negates(text: string, aboveIsSibling = false): boolean {
  const apart = text.replace(PART_APART, " ");
  return /\b(not|never|no longer)\b/u.test((aboveIsSibling ? apart.replace(APART_ABOVE, " ") : apart).toLowerCase());
}

/**
 * Whether the part a label names follows, in one of the request's parts relations, the part of the group
 * noted on the row above: "Suspected … (not included above)" under "Identified …". Only there does "(not
 * included above)" merely keep two parts apart. Under another group's rows ("Unaccompanied children (not
 * included above)" under the trafficked rows, or "Identified (not included above)" under a UASC row) it
 * says the row leaves out children of the group it is asked about: it keeps its "not" (APART_ABOVE).
 */
function siblingPartAbove(group: Group | null, context: LabelContext, request: Request | null): boolean {
  const above = context.groupAboveRow ?? context.previousGroup;
  if (group === null || above === null || request === null) return false;
  return request.relations.some((r) => {
    if (r.kind !== "parts") return false;
    const own = r.parts.indexOf(group);
    const sibling = r.parts.indexOf(above);
    return own > 0 && sibling >= 0 && sibling < own;
  });
}

/** "both groups together", "either group": a count of two groups' children at once. */
function countsBothGroups(text: string, vocab: LabelVocabulary): boolean {
  return compilePatterns(vocab.bothGroupsTogether, "iu").some((re) => re.test(text));
}

/**
 * A bracket naming another part of the question as separate: "(not included in a)", "(not counted in 1a)",
 * "(excluding those in (a))", "(in addition to a)", and the part's own condition, "(if not in 1a)", "(if not
 * already included in a)". A table's row names the part above it instead of its letter: "Suspected of having
 * been trafficked (not included above)" under "Identified as trafficked" (APART_ABOVE, only there). "Suspected (not identified)", "(if not identified)": the request's own wording of
 * the suspected part names the identified part by its word, not its letter; the "not" sets the part apart
 * and asks nothing else. A letter writes the same words as a clause between commas ("Suspected, not
 * included in 1a (1b):"), which keeps the parts apart just as well.
 */
const APART_WORDS = String.raw`(?:(?:if\s+)?not\s+(?:already\s+)?(?:(?:included|counted)\s+)?(?:in|under|at)|excluding(?:\s+those)?(?:\s+(?:in|under|at))?|in\s+addition\s+to(?:\s+those\s+in)?|other\s+than(?:\s+those\s+in)?)\s+(?:part\s+|question\s+|q\.?\s*)?\(?\d{0,2}[a-z]\)?`;
const PART_APART = new RegExp(
  String.raw`\(\s*(?:${APART_WORDS}|(?:if\s+)?not\s+(?:already\s+|yet\s+|formally\s+)?identified)\s*\)|,\s*${APART_WORDS}(?=\s*(?:[,(:;]|$))`,
  "giu",
);
/** "(not included above)", "(if not already counted above)": apart from the row above, whichever it is (siblingPartAbove). */
const APART_ABOVE = /\(\s*(?:if\s+)?not\s+(?:already\s+)?(?:included|counted)\s+above\s*\)/giu;

/** A school-year or age range and nothing else: "Year 7 to Year 11", "Reception - Y6", "aged 11-16", "KS3 and KS4". */
const SCHOOL_RANGE =
  /^\s*(?:(?:aged?|ages|years?|yrs?|y\d{1,2}|reception|nursery|to|and|ks\s?\d|key\s+stage|\d{1,2}\+?)[\s\-–]*)+$/iu;

/** Group phrasings compiled once each (as matchLabel compiles them), for groupPhrasesIn. */
const groupPatterns = new Map<string, RegExp>();

/** The text each of a group's phrasings matches in a normalised label. */
function groupPhrasesIn(normalised: string, patterns: readonly string[]): string[] {
  return patterns.flatMap((source) => {
    let re = groupPatterns.get(source);
    if (!re) {
      re = new RegExp(source, "u");
      groupPatterns.set(source, re);
    }
    const m = re.exec(normalised);
    return m ? [m[0].trim()] : [];
  });
}

/** "Trafficked - children": a label naming children by one of the request's child nouns. */
function namesChildren(p: LabelMatch, vocab: Pick<LabelVocabulary, "childNouns">): boolean {
  const re = childNounsOf(vocab.childNouns);
  re.lastIndex = 0;
  const found = re.test(p.normalised);
  re.lastIndex = 0;
  return found;
}

/** The child-noun pattern, compiled once per vocabulary string rather than once per label. */
const childNounPatterns = new Map<string, RegExp>();
function childNounsOf(source: string): RegExp {
  let re = childNounPatterns.get(source);
  if (!re) {
    re = new RegExp(source, "gu");
    childNounPatterns.set(source, re);
  }
  return re;
}

/**
 * The words of a label without its own question number or letter: "(b)" in
 * "(b) Suspected of having been trafficked" and "(Q2a)" at the end of
 * "Under 16 (Q2a)" number the answer, they do not lengthen the label.
 */
function labelWords(p: LabelMatch): string[] {
  const words = p.normalised.split(" ").filter((w) => w !== "");
  if (p.questionNumber === null) return words;
  // Its number may stand in front ("(b) Suspected …") or behind ("Dan 16 / Under 16 (Q2a)").
  const from = words[0] !== undefined && QUESTION_TOKEN.test(words[0]) ? 1 : 0;
  const last = words.at(-1);
  const to = words.length > from && last !== undefined && QUESTION_TOKEN.test(last) ? words.length - 1 : words.length;
  return words.slice(from, to);
}

/** A label's leading question token once normalised: "5", "q5", "1a", "b". */
const QUESTION_TOKEN = /^(?:q?\d{1,2}[a-z]?|[a-h])$/u;

/**
 * Words that join a group's phrasing ("suspected of having been trafficked",
 * "aged 16-17") without asking anything. Extracts also name a group by the
 * field that records it ("CME/trafficking flag", "TRAFF_CAT I", "UASC
 * marker") and say the count is "in period": the field's name and the
 * period ask nothing beyond the group either.
 */
const GROUP_GRAMMAR = new Set([
  "flag",
  "flagged",
  "marker",
  "indicator",
  "cat",
  "category",
  "period",
  "aged",
  "of",
  "as",
  "having",
  "been",
  "being",
  "have",
  "has",
  "had",
  "to",
  "be",
  "were",
  "was",
  "who",
  "the",
  "a",
  "an",
]);

/** Drop metrics that a more specific one in the same list refines. */
/**
 * "% assessed as adult": a label written as a percentage (its "%" or "per
 * cent", ratioLabels) whose words also describe a count of the request
 * ("assessed as adult") names the percentage of that count, not the count.
 * When exactly one of the metrics it names is a percentage the request
 * asks, every other is a count, and the percentage's own label, its
 * percentage words set aside, names those same counts ("Percentage … found
 * to be an adult"), that percentage is meant. "% found to be a child" beside
 * a question on the percentage found an adult stays ambiguous: it is a
 * percentage of another outcome. A label that names no percentage
 * ("Assessed as adult") keeps its count.
 */
function percentageOverCount(
  found: readonly Metric[],
  parts: readonly LabelMatch[],
  request: Request,
  vocab: LabelVocabulary,
): Metric[] | null {
  if (found.length < 2 || !parts.some((p) => p.ratio)) return null;
  const kind = (m: Metric) => request.metrics.find((x) => x.id === m)?.kind ?? "count";
  const pct = found.filter((m) => kind(m) === "percentage");
  const counts = found.filter((m) => kind(m) === "count");
  const [only] = pct;
  if (only === undefined || pct.length !== 1 || counts.length !== found.length - 1) return null;
  const cues = [...vocab.percentageCues.points, ...vocab.percentageCues.proportion].map((p) => new RegExp(p, "giu"));
  const of = new Set(
    [
      request.metrics.find((m) => m.id === only)?.label ?? "",
      ...request.measures.filter((m) => m.metric === only).map((m) => m.label),
    ]
      .map((text) => cues.reduce((t, re) => t.replace(re, " "), text))
      .flatMap((text) => matchLabel(text, vocab).metrics),
  );
  return counts.every((m) => of.has(m)) ? pct : null;
}

/** The metrics found, less those another found metric refines ("missing episodes" names both; episodes it is). */
export function refine(found: readonly Metric[], vocab: LabelVocabulary): Metric[] {
  return found.filter((m) => !found.some((other) => other !== m && vocab.metricRefines[other]?.includes(m)));
}

function wordCount(p: LabelMatch): number {
  return p.normalised.split(" ").length;
}

/**
 * "1d UASC (NRM referred)": a label opening with the number of a question
 * that asks only about a subset group (UASC also trafficked), naming that
 * subset's own group and the other group's words (a referral to the NRM is
 * a trafficking one). The number says which children the figure counts, so
 * it is the subset's, not both groups together. Only when every group named
 * is the subset, the group it is part of, or the other group (or a part of it).
 */
function subsetByNumber(parts: readonly LabelMatch[], found: ReadonlySet<Group>, vocab: LabelVocabulary): Group | null {
  const numbers = [
    ...new Set(parts.flatMap((p) => (p.questionNumber === null ? [] : [p.questionNumber.toLowerCase()]))),
  ];
  const [number] = numbers;
  if (numbers.length !== 1 || number === undefined) return null;
  const subset = vocab.subsetQuestions[number];
  const of = subset === undefined ? undefined : vocab.subsetOf[subset];
  if (subset === undefined || of === undefined || !found.has(of)) return null;
  const others = [...found].filter((g) => g !== subset && g !== of);
  if (others.length === 0) return null;
  const wholeOfOther = (g: Group) => vocab.partOf[g] ?? g;
  return others.every((g) => g !== ALL && vocab.subsetOf[g] === undefined && wholeOfOther(g) !== of) ? subset : null;
}
