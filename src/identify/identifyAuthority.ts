import type { AuthorityMatch } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import { normaliseAuthorityName } from "../domain/normaliseAuthorityName.js";
import { type AuthorityIndex, describeAuthority } from "./buildAuthorityIndex.js";
import { clippedNameIn } from "./clippedNameIn.js";
import { type AuthorityMention, type OutsideMention, type Scan, scanAuthorityNames } from "./findAuthorities.js";
import { settleByNationOfLaw } from "./settleByNationOfLaw.js";

/** A text cell from the start of a file, in reading order. */
export interface ContentText {
  text: string;
  /** "A1" for spreadsheets and csv, "line 3" for text files. */
  cell: string;
  sheet?: string;
}

export interface IdentifyInput {
  file: string;
  /** The authority code the manifest gives for this file, if any. */
  manifestCode: string | null;
  /** whereAtStart the manifest said so, e.g. "manifest.csv line 4", for the audit trail. */
  manifestWhere?: string;
  contentTexts: readonly ContentText[];
  index: AuthorityIndex;
  /**
   * For a file that came with an e-mail (an attachment, or the e-mail's own
   * body): the authority the e-mail is from (src/identify/identifySender.ts).
   * The file's own words still come first; the sender stands in for them
   * when they name nobody, and is stronger evidence than a file name.
   */
  sender?: AuthorityMatch | null;
}

export interface IdentifyResult {
  match: AuthorityMatch | null;
  /** Set when the file is from a body that is not one of the round's authorities; `match` is then null. */
  outside?: { name: string; body: string };
  issues: Issue[];
  decisions: string[];
}

/**
 * Titles, letterheads and "Council:" form fields sit in the first few rows of
 * a return; tables and letter bodies, where other councils are mentioned in
 * passing ("children placed by Croydon"), come after. Six rows covers a
 * letterhead (name, two or three address lines, date, reference).
 */
const TITLE_ROWS = 6;

/**
 * A letter's signature block is its last few lines: a valediction, a name,
 * a job title, a team, the council and an address line. A name read only
 * there (and nowhere in the letterhead or opening) is the one the writer
 * signed with, which a reply copied from another council's template or
 * forwarded on may not share with the figures.
 */
const SIGNATURE_TEXTS = 6;

interface Located extends AuthorityMention {
  /** Reading order among all names found in the file's texts. */
  order: number;
  cell: string;
  sheet?: string;
  inTitle: boolean;
  /** Among the last SIGNATURE_TEXTS texts of its sheet, below the title rows: where a letter is signed. */
  atEnd: boolean;
  /** Named as where the request should go instead ("please redirect your request to Kent County Council"). */
  redirect: boolean;
}

/**
 * Words that, just before a council's name, send the reader to it: a body
 * that is not responsible ("dealt with by", "the relevant authority is",
 * "redirect your request to") names the one that is. Such a council is the
 * request's right addressee, never the writer.
 */
const REDIRECT_CUE =
  /\b(?:(?:re)?direct(?:ed)?(?: your (?:request|enquiry))? to|forward(?:ed)?(?: your (?:request|enquiry))? to|dealt with by|(?:held|provided|delivered|run) by|(?:relevant|responsible|appropriate) (?:local )?(?:authority|council|body)(?: for [^.]{0,40})? (?:is|would be)|responsibility of|contact(?:ing)?|write to|apply to|(?:request|enquiry) to)\s+(?:the\s+)?$/iu;

/** Whether the words before a name, on its line and the line above (letters wrap), redirect to it. */
export function isRedirectMention(before: string): boolean {
  return REDIRECT_CUE.test(before.replace(/\s+/gu, " ").slice(-120));
}

interface LocatedOutside extends OutsideMention {
  order: number;
  cell: string;
  sheet?: string;
  inTitle: boolean;
  /**
   * A line of a letter that is nothing but the body's name: its letterhead or
   * the name under its signature ("Information Management" / "Police
   * Scotland"), not a body the letter speaks of in passing.
   */
  ownLine: boolean;
}

type Verdict =
  | { kind: "none" }
  | { kind: "outside"; mention: LocatedOutside }
  | {
      kind: "found";
      code: string;
      mention: Located;
      predecessors?: LocatedOutside[];
      /** Every mention of the authority is at the end of its sheet (its signature), none in the title rows. */
      signedOnly?: boolean;
      /** Every mention of the authority is its initials ("NYCC" in "Our ref: NYCC/CYPS/FOI/15-1123"), never its name. */
      initialsOnly?: boolean;
    }
  | { kind: "ambiguous"; mentions: Located[]; why: string };

type NameVerdict =
  | { kind: "none" }
  | { kind: "outside"; mention: OutsideMention; where: "file name" | "folder name" }
  | {
      kind: "found";
      code: string;
      matched: string;
      where: "file name" | "folder name";
      initials?: boolean;
      clipped?: boolean;
    }
  | { kind: "ambiguous"; mentions: AuthorityMention[]; where: "file name" | "folder name"; initials?: boolean };

/**
 * Which authority sent a file: the manifest if it names a known authority,
 * else the file's own words, else its file name. Disagreements between these
 * are reported, never settled silently.
 */
