import { z } from "zod";
import { hashContents, type OutputContents } from "./writeOutputsAtomically.js";

/** The file that records a run; the one output that differs between two runs on the same inputs. */
export const RUN_RECORD_FILE = "run.json";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const inputFile = z.object({
  /** As given on the command line (the returns: relative to the input folder). */
  path: z.string(),
  sha256,
  bytes: z.number().int().nonnegative(),
});

/**
 * run.json: how an output folder was made, in one file. Everything here
 * that changes from run to run (the time, the absolute paths) is kept out
 * of every other output, so those stay byte-identical for the same inputs.
 */
export const RunRecordSchema = z.object({
  tool: z.object({ name: z.literal("foi-agg"), version: z.string() }),
  /** When the run started (UTC, ISO 8601). */
  startedAt: z.string(),
  request: z.object({
    id: z.string(),
    /** The --request file; null for the bundled request. */
    file: inputFile.nullable(),
  }),
  /** The input folder, as an absolute path. */
  folder: z.string(),
  overrides: inputFile.nullable(),
  manifest: inputFile.nullable(),
  /** Every file read as a return, with the sha256 of the bytes read (empty when they could not be read). */
  returns: z.array(inputFile.extend({ sha256: z.string() })),
  /** Files in the folder left out by .foi-aggignore or --exclude, with the rule. */
  ignored: z.array(z.object({ file: z.string(), rule: z.string() })),
  /**
   * Every other file this run wrote (path → sha256). The next run into this
   * folder uses it to tell foi-agg's files from the user's: only a file
   * listed here and unchanged is ever replaced.
   */
  outputs: z.record(z.string(), sha256),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;

/** The run record for `outputs`, as the text of run.json. Pure: the caller supplies the time. */
export function describeRun(
  run: Omit<RunRecord, "tool" | "outputs"> & { version: string },
  outputs: ReadonlyMap<string, OutputContents>,
): string {
  const { version, ...rest } = run;
  const record: RunRecord = {
    tool: { name: "foi-agg", version },
    ...rest,
    outputs: Object.fromEntries(
      [...outputs.entries()]
        .filter(([path]) => path !== RUN_RECORD_FILE)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, contents]) => [path, hashContents(contents)]),
    ),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** What a previous run wrote, from its run.json text; null when the text is not a run record. */
export function readWrittenOutputs(text: string | null): Map<string, string> | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = RunRecordSchema.pick({ outputs: true }).safeParse(json);
  return parsed.success ? new Map(Object.entries(parsed.data.outputs)) : null;
}
