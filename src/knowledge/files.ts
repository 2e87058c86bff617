import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";

/**
 * The knowledge folder is src/knowledge whether this module runs from src/
 * (tests) or from dist/ (the built CLI): both sit two levels below the
 * project root, so one relative path serves both.
 */
export const KNOWLEDGE_DIR = fileURLToPath(new URL("../../src/knowledge/", import.meta.url));

/** Read a JSON knowledge file and validate it, naming the file in any error. */
export function loadJson<T extends z.ZodType>(
  path: string,
  schema: T,
  prepare: (json: unknown) => unknown = (json) => json,
): z.infer<T> {
  return loadChecked(path, (text) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new Error(`${path} is not valid JSON: ${(err as Error).message}`);
    }
    const result = schema.safeParse(prepare(json));
    if (!result.success) {
      const where = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
      throw new Error(`${path} does not match its schema: ${where}`);
    }
    return result.data;
  });
}

/**
 * Read a knowledge file's text (with `read`, which may say in its own words
 * why a file cannot be read) and validate it with `validate`, which throws
 * on a file it refuses; or, for a bundled file the build checked and that
 * still holds the same text, take what the build's validation made of it
 * (checkedData).
 */
export function loadChecked<T>(
  path: string,
  validate: (text: string) => T,
  read: (path: string) => string = (p) => readFileSync(p, "utf8"),
): T {
  const text = read(path);
  const checked = checkedData(checkedKnowledge(), path, text);
  if (checked !== undefined) return checked as T;
  const data = validate(text);
  recording?.set(path, { text, data });
  return data;
}

/**
 * The bundled knowledge files as `npm run build` validated them: for each
 * file (by its name in KNOWLEDGE_DIR), the SHA-256 of the text that was
 * checked and what its schema made of it, as JSON text.
 */
export type CheckedKnowledge = Record<string, { sha256: string; json: string }>;

/**
 * Where the build writes CheckedKnowledge: dist/knowledge-checked.json, one
 * folder above the module that reads it, whether that is dist/knowledge/ or
 * the bundle in dist/bundle/. Run from src/ (the tests) there is no such
 * file, so every knowledge file is validated as it loads.
 */
export const CHECKED_KNOWLEDGE_FILE = fileURLToPath(new URL("../knowledge-checked.json", import.meta.url));

let checkedOnce: CheckedKnowledge | null | undefined;

/**
 * The build's CheckedKnowledge, or null when there is none, when this module
 * is not the bundle's, or when it is older than this module. The bundle is
 * written whole by each build just before the knowledge is checked, so a
 * copy at least as new as its chunk was made by the schemas it holds. tsc's
 * modules are not: `tsc --watch` rewrites only the files that changed, so a
 * schema could change under a copy newer than this file, and what an older
 * schema made of a file is not what this one would.
 */
function checkedKnowledge(): CheckedKnowledge | null {
  if (checkedOnce !== undefined) return checkedOnce;
  checkedOnce = null;
  if (!import.meta.url.includes("/dist/bundle/")) return checkedOnce;
  try {
    const ownTime = statSync(fileURLToPath(import.meta.url)).mtimeMs;
    if (statSync(CHECKED_KNOWLEDGE_FILE).mtimeMs >= ownTime) {
      checkedOnce = JSON.parse(readFileSync(CHECKED_KNOWLEDGE_FILE, "utf8")) as CheckedKnowledge;
    }
  } catch {
    // No checked copy (tests, a bare tsc build): every file is validated as it loads.
  }
  return checkedOnce;
}

/**
 * What the build's zod check made of a bundled knowledge file, when the file
 * still holds exactly the text that was checked; undefined otherwise (a file
 * outside KNOWLEDGE_DIR, such as a round's request, one edited since the
 * build, or one the build did not check), and the file is validated as it
 * loads. Validating the bundled files with zod at every run cost about a
 * tenth of a second of CPU, more than reading a small round's csv files; the
 * schemas are the same, so what they make of the same text is the same. A
 * fresh object each time, as validation gives, so no caller shares another's.
 */
export function checkedData(checked: CheckedKnowledge | null, path: string, text: string): unknown {
  if (checked === null || !path.startsWith(KNOWLEDGE_DIR)) return undefined;
  const entry = checked[path.slice(KNOWLEDGE_DIR.length)];
  if (entry === undefined || entry.sha256 !== sha256Of(text)) return undefined;
  return JSON.parse(entry.json);
}

function sha256Of(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Files validated while recordCheckedKnowledge runs: path → the text checked and what its schema made of it. */
let recording: Map<string, { text: string; data: unknown }> | null = null;

/**
 * The CheckedKnowledge of the bundled knowledge files that `load` reads, for
 * the build to write (scripts/checkKnowledge.ts). Each is validated here as
 * every run would validate it, by the loaders' own schemas. A file whose
 * validated form does not survive JSON unchanged (a pattern compiled to a
 * RegExp, a field set to undefined) is left out, and is validated at every run.
 */
export function recordCheckedKnowledge(load: () => void): CheckedKnowledge {
  recording = new Map();
  const saved = checkedOnce;
  // Validate every file, even if a checked copy exists already.
  checkedOnce = null;
  try {
    load();
    const out: CheckedKnowledge = {};
    for (const [path, { text, data }] of [...recording].sort(([a], [b]) => a.localeCompare(b))) {
      if (!path.startsWith(KNOWLEDGE_DIR)) continue;
      const json = JSON.stringify(data);
      if (!isDeepStrictEqual(JSON.parse(json), data)) continue;
      out[path.slice(KNOWLEDGE_DIR.length)] = { sha256: sha256Of(text), json };
    }
    return out;
  } finally {
    recording = null;
    checkedOnce = saved;
  }
}

/** A regex source string that must compile; used for phrasing lists. */
export function isValidRegex(source: string): boolean {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}

/**
 * Notes for people in a JSON file ("$comment", "$comment_period"): dropped
 * at any depth before the file is checked, so a strict schema still refuses
 * a misspelt field but never a note.
 */
export function withoutComments(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(withoutComments);
  if (json === null || typeof json !== "object") return json;
  return Object.fromEntries(
    Object.entries(json)
      .filter(([key]) => !key.startsWith("$comment"))
      .map(([key, value]) => [key, withoutComments(value)]),
  );
}