export function identifyAuthority(input: IdentifyInput): IdentifyResult {
  const { file, index } = input;
  const issues: Issue[] = [];
  const decisions: string[] = [];
  const fromName = readFileName(file, index, decisions);
  const nameCode = fromName.kind === "found" ? fromName.code : null;
  const fromContent = readContent(input.contentTexts, index, nameCode, decisions);

  if (input.manifestCode !== null && input.manifestCode.trim() !== "") {
    const code = input.manifestCode.trim().toUpperCase();
    const where = input.manifestWhere ?? "the manifest";
    const whereAtStart = input.manifestWhere ?? "The manifest";
    if (index.byCode.has(code)) {
      // The manifest is the user's own mapping, so it wins; a file whose words
      // name someone else is still worth a look.
      if (fromContent.kind === "found" && fromContent.code !== code) {
        const m = fromContent.mention;
        issues.push(
          makeIssue("authority_mismatch", {
            message: `${whereAtStart} maps ${file} to ${describeAuthority(code, index)}, but the file itself names ${describeAuthority(fromContent.code, index)} ("${m.matched}" in ${place(m)}); read as ${describeAuthority(code, index)} as the manifest says.`,
            file,
            sheet: m.sheet,
            cell: m.cell,
            authority: code,
            raw: m.matched,
          }),
        );
      } else if (fromContent.kind === "ambiguous") {
        decisions.push(
          `${file} names several authorities (${listMentions(fromContent.mentions)}); ${where} settles it as ${describeAuthority(code, index)}.`,
        );
      }
      const how = `manifest: ${input.manifestWhere ?? code}`;
      return { match: { code, how }, issues, decisions };
    }
    issues.push(
      makeIssue("authority_manifest_unknown", {
        message: `${whereAtStart} maps ${file} to "${input.manifestCode}", which is not an authority in the reference list; the authority is read from the file instead.`,
        file,
        raw: input.manifestCode,
      }),
    );
  }

  const sender = input.sender ?? null;
  if (fromContent.kind === "outside") {
    const m = fromContent.mention;
    const came =
      sender !== null ? ` It came with an e-mail from ${describeAuthority(sender.code, index)} (${sender.how}).` : "";
    return outsideRound(
      file,
      m.name,
      m.body,
      `"${m.matched}" in ${place(m)}`,
      came,
      { sheet: m.sheet, cell: m.cell, raw: m.matched },
      issues,
      decisions,
    );
  }
  if (fromContent.kind === "found") {
    const m = fromContent.mention;
    if (sender !== null && sender.code !== fromContent.code) {
      // An attachment naming another council may be a neighbour's return forwarded on: worth a look either way.
      issues.push(
        makeIssue("authority_mismatch", {
          message: `${file} came with an e-mail from ${describeAuthority(sender.code, index)} (${sender.how}), but the file itself names ${describeAuthority(fromContent.code, index)} ("${m.matched}" in ${place(m)}); read as ${describeAuthority(fromContent.code, index)}. If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          sheet: m.sheet,
          cell: m.cell,
          authority: fromContent.code,
          raw: m.matched,
        }),
      );
    } else if (fromName.kind === "found" && fromName.code !== fromContent.code) {
      // The council's own words beat the file name, which the requester may have typed.
      issues.push(
        makeIssue("authority_mismatch", {
          message: `The ${fromName.where} of ${file} says "${fromName.matched}" (${describeAuthority(fromName.code, index)}), but the file itself names ${describeAuthority(fromContent.code, index)} ("${m.matched}" in ${place(m)}); read as ${describeAuthority(fromContent.code, index)}. If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          sheet: m.sheet,
          cell: m.cell,
          authority: fromContent.code,
          raw: m.matched,
        }),
      );
    }
    const before = fromContent.predecessors?.[0];
    if (before) {
      issues.push(
        makeIssue("authority_mismatch", {
          message: `${file} was read as ${describeAuthority(fromContent.code, index)} ("${m.matched}" in ${place(m)}), but it also names ${before.name} ("${before.matched}" in ${place(before)}), ${before.body}, which ${describeAuthority(fromContent.code, index)} replaced. Check that its figures are ${describeAuthority(fromContent.code, index)}'s for every period asked, not the former council's for a smaller area.`,
          file,
          sheet: before.sheet,
          cell: before.cell,
          authority: fromContent.code,
          raw: before.matched,
        }),
      );
    }
    // A full name in the file name agrees and says so itself; initials there ("IWC", or a known short form
    // such as "RBWM") are weak evidence too.
    const nameSays = fromName.kind === "found" && fromName.code === fromContent.code ? fromName : null;
    const nameInitials = nameSays !== null && (nameSays.initials === true || INITIALS.test(nameSays.matched));
    if (fromContent.signedOnly && (nameSays === null || nameInitials || nameSays.clipped)) {
      const agrees = nameSays
        ? ` "${nameSays.matched}" in its ${nameSays.where} agrees, but only as ${nameInitials ? "initials" : "the first letters of a name"}.`
        : "";
      const mailed =
        sender !== null && sender.code === fromContent.code ? ` The e-mail it came with agrees (${sender.how}).` : "";
      issues.push(
        makeIssue("authority_from_signature", {
          message: `${file} names ${describeAuthority(fromContent.code, index)} only at its end ("${m.matched}" in ${place(m)}), where a letter is signed: no letterhead, opening line or file name names it.${agrees}${mailed} If the reply was written for another council, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          sheet: m.sheet,
          cell: m.cell,
          authority: fromContent.code,
          raw: m.matched,
        }),
      );
    }
    // "Our ref: NYCC/CYPS/FOI/15-1123" and no name anywhere: the council's own words name it, but only by
    // letters another body may share or a template may carry over, as weak as initials in a file name. A file
    // name that spells the name out settles it; one that gives initials too is no more evidence.
    if (fromContent.initialsOnly && !fromContent.signedOnly && (nameSays === null || nameInitials))
      issues.push(
        makeIssue("authority_from_initials", {
          message: `${file} names ${describeAuthority(fromContent.code, index)} only by its initials ("${m.matched}" in ${place(m)}); no letterhead, sentence or file name gives the council's name. If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          sheet: m.sheet,
          cell: m.cell,
          authority: fromContent.code,
          raw: m.matched,
        }),
      );
    return { match: { code: fromContent.code, how: `content: "${m.matched}" in ${place(m)}` }, issues, decisions };
  }

  if (fromContent.kind === "ambiguous" && sender !== null && fromContent.mentions.some((m) => m.code === sender.code)) {
    decisions.push(
      `${describeAuthority(sender.code, index)} taken as the sender because the e-mail the file came with is from them (${sender.how}); the file also names ${listMentions(fromContent.mentions.filter((m) => m.code !== sender.code))}.`,
    );
    return { match: sender, issues, decisions };
  }

  if (fromContent.kind === "ambiguous") {
    const first = fromContent.mentions[0];
    issues.push(
      makeIssue("authority_ambiguous", {
        message: `${file} ${fromContent.why}: ${listMentions(fromContent.mentions)}, and its file name does not say which sent it. Add it to a manifest (manifest.csv: file,authority_code) to include it.`,
        file,
        sheet: first?.sheet,
        cell: first?.cell,
        raw: first?.matched,
      }),
    );
    return { match: null, issues, decisions };
  }

  if (sender !== null) {
    if (fromName.kind === "found" && fromName.code !== sender.code) {
      issues.push(
        makeIssue("authority_mismatch", {
          message: `The ${fromName.where} of ${file} says "${fromName.matched}" (${describeAuthority(fromName.code, index)}), but it came with an e-mail from ${describeAuthority(sender.code, index)} (${sender.how}) and its contents name no authority; read as ${describeAuthority(sender.code, index)}. If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          authority: sender.code,
          raw: fromName.matched,
        }),
      );
    } else if (fromName.kind !== "found" || fromName.initials || fromName.clipped) {
      // Contents that name nobody, given to whoever sent the e-mail (its From address, its signature): a forwarded
      // reply or a shared service's inbox is one look away, as a file name is.
      issues.push(
        makeIssue("authority_from_signature", {
          message: `${file} names no authority in its contents; it was given to ${describeAuthority(sender.code, index)} because of the e-mail it came with (${sender.how}). If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          authority: sender.code,
        }),
      );
    }
    return { match: sender, issues, decisions };
  }

  if (fromName.kind === "found") {
    // Initials are the weakest evidence foi-agg takes for a sender: the researcher is told, so a wrong guess
    // (another body with the same letters that forgot its letterhead) is one look away, not silent.
    // First letters of a name are weaker still ("CRO" begins other words than Croydon): a warning, not a note.
    if (fromName.clipped)
      issues.push(
        makeIssue("authority_from_clipped_name", {
          message: `${file} names no authority in its contents; it was given to ${describeAuthority(fromName.code, index)} only because its file name's reference number is built on "${fromName.matched}", the first letters of that council's name and of no other in the round. Check that the file is theirs; if not, map it in a manifest (manifest.csv: file,authority_code).`,
          file,
          authority: fromName.code,
          raw: fromName.matched,
        }),
      );
    // A short form the knowledge lists as the council's own ("CWAC", "RBWM") reads as a name, but it is still
    // only capitals whoever saved the file typed: as weak as computed initials, and told the same way.
    else if (fromName.initials || INITIALS.test(fromName.matched))
      issues.push(
        makeIssue("authority_from_initials", {
          message: `${file} names no authority in its contents; it was given to ${describeAuthority(fromName.code, index)} only because "${fromName.matched}" in its ${fromName.where} are that council's initials. If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          authority: fromName.code,
          raw: fromName.matched,
        }),
      );
    // A full name in the file name is better evidence than initials, but still only what whoever saved the file
    // typed: a letter that never names its council is shown as assigned by its file name, so a misnamed file
    // is one look away. A folder is the researcher's own filing, as deliberate as a manifest line.
    else if (fromName.where === "file name")
      issues.push(
        makeIssue("authority_from_file_name", {
          message: `${file} names no authority in its contents; it was given to ${describeAuthority(fromName.code, index)} only because its file name says "${fromName.matched}". If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
          file,
          authority: fromName.code,
          raw: fromName.matched,
        }),
      );
    return { match: { code: fromName.code, how: `${fromName.where}: "${fromName.matched}"` }, issues, decisions };
  }

  if (fromName.kind === "outside") {
    const m = fromName.mention;
    return outsideRound(
      file,
      m.name,
      m.body,
      `"${m.matched}" in its ${fromName.where}`,
      "",
      { raw: m.matched },
      issues,
      decisions,
    );
  }

  if (fromName.kind === "ambiguous") {
    const names = fromName.initials
      ? `"${fromName.mentions[0]?.matched ?? ""}", the initials of ${fromName.mentions.map((m) => describeAuthority(m.code, index)).join(" and of ")},`
      : `several authorities (${fromName.mentions.map((m) => `"${m.matched}" = ${describeAuthority(m.code, index)}`).join(", ")})`;
    const raw = [...new Set(fromName.mentions.map((m) => m.matched))].join(" | ");
    // Each candidate is told: its return may be this file, so a "no return" beside it is not the last word.
    for (const m of fromName.mentions) {
      issues.push(
        makeIssue("authority_ambiguous", {
          message: `The ${fromName.where} of ${file} names ${names} and its contents name none, so it may be ${describeAuthority(m.code, index)}'s return; it was not counted for anyone. Add it to a manifest (manifest.csv: file,authority_code) to include it.`,
          file,
          authority: m.code,
          raw,
        }),
      );
    }
    return { match: null, issues, decisions };
  }

  const byLaw = settleByNationOfLaw(file, input.contentTexts, index);
  if (byLaw) {
    // Letters two councils share, told apart by the law the reply cites: as weak as initials, and told so.
    const others = byLaw.others.map((c) => describeAuthority(c, index)).join(" or ");
    issues.push(
      makeIssue("authority_from_initials", {
        message: `${file} names no authority in its contents; "${byLaw.matched}" in its file name could be ${describeAuthority(byLaw.code, index)} or ${others}, and it was given to ${describeAuthority(byLaw.code, index)} because ${byLaw.means ? `it names "${byLaw.law}" (${place(byLaw.where)}), ${byLaw.means}` : `it cites "${byLaw.law}" (${place(byLaw.where)}), a law only ${index.byCode.get(byLaw.code)?.nation ?? ""}'s councils answer under`}. If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).`,
        file,
        sheet: byLaw.where.sheet,
        cell: byLaw.where.cell,
        authority: byLaw.code,
        raw: byLaw.matched,
      }),
    );
    return {
      match: {
        code: byLaw.code,
        how: `file name: "${byLaw.matched}", ${byLaw.means ? "named" : "law cited"}: "${byLaw.law}"`,
      },
      issues,
      decisions,
    };
  }

  issues.push(
    makeIssue("authority_unidentified", {
      message: `${file} names no authority in its contents or file name. Add it to a manifest (manifest.csv: file,authority_code) to include it.`,
      file,
    }),
  );
  return { match: null, issues, decisions };
}

/**
 * What the file's words say. The rule, strongest evidence first:
 * 1. Exactly one authority named as a council ("Kent County Council", a GSS
 *    code, "KCC") anywhere: that one. Other places named in passing do not
 *    count: a letter from Kent about "children placed by Croydon" is Kent's.
 *    The exception is a title naming only some other place ("Croydon – FOI
 *    response" above a "Kent County Council" signature): that needs the file
 *    name to settle it, else it is ambiguous.
 * 2. Several named as councils: the only one named as a council in the title
 *    rows (the letterhead) is the sender; failing that, the one the file
 *    name agrees with; failing that, ambiguous.
 * 3. No council names: a bare place name in the title rows ("Kent – FOI
 *    response"), if only one; if several, the one the file name agrees with,
 *    else ambiguous.
 * 4. Otherwise a bare place name further down is used only when the file name
 *    names nobody and it is the only one; it may just be where a child was.
 */
/** A council's initials as a file or reference writes them: "NYCC", "RBWM", "B&NES". */
const INITIALS = /^[A-Z&]{2,8}$/u;

function readContent(
  texts: readonly ContentText[],
  index: AuthorityIndex,
  nameCode: string | null,
  decisions: string[],
): Verdict {
  const { located, outside } = locateMentions(texts, index, decisions);
  const verdict = judgeMentions(located, outside, index, nameCode, decisions);
  if (verdict.kind !== "found") return verdict;
  // "Information Governance Team, Borough of Poole" under a BCP reply: a
  // council the sender replaced, named as a council, may mean the figures
  // (or some years of them) are the former council's, for a smaller area.
  const predecessors = outside.filter((o) => o.strong && (o.successors ?? []).includes(verdict.code));
  const own = located.filter((m) => m.code === verdict.code);
  const signedOnly = own.length > 0 && own.every((m) => m.atEnd);
  const initialsOnly = own.length > 0 && own.every((m) => INITIALS.test(m.matched.trim()));
  return {
    ...verdict,
    ...(predecessors.length > 0 ? { predecessors } : {}),
    ...(signedOnly ? { signedOnly } : {}),
    ...(initialsOnly ? { initialsOnly } : {}),
  };
}

function judgeMentions(
  located: Located[],
  outside: LocatedOutside[],
  index: AuthorityIndex,
  nameCode: string | null,
  decisions: string[],
): Verdict {
  // A body outside the round that names a council only to send the request
  // there ("Hastings Borough Council is a district council … please redirect
  // your request to East Sussex County Council") is writing for itself.
  const strongBody = outside.some((o) => o.strong);
  const mentions = strongBody && located.some((m) => m.redirect) ? located.filter((m) => !m.redirect) : located;
  if (mentions.length < located.length) {
    decisions.push(
      `Councils named only as where to send the request were not taken as the sender: ${listMentions(firstPerCode(located.filter((m) => m.redirect)))}.`,
    );
  }
  // A reply on another body's letterhead (a district's "we are not the
  // responsible authority", naming the county further down) is that body's:
  // it is the first name in the title rows.
  // With no authority named anywhere, another body named as such anywhere
  // ("… Teaching PCT") is the sender too. A bare place name that is only a
  // district's ("Eden") decides only when nothing else names anyone: a file
  // name naming a council of the round ("Worcestershire … Response") beats
  // a town in a letterhead's address ("County Hall, …, Worcester").
  const firstTitleOutside = outside.find(
    (o) => o.inTitle && (o.strong || (mentions.length === 0 && nameCode === null)),
  );
  // A town in the letterhead's address ("Information Management - Dundee",
  // "PO Box 123, Glasgow") is a bare place name: it never outweighs a body
  // named as such in the same rows, whichever comes first. Only an
  // authority named as a council there can.
  const firstTitleAuthority = mentions.find((m) => m.inTitle && (m.strong || !firstTitleOutside?.strong));
  if (firstTitleOutside && (!firstTitleAuthority || firstTitleOutside.order < firstTitleAuthority.order)) {
    return { kind: "outside", mention: firstTitleOutside };
  }
  const strongOutside = outside.filter((o) => o.strong);
  const strong = mentions.filter((m) => m.strong);
  if (mentions.length === 0 && strongOutside.length > 0) {
    return { kind: "outside", mention: strongOutside[0] as LocatedOutside };
  }
  // No authority named as a council: bare place names are all the file has
  // for one. A police force's letter naming the councils of its area
  // ("… the local authority children's services departments (Hartlepool,
  // Middlesbrough …)") is the force's, and so is one whose only place is a
  // town in its address when the body signs it on a line of its own. A
  // place the file name agrees with still stands against a body met only in
  // a sentence ("episodes reported to Kent Police").
  // A council the round's took over from ("2022-23 from legacy Cumbria
  // County Council records") is the file's history, never its sender here.
  const bodies = strongOutside.filter((o) => (o.successors ?? []).length === 0);
  if (strong.length === 0 && bodies.length > 0) {
    const signed = bodies.find((o) => o.ownLine);
    const placesBelowOnly = !mentions.some((m) => m.inTitle);
    const nameAgrees = nameCode !== null && mentions.some((m) => m.code === nameCode);
    if (signed && !nameAgrees) {
      decisions.push(
        `${signed.name} taken as the sender ("${signed.matched}" in ${place(signed)}); ${listMentions(firstPerCode(mentions))} named only as places.`,
      );
      return { kind: "outside", mention: signed };
    }
    if (placesBelowOnly && nameCode === null) {
      const first = bodies[0] as LocatedOutside;
      decisions.push(
        `${first.name} taken as the sender ("${first.matched}" in ${place(first)}); ${listMentions(firstPerCode(mentions))} named only as places below the title rows.`,
      );
      return { kind: "outside", mention: first };
    }
  }
  const strongCodes = codesOf(strong);

  if (strongCodes.length === 1) {
    const mention = strong[0] as Located;
    // A bare place in the title ("Croydon – FOI response") with the only
    // council name further down (a signature, "Kent County Council placed …")
    // could be either way round, so it needs the file name to settle it.
    const title = mentions.filter((m) => m.inTitle);
    const titleOthers = title.filter((m) => m.code !== mention.code);
    if (titleOthers.length > 0 && !title.some((m) => m.code === mention.code)) {
      const candidates = [mention.code, ...codesOf(titleOthers)];
      if (nameCode !== null && candidates.includes(nameCode)) {
        const chosen = mentions.find((m) => m.code === nameCode) as Located;
        decisions.push(
          `${describeAuthority(nameCode, index)} taken as the sender because the file name agrees; the file names ${listMentions(firstPerCode([...titleOthers, mention]).filter((m) => m.code !== nameCode))} as well.`,
        );
        return { kind: "found", code: nameCode, mention: chosen };
      }
      return {
        kind: "ambiguous",
        mentions: firstPerCode([...titleOthers, mention]),
        why: "names one place in its title rows and another council further down",
      };
    }
    notePassingMentions(mentions, mention, index, decisions);
    return { kind: "found", code: mention.code, mention };
  }
  if (strongCodes.length > 1) {
    const titleCodes = codesOf(strong.filter((m) => m.inTitle));
    const titleCode = titleCodes.length === 1 ? titleCodes[0] : undefined;
    const settled = titleCode ?? (nameCode !== null && strongCodes.includes(nameCode) ? nameCode : undefined);
    if (settled !== undefined) {
      const mention = strong.find((m) => m.code === settled) as Located;
      const because = titleCode !== undefined ? "its name is in the title rows" : "the file name agrees";
      decisions.push(
        `${describeAuthority(settled, index)} taken as the sender because ${because}; the file also names ${listMentions(strong.filter((m) => m.code !== settled))} as councils.`,
      );
      return { kind: "found", code: settled, mention };
    }
    return { kind: "ambiguous", mentions: firstPerCode(strong), why: "names several authorities as councils" };
  }

  const title = mentions.filter((m) => m.inTitle);
  const titleCodes = codesOf(title);
  if (titleCodes.length === 1) {
    const mention = title[0] as Located;
    notePassingMentions(mentions, mention, index, decisions);
    return { kind: "found", code: mention.code, mention };
  }
  if (titleCodes.length > 1) {
    if (nameCode !== null && titleCodes.includes(nameCode)) {
      const mention = title.find((m) => m.code === nameCode) as Located;
      decisions.push(
        `${describeAuthority(nameCode, index)} taken as the sender because the file name agrees; the title rows also name ${listMentions(title.filter((m) => m.code !== nameCode))}.`,
      );
      return { kind: "found", code: nameCode, mention };
    }
    return { kind: "ambiguous", mentions: firstPerCode(title), why: "names several places in its title rows" };
  }

  const laterCodes = codesOf(mentions);
  if (laterCodes.length === 0) return { kind: "none" };
  if (nameCode !== null) {
    const others = mentions.filter((m) => m.code !== nameCode);
    if (others.length > 0) {
      decisions.push(
        `Places named in passing were not taken as the sender: ${listMentions(firstPerCode(others))}; the file name was used.`,
      );
    }
    return { kind: "none" };
  }
  if (laterCodes.length === 1) {
    const mention = mentions[0] as Located;
    decisions.push(
      `${describeAuthority(mention.code, index)} taken as the sender from a bare place name below the title rows ("${mention.matched}" in ${place(mention)}); nothing else names an authority.`,
    );
    return { kind: "found", code: mention.code, mention };
  }
  return { kind: "ambiguous", mentions: firstPerCode(mentions), why: "names several places but none as the sender" };
}

function locateMentions(
  texts: readonly ContentText[],
  index: AuthorityIndex,
  decisions: string[],
): { located: Located[]; outside: LocatedOutside[] } {
  const firstSheet = texts[0]?.sheet;
  const located: Located[] = [];
  const outside: LocatedOutside[] = [];
  const scans = scanRows(texts, index);
  // How many texts of the same sheet follow each one (texts come sheet by sheet).
  const after: number[] = [];
  for (let i = texts.length - 1; i >= 0; i--) {
    const next = texts[i + 1];
    after[i] = next !== undefined && next.sheet === texts[i]?.sheet ? (after[i + 1] as number) + 1 : 0;
  }
  texts.forEach((t, i) => {
    const row = rowOf(t.cell) ?? i + 1;
    const inTitle = t.sheet === firstSheet && row <= TITLE_ROWS;
    const atEnd = !inTitle && (after[i] as number) < SIGNATURE_TEXTS;
    const scan = scans[i] as Scan;
    const { mentions, refused } = scan;
    // Order within a text is by character offset; texts come in reading order.
    const order = (start: number) => i * 1_000_000 + start;
    const above = texts[i - 1]?.text ?? "";
    for (const m of mentions) {
      const redirect = isRedirectMention(`${above} ${t.text.slice(0, m.start)}`);
      located.push({ ...m, order: order(m.start), cell: t.cell, sheet: t.sheet, inTitle, atEnd, redirect });
    }
    // A body's name alone in a text is its letterhead only at the top of the
    // file: below a council's own heading ("Child and Adolescent Mental
    // Health", "Corporate Parenting Joint Board") it is a service or a
    // meeting the letter speaks of.
    for (const o of scan.outside) {
      if (o.nameOnly && i > 0) continue;
      // Only a letter has lines that sign it; a spreadsheet cell holding a name is a table's label.
      const ownLine = t.cell.startsWith("line ") && o.matched === t.text.trim().replace(/[.,;:]$/u, "");
      outside.push({ ...o, order: order(o.start), cell: t.cell, sheet: t.sheet, inTitle, ownLine });
    }
    for (const r of refused) {
      decisions.push(
        `"${r.matched}" in ${place({ cell: t.cell, sheet: t.sheet })} was not read as an authority: ${r.why}.`,
      );
    }
  });
  return { located, outside };
}

/**
 * Each text's names, with a row's neighbouring cells also read as one line.
 * A CSV title line with an unquoted comma in the council's name
 * ("Bournemouth, Christchurch and Poole Council - FOI response") arrives as
 * the cells "Bournemouth" and " Christchurch and Poole Council - …", and each
 * piece alone names another body (Bournemouth and Poole were authorities until
 * 2019, Christchurch a district). So a name read across a cell boundary
 * replaces the shorter names inside it, as a longer name does within one text.
 * It is taken only when it says something the pieces do not: "Kent" |
 * "County Council" stays the cells' own reading of Kent.
 */
function scanRows(texts: readonly ContentText[], index: AuthorityIndex): Scan[] {
  const scans = texts.map((t) => scanAuthorityNames(t.text, index));
  let from = 0;
  while (from < texts.length) {
    let to = from + 1;
    while (to < texts.length && nextInRow(texts[to - 1] as ContentText, texts[to] as ContentText)) to++;
    if (to - from > 1) readAcrossCells(texts, scans, from, to, index);
    from = to;
  }
  return scans;
}

/** The next cell to the right in the same row ("A1" then "B1"). */
function nextInRow(a: ContentText, b: ContentText): boolean {
  const p = /^([A-Z]+)(\d+)$/.exec(a.cell);
  const q = /^([A-Z]+)(\d+)$/.exec(b.cell);
  if (!p || !q || a.sheet !== b.sheet || p[2] !== q[2]) return false;
  return columnNumber(q[1] as string) === columnNumber(p[1] as string) + 1;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

type ScanItem = { start: number; matched: string; reading: string; kind: "mention" | "outside" | "refused" };

function itemsOf(scan: Scan): ScanItem[] {
  return [
    ...scan.mentions.map((m) => ({
      start: m.start,
      matched: m.matched,
      reading: `a ${m.code}`,
      kind: "mention" as const,
    })),
    ...scan.outside.map((o) => ({
      start: o.start,
      matched: o.matched,
      reading: `o ${o.name}`,
      kind: "outside" as const,
    })),
    ...scan.refused.map((r) => ({
      start: r.start,
      matched: r.matched,
      reading: `r ${r.why}`,
      kind: "refused" as const,
    })),
  ];
}

/** Read cells [from, to) of one row joined by the comma a CSV split them at; see scanRows. */
function readAcrossCells(
  texts: readonly ContentText[],
  scans: Scan[],
  from: number,
  to: number,
  index: AuthorityIndex,
): void {
  const offsets: number[] = [];
  let joined = "";
  for (let k = from; k < to; k++) {
    if (k > from) joined += ",";
    offsets.push(joined.length);
    joined += (texts[k] as ContentText).text;
  }
  const cellAt = (pos: number) => from + offsets.findLastIndex((o) => o <= pos);
  const whole = scanAuthorityNames(joined, index);
  const wholeItems = itemsOf(whole);
  for (const c of wholeItems) {
    const first = cellAt(c.start);
    const end = c.start + c.matched.length;
    if (first === cellAt(end - 1)) continue;
    const overlapped: { k: number; item: ScanItem }[] = [];
    for (let k = first; k <= cellAt(end - 1); k++) {
      const base = offsets[k - from] as number;
      for (const item of itemsOf(scans[k] as Scan)) {
        if (base + item.start < end && c.start < base + item.start + item.matched.length) overlapped.push({ k, item });
      }
    }
    if (overlapped.length > 0 && overlapped.every((o) => o.item.reading === c.reading)) continue;
    for (const { k, item } of overlapped) scans[k] = withoutItem(scans[k] as Scan, item);
    const at = c.start - (offsets[first - from] as number);
    scans[first] = withItem(scans[first] as Scan, whole, c, at);
  }
}

function withoutItem(scan: Scan, item: ScanItem): Scan {
  const keep = (x: { start: number; matched: string }) => x.start !== item.start || x.matched !== item.matched;
  return {
    mentions: scan.mentions.filter(keep),
    outside: scan.outside.filter(keep),
    refused: scan.refused.filter(keep),
  };
}

/** `scan` with the item of `whole` read at `c`, moved to offset `at` of the cell it starts in. */
function withItem(scan: Scan, whole: Scan, c: ScanItem, at: number): Scan {
  const byStart = <T extends { start: number }>(xs: T[]) => xs.sort((a, b) => a.start - b.start);
  const same = (x: { start: number; matched: string }) => x.start === c.start && x.matched === c.matched;
  const pick = <T extends { start: number; matched: string }>(xs: readonly T[]) =>
    xs.filter(same).map((x) => ({ ...x, start: at }));
  return {
    mentions: byStart([...scan.mentions, ...(c.kind === "mention" ? pick(whole.mentions) : [])]),
    outside: byStart([...scan.outside, ...(c.kind === "outside" ? pick(whole.outside) : [])]),
    refused: byStart([...scan.refused, ...(c.kind === "refused" ? pick(whole.refused) : [])]),
  };
}

/** Record the other places a file names, so a user can see they were not taken as the sender. */
function notePassingMentions(
  all: readonly Located[],
  chosen: Located,
  index: AuthorityIndex,
  decisions: string[],
): void {
  const others = all.filter((m) => m.code !== chosen.code);
  if (others.length === 0) return;
  decisions.push(
    `${describeAuthority(chosen.code, index)} taken as the sender ("${chosen.matched}" in ${place(chosen)}); ${listMentions(firstPerCode(others))} named in passing.`,
  );
}

/**
 * The file name, then its folders nearest first, as a last resort. Words
 * such as "FOI", "response", "final", "v2" and dates are dropped first; they
 * never belong to an authority's name.
 */
function readFileName(file: string, index: AuthorityIndex, decisions: string[]): NameVerdict {
  // "batch.zip#folder/reply.xlsx": the archive or e-mail a file came out of counts as one of its folders.
  const parts = file.split(/[\\/#]/).filter((p) => p !== "");
  const base = parts.pop() ?? "";
  const candidates: { text: string; where: "file name" | "folder name" }[] = [
    { text: cleanFileName(base.replace(/\.[A-Za-z0-9]{1,5}$/, "")), where: "file name" },
    ...parts.reverse().map((p) => ({ text: cleanFileName(p), where: "folder name" as const })),
  ];
  let sharedInitials: NameVerdict | undefined;
  for (const c of candidates) {
    const { mentions, refused, outside } = scanAuthorityNames(c.text, index, { properNounsOnly: false });
    for (const r of refused)
      decisions.push(`"${r.matched}" in the ${c.where} of ${file} was not read as an authority: ${r.why}.`);
    const codes = codesOf(mentions);
    const first = mentions[0];
    if (codes.length === 1 && first) return { kind: "found", code: first.code, matched: first.matched, where: c.where };
    if (codes.length > 1) return { kind: "ambiguous", mentions: firstPerCode(mentions), where: c.where };
    const other = outside[0];
    if (other) return { kind: "outside", mention: other, where: c.where };
    const head = placeHeadIn(c.text, index);
    if (head && refused.length === 0) {
      decisions.push(
        `"${head.matched}" in the ${c.where} of ${file} was read as ${index.byCode.get(head.code)?.name ?? head.code}, the only authority whose name is built on that place.`,
      );
      return { kind: "found", code: head.code, matched: head.matched, where: c.where };
    }
    const initials = refused.length === 0 ? initialsIn(c.text, index) : null;
    if (initials && initials.codes.length > 1) {
      // Initials two authorities share decide nothing; a folder may still name the sender.
      sharedInitials ??= {
        kind: "ambiguous",
        mentions: initials.codes.map((code) => ({ code, matched: initials.matched, start: 0, strong: false })),
        where: c.where,
        initials: true,
      };
    } else if (initials) {
      const code = initials.codes[0] ?? "";
      const shared =
        initials.alsoOutside.length > 0
          ? ` ${initials.alsoOutside.join(", ")} ${initials.alsoOutside.length === 1 ? "shares" : "share"} them but ${initials.alsoOutside.length === 1 ? "is" : "are"} not one of the round's authorities.`
          : "";
      decisions.push(
        `"${initials.matched}" in the ${c.where} of ${file} was read as the initials of ${index.byCode.get(code)?.name ?? code}, the only one of the round's authorities with those initials.${shared}`,
      );
      return { kind: "found", code, matched: initials.matched, where: c.where, initials: true };
    }
  }
  if (sharedInitials) return sharedInitials;
  // The last resort of all: a reference number built on the first letters of a name ("FOI_CRO_2018_4471").
  const clipped = clippedNameIn(base.replace(/\.[A-Za-z0-9]{1,5}$/, ""), index, (w) =>
    NOISE_WORDS.has(w.toLowerCase()),
  );
  if (clipped?.codes.length === 1) {
    const code = clipped.codes[0] ?? "";
    decisions.push(
      `"${clipped.matched}" in the reference number in the file name of ${file} was read as the first letters of ${index.byCode.get(code)?.name ?? code}, the only one of the round's authorities whose name begins so.`,
    );
    return { kind: "found", code, matched: clipped.matched, where: "file name", clipped: true };
  }
  // Letters a few councils' names begin with decide nothing, but each is told a file may be its return.
  if (clipped && clipped.codes.length <= MAX_CLIPPED_CANDIDATES)
    return {
      kind: "ambiguous",
      mentions: clipped.codes.map((code) => ({ code, matched: clipped.matched, start: 0, strong: false })),
      where: "file name",
    };
  return { kind: "none" };
}

/** More councils than this sharing a name's first letters ("NOR") are not each told: the letters say too little. */
const MAX_CLIPPED_CANDIDATES = 3;

/**
 * "FOI-WF-2024-3310 fostering households.csv": a csv export with no
 * letterhead, whose council is only in the reference number, written as its
 * initials. Only a word in capitals counts (people write initials so; "Wf"
 * is nobody's), and only when the name gives one set of initials.
 */
function initialsIn(
  text: string,
  index: AuthorityIndex,
): { codes: readonly string[]; matched: string; alsoOutside: readonly string[] } | null {
  const initials = index.initials;
  if (!initials) return null;
  const found = new Map<string, { codes: readonly string[]; matched: string; alsoOutside: readonly string[] }>();
  for (const word of text.split(/\s+/u)) {
    if (!/^[A-Z&]{2,8}$/u.test(word)) continue;
    const entry = initials.get(word);
    if (entry !== undefined && !found.has(word)) found.set(word, { ...entry, matched: word });
  }
  // Two sets of initials in one name ("WF and PKC") decide nothing, and say nothing worth telling either council.
  const [first, ...rest] = [...found.values()];
  return first && rest.length === 0 ? first : null;
}

/**
 * "Richmond FOI 8841 data.csv": a file name that shortens a name to the
 * place it is built on. Only one such place, and only one authority built
 * on it, identifies the sender.
 */
function placeHeadIn(text: string, index: AuthorityIndex): { code: string; matched: string } | null {
  const heads = index.placeHeads;
  if (!heads || heads.size === 0) return null;
  const words = text.split(/\s+/u).filter((w) => w !== "");
  const found = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const written = words.slice(i, i + n).join(" ");
      const code = heads.get(normaliseAuthorityName(written));
      if (code !== undefined && !found.has(code)) found.set(code, written);
    }
  }
  const [first, ...rest] = [...found];
  return first && rest.length === 0 ? { code: first[0], matched: first[1] } : null;
}

const NOISE_WORDS = new Set(
  (
    "foi foia eir ir request req ref reference response responses reply return returns final draft copy " +
    "v ver version rev revised resubmission resubmitted updated update amended corrected redacted signed " +
    "attachment attachments attached zip eml email e mail appendix annex letter spreadsheet data dataset new old missing children child trafficked " +
    "trafficking uasc looked after lac cla " +
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september " +
    "oct october nov november dec december"
  ).split(" "),
);

/**
 * "LBH FOI 2015-1234 Hillingdon" → "LBH Hillingdon"; "foi_response_kent_final_v2" → "kent".
 * GSS codes survive; other digits (dates, reference numbers, versions) go.
 * camelCase is split ("KentCountyCouncil") because people join words in file names.
 */
export function cleanFileName(name: string): string {
  const spaced = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_\-.+()[\]{},;]+/g, " ")
    .split(/\s+/)
    .flatMap((word) => (/^[ENSW]\d{8}$/i.test(word) ? [word] : word.split(/\d+/)))
    .filter((word) => word !== "" && !NOISE_WORDS.has(word.toLowerCase()));
  return spaced.join(" ");
}

