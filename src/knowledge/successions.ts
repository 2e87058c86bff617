import type { ReferenceAuthority } from "../domain/authorityReference.js";
import { loadAuthorityReference } from "./authorityReference.js";
import { KNOWLEDGE_DIR } from "./files.js";

/** Which authorities replaced which, for `foi-agg compare`: one entry per authority that ended with successors. */
export interface Succession {
  /** The last day the predecessor was in operation. */
  date: string;
  predecessors: { code: string; name: string }[];
  successors: { code: string; name: string }[];
}

/** Every reorganisation the reference of authorities past and present records. */
export function successionsOf(reference: readonly ReferenceAuthority[]): Succession[] {
  const byCode = new Map(reference.map((a) => [a.gss_code, a]));
  return reference
    .filter((a) => a.successors.length > 0 && a.end_date !== null)
    .map((a) => ({
      date: a.end_date as string,
      predecessors: [{ code: a.gss_code, name: a.name }],
      successors: a.successors.map((code) => ({ code, name: byCode.get(code)?.name ?? code })),
    }));
}

export function loadSuccessions(dir: string = KNOWLEDGE_DIR): Succession[] {
  return successionsOf(loadAuthorityReference(dir));
}
