/**
 * Whether bin/foi-agg.js runs the bundle (dist/bundle/main.js) rather than
 * tsc's modules (dist/cli/main.js), from their modification times in ms
 * (undefined: the file is missing). `npm run build` writes tsc's output and
 * then the bundle from it, so a bundle at least as new as tsc's output is
 * the same code, loaded faster. One older than it (a bare `tsc` after the
 * last build) would run old code, so the modules run instead; so they do
 * when either is missing. `tsc --watch` rewrites only the modules that
 * changed, so main.js may stay older than the bundle: after editing, run
 * `npm run build`.
 */
export function bundleIsCurrent(bundleMs: number | undefined, modulesMs: number | undefined): boolean {
  return bundleMs !== undefined && modulesMs !== undefined && bundleMs >= modulesMs;
}
