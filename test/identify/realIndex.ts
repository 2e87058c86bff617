import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

/** The real reference list, aliases and other bodies, as a 2015 run would load them. */
export const knowledge = loadKnowledge();
export const authorities = knowledge.authorities;
export const aliases = knowledge.aliases;
export const index = buildAuthorityIndex(authorities, aliases, knowledge.outside);
