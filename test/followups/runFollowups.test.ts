import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runFollowups } from "../../src/cli/commands/followups.js";
import { captureIo, UsageError } from "../../src/cli/io.js";
import { renderQualityReport } from "../../src/report/renderQualityReport.js";
import { knowledge } from "../report/build-returns.js";
import { fixtureIngest } from "../report/fixture-ingest.js";

let root: string;
let outDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "foi-agg-followups-"));
  outDir = join(root, "out");
  await mkdir(outDir);
  await writeFile(
    join(outDir, "quality.json"),
    renderQualityReport(fixtureIngest(), knowledge).get("quality.json") ?? "",
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const EXPECTED_LETTERS = [
  "E09000012-hackney.txt",
  "E09000023-lewisham.txt",
  "E10000008-devon.txt",
  "E10000016-kent.txt",
  "S12000046-glasgow-city.txt",
  "W06000001-isle-of-anglesey.txt",
];

describe("runFollowups", () => {
  it("writes one letter per council needing one into <out>/letters and says so", async () => {
    const io = captureIo();
    expect(await runFollowups(outDir, {}, io)).toBe(0);
    const dir = join(outDir, "letters");
    expect((await readdir(dir)).sort()).toEqual(EXPECTED_LETTERS);
    expect(io.out.join("")).toBe(`Wrote 6 letters to ${dir}\n`);
    expect(io.err).toEqual([]);
    const lewisham = await readFile(join(dir, "E09000023-lewisham.txt"), "utf8");
    expect(lewisham.replace(/\s+/g, " ")).toContain("as “fewer than 5”");
  });

  it("writes to --to, replacing letters from an earlier run", async () => {
    const to = join(root, "letters-2016", "round-1");
    await mkdir(to, { recursive: true });
    await writeFile(join(to, "E10000030-surrey.txt"), "stale letter from an earlier run");
    const io = captureIo();
    expect(await runFollowups(outDir, { to }, io)).toBe(0);
    expect((await readdir(to)).sort()).toEqual(EXPECTED_LETTERS);
    expect(io.out.join("")).toBe(`Wrote 6 letters to ${to}\n`);
    // No temporary folder is left beside it.
    expect(await readdir(join(root, "letters-2016"))).toEqual(["round-1"]);
  });

  it("will not replace a folder holding files that are not letters", async () => {
    const to = join(root, "documents");
    await mkdir(to);
    await writeFile(join(to, "budget.xlsx"), "precious");
    await expect(runFollowups(outDir, { to }, captureIo())).rejects.toThrow(UsageError);
    expect(await readdir(to)).toEqual(["budget.xlsx"]);
  });

  it("uses an edited template given with --template", async () => {
    const template = join(root, "letter.txt");
    await writeFile(
      template,
      "To {{authority_name}} ({{authority_code}}):\n\n{{points}}\n\nRegards,\nThe Research Team\n",
    );
    expect(await runFollowups(outDir, { template }, captureIo())).toBe(0);
    const devon = await readFile(join(outDir, "letters", "E10000008-devon.txt"), "utf8");
    expect(devon).toMatch(/^To Devon \(E10000008\):\n\n1\. /);
    expect(devon).toMatch(/\n\nRegards,\nThe Research Team\n$/);
  });

  it.each([
    [
      "no quality.json",
      async () => rm(join(outDir, "quality.json")),
      /quality\.json not found: run "foi-agg ingest/,
      false,
    ],
    [
      "quality.json that is not JSON",
      async () => writeFile(join(outDir, "quality.json"), "{ nope"),
      /is not valid JSON/,
      false,
    ],
    [
      "quality.json of another shape",
      async () => writeFile(join(outDir, "quality.json"), JSON.stringify({ authorities: [] })),
      /is not a foi-agg quality report \(request: /,
      false,
    ],
    [
      "a template without {{points}}",
      async () => writeFile(join(root, "bad-template.txt"), "Dear {{authority_name}}"),
      /bad-template\.txt: the template has no \{\{points\}\} placeholder/,
      true,
    ],
  ])("is bad usage (exit 2) given %s, and writes nothing", async (_name, arrange, message, customTemplate) => {
    await arrange();
    const options = customTemplate ? { template: join(root, "bad-template.txt") } : {};
    const error = await runFollowups(outDir, options, captureIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect(await readdir(outDir)).not.toContain("letters");
  });
});
