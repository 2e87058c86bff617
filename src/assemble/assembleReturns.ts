import type { Authority } from "../domain/authority.js";
import type { Decision, Fact, FileResult, NationalityCorrection, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { mergeReplyDetails } from "../domain/reply.js";
import { COMBINED_GROUP, derivationsOf, type Group, type Request, ruleGroups } from "../domain/request.js";
import type { Return, ReturnStatus, ValueRecord } from "../domain/returns.js";
import { formatSource, issueLocation } from "../domain/source.js";
import { EXACT_STATUSES } from "../domain/values.js";
import type { Knowledge } from "../knowledge/index.js";
import { describeTiming, latestReply } from "./orderReplies.js";
import { partsGivenTogether } from "./partsGivenTogether.js";
import { type Settled, settleFacts } from "./settleMeasure.js";

export interface AssembleResult {
  returns: Return[];
  /** Issues of files that belong to no reference authority. */
  issues: Issue[];
}

/**
 * One Return per reference authority, from every file identified as theirs.
 * Pure: sorted by authority code, files by name.
 */
export function assembleReturns(results: readonly FileResult[], knowledge: Knowledge): AssembleResult {
  const byAuthority = new Map<string, FileResult[]>();
  const issues: Issue[] = [];
  // A shared service's file is one answer per authority it covers.
  const answers = results.flatMap((r): FileResult[] =>
    r.shares
      ? [
          ...r.shares.map((s) => ({
            ...r,
            shares: undefined,
            authority: s.authority,
            facts: s.facts,
            issues: [...r.issues, ...s.issues],
            decisions: [...r.decisions, ...s.decisions],
          })),
        ]
      : [r],
  );
  for (const r of answers.sort((a, b) => a.file.localeCompare(b.file))) {
    const code = r.authority?.code;
    if (code && knowledge.authorities.some((a) => a.gss_code === code)) {
      byAuthority.set(code, [...(byAuthority.get(code) ?? []), r]);
    } else {
      issues.push(...r.issues);
    }
  }
  // Tests may hand in a knowledge without a values vocabulary: nothing then reads as "not applicable".
  const notApplicable = (knowledge.values?.notApplicable ?? []).map(
    (p) => new RegExp(`^\\s*(?:${p})\\s*[.!]?\\s*$`, "iu"),
  );
  const figureAfterNotHeld = (knowledge.labels?.figureAfterNotHeld ?? []).map((p) => new RegExp(p, "iu"));
  const returns = [...knowledge.authorities]
    .sort((a, b) => a.gss_code.localeCompare(b.gss_code))
    .map((authority) =>
      assembleReturn(
        authority,
        byAuthority.get(authority.gss_code) ?? [],
        knowledge.request,
        notApplicable,
        figureAfterNotHeld,
      ),
    );
  return { returns, issues };
}

export function assembleReturn(
  authority: Authority,
  files: readonly FileResult[],
  request: Request,
  /** Whole answers saying a question does not apply (values.json notApplicable). */
  notApplicable: readonly RegExp[] = [],
  /** Words in a not-held answer giving a count after all (labels.json figureAfterNotHeld). */
  figureAfterNotHeld: readonly RegExp[] = [],
): Return {
  const code = authority.gss_code;
  const issues: Issue[] = files.flatMap((f) => f.issues.map((i) => ({ ...i, authority: code })));
  const decisions: Decision[] = files.flatMap((f) => [
    ...(f.authority
      ? [{ file: f.file, message: `Identified as ${authority.name} (${code}) from ${f.authority.how}.` }]
      : []),
    ...f.decisions,
  ]);
  const base = {
    authority,
    files: files.map((f) => f.file),
    sheetsUsed: files.map((f) => ({ file: f.file, sheets: f.sheetsUsed })),
    periods: files.flatMap((f) => f.periods),
  };
  if (files.length === 0) {
    return {
      ...base,
      status: "no_return",
      values: request.measures.map((m) => emptyRecord(m.id, "no_return")),
      nationalities: [],
      decisions,
      issues: [
        makeIssue("no_return", {
          message: `No return from ${authority.name} was found in the folder.`,
          authority: code,
        }),
      ],
    };
  }

  // A byte-for-byte copy adds nothing; say so and read it once.
  const seen = new Map<string, string>();
  const distinct: FileResult[] = [];
  for (const f of files) {
    const first = seen.get(f.sha256);
    if (first) {
      issues.push(
        makeIssue("file_duplicate_bytes", {
          message: `${f.file} is an exact copy of ${first}; it was counted once.`,
          file: f.file,
          authority: code,
        }),
      );
      continue;
    }
    seen.set(f.sha256, f.file);
    distinct.push(f);
  }
  const readable = distinct.filter((f) => f.ingested);
  if (readable.length > 1) {
    issues.push(
      makeIssue("duplicate_return", {
        message: `${authority.name} sent ${readable.length} returns (${readable.map((f) => f.file).join(", ")}); figures that agree are kept, figures that differ are flagged.`,
        authority: code,
      }),
    );
  }

  const values: ValueRecord[] = [];
  const superseded: ValueRecord[] = [];
  for (const m of request.measures) {
    const perFile: { file: string; settled: Settled }[] = [];
    for (const f of readable) {
      const settled = settleFacts(f.facts.filter((x) => x.measure === m.id));
      if (!settled) continue;
      if (settled.conflict) {
        issues.push(
          makeIssue("value_conflict", {
            message: `${f.file} gives different figures for ${m.label.toLowerCase()}: ${settled.conflict}. None is counted as exact.`,
            file: f.file,
            authority: code,
            measure: m.id,
            raw: settled.raw,
          }),
        );
      }
      perFile.push({ file: f.file, settled });
    }
    let settled = settleAcrossFiles(perFile);
    // A later reply (a later date, or a correction) replaces what an earlier one said.
    const later =
      settled?.conflict && perFile.length > 1 && perFile.every((p) => !p.settled.conflict)
        ? latestReply(
            perFile.map((p) => ({ ...p, ...readable.find((f) => f.file === p.file) })),
            (a, b) => sameFigure(a.settled, b.settled),
          )
        : null;
    // "Where the spreadsheet differs from this e-mail, please use the
    // spreadsheet": a letter that defers to its own attachment.
    const deferred =
      !later && settled?.conflict && perFile.length === 2 && perFile.every((p) => !p.settled.conflict)
        ? attachmentDeferredTo(perFile, readable)
        : null;
    if (deferred) {
      issues.push(
        makeIssue("value_conflict", {
          severity: "warning",
          message: `${deferred.letter.file} and its attachment ${deferred.attachment.file} disagree on ${m.label.toLowerCase()} ("${deferred.letterRaw}" and "${deferred.attachment.settled.raw}"); the letter says "${deferred.said}", so the attachment's figure is used.`,
          authority: code,
          file: deferred.attachment.file,
          measure: m.id,
          raw: deferred.attachment.settled.raw,
        }),
      );
      settled = deferred.attachment.settled;
    } else if (later && perFile.length === 2 && perFile.some((p) => p.file.startsWith(`${later.file}#`))) {
      // "There is a typing error in the attached letter. The figure for
      // question 1c in 2019 should read 118, not 181": the covering e-mail
      // corrects its own attachment. One reply giving two figures for the
      // measure (the correction used), not two replies that disagree.
      const attachment = perFile.find((p) => p.file !== later.file) as (typeof perFile)[number];
      issues.push(
        makeIssue("value_conflict", {
          severity: "warning",
          message: `${later.file} corrects its attachment ${attachment.file} on ${m.label.toLowerCase()}: "${attachment.settled.raw}" in the attachment, "${later.settled.raw}" in the e-mail. The corrected figure is used; ask the council to confirm it.`,
          authority: code,
          file: later.file,
          measure: m.id,
          raw: later.settled.raw,
        }),
      );
      decisions.push({
        file: perFile.map((p) => p.file).join(", "),
        message: `${m.id}: ${later.file} corrects its attachment, so its figure (${later.settled.raw}) replaces ${attachment.settled.raw} in ${attachment.file}.`,
      });
      superseded.push(toRecord(m.id, attachment.settled));
      settled = later.settled;
    } else if (later) {
      // Files that give the later figure too (its correction e-mail, say) are not earlier figures.
      const earlier = perFile.filter((p) => p.file !== later.file && !sameFigure(p.settled, later.settled));
      issues.push(
        makeIssue("duplicate_conflict", {
          severity: "warning",
          message: `The returns from ${authority.name} disagree on ${m.label.toLowerCase()}: ${earlier.map((p) => `"${p.settled.raw}" in ${describeTiming({ ...p, ...readable.find((f) => f.file === p.file) })}`).join(", ")}, and "${later.settled.raw}" in ${describeTiming(later)}. The later figure is used.`,
          authority: code,
          file: later.file,
          measure: m.id,
          raw: later.settled.raw,
        }),
      );
      decisions.push({
        file: perFile.map((p) => p.file).join(", "),
        message: `${m.id}: ${later.file} is the later reply, so its figure (${later.settled.raw}) replaces ${earlier.map((p) => `${p.settled.raw} in ${p.file}`).join(", ")}.`,
      });
      superseded.push(...earlier.map((p) => toRecord(m.id, p.settled)));
      settled = later.settled;
    } else if (settled?.conflict && perFile.length > 1 && perFile.every((p) => !p.settled.conflict)) {
      issues.push(
        makeIssue("duplicate_conflict", {
          message: `The returns from ${authority.name} disagree on ${m.label.toLowerCase()}: ${settled.conflict}. Neither is counted as exact until the council confirms the figure.`,
          authority: code,
          measure: m.id,
          raw: settled.raw,
        }),
      );
    } else if (settled?.note && perFile.length > 1) {
      decisions.push({ file: perFile.map((p) => p.file).join(", "), message: `${m.id}: ${settled.note}.` });
    }
    values.push(settled ? toRecord(m.id, settled) : emptyRecord(m.id, "not_answered"));
  }

  // A whole-document refusal or "not held" letter answers every question it did not answer otherwise.
  const document = readable.find((f) => f.document)?.document ?? null;
  if (document) {
    const only = document.measures ? new Set(document.measures) : null;
    for (const v of values) {
      if (only && !only.has(v.measure)) continue;
      if (v.status === "not_answered" && v.sources.length === 0) {
        v.status = document.status;
        v.raw = document.raw;
        v.sources = [document.source];
      }
    }
  }

  const notApplicableZeros = settleNotApplicable(values, request, notApplicable, decisions, issues, code);
  // A measure any file reads or flags (an answer not understood, "not applicable (3)") was answered somehow.
  const touched = new Set([
    ...readable.flatMap((f) => f.facts.map((x) => x.measure)),
    ...issues.flatMap((i) => (i.measure ? [i.measure] : [])),
  ]);
  settleNoneToCount(values, request, touched, decisions, issues, code, notApplicableZeros);
  deriveMeasures(
    values,
    request,
    decisions,
    code,
    [...readable.flatMap((f) => f.issues), ...issues],
    issues,
    figureAfterNotHeld,
  );

  const skipped = skippedQuestionsOf(values, request);
  for (const v of values) {
    if (v.status === "not_answered" && v.sources.length === 0 && readable.length > 0) {
      const m = request.measures.find((x) => x.id === v.measure);
      if (m && skipped.has(m.id)) {
        issues.push(
          makeIssue("value_not_answered", {
            message: `The return from ${authority.name} answers every other question of the request but not the one on ${m.label.toLowerCase()} (question ${skipped.get(m.id)}), and does not say why.`,
            authority: code,
            measure: m.id,
            ...(readable.length === 1 ? { file: readable[0]?.file } : {}),
          }),
        );
      } else if (m && (!m.optional || wholeUnanswered(values, request, m.id)) && !isDerivable(values, request, m.id)) {
        issues.push(
          makeIssue("value_not_answered", {
            message: `The return from ${authority.name} does not answer the question on ${m.label.toLowerCase()}.`,
            authority: code,
            measure: m.id,
            ...(readable.length === 1 ? { file: readable[0]?.file } : {}),
          }),
        );
      }
    }
  }

  issues.push(
    ...partsGivenTogether(
      values,
      readable.flatMap((f) => f.facts),
      request,
      { code, name: authority.name },
    ),
  );

  return {
    ...base,
    status: returnStatus(values, request, readable.length, document?.measures ? null : (document?.status ?? null)),
    values,
    nationalities: applyNationalityCorrections(
      pickNationalities(readable, issues, authority),
      readable,
      issues,
      authority,
    ),
    decisions,
    issues,
    reply: mergeReplyDetails(readable.flatMap((f) => (f.reply ? [f.reply] : []))),
    ...(superseded.length > 0 ? { superseded } : {}),
  };
}

/**
 * Two readings of one measure, one from a letter (an e-mail's body) and
 * one from a file attached to it ("reply.eml" and "reply.eml#figures.xlsx"),
 * where the letter says its attachment's figures stand where they differ.
 * Only a letter's own attachment, and only when a line of the letter says so.
 */
function attachmentDeferredTo<T extends { file: string; settled: Settled }>(
  perFile: readonly T[],
  files: readonly FileResult[],
): { letter: T; attachment: T; letterRaw: string; said: string } | null {
  for (const letter of perFile) {
    const attachment = perFile.find((p) => p !== letter && p.file.startsWith(`${letter.file}#`));
    if (!attachment) continue;
    const said = files.find((f) => f.file === letter.file)?.defersToAttachment;
    if (said !== undefined) return { letter, attachment, letterRaw: letter.settled.raw, said };
  }
  return null;
}

/**
 * "2) How many went missing: none", then "3) Missing episodes: not
 * applicable": the request's rules tie a metric to the one it is counted
 * among (episodes and not-found are of the children who went missing).
 * When that figure is an exact 0 for a group, a question about those
 * children has nothing to count, so the council's "not applicable" is 0.
 * Only that answer, only after an exact 0 of the same group: a blank, or
 * "not applicable" beside any other figure, stays unanswered. The reading
 * is noted on the measure (value_annotated) so a person can see it.
 * "N/A" alone is shorthand that replies also use for "not available" (a
 * figure not given): where the return never says, in another answer, what
 * its N/A means ("N/A – see Q1", "not applicable" in words), the 0 is a
 * warning on the measure, not a note.
 */
function settleNotApplicable(
  values: ValueRecord[],
  request: Request,
  notApplicable: readonly RegExp[],
  decisions: Decision[],
  issues: Issue[],
  code: string,
): ValueRecord[] {
  const settled: ValueRecord[] = [];
  if (notApplicable.length === 0) return settled;
  const recordOf = recordsByGroupAndMetric(values, request);
  const saysWhatNaMeans = values.some((v) => SAID_NOT_APPLICABLE.test(v.raw) && !BARE_NA.test(v.raw));
  for (const rule of request.rules) {
    for (const g of ruleGroups(rule, request)) {
      const base = recordOf(g, rule.of);
      const target = recordOf(g, rule.metric);
      if (!base || !target || target.status !== "not_answered") continue;
      if (!EXACT_STATUSES.has(base.status) || base.value !== 0) continue;
      if (!notApplicable.some((re) => re.test(target.raw))) continue;
      const said = target.raw.trim();
      if (BARE_NA.test(target.raw) && !saysWhatNaMeans) {
        // Rounds read such an "N/A" both ways (0, and not answered): 0 is kept, but as a warning on the measure.
        const message = `"${said}" for ${target.measure} read as 0 because ${base.measure} is 0 ("${base.raw.trim()}"), but the return never says what its "N/A" means (not applicable, or not available): check it.`;
        readAsZero(target, { message, raw: said, sources: target.sources }, decisions, issues, code, "warning");
        settled.push(target);
        continue;
      }
      const message = `"${said}" for ${target.measure} read as 0: ${base.measure} is 0 ("${base.raw.trim()}"), so there is nothing for it to count.`;
      readAsZero(target, { message, raw: said, sources: target.sources }, decisions, issues, code);
      settled.push(target);
    }
  }
  return settled;
}

/** "N/A" and nothing else ("n/a", "N.A."): shorthand whose meaning the reply may not give. */
const BARE_NA = /^\s*n\s*[./]?\s*a\s*\.?\s*$/iu;
/** An answer that opens on "N/A" or "not applicable" and says more, or says "not applicable" in words. */
const SAID_NOT_APPLICABLE = /^\s*(?:n\s*[./]?\s*a\b|not\s+applicable\b|does\s+not\s+apply\b)/iu;

/** The value record of a group's metric, if the request asks for it. */
function recordsByGroupAndMetric(
  values: readonly ValueRecord[],
  request: Request,
): (group: string, metric: string) => ValueRecord | undefined {
  return (group, metric) => {
    const m = request.measures.find((x) => x.group === group && x.metric === metric);
    return m ? values.find((v) => v.measure === m.id) : undefined;
  };
}

/**
 * Settle an unanswered figure as a derived 0, saying why on its measure
 * (value_annotated) and in the decisions; the file stage's "not answered"
 * for it is settled by this reading.
 */
function readAsZero(
  target: ValueRecord,
  why: { message: string; raw: string; sources: readonly ValueRecord["sources"][number][] },
  decisions: Decision[],
  issues: Issue[],
  code: string,
  /** "warning" where the reading is a guess a person should check. */
  severity?: "warning",
): void {
  target.status = "derived";
  target.value = 0;
  target.lower = 0;
  target.upper = 0;
  decisions.push({ file: [...new Set(why.sources.map((s) => s.file))].join(", "), message: why.message });
  for (let i = issues.length - 1; i >= 0; i--) {
    const old = issues[i];
    if (old?.code === "value_not_answered" && old.measure === target.measure) issues.splice(i, 1);
  }
  issues.push(
    makeIssue("value_annotated", {
      message: why.message,
      authority: code,
      measure: target.measure,
      raw: why.raw,
      ...(why.sources[0] ? issueLocation(why.sources[0]) : {}),
      ...(severity ? { severity } : {}),
    }),
  );
}

/**
 * "Trafficked/suspected trafficked LAC: 0" and no line at all on how many of
 * them went missing: the request's rules tie each metric to the one it is
 * counted among, so when the reply gives an exact 0 for the first count of a
 * group (no such children looked after), the questions about them have nothing
 * to count and are 0. Only a figure the reply states (never a derived or
 * bounded one) starts the chain, and only a question the reply does not
 * touch at all (no source, no words: "not applicable (3)" or "not held" stays).
 * Each reading is noted on the measure (value_annotated).
 */
function settleNoneToCount(
  values: ValueRecord[],
  request: Request,
  touched: ReadonlySet<string>,
  decisions: Decision[],
  issues: Issue[],
  code: string,
  /** Figures read as 0 from "not applicable" after a stated 0: the chain goes on from them. */
  notApplicableZeros: readonly ValueRecord[] = [],
): void {
  const recordOf = recordsByGroupAndMetric(values, request);
  // Only the first count (looked after: no rule counts it among another) starts the chain: a
  // stated "none went missing" beside an answer foi-agg could not read may still hide a figure.
  const counted = (m: { group: string; metric: string }) =>
    request.rules.some((r) => r.metric === m.metric && ruleGroups(r, request).has(m.group));
  const rootIds = new Set(request.measures.filter((m) => !counted(m)).map((m) => m.id));
  const none = new Set(
    values.filter((v) => rootIds.has(v.measure) && v.status === "reported" && v.value === 0 && v.sources.length > 0),
  );
  // "2. … went missing, and the number of missing episodes: Not applicable - see answer 1" after "1. None.":
  // the children read as 0 from the council's "not applicable" had no episodes either.
  for (const v of notApplicableZeros) if (v.status === "derived" && v.value === 0) none.add(v);
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of request.rules) {
      for (const g of ruleGroups(rule, request)) {
        const base = recordOf(g, rule.of);
        const target = recordOf(g, rule.metric);
        if (!base || !target || !none.has(base)) continue;
        if (target.status !== "not_answered" || target.sources.length > 0 || target.raw.trim() !== "") continue;
        if (touched.has(target.measure)) continue;
        target.raw = base.raw;
        target.sources = [...base.sources];
        target.label = `${base.measure} is 0`;
        none.add(target);
        changed = true;
        const message = `${target.measure} read as 0: the reply does not give it, but ${base.measure} is 0 ("${base.raw.trim()}"), so there is nothing for it to count.`;
        readAsZero(target, { message, raw: base.raw.trim(), sources: base.sources }, decisions, issues, code);
      }
    }
  }
}

