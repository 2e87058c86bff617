import { makeIssue } from "../domain/issues.js";
import { percentageParts, type Request } from "../domain/request.js";
import type { Return, ValueRecord } from "../domain/returns.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { EXACT_STATUSES } from "../domain/values.js";
import type { Rule } from "./rules.js";

/**
 * A percentage whose metric says what it is "of" (numerator and denominator
 * count metrics) must agree with those two counts when a return gives all
 * three exactly: 41 of 57 interviews within 72 hours is 71.9%, not 81%.
 * Councils round or cut a percentage to the places they write, so it may
 * differ from the counts' share by up to one unit of its last decimal place
 * (55% for 54.4%, 71.9% for 71.93%); more than that is flagged. The check
 * cannot tell which of the three figures is wrong, so the warning names the
 * percentage and the two counts beside it.
 */
export function percentageRules(request: Request): Rule[] {
  const measures = request.measures.flatMap((m) => {
    const parts = percentageParts(request, m.id);
    return parts ? [{ measure: m.id, ...parts }] : [];
  });
  if (measures.length === 0) return [];
  return [
    {
      code: "check_percentage_mismatch",
      check(ret: Return) {
        return measures.flatMap(({ measure, numerator, denominator }) => {
          const p = exact(ret, measure);
          const n = exact(ret, numerator.id);
          const d = exact(ret, denominator.id);
          if (!p || !n || !d || d.value === 0) return [];
          const share = (100 * (n.value as number)) / (d.value as number);
          const given = p.value as number;
          if (Math.abs(share - given) <= unitOfLastPlace(given) + 1e-9) return [];
          const s = p.sources[0];
          const at = (v: ValueRecord) => (v.sources[0] ? ` (${describeSource(v.sources[0])})` : "");
          return [
            makeIssue("check_percentage_mismatch", {
              message: `${label(request, measure)} is given as ${given}%${at(p)}, but ${n.value}${at(n)} of ${d.value}${at(d)} is ${Math.round(share * 10) / 10}%: the percentage and its two counts disagree by more than rounding.`,
              severity: "warning",
              authority: ret.authority.gss_code,
              measure,
              related: [numerator.id, denominator.id],
              raw: p.raw,
              ...(s ? issueLocation(s) : {}),
            }),
          ];
        });
      },
    },
  ];
}

function exact(ret: Return, measure: string): ValueRecord | undefined {
  const v = ret.values.find((x) => x.measure === measure);
  return v && EXACT_STATUSES.has(v.status) && v.value !== null ? v : undefined;
}

/** 1 for 55, 0.1 for 71.9, 0.01 for 71.93: how far a rounded or cut figure may be from the share. */
function unitOfLastPlace(value: number): number {
  const decimals = (String(value).split(".")[1] ?? "").length;
  return 10 ** -decimals;
}

function label(request: Request, id: string): string {
  return request.measures.find((m) => m.id === id)?.label ?? id;
}
