import type { Decision, NationalityFact } from "../domain/facts.js";
import { describeSource } from "../domain/source.js";
import { type NationalityTable, normaliseNationalityText, OTHER_NATIONALITY } from "../knowledge/nationalities.js";

export interface CanonicalNationality {
  /** Canonical demonym, or "Other/unknown". */
  nationality: string;
  /** ISO 3166-1 alpha-2, or "" for Other/unknown and stateless groups. */
  iso: string;
  /** False when the text was not recognised, so the caller can raise nationality_unknown. */
  known: boolean;
  /** Set when the text is no spelling foi-agg knows but one letter away from one (that spelling). */
  nearest?: string;
}

interface NationalityIndex {
  bySpelling: Map<string, { nationality: string; iso: string }>;
  /** Texts already looked for one letter away, and what was found (null: none, or two nationalities). */
  near: Map<string, { nationality: string; iso: string; spelling: string } | null>;
  before: Set<string>;
  after: Set<string>;
  /**
   * Each text's reading, as canonicaliseNationality gives it: the readers of
   * a reply ask about the same cells many times over (is this a nationality
   * list? a table? a sentence?), and the answer depends on the text and the
   * table alone. Handed out as copies, so no caller can change another's.
   */
  readings: Map<string, CanonicalNationality>;
}

/** More distinct texts than any run's nationality cells: past it the readings start again, so memory stays bounded. */
const READINGS_LIMIT = 50_000;

// Nationality lists can be long (one row per missing child), so index once per table.
const indexes = new WeakMap<NationalityTable, NationalityIndex>();

function indexTable(table: NationalityTable): NationalityIndex {
  const cached = indexes.get(table);
  if (cached) return cached;
  const bySpelling = new Map<string, { nationality: string; iso: string }>();
  for (const n of table.nationalities) {
    for (const spelling of [n.nationality, ...n.spellings]) {
      bySpelling.set(normaliseNationalityText(spelling), { nationality: n.nationality, iso: n.iso });
    }
  }
  const index: NationalityIndex = {
    bySpelling,
    near: new Map(),
    readings: new Map(),
    before: new Set(table.ignoredWords.before.map(normaliseNationalityText)),
    after: new Set(table.ignoredWords.after.map(normaliseNationalityText)),
  };
  indexes.set(table, index);
  return index;
}

/**
 * Map a nationality as written ("Viet Nam", "Afghani", "from Eritrea") to its
 * canonical demonym and ISO code. Only exact spellings from the table are
 * recognised, after dropping words that do not change the nationality
 * ("national", "from"), or a slip of one letter from one that names a
 * single nationality (see nearestSpelling; the reading is recorded);
 * anything else is Other/unknown with known: false.
 */
export function canonicaliseNationality(raw: string, table: NationalityTable): CanonicalNationality {
  const { readings } = indexTable(table);
  let reading = readings.get(raw);
  if (reading === undefined) {
    if (readings.size >= READINGS_LIMIT) readings.clear();
    reading = readNationality(raw, table);
    readings.set(raw, reading);
  }
  return { ...reading };
}

function readNationality(raw: string, table: NationalityTable): CanonicalNationality {
  const whole = canonicaliseSpelling(raw, table);
  if (whole.known || !raw.includes("/")) return whole;
  // "Affganaidd / Afghan": a bilingual reply writes both languages; the one
  // side foi-agg knows names it, and two sides naming two nationalities name none.
  const known = raw
    .split("/")
    .map((side) => canonicaliseSpelling(side, table))
    .filter((c) => c.known);
  const first = known[0];
  return first && known.every((c) => c.nationality === first.nationality) ? first : whole;
}

