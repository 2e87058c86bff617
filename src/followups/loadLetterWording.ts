import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../domain/errors.js";
import { KNOWLEDGE_DIR, loadChecked } from "../knowledge/files.js";
import { checkLetterTemplate, FollowupPointsSchema, type LetterWording } from "./letterWording.js";

export const DEFAULT_TEMPLATE_FILE = "letter-template.txt";
export const DEFAULT_POINTS_FILE = "followup-points.json";

export interface LetterWordingPaths {
  /** A letter template to use instead of knowledge/letter-template.txt. */
  template?: string;
  /** Point phrasings to use instead of knowledge/followup-points.json. */
  points?: string;
}

/**
 * Edge: read and check the letter wording. These files are the user's to
 * edit, so a mistake in them is bad usage (exit 2) with the file named.
 */
export function loadLetterWording(paths: LetterWordingPaths = {}): LetterWording {
  const templatePath = paths.template ?? join(KNOWLEDGE_DIR, DEFAULT_TEMPLATE_FILE);
  const pointsPath = paths.points ?? join(KNOWLEDGE_DIR, DEFAULT_POINTS_FILE);
  const template = readText(templatePath, "letter template");
  const templateProblems = checkLetterTemplate(template);
  if (templateProblems.length > 0) {
    throw new UsageError(templateProblems.map((p) => `${templatePath}: ${p}`).join("\n"));
  }
  const points = loadChecked(
    pointsPath,
    (text) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new UsageError(`${pointsPath} is not valid JSON: ${(err as Error).message}`);
      }
      const parsed = FollowupPointsSchema.safeParse(json);
      if (!parsed.success) {
        throw new UsageError(
          parsed.error.issues.map((i) => `${pointsPath}: ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n"),
        );
      }
      return parsed.data;
    },
    (path) => readText(path, "follow-up points file"),
  );
  return { ...points, template };
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(
      `cannot read the ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}
