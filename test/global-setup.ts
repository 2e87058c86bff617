import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * End-to-end tests run the real CLI (bin/foi-agg.js → dist/bundle/), so build once
 * before any test runs; otherwise they would test a stale dist/.
 */
export default function setup(): void {
  // Unit-test runs during development may skip the build; CI never sets this.
  if (process.env.FOI_AGG_SKIP_BUILD === "1") return;
  const root = fileURLToPath(new URL("..", import.meta.url));
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"], {
    cwd: root,
    stdio: "inherit",
  });
  // bin/foi-agg.js runs the bundle made from dist/ (.rolldown.config.mjs), so it is made again too.
  execFileSync(
    process.execPath,
    [`${root}node_modules/rolldown/bin/cli.mjs`, "-c", ".rolldown.config.mjs", "--logLevel", "warn"],
    { cwd: root, stdio: "inherit" },
  );
}
