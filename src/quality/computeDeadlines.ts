import type { Nation } from "../domain/authority.js";
import type { ReturnStatus } from "../domain/returns.js";
import type { BankHolidays } from "../knowledge/bankHolidays.js";

/**
 * FOI deadlines. A council must answer within 20 working days of receiving a
 * request (s.10 FOIA 2000; s.10 FOI (Scotland) Act 2002); working days skip
 * weekends and the bank holidays of the council's own nation. Day 1 is the
 * first working day after the day the request was sent.
 */
export const STATUTORY_WORKING_DAYS = 20;

/**
 * "Long overdue": more than 20 working days past the deadline, i.e. 40
 * working days after the request. 40 working days is the ICO's outer limit
 * even for a public-interest extension, so by then no lawful reason for
 * silence is left and a complaint to the Commissioner is the next step.
 */
export const LONG_OVERDUE_WORKING_DAYS = 20;

export const DEADLINE_STATUSES = ["awaiting", "overdue", "long_overdue"] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export interface Deadline {
  /** ISO date of the 20th working day. */
  due: string;
  /** For a council with no reply; null once it has replied. */
  status: DeadlineStatus | null;
  /** Working days past the deadline on `asOf` (0 when not yet due or answered). */
  workingDaysLate: number;
}

const DAY = 86_400_000;

function toDate(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isWorkingDay(ms: number, holidays: ReadonlySet<string>): boolean {
  const day = new Date(ms).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(toIso(ms));
}

/** The date `n` working days after `start` (start itself not counted). */
export function addWorkingDays(start: string, n: number, holidays: ReadonlySet<string>): string {
  let ms = toDate(start);
  let left = n;
  while (left > 0) {
    ms += DAY;
    if (isWorkingDay(ms, holidays)) left--;
  }
  return toIso(ms);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let ms = toDate(from) + DAY; ms <= toDate(to); ms += DAY) {
    if (isWorkingDay(ms, holidays)) count++;
  }
  return count;
}

/** Whether the bank-holiday list covers the days a deadline needs; outside it a count would be silently wrong. */
export function coversDates(holidays: BankHolidays, from: string, to: string): boolean {
  return Number(from.slice(0, 4)) >= holidays.firstYear && Number(to.slice(0, 4)) <= holidays.lastYear;
}

/**
 * One council's deadline on `asOf`. A council that has replied in any way
 * (figures, a refusal, "not held", even an unreadable file) is not chased
 * for a reply; its letter, if any, is about what it said.
 */
export function computeDeadline(
  nation: Nation,
  returnStatus: ReturnStatus,
  requestSent: string,
  asOf: string,
  holidays: BankHolidays,
): Deadline {
  const days = holidays.byNation[nation];
  const due = addWorkingDays(requestSent, STATUTORY_WORKING_DAYS, days);
  if (returnStatus !== "no_return") return { due, status: null, workingDaysLate: 0 };
  const late = asOf > due ? workingDaysBetween(due, asOf, days) : 0;
  // Late from the day after the deadline, even on a weekend.
  const status: DeadlineStatus =
    asOf <= due ? "awaiting" : late > LONG_OVERDUE_WORKING_DAYS ? "long_overdue" : "overdue";
  return { due, status, workingDaysLate: late };
}

export const DEADLINE_WORDS: Record<DeadlineStatus, string> = {
  awaiting: "awaiting reply (not yet due)",
  overdue: "overdue",
  long_overdue: "long overdue",
};
