import { join } from "node:path";
import { z } from "zod";
import { isValidRegex, loadJson } from "./files.js";

/**
 * Phrasings of answers that are not plain numbers: zero words, suppression
 * markers, "not held" and refusal wording. Parsing code (src/parse/) holds
 * the precedence and the arithmetic; everything a council might *write* is
 * here, so a new phrasing is taught by editing values.json.
 */
export const VALUES_FILE = "values.json";

/** Placeholders a suppression pattern may use for a number (digits or a number word). */
export const NUMBER_PLACEHOLDERS = ["{n}", "{lo}", "{hi}"] as const;

/**
 * How the bounds of a suppressed figure follow from its wording. A suppressed
 * count is never 0 (councils report 0 plainly), so:
 * - `below`: "<N", "fewer than N" → 1..N-1
 * - `atMost`: "≤N", "N or fewer" → 1..N
 * - `range`: "a-b", "between a and b" → a..b
 * - `marker`: "*", "c", "redacted" → 1..threshold-1
 */
export const BOUND_KINDS = ["below", "atMost", "range", "marker"] as const;
export type BoundKind = (typeof BOUND_KINDS)[number];

/** A phrase is a regex source; the object form adds a note shown to the user. */
const PhraseSchema = z
  .union([z.string(), z.object({ pattern: z.string(), note: z.string().optional() })])
  .transform((p) => (typeof p === "string" ? { pattern: p } : p));
export type Phrase = z.output<typeof PhraseSchema>;

const SuppressionSchema = z.object({
  pattern: z.string(),
  bounds: z.enum(BOUND_KINDS),
});
export type SuppressionPattern = z.infer<typeof SuppressionSchema>;

