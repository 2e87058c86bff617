/**
 * Files in the returns folder that are not returns (notes to self, drafts,
 * a spreadsheet of chasers) are left out by rules in `.foi-aggignore` at the
 * top of the folder, or by `--exclude`. The syntax is a subset of
 * .gitignore, which researchers who use git already know:
 *
 * - blank lines and lines starting with `#` are skipped (`\#` for a literal #);
 * - `*` matches anything but `/`, `?` one character but `/`;
 * - `**` matches across folders: `**` + `/x` (x in any folder), `x/` + `**`
 *   (everything inside x), `a/` + `**` + `/b` (b in a or any folder below it);
 * - a trailing `/` matches folders only (and so everything in them);
 * - a pattern with a `/` at the start or in the middle is anchored to the
 *   returns folder; otherwise it matches a name in any folder;
 * - `!` re-includes what an earlier rule left out, except inside a folder
 *   that is left out (as in git). The last rule that matches decides.
 *
 * Not supported: `[abc]` character classes (read literally) and ignore
 * files in sub-folders.
 */
export interface IgnoreRule {
  /** The rule as written. */
  pattern: string;
  /** Where it comes from, for the listing: `.foi-aggignore line 3`, `--exclude`. */
  origin: string;
  negate: boolean;
  folderOnly: boolean;
  test: RegExp;
}

export const IGNORE_FILE = ".foi-aggignore";

/** The rules of an ignore file's text (or of --exclude globs, one per line). */
export function parseIgnoreRules(text: string, origin: (line: number) => string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const rule = parseIgnoreRule(line, origin(i + 1));
    if (rule) rules.push(rule);
  });
  return rules;
}

export function parseIgnoreRule(line: string, origin: string): IgnoreRule | null {
  // Trailing spaces are not part of a pattern unless escaped with a backslash.
  let body = line.replace(/(?<!\\)\s+$/, "");
  if (body === "" || body.startsWith("#")) return null;
  const pattern = body;
  let negate = false;
  if (body.startsWith("!")) {
    negate = true;
    body = body.slice(1);
  } else if (body.startsWith("\\!") || body.startsWith("\\#")) {
    body = body.slice(1);
  }
  const folderOnly = body.endsWith("/");
  if (folderOnly) body = body.replace(/\/+$/, "");
  if (body === "") return null;
  // A slash at the start or in the middle anchors the pattern to the folder.
  const anchored = body.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  return { pattern, origin, negate, folderOnly, test: compileGlob(body, anchored) };
}

function compileGlob(glob: string, anchored: boolean): RegExp {
  let re = "";
  let i = 0;
  if (glob.startsWith("**/")) {
    re += "(?:.*/)?";
    i = 3;
  }
  while (i < glob.length) {
    if (glob.startsWith("/**/", i)) {
      re += "/(?:.*/)?";
      i += 4;
    } else if (glob.startsWith("/**", i) && i + 3 === glob.length) {
      re += "/.*";
      i += 3;
    } else if (glob[i] === "*") {
      // Any other run of asterisks is a plain `*`, as in git.
      while (glob[i] === "*") i += 1;
      re += "[^/]*";
    } else if (glob[i] === "?") {
      re += "[^/]";
      i += 1;
    } else if (glob[i] === "\\" && i + 1 < glob.length) {
      re += escapeRegExp(glob[i + 1] ?? "");
      i += 2;
    } else {
      re += escapeRegExp(glob[i] ?? "");
      i += 1;
    }
  }
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${re}$`, "u");
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * The rule that leaves `file` (relative, forward slashes) out, or null when
 * it is read. A left-out folder leaves out everything in it, whatever later
 * rules say about the files, as in git.
 */
export function matchIgnoreRules(rules: readonly IgnoreRule[], file: string): IgnoreRule | null {
  if (rules.length === 0) return null;
  const parts = file.split("/");
  for (let depth = 1; depth < parts.length; depth++) {
    const hit = lastMatch(rules, parts.slice(0, depth).join("/"), true);
    if (hit && !hit.negate) return hit;
  }
  const hit = lastMatch(rules, file, false);
  return hit && !hit.negate ? hit : null;
}

function lastMatch(rules: readonly IgnoreRule[], path: string, isFolder: boolean): IgnoreRule | null {
  let found: IgnoreRule | null = null;
  for (const rule of rules) {
    if (rule.folderOnly && !isFolder) continue;
    if (rule.test.test(path)) found = rule;
  }
  return found;
}

/** How a rule is named in the listing of ignored files. */
export function describeIgnoreRule(rule: IgnoreRule): string {
  return `${rule.origin}: ${rule.pattern}`;
}
