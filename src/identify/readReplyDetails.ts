import { MONTH_NAMES as MONTHS } from "../domain/months.js";
import { NO_REPLY_DETAILS, type ReplyDetails } from "../domain/reply.js";
import type { Workbook } from "../domain/workbook.js";

/**
 * A reply's reference and date sit in its letterhead, so only the first
 * lines of each sheet are searched for them: further down, "FOI 1203" may be
 * another request the reply mentions, and the request's own period is full
 * of dates.
 */
const HEAD_LINES = 15;

/** A reference: letters, digits and separators, with at least one digit ("FOI/2015/9482", "15-3390"). */
const REF = String.raw`([A-Z0-9][A-Z0-9/_.\-]*\d[A-Z0-9/_.\-]*)`;

/**
 * Ordered by how clearly the words say "this is our reference": a labelled
 * reference first ("Our ref:", "Request ID"), then an "FOI 4541" in the
 * heading, which councils use as the case number.
 */
const REFERENCE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:our|my)\s+ref(?:erence)?\.?(?:\s+(?:no\.?|number))?\s*[:\-–]?\s*${REF}`, "iu"),
  new RegExp(
    String.raw`\b(?:request|case|FOI|FOIA|EIR)\s+(?:ref(?:erence)?|id|no\.?|number)\.?\s*[:\-–]?\s*${REF}`,
    "iu",
  ),
  /\b(FOI[\s/-]*\d[\d/-]*\d|FOI\s+\d)\b/u,
];

// An e-mail's "Date:" header carries a time and zone after the date.
const TIME = String.raw`(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|GMT|UTC|BST))?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})${TIME}$`, "u");
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** "5 November 2015", "05/11/2015" (UK order) or "2015-11-05" → ISO; null for anything else. */
export function parseReplyDate(text: string): string | null {
  const t = text
    .trim()
    // "Sent: 18 December 2015 10:05": the header of an e-mail pasted into a letter.
    .replace(/^(?:date(?:d)?|sent|date of (?:reply|response))\s*[:\-–]?\s*/iu, "")
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/iu, "")
    .trim();
  let y: number;
  let m: number;
  let d: number;
  const dmy = DAY_MONTH_YEAR.exec(t);
  const num = NUMERIC.exec(t);
  const iso = ISO.exec(t);
  if (dmy) {
    d = Number(dmy[1]);
    m = MONTHS.findIndex((name) => name.startsWith((dmy[2] ?? "").toLowerCase()) && (dmy[2] ?? "").length >= 3) + 1;
    y = Number(dmy[3]);
  } else if (num) {
    d = Number(num[1]);
    m = Number(num[2]);
    y = Number(num[3]);
  } else if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  // 31/02/2015 rolls over in Date; a date that is not real is not the reply's date.
  if (date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The council's advice on narrowing its request (s.16): a sentence that says to narrow or refine it. */
const ADVICE = /\b(?:narrow|refine|reduce the scope|section 16|advice and assistance)\b/iu;
const REVIEW = /\binternal review\b|\b(?:ask|request)\s+(?:us\s+)?(?:to\s+|for\s+(?:an?\s+)?)?review\b/iu;
/**
 * ADVICE and REVIEW without their word boundaries. V8 tries a case-blind
 * Unicode pattern that starts with \b at every character, about 70 times
 * slower on a long text than the same words without it. Dropping \b only
 * lets more match, so a text these miss holds no ADVICE or REVIEW, and
 * nearly every text misses them: the sentences are looked at only after.
 */
const ADVICE_WORDS = new RegExp(ADVICE.source.replaceAll("\\b", ""), ADVICE.flags);
const REVIEW_WORDS = new RegExp(REVIEW.source.replaceAll("\\b", ""), REVIEW.flags);
/** A named body: "the Northern Health and Social Care Trust". Generic "the five … Trusts" names no one. */
const HELD_BY = /\b(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3}(?:Health and Social Care Trust|HSC Trust))\b/u;

/** Pure: what the reply says about itself (see ReplyDetails). */
export function readReplyDetails(workbook: Workbook): ReplyDetails {
  const details: ReplyDetails = { ...NO_REPLY_DETAILS };
  // An e-mail's own Date header says when it was sent better than any line of its body.
  if (workbook.headers) details.date = parseReplyDate(workbook.headers.date);
  for (const sheet of workbook.sheets) {
    const lines = sheet.rows
      .map((row) =>
        row
          .filter((t) => t.trim() !== "")
          .join(" ")
          .trim(),
      )
      .filter(Boolean);
    for (const line of lines.slice(0, HEAD_LINES)) {
      if (details.reference === null) {
        for (const pattern of REFERENCE_PATTERNS) {
          const m = pattern.exec(line);
          if (m?.[1]) {
            details.reference = m[1].replace(/[.\-/]+$/u, "");
            break;
          }
        }
      }
      // Only a line that is a date and nothing else (or "Date: …"): a line
      // with a period in it ("1 October 2014 to 30 September 2015") is not the reply's date.
      details.date ??= parseReplyDate(line);
    }
    const text = lines.join(" ");
    const sentences = text.split(/(?<=[.!?])\s+/u);
    details.advice ??= !ADVICE_WORDS.test(text)
      ? null
      : (sentences
          .find((s) => ADVICE.test(s) && /\brequest\b/iu.test(s))
          ?.trim()
          .slice(0, 400) ?? null);
    details.mentionsReview ||= REVIEW_WORDS.test(text) && sentences.some((s) => REVIEW.test(s));
    // Both of HELD_BY's names end in " Trust": a text without it is not searched (the
    // pattern tries up to three capitalised words from every capital of the whole sheet).
    if (details.heldBy === null && text.includes(" Trust")) {
      const m = HELD_BY.exec(text);
      if (m?.[1]) details.heldBy = `the ${m[1].trim()}`;
    }
  }
  return details;
}
