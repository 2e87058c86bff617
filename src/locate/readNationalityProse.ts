import type { Decision, NationalityFact } from "../domain/facts.js";
import { type Issue, makeIssue } from "../domain/issues.js";
import type { Group } from "../domain/request.js";
import { describeSource, issueLocation } from "../domain/source.js";
import { matchLabel } from "../match/matchLabel.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import type { TableResult } from "./locateEpisodes.js";
import { nationalityFact, nationalityGroupOf } from "./locateNationalities.js";
import { type LocateEnv, locationOf, parseCached, type SheetGrid, sourceOf } from "./sheetGrid.js";

/** One "Afghan 14" / "Vietnamese (5)" / "3 Eritrean" in a sentence. */
interface ListedNationality {
  raw: string;
  count: string;
}

/**
 * A letter's nationality list in a sentence: "UASC: Afghan 11, Vietnamese
 * 7, Eritrean 5", "The 8 trafficked children who went missing were
 * Vietnamese (5), Albanian (2) and Nigerian (1)". Read as a nationality
 * table, and never as counts of the group: "Trafficked: Vietnamese 2" is
 * two Vietnamese children, not two trafficked children.
 *
 * A line is such a list when two items (or one, in a line that speaks of
 * nationality) name a nationality foi-agg knows beside a count. The group
 * is the one the line names before its list, else the section's; a list
 * whose group cannot be told is reported and not counted.
 */
export function readNationalityProse(
  grid: SheetGrid,
  r: number,
  contextGroup: Group | null,
  env: LocateEnv,
  /** Under a question about nationality, or the list it began: one item a line is a list ("Afghan - 2"). */
  listing = false,
): TableResult | null {
  const all = grid.sheet.rows[r - 1] ?? [];
  const cells = all.filter((t) => t.trim() !== "");
  // A sentence on its own, or the answer beside its question ("9. Nationality
  // of those who went missing | Trafficked: Vietnamese 3, …").
  const text = cells.at(-1);
  const question = cells.length === 2 ? cells[0] : undefined;
  if (cells.length > 2 || text === undefined) return null;
  if (
    !/\d|nationalit|cenedl/iu.test(text) &&
    !(listing && new RegExp(String.raw`\b(?:${COUNT_WORDS})\b`, "iu").test(text))
  )
    return null;
  const col = all.findLastIndex((t) => t.trim() !== "") + 1;
  const source = sourceOf(grid, { row: r, col });
  const nationalities: NationalityFact[] = [];
  const issues: Issue[] = [];
  let listed = 0;
  let headed = false;
  // A question beside the list that asks about nationality says whose it is, or that it is both groups'.
  let group: Group | null =
    question === undefined
      ? nationalityGroupOf(contextGroup, env)
      : /nationalit|cenedl/iu.test(question)
        ? nationalityGroupOf(groupNamed(question, env), env)
        : (nationalityGroupOf(groupNamed(question, env), env) ?? nationalityGroupOf(contextGroup, env));
  // "Trafficked: Vietnamese 2. UASC: Afghan 11, …": each sentence may name its own group.
  for (const sentence of text.split(/(?<=[.;])\s+(?=\S)/u)) {
    const { intro, items } = listIn(sentence, env);
    const own = nationalityGroupOf(groupNamed(intro, env), env);
    if (own) group = own;
    if (items.length === 0) continue;
    listed += items.length;
    // "9) Trafficked: Vietnamese 2": a group's name and a colon, then the list.
    if (own && /^\s*(?:\(?\d{1,2}[a-z]?[.):]\s*)?[\p{L}() ]{1,40}:\s*$/u.test(intro)) headed = true;
    if (!group) {
      issues.push(
        makeIssue("layout_unknown", {
          message: `The nationalities listed in ${describeSource(source)} ("${sentence.trim()}") do not say whether they are of trafficked or unaccompanied children, so they were not counted.`,
          ...issueLocation(source),
          raw: sentence.trim(),
        }),
      );
      continue;
    }
    for (const item of items) {
      const parsed = parseCached(env, item.count);
      if (parsed.status !== "reported" && parsed.status !== "suppressed") continue;
      const canon = canonicaliseNationality(item.raw, env.knowledge.nationalities);
      // The sentence is where a list's period is written ("In 2019: Afghan 3, Eritrean 2").
      nationalities.push({
        ...nationalityFact(group, item.raw, canon, parsed, item.count, source),
        periodText: sentence,
      });
    }
  }
  const speaksOfNationality = /nationalit|cenedl/iu.test(text);
  // Beside a question, only a list is read here: any other answer is the question's.
  if (question !== undefined && listed === 0) return null;
  // "We do not hold information about nationality": about the breakdown,
  // not an answer to any count, though it may read as "not held".
  if (listed === 0 && speaksOfNationality) {
    const message = `Row ${r} speaks of nationality but lists none; it is not read as the answer to any count.`;
    return {
      facts: [],
      nationalities: [],
      issues,
      decisions: [{ file: grid.file, ...locationOf(grid, { row: r, col }), message }],
      rows: [r],
    };
  }
  const asked = question !== undefined && /nationalit|cenedl/iu.test(question);
  if (listed < 2 && !(listed === 1 && (speaksOfNationality || headed || asked || listing))) return null;
  const decisions: Decision[] = [
    {
      file: grid.file,
      ...locationOf(grid, { row: r, col }),
      message: `Row ${r} read as a list of nationalities in a sentence (${nationalities.map((n) => `${n.group} ${n.nationality} ${n.rawValue}`).join(", ") || "none counted"}).`,
    },
  ];
  return { facts: [], nationalities, issues, decisions, rows: [r] };
}

