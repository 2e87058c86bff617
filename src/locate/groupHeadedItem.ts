import { matchLabel } from "../match/matchLabel.js";
import type { LocateEnv } from "./sheetGrid.js";

/** A question's number opening a line: "9.", "Q9", "Question 9:", "9a)". */
const QUESTION_NUMBER_FIRST = /^\s*(?:q(?:uestion)?\s*)?\d{1,2}[a-z]?[.):]?\s+/iu;

/**
 * "UASC: Afghan (2).", "9. Trafficked: Vietnamese - 2.": one nationality and
 * its count, after nothing but one group's name and a colon. The group's
 * name heads the list as it heads a longer one ("UASC: Afghan 3, Iranian
 * 1"), so the count is of that nationality's children, never the group's
 * own count (two Afghan UASC, not two UASC). An opening that names a metric
 * ("UASC who went missing: Afghan 2") is a list's too, but is left to the
 * readers that already take a one-item list under such words.
 */
export function groupHeadedItem(intro: string, items: number, env: LocateEnv): boolean {
  if (items !== 1) return false;
  const opening = intro.replace(QUESTION_NUMBER_FIRST, "").trim();
  if (!opening.endsWith(":") || opening.length > 40) return false;
  const label = matchLabel(opening.slice(0, -1), env.knowledge.labels);
  return label.groups.length === 1 && label.metrics.length === 0;
}
