/**
 * Label text in the form the phrasing patterns are written against: lower
 * case, accents removed (Welsh "Môn" → "mon"), apostrophes dropped
 * ("council's" → "councils") and every other run of punctuation, including
 * the underscores of coded headers such as TRAF_MISS, turned into one space.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
