import type { MetricDef } from "../domain/request.js";
import type { LabelVocabulary } from "../knowledge/labels.js";

/**
 * What a council's words say a figure counts: the unit it names as counted
 * and the unit it denies ("the number of individual carers, not households":
 * carers, not households). The one reading of such words, whether they are a
 * note, a footnote, a label or a remark beside the figure.
 */
export interface UnitStatement {
  said: string[];
  denied: string[];
}

type Units = LabelVocabulary["countedUnits"];

/** Words that set what a figure counts against what it does not: "the number of episodes rather than of children". */
const CONTRAST = /\b(?:rather than|instead of|as opposed to|not the number of|not)\b/iu;

/** Where the count a contrast denies ends and the words go on to say what the figure is. */
const DENIED_ENDS = /[,;:]|\b(?:but|this|it|these|they|the figure|the figures)\b/iu;

/** A group counted once in place of its members: "sibling groups are counted once". */
const COUNTED_ONCE = /\b(?:counted|recorded|shown|included)\s+(?:only\s+)?(?:once|as one)\b/iu;

/**
 * A unit counted once for each of another, or each time: "the household is counted once for each episode of
 * support", "a child who went missing more than once is counted each time". What follows "for each" is what is
 * counted; "each time" counts occasions. Not "counted once per period" (no unit) nor "counted twice because …"
 * (a past error, not what the figures count).
 */
const COUNTED_FOR_EACH =
  /(?<!\bnot\s)\bcounted\s+(?:once\s+|separately\s+|again\s+)?(?:(?:for|in|on|per)\s+(?:each|every)\s+|per\s+|(?<time>each|every)\s+time\b)/iu;

/** Words before a unit that make it the object of the label, not what is counted ("subject to an order"). */
const OBJECT_OF = /\b(?:a|an|the|to|of|for|with|by|in|on)\s+$/iu;

const compiled = new WeakMap<Units, { unit: string; re: RegExp }[]>();

function unitPatterns(units: Units): { unit: string; re: RegExp }[] {
  let hit = compiled.get(units);
  if (!hit) {
    hit = units.map((u) => ({ unit: u.unit, re: new RegExp(`\\b(?:${u.words})\\b`, "giu") }));
    compiled.set(units, hit);
  }
  return hit;
}

/** Each unit the text names, with where its word starts, in the order written. */
function unitsIn(text: string, units: Units): { unit: string; index: number }[] {
  const found: { unit: string; index: number; length: number }[] = [];
  for (const { unit, re } of unitPatterns(units))
    for (const m of text.matchAll(re)) found.push({ unit, index: m.index, length: m[0].length });
  // The longest word at a place is the unit ("sibling groups", not a shorter word inside it).
  return found
    .sort((a, b) => a.index - b.index || b.length - a.length)
    .filter((f, i, all) => i === 0 || (all[i - 1]?.index ?? -1) !== f.index);
}

/**
 * The unit a stretch of words names first: "the number of missing episodes
 * for unaccompanied young people" counts episodes, whose young people they
 * are being said after.
 */
function firstUnit(text: string, units: Units): string[] {
  const [first] = unitsIn(text, units);
  return first ? [first.unit] : [];
}

/**
 * Reads what the words say a figure counts, or null when they set no unit
 * against another. "A, not B", "A rather than B", "not B but A", "rather
 * than B, this figure is A"; and "sibling groups are counted once", which
 * denies the unit the group stands for.
 */
export function readUnitStatement(text: string, units: Units): UnitStatement | null {
  const at = CONTRAST.exec(text);
  if (!at) {
    const each = COUNTED_FOR_EACH.exec(text);
    if (each) return readCountedForEach(text, each, units);
    if (!COUNTED_ONCE.test(text)) return null;
    const said = firstUnit(text, units);
    const denied = units.filter((u) => said.includes(u.unit) && u.standsFor).map((u) => u.standsFor as string);
    return denied.length > 0 ? { said, denied } : null;
  }
  const before = text.slice(0, at.index);
  const after = text.slice(at.index + at[0].length);
  const resumes = DENIED_ENDS.exec(after);
  const deniedText = resumes ? after.slice(0, resumes.index) : after;
  const saidText = `${before} ${resumes ? after.slice(resumes.index) : ""}`;
  const denied = firstUnit(deniedText, units);
  const said = firstUnit(saidText, units);
  if (denied.length === 0 || said.length === 0 || said[0] === denied[0]) return null;
  return { said, denied };
}

