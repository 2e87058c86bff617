/**
 * A list of phrasing patterns from the knowledge, compiled once per list and
 * flags for the whole run. The readers that look for a note in every file
 * (rounding, corrections) used to compile their lists again for each file:
 * about 4,400 patterns built on the fixtures, each parsed and looked up in
 * V8's pattern cache, and compiled again whenever that cache had been
 * emptied by a collection. A sender's vocabulary (withOwnPlace) shares the
 * round's lists, so every sender gets the same compiled patterns.
 *
 * Only flags without "g" or "y": such a pattern keeps no lastIndex between
 * uses, so one object serves every caller in turn.
 */
const compiled = new WeakMap<readonly string[], Map<string, readonly RegExp[]>>();

export function compilePatterns(sources: readonly string[], flags: string): readonly RegExp[] {
  if (/[gy]/u.test(flags)) throw new Error(`compilePatterns: flags "${flags}" keep state between uses`);
  let byFlags = compiled.get(sources);
  if (byFlags === undefined) {
    byFlags = new Map();
    compiled.set(sources, byFlags);
  }
  let res = byFlags.get(flags);
  if (res === undefined) {
    res = sources.map((p) => new RegExp(p, flags));
    byFlags.set(flags, res);
  }
  return res;
}