/** A row that asks about (or speaks of) nationality without listing any, and the one group it names, if any. */
export function nationalityAsked(
  grid: SheetGrid,
  r: number,
  env: LocateEnv,
): { row: number; group: Group | null } | null {
  const text = (grid.sheet.rows[r - 1] ?? []).filter((t) => t.trim() !== "").join(" ");
  return /nationalit|cenedl/iu.test(text) ? { row: r, group: groupNamed(text, env) } : null;
}

/** Up to three words before a count ("Viet Nam 3"), or after it ("3 Eritrean"), that name a known nationality. */
function listIn(sentence: string, env: LocateEnv): { intro: string; items: ListedNationality[] } {
  const items: ListedNationality[] = [];
  let intro = "";
  const parts = sentence.split(/,|;|\band\b|&/u);
  for (const part of parts) {
    // Parts are short in a real list; a long one is no list item (and the
    // pattern stays linear).
    if (part.length > 200) {
      if (items.length === 0) intro += `${part} `;
      continue;
    }
    const before = /^(.*?\S)?[\s:–-]*\(?(\d{1,3}|<\s?\d+|fewer than \d+|less than \d+|\*)\)?[\s.]*$/iu.exec(
      part.trim(),
    );
    // "3 Eritrean", "two were Vietnamese", "one Iranian young person".
    const after = new RegExp(
      String.raw`^\s*(\d{1,3}|${COUNT_WORDS})\s+(?:x\s+|(?:was|were|are|is)\s+)?([\p{L} '-]+?)[\s.]*$`,
      "iu",
    ).exec(part);
    const found =
      (before?.[1] !== undefined && before[2] !== undefined ? known(before[1], before[2], env) : null) ??
      (after?.[1] !== undefined && after[2] !== undefined ? known(after[2], after[1], env, true) : null);
    if (found) {
      // The words before the first item belong to the sentence's opening ("UASC: Afghan 11").
      if (items.length === 0) intro += found.lead;
      items.push(found.item);
    } else if (items.length === 0) intro += `${part} `;
  }
  return { intro, items };
}

/**
 * The nationality in the words beside a count: the last words before it
 * ("UASC: Afghan 11"), or, when the count comes first (`leading`), the
 * first words after it ("one Iranian young person").
 */
function known(
  words: string,
  count: string,
  env: LocateEnv,
  leading = false,
): { item: ListedNationality; lead: string } | null {
  const all = words.trim().split(/\s+/u);
  for (let n = Math.min(3, all.length); n >= 1; n--) {
    const raw = all.slice(-n).join(" ");
    if (canonicaliseNationality(raw, env.knowledge.nationalities).known) {
      return { item: { raw, count: count.trim() }, lead: all.slice(0, -n).join(" ") };
    }
    const first = all.slice(0, n).join(" ");
    if (leading && canonicaliseNationality(first, env.knowledge.nationalities).known) {
      return { item: { raw: first, count: count.trim() }, lead: "" };
    }
  }
  return null;
}

/** Counts in words, as letters write small numbers. */
const COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

function groupNamed(text: string, env: LocateEnv): Group | null {
  if (text.trim() === "") return null;
  const groups = matchLabel(text, env.knowledge.labels).groups;
  const families = new Set(groups.map((g) => nationalityGroupOf(g, env)));
  return families.size === 1 ? (groups[0] ?? null) : null;
}
