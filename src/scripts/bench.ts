import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { classifyFile } from "../discover/classifyFile.js";
import { discoverFiles, type FilePath } from "../discover/discoverFiles.js";
import { isManifestFile } from "../identify/parseManifest.js";
import { benchEpisodes } from "./benchEpisodes.js";

/**
 * `npm run bench`: median wall time, CPU time and peak memory of the whole
 * ingest on the fixture corpus and on 1,000 generated returns, each beside
 * its floor (just opening and parsing the same files with exceljs/csv-parse).
 * Every case runs in a fresh child process, so ingest and floor pay the same
 * start-up cost and peak RSS (which includes worker threads) is measured the
 * same way. CPU time is shown too because on a shared machine it moves far
 * less with other people's load than wall time does.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Measurement {
  wallMs: number;
  /** User + system CPU time of the child, all its threads. */
  cpuMs: number;
  maxRssKb: number;
}

/** What a child reports on its last line of stdout (from process.resourceUsage()). */
interface ChildUsage {
  maxRssKb: number;
  cpuMs: number;
}

function readUsage(): ChildUsage {
  const usage = process.resourceUsage();
  return { maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
}

async function benchMain(): Promise<void> {
  const { values } = parseArgs({
    options: {
      fixtures: { type: "string", default: join(ROOT, "fixtures", "returns") },
      runs: { type: "string" },
      "runs-large": { type: "string" },
      count: { type: "string", default: "1000" },
      jobs: { type: "string" },
      floor: { type: "string" },
      /** Only the start-up cases (`foi-agg --version`, `--help`): seconds, not minutes. */
      startup: { type: "boolean", default: false },
    },
  });
  if (values.startup) {
    const startup = await benchStartup(Number(values.runs ?? 15));
    process.stdout.write(`${formatTable(startup.rows)}\n${startup.verdicts}`);
    return;
  }
  // Child mode: parse every return in a folder and report this process's peak memory and CPU time.
  if (values.floor !== undefined) {
    await parseFloor(await listReturns(values.floor));
    process.stdout.write(`${JSON.stringify(readUsage())}\n`);
    return;
  }
  const runs = Number(values.runs ?? 5);
  const runsLarge = Number(values["runs-large"] ?? values.runs ?? 3);
  const count = Number(values.count);
  const jobs = values.jobs !== undefined ? ["--jobs", values.jobs] : [];
  const corpus = await listReturns(values.fixtures);
  if (corpus.length === 0) {
    throw new Error(`no returns in ${values.fixtures}: run \`npm run fixtures\` first, or pass --fixtures <dir>`);
  }

  const scratch = await mkdtemp(join(tmpdir(), "foi-agg-bench-"));
  try {
    const large = join(scratch, "returns");
    await makeLargeCorpus(corpus, large, count);
    const out = join(scratch, "out");
    const rows: Row[] = [];
    // Timings on a shared machine mean little without its load, so say what it was.
    process.stdout.write(
      `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}; ${corpus.length} fixture returns in ${values.fixtures}\n\n`,
    );
    const floor = (folder: string) => runNode([fileURLToPath(import.meta.url), "--floor", folder]);
    // Ingest and its floor alternate run by run, so a burst of someone else's load falls on both.
    const [fixtureRuns, fixtureFloor] = await repeatPair(
      runs,
      () => runIngestChild(scratch, values.fixtures, out, jobs),
      () => floor(values.fixtures),
    );
    rows.push([`ingest fixtures (${corpus.length} files)`, runs, fixtureRuns]);
    rows.push([`floor: parse the ${corpus.length} fixtures`, runs, fixtureFloor]);
    // The fixture round's report, before the larger run replaces the output folder.
    const { benchReport } = await import("./benchReport.js");
    const reportLine = await benchReport(join(out, "report.html"), runs);
    const [largeRuns, largeFloor] = await repeatPair(
      runsLarge,
      () => runIngestChild(scratch, large, out, jobs),
      () => floor(large),
    );
    rows.push([`ingest ${count} returns`, runsLarge, largeRuns]);
    rows.push([`floor: parse ${count} files`, runsLarge, largeFloor]);
    const startup = await benchStartup(runs * 3);
    rows.push(...startup.rows);
    process.stdout.write(formatTable(rows));
    process.stdout.write(`\n${startup.verdicts}\n${reportLine}\n`);
    process.stdout.write(`${formatRatio("fixtures / floor", fixtureRuns, fixtureFloor, 1.3)}\n`);
    process.stdout.write(`${formatRatio(`${count} returns / floor`, largeRuns, largeFloor, 1.5)}\n`);
    process.stdout.write(`\n${await benchEpisodes({ runs: runsLarge, quick: count < 1000 })}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Goal for `foi-agg --version` and `--help`: an answer a person does not wait for. */
const STARTUP_GOAL_MS = 150;

type Row = [name: string, runs: number, measurements: Measurement[]];

/**
 * `foi-agg --version` and `--help` as a user runs them (bin/foi-agg.js in a
 * fresh process), beside bare `node -e 0` on the same machine: on a loaded
 * machine Node's own start-up can exceed the goal, so the verdict looks at
 * both the whole time and foi-agg's share of it.
 */
async function benchStartup(runs: number): Promise<{ rows: Row[]; verdicts: string }> {
  const cases: [string, string[] | null][] = [
    ["node -e 0 (Node's own start-up)", null],
    ["foi-agg --version", ["--version"]],
    ["foi-agg --help", ["--help"]],
  ];
  const rows: Row[] = [];
  for (const [name, args] of cases) rows.push([name, runs, await repeat(runs, () => runBin(args))]);
  const node = median(rows[0]?.[2] ?? []);
  const lines: string[] = [];
  for (const [i, name] of [
    [1, "--version"],
    [2, "--help"],
  ] as const) {
    const total = median(rows[i]?.[2] ?? []);
    const verdict =
      total <= STARTUP_GOAL_MS
        ? "meets"
        : total - node <= STARTUP_GOAL_MS
          ? "meets, net of Node's start-up,"
          : "misses";
    lines.push(
      `${name}: ${total.toFixed(0)} ms (${(total - node).toFixed(0)} ms beyond node -e 0) ${verdict} the ${STARTUP_GOAL_MS} ms goal`,
    );
  }
  return { rows, verdicts: `${lines.join("\n")}\n` };
}

/** The files of the corpus that are returns: not debris, not the manifest. */
async function listReturns(folder: string): Promise<{ file: string; absPath: FilePath }[]> {
  const found = await discoverFiles(folder).catch(() => []);
  return found.filter((f) => f.unreadable === undefined && !classifyFile(f.file).skip && !isManifestFile(f.file));
}

/**
 * Copy the corpus round-robin under new names until there are `count` files.
 * The original name is kept after a numeric prefix, so identification by
 * file name still has something to work on; authorities repeat, which is
 * fine for timing.
 */
async function makeLargeCorpus(
  corpus: { file: string; absPath: FilePath }[],
  dir: string,
  count: number,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const source = corpus[i % corpus.length] as { file: string; absPath: FilePath }; // corpus is non-empty
    const name = `${String(i + 1).padStart(4, "0")} ${basename(source.file)}`;
    await copyFile(source.absPath, join(dir, name));
  }
}

async function parseFloor(returns: readonly { file: string; absPath: FilePath }[]): Promise<void> {
  for (const { file, absPath } of returns) {
    const bytes = readFileSync(absPath);
    try {
      switch (extname(file).toLowerCase()) {
        case ".xlsx":
          await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
          break;
        case ".csv":
          parse(bytes, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
          break;
        default:
          new TextDecoder().decode(bytes);
      }
    } catch {
      // A deliberately broken fixture costs what it costs; the floor only times the attempt.
    }
  }
}

/**
 * The child imports the built CLI (the bundle, as bin/foi-agg.js does) and
 * reports its peak RSS from inside:
 * worker threads share the process, so their memory is included.
 */
async function runIngestChild(scratch: string, folder: string, out: string, jobs: string[]): Promise<Measurement> {
  const script = join(scratch, "ingest-child.mjs");
  await writeFile(
    script,
    `import { compileRegExpsAtOnce } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "compileRegExpsAtOnce.js")).href)};