export const ValueVocabularySchema = z
  .object({
    /** Free text for people editing the file (the bounds rule, the precedence). */
    notes: z.array(z.string()).default([]),
    /** Whole answers that mean 0, compared after normalising ("nil", "-", "none"). */
    zeroWords: z.array(z.string().min(1)).min(1),
    /**
     * The zero words that are only a mark in a cell (a dash). Beside a figure
     * given for the whole span of a round's periods, in the same row, they
     * mark the periods the council did not split it into, not counts of none.
     */
    dashWords: z.array(z.string().min(1)).default([]),
    /**
     * How a sum of money is written ("£5,998.75", "£12,500 per week",
     * "£1.2m"): regex sources for the currency before or after the number,
     * scale words after it, the stretch of time it is paid over, and the
     * words of a question's label that ask for money. A sum of money is never
     * a count; it answers only an average (or a maximum) asked in money, over
     * the same stretch of time.
     */
    money: z
      .object({
        currency: z.array(z.string().min(1)).default([]),
        currencyAfter: z.array(z.string().min(1)).default([]),
        scale: z.record(z.string().min(1), z.number().positive()).default({}),
        per: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
        measureWords: z.array(z.string().min(1)).default([]),
      })
      .default({ currency: [], currencyAfter: [], scale: {}, per: {}, measureWords: [] }),
    /** Number words read as counts ("three" → 3), also usable as {n} in suppression patterns. */
    numberWords: z.record(z.string().min(1), z.number().int().positive()),
    /** Words after a number that name what is counted ("4 children") and are dropped. */
    countNouns: z.array(z.string().min(1)).default([]),
    /** Marks after a number that point at a footnote ("12*", "12¹", "12 [note 3]"). */
    footnoteMarks: z.array(z.string()).default([]),
    /**
     * Words before a number that make it approximate ("approximately 270",
     * "around 40", "c. 30"): such a count is never exact, and it has no
     * stated step to read it as a range by, so it is not counted at all.
     */
    approximate: z.array(z.string().min(1)).default([]),
    /** Words after a number that make it approximate ("40 or so", "40 (approx.)"), as `approximate` does before it. */
    approximateAfter: z.array(z.string().min(1)).default([]),
    /** Whole-answer patterns (anchored by the parser) for suppressed figures. */
    suppressed: z.array(SuppressionSchema).min(1),
    /** Patterns searched anywhere in the answer; refusals are checked before "not held". */
    refused: z.array(PhraseSchema).min(1),
    /**
     * Refusal reasons that protect small numbers (personal data, a risk of
     * identifying a child), searched anywhere. A refusal for such a reason
     * that states a bound ("the number is fewer than 5 … withheld under
     * section 40(2)") is a suppressed figure with that bound, not a refusal
     * of the question.
     */
    suppressionReasons: z.array(PhraseSchema).default([]),
    /**
     * The words that join a suppression marker to its meaning in a key under
     * a table ("<5 = a number between 1 and 4 … (s.40(2))", "* denotes fewer
     * than five", "[c]: confidential"): regex sources, tried after the marker.
     * Such a line explains the cells that use the marker; its reason (s.40)
     * refuses nothing, so a letter's whole-reply reading skips it.
     */
    suppressionKeyJoins: z.array(z.string().min(1)).default([]),
    notHeld: z.array(PhraseSchema).min(1),
    /** Whole-answer patterns (anchored by the parser) for questions left unanswered. */
    notAnswered: z.array(PhraseSchema).min(1),
    /**
     * Whole answers saying a question does not apply ("not applicable",
     * "n/a"). Still unanswered on their own; after an exact 0 for the
     * children the question is about (none went missing), the question has
     * nothing to count, and the answer is read as 0 (assemble).
     */
    notApplicable: z.array(z.string().min(1)).default([]),
    /**
     * Answers written as sentences with one count in them ("There were 4 such
     * children"); {n} marks the count, or `value` gives it ("none went missing").
     * Whole-answer patterns, tried last, and only on answers with at most one number.
     */
    sentences: z
      .array(
        z.object({
          pattern: z.string().min(1),
          value: z.number().int().nonnegative().optional(),
          note: z.string().min(1),
        }),
      )
      .default([]),
    /**
     * The words by which a refusal names the question it sits under as its own ("we are therefore refusing
     * this part of your request under section 12"), so that a reason before it naming other groups is no
     * label for it (locate's readExplainedStatement). Patterns over the sentence's text.
     */
    refusalOfQuestionAbove: z.array(z.string().min(1)).default([]),
    /**
     * A sentence whose count is a suppression bound ("In addition, fewer than five further children were
     * suspected …"): the words that may open it before the bound (`leads`) and those that may stand between
     * the bound and the noun (`between`). The rest must read as one of `sentences` with the bound's number
     * as its count, so only a count's sentence is read (parseValue's readBoundSentence).
     */
    boundSentences: z
      .object({ leads: z.array(z.string().min(1)).default([]), between: z.array(z.string().min(1)).default([]) })
      .default({ leads: [], between: [] }),
    /**
     * One answer to "how many went missing, and how many times?": a count of
     * children and a count of episodes ("1 child, 3 occasions", "3 children
     * (7 episodes)"). Whole-answer patterns with {children} and {episodes}.
     */
    pairedAnswers: z.array(z.string().min(1)).default([]),
    /**
     * A part's answer saying it is counted in the figure on the row above
     * ("Included in above"): whole-answer patterns over the normalised answer
     * (foldIncludedPart). The row above then gives both parts together.
     */
    includedAbove: z.array(z.string().min(1)).default([]),
    /** "Included in 1a": a part counted in another named by its question; the group ref is the question. */
    includedIn: z.array(z.string().min(1)).default([]),
    /** Prose of a whole letter that refuses or says nothing is held; searched anywhere. */
    documents: z.object({
      refused: z.array(PhraseSchema).min(1),
      notHeld: z.array(PhraseSchema).min(1),
      /**
       * Words that name only the form of the reply ("this letter acts as a
       * refusal notice"): councils send one for a refusal and for information
       * not held alike, so the letter's reason decides, and these count as a
       * refusal only when it gives none.
       */
      notices: z.array(PhraseSchema).default([]),
      /**
       * Openings of a sentence that says what happens where something is not
       * held ("Where information is not held …, this is explained in the
       * response"): a not-held phrase inside one is boilerplate, passed over.
       */
      notHeldOnCondition: z.array(PhraseSchema).default([]),
      /**
       * Words of a covering letter that say its attachment holds the answers
       * ("it is provided in the attached spreadsheet"): a withholding the
       * letter mentions (gender under section 40(2)) is then of a part, never
       * a refusal of the whole request.
       */
      answeredInAttachment: z.array(PhraseSchema).default([]),
    }),
  })
  .superRefine((vocab, ctx) => {
    const check = (source: string, path: (string | number)[]): void => {
      if (!isValidRegex(source))
        ctx.addIssue({ code: "custom", path, message: `invalid regular expression: ${source}` });
    };
    vocab.suppressed.forEach((s, i) => {
      const needs: Record<BoundKind, string[]> = {
        below: ["{n}"],
        atMost: ["{n}"],
        range: ["{lo}", "{hi}"],
        marker: [],
      };
      for (const placeholder of needs[s.bounds]) {
        if (!s.pattern.includes(placeholder)) {
          ctx.addIssue({
            code: "custom",
            path: ["suppressed", i, "pattern"],
            message: `a "${s.bounds}" pattern needs ${placeholder}`,
          });
        }
      }
      check(expandValuePattern(s.pattern, vocab.numberWords), ["suppressed", i, "pattern"]);
    });
    vocab.footnoteMarks.forEach((p, i) => {
      check(p, ["footnoteMarks", i]);
    });
    for (const key of ["currency", "currencyAfter", "measureWords"] as const) {
      vocab.money[key].forEach((p, i) => {
        check(p, ["money", key, i]);
      });
    }
    for (const [per, list] of Object.entries(vocab.money.per)) {
      list.forEach((p, i) => {
        check(p, ["money", "per", per, i]);
      });
    }
    for (const key of ["refused", "suppressionReasons", "notHeld", "notAnswered"] as const) {
      vocab[key].forEach((p, i) => {
        check(p.pattern, [key, i, "pattern"]);
      });
    }
    for (const key of ["refused", "notHeld", "notices", "notHeldOnCondition", "answeredInAttachment"] as const) {
      vocab.documents[key].forEach((p, i) => {
        check(p.pattern, ["documents", key, i, "pattern"]);
      });
    }
  })
  .transform((vocab) => ({ ...vocab, numberWords: withCompoundNumberWords(vocab.numberWords) }));