/**
 * A part's caveat that changes what it counts ("UASC figures include care
 * leavers aged 18 and over", a nearby period): a sum made from that part
 * counts the same, so the caveat is said on the sum too, or the sum would
 * stand as exact with nothing against it.
 */
const CARRIED_TO_SUM = new Set<Issue["code"]>([
  "label_outside_request",
  "period_approximate",
  "period_part",
  // "2016 | 5 | 7" in a request for 2017: parts of another period's make another period's sum.
  "figure_other_period",
  // "3 and 4" under a heading whose footnote may change what they count: the sum counts as they do.
  "value_annotated",
]);

/**
 * Fill a measure from its parts (identified + suspected → trafficked total;
 * trafficked + UASC not found → not found) when the return does not give it.
 * Only exact parts make an exact sum; a suppressed part makes a range.
 */
function deriveMeasures(
  values: ValueRecord[],
  request: Request,
  decisions: Decision[],
  code: string,
  partIssues: readonly Issue[],
  issues: Issue[],
  figureAfterNotHeld: readonly RegExp[] = [],
): void {
  for (const d of derivationsOf(request)) {
    const target = values.find((v) => v.measure === d.measure);
    // Only fill a gap: a figure the council gave, even "not held", is never replaced.
    if (target?.status !== "not_answered") continue;
    const parts = d.sumOf.map((id) => values.find((v) => v.measure === id));
    if (parts.some((p) => !p)) continue;
    const ps = parts as ValueRecord[];
    const allExact = ps.every((p) => EXACT_STATUSES.has(p.status));
    const allBounded = ps.every((p) => EXACT_STATUSES.has(p.status) || p.status === "suppressed");
    // Parts that are all "not held" (or all refused) say the same of their sum,
    // unless the sum was answered in words not counted ("around 5"): that answer stands.
    const first = ps[0]?.status;
    const answered = target.raw.trim() !== "";
    if ((first === "not_held" || first === "refused") && ps.every((p) => p.status === first) && !answered) {
      target.status = first;
      target.raw = describeParts(ps);
      target.sources = ps.flatMap((p) => p.sources);
      target.label = d.sumOf.join(" + ");
      // "… not held centrally. … The number … in 2017 was 6.": the parts' answer gives a count after all,
      // which may be the total's; the total is not left "not held" in silence.
      const counted = ps
        .map((p) => figureAfterNotHeld.map((re) => re.exec(p.raw)?.[0]).find((m) => m !== undefined))
        .find((m) => m !== undefined);
      if (first === "not_held" && counted !== undefined) {
        issues.push(
          makeIssue("value_not_held", {
            message: `${d.measure} is read as not held, as its parts ${d.sumOf.join(" and ")} are, but their answer goes on to give a figure ("${counted}"): check whether it is ${d.measure}'s.`,
            authority: code,
            ...(ps[0]?.sources[0] ? issueLocation(ps[0].sources[0]) : {}),
            measure: d.measure,
            raw: counted,
          }),
        );
      }
      continue;
    }
    if (!allBounded) continue;
    const lower = ps.reduce((s, p) => s + (p.lower ?? 0), 0);
    const upper = ps.reduce((s, p) => s + (p.upper ?? 0), 0);
    const value = allExact ? ps.reduce((s, p) => s + (p.value ?? 0), 0) : null;
    target.status = allExact ? "derived" : "suppressed";
    target.value = value;
    target.lower = lower;
    target.upper = upper;
    target.raw = describeParts(ps);
    target.sources = ps.flatMap((p) => p.sources);
    target.label = `${d.sumOf.join(" + ")}`;
    const caveats = partIssues.filter(
      (i) =>
        i.measure !== undefined && d.sumOf.includes(i.measure) && i.severity !== "info" && CARRIED_TO_SUM.has(i.code),
    );
    for (const c of new Map(caveats.map((i) => [`${i.code} ${i.measure}`, i])).values()) {
      issues.push(
        makeIssue(c.code, {
          severity: "warning",
          message: `${d.measure} is the sum of ${d.sumOf.join(" + ")}, and ${c.measure} carries this caveat: ${c.message}`,
          authority: code,
          ...(c.file ? { file: c.file } : {}),
          measure: d.measure,
          raw: target.raw,
        }),
      );
    }
    decisions.push({
      file: [...new Set(target.sources.map((s) => s.file))].join(", "),
      message: `${d.measure} for ${code} ${allExact ? `derived as ${value}` : `bounded as ${lower}–${upper}`} from ${d.sumOf.join(" + ")} (${target.sources.map(formatSource).join("; ")}).`,
    });
    // "8 identified and a further 5 suspected", with no total: a group's
    // figure the council never wrote, added up from its parts. Said on the
    // measure (info: the parts are exact, so is their sum) so a reader sees
    // it is foi-agg's sum. A total over the groups (not found) is the
    // request's own arithmetic, not a breakdown, and is only a decision.
    const group = request.measures.find((m) => m.id === d.measure)?.group;
    if (allExact && group !== undefined && group !== COMBINED_GROUP && target.sources[0]) {
      issues.push(
        makeIssue("value_summed", {
          message: `The return gives ${d.measure} only as its parts, ${d.sumOf.join(" and ")} (${target.raw}); foi-agg added them up to ${value}.`,
          authority: code,
          measure: d.measure,
          raw: target.raw,
          severity: "info",
          ...issueLocation(target.sources[0]),
        }),
      );
    }
  }
}

