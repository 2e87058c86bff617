import { describe, expect, it } from "vitest";
import { bundleIsCurrent } from "../../src/cli/bundleIsCurrent.js";

/** bin/foi-agg.js runs the bundle only when it was made from tsc's latest output (fake mtimes, in ms). */
describe("bundleIsCurrent: which entry bin/foi-agg.js loads", () => {
  it.each([
    ["made by npm run build after tsc (newer)", 2_000, 1_000, true],
    ["made in the same millisecond as tsc's output", 1_000, 1_000, true],
    ["older than tsc's output (a bare tsc since the build)", 1_000, 2_000, false],
    ["missing (tsc only, never bundled)", undefined, 1_000, false],
    ["tsc's output missing", 1_000, undefined, false],
    ["both missing", undefined, undefined, false],
  ])("the bundle %s", (_, bundleMs, modulesMs, expected) => {
    expect(bundleIsCurrent(bundleMs, modulesMs)).toBe(expected);
  });
});
