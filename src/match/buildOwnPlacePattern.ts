import { normaliseLabel } from "./normaliseLabel.js";

/** The kind of council a name may carry after the place ("Derby City", "Suffolk County"). */
const KIND = "(?:(?:metropolitan |royal )?borough|city|county|district|county borough)";

/** " county", " city" ending a name: compiled once, not for each name of each sender. */
const KIND_AT_END = new RegExp(` ${KIND}$`, "u");

/**
 * The forms a council's own name takes in its replies' labels ("placed
 * outside Birmingham", "outside the Derby City boundary"), as a pattern over
 * normalised text: each name without "Council" and without its kind ("City",
 * "County", "Borough"), the kind then optional. A round writer's group
 * phrasings say "the local authority", "the county", "your council"; they
 * cannot name every council. Null when no name leaves a word to match.
 */
export function buildOwnPlacePattern(names: readonly string[]): string | null {
  const places = new Set<string>();
  for (const name of names) {
    const place = normaliseLabel(name)
      .replace(
        /^(?:the )?(?:london |royal |metropolitan )?(?:borough|city|county|district) (?:council )?of (?:the )?/u,
        "",
      )
      .replace(/(?:^| )council$/u, "")
      .replace(KIND_AT_END, "")
      .trim();
    // "Bury", "Hull", "York": three letters or more is a place; "of" or "" left by an odd name is not.
    if (place.length >= 3) places.add(place);
  }
  if (places.size === 0) return null;
  // Longest first, so "east riding of yorkshire" is taken whole before any shorter name.
  const alternatives = [...places].sort((a, b) => b.length - a.length);
  return `\\b(?:the )?(?:${alternatives.join("|")})(?: ${KIND})?(?: council)?\\b`;
}

/**
 * A sender's own-name pattern, ready to test and replace with. Compiling one
 * of these patterns costs V8 about half a millisecond, and a run compiled
 * two per sender (a test and a global replace), also for the many senders
 * whose texts never name them. Every match of a pattern that
 * buildOwnPlacePattern wrote holds one of its place names as written, so a
 * text holding none of them cannot match: it is answered without the
 * regex, which is compiled only when a name is there. A pattern of any
 * other shape (a user's labels file may set one) always goes to its regex.
 */
export interface OwnPlace {
  /** Whether normalised text names the place. */
  test(normalised: string): boolean;
  /** Normalised text with every naming of the place replaced. */
  replace(normalised: string, by: string): string;
}

const ownPlaces = new Map<string, OwnPlace>();

/** The matcher for an own-name pattern; one per pattern, as the regexes were. */
export function ownPlaceOf(pattern: string): OwnPlace {
  let own = ownPlaces.get(pattern);
  if (own === undefined) {
    own = compileOwnPlace(pattern);
    ownPlaces.set(pattern, own);
  }
  return own;
}

function compileOwnPlace(pattern: string): OwnPlace {
  const names = placeNamesOf(pattern);
  // One global regex serves both: test() from lastIndex 0 answers as a
  // non-global one would, and compiling it once rather than twice is the saving.
  let re: RegExp | undefined;
  const mayName = (text: string) => names === null || names.some((name) => text.includes(name));
  return {
    test(normalised) {
      if (!mayName(normalised)) return false;
      re ??= new RegExp(pattern, "gu");
      re.lastIndex = 0;
      const found = re.test(normalised);
      re.lastIndex = 0;
      return found;
    },
    replace(normalised, by) {
      if (!mayName(normalised)) return normalised;
      re ??= new RegExp(pattern, "gu");
      return normalised.replace(re, by);
    },
  };
}

/** Exactly the shape buildOwnPlacePattern writes; its names are normalised words, with no regex syntax in them. */
const OWN_PLACE_SHAPE = new RegExp(
  `^${escapeRegExp("\\b(?:the )?(?:")}([a-z0-9 |]+)${escapeRegExp(`)(?: ${KIND})?(?: council)?\\b`)}$`,
  "u",
);

/** The place names of a pattern buildOwnPlacePattern wrote, or null for any other pattern. */
export function placeNamesOf(pattern: string): string[] | null {
  const names = OWN_PLACE_SHAPE.exec(pattern)?.[1]?.split("|");
  return names === undefined || names.some((name) => name === "") ? null : names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
