import { join } from "node:path";
import { z } from "zod";
import { GROUPS, METRICS } from "../domain/request.js";
import { isValidRegex, loadJson } from "./files.js";

const pattern = z.string().refine(isValidRegex, { message: "not a valid regular expression" });
const patterns = z.array(pattern);

const specificGroups = GROUPS.filter((g) => g !== "all") as Exclude<(typeof GROUPS)[number], "all">[];

export const LabelVocabularySchema = z.object({
  groups: z.object(
    Object.fromEntries(specificGroups.map((g) => [g, patterns])) as Record<
      (typeof specificGroups)[number],
      typeof patterns
    >,
  ),
  qualifierGroups: z.array(z.enum(GROUPS)),
  allGroupPatterns: patterns,
  bothGroupsPatterns: patterns,
  twoQuestions: patterns,
  combinedTrafficked: patterns,
  childCountCues: patterns,
  codeTokens: z.array(z.string().regex(/^[a-z]+$/)),
  metrics: z.object(
    Object.fromEntries(METRICS.map((m) => [m, patterns])) as Record<(typeof METRICS)[number], typeof patterns>,
  ),
  metricRefines: z.partialRecord(z.enum(METRICS), z.array(z.enum(METRICS))),
  countCues: patterns,
  /**
   * A note that every figure in the file is rounded ("All figures rounded to
   * the nearest 5"); the pattern's first group is the step, in digits or words.
   */
  roundingNotes: patterns.default([]),
  /**
   * Row or column labels that slice a measure rather than name it: parts of
   * a partition, whose counts add up ("Male", "16-17"), and spans of time,
   * whose children may be counted in more than one ("Q3", "January").
   */
  breakdowns: z.object({ partition: patterns, time: patterns }).default({ partition: [], time: [] }),
  anaphoraCues: patterns,
  ignoreLabels: patterns,
  ratioLabels: patterns,
  ratioWithCount: pattern,
  otherPeriod: patterns,
  referenceBeforeNumber: pattern,
  answerLabelOnly: pattern,
  nationality: z.object({ headers: patterns, totalRow: patterns }),
  episodes: z.object({
    child: patterns,
    /** An episode's own reference ("EPISODE_ID"): it marks a row-per-episode list and is never the child. */
    episodeId: patterns,
    group: patterns,
    /** Codes in a category column that name a group besides the group phrasings ("12A", the CIN trafficking factor). */
    groupCodes: z.object({ trafficked: patterns, uasc: patterns }),
    /** A column whose cells say "still missing" / "returned" for each episode. */
    status: patterns,
    missingDate: patterns,
    returnedDate: patterns,
    /** A count of a child's episodes on a row-per-child list ("MISS_EPISODES_PERIOD"). */
    episodeCount: patterns,
    /** A yes/no column saying whether the child went missing in the period. */
    wentMissingFlag: patterns,
    stillMissing: patterns,
    stillMissingFlag: patterns,
    returnedFlag: patterns,
    yes: patterns,
    no: patterns,
  }),
  questionReference: pattern,
  childNouns: pattern,
  questionNumber: pattern,
  answerPrefix: pattern,
  answerMarkers: patterns,
  questionOnly: patterns,
  caveats: z.array(
    z.object({
      kind: z.enum(["cohort", "snapshot", "subgroup"]),
      pattern,
      groups: z.array(z.enum(GROUPS)).optional(),
      metrics: z.array(z.enum(METRICS)).optional(),
      code: z.enum(["label_outside_request"]),
      message: z.string().includes("{phrase}"),
    }),
  ),
});
export type LabelVocabulary = z.infer<typeof LabelVocabularySchema>;

export function loadLabels(dir: string): LabelVocabulary {
  return loadJson(join(dir, "labels.json"), LabelVocabularySchema);
}
