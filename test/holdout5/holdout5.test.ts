/**
 * The issue 2 acceptance bar on the fifth blind holdout corpus in
 * fixtures/holdout5/ (written by test/holdout5/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout5, generateHoldout5 } from "./generate.js";

describeHoldout({ name: "holdout5", build: buildHoldout5, generate: generateHoldout5 });
