import { type Knowledge, roundKnowledgeOf } from "../knowledge/index.js";
import { escapeRegex, type ValueVocabulary } from "../knowledge/values.js";
import { matchLabel } from "../match/matchLabel.js";
import { canonicaliseNationality } from "../parse/parseNationality.js";
import type { LocateEnv } from "./sheetGrid.js";

/** One "Afghan 14" / "Vietnamese (5)" / "3 Eritrean" / "two were Vietnamese" in a sentence. */
export interface ListedNationality {
  raw: string;
  count: string;
}

/**
 * Up to three words before a count ("Viet Nam 3"), or after it ("3
 * Eritrean", "two were Vietnamese"), that name a known nationality, for
 * each comma-, "and"- or semicolon-separated part of a sentence. The one
 * reader of such lists: the sentence reader (readNationalityProse) counts
 * them, and the paragraph reader (sheetGrid) keeps them out of its counts.
 */
export function listIn(sentence: string, env: LocateEnv): ListReading {
  // The readers ask about the same sentence several times (is it a list? then
  // read it), and replies repeat their sentences. The reading depends only on
  // the round's knowledge: a sender's own name changes which groups a label
  // names, and listIn reads no group, only metrics, nationalities and counts.
  const round = roundKnowledgeOf(env.knowledge);
  let readings = listReadings.get(round);
  if (!readings) {
    readings = new Map();
    listReadings.set(round, readings);
  }
  let reading = readings.get(sentence);
  if (!reading) {
    if (readings.size >= LIST_READINGS_LIMIT) readings.clear();
    reading = readList(sentence, env);
    readings.set(sentence, reading);
  }
  // A copy, so that no caller can change the reading kept for the next.
  return { ...reading, items: reading.items.map((item) => ({ ...item })) };
}

type ListReading = { intro: string; items: ListedNationality[]; worded?: boolean };

const listReadings = new WeakMap<Knowledge, Map<string, ListReading>>();
/** Sentences kept per round: more than a run's distinct sentences, fewer than would strain memory. */
const LIST_READINGS_LIMIT = 50_000;

function readList(written: string, env: LocateEnv): ListReading {
  const { after, before: BEFORE } = listPatterns(env.knowledge.values);
  // "2 British (1 male, 1 female) and 1 Vietnamese (male)": each item's
  // bracket of genders splits that item's count by sex and says nothing of
  // nationality; its commas and "and" would cut the list mid-item, so it goes.
  const sentence = written.replace(ITEM_GENDERS, "");
  const items: ListedNationality[] = [];
  let intro = "";
  // "Albanian 2, Afghan 1, Eritrean 1 (all UASC)": a closing bracket with no
  // figure in it says whom the whole list counts, not the last item's
  // count; it joins the list's opening, where the group is looked for.
  // "… 2 Afghan and 4 Kurdish (Iraq).": a bracket naming a state is the last item's own, not a remark on the list.
  const remark = CLOSING_REMARK.exec(sentence);
  const closing =
    remark?.[1] !== undefined && canonicaliseNationality(remark[1], env.knowledge.nationalities).known ? null : remark;
  const listed = closing ? sentence.slice(0, closing.index) : sentence;
  if (closing) intro = `${closing[1]} `;
  for (const part of listed.split(/,|;|\band\b|&/iu)) {
    // Parts are short in a real list; a long one is no list item (and the
    // pattern stays linear).
    if (part.length > 200) {
      if (items.length === 0) intro += `${part} `;
      continue;
    }
    const before = BEFORE.exec(part.trim());
    const counted = after.exec(part);
    const both = BOTH.exec(part);
    // "One was Afghan and the other Eritrean": "the other", singular, after a
    // counted item is one more child.
    const other = items.length > 0 ? THE_OTHER.exec(part) : null;
    // "The breakdown we gave (Afghan 3, Eritrean 2) relates to these five":
    // a list in brackets mid-sentence ends at its closing bracket, and the
    // sentence's words after it are no part of its last item.
    const bracketEnd = items.length > 0 && listed.includes("(") ? part.indexOf(")") : -1;
    const closed = bracketEnd > 0 ? BEFORE.exec(part.slice(0, bracketEnd + 1).trim()) : null;
    const found =
      (other?.[1] !== undefined ? wholly(known(other[1], "1", env, true)) : null) ??
      (before?.[1] !== undefined && before[2] !== undefined ? known(before[1], before[2], env) : null) ??
      (counted?.[1] !== undefined && counted[2] !== undefined ? known(counted[2], counted[1], env, true) : null) ??
      (both?.[1] !== undefined && both[2] !== undefined ? bothOf(both[1], both[2], env) : null) ??
      (closed?.[1] !== undefined && closed[2] !== undefined ? wholly(known(closed[1], closed[2], env)) : null);
    // "Nationalities of the UASC who went missing: 2 Afghan, 1 Kuwaiti": the
    // list's opening, a colon, then a count-first first item.
    const opened = found ?? (items.length === 0 ? countFirstAfterColon(part, after, env) : null);
    if (opened) {
      // The words before the first item belong to the sentence's opening ("UASC: Afghan 11").
      if (items.length === 0) intro += opened.lead;
      items.push(opened.item);
    } else if (items.length === 0) intro += `${part} `;
  }
  if (items.length > 0) return { intro, items };
  // A sentence naming its children's nationalities without counts is short;
  // the patterns below have two lazy runs, so a long one must not reach them.
  if (sentence.length > 200) return { intro, items };
  // "… was Vietnamese (suspected trafficking).": the closing remark stays the opening's, as for a list with counts.
  const each =
    oneEach(listed, env, closing?.[1] !== undefined && ONE_OF_EACH.test(closing[1])) ??
    bothFirst(listed, env) ??
    allOfGroup(listed.replace(GENDER_REMARK, ""), env);
  return each ? { ...each, intro: `${closing ? `${closing[1]} ` : ""}${each.intro}`, worded: true } : { intro, items };
}

