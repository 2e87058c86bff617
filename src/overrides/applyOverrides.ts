import { type Issue, makeIssue, sortIssues } from "../domain/issues.js";
import type { Return, ValueRecord } from "../domain/returns.js";
import { describeSource } from "../domain/source.js";
import type { Status } from "../domain/values.js";
import type { Override } from "./overrideSchema.js";
import type { OverrideKnowledge } from "./parseOverrides.js";

/** Issue codes that mean "the returns disagree about this figure"; a clarification settles them. */
const CONFLICT_CODES: ReadonlySet<Issue["code"]> = new Set(["duplicate_conflict", "value_conflict"]);

const STATUS_WORDS: Record<Status, string> = {
  reported: "reported",
  derived: "derived from its parts",
  override: "already clarified",
  suppressed: "suppressed",
  conflict: "in conflict between returns",
  not_held: "not held",
  refused: "refused",
  not_answered: "not answered",
  no_return: "no return",
};

/**
 * Put clarifications into the returns. Pure: returns new Return objects and
 * leaves the inputs untouched. Each clarified figure keeps what the council
 * first sent (raw text, cells, status) in `override.previous`, so the audit
 * trail shows both. The issues this adds (override_applied, and
 * override_contradicts / override_resolves_conflict) are attached to each
 * authority's Return. The `issues` result mirrors assembleReturns' (issues
 * tied to no authority); every clarification names a reference authority, so
 * it is empty, and it is kept so the two stages compose the same way.
 *
 * `returns` are one period's (`period`, an id of the request's periods); only
 * the clarifications for that period are applied, so a round of several
 * periods calls this once per period with the same list.
 *
 * The return_status of an authority and the cross-field checks are not
 * recomputed here: that is assembly's job, run after this.
 */
export function applyOverrides(
  returns: readonly Return[],
  overrides: readonly Override[],
  knowledge: OverrideKnowledge,
  period: string,
): { returns: Return[]; issues: Issue[] } {
  const periods = knowledge.request.periods;
  const periodDef = periods.find((p) => p.id === period);
  if (!periodDef) throw new Error(`applyOverrides: ${period} is not one of the request's periods`);
  // A one-period round's messages stay as they were; with several, each names its period.
  const periodWords = periods.length > 1 ? `, ${periodDef.label}` : "";
  const byAuthority = new Map<string, Override[]>();
  const mineOnly = overrides.filter((o) => o.period === period);
  for (const o of mineOnly) byAuthority.set(o.authority, [...(byAuthority.get(o.authority) ?? []), o]);
  const labels = new Map(knowledge.request.measures.map((m) => [m.id, m.label]));
  const measureOrder = knowledge.request.measures.map((m) => m.id);

  const seen = new Set<string>();
  const out = returns.map((ret) => {
    const mine = byAuthority.get(ret.authority.gss_code);
    if (!mine) return ret;
    seen.add(ret.authority.gss_code);
    const next: Return = structuredClone(ret);
    for (const o of mine) applyOne(next, o, `"${labels.get(o.measure) ?? o.measure}"${periodWords}`, measureOrder);
    next.issues = sortIssues(next.issues);
    return next;
  });

  // parseOverrides only accepts reference authorities and assembly gives every
  // reference authority a Return, so a clarification with nowhere to go is a bug
  // in the caller, not a data problem.
  const stray = mineOnly.find((o) => !seen.has(o.authority));
  if (stray) {
    throw new Error(
      `applyOverrides: ${stray.file} line ${stray.line} clarifies ${stray.authority}, which has no Return in this run`,
    );
  }
  return { returns: out, issues: [] };
}

/** `what` names the figure: its measure's label in quotes, and its period in a round of several. */
function applyOne(ret: Return, o: Override, what: string, measureOrder: string[]): void {
  const index = ret.values.findIndex((v) => v.measure === o.measure);
  const previous: ValueRecord =
    index >= 0 && ret.values[index]
      ? ret.values[index]
      : {
          measure: o.measure,
          status: "not_answered",
          value: null,
          lower: null,
          upper: null,
          raw: "",
          sources: [],
          label: "",
        };
  const { override: _earlier, ...previousPlain } = previous;
  const clarified: ValueRecord = {
    measure: o.measure,
    status: o.status,
    value: o.value,
    lower: o.value,
    upper: o.value,
    // The council's original words and cells stay on the record so values.csv
    // still shows what was sent; the clarification is in `override`.
    raw: previous.raw,
    sources: previous.sources,
    label: previous.label,
    override: { reason: o.reason, source: o.source, date: o.date, previous: previousPlain },
  };
  if (index >= 0) ret.values[index] = clarified;
  else {
    ret.values.push(clarified);
    ret.values.sort((a, b) => measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure));
  }

  const where = { file: o.file, cell: `line ${o.line}`, authority: ret.authority.gss_code, measure: o.measure };
  const raw = previous.raw === "" ? {} : { raw: previous.raw };
  const subject = `${ret.authority.name}, ${what}`;
  const now = describeClarified(o);
  const dated = o.date ? ` (${o.date})` : "";

  ret.issues.push(
    makeIssue("override_applied", {
      ...where,
      ...raw,
      message: `${subject}: taken as ${now} from the clarification in ${o.file} line ${o.line}; the return had it ${describePrevious(previous)}. Reason: ${o.reason}. Source: ${o.source}${dated}.`,
    }),
  );

  const wasExact = previous.status === "reported" || previous.status === "derived";
  if (wasExact && (o.status !== "override" || o.value !== previous.value)) {
    ret.issues.push(
      makeIssue("override_contradicts", {
        ...where,
        ...raw,
        message: `${subject}: the clarification in ${o.file} line ${o.line} gives ${now}, but the return had it ${describePrevious(previous)}. The clarification is used; please check it is the council's corrected figure.`,
      }),
    );
  }

  if (previous.status === "conflict") {
    // Keep the conflict on record (an auditor should see the returns disagreed)
    // but as information, so it no longer counts as an open error.
    ret.issues = ret.issues.map((issue) =>
      CONFLICT_CODES.has(issue.code) && issue.measure === o.measure && issue.severity !== "info"
        ? {
            ...issue,
            severity: "info",
            message: `${issue.message} (Resolved by the clarification in ${o.file} line ${o.line}.)`,
          }
        : issue,
    );
    ret.issues.push(
      makeIssue("override_resolves_conflict", {
        ...where,
        ...raw,
        message: `${subject}: the returns disagreed (${describePrevious(previous)}); the clarification in ${o.file} line ${o.line} settles it as ${now}. Source: ${o.source}${dated}.`,
      }),
    );
  }
}

function describeClarified(o: Override): string {
  return o.status === "override" ? String(o.value) : STATUS_WORDS[o.status];
}

/** "suppressed, "<5" in Lewisham.xlsx, sheet "Missing", cell C3" — what was there before. */
function describePrevious(v: ValueRecord): string {
  const figure =
    v.status === "reported" || v.status === "derived" || v.status === "override"
      ? `as ${v.value}`
      : v.lower !== null && v.upper !== null
        ? `${STATUS_WORDS[v.status]} (between ${v.lower} and ${v.upper})`
        : STATUS_WORDS[v.status];
  const first = v.sources[0];
  const more = v.sources.length > 1 ? ` and ${v.sources.length - 1} other cell(s)` : "";
  const place = first ? ` in ${describeSource(first)}${more}` : "";
  const quoted = v.raw !== "" ? `, "${v.raw}"${place}` : place;
  return `${figure}${quoted}`;
}
