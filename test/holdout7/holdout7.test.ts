/**
 * The issue 2 acceptance bar on the seventh blind holdout corpus in
 * fixtures/holdout7/ (written by test/holdout7/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout7, generateHoldout7 } from "./generate.js";

describeHoldout({ name: "holdout7", build: buildHoldout7, generate: generateHoldout7 });
