import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.js";

let cached: Knowledge | null = null;

/** The shipped knowledge, loaded once per test file. */
export function knowledge(): Knowledge {
  cached ??= loadKnowledge();
  return cached;
}
