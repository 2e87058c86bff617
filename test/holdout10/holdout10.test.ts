/**
 * The issue 2 acceptance bar on the tenth blind holdout corpus in
 * fixtures/holdout10/ (written by test/holdout10/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout10, generateHoldout10 } from "./generate.js";

describeHoldout({ name: "holdout10", build: buildHoldout10, generate: generateHoldout10 });
