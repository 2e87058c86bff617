import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { CATALOGUE, type IssueCode } from "../../src/domain/issues.js";
import { loadLetterWording } from "../../src/followups/loadLetterWording.js";
import { planFollowups } from "../../src/followups/planFollowups.js";
import { QualityReportSchema } from "../../src/quality/qualityReportSchema.js";
import { LETTER_CONTEXT } from "./letterContext.js";

export interface LetterCheck {
  authority: string;
  problem: string;
  expected: string[];
  /** Codes of the points in the authority's letter (empty when it got none). */
  points: string[];
  ok: boolean;
}

/**
 * For each planted problem of a corpus that belongs to an authority and is
 * worth asking about (one of its acceptable codes is a follow-up code), does
 * that authority's letter raise a point with one of those codes?
 */
/** The codes that say a council holds nothing, which naming the body that does answers. */
const NOT_HELD = new Set(["document_not_held", "value_not_held"]);

/**
 * `refines`: codes that stand for a listed one (an approximate count's
 * `value_approximate` for a writer's `value_annotated`), as the score counts
 * planted problems.
 */
export async function checkLetters(
  corpus: string,
  out: string,
  refines: Readonly<Record<string, readonly string[]>> = {},
): Promise<LetterCheck[]> {
  const report = QualityReportSchema.parse(JSON.parse(await readFile(join(out, "quality.json"), "utf8")));
  const letters = planFollowups(report, loadLetterWording(), LETTER_CONTEXT);
  const byAuthority = new Map(letters.map((l) => [l.authorityCode, l.points.map((p) => p.code as string)]));
  const heldElsewhere = new Set(report.authorities.filter((a) => a.reply?.heldBy).map((a) => a.code));
  const planted = parse(await readFile(join(corpus, "planted.csv")), { columns: true }) as Record<string, string>[];
  return (
    planted
      .map((p) => ({
        authority: p.authority_code ?? "",
        problem: p.problem ?? "",
        expected: (p.expected_codes ?? "").split("|").filter(Boolean),
      }))
      .filter((p) => p.authority !== "" && p.expected.some((c) => CATALOGUE[c as IssueCode]?.followup))
      // A council whose reply names the body that holds the data (an NI
      // council naming its HSC Trust) has been answered: no letter asks it
      // again about holding nothing. Any other problem of its still needs one.
      .filter((p) => !(heldElsewhere.has(p.authority) && p.expected.every((c) => NOT_HELD.has(c))))
      .map((p) => {
        const points = byAuthority.get(p.authority) ?? [];
        const accepts = (c: string) => p.expected.includes(c) || (refines[c] ?? []).some((r) => p.expected.includes(r));
        return { ...p, points, ok: points.some(accepts) };
      })
  );
}
