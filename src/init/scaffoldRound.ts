import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { KNOWLEDGE_DIR } from "../knowledge/files.js";

/** What `foi-agg init` makes: a request to edit, an empty returns folder and a README. */
export interface Scaffold {
  /** Files, by path relative to the round's folder, with their contents. */
  files: { path: string; contents: string }[];
  /** Folders to create, relative to the round's folder. */
  folders: string[];
}

export const REQUEST_FILE = "request.json";
export const RETURNS_FOLDER = "returns";
export const README_FILE = "README.md";
/** The minimal, commented request `init` starts from when no round is named. */
export const EXAMPLE_REQUEST_FILE = "init-request-example.json";

/** A bundled request, as `--from` names it. */
export interface BundledRequest {
  id: string;
  title: string;
  file: string;
  text: string;
}

const RequestHeader = z.object({ id: z.string(), title: z.string() });

/** Every request definition bundled in the knowledge folder (request-*.json), by id. */
export async function listBundledRequests(dir: string = KNOWLEDGE_DIR): Promise<BundledRequest[]> {
  const names = (await readdir(dir)).filter((n) => /^request-.*\.json$/.test(n)).sort();
  const found: BundledRequest[] = [];
  for (const file of names) {
    const text = await readFile(join(dir, file), "utf8");
    const header = RequestHeader.safeParse(JSON.parse(text));
    if (header.success) found.push({ id: header.data.id, title: header.data.title, file, text });
  }
  return found;
}

export async function readExampleRequest(dir: string = KNOWLEDGE_DIR): Promise<string> {
  return readFile(join(dir, EXAMPLE_REQUEST_FILE), "utf8");
}

/**
 * The files of a new round. Pure: the request's text is given (a bundled
 * request copied byte for byte, or the commented example), and `folder` is
 * only used in the README's commands, as the user typed it.
 */
export function planScaffold(folder: string, request: { text: string; from: string | null }): Scaffold {
  return {
    folders: [RETURNS_FOLDER],
    files: [
      { path: REQUEST_FILE, contents: request.text },
      { path: README_FILE, contents: describeNextSteps(folder, request.from) },
    ],
  };
}

function describeNextSteps(folder: string, from: string | null): string {
  const q = (path: string): string => (/[\s"'$`\\]/.test(path) ? `"${path.replaceAll('"', '\\"')}"` : path);
  const dir = (name: string): string => q(join(folder, name));
  return [
    "# A new FOI round for foi-agg",
    "",
    from
      ? `\`${REQUEST_FILE}\` is a copy of the bundled request \`${from}\`. Edit it where your round differs.`
      : `\`${REQUEST_FILE}\` is a small commented example. Edit it to describe your round.`,
    "",
    "## What to do next",
    "",
    `1. Edit \`${REQUEST_FILE}\`: the id and title, the period your questions ask about, one measure per figure you`,
    "   ask for (a group and a metric), and your questions as sent, each with the measures it asks for.",
    `2. Put the councils' replies in \`${RETURNS_FOLDER}/\` as they came (csv, xlsx, docx, pdf, txt, e-mails, zips).`,
    "   foi-agg never changes this folder.",
    "3. Read them:",
    "",
    "   ```sh",
    `   foi-agg ingest ${dir(RETURNS_FOLDER)} --request ${dir(REQUEST_FILE)} --out ${dir("out")}`,
    "   ```",
    "",
    `   Then open \`${join(folder, "out", "report.html")}\`, and see \`quality.csv\` for every figure that needs a look.`,
    `4. Ask councils about what was unclear: \`foi-agg followups ${dir("out")}\`.`,
    `5. Compare with an earlier round: \`foi-agg compare <earlier-out> ${dir("out")}\`.`,
    "",
  ].join("\n");
}