/**
 * The raw text of a figure made from parts, in words: `"-" and "2"`, never
 * `- + 2`, which reads as arithmetic (and as a formula in a spreadsheet).
 */
function describeParts(parts: readonly ValueRecord[]): string {
  const quoted = parts.map((p) => (p.raw.trim() === "" ? "(blank)" : `"${p.raw.trim()}"`));
  const last = quoted.pop() ?? "";
  return quoted.length === 0 ? last : `${quoted.join(", ")} and ${last}`;
}

/**
 * Optional measures a question asks on its own ("1d. … UASC also identified
 * or suspected as trafficked"), left out of a return that answers every
 * other question: the reply passed over a question of its own, which is
 * worth saying, where an optional part of a total (1a, 1b under a total
 * given whole) is not. Keyed by measure, with the question's number.
 */
function skippedQuestionsOf(values: readonly ValueRecord[], request: Request): Map<string, string> {
  const out = new Map<string, string>();
  const derived = new Set(derivationsOf(request).flatMap((d) => [d.measure, ...d.sumOf]));
  const statusOf = (id: string) => values.find((v) => v.measure === id)?.status ?? "not_answered";
  if (request.measures.some((m) => !m.optional && statusOf(m.id) === "not_answered")) return out;
  for (const q of request.questions) {
    const [only] = q.measures;
    const m = request.measures.find((x) => x.id === only);
    if (q.measures.length !== 1 || !m?.optional || derived.has(m.id)) continue;
    if (statusOf(m.id) === "not_answered") out.set(m.id, q.number);
  }
  return out;
}

