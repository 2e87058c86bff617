/**
 * The issue 2 acceptance bar on the ninth blind holdout corpus in
 * fixtures/holdout9/ (written by test/holdout9/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout9, generateHoldout9 } from "./generate.js";

describeHoldout({ name: "holdout9", build: buildHoldout9, generate: generateHoldout9 });
