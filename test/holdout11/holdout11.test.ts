/**
 * The issue 2 acceptance bar on the eleventh blind holdout corpus in
 * fixtures/holdout11/ (written by test/holdout11/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout11, generateHoldout11 } from "./generate.js";

describeHoldout({ name: "holdout11", build: buildHoldout11, generate: generateHoldout11 });