function rowOf(cell: string): number | undefined {
  const m = /^[A-Z]+(\d+)$/.exec(cell) ?? /^line (\d+)$/.exec(cell);
  return m?.[1] ? Number(m[1]) : undefined;
}

/** whereAtStart a council officer should look: 'sheet "Sheet1" cell A1', 'cell B2' or 'line 3'. */
function place(m: { cell: string; sheet?: string }): string {
  const cell = m.cell.startsWith("line") ? m.cell : `cell ${m.cell}`;
  return m.sheet !== undefined ? `sheet "${m.sheet}" ${cell}` : cell;
}

function codesOf(mentions: readonly AuthorityMention[]): string[] {
  return [...new Set(mentions.map((m) => m.code))];
}

function firstPerCode<T extends AuthorityMention>(mentions: readonly T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.code) && seen.add(m.code));
}

function listMentions(mentions: readonly Located[]): string {
  return firstPerCode(mentions)
    .map((m) => `"${m.matched}" (${place(m)})`)
    .join(", ");
}

/** The file is another body's reply: reported with its name, and not counted for any authority. */
function outsideRound(
  file: string,
  name: string,
  body: string,
  where: string,
  extra: string,
  at: { sheet?: string; cell?: string; raw: string },
  issues: Issue[],
  decisions: string[],
): IdentifyResult {
  issues.push(
    makeIssue("authority_outside_round", {
      message: `${file} is from ${name} (${body}, ${where}), which is not one of this round's authorities, so it is not counted.${extra} If it answers for an authority, map it in a manifest (manifest.csv: file,authority_code).`,
      file,
      ...at,
    }),
  );
  return { match: null, outside: { name, body }, issues, decisions };
}
