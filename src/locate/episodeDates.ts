import { MONTH_INDEX } from "../parse/parsePeriod.js";

/**
 * A date in an episode list, as a sortable ISO string, or null. UK returns
 * write day first (30/09/2015); the xlsx reader gives ISO dates. Two-digit
 * years are read as 20xx because every episode is from this century.
 */
export function parseEpisodeDate(text: string): string | null {
  const t = text.trim();
  // A date cell without a date format reaches us as Excel's serial day
  // number (41946 is 3 November 2014). Five digits between 1990 and 2099
  // can only be that in a date column; a count or a reference is never there.
  let m = /^(\d{5})(?:\.\d+)?$/u.exec(t);
  if (m) {
    const serial = Number(m[1]);
    if (serial < SERIAL_1990 || serial > SERIAL_2099) return null;
    const d = new Date(EXCEL_EPOCH + serial * 86_400_000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(t);
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

/** Excel's day 0 in its 1900 date system, after its 1900 leap-year bug. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const SERIAL_1990 = 32874;
const SERIAL_2099 = 73050;

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
