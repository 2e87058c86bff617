import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SETTINGS_FILE } from "../../src/domain/settings.js";
import type { LetterContext } from "../../src/followups/planFollowups.js";
import { loadBankHolidays } from "../../src/knowledge/bankHolidays.js";

/**
 * A round long past its deadlines: the 2015 request sent on 5 October 2015,
 * letters written on 1 March 2016, so every council that sent nothing is overdue.
 */
export const LETTER_CONTEXT: LetterContext = {
  sender: { name: "Alex Smith", organisation: "Children's Rights Research", email: "alex.smith@example.org" },
  ourReference: "HBTH-2015",
  date: "2016-03-01",
  requestSent: "2015-10-05",
  holidays: loadBankHolidays(),
};

export const SETTINGS_JSON = {
  sender: LETTER_CONTEXT.sender,
  requestSent: LETTER_CONTEXT.requestSent,
  reference: LETTER_CONTEXT.ourReference,
};

/** Write foi-agg.settings.json into `dir` (where runFollowups looks, given `dir` as its cwd); returns its path. */
export function writeSettingsFile(dir: string): string {
  const path = join(dir, SETTINGS_FILE);
  writeFileSync(path, JSON.stringify(SETTINGS_JSON, null, 2));
  return path;
}
