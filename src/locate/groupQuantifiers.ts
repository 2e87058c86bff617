import type { LabelVocabulary } from "../knowledge/labels.js";

const compiled = new WeakMap<LabelVocabulary, RegExp>();

/**
 * The sentence without the words that quantify the request's groups rather
 * than children ("2 have not been found (both groups combined; … for each
 * group …)"): "both" or "each" there is no second count beside the figure.
 */
export function withoutGroupQuantifiers(text: string, labels: LabelVocabulary): string {
  let re = compiled.get(labels);
  if (re === undefined) {
    re = new RegExp(labels.groupQuantifiers, "giu");
    compiled.set(labels, re);
  }
  return text.replace(re, " ");
}
