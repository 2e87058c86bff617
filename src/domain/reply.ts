import { z } from "zod";

/**
 * What a council's reply says about itself, read from its text: its own
 * reference and date (quoted back in letters, so the FOI officer finds the
 * case at once), the narrowing it suggested under its s.16 duty to advise,
 * whether it offered an internal review, and the body it said holds the
 * information. Every field is the council's own words, or null.
 */
export const ReplyDetailsSchema = z.object({
  /** "FOI/2015/9482", "FOI 4541", "2015-1120". */
  reference: z.string().nullable(),
  /** ISO date of the reply, when the reply is dated. */
  date: z.string().nullable(),
  /** The council's sentence advising how to narrow the request. */
  advice: z.string().nullable(),
  /** The reply mentions an internal review. */
  mentionsReview: z.boolean(),
  /** A named body the council said holds the information ("the Northern Health and Social Care Trust"). */
  heldBy: z.string().nullable(),
});
export type ReplyDetails = z.infer<typeof ReplyDetailsSchema>;

export const NO_REPLY_DETAILS: ReplyDetails = {
  reference: null,
  date: null,
  advice: null,
  mentionsReview: false,
  heldBy: null,
};

/** Several files from one council: the first file that says each thing wins, in file order. */
export function mergeReplyDetails(all: readonly ReplyDetails[]): ReplyDetails {
  return {
    reference: all.find((r) => r.reference !== null)?.reference ?? null,
    date: all.find((r) => r.date !== null)?.date ?? null,
    advice: all.find((r) => r.advice !== null)?.advice ?? null,
    mentionsReview: all.some((r) => r.mentionsReview),
    heldBy: all.find((r) => r.heldBy !== null)?.heldBy ?? null,
  };
}