export type ValueVocabulary = z.output<typeof ValueVocabularySchema>;

/**
 * "forty-one", "sixty four": letters that write their counts in words join a
 * tens word and a unit word, so each such pair is a number word too. Built
 * here rather than listed in values.json, so the file keeps only the words
 * a person would add, and every reader of number words sees the same list.
 */
function withCompoundNumberWords(words: Record<string, number>): Record<string, number> {
  const entries = Object.entries(words);
  const tens = entries.filter(([, n]) => n >= 20 && n <= 90 && n % 10 === 0);
  const units = entries.filter(([, n]) => n >= 1 && n <= 9);
  const out = { ...words };
  for (const [ten, t] of tens) {
    for (const [unit, u] of units) {
      out[`${ten}-${unit}`] ??= t + u;
      out[`${ten} ${unit}`] ??= t + u;
    }
  }
  return out;
}

/**
 * Replace {n}, {lo} and {hi} with named groups that accept digits or any
 * number word. Longer words go first so that, where a pattern is not anchored,
 * "seventeen" is tried before "seven".
 */
export function expandValuePattern(pattern: string, numberWords: Readonly<Record<string, number>>): string {
  const number = numberAlternation(numberWords);
  return pattern.replace(/\{(n|lo|hi|children|episodes)\}/g, (_, name: string) => `(?<${name}>${number})`);
}

/**
 * Each vocabulary's number alternation, built on its first use. About 40
 * value patterns are expanded with the same words (once to check the
 * vocabulary as it loads, once to compile it), and building the alternation
 * (a sort by collation, then the tree) cost about 2 ms each: 80–100 ms of
 * CPU in every run, most of a one-file run's time in this module. The
 * vocabulary is parsed data that nothing changes after loading, so its
 * words, and so the alternation, stay the same for the object's lifetime.
 */
const numberAlternations = new WeakMap<Readonly<Record<string, number>>, string>();

/** Digits (with or without thousands commas) or any number word, longest word first. */
function numberAlternation(numberWords: Readonly<Record<string, number>>): string {
  const cached = numberAlternations.get(numberWords);
  if (cached !== undefined) return cached;
  const words = Object.keys(numberWords).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const number = ["\\d{1,3}(?:,\\d{3})+", "\\d+", numberWordAlternation(words)].join("|");
  numberAlternations.set(numberWords, number);
  return number;
}

/**
 * The number words as one alternation. Written as a tree of their letters
 * ("t(?:w(?:o|elve|enty(?:(?:-(?:one|…))?)…") rather than a list of some 170
 * words ("seventy-eight|seventy eight|…"): the ~20 value patterns that hold
 * it each took V8 about 5 ms to compile, and half that as a tree. It matches
 * the same: the words that can match at one place in a text are prefixes of
 * one another, and the tree, like the list (longest first), tries the longer
 * before the shorter. Only for words of lower-case ASCII letters, spaces and
 * hyphens, where no two different letters are one letter to the patterns'
 * "i" flag; any other list stays a list.
 */
function numberWordAlternation(longestFirst: readonly string[]): string {
  if (!longestFirst.every((w) => /^[a-z -]+$/u.test(w))) return longestFirst.map(escapeRegex).join("|");
  interface Node {
    next: Map<string, Node>;
    word: boolean;
  }
  const root: Node = { next: new Map(), word: false };
  for (const w of longestFirst) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.word = true;
  }
  const write = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => ch + write(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
    // Greedy: the longer word (going on) is tried before the word that ends here.
    return node.word ? `(?:${body})?` : body;
  };
  return write(root) || "(?!)";
}

export function escapeRegex(text: string): string {
  // "-" is left alone: escaping it outside a character class is an error under the "u" flag.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export function loadValueVocabulary(dir: string): ValueVocabulary {
  return loadJson(join(dir, VALUES_FILE), ValueVocabularySchema);
}

/** Whether a label asks for a sum of money ("average weekly cost in pounds"), by the money vocabulary's words. */
export function labelAsksMoney(label: string, money: ValueVocabulary["money"]): boolean {
  const text = label.toLowerCase();
  return money.measureWords.some((p) => new RegExp(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, "iu").test(text));
}

/**
 * The vocabulary for a round: a sum of money is read as one (never as "not
 * understood") only in a round that asks an average or a highest value in
 * money. Elsewhere "£450" is the cost limit of a refusal or a remark, and
 * every reader keeps reading it as text, as it always has.
 */
export function valuesForRequest(
  vocab: ValueVocabulary,
  asked: readonly { kind: string; label: string }[],
): ValueVocabulary {
  if (asked.some((m) => m.kind !== "count" && labelAsksMoney(m.label, vocab.money))) return vocab;
  return { ...vocab, money: { ...vocab.money, currency: [], currencyAfter: [] } };
}
