import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Authority } from "../domain/authority.js";
import { authoritiesAsAt, DEFAULT_AUTHORITIES_AS_AT, type ReferenceAuthority } from "../domain/authorityReference.js";
import { measureKind, type Request } from "../domain/request.js";
import { type AuthorityAliases, loadAuthorityAliases, mergeRoundAliases, ROUND_ALIASES_FILE } from "./aliases.js";
import { loadAuthorities } from "./authorities.js";
import { loadAuthorityReference, loadOtherBodies } from "./authorityReference.js";
import { type AuthorityDomains, loadAuthorityDomains } from "./domains.js";
import { KNOWLEDGE_DIR } from "./files.js";
import { type LabelVocabulary, loadLabels, withOwnPlace, withRequestPhrasings } from "./labels.js";
import { listOutsideBodies, type OutsideKnowledge } from "./listOutsideBodies.js";
import { loadNationalities, type NationalityTable } from "./nationalities.js";
import { defaultRequestPath, loadRequest } from "./request.js";
import { loadValueVocabulary, type ValueVocabulary, valuesForRequest } from "./values.js";

/**
 * All domain knowledge a run needs, loaded once at the edge and passed into
 * the pure stages. Nothing below the CLI reads knowledge files itself.
 */
export interface Knowledge {
  request: Request;
  /** The round's authorities: the reference as at the request's date (see authoritiesAsAt). */
  authorities: Authority[];
  /** UK authorities past and present, with successor links (knowledge/uk-local-authorities.csv). */
  reference: ReferenceAuthority[];
  /** Bodies that are not the round's authorities, and the words that mark them, for identify. */
  outside: OutsideKnowledge;
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

/** Each sender's knowledge (knowledgeForSender) → the round's it was made from. */
const roundKnowledge = new WeakMap<Knowledge, Knowledge>();

/**
 * The round's knowledge for one sender's files: its labels also read the
 * council's own name as "the local authority" (LabelVocabulary.ownPlace).
 * Everything learnt while reading stays the round's (roundKnowledgeOf), so
 * a run of many senders keeps one set of caches.
 */
export function knowledgeForSender(knowledge: Knowledge, ownPlace: string): Knowledge {
  const round = roundKnowledgeOf(knowledge);
  const own = { ...round, labels: withOwnPlace(round.labels, ownPlace) };
  roundKnowledge.set(own, round);
  return own;
}

/** The round's knowledge a sender's was made from (knowledgeForSender), or the knowledge itself. */
export function roundKnowledgeOf(knowledge: Knowledge): Knowledge {
  return roundKnowledge.get(knowledge) ?? knowledge;
}

export function loadKnowledge(paths: KnowledgePaths = {}): Knowledge {
  const dir = paths.dir ?? KNOWLEDGE_DIR;
  const request = loadRequest(paths.request ?? defaultRequestPath(dir));
  const reference = loadAuthorityReference(dir);
  // An explicit authorities file (tests, a user's own list) replaces the reference's list.
  const authorities =
    paths.authorities !== undefined
      ? loadAuthorities(paths.authorities)
      : authoritiesAsAt(reference, request.authorities?.asAt ?? DEFAULT_AUTHORITIES_AS_AT).filter(
          (a) => request.authorities?.nations?.includes(a.nation) ?? true,
        );
  const aliases = loadRoundAliases(loadAuthorityAliases(dir), paths.request, reference);
  return {
    request,
    authorities,
    reference,
    outside: listOutsideBodies(reference, authorities, aliases, loadOtherBodies(dir)),
    aliases,
    domains: loadAuthorityDomains(dir),
    labels: withRequestPhrasings(loadLabels(dir), request),
    values: valuesForRequest(
      loadValueVocabulary(dir),
      request.measures.map((m) => ({
        kind: measureKind(request, m.id),
        label: `${m.label} ${request.metrics.find((x) => x.id === m.metric)?.label ?? ""}`,
      })),
    ),
    nationalities: loadNationalities(dir),
  };
}

/**
 * The built-in aliases, with the round's own aliases.csv (alias,gss_code)
 * merged over them when one sits beside the request file.
 */
function loadRoundAliases(
  builtIn: AuthorityAliases,
  requestPath: string | undefined,
  reference: readonly ReferenceAuthority[],
): AuthorityAliases {
  if (requestPath === undefined) return builtIn;
  const path = join(dirname(requestPath), ROUND_ALIASES_FILE);
  if (!existsSync(path)) return builtIn;
  const rows = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  const { aliases, problems } = mergeRoundAliases(builtIn, rows, new Set(reference.map((a) => a.gss_code)));
  if (problems.length > 0) throw new Error(`${path}: ${problems.join("; ")}`);
  return aliases;
}