/** A match whose words are all the nationality's, with nothing left before it. */
function wholly<T extends { lead: string }>(found: T | null): T | null {
  return found && found.lead === "" ? found : null;
}

/** "the other Eritrean", "the other was Eritrean": one child, the one left after the items before. */
// The nationality ends in a letter, so a run of spaces after it is read by [\s.]* alone (linear).
export const THE_OTHER =
  /^\s*the\s+other\s+(?:(?:one|child|young person)\s+)?(?:(?:was|is)\s+)?([\p{L}'-]+(?: +[\p{L}'-]+)*)[\s.]*$/iu;

/**
 * A bracketed remark with no digit closing a sentence: "(all UASC)", "(both
 * trafficked)". Also before the semicolon that parts it from the next list
 * ("Romanian (1) (trafficked); Vietnamese (3) (UASC).").
 */
const CLOSING_REMARK = /\s*\(([^()\d]{1,40})\)[\s.;]*$/u;

/**
 * "All of the trafficked children referred to above were British nationals
 * (5 male, 3 female).": a closing bracket of genders says who the children
 * were by sex, of whichever children it counts; it says nothing of their
 * nationality, so "were all British" is read without it.
 */
const GENDER_REMARK =
  /\s*\((?:\s*(?:\d{1,3}|all|both)?\s*(?:male|female|boys?|girls?)\s*(?:,|and|&)?)+\)(?=[\s.;]*$)/iu;

/**
 * A bracket of genders after a list item, anywhere in the sentence: "(1
 * male, 1 female)", "(male)", "(one boy and one girl)", "(all girls)". Only
 * gender words and their counts (a figure or a short word: "a", "one",
 * "both"), so a bracket naming a group or a nationality stays.
 */
// Each word has one role (a count is a figure or a number word, never a gender word or "and") and each
// run of spaces one place to go, so a bracket that never closes ("(boys and girls and …") fails in
// linear time; a count of any short word backtracked exponentially on it.
const ITEM_GENDERS =
  /\s*\(\s*(?:(?:(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|all|both)\s+)?(?:males?|females?|boys?|girls?)\b(?:\s*(?:,|&|and\b)\s*|\s+(?=[^\s)]))?)+\s*\)/giu;

/**
 * The count of an item that is every child of its group ("were all Afghan
 * nationals"): no figure is written, so only the file's own went-missing
 * figure for the group can give it (assemble/countAllOfGroup).
 */
export const ALL_OF_GROUP = "all";

