import { setFlagsFromString } from "node:v8";

/**
 * How much bytecode a function runs between V8's looks at whether to
 * optimise it: 8 times V8's own default (67,584 in Node 20's V8 11.3).
 *
 * An ingest runs a great deal of code a little: some 200 files, each read by
 * dozens of readers that each look at a few cells. With V8's default, the
 * optimising compiler (TurboFan) compiled hundreds of functions that then
 * ran only a few more times, on a background thread: about a third of the
 * CPU time of an everyday run (the fixtures 3.0 s of CPU, of which the main
 * thread's was 1.9 s). With the higher budget only code that stays hot is
 * optimised: the fixtures take about 2.2 s of CPU, 1,000 returns about 30%
 * less, and the main thread's own time (the run's wall time on an idle
 * machine) is the same, as is the million-row episode list's (its loops are
 * hot at once either way). What the code computes is the same at every
 * tier, so the outputs are byte-identical.
 *
 * Like compileRegExpsAtOnce, a V8 flag holds for the whole process, worker
 * threads included, and applies to the functions compiled after it is set,
 * so the entry point calls this before it imports the CLI.
 */
export const INTERRUPT_BUDGET = 8 * 67_584;

export function optimiseHotCodeOnly(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