import { optimiseHotCodeOnly } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "optimiseHotCodeOnly.js")).href)};
compileRegExpsAtOnce();
optimiseHotCodeOnly();
const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "bundle", "main.js")).href)});
const quiet = { stdout() {}, stderr: (t) => process.stderr.write(t), isTTY: false };
const code = await main(${JSON.stringify([process.execPath, "foi-agg", "ingest", folder, "--out", out, ...jobs])}, quiet);
if (code !== 0) process.exit(code);
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }) + "\\n");
`,
  );
  return runNode([script]);
}

function runNode(args: string[]): Promise<Measurement> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`node ${args.join(" ").slice(0, 80)}… exited with ${code}`));
      const { maxRssKb, cpuMs } = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as ChildUsage;
      resolve({ wallMs, cpuMs, maxRssKb });
    });
  });
}

/**
 * `foi-agg <args>` as a user runs it (bin/foi-agg.js), or bare `node` when
 * args is null. A preloaded module reports the process's usage on fd 3 as
 * it exits, so the command's own stdout is untouched; node -e 0 is
 * measured with the same preload, so the two compare like for like.
 */
function runBin(args: string[] | null): Promise<Measurement> {
  const report =
    'import{writeSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();writeSync(3,JSON.stringify({maxRssKb:u.maxRSS,cpuMs:(u.userCPUTime+u.systemCPUTime)/1000}))})';
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args === null ? ["-e", "0"] : [join(ROOT, "bin", "foi-agg.js"), ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit", "pipe"],
      env: { ...process.env, NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(report)}` },
    });
    let usage = "";
    child.stdio[3]?.on("data", (chunk: Buffer) => {
      usage += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`foi-agg ${(args ?? []).join(" ")} exited with ${code}`));
      resolve({ wallMs, ...(JSON.parse(usage) as ChildUsage) });
    });
  });
}

