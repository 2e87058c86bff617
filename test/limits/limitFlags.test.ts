import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "foi-agg-limits-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A good return (21 rows) beside an episode list of 42 rows (a title, a header and 40 episodes). */
function makeFolder(): string {
  const folder = join(scratch, "returns");
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(ROOT, "fixtures", "returns", "westminster_foi_2015.csv"), join(folder, "westminster_foi_2015.csv"));
  const episodes = Array.from({ length: 40 }, (_, i) => `C${i % 4},UASC,0${(i % 9) + 1}/11/2014,`);
  writeFileSync(
    join(folder, "kent_episodes.csv"),
    ["Kent County Council", "Child ID,Category,Date went missing,Date returned", ...episodes].join("\n"),
  );
  return folder;
}

describe("ingest --max-rows", () => {
  const folder = makeFolder();

  it.each<[string, string[], boolean]>([
    ["under the default limits", [], false],
    ["past --max-rows 30", ["--max-rows", "30"], true],
  ])("%s: the run finishes and the good file is counted", (_name, flags, tooLarge) => {
    const out = join(scratch, `out-${tooLarge ? "small" : "default"}`);
    const run = runCli(["ingest", folder, "--out", out, "--jobs", "1", ...flags]);
    expect(run.code, run.stderr).toBe(0);
    const quality = readFileSync(join(out, "quality.csv"), "utf8");
    const authorities = readFileSync(join(out, "authorities.csv"), "utf8");
    expect(authorities).toContain("Westminster,England,E12000007,London,answered,westminster_foi_2015.csv");
    expect(authorities.includes("Kent,England,E12000008,South East,unreadable,kent_episodes.csv")).toBe(tooLarge);
    expect(quality.includes("42 rows is over the limit of 30; raise it with `--max-rows`")).toBe(tooLarge);
  });

  it("refuses a limit that is not a whole number, with exit 2", () => {
    const run = runCli(["ingest", folder, "--out", join(scratch, "bad"), "--max-rows", "lots"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected a whole number of 1 or more, got "lots"');
  });
});
