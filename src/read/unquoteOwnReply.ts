/**
 * "-----Original Message----- / From: FOI <foi@westlothian.gov.uk> / … /
 * > Q1a: 2021 - 3; …": a council's e-mail above its own earlier reply, quoted
 * with ">" (a clarification or a follow-up in the same thread). The quoted
 * reply is the council's answer as much as the new text is: left quoted, its
 * figures were read under labels such as "> Q1a:" that name no question, and
 * the file seemed to answer nothing. Only a quote whose header names a
 * sender at the e-mail's own domain is the council's; a requester's quoted
 * request, or another body's message, stays quoted. Which of the two answers
 * wins where both give a figure is decided later (the new text is later).
 */

/** A line quoted from the message replied to: "> 1. The total number …". */
const QUOTED = /^[ \t]{0,3}>[ \t]?/u;

/** "From: FOI <foi@westlothian.gov.uk>", quoted or not: the quoted message's sender. */
const FROM_HEADER = /^[ \t]{0,3}(?:>[ \t]?)?from:[^@\n]{0,200}@([a-z0-9.-]{1,200})/iu;

/** A quoted message's other header lines, or a blank line. */
const HEADER_OR_BLANK = /^[ \t]*(?:(?:sent|to|cc|subject|date)[ \t]*:.*)?$/iu;

/** The domain of an e-mail's From header, lower case, or null. */
export function senderDomain(from: string): string | null {
  const m = /@([a-z0-9.-]{1,200})/iu.exec(from);
  return m?.[1] ? m[1].toLowerCase().replace(/\.$/u, "") : null;
}

/**
 * Lines of the body with the quote marks taken off the council's own quoted
 * earlier reply: the first quoted run below a quoted header that names the
 * e-mail's own domain.
 */
export function unquoteOwnEarlierReply(lines: readonly string[], from: string): string[] {
  const domain = senderDomain(from);
  if (domain === null) return [...lines];
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const header = FROM_HEADER.exec(lines[i] ?? "");
    if (header?.[1] && header[1].toLowerCase() === domain) {
      // The quoted run starts right below the header's other lines ("Sent:",
      // "To:", "Subject:") and runs, blank lines included, to the first line
      // quoted no more. A quote further down (the requester's request under
      // the council's unquoted reply) is not this one.
      let j = i + 1;
      while (j < lines.length && !QUOTED.test(lines[j] ?? "") && HEADER_OR_BLANK.test(lines[j] ?? "")) j++;
      if (j >= lines.length || !QUOTED.test(lines[j] ?? "")) return out;
      for (; j < lines.length; j++) {
        const quoted = lines[j] ?? "";
        if (QUOTED.test(quoted)) out[j] = quoted.replace(QUOTED, "");
        else if (quoted.trim() !== "") break;
      }
      return out;
    }
  }
  return out;
}
