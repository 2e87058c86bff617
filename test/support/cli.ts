import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real command, as a user would after `npm ci` (bin/foi-agg.js → dist/). */
export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [`${ROOT}bin/foi-agg.js`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
