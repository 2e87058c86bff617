import { join } from "node:path";
import { z } from "zod";
import { loadJson } from "./files.js";

export const AUTHORITY_DOMAINS_FILE = "authority-domains.json";

/**
 * E-mail domains of authorities, for the ones whose domain is not simply
 * their name ("hants.gov.uk" is Hampshire). Used to say who sent an e-mail
 * (src/identify/identifySender.ts). Domains are lower case, without "www."
 * or a mailbox; codes are GSS codes (a test checks each is in the
 * reference list).
 */
export const AuthorityDomainsSchema = z.object({
  $comment: z.string().optional(),
  domains: z.record(
    z
      .string()
      .regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, "expected a lower-case domain such as hants.gov.uk"),
    z.string().regex(/^[ENSW]\d{8}$/, "expected a GSS code such as E10000014"),
  ),
});
export type AuthorityDomains = z.infer<typeof AuthorityDomainsSchema>;

export function loadAuthorityDomains(dir: string): AuthorityDomains {
  return loadJson(join(dir, AUTHORITY_DOMAINS_FILE), AuthorityDomainsSchema);
}
