import { join } from "node:path";
import { z } from "zod";
// The alias rules are checked on the same keys the identify stage matches on,
// so the check and the matcher cannot disagree about what "the same name" is.
import { NATIONS } from "../domain/authority.js";
import { normaliseAuthorityName } from "../domain/normaliseAuthorityName.js";
import { loadJson } from "./files.js";

export const AUTHORITY_ALIASES_FILE = "authority-aliases.json";

const gssCode = z.string().regex(/^[ENSW]\d{8}$/, "expected a GSS code such as E09000017");
const name = z.string().trim().min(1);
const refusedName = z.object({ name, why: z.string().min(1) });
/** An ambiguous name and, where the councils it could mean are in different nations, their names. */
const ambiguousName = refusedName.extend({ could_be: z.array(name).min(2).optional() });
/**
 * Words of a law only some nations' councils answer under ("FOISA": Scotland's), or of something else only
 * they name: a national case-record system ("WCCIS", Wales's). `means` says what a word that is no law is, for
 * the message that tells the user why the file was given to that council.
 */
const nationLaw = z.object({
  words: name,
  nations: z.array(z.enum(NATIONS)).min(1),
  means: z.string().min(1).optional(),
});

/**
 * Extra names for authorities beyond the reference list's alt_names.
 * `names` are spellings of the place or council; `abbreviations` are acronyms
 * that only ever mean that council ("KCC"), so they count as the council's own
 * name; `ambiguous` and `not_authorities` are names that are refused because
 * they could mean several authorities ("NLC") or name another body whose name
 * contains an authority's ("South Norfolk" is a district, not Norfolk).
 */
export const AuthorityAliasesSchema = z
  .object({
    $comment: z.string().optional(),
    names: z.record(gssCode, z.array(name)).default({}),
    abbreviations: z.record(gssCode, z.array(name)).default({}),
    ambiguous: z.array(ambiguousName).default([]),
    not_authorities: z.array(refusedName).default([]),
    /** Capitals in file names that are never a council's initials ("EA" is the Environment Agency). */
    not_initials: z.array(refusedName).default([]),
    /**
     * The freedom-of-information laws a reply cites, and the nations whose councils answer under them: a
     * Scottish council answers under FOISA, never under the Freedom of Information Act 2000. Also the
     * words of national systems only one nation's councils use (WCCIS, the Welsh Community Care
     * Information System), with `means` saying what they are.
     */
    nation_laws: z.array(nationLaw).optional(),
  })
  .superRefine((aliases, ctx) => {
    // Keys of refused names: no alias may reduce to one of them.
    const refused = new Map<string, string>();
    for (const list of ["ambiguous", "not_authorities"] as const) {
      aliases[list].forEach((entry, i) => {
        const key = normaliseAuthorityName(entry.name);
        if (key === "") {
          ctx.addIssue({ code: "custom", path: [list, i, "name"], message: `"${entry.name}" is only generic words` });
        }
        refused.set(key, entry.name);
      });
    }
    // One owner per key: an alias that reduces to another authority's alias
    // would make that text mean two authorities.
    const owner = new Map<string, { code: string; alias: string }>();
    for (const list of ["names", "abbreviations"] as const) {
      for (const [code, names] of Object.entries(aliases[list])) {
        names.forEach((alias, i) => {
          const path = [list, code, i];
          const key = normaliseAuthorityName(alias);
          if (key === "") {
            ctx.addIssue({ code: "custom", path, message: `"${alias}" is only generic words, so it names nothing` });
            return;
          }
          const refusedAs = refused.get(key);
          if (refusedAs !== undefined) {
            ctx.addIssue({
              code: "custom",
              path,
              message: `"${alias}" reads the same as "${refusedAs}", which is listed as ambiguous or not an authority`,
            });
          }
          const prev = owner.get(key);
          if (prev && prev.code !== code) {
            ctx.addIssue({
              code: "custom",
              path,
              message: `"${alias}" (${code}) reads the same as "${prev.alias}" (${prev.code}): the name would be ambiguous`,
            });
          }
          if (!prev) owner.set(key, { code, alias });
        });
      }
    }
  });
export type AuthorityAliases = z.infer<typeof AuthorityAliasesSchema>;

export function loadAuthorityAliases(dir: string): AuthorityAliases {
  return loadJson(join(dir, AUTHORITY_ALIASES_FILE), AuthorityAliasesSchema);
}

/** The per-round aliases file, read from beside the request file when present. */
export const ROUND_ALIASES_FILE = "aliases.csv";

const RoundAliasRowSchema = z.object({ alias: name, gss_code: z.string().trim().toUpperCase().pipe(gssCode) });

/**
 * A round's own aliases (aliases.csv: alias,gss_code) merged over the
 * built-in ones as extra names. Pure: the rows come in parsed. The merged
 * set is validated by the same rules as authority-aliases.json, so a round
 * alias that clashes with another authority's name or a refused name is a
 * problem, not a silent override; a code the reference does not know is one too.
 */
export function mergeRoundAliases(
  builtIn: AuthorityAliases,
  rows: readonly Record<string, string>[],
  knownCodes: ReadonlySet<string>,
): { aliases: AuthorityAliases; problems: string[] } {
  const problems: string[] = [];
  const names: Record<string, string[]> = Object.fromEntries(
    Object.entries(builtIn.names).map(([code, list]) => [code, [...list]]),
  );
  rows.forEach((row, i) => {
    const parsed = RoundAliasRowSchema.safeParse(row);
    if (!parsed.success) {
      problems.push(`line ${i + 2}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return;
    }
    const { alias, gss_code } = parsed.data;
    if (!knownCodes.has(gss_code)) {
      problems.push(`line ${i + 2}: ${gss_code} is not an authority in the UK reference`);
      return;
    }
    names[gss_code] = [...(names[gss_code] ?? []), alias];
  });
  const merged = AuthorityAliasesSchema.safeParse({ ...builtIn, names });
  if (!merged.success) {
    problems.push(...merged.error.issues.map((x) => x.message));
    return { aliases: builtIn, problems };
  }
  return { aliases: merged.data, problems };
}
