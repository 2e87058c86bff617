import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type RoundSettings, SETTINGS_EXAMPLE, SETTINGS_FILE, validateSettings } from "../domain/settings.js";
import { UsageError } from "./io.js";

/**
 * Edge: find and read the round's settings. `--settings <file>` must exist;
 * without it, `foi-agg.settings.json` in the current folder is used when
 * present (as biome.json or .prettierrc are), and null returned otherwise.
 */
export function readSettings(
  explicit: string | undefined,
  cwd: string,
): { settings: RoundSettings; path: string } | null {
  const path = resolve(cwd, explicit ?? SETTINGS_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && explicit === undefined) return null;
    throw new UsageError(`cannot read the settings file ${path}: ${code ?? (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const { settings, errors } = validateSettings(json);
  if (!settings) throw new UsageError(errors.map((e) => `${path}: ${e}`).join("\n"));
  return { settings, path };
}

/** Why letters need the settings, and what to write; shown instead of writing unsendable letters. */
export function describeMissingSettings(cwd: string): string {
  return [
    `no round settings: letters need a sender and the date the request was sent.`,
    `Create ${resolve(cwd, SETTINGS_FILE)} (or pass --settings <file>) like this:`,
    SETTINGS_EXAMPLE,
  ].join("\n");
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
