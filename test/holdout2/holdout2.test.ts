/**
 * The issue 2 acceptance bar on the second blind holdout corpus in
 * fixtures/holdout2/ (written by test/holdout2/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout2, generateHoldout2 } from "./generate.js";

describeHoldout({ name: "holdout2", build: buildHoldout2, generate: generateHoldout2 });
