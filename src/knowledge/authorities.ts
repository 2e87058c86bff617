import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type Authority, AuthoritySchema } from "../domain/authority.js";

/** Load and validate the reference list of authorities. */
export function loadAuthorities(path: string): Authority[] {
  const records = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const seen = new Set<string>();
  return records.map((rec, i) => {
    const result = AuthoritySchema.safeParse({
      ...rec,
      alt_names: (rec.alt_names ?? "")
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean),
    });
    if (!result.success) {
      throw new Error(
        `${path} line ${i + 2}: ${result.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`,
      );
    }
    if (seen.has(result.data.gss_code))
      throw new Error(`${path} line ${i + 2}: duplicate code ${result.data.gss_code}`);
    seen.add(result.data.gss_code);
    return result.data;
  });
}

export function defaultAuthoritiesPath(dir: string): string {
  return join(dir, "authorities-2015.csv");
}