/** Run a case and its floor in turn, n times each. */
async function repeatPair(
  n: number,
  run: () => Promise<Measurement>,
  floor: () => Promise<Measurement>,
): Promise<[Measurement[], Measurement[]]> {
  const runs: Measurement[] = [];
  const floors: Measurement[] = [];
  for (let i = 0; i < n; i += 1) {
    runs.push(await run());
    floors.push(await floor());
  }
  return [runs, floors];
}

async function repeat(n: number, run: () => Promise<Measurement>): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (let i = 0; i < n; i += 1) results.push(await run());
  return results;
}

function median(ms: Measurement[], of: "wallMs" | "cpuMs" = "wallMs"): number {
  const sorted = ms.map((m) => m[of]).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function formatTable(rows: Row[]): string {
  const header = ["case", "runs", "median", "min", "max", "median CPU", "peak RSS"];
  const body = rows.map(([name, runs, ms]) => [
    name,
    String(runs),
    seconds(median(ms)),
    seconds(Math.min(...ms.map((m) => m.wallMs))),
    seconds(Math.max(...ms.map((m) => m.wallMs))),
    seconds(median(ms, "cpuMs")),
    `${Math.round(Math.max(...ms.map((m) => m.maxRssKb)) / 1024)} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return `${[line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n")}\n`;
}

/** A case over its floor, by median wall time (the goal) and by median CPU time (steadier when the machine is shared). */
function formatRatio(name: string, runs: Measurement[], floor: Measurement[], goal: number): string {
  const wall = median(runs) / median(floor);
  const cpu = median(runs, "cpuMs") / median(floor, "cpuMs");
  return `${name}: ${wall.toFixed(2)}× wall, ${cpu.toFixed(2)}× CPU (goal: within ${goal}×) ${wall <= goal ? "meets" : "misses"}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

benchMain().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
