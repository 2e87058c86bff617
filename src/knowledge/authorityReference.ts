import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import {
  checkAuthorityReference,
  type ReferenceAuthority,
  ReferenceAuthoritySchema,
} from "../domain/authorityReference.js";
import { loadChecked } from "./files.js";

export const AUTHORITY_REFERENCE_FILE = "uk-local-authorities.csv";
export const OTHER_BODIES_FILE = "other-bodies.csv";
export const BODY_WORDS_FILE = "body-words.json";

const splitList = (text: string | undefined): string[] =>
  (text ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);

function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** Validate the reference's rows and the rules between them; problems name the CSV line. */
export function validateAuthorityReference(records: readonly Record<string, string>[]): {
  reference: ReferenceAuthority[];
  problems: string[];
} {
  const problems: string[] = [];
  const reference: ReferenceAuthority[] = [];
  records.forEach((rec, i) => {
    const result = ReferenceAuthoritySchema.safeParse({
      ...rec,
      alt_names: splitList(rec.alt_names),
      successors: splitList(rec.successors),
      start_date: rec.start_date || null,
      end_date: rec.end_date || null,
    });
    if (result.success) reference.push(result.data);
    else
      problems.push(`line ${i + 2}: ${result.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
  });
  problems.push(...checkAuthorityReference(reference));
  return { reference, problems };
}

export function loadAuthorityReference(dir: string): ReferenceAuthority[] {
  const path = join(dir, AUTHORITY_REFERENCE_FILE);
  return loadChecked(path, (text) => {
    const { reference, problems } = validateAuthorityReference(readCsv(text));
    if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
    return reference;
  });
}

/** Kinds of council in other-bodies.csv: each has a GSS code, its key in mySociety's list. */
const COUNCIL_KINDS = ["district council", "combined authority", "strategic authority"] as const;

/**
 * A body that is never one of a round's authorities: a district council, a
 * combined authority, the GLA (knowledge/other-bodies.csv, from mySociety),
 * or a police force, health board or health and social care trust, whose
 * replies come back in the same folder when a round is sent to them too.
 * Those are listed without a code: nothing looks them up by code (a manifest
 * maps a file to a round's authority, never to one of them), and a code not
 * checked against ONS's own list would be worse than none.
 */
export const OtherBodySchema = z
  .object({
    name: z.string().trim().min(1),
    kind: z.enum([...COUNCIL_KINDS, "police force", "health board", "health and social care trust"]),
    gss_code: z
      .string()
      .regex(/^[ENSW]\d{8}$/)
      .nullable(),
    end_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    alt_names: z.array(z.string().trim().min(1)),
  })
  .refine((b) => b.gss_code !== null || !(COUNCIL_KINDS as readonly string[]).includes(b.kind), {
    message: "a council needs its GSS code",
    path: ["gss_code"],
  });
export type OtherBody = z.infer<typeof OtherBodySchema>;

const phraseList = z.array(
  z.object({
    words: z.string().trim().min(1),
    body: z.string().trim().min(1),
    /** Authority types whose own names carry these words ("Mid Ulster District Council"). */
    unlessTypes: z.array(z.string()).default([]),
    /** Authorities whose own legal name carries these words though their type's do not ("West Berkshire District Council", a unitary). */
    unlessCodes: z.array(z.string().regex(/^[ENSW]\d{8}$/)).default([]),
  }),
);

/**
 * Words that turn an authority's place name into another body's name
 * (knowledge/body-words.json): "Bradford" + "Teaching PCT", "NHS" + "Fife".
 * `delivering` are names of bodies that run a council's children's services
 * for it ("Doncaster Children's Services Trust"), which answer as the council.
 */
export const BodyWordsSchema = z.object({
  $comment: z.string().optional(),
  after: phraseList.min(1),
  before: phraseList.default([]),
  delivering: z.array(z.string().trim().min(1)).default([]),
  /** Words a heading has and a body's own name never does: a whole line with one is no body's name. */
  notInName: z.array(z.string().trim().min(1)).default([]),
});
export type BodyWords = z.infer<typeof BodyWordsSchema>;

export interface OtherBodies {
  bodies: OtherBody[];
  words: BodyWords;
}

export function validateOtherBodies(records: readonly Record<string, string>[]): {
  bodies: OtherBody[];
  problems: string[];
} {
  const problems: string[] = [];
  const bodies: OtherBody[] = [];
  records.forEach((rec, i) => {
    const result = OtherBodySchema.safeParse({
      ...rec,
      alt_names: splitList(rec.alt_names),
      gss_code: rec.gss_code || null,
      end_date: rec.end_date || null,
    });
    if (result.success) bodies.push(result.data);
    else
      problems.push(`line ${i + 2}: ${result.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
  });
  return { bodies, problems };
}

export function loadOtherBodies(dir: string): OtherBodies {
  const path = join(dir, OTHER_BODIES_FILE);
  const bodies = loadChecked(path, (text) => {
    const { bodies, problems } = validateOtherBodies(readCsv(text));
    if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
    return bodies;
  });
  const wordsPath = join(dir, BODY_WORDS_FILE);
  const words = loadChecked(wordsPath, (text) => {
    const words = BodyWordsSchema.safeParse(JSON.parse(text));
    if (!words.success)
      throw new Error(`${wordsPath}: ${words.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
    return words.data;
  });
  return { bodies, words };
}
