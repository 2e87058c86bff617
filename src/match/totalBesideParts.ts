import type { Decision, Fact } from "../domain/facts.js";
import type { Issue } from "../domain/issues.js";
import type { Request } from "../domain/request.js";
import { describeSource, formatCell, issueLocation } from "../domain/source.js";
import { compilePatterns } from "../knowledge/compilePatterns.js";
import type { ValueVocabulary } from "../knowledge/values.js";
import { parseValue } from "../parse/parseValue.js";
import type { FigureCandidate } from "./figureCandidate.js";
import { normaliseLabel } from "./normaliseLabel.js";

/**
 * "Identified | Suspected | Total" over "11 | 7 | 20" under "Table 1 –
 * Trafficked": the parts of one whole read from their labels, and beside
 * them a column headed only "Total", which names no group or count of its
 * own and so matched no question. Left out, the whole is added up from its
 * parts (18) and the council's own total (20), which disagrees, is never
 * seen. A bare total word in the cell just right of the last part, on the
 * parts' own row, is read as their whole, so the checks compare it with
 * its parts (check_parts_sum). Only when every part of the whole is read
 * from that row, and nothing on the sheet gives the whole already.
 */
export function readTotalBesideParts(
  candidates: readonly FigureCandidate[],
  facts: readonly Fact[],
  issues: readonly Issue[],
  request: Pick<Request, "relations" | "measures" | "suppressionThreshold">,
  values: ValueVocabulary,
  totalWords: readonly string[],
): { facts: Fact[]; issues: Issue[]; decisions: Decision[] } {
  const res = compilePatterns(totalWords, "iu");
  const added: Fact[] = [];
  const used = new Set<string>();
  const decisions: Decision[] = [];
  for (const relation of request.relations) {
    if (relation.kind !== "parts") continue;
    for (const whole of request.measures.filter((m) => m.group === relation.whole)) {
      if (facts.some((f) => f.measure === whole.id)) continue;
      const parts = relation.parts.map((g) => request.measures.find((m) => m.group === g && m.metric === whole.metric));
      const read = parts.map((m) =>
        m === undefined ? [] : facts.filter((f) => f.measure === m.id && f.status === "reported"),
      );
      if (read.some((fs) => fs.length !== 1)) continue;
      const sources = read.map((fs) => fs[0]?.sources[0]);
      const first = sources[0];
      if (first === undefined || sources.some((s) => s === undefined || s.row !== first.row || s.sheet !== first.sheet))
        continue;
      const lastCol = Math.max(...sources.map((s) => s?.col ?? 0));
      const total = candidates.find(
        (c) =>
          c.source.sheet === first.sheet &&
          c.source.row === first.row &&
          c.source.col === lastCol + 1 &&
          !c.unanswered &&
          [...c.header, ...c.rowLabel].length > 0 &&
          [...c.header, ...c.rowLabel].every((l) => res.some((re) => re.test(normaliseLabel(l.text)))),
      );
      if (!total) continue;
      const parsed = parseValue(total.cell.text, values, request.suppressionThreshold);
      if (parsed.status !== "reported" || parsed.value === null) continue;
      added.push({
        measure: whole.id,
        status: "reported",
        value: parsed.value,
        lower: parsed.lower,
        upper: parsed.upper,
        raw: total.cell.text,
        sources: [total.source],
        label: [...total.header, ...total.rowLabel].map((l) => l.text).join(" × "),
      });
      used.add(placeKey(issueLocation(total.source)));
      decisions.push({
        file: total.source.file,
        ...(total.source.sheet ? { sheet: total.source.sheet } : {}),
        cell: formatCell(total.source),
        message: `"${total.cell.text.trim()}" in ${describeSource(total.source)} is headed only as a total, just right of ${parts.map((m) => m?.id).join(" and ")} on its row: read as their whole, ${whole.id}.`,
      });
    }
  }
  const kept = issues.filter((i) => !(i.code === "label_unmatched" && used.has(placeKey(i))));
  return { facts: added, issues: kept, decisions };
}

const placeKey = (p: { file?: string | undefined; sheet?: string | undefined; cell?: string | undefined }) =>
  `${p.file ?? ""}|${p.sheet ?? ""}|${p.cell ?? ""}`;