/** "The unaccompanied young people who went missing were all Afghan nationals." */
const ALL_AFTER = /^(.*?)\b(?:were|are)\s+all\s+([\p{L} '-]+?)[\s.;]*$/iu;
/**
 * "All of them were Albanian", "All the UASC who went missing were Eritrean.",
 * and after a clause naming whom it is about: "For trafficked children, all
 * were British nationals" (the group is named before the comma).
 */
const ALL_FIRST = /^((?:[^,.;]{1,80},\s*)?all\b[^.;]*?)\s(?:were|are)\s+([\p{L} '-]+?)[\s.;]*$/iu;
/**
 * "The three trafficked children who went missing were British nationals.":
 * "the" and a count open the sentence, so its one nationality is every one
 * of them, as "All three were British" says. Only with the count written
 * (allOfGroup checks it stands straight after "the"), or an opening naming
 * one group's children who went missing and nothing else.
 */
// A nationality is a few words: bounded, so a cell repeating "were" is tried once per verb, not to its end each time.
export const THE_COUNT_FIRST = /^(the\s+[\p{L}\d]+\s[^.;]*?)\s(?:were|are)\s+([\p{L} '-]{1,60}?)[\s.;]*$/iu;

/**
 * Every child of the list's group, of one nationality, with no count
 * written; or, when the opening gives the one number ("All three were
 * Afghan", "all 4 UASC were Eritrean"), that many. Not a ranking of
 * nationalities ("the most common were all …").
 */
function allOfGroup(sentence: string, env: LocateEnv): { intro: string; items: ListedNationality[] } | null {
  if (NOT_CHILDREN.test(sentence)) return null;
  const text = sentence.trim();
  const counted = (ALL_AFTER.exec(text) ?? ALL_FIRST.exec(text)) ? null : THE_COUNT_FIRST.exec(text);
  const m = ALL_AFTER.exec(text) ?? ALL_FIRST.exec(text) ?? counted;
  if (m?.[1] === undefined || m[2] === undefined) return null;
  // "All but one were Afghan" leaves someone out: no count can be told.
  if (ALL_BUT.test(m[1])) return null;
  const words = env.knowledge.values.numberWords;
  const countOf = (w: string) => (/^\d{1,3}$/u.test(w) ? w : words[w] !== undefined ? String(words[w]) : undefined);
  const opening = m[1].toLowerCase().replace(YEAR, " ");
  const counts = opening.split(/[^\p{L}\d]+/u).flatMap((w) => countOf(w) ?? []);
  if (counts.length > 1) return null;
  // "who went missing in the last 12 months", "aged 16", "for over 24
  // hours": a number anywhere but straight after "all" or "the" counts
  // something else, and the children it leaves are not told.
  const at = COUNT_AT.exec(opening.trim())?.[1];
  if (counts.length === 1 && (at === undefined || countOf(at) !== counts[0])) return null;
  // "The trafficked children who went missing were British nationals": with
  // no count, the opening must name one group's children who went missing
  // and nothing narrower ("who remain missing"), so all of them are meant.
  if (counted && counts.length !== 1 && !allWhoWentMissing(m[1], env)) return null;
  // "All 12 UASC we looked after were Afghan": 12 counts the children looked
  // after, not those who went missing; every one of these was Afghan too, so
  // their count is the group's went-missing figure, as with no number.
  const metrics = counts.length === 1 ? matchLabel(m[1], env.knowledge.labels).metrics : [];
  const ofLookedAfter = metrics.includes("looked_after") && !metrics.includes("went_missing");
  const found = known(m[2], ofLookedAfter ? ALL_OF_GROUP : (counts[0] ?? ALL_OF_GROUP), env, true);
  if (found?.lead !== "") return null;
  // "were all Afghan apart from one": words after the nationality may leave
  // someone out as surely as "all but one" does, so only the children's own
  // noun ("Afghan young people") or the nationality's ("Afghan nationals") may follow.
  const tail = m[2].trim().slice(found.item.raw.length).trim();
  if (
    tail !== "" &&
    !childNounOnly(tail, env) &&
    !canonicaliseNationality(`${found.item.raw} ${tail}`, env.knowledge.nationalities).known
  ) {
    return null;
  }
  return { intro: `${m[1]} `, items: [found.item] };
}

/** An opening that names one group's children who went missing, and no narrower metric. */
function allWhoWentMissing(opening: string, env: LocateEnv): boolean {
  const label = matchLabel(opening, env.knowledge.labels);
  return label.groups.length === 1 && label.metrics.length === 1 && label.metrics[0] === "went_missing";
}

const childNouns = new WeakMap<object, RegExp>();

/** Whether the words are only a noun for children ("young people", "minors"), from the knowledge's childNouns. */
function childNounOnly(words: string, env: LocateEnv): boolean {
  const labels = env.knowledge.labels;
  let re = childNouns.get(labels);
  if (re === undefined) {
    re = new RegExp(`^(?:${labels.childNouns})$`, "iu");
    childNouns.set(labels, re);
  }
  return re.test(words.toLowerCase());
}

/** Where an opening writes its one count: "All three", "all of the 4", "The 3 UASC who …". */
const COUNT_AT = /^(?:all\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?|(?:the|these|those)\s+)([\p{L}\d]+)/u;
/** "in 2014/15", "during 2015-16": a year, not a count of children. */
const YEAR = /\b\d{4}(?:\s?[/–-]\s?\d{2,4})?\b/gu;

const ALL_BUT = /\b(?:but|except|apart|save|other than|bar)\b/iu;

/**
 * Where a list's opening ends and its first item starts: a colon ("UASC:
 * 2 Afghan"), or the verb of a sentence that goes on to list ("The UASC who
 * went missing were 4 Afghan nationals").
 */
const OPENING_END = /:|\b(?:were|are|was|is|included|include|comprised)\b/giu;

/**
 * The first item of a list that opens with words and a colon (or "were")
 * and gives its counts first ("UASC: 2 Afghan"). Only the text after the
 * last colon or verb is read as the item, so a count in the opening
 * ("Question 9: …") is never taken for the item's.
 */
function countFirstAfterColon(
  part: string,
  after: RegExp,
  env: LocateEnv,
): { item: ListedNationality; lead: string } | null {
  // "Q9. Nationalities – one young person was from Vietnam": the verb is
  // the item's own, so a spaced dash ends the opening instead.
  // "all were male: three were Afghan": the item may have a verb of its own after the opening's colon, so
  // each place the opening may end is tried from the last back (round 153, Nottingham: only the last, the
  // item's own "were", was tried, and the first item was lost).
  for (const opening of [OPENING_END, OPENING_DASH]) {
    for (const end of [...part.matchAll(opening)].reverse()) {
      const cut = end.index + end[0].length;
      const m = after.exec(part.slice(cut));
      if (m?.[1] === undefined || m[2] === undefined) continue;
      const found = known(m[2], m[1], env, true);
      if (found && (found.lead === "" || CHILD_FROM.test(found.lead)))
        return { item: found.item, lead: `${part.slice(0, cut)} ` };
    }
  }
  // "… went missing: 2018 one British child (female); 2019 one Albanian and one Vietnamese child" (round 168,
  // Stoke-on-Trent): a year heads the item as a colon would, the year's list after it. Only an item that is
  // a count, a nationality and at most the word for the children ("child", "young people"): "2018 two
  // Afghan children were looked after" says more than whose nationality the children were, and is not read.
  for (const end of [...part.matchAll(YEAR_HEADING)].reverse()) {
    const cut = end.index + end[0].length;
    const m = after.exec(part.slice(cut));
    if (m?.[1] === undefined || m[2] === undefined) continue;
    const words = m[2].trim().split(/\s+/u);
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const raw = words.slice(0, n).join(" ");
      if (!canonicaliseNationality(raw, env.knowledge.nationalities).known) continue;
      if (CHILD_WORD.test(words.slice(n).join(" ")))
        return { item: { raw, count: m[1].trim() }, lead: `${part.slice(0, cut)} ` };
      break;
    }
  }
  return null;
}

/** A year written before its list with no colon: "2018 one British child", "in 2019 two Albanian". */
const YEAR_HEADING = /(?<![\d/–-])\b(?:19|20)\d{2}\b(?![/–-]\d)[,:]?(?=\s)/gu;
/** Nothing, or only the children's noun, after an item's nationality. */
const CHILD_WORD = /^(?:(?:young\s+(?:person|people)|child(?:ren)?|boys?|girls?|males?|females?|nationals?))?$/iu;

/** A spaced dash between a list's opening and its first item ("Nationalities – 2 Afghan"). */
const OPENING_DASH = /\s[\u2013\u2014-]\s/gu;
/**
 * The words between an item's count and its country that say only that the
 * count is of children from it: "one young person was from Vietnam", "two
 * children from Eritrea". Nothing else may stand there: "one Vietnamese
 * trafficked" is another reader's, and other words are not a list item.
 */
const CHILD_FROM =
  /^(?:(?:young\s+(?:person|people)|child(?:ren)?|boys?|girls?|persons?|people)\s+)?(?:(?:was|were|is|are)(?:\s+from)?|from)?$/iu;

/** "The trafficked young person who went missing was Vietnamese": one child, so a count of 1. */
const SINGULAR =
  /^(.*?\b(?:young person|child|person|boy|girl|young (?:man|woman)|teenager|minor|uasc|asylum seeker)\b[^.;]*?)\s(?:was|is)\s+([\p{L} '-]+?)[\s.;]*$/iu;
/** "a British national", "an Eritrean citizen": one child's nationality with its article and noun. */
const A_NATIONAL = /^an?\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:national|citizen)$/iu;
/**
 * "Nationality of the child who went missing: Afghan": the question's words
 * for one child, a colon, then one nationality. "The" right before a
 * singular noun is what makes it one child ("each child …: Afghan" is not;
 * "the UASC" may be several).
 */
const SINGULAR_COLON =
  /^([^.;:]*?\bthe\s+(?:young person|child|boy|girl|young (?:man|woman)|teenager|minor|asylum seeker)\b[^.;:]*?)\s*:\s*([\p{L} '-]+?)[\s.;]*$/iu;
/** "The two unaccompanied young people were Afghan and Syrian": as many nationalities as children, one each. */
const PLURAL =
  /^(.*?\b(?:the|these|those)\s+(\S+)\s[^.;]*?\b(?:children|young people|people|persons|boys|girls|minors|uasc|teenagers|asylum seekers)\b[^.;]*?)\s(?:were|are)\s+([^.;]+?)[\s.;]*$/iu;
/**
 * ", one of each" / "(one each)" / "(one child each)" closing a list of as
 * many nationalities as children.
 */
const ONE_OF_EACH =
  /[,;]?\s*\(?\s*(?:one|1)\s+(?:of\s+)?(?:(?:child|young person|person|boy|girl)\s+)?each\s*\)?\s*$/iu;
/**
 * "were all male, of Vietnamese, Kuwaiti and Ethiopian nationality": the
 * children's gender, said first, is no nationality, and "of … nationality"
 * only wraps the names. Both are taken off before the names are counted.
 */
const GENDER_FIRST = /^\s*(?:all\s+)?(?:male|female|boys|girls)\s*,\s*/iu;
const OF_NATIONALITY = /^\s*of\s+(.+?)\s+nationalit(?:y|ies)\s*$/iu;
/** "The two most common nationalities were Afghan and Eritrean": a ranking of nationalities, not children. */
const NOT_CHILDREN = /\b(?:most common|commonest|main|top|majority|largest|highest)\b/iu;

/**
 * A sentence that names nationalities without a count beside any: one
 * child whose nationality is given, or "the N children" given exactly N
 * nationalities, one each. Only when every named word is a nationality
 * foi-agg knows: "the two young people were found" lists none.
 */
function oneEach(
  sentence: string,
  env: LocateEnv,
  /** The sentence closed with "(one each)", taken off as its closing remark. */
  eachClosing = false,
): { intro: string; items: ListedNationality[] } | null {
  const isNationality = (w: string) => canonicaliseNationality(w.trim(), env.knowledge.nationalities).known;
  if (NOT_CHILDREN.test(sentence)) return null;
  const one = SINGULAR.exec(sentence.trim()) ?? SINGULAR_COLON.exec(sentence.trim());
  // "… was a British national": one child's article and the noun for one of a country's people say no more.
  const named = one?.[2]?.trim().replace(A_NATIONAL, "$1");
  if (one?.[1] !== undefined && named !== undefined && isNationality(named)) {
    return { intro: `${one[1]} `, items: [{ raw: named, count: "1" }] };
  }
  const many = PLURAL.exec(sentence.trim());
  if (many?.[1] === undefined || many[2] === undefined || many[3] === undefined) return null;
  const word = many[2].toLowerCase();
  const n = /^\d{1,2}$/u.test(word) ? Number(word) : env.knowledge.values.numberWords[word];
  // "were Vietnamese and Albanian, one of each": the tail only says what as many names as children says.
  // "The young people who went missing were from Afghanistan and Eritrea (one each)": with no number of
  // children written, "one each" alone says each name is one child; "from" names their countries.
  const eachSaid = eachClosing || ONE_OF_EACH.test(many[3]);
  const said = many[3].replace(ONE_OF_EACH, "").replace(GENDER_FIRST, "");
  const names = (OF_NATIONALITY.exec(said)?.[1] ?? said)
    .replace(/^\s*from\s+/iu, "")
    .split(/,|\band\b|&/iu)
    .filter((w) => w.trim() !== "");
  const counted = n === undefined ? eachSaid : n === names.length;
  if (!counted || names.length < 2 || !names.every(isNationality)) return null;
  return { intro: `${many[1]} `, items: names.map((w) => ({ raw: w.trim(), count: "1" })) };
}

/** Whether a text holds a count in words ("One Afghan and one Iranian young person"). */
export function countsInWords(text: string, env: LocateEnv): boolean {
  return listPatterns(env.knowledge.values).word.test(text);
}

/**
 * "The trafficked children who went missing were both Vietnamese": two
 * children, of one nationality, with no figure written. The words before
 * "were both" are the list's opening, where its group is named.
 */
const BOTH = /^(.*?)\b(?:were|are)\s+both\s+([\p{L}'-]+(?:[ ']+[\p{L}'-]+)*)[\s.]*$/iu;

/**
 * "Both trafficked young people who went missing were Albanian nationals":
 * "both" before the children rather than after the verb, two children of
 * one nationality. The words before "were" name the group.
 */
const BOTH_FIRST = /^(.*?\bboth\b[^.;]*?)\s(?:were|are)\s+([\p{L} '-]+?)[\s.;]*$/iu;

function bothFirst(sentence: string, env: LocateEnv): { intro: string; items: ListedNationality[] } | null {
  if (NOT_CHILDREN.test(sentence)) return null;
  const m = BOTH_FIRST.exec(sentence.trim());
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const found = known(m[2], "2", env, true);
  return found && found.lead === "" ? { intro: `${m[1]} `, items: [found.item] } : null;
}

function bothOf(lead: string, words: string, env: LocateEnv): { item: ListedNationality; lead: string } | null {
  const found = known(words, "2", env, true);
  return found && found.lead === "" ? { item: found.item, lead: `${lead} ` } : null;
}

/**
 * "Afghan 3", "Afghan (3)", "Afghan <5", "Afghan *", "Afghan x3", "Afghan
 * (x 2)": the nationality's words, then its count. The "x" of a tally
 * counts only as a word of its own, so a name ending in x is no tally.
 * "of Vietnamese (3) and Chinese (1) nationality": the word closing the
 * sentence belongs to the list, not to the last item's count.
 */
// (Compiled with the knowledge's approximate words in listPatterns: "Afghan about 4" keeps "about".)
const BEFORE_SOURCE = String.raw`^(.*?\S)?[\s:–-]*\(?(?:(?<!\p{L})[x×]\s?)?(APPROX(?:\d{1,3}|<\s?\d+|fewer than \d+|less than \d+|\*))\)?(?:\s+nationals?|\s+nationality)?[\s.]*$`;

const compiled = new WeakMap<ValueVocabulary, { after: RegExp; before: RegExp; word: RegExp }>();

/** The count-first pattern, with the knowledge's number words ("two were Vietnamese"), compiled once. */
function listPatterns(values: ValueVocabulary): { after: RegExp; before: RegExp; word: RegExp } {
  const hit = compiled.get(values);
  if (hit) return hit;
  const words = Object.keys(values.numberWords)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
  // "about 4 Afghan", "c. 4 Afghan": an approximate count stays with its
  // item (as "about 4"), so the reader can flag it rather than lose it.
  const approx =
    values.approximate.length > 0 ? String.raw`(?:(?:${values.approximate.join("|")})(?:\s+|(?<=[.~])\s*))?` : "";
  const made = {
    after: new RegExp(
      String.raw`^\s*(${approx}(?:\d{1,3}|${words}))(?:\s*[x×]\s*|\s+(?:(?:was|were|are|is)\s+)?)([\p{L} '-]+?(?:\s\([\p{L} '-]+\))?)[\s.]*$`,
      "iu",
    ),
    before: new RegExp(BEFORE_SOURCE.replace("APPROX", approx), "iu"),
    word: new RegExp(String.raw`\b(?:${words})\b`, "iu"),
  };
  compiled.set(values, made);
  return made;
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
