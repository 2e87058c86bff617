import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadLetterWording } from "../followups/loadLetterWording.js";
import { loadBankHolidays } from "../knowledge/bankHolidays.js";
import { CHECKED_KNOWLEDGE_FILE, KNOWLEDGE_DIR, recordCheckedKnowledge } from "../knowledge/files.js";
import { loadHexLayout } from "../knowledge/hexLayout.js";
import { loadKnowledge } from "../knowledge/index.js";
import { loadRequest } from "../knowledge/request.js";

/**
 * The last step of `npm run build`: validate the bundled JSON knowledge files
 * with their zod schemas once, as every run would, and write what the
 * schemas made of them to dist/knowledge-checked.json, which runs then trust
 * for as long as each file's text is unchanged (knowledge/files.ts,
 * checkedData). An invalid knowledge file fails the build here, as it fails
 * any run that reads it.
 */
function checkKnowledge(): void {
  const checked = recordCheckedKnowledge(() => {
    loadKnowledge();
    loadHexLayout();
    loadBankHolidays();
    loadLetterWording();
    // Every bundled request, not only the default: `--request` may name one.
    for (const file of readdirSync(KNOWLEDGE_DIR)
      .filter((f) => /^request-.*\.json$/u.test(f))
      .sort()) {
      loadRequest(join(KNOWLEDGE_DIR, file));
    }
  });
  writeFileSync(CHECKED_KNOWLEDGE_FILE, JSON.stringify(checked));
}

checkKnowledge();
