import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
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
import { benchReport } from "./benchReport.js";

/**
 * `npm run bench`: median wall time and peak memory of the whole ingest on
 * the fixture corpus and on 1,000 generated returns, beside the floor (just
 * opening and parsing the same 1,000 files with exceljs/csv-parse). Every
 * case runs in a fresh child process, so all three pay the same start-up
 * cost and peak RSS (which includes worker threads) is measured the same way.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Measurement {
  wallMs: number;
  maxRssKb: number;
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
    process.stdout.write(await benchStartup(Number(values.runs ?? 15)));
    return;
  }
  // Child mode: parse every file in a folder and report this process's peak memory.
  if (values.floor !== undefined) {
    await parseFloor(values.floor);
    process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
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
    const rows: [string, number, Measurement[]][] = [];
    // Timings on a shared machine mean little without its load, so say what it was.
    process.stdout.write(
      `${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}; ${corpus.length} fixture returns in ${values.fixtures}\n\n`,
    );
    process.stdout.write(`${await benchStartup(runs * 3)}\n`);
    rows.push([
      `ingest fixtures (${corpus.length} files)`,
      runs,
      await repeat(runs, () => runIngestChild(scratch, values.fixtures, out, jobs)),
    ]);
    // The fixture round's report, before the larger run replaces the output folder.
    const reportLine = await benchReport(join(out, "report.html"), runs);
    rows.push([
      `ingest ${count} returns`,
      runsLarge,
      await repeat(runsLarge, () => runIngestChild(scratch, large, out, jobs)),
    ]);
    rows.push([
      `floor: parse ${count} files`,
      runsLarge,
      await repeat(runsLarge, () => runNode([fileURLToPath(import.meta.url), "--floor", large])),
    ]);
    process.stdout.write(formatTable(rows));
    process.stdout.write(`\n${reportLine}`);
    const ratio = median(rows[1]?.[2] ?? []) / median(rows[2]?.[2] ?? []);
    process.stdout.write(`\n${count} returns / floor: ${ratio.toFixed(2)}× (goal: within 1.5×)\n`);
    process.stdout.write(`\n${await benchEpisodes({ runs: runsLarge, quick: count < 1000 })}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Goal for `foi-agg --version` and `--help`: an answer a person does not wait for. */
const STARTUP_GOAL_MS = 150;

/**
 * `foi-agg --version` and `--help` as a user runs them (bin/foi-agg.js in a
 * fresh process), beside bare `node -e 0` on the same machine: on a loaded
 * machine Node's own start-up can exceed the goal, so the table shows both
 * the whole time and foi-agg's share of it.
 */
async function benchStartup(runs: number): Promise<string> {
  const bin = join(ROOT, "bin", "foi-agg.js");
  const cases: [string, string[]][] = [
    ["node -e 0 (Node's own start-up)", ["-e", "0"]],
    ["foi-agg --version", [bin, "--version"]],
    ["foi-agg --help", [bin, "--help"]],
  ];
  const medians: number[] = [];
  const lines: string[] = [];
  for (const [name, args] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await timeNode(args));
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)] ?? 0;
    medians.push(med);
    lines.push(
      `${name.padEnd(34)} median ${med.toFixed(0).padStart(5)} ms  min ${(times[0] ?? 0).toFixed(0).padStart(5)} ms`,
    );
  }
  const node = medians[0] ?? 0;
  for (const [i, name] of [
    [1, "--version"],
    [2, "--help"],
  ] as const) {
    const total = medians[i] ?? 0;
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
  return `${lines.join("\n")}\n`;
}

function timeNode(args: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`node ${args.join(" ")} exited with ${code}`));
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    });
  });
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

async function parseFloor(folder: string): Promise<void> {
  for (const name of (await readdir(folder)).sort()) {
    const bytes = readFileSync(join(folder, name));
    try {
      switch (extname(name).toLowerCase()) {
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
 * The child imports the built CLI and reports its peak RSS from inside:
 * worker threads share the process, so their memory is included.
 */
async function runIngestChild(scratch: string, folder: string, out: string, jobs: string[]): Promise<Measurement> {
  const script = join(scratch, "ingest-child.mjs");
  await writeFile(
    script,
    `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "main.js")).href)};
const quiet = { stdout() {}, stderr: (t) => process.stderr.write(t), isTTY: false };
const code = await main(${JSON.stringify([process.execPath, "foi-agg", "ingest", folder, "--out", out, ...jobs])}, quiet);
if (code !== 0) process.exit(code);
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + "\\n");
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
      const { maxRssKb } = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as { maxRssKb: number };
      resolve({ wallMs, maxRssKb });
    });
  });
}

async function repeat(n: number, run: () => Promise<Measurement>): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (let i = 0; i < n; i += 1) results.push(await run());
  return results;
}

function median(ms: Measurement[]): number {
  const sorted = ms.map((m) => m.wallMs).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function formatTable(rows: [string, number, Measurement[]][]): string {
  const header = ["case", "runs", "median", "min", "max", "peak RSS"];
  const body = rows.map(([name, runs, ms]) => [
    name,
    String(runs),
    seconds(median(ms)),
    seconds(Math.min(...ms.map((m) => m.wallMs))),
    seconds(Math.max(...ms.map((m) => m.wallMs))),
    `${Math.round(Math.max(...ms.map((m) => m.maxRssKb)) / 1024)} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return `${[line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n")}\n`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

benchMain().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
