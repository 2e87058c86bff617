import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * End-to-end tests run the real CLI (bin/foi-agg.js → dist/bundle/), so build once
 * before any test runs; otherwise they would test a stale dist/.
 */
export default function setup(): void {
  // Unit-test runs during development may skip the build; CI never sets this.
  if (process.env.FOI_AGG_SKIP_BUILD === "1") return;
  const root = fileURLToPath(new URL("..", import.meta.url));
  // The steps of package.json's own build script (tsc, then the bundle bin/foi-agg.js runs), read from it so
  // the two cannot drift. Each is run with this Node rather than through npm and a shell, which the test
  // runner may not have on its PATH.
  for (const [bin, ...args] of buildSteps(readFileSync(`${root}package.json`, "utf8"))) {
    // A step that is a plain "node script.js" runs with this Node; the others are the packages' bins.
    const command = bin === "node" ? args : [`${root}node_modules/.bin/${bin}`, ...args];
    execFileSync(process.execPath, command, { cwd: root, stdio: "inherit" });
  }
}

/** The commands of package.json's build script ("tsc -p … && rolldown -c … && node …"), each as its bin and arguments. */
export function buildSteps(packageJson: string): string[][] {
  const build = (JSON.parse(packageJson) as { scripts: { build: string } }).scripts.build;
  return build.split("&&").map((step) => step.trim().split(/\s+/u));
}
