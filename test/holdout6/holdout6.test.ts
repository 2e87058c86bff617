/**
 * The issue 2 acceptance bar on the sixth blind holdout corpus in
 * fixtures/holdout6/ (written by test/holdout6/generate.ts); see
 * test/holdout/describeHoldout.ts for how to run and rewrite it.
 */
import { describeHoldout } from "../holdout/describeHoldout.js";
import { buildHoldout6, generateHoldout6 } from "./generate.js";

describeHoldout({ name: "holdout6", build: buildHoldout6, generate: generateHoldout6 });