/**
 * "the household is counted once for each episode of support": the unit named last before "counted" is the one
 * counted more than once (denied), the one after "for each" is what the figure counts ("each time": occasions).
 */
function readCountedForEach(text: string, at: RegExpExecArray, units: Units): UnitStatement | null {
  const before = unitsIn(text.slice(0, at.index), units).at(-1);
  const said = at.groups?.time ? firstUnit("occasions", units) : firstUnit(text.slice(at.index + at[0].length), units);
  if (!before || said.length === 0 || said[0] === before.unit) return null;
  return { said, denied: [before.unit] };
}

/** "are the number of": where a sentence starts to say what its figures are a number of. */
const NUMBER_OF = /\b(?:number|count|total)\s+of\b/iu;

/**
 * What a note affirms its figures count, when it sets no unit against
 * another: "the figures at Q2 are the number of missing/absent episodes for
 * each group" counts episodes. Nothing is denied in words; a metric that
 * counts none of the units said is what it leaves out (deniesUnitOfMetric).
 */
export function readAffirmedUnit(text: string, units: Units): UnitStatement | null {
  const at = NUMBER_OF.exec(text);
  if (!at) return null;
  const said = firstUnit(text.slice(at.index + at[0].length), units);
  return said.length > 0 ? { said, denied: [] } : null;
}

/**
 * A figure written with the noun it counts and nothing more: "14 missing
 * episodes", "22 young people", "5 incidents". The noun phrase's last words
 * (its head) must be a unit's, so "14 episodes missing" or "9 (see note)"
 * say nothing; a short phrase only, since a longer one is a sentence whose
 * words may be about something else.
 */