/**
 * An optional part of a total (1a, 1b) is not chased beside a total the council gave; but where the
 * total is not answered either, nothing was read for the group at all (prose the readers could not
 * follow), and the part is as unanswered as its total, so it is told too rather than left silent.
 */
function wholeUnanswered(values: ValueRecord[], request: Request, id: string): boolean {
  return derivationsOf(request).some(
    (d) =>
      d.sumOf.includes(id) &&
      values.some((v) => v.measure === d.measure && v.status === "not_answered" && v.sources.length === 0),
  );
}

function isDerivable(values: ValueRecord[], request: Request, id: string): boolean {
  return (
    derivationsOf(request).some((d) => d.measure === id) && values.find((v) => v.measure === id)?.status === "derived"
  );
}

function pickNationalities(files: readonly FileResult[], issues: Issue[], authority: Authority): NationalityFact[] {
  const withNats = files.filter((f) => f.nationalities.length > 0);
  const key = (n: NationalityFact[]) =>
    n
      .map((x) => `${x.group}/${x.nationality}/${x.value}/${x.lower}/${x.upper}`)
      .sort()
      .join(",");
  // The later reply's breakdown of a group (a correction's) replaces an
  // earlier one's; a group it does not give stays as the earlier reply gave it.
  const later = withNats.length > 1 ? latestReply(withNats) : null;
  if (later) {
    const groups = new Set(later.nationalities.map((n) => n.group));
    const ofGroup = (f: FileResult) => f.nationalities.filter((n) => groups.has(n.group));
    const earlier = withNats.filter((f) => f !== later && ofGroup(f).length > 0);
    const kept = withNats
      .filter((f) => f !== later)
      .flatMap((f) => f.nationalities.filter((n) => !groups.has(n.group)));
    const keptGroups = new Set(kept.map((n) => n.group));
    // One earlier file per group kept, the first in file order (as with no correction).
    const firstOfEach = [...keptGroups].flatMap((g) => {
      const from = withNats.find((f) => f !== later && f.nationalities.some((n) => n.group === g));
      return from ? from.nationalities.filter((n) => n.group === g) : [];
    });
    const changed = earlier.filter((f) => key(ofGroup(f)) !== key(later.nationalities));
    if (changed.length > 0) {
      issues.push(
        makeIssue("duplicate_conflict", {
          severity: "warning",
          message: `The returns from ${authority.name} give different nationality breakdowns of ${[...groups].join(" and ")} children in ${changed.map(describeTiming).join(", ")} and ${describeTiming(later)}; the later one is used.`,
          authority: authority.gss_code,
          file: later.file,
        }),
      );
    }
    return [...firstOfEach, ...later.nationalities];
  }
  const first = withNats[0];
  if (!first) return [];
  for (const other of withNats.slice(1)) {
    if (key(other.nationalities) !== key(first.nationalities)) {
      issues.push(
        makeIssue("duplicate_conflict", {
          message: `The returns from ${authority.name} give different nationality breakdowns (${first.file} and ${other.file}); the one in ${first.file} is used.`,
          authority: authority.gss_code,
          file: other.file,
          severity: "warning",
        }),
      );
    }
  }
  return first.nationalities;
}

