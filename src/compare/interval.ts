/**
 * A figure as a closed interval: exact figures have lower = upper; a
 * suppressed "<5" is [1, 4]. Sums and differences carry the bounds through,
 * so a change is never shown as exact when either side is a range.
 */
export interface Bounds {
  lower: number;
  upper: number;
}

export function addBounds(a: Bounds, b: Bounds): Bounds {
  return { lower: a.lower + b.lower, upper: a.upper + b.upper };
}

/** later − earlier: the smallest change is later's low end less earlier's high end, and the other way round. */
export function subtractBounds(later: Bounds, earlier: Bounds): Bounds {
  return { lower: later.lower - earlier.upper, upper: later.upper - earlier.lower };
}

export function exactValue(b: Bounds): number | null {
  return b.lower === b.upper ? b.lower : null;
}