const FIGURE_WITH_NOUN = /^\s*\d[\d,]*\s+(?<noun>(?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)\s*\.?\s*$/u;

/**
 * One bracketed remark closing the answer, and a full stop after it. Words only: a bracket holding a
 * figure ("4 children (9 episodes)") gives a second count, and the noun before it is not the cell's whole.
 */
const TRAILING_BRACKET = /\s*\([^()\d]*\)\s*\.?\s*$/u;

/**
 * The unit a figure's own noun says it counts, as an affirmed unit
 * (readAffirmedUnit): "2b. 14 missing episodes" under a question about
 * children counts episodes, whichever question it was put under.
 */
export function readOwnUnit(raw: string, units: Units): UnitStatement | null {
  // "14 missing episodes (we are unable to count the number of individual children …)": a bracketed
  // remark after the noun gives the reason, not another noun; the noun before it still says what the
  // figure counts (round 142, Calderdale: kept as the children's count, unwarned).
  const noun = FIGURE_WITH_NOUN.exec(raw.replace(TRAILING_BRACKET, ""))?.groups?.noun?.toLowerCase();
  if (noun === undefined) return null;
  const head = unitsIn(noun, units).at(-1);
  if (!head) return null;
  // The unit's word must end the phrase: "young people" ends it, "episodes missing" does not.
  const ends = unitPatterns(units).some(
    ({ unit, re }) => unit === head.unit && new RegExp(`^(?:${re.source})$`, "iu").test(noun.slice(head.index)),
  );
  return ends ? { said: [head.unit], denied: [] } : null;
}

/** Words that end the noun phrase after a figure in a sentence: "9 referrals | to the NRM", "14 episodes | involving". */
const PHRASE_ENDS =
  /^(?:to|of|for|in|on|at|by|from|with|within|involving|who|which|that|where|when|during|between|were|was|are|is|had|have|has|and|or|but|across|over|since|after|before|than)$/iu;

/**
 * The unit the noun after a figure says it counts, where the figure is one
 * number inside a sentence of the reply ("In 2022 we made 9 referrals to the
 * National Referral Mechanism for looked after children": referrals). Read
 * on the phrase right after each place the figure is written, up to the
 * first word that ends a noun phrase; null unless every place gives a unit
 * (a figure written twice, once as "9 children", says nothing for certain).
 */
export function readUnitAfterFigure(raw: string, sentence: string, units: Units): UnitStatement | null {
  const figure = /^\s*(\d[\d,]*)\s*$/u.exec(raw)?.[1];
  if (figure === undefined) return null;
  // Most sentences a figure is asked about do not write it at all (a table's row label): the pattern
  // below starts with the figure as written, so a sentence without its digits has no place to read.
  if (!sentence.includes(figure)) return null;
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  const at = new RegExp(`(?<![\\p{L}\\d.,])${escaped}(?![.,]?\\d)\\s+((?:[\\p{L}'-]+\\s*){1,4})`, "gu");
  const read: (UnitStatement | null)[] = [];
  for (const m of sentence.matchAll(at)) {
    // "4 Private fostering arrangements ended (children)": a number opening the label before a capital
    // numbers the question, as a heading is numbered; it is not the figure written in the words.
    if (/^\s*$/u.test(sentence.slice(0, m.index)) && /^\p{Lu}/u.test(m[1] ?? "")) continue;
    const words: string[] = [];
    for (const w of (m[1] ?? "").trim().split(/\s+/u)) {
      if (PHRASE_ENDS.test(w)) break;
      words.push(w);
    }
    read.push(words.length === 0 ? null : readOwnUnit(`${figure} ${words.slice(0, 3).join(" ")}`, units));
  }
  if (read.length === 0 || read.some((r) => r === null)) return null;
  const said = new Set(read.flatMap((r) => r?.said ?? []));
  // Only the request's own two units (children, episodes): "167 young carers", "412 special guardians" name
  // the people a request about carers counts, and a unit of people or things the request does not count in
  // says nothing certain of a figure inside a sentence.
  const counted = new Set(units.flatMap((u) => (u.counts === undefined ? [] : [u.unit])));
  return said.size === 1 && [...said].every((u) => counted.has(u)) ? { said: [...said], denied: [] } : null;
}

/**
 * The units a metric counts: the one its `counts` names, and those its label
 * names as the thing counted ("approved households"); a unit after "a",
 * "to", "of" is what the label is about ("made subject to an order" counts
 * children, not orders). A label word of the other request unit than the
 * metric's `counts` is what the children or episodes are counted in, not the
 * count: "arrangements that ended (children)" counts children, so a note that
 * its figures are "arrangements, not children" says they count another unit.
 */
export function unitsOfMetric(metric: MetricDef | undefined, units: Units): Set<string> {
  const out = new Set<string>();
  if (!metric) return out;
  for (const u of units) if (u.counts === metric.counts) out.add(u.unit);
  const countsOf = new Map(units.map((u) => [u.unit, u.counts]));
  const label = metric.label.toLowerCase();
  for (const { unit, index } of unitsIn(label, units)) {
    const counts = countsOf.get(unit);
    if (metric.counts !== undefined && counts !== undefined && counts !== metric.counts) continue;
    if (!OBJECT_OF.test(label.slice(0, index))) out.add(unit);
  }
  return out;
}

/**
 * Whether the statement says a figure of this metric counts another unit:
 * it denies a unit the metric counts, and names as counted none it counts
 * ("households, not children" said of approved households only confirms them).
 */
export function deniesUnitOfMetric(statement: UnitStatement | null, metric: MetricDef | undefined, units: Units) {
  if (!statement) return false;
  const counted = unitsOfMetric(metric, units);
  // An affirmed unit (readAffirmedUnit) denies none in words: it is another unit when the metric counts one
  // unit or more and none of those said.
  if (statement.denied.length === 0) return counted.size > 0 && !statement.said.some((u) => counted.has(u));
  return statement.denied.some((u) => counted.has(u)) && !statement.said.some((u) => counted.has(u));
}

/** The statement in words: "episodes, not children". */
export function describeStatement(statement: UnitStatement): string {
  return `${statement.said.join(" and ")}, not ${statement.denied.join(" and ")}`;
}