/**
 * A correction's new figure for one nationality ("the Eritrean figure in
 * Q9 should read 3") replaces that nationality's figure in the list an
 * earlier reply gave, the rest of the list standing, as a later reply's
 * figure replaces an earlier one's, with a warning. The list says whose
 * the nationality is when the sentence names no group; a nationality in
 * both groups' lists, or in no list with no group named, cannot be placed,
 * so the correction is reported and the list left as it was.
 */
function applyNationalityCorrections(
  picked: NationalityFact[],
  files: readonly FileResult[],
  issues: Issue[],
  authority: Authority,
): NationalityFact[] {
  let out = [...picked];
  for (const f of files) {
    const lists = restatedLists(f, out, issues, authority);
    out = lists.out;
    for (const c of f.nationalityCorrections ?? []) {
      if (c.wholeList && lists.applied.has(c.raw)) continue;
      if (c.added) {
        out = addToList(c, f, out, issues, authority);
        continue;
      }
      // The correcting reply's own list already gives this nationality (it
      // restates the corrected list and says which figure changed): the list
      // is the correction, and a second fact would count the children twice.
      const own = out.filter(
        (n) => n.nationality === c.nationality && (c.group === null || n.group === c.group) && n.source.file === f.file,
      );
      if (own.length > 0) {
        if (own.some((n) => n.value !== c.value)) {
          issues.push(
            makeIssue("duplicate_conflict", {
              severity: "warning",
              message: `${f.file} corrects the ${c.nationality} figure to ${c.value} ("${c.raw}"), but its own list gives ${own.map((n) => n.rawValue).join(" and ")}; the list is used.`,
              authority: authority.gss_code,
              file: f.file,
            }),
          );
        }
        continue;
      }
      const at = out
        .map((n, i) => ({ n, i }))
        .filter(
          ({ n }) =>
            n.nationality === c.nationality && (c.group === null || n.group === c.group) && n.source.file !== f.file,
        );
      const first = at[0];
      const place = first && at.length === 1 ? first : null;
      if (!place && !(at.length === 0 && c.group !== null)) {
        issues.push(
          makeIssue("duplicate_conflict", {
            severity: "warning",
            message: `${f.file} corrects the ${c.nationality} figure to ${c.value} ("${c.raw}"), but ${at.length === 0 ? "no earlier list gives that nationality" : "the earlier lists give it for more than one group or period"}, so it was not applied.`,
            authority: authority.gss_code,
            file: f.file,
          }),
        );
        continue;
      }
      const before = place ? place.n : null;
      const group = before?.group ?? c.group;
      if (group === null) continue;
      const fact = correctedFact(before ?? undefined, group, c, c.value);
      if (place) out[place.i] = fact;
      else out.push(fact);
      issues.push(
        makeIssue("duplicate_conflict", {
          severity: "warning",
          message: `The returns from ${authority.name} give different ${group} ${c.nationality} figures: ${before ? `${before.rawValue} in ${before.source.file}` : "none"} and ${c.value} in ${f.file}, a correction; the correction is used.`,
          authority: authority.gss_code,
          file: f.file,
        }),
      );
    }
  }
  return out;
}

