import { join } from "node:path";
import { z } from "zod";
import { loadJson } from "./files.js";

/**
 * Canonical nationalities with their ISO 3166-1 alpha-2 codes and the ways
 * councils spell them. Adding a spelling to nationalities.json is all it
 * takes to recognise it.
 */
export const NATIONALITIES_FILE = "nationalities.json";

/** The bucket for "Other", "Not known", "Stateless" and for text not recognised at all. */
export const OTHER_NATIONALITY = "Other/unknown";

const NationalitySchema = z.object({
  /** Demonym used in outputs, e.g. "Vietnamese". */
  nationality: z.string().min(1),
  /** ISO 3166-1 alpha-2, or "" where there is no state or for Other/unknown. */
  iso: z.string().regex(/^(?:[A-Z]{2})?$/, "expected two capital letters or an empty string"),
  /** Why a code or mapping is what it is, for people editing the file. */
  note: z.string().optional(),
  /**
   * Codes a case-management extract writes in a nationality column (ISO 3166-1
   * alpha-3; for Other/unknown the not-recorded codes such as ZZZ). Matched only
   * when a list's nationality cell is the code alone, in capitals, or a name
   * cell of a nationality table whose names are codes (two rows at least).
   */
  codes: z.array(z.string().regex(/^[A-Z]{2,3}$/, "expected two or three capital letters")).default([]),
  /** Country names, demonyms, variants and common misspellings. The demonym itself is always included. */
  spellings: z.array(z.string().min(1)),
});
export type Nationality = z.infer<typeof NationalitySchema>;

export const NationalityTableSchema = z
  .object({
    notes: z.array(z.string()).default([]),
    /** Words around a nationality that do not change it: "from Eritrea", "Afghan national". */
    ignoredWords: z
      .object({ before: z.array(z.string()).default([]), after: z.array(z.string()).default([]) })
      .default({ before: [], after: [] }),
    /**
     * Words naming a people of several states ("Kurdish"), not a state: read
     * as Other/unknown (each must be one of its spellings) and raised as
     * nationality_people, since breakdowns disagree where such a row belongs.
     */
    peoples: z
      .object({ note: z.string().optional(), spellings: z.array(z.string().min(1)).default([]) })
      .default({ spellings: [] }),
    nationalities: z.array(NationalitySchema).min(1),
  })
  .superRefine((table, ctx) => {
    const names = new Set<string>();
    const codes = new Map<string, string>();
    const spellings = new Map<string, string>();
    const extractCodes = new Map<string, string>();
    table.nationalities.forEach((n, i) => {
      for (const code of n.codes) {
        const owner = extractCodes.get(code);
        if (owner !== undefined && owner !== n.nationality) {
          ctx.addIssue({
            code: "custom",
            path: ["nationalities", i, "codes"],
            message: `code ${code} would mean both ${owner} and ${n.nationality}`,
          });
        }
        extractCodes.set(code, n.nationality);
      }
      if (names.has(n.nationality)) {
        ctx.addIssue({ code: "custom", path: ["nationalities", i], message: `duplicate nationality ${n.nationality}` });
      }
      names.add(n.nationality);
      const holder = codes.get(n.iso);
      if (n.iso !== "" && holder !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["nationalities", i, "iso"],
          message: `ISO code ${n.iso} is used by both ${holder} and ${n.nationality}`,
        });
      }
      codes.set(n.iso, n.nationality);
      for (const spelling of [n.nationality, ...n.spellings]) {
        const key = normaliseNationalityText(spelling);
        const owner = spellings.get(key);
        if (key === "") {
          ctx.addIssue({ code: "custom", path: ["nationalities", i], message: `spelling "${spelling}" is empty` });
        } else if (owner !== undefined && owner !== n.nationality) {
          ctx.addIssue({
            code: "custom",
            path: ["nationalities", i, "spellings"],
            message: `spelling "${spelling}" would mean both ${owner} and ${n.nationality}`,
          });
        }
        spellings.set(key, n.nationality);
      }
    });
    const other = table.nationalities.find((n) => n.nationality === OTHER_NATIONALITY);
    for (const people of table.peoples.spellings) {
      if (spellings.get(normaliseNationalityText(people)) !== OTHER_NATIONALITY) {
        ctx.addIssue({
          code: "custom",
          path: ["peoples", "spellings"],
          message: `people "${people}" must also be a spelling of ${OTHER_NATIONALITY}, so its count is kept there`,
        });
      }
    }
    if (other?.iso !== "") {
      ctx.addIssue({
        code: "custom",
        path: ["nationalities"],
        message: `the table needs an entry "${OTHER_NATIONALITY}" with iso ""`,
      });
    }
  });
export type NationalityTable = z.output<typeof NationalityTableSchema>;

/**
 * The form spellings are compared in: no accents ("Côte" is "cote"), lower
 * case, "&" as "and", and any run of punctuation or space as one space, so
 * "Cote d'Ivoire", "Côte d’Ivoire" and "cote d ivoire" are one key.
 */
export function normaliseNationalityText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function loadNationalities(dir: string): NationalityTable {
  return loadJson(join(dir, NATIONALITIES_FILE), NationalityTableSchema);
}
