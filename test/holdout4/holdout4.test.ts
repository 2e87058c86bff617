/**
 * The issue 2 acceptance bar on the fourth blind holdout corpus in
 * fixtures/holdout4/ (written by test/holdout4/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout4, generateHoldout4 } from "./generate.js";

describeHoldout({ name: "holdout4", build: buildHoldout4, generate: generateHoldout4 });
