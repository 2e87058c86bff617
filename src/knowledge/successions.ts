import { join } from "node:path";
import { z } from "zod";
import { KNOWLEDGE_DIR, loadJson } from "./files.js";

/**
 * INTERIM: which authorities replaced which since 2015, for `foi-agg compare`.
 * To be replaced at merge by the reference of authorities past and present
 * (its successorsOf), which will carry every link with its source; this file
 * keeps only the handful compare needs and its test uses.
 */
const gss = z.string().regex(/^[ENSW]\d{8}$/, "a GSS code such as E06000061");
const Body = z.object({ code: gss, name: z.string().min(1) });

export const SuccessionSchema = z.object({
  /** The day the successors took over. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  predecessors: z.array(Body).min(1),
  successors: z.array(Body).min(1),
  note: z.string().optional(),
});
export type Succession = z.infer<typeof SuccessionSchema>;

export const SuccessionsFileSchema = z.object({
  $comment: z.string().optional(),
  successions: z.array(SuccessionSchema),
});

export const SUCCESSIONS_FILE = "successions-interim.json";

export function loadSuccessions(dir: string = KNOWLEDGE_DIR): Succession[] {
  return loadJson(join(dir, SUCCESSIONS_FILE), SuccessionsFileSchema).successions;
}
