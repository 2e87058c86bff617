import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { showControls } from "../../domain/showControls.js";
import { loadLetterWording } from "../../followups/loadLetterWording.js";
import { planFollowups } from "../../followups/planFollowups.js";
import { type LettersOutcome, writeLetters } from "../../followups/writeLetters.js";
import { loadBankHolidays } from "../../knowledge/bankHolidays.js";
import { type QualityReport, QualityReportSchema } from "../../quality/qualityReportSchema.js";
import { type Io, UsageError } from "../io.js";
import { describeMissingSettings, readSettings, todayIso } from "../readSettings.js";

export interface FollowupsOptions {
  /** Folder for the letters; default `<outDir>-letters`, beside the output folder (see defaultLettersFolder). */
  to?: string;
  /** Letter template to use instead of the one in knowledge/. */
  template?: string;
  /** Point phrasings (JSON) to use instead of knowledge/followup-points.json. */
  points?: string;
  /** The round's settings file; default foi-agg.settings.json in the current folder. */
  settings?: string;
  /** The letters' date, and the day deadlines are judged on (YYYY-MM-DD); default today. */
  asOf?: string;
}

/**
 * `foi-agg followups <out-dir>`: one letter per authority with something to
 * clarify, from the quality.json an ingest wrote. Bad usage (no or invalid
 * quality.json, bad wording files) throws UsageError, which the entry point
 * turns into exit 2.
 */
export async function runFollowups(
  outDir: string,
  options: FollowupsOptions,
  io: Io,
  cwd: string = process.cwd(),
): Promise<number> {
  // Letters are only worth writing if they can be sent as written: without
  // a sender and the date the request went out, refuse and say what to write.
  const found = readSettings(options.settings, cwd);
  if (!found) throw new UsageError(describeMissingSettings(cwd));
  const report = await readQualityReport(outDir);
  const wording = loadLetterWording({
    ...(options.template ? { template: options.template } : {}),
    ...(options.points ? { points: options.points } : {}),
  });
  const letters = planFollowups(report, wording, {
    sender: found.settings.sender,
    ourReference: found.settings.reference ?? null,
    date: options.asOf ?? todayIso(),
    requestSent: found.settings.requestSent,
    holidays: loadBankHolidays(),
  });
  const dir = options.to ?? defaultLettersFolder(outDir);
  const outcome = await writeLetters(dir, new Map(letters.map((l) => [l.fileName, l.text])));
  io.stdout(showControls(describeLettersOutcome(dir, letters.length, outcome)));
  return 0;
}

/**
 * Letters are the researcher's work in progress (edited before sending), so
 * they live beside the ingest output, not in it: `out` → `out-letters`. An
 * ingest re-run then never touches them, and the name says which run they
 * follow up.
 */
export function defaultLettersFolder(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, "")}-letters`;
}

function describeLettersOutcome(dir: string, count: number, outcome: LettersOutcome): string {
  const lines = [`Wrote ${count} ${count === 1 ? "letter" : "letters"} to ${dir}`];
  for (const { file, newFile } of outcome.keptEdited) {
    lines.push(`Kept ${file}: you changed it, so the new letter is beside it as ${newFile}`);
  }
  if (outcome.removed.length > 0) {
    lines.push(
      `Removed ${outcome.removed.length} unchanged letter(s) foi-agg wrote earlier that are no longer needed: ${outcome.removed.join(", ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

async function readQualityReport(outDir: string): Promise<QualityReport> {
  const path = join(outDir, "quality.json");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${path} not found: run "foi-agg ingest <folder> --out ${outDir}" first`
        : `cannot read ${path}: ${code ?? (err as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = QualityReportSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    throw new UsageError(`${path} is not a foi-agg quality report (${first}); re-run "foi-agg ingest"`);
  }
  return parsed.data;
}
