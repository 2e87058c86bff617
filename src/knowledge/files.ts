import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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
  const text = readFileSync(path, "utf8");
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
