import type { FileResult } from "../domain/facts.js";

/** What says when a reply was sent: its own date, and whether it corrects an earlier one. */
export type ReplyTiming = Pick<FileResult, "file" | "reply" | "correction">;

/**
 * Which of two replies from one council is the later, or null when that
 * cannot be told. A later date decides; without two dates, a document that
 * says it corrects an earlier reply is the later one (a correction always
 * follows what it corrects), unless the other says so too.
 * Positive: `a` is later; negative: `b` is later.
 */
export function compareReplies(a: ReplyTiming, b: ReplyTiming): number | null {
  const da = a.reply?.date ?? null;
  const db = b.reply?.date ?? null;
  if (da !== null && db !== null && da !== db) return da < db ? -1 : 1;
  const ca = a.correction !== undefined;
  const cb = b.correction !== undefined;
  if (ca !== cb) {
    // "Correction to our response of 3 December 2015" is later than a reply
    // dated after it only if the dates are wrong; a same-day correction is still later.
    return ca ? 1 : -1;
  }
  return null;
}

/**
 * The one reply later than every other, or null when there is none (two
 * undated replies, or two corrections of the same day): then the figures
 * that differ are a conflict, and stay one. `agree` says two replies give
 * the same figure: those need no order between them (a correction e-mail
 * and its "(corrected)" attachment both give the new figure), so a reply is
 * the latest when it is later than every reply that disagrees with it and
 * every such reply agrees with it.
 */
export function latestReply<T extends ReplyTiming>(
  replies: readonly T[],
  agree: (a: T, b: T) => boolean = () => false,
): T | null {
  const later = (candidate: T) =>
    replies.every(
      (other) => other === candidate || agree(candidate, other) || (compareReplies(candidate, other) ?? 0) > 0,
    );
  const latest = replies.filter(later);
  const first = latest[0];
  return first !== undefined && latest.every((l) => l === first || agree(first, l)) ? first : null;
}

/** "Brent FOI 7731 - correction.txt (18 December 2015, a correction)": how a reply's place in time is told. */
export function describeTiming(reply: ReplyTiming): string {
  const parts = [
    ...(reply.reply?.date ? [`dated ${reply.reply.date}`] : []),
    ...(reply.correction ? [`says it is a correction: "${reply.correction.raw}"`] : []),
  ];
  return parts.length === 0 ? reply.file : `${reply.file} (${parts.join("; ")})`;
}
