import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { loadAuthorityAliases } from "../../src/knowledge/aliases.js";
import { defaultAuthoritiesPath, loadAuthorities } from "../../src/knowledge/authorities.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";

/** The real reference list and aliases, as a run would load them. */
export const authorities = loadAuthorities(defaultAuthoritiesPath(KNOWLEDGE_DIR));
export const aliases = loadAuthorityAliases(KNOWLEDGE_DIR);
export const index = buildAuthorityIndex(authorities, aliases);