/**
 * "The answer to question 9 should therefore read: Albanian (2), Afghan (2),
 * Eritrean (1).": a whole list restated replaces the earlier reply's list of
 * its group, a name it leaves out going and a name it adds counted. Its
 * group is the one its sentence names, or else that of the earlier list,
 * which must then be one group's and one period's: with two groups' lists
 * (or one group's for several periods) before it, which one it replaces is
 * not told, and it is reported and not applied, never applied item by item
 * (half a list's corrections would count neither list). A list whose
 * correcting reply also gives the list itself is left to the items' rule.
 */
function restatedLists(
  f: FileResult,
  picked: NationalityFact[],
  issues: Issue[],
  authority: Authority,
): { out: NationalityFact[]; applied: Set<string> } {
  const applied = new Set<string>();
  let out = picked;
  const byList = new Map<string, NationalityCorrection[]>();
  for (const c of f.nationalityCorrections ?? []) if (c.wholeList) byList.set(c.raw, [...(byList.get(c.raw) ?? []), c]);
  for (const [raw, items] of byList) {
    if (out.some((n) => n.source.file === f.file)) continue;
    const earlier = out.filter((n) => n.source.file !== f.file);
    const named = items[0]?.group ?? null;
    const candidates = named === null ? earlier : earlier.filter((n) => n.group === named);
    const groups = new Set(candidates.map((n) => n.group));
    const periods = new Set(candidates.map((n) => n.periodText ?? ""));
    const [group] = groups;
    applied.add(raw);
    if (groups.size !== 1 || periods.size !== 1 || group === undefined) {
      issues.push(
        makeIssue("duplicate_conflict", {
          severity: "warning",
          message: `${f.file} restates a nationality list ("${raw}"), but ${groups.size === 0 ? "no earlier list of its group is given" : "the earlier lists are of more than one group or period"}, so which list it replaces cannot be told and it was not applied.`,
          authority: authority.gss_code,
          file: f.file,
        }),
      );
      continue;
    }
    const replaced = candidates;
    const facts = items.map((c) => correctedFact(replaced[0], group, c, c.value));
    out = [...out.filter((n) => !replaced.includes(n)), ...facts];
    issues.push(
      makeIssue("duplicate_conflict", {
        severity: "warning",
        message: `The returns from ${authority.name} give different ${group} nationality lists: ${replaced.map((n) => `${n.nationality} ${n.rawValue}`).join(", ")} in ${replaced[0]?.source.file ?? "an earlier reply"}, and ${facts.map((n) => `${n.nationality} ${n.value}`).join(", ")} in ${f.file}, a correction; the correction's list is used.`,
        authority: authority.gss_code,
        file: f.file,
      }),
    );
  }
  return { out, applied };
}

