import type { Decision, Fact } from "../domain/facts.js";
import { type Issue, type IssueCode, makeIssue } from "../domain/issues.js";
import type { MeasureDef } from "../domain/request.js";
import { describeSource, formatCell, issueLocation } from "../domain/source.js";
import type { ParsedValue } from "../domain/values.js";
import type { FigureCandidate } from "../locate/locateFigures.js";
import type { LocateEnv } from "../locate/sheetGrid.js";
import type { LabelMatch } from "./matchLabel.js";
import { resolveMeasure } from "./resolveMeasure.js";

export interface MatchResult {
  facts: Fact[];
  issues: Issue[];
  decisions: Decision[];
}

const BLANK: ParsedValue = { status: "not_answered", value: null, lower: null, upper: null };

/** Tie each located figure to a measure, or say why it could not be. */
export function matchFigures(candidates: readonly FigureCandidate[], env: LocateEnv): MatchResult {
  const facts: Fact[] = [];
  const issues: Issue[] = [];
  const decisions: Decision[] = [];
  for (const cand of candidates) {
    const parts = [...cand.rowLabel, ...cand.header];
    if (parts.some((p) => p.ignore)) continue;
    const parsed = cand.cell.parsed ?? BLANK;
    const raw = cand.cell.text;
    const where = describeSource(cand.source);
    const loc = issueLocation(cand.source);
    const resolution = resolveMeasure(parts, cand.context, env.knowledge.request, env.knowledge.labels);
    const isFigure = parsed.status === "reported" || parsed.status === "suppressed" || parsed.unparsed === true;
    const decide = (message: string) =>
      decisions.push({
        file: cand.source.file,
        ...(loc.sheet ? { sheet: loc.sheet } : {}),
        cell: formatCell(cand.source),
        message,
      });

    const ratio = parts.find((p) => p.ratio);
    if (ratio && isFigure) {
      decide(`"${raw}" is under "${ratio.text.trim()}", a percentage, rate or average rather than a count; not used.`);
      continue;
    }
    switch (resolution.kind) {
      case "none": {
        const text = parts.map((p) => p.text.trim()).filter(Boolean);
        if (text.length > 0 && isFigure && !cand.unanswered) {
          issues.push(
            makeIssue("label_unmatched", {
              message: `"${raw}" in ${where} is labelled ${text.map((t) => `"${t}"`).join(" / ")}, which matches none of the request's questions; it was not used.`,
              ...loc,
              raw,
            }),
          );
        }
        continue;
      }
      case "unmatched": {
        if (isFigure && !cand.unanswered) {
          issues.push(
            makeIssue("label_unmatched", {
              message: `"${raw}" in ${where}: ${resolution.explanation}, so it was not used.`,
              ...loc,
              raw,
            }),
          );
        } else decide(`${resolution.explanation}; not used.`);
        continue;
      }
      case "ambiguous": {
        if (cand.unanswered) {
          decide(`${resolution.explanation}.`);
          continue;
        }
        issues.push(
          makeIssue("label_ambiguous", {
            message: `"${raw}" in ${where}: the label ${resolution.explanation}. The figure was not used.`,
            ...loc,
            raw,
          }),
        );
        continue;
      }
      case "outside": {
        decide(`${resolution.explanation}; not used.`);
        // Both groups in one figure, where the request asked for them apart:
        // the council's answer exists but cannot be split, so ask about it.
        if (resolution.group === "all" && (parsed.status === "reported" || parsed.status === "suppressed")) {
          issues.push(
            makeIssue("label_outside_request", {
              message: `"${raw}" in ${where} counts trafficked and unaccompanied children together (${parts.map((p) => `"${p.text.trim()}"`).join(" × ")}); the request asked for each group separately, so it was not used.`,
              ...loc,
              raw,
              severity: "warning",
            }),
          );
          continue;
        }
        if (parsed.status === "reported" && (parsed.value ?? 0) > 0) {
          // A figure the request did not ask for (e.g. identified children who
          // went missing) is noted, not chased.
          issues.push(
            makeIssue("label_outside_request", {
              message: `"${raw}" in ${where}: ${resolution.explanation}; it was not used.`,
              ...loc,
              raw,
              severity: "info",
            }),
          );
        }
        continue;
      }
      case "measure":
        break;
    }
    const measure = resolution.measure.id;
    decide(resolution.explanation);
    const label = parts
      .map((p) => p.text.trim())
      .filter(Boolean)
      .join(" × ");
    facts.push({
      measure,
      status: parsed.status,
      value: parsed.value,
      lower: parsed.lower,
      upper: parsed.upper,
      raw,
      sources: [cand.source],
      label,
      ...(parsed.unparsed ? { unparsed: true } : {}),
      ...(parsed.invalid ? { invalid: parsed.invalid } : {}),
    });
    // A qualifier in the label ("at risk of CSE or trafficking", "at 31
    // March 2015") keeps the council's figure but puts a person on to it.
    for (const caveat of caveatsFor(parts, resolution.measure, env)) {
      issues.push(
        makeIssue(caveat.code, {
          message: `"${raw}" in ${where} (${measure}): ${caveat.message}.`,
          ...loc,
          measure,
          raw,
          severity: "warning",
        }),
      );
    }
    const issue = valueIssue(parsed, raw, where, measure);
    if (issue)
      issues.push(
        makeIssue(issue.code, {
          message: issue.message,
          ...loc,
          measure,
          raw,
          ...(issue.severity ? { severity: issue.severity } : {}),
        }),
      );
  }
  // A question left blank in one place but answered in another (a title that
  // reads like a question, or a summary row) is answered: say nothing about it.
  const answered = new Set(facts.filter((f) => f.status !== "not_answered" || f.unparsed).map((f) => f.measure));
  const blank = (x: { measure?: string; code?: string; status?: string; raw?: string }) =>
    x.measure !== undefined && answered.has(x.measure) && (x.raw ?? "").trim() === "";
  return {
    facts: facts.filter((f) => !(f.status === "not_answered" && !f.unparsed && blank(f))),
    issues: issues.filter((i) => !(i.code === "value_not_answered" && blank(i))),
    decisions,
  };
}

