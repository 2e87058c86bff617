/**
 * The issue 2 acceptance bar on the eighth blind holdout corpus in
 * fixtures/holdout8/ (written by test/holdout8/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout8, generateHoldout8 } from "./generate.js";

describeHoldout({ name: "holdout8", build: buildHoldout8, generate: generateHoldout8 });
