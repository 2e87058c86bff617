/**
 * Files that come out of a container (a zip archive or an e-mail) carry
 * where they came from, so the pipeline can say so and, for an e-mail's
 * attachments, know who sent them.
 */

/** Who an e-mail says it is from: the evidence, not yet matched to an authority. */
export interface SenderEvidence {
  /** The e-mail the evidence is from ("reply.eml", "batch.zip#reply.eml"). */
  email: string;
  /** The From header as decoded text. */
  from: string;
  /** The From address, lower-cased ("foi@devon.gov.uk"), "" when there is none. */
  address: string;
  /** The From display name ("Devon County Council"), "" when there is none. */
  displayName: string;
  /** The last lines of the body, where the signature is. */
  signature: string[];
}

export interface ContainerContext {
  /** The container the file came out of (`batch.zip`, `reply.eml`); absent for an e-mail in the folder itself. */
  parent?: string;
  /** For an e-mail's attachments, and for the e-mail's own body: who sent the e-mail. */
  sender?: SenderEvidence;
  /** For an e-mail's own body: the files attached to it, which are read on their own. */
  attachments?: string[];
  /**
   * For an e-mail's attachments: the lines of the e-mail's body, the covering letter. A note there ("the
   * figures for question 4 include children who moved away") changes what the attachment's figures mean.
   */
  covering?: CoveringLetter;
}

/** The text of the letter a file was sent with, line by line, with where it is. */
export interface CoveringLetter {
  /** The e-mail whose body it is ("reply.eml"). */
  file: string;
  /** Each non-blank line of the body, with its 1-based line number. */
  lines: { text: string; row: number }[];
}

/** Joins a container's name and the name of a file inside it: `batch.zip#folder/reply.xlsx`. */
export const CONTAINER_SEPARATOR = "#";