/**
 * "please add Iraqi 1 to the UASC nationality breakdown": the earlier list
 * stands and gains the children: one more of a nationality it gives, or a
 * new line. Its group is the one the words name, or else the earlier
 * list's when it is one group's list for one period; otherwise which list
 * the children join is not told, and the addition is reported, not applied.
 */
function addToList(
  c: NationalityCorrection,
  f: FileResult,
  picked: NationalityFact[],
  issues: Issue[],
  authority: Authority,
): NationalityFact[] {
  const earlier = picked.filter((n) => n.source.file !== f.file && (c.group === null || n.group === c.group));
  const groups = new Set(earlier.map((n) => n.group));
  const periods = new Set(earlier.map((n) => n.periodText ?? ""));
  const group = c.group ?? (groups.size === 1 ? [...groups][0] : undefined);
  const same = earlier.filter((n) => n.nationality === c.nationality);
  // No earlier list (of the named group) means nothing to add to: a list of
  // one child built from nothing would have no period and count in every
  // requested period.
  if (
    earlier.length === 0 ||
    group === undefined ||
    periods.size > 1 ||
    same.length > 1 ||
    (same[0] && same[0].value === null)
  ) {
    issues.push(
      makeIssue("duplicate_conflict", {
        severity: "warning",
        message: `${f.file} adds ${c.value} ${c.nationality} to a nationality list ("${c.raw}"), but which list (of which group or period) is not told, so it was not applied.`,
        authority: authority.gss_code,
        file: f.file,
      }),
    );
    return picked;
  }
  const before = same[0];
  const value = (before?.value ?? 0) + c.value;
  const fact = correctedFact(before ?? earlier[0], group, c, value);
  issues.push(
    makeIssue("duplicate_conflict", {
      severity: "warning",
      message: `The returns from ${authority.name} give different ${group} ${c.nationality} figures: ${before ? `${before.rawValue} in ${before.source.file}` : "none"}, and ${f.file}, a correction, adds ${c.value} ("${c.raw}"); ${value} is used.`,
      authority: authority.gss_code,
      file: f.file,
    }),
  );
  return before ? picked.map((n) => (n === before ? fact : n)) : [...picked, fact];
}