function canonicaliseSpelling(raw: string, table: NationalityTable): CanonicalNationality {
  const index = indexTable(table);
  let words = normaliseNationalityText(raw).split(" ").filter(Boolean);
  while (words.length > 0) {
    const hit = index.bySpelling.get(words.join(" "));
    if (hit) return { ...hit, known: true };
    const first = words[0];
    const last = words[words.length - 1];
    if (words.length > 1 && first !== undefined && index.before.has(first)) words = words.slice(1);
    else if (words.length > 1 && last !== undefined && index.after.has(last)) words = words.slice(0, -1);
    else break;
  }
  const near = nearestSpelling(words.join(" "), index);
  if (near) return { nationality: near.nationality, iso: near.iso, known: true, nearest: near.spelling };
  return { nationality: OTHER_NATIONALITY, iso: "", known: false };
}

/** Shorter words are too near other words ("Niger", "Wales"/"Males") for one letter to be a slip. */
const NEAR_MIN_LENGTH = 6;
/** Longer text is a phrase, not a misspelt name; and the cache stays small. */
const NEAR_MAX_LENGTH = 30;

/**
 * "Sudanise", "Vietnames", "Erittrean": a council's slip of one letter
 * (one letter added, dropped, changed, or two swapped) from a spelling
 * foi-agg knows. Only when the text starts with the same letter, is six
 * letters or more, and every spelling that near names the same
 * nationality: "Nigerin" is one letter from both Nigerian and Nigerien,
 * so it names neither. Other/unknown is never reached this way. The caller
 * records the reading (`nearest`), so a person sees it.
 */
function nearestSpelling(
  text: string,
  index: NationalityIndex,
): { nationality: string; iso: string; spelling: string } | null {
  if (text.length < NEAR_MIN_LENGTH || text.length > NEAR_MAX_LENGTH) return null;
  const cached = index.near.get(text);
  if (cached !== undefined) return cached;
  let found: { nationality: string; iso: string; spelling: string } | null = null;
  let clash = false;
  for (const [spelling, hit] of index.bySpelling) {
    if (hit.nationality === OTHER_NATIONALITY || spelling[0] !== text[0]) continue;
    if (Math.abs(spelling.length - text.length) > 1 || !withinOneEdit(text, spelling)) continue;
    if (found && found.nationality !== hit.nationality) clash = true;
    found ??= { ...hit, spelling };
  }
  const result = clash ? null : found;
  index.near.set(text, result);
  return result;
}

/** Whether a and b differ by at most one letter added, dropped or changed, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const codeIndexes = new WeakMap<NationalityTable, Map<string, { nationality: string; iso: string }>>();

/**
 * A nationality code as a case-management extract writes it ("AFG", "VN",
 * "ZZZ"), or null when the cell is not a code. Only a cell that is the code
 * alone, in capitals, counts: lists write codes that way, and prose never
 * does, so "AGO" in a sentence is never read as Angolan.
 */
export function canonicaliseNationalityCode(raw: string, table: NationalityTable): CanonicalNationality | null {
  const code = raw.trim();
  if (!/^[A-Z]{2,3}$/u.test(code)) return null;
  let index = codeIndexes.get(table);
  if (!index) {
    index = new Map();
    for (const n of table.nationalities) {
      if (n.iso !== "") index.set(n.iso, { nationality: n.nationality, iso: n.iso });
      for (const c of n.codes) index.set(c, { nationality: n.nationality, iso: n.iso });
    }
    codeIndexes.set(table, index);
  }
  const hit = index.get(code);
  return hit ? { ...hit, known: true } : null;
}

/**
 * The decisions that say which nationalities were read from a slip of one
 * letter ("Sudanise" read as Sudanese), one per figure, so the reading is
 * there for a person to check.
 */
export function describeNearSpellings(
  nationalities: readonly NationalityFact[],
  table: NationalityTable,
  file: string,
): Decision[] {
  return nationalities.flatMap((n) => {
    const near = canonicaliseNationality(n.raw, table).nearest;
    return near === undefined
      ? []
      : [
          {
            file,
            message: `"${n.raw}" in ${describeSource(n.source)} is no spelling foi-agg knows; it was read as ${n.nationality}, one letter from "${near}".`,
          },
        ];
  });
}
