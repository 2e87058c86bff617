import type { FileResult } from "../domain/facts.js";

/** Who a file that names no authority is lent to, and which file of its folder says so. */
export interface LentAuthority {
  code: string;
  /** The file that named the authority ("reply.zip#FOI 123/letter.pdf"). */
  from: string;
  /** How the two files are tied, when not by a zip's folder ("its name shares the reference 5521 with"). */
  tie?: string;
}

/** "reply.zip#FOI 123/figures.xlsx" → "reply.zip#FOI 123/": the zip and the folder inside it; null outside a zip. */
function zipFolderOf(file: string): string | null {
  const at = file.indexOf("#");
  if (at <= 0 || !/\.zip$/iu.test(file.slice(0, at))) return null;
  const inner = file.slice(at + 1);
  if (inner.includes("#")) return null;
  return `${file.slice(0, at + 1)}${inner.slice(0, inner.lastIndexOf("/") + 1)}`;
}

/**
 * A council's reply sent as a zip, a letter beside a spreadsheet: the letter
 * is headed with the council's name, the spreadsheet only with its figures
 * and the reference ("FOI-DCC-15-2210 figures.xlsx"). The two are one reply,
 * so the spreadsheet is the letter's council's. It is lent only when every
 * file of the same folder of the zip that names an authority names the same
 * one: in a zip of several councils' replies, or a folder that names two, a
 * file that names nobody stays unidentified, because which council's it is
 * would be a guess. An attachment to an e-mail is not lent: its sender says
 * whose it is (src/identify/identifySender.ts). A body outside the round
 * lends nothing, and a file that names a body outside the round is not lent to.
 */
export function lendContainerAuthority(results: readonly FileResult[]): Map<string, LentAuthority> {
  const named = new Map<string, { codes: Set<string>; from: string }>();
  for (const r of results) {
    const folder = zipFolderOf(r.file);
    if (folder === null) continue;
    const entry = named.get(folder) ?? { codes: new Set<string>(), from: r.file };
    if (r.authority !== null) {
      if (entry.codes.size === 0) entry.from = r.file;
      entry.codes.add(r.authority.code);
    } else if (!isUnidentified(r)) {
      // A file from a body outside the round: the folder is not one council's alone.
      entry.codes.add("");
    }
    named.set(folder, entry);
  }
  const lent = new Map<string, LentAuthority>();
  for (const r of results) {
    const folder = zipFolderOf(r.file);
    if (folder === null || r.authority !== null || !isUnidentified(r)) continue;
    const entry = named.get(folder);
    const code = entry && entry.codes.size === 1 ? [...entry.codes][0] : undefined;
    if (entry && code) lent.set(r.file, { code, from: entry.from });
  }
  return lent;
}

/** A file's own name, without the folders or the zip it came in. */
function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("#")) + 1);
}

/** A file's name without its extension, in lower case: "FOI 5521 data.xlsx" → "foi 5521 data". */
function stemOf(file: string): string {
  return baseName(file)
    .replace(/\.[a-z0-9]{1,5}$/iu, "")
    .toLowerCase();
}

/**
 * Whether a letter names another file of the folder: "the information is set out in the attached spreadsheet
 * (FOI 5521 data.xlsx)". Its name must be long enough to be its own ("data" is every council's).
 */
export function letterNames(letter: FileResult, file: string): boolean {
  const stem = stemOf(file);
  if (stem.length < 8 || !/\d/u.test(stem) || !/\p{L}/u.test(stem)) return false;
  return (letter.letterLines ?? []).some((l) => l.text.toLowerCase().includes(stem));
}

/**
 * "Trafford FOI 5521 covering letter.docx" beside "FOI 5521 data.xlsx": a
 * letter and the spreadsheet it sends, side by side in the folder, the
 * spreadsheet naming no council anywhere. The letter says so itself ("set
 * out in the attached spreadsheet (FOI 5521 data.xlsx)"): a file that names
 * no authority is lent the authority of the letters that name its file, when
 * they all name the same one. A reference number alone is no tie: two
 * councils' replies often carry the same FOI number.
 */
export function lendByLetter(results: readonly FileResult[]): Map<string, LentAuthority> {
  const lent = new Map<string, LentAuthority>();
  const letters = results.filter((r) => r.authority !== null && r.letterLines !== undefined);
  for (const r of results) {
    if (r.authority !== null || !isUnidentified(r)) continue;
    const naming = letters.filter((l) => letterNames(l, r.file));
    const codes = new Set(naming.map((l) => l.authority?.code));
    const from = naming[0];
    const code = codes.size === 1 ? from?.authority?.code : undefined;
    if (!from || !code) continue;
    lent.set(r.file, { code, from: from.file, tie: "it is the file named in" });
  }
  return lent;
}

function isUnidentified(r: FileResult): boolean {
  return r.ingested && r.issues.some((i) => i.code === "authority_unidentified");
}