/**
 * A nationality figure as a correction gives it, in all three ways one
 * reaches a list (an item corrected, a list restated, children added): the
 * earlier figure's place kept (its period's text, when it had one), and the
 * group, name, count and source the correction's, so the figure points at
 * the reply that set it.
 */
function correctedFact(
  base: NationalityFact | undefined,
  group: Group,
  c: Pick<NationalityCorrection, "nationality" | "iso" | "source">,
  value: number,
): NationalityFact {
  return {
    ...(base ?? {}),
    group,
    raw: c.nationality,
    nationality: c.nationality,
    iso: c.iso,
    value,
    lower: value,
    upper: value,
    status: "reported",
    rawValue: String(value),
    source: c.source,
  };
}

export function returnStatus(
  values: readonly ValueRecord[],
  request: Request,
  readableFiles: number,
  document: "not_held" | "refused" | null,
): ReturnStatus {
  if (readableFiles === 0) return "unreadable";
  const required = request.measures.filter((m) => !m.optional).map((m) => values.find((v) => v.measure === m.id));
  const statuses = required.map((v) => v?.status ?? "not_answered");
  const answered = statuses.filter((s) => EXACT_STATUSES.has(s) || s === "suppressed" || s === "conflict").length;
  if (answered === statuses.length) return "answered";
  if (answered > 0) return "partial";
  if (document === "refused" || statuses.every((s) => s === "refused")) return "refused";
  if (document === "not_held" || statuses.every((s) => s === "not_held")) return "not_held";
  if (statuses.some((s) => s === "refused")) return "refused";
  if (statuses.some((s) => s === "not_held")) return "not_held";
  return "partial";
}

function emptyRecord(measure: string, status: ValueRecord["status"]): ValueRecord {
  return { measure, status, value: null, lower: null, upper: null, raw: "", sources: [], label: "" };
}

function toRecord(measure: string, s: Settled): ValueRecord {
  return {
    measure,
    status: s.status,
    value: s.value,
    lower: s.status === "not_answered" || s.status === "not_held" || s.status === "refused" ? null : s.lower,
    upper: s.status === "not_answered" || s.status === "not_held" || s.status === "refused" ? null : s.upper,
    raw: s.raw,
    sources: s.sources,
    label: s.label,
  };
}

/**
 * Settle a measure across several returns from one authority. A return that
 * contradicts itself keeps the whole measure in conflict: a later return
 * agreeing with one of its figures does not say which was right.
 */
function settleAcrossFiles(perFile: { file: string; settled: Settled }[]): Settled | null {
  if (perFile.length === 0) return null;
  if (perFile.length === 1) return perFile[0]?.settled ?? null;
  const facts: Fact[] = perFile.map(({ settled: s }) => ({
    measure: "",
    status: s.status === "conflict" ? "suppressed" : (s.status as Fact["status"]),
    value: s.value,
    lower: s.lower,
    upper: s.upper,
    raw: s.raw,
    sources: s.sources,
    label: s.label,
  }));
  const merged = settleFacts(facts);
  const inner = perFile.filter((p) => p.settled.conflict);
  if (merged && inner.length > 0 && !merged.conflict) {
    return {
      ...merged,
      status: "conflict",
      value: null,
      lower: Math.min(...perFile.map((p) => p.settled.lower ?? p.settled.value ?? 0)),
      upper: Math.max(...perFile.map((p) => p.settled.upper ?? p.settled.value ?? 0)),
      sources: perFile.flatMap((p) => p.settled.sources),
      raw: perFile.map((p) => p.settled.raw).join(" | "),
      conflict: inner.map((p) => p.settled.conflict).join("; "),
    };
  }
  return merged;
}

/** After clarifications: a return whose figures were supplied later may now be answered or partial. */
export function refreshReturnStatus(ret: Return, request: Request): Return {
  if (!ret.values.some((v) => v.override)) return ret;
  const document = ret.status === "refused" || ret.status === "not_held" ? ret.status : null;
  return { ...ret, status: returnStatus(ret.values, request, 1, document) };
}

/** Two files' settled figures for one measure say the same thing. */
function sameFigure(a: Settled, b: Settled): boolean {
  return a.status === b.status && a.value === b.value && a.lower === b.lower && a.upper === b.upper;
}
