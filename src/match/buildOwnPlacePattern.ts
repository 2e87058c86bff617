import { normaliseLabel } from "./normaliseLabel.js";

/** The kind of council a name may carry after the place ("Derby City", "Suffolk County"). */
const KIND = "(?:(?:metropolitan |royal )?borough|city|county|district|county borough)";

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
      .replace(new RegExp(` ${KIND}$`, "u"), "")
      .trim();
    // "Bury", "Hull", "York": three letters or more is a place; "of" or "" left by an odd name is not.
    if (place.length >= 3) places.add(place);
  }
  if (places.size === 0) return null;
  // Longest first, so "east riding of yorkshire" is taken whole before any shorter name.
  const alternatives = [...places].sort((a, b) => b.length - a.length);
  return `\\b(?:the )?(?:${alternatives.join("|")})(?: ${KIND})?(?: council)?\\b`;
}
