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
export function loadJson<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const text = readFileSync(path, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const result = schema.safeParse(json);
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
