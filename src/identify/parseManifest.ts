import { parse } from "csv-parse/sync";
import { type Issue, makeIssue } from "../domain/issues.js";
import { type AuthorityIndex, describeAuthority, resolveAuthorityName } from "./buildAuthorityIndex.js";

/** A file with one of these names in the input folder is the manifest, not a return. */
export const MANIFEST_FILE_NAMES = ["manifest.csv", "_manifest.csv"] as const;

export interface ManifestEntry {
  code: string;
  /** 1-based line of the manifest that maps the file. */
  line: number;
}

export interface Manifest {
  /** Keyed by the file path as written, with forward slashes and no leading "./". */
  entries: Map<string, ManifestEntry>;
  issues: Issue[];
}

const FILE_HEADERS = new Set(["file", "filename", "file_name", "path", "file_path"]);
const AUTHORITY_HEADERS = new Set(["authority_code", "authority", "gss_code", "code", "gss", "authority_name"]);

export function isManifestFile(file: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? "";
  return (MANIFEST_FILE_NAMES as readonly string[]).includes(base.toLowerCase());
}

/** "./returns\\Kent.xlsx" → "returns/Kent.xlsx": the form the pipeline names files in. */
export function normaliseManifestPath(path: string): string {
  return path
    .trim()
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "");
}

/**
 * The entry for a file: by its path, else by its base name when exactly one
 * entry has that name (people list "Kent.xlsx" for "batch 1/Kent.xlsx").
 */
export function findManifestEntry(
  entries: ReadonlyMap<string, ManifestEntry>,
  file: string,
): ManifestEntry | undefined {
  const exact = entries.get(normaliseManifestPath(file));
  if (exact) return exact;
  const base = baseName(file).toLowerCase();
  const byBase = [...entries].filter(([path]) => baseName(path).toLowerCase() === base);
  return byBase.length === 1 ? byBase[0]?.[1] : undefined;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? "";
}

/**
 * Read a manifest: a CSV with a header `file,authority_code` (or `authority`,
 * `gss_code`, `code`), one file per line. The authority may be a GSS code or
 * a name in any spelling the reference list knows. Blank lines and lines
 * starting with # are skipped. Every problem names its line; a file listed
 * twice with different authorities is not mapped at all.
 */
export function parseManifest(text: string, manifestFile: string, index: AuthorityIndex): Manifest {
  const entries = new Map<string, ManifestEntry>();
  const issues: Issue[] = [];
  const conflicted = new Set<string>();
  const invalid = (line: number, col: "A" | "B", message: string, raw?: string, severity?: "warning") =>
    issues.push(
      makeIssue("manifest_invalid", {
        message: `${manifestFile} line ${line}: ${message}`,
        file: manifestFile,
        cell: `${col}${line}`,
        raw,
        severity,
      }),
    );

  let columns: { file: number; authority: number } | null = null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  for (const [i, lineText] of lines.entries()) {
    const line = i + 1;
    if (lineText.trim() === "" || lineText.trimStart().startsWith("#")) continue;
    const cells = parseLine(lineText);
    if (cells === null) {
      invalid(line, "A", "a quote is not closed, so the line cannot be read.", lineText);
      continue;
    }
    if (columns === null) {
      columns = findColumns(cells);
      if (columns === null) {
        invalid(
          line,
          "A",
          `expected a header row "file,authority_code" but found "${lineText.trim()}"; no files were mapped.`,
          lineText,
        );
        break;
      }
      continue;
    }
    const fileText = normaliseManifestPath(cells[columns.file] ?? "");
    const authorityText = (cells[columns.authority] ?? "").trim();
    if (fileText === "" && authorityText === "") continue;
    if (fileText === "") {
      invalid(line, "A", `no file is given for "${authorityText}".`, authorityText);
      continue;
    }
    if (authorityText === "") {
      invalid(line, "B", `no authority is given for "${fileText}".`, fileText);
      continue;
    }
    const resolved = resolveAuthorityName(authorityText, index);
    if (resolved.kind !== "authority") {
      const because =
        resolved.kind === "refused"
          ? ` (${resolved.why})`
          : resolved.kind === "outside"
            ? ` (it is ${resolved.name}, ${resolved.body}, which is not one of this round's authorities)`
            : "";
      issues.push(
        makeIssue("authority_manifest_unknown", {
          message: `${manifestFile} line ${line}: "${authorityText}" is not an authority code or name in the reference list${because}, so "${fileText}" is not mapped.`,
          file: manifestFile,
          cell: `B${line}`,
          raw: authorityText,
        }),
      );
      continue;
    }
    if (conflicted.has(fileText)) {
      invalid(
        line,
        "A",
        `"${fileText}" is listed again; it is left unmapped because earlier lines disagree.`,
        fileText,
      );
      continue;
    }
    const prev = entries.get(fileText);
    if (prev === undefined) {
      entries.set(fileText, { code: resolved.code, line });
    } else if (prev.code === resolved.code) {
      invalid(
        line,
        "A",
        `"${fileText}" is already listed on line ${prev.line} with the same authority.`,
        fileText,
        "warning",
      );
    } else {
      entries.delete(fileText);
      conflicted.add(fileText);
      invalid(
        line,
        "A",
        `"${fileText}" is mapped to ${describeAuthority(resolved.code, index)} here but to ${describeAuthority(prev.code, index)} on line ${prev.line}; it is left unmapped.`,
        fileText,
      );
    }
  }
  if (columns === null && !issues.some((x) => x.code === "manifest_invalid")) {
    issues.push(
      makeIssue("manifest_invalid", {
        message: `${manifestFile} is empty; expected a header row "file,authority_code".`,
        file: manifestFile,
      }),
    );
  }
  return { entries, issues };
}

/** One CSV line, so quoted file names with commas work; null when a quote is not closed. */
function parseLine(lineText: string): string[] | null {
  try {
    const records = parse(lineText, { relax_column_count: true, trim: true }) as string[][];
    return records[0] ?? [];
  } catch {
    return null;
  }
}

function findColumns(cells: readonly string[]): { file: number; authority: number } | null {
  const names = cells.map((c) => c.trim().toLowerCase().replace(/\s+/g, "_"));
  const file = names.findIndex((n) => FILE_HEADERS.has(n));
  const authority = names.findIndex((n) => AUTHORITY_HEADERS.has(n));
  return file >= 0 && authority >= 0 ? { file, authority } : null;
}
