import { MONTH_INDEX } from "../parse/parsePeriod.js";

/**
 * A date in an episode list, as a sortable ISO string, or null. UK returns
 * write day first (30/09/2015); the xlsx reader gives ISO dates. Two-digit
 * years are read as 20xx because every episode is from this century.
 */
export function parseEpisodeDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/u.exec(t);
  if (m) return iso(year(m[3] ?? ""), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})[\s,-]+(\d{2}|\d{4})\b/iu.exec(t);
  if (m) {
    const month = MONTH_INDEX[(m[2] ?? "").toLowerCase().slice(0, 3)];
    if (month) return iso(year(m[3] ?? ""), month, Number(m[1]));
  }
  return null;
}

function year(s: string): number {
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

function iso(y: number, mo: number, d: number): string | null {
  // A day the month does not have (31/09/2015) is a typing error, not a date.
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || y < 1990 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
