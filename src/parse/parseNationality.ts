import { type NationalityTable, normaliseNationalityText, OTHER_NATIONALITY } from "../knowledge/nationalities.js";

export interface CanonicalNationality {
  /** Canonical demonym, or "Other/unknown". */
  nationality: string;
  /** ISO 3166-1 alpha-2, or "" for Other/unknown and stateless groups. */
  iso: string;
  /** False when the text was not recognised, so the caller can raise nationality_unknown. */
  known: boolean;
}

interface NationalityIndex {
  bySpelling: Map<string, { nationality: string; iso: string }>;
  before: Set<string>;
  after: Set<string>;
}

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
 * ("national", "from"); anything else is Other/unknown with known: false,
 * never a nearest guess.
 */
export function canonicaliseNationality(raw: string, table: NationalityTable): CanonicalNationality {
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
  return { nationality: OTHER_NATIONALITY, iso: "", known: false };
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
