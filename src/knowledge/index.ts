import type { Authority } from "../domain/authority.js";
import type { Request } from "../domain/request.js";
import { type AuthorityAliases, loadAuthorityAliases } from "./aliases.js";
import { defaultAuthoritiesPath, loadAuthorities } from "./authorities.js";
import { type AuthorityDomains, loadAuthorityDomains } from "./domains.js";
import { KNOWLEDGE_DIR } from "./files.js";
import { type LabelVocabulary, loadLabels, withRequestPhrasings } from "./labels.js";
import { loadNationalities, type NationalityTable } from "./nationalities.js";
import { defaultRequestPath, loadRequest } from "./request.js";
import { loadValueVocabulary, type ValueVocabulary } from "./values.js";

/**
 * All domain knowledge a run needs, loaded once at the edge and passed into
 * the pure stages. Nothing below the CLI reads knowledge files itself.
 */
export interface Knowledge {
  request: Request;
  authorities: Authority[];
  aliases: AuthorityAliases;
  /** E-mail domains of authorities, to say who sent an e-mail. */
  domains: AuthorityDomains;
  labels: LabelVocabulary;
  values: ValueVocabulary;
  nationalities: NationalityTable;
}

export interface KnowledgePaths {
  dir?: string;
  request?: string;
  authorities?: string;
}

export function loadKnowledge(paths: KnowledgePaths = {}): Knowledge {
  const dir = paths.dir ?? KNOWLEDGE_DIR;
  const request = loadRequest(paths.request ?? defaultRequestPath(dir));
  return {
    request,
    authorities: loadAuthorities(paths.authorities ?? defaultAuthoritiesPath(dir)),
    aliases: loadAuthorityAliases(dir),
    domains: loadAuthorityDomains(dir),
    labels: withRequestPhrasings(loadLabels(dir), request),
    values: loadValueVocabulary(dir),
    nationalities: loadNationalities(dir),
  };
}
