/**
 * The issue 2 acceptance bar, measured on the blind holdout corpus in
 * fixtures/holdout/ (written by test/holdout/generate.ts; its own test,
 * generate.test.ts, keeps the committed files equal to the generator's):
 *
 *   FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout/holdout.test.ts
 *
 * The full report (every miss with its raw text and source) is printed, and
 * also written to $HOLDOUT_REPORT when that is set.
 */
import { describeHoldoutBar } from "./describeHoldout.js";

describeHoldoutBar("holdout");
