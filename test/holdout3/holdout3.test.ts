/**
 * The issue 2 acceptance bar on the third blind holdout corpus in
 * fixtures/holdout3/ (written by test/holdout3/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout3, generateHoldout3 } from "./generate.js";

describeHoldout({ name: "holdout3", build: buildHoldout3, generate: generateHoldout3 });