/** The label caveats that apply to the measure a figure was read as, one per caveat. */
function caveatsFor(
  parts: readonly LabelMatch[],
  measure: MeasureDef,
  env: LocateEnv,
): { code: IssueCode; message: string }[] {
  const vocab = env.knowledge.labels.caveats;
  const seen = new Set<number>();
  const out: { code: IssueCode; message: string }[] = [];
  for (const part of parts) {
    for (const { index, phrase } of part.caveats) {
      const caveat = vocab[index];
      if (!caveat || seen.has(index)) continue;
      if (caveat.groups && !caveat.groups.includes(measure.group)) continue;
      if (caveat.metrics && !caveat.metrics.includes(measure.metric)) continue;
      seen.add(index);
      out.push({ code: caveat.code, message: caveat.message.replaceAll("{phrase}", phrase) });
    }
  }
  return out;
}

/** The issue a value's own text raises, whatever measure it answers. */
function valueIssue(
  parsed: ParsedValue,
  raw: string,
  where: string,
  measure: string,
): { code: IssueCode; message: string; severity?: "info" } | null {
  const quoted = raw.trim() === "" ? "A blank answer" : `"${raw.trim()}"`;
  if (parsed.invalid === "negative") {
    return {
      code: "value_negative",
      message: `${quoted} in ${where} (${measure}) is a negative count; it was not used.`,
    };
  }
  if (parsed.invalid === "fractional") {
    return {
      code: "value_fractional",
      message: `${quoted} in ${where} (${measure}) is not a whole number of children; it was not used.`,
    };
  }
  if (parsed.unparsed) {
    return {
      code: "value_unparsed",
      message: `${quoted} in ${where} (${measure}) is not a figure foi-agg understands; it was not used.`,
    };
  }
  switch (parsed.status) {
    case "suppressed":
      return {
        code: "value_suppressed",
        message: `${quoted} in ${where} (${measure}): suppressed value, read as ${parsed.lower}–${parsed.upper}.`,
      };
    case "not_held":
      return {
        code: "value_not_held",
        message: `${quoted} in ${where} (${measure}): the council says it does not hold this information.`,
      };
    case "refused":
      return {
        code: "value_refused",
        message: `${quoted} in ${where} (${measure}): the council refused to give this figure.`,
      };
    case "not_answered":
      return {
        code: "value_not_answered",
        message: `${quoted} in ${where} (${measure}): the question was not answered.`,
      };
    case "reported":
      if (parsed.note) {
        return {
          code: "value_annotated",
          message: `${quoted} in ${where} (${measure}) read as ${parsed.value}: ${parsed.note}.`,
          severity: "info",
        };
      }
      return null;
  }
}
