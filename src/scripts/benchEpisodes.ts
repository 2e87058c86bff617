import { spawn, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { buildEpisodeRows, toXlsx } from "./buildEpisodeList.js";

/**
 * The long-list cases of `npm run bench`: a 1,000,000-row episode csv run
 * through `foi-agg ingest` beside pandas computing the same figures (when
 * python3 has pandas), and a 200,000-row episode xlsx. Each case runs in a
 * fresh child process that reports its own peak RSS; the figures foi-agg
 * writes are checked against pandas's, so the race is between equal answers.
 * `quick` shrinks the lists tenfold.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FILE = "Kent County Council missing episodes";

interface Run {
  wallMs: number;
  maxRssKb: number;
  figures: Record<string, number>;
}

export async function benchEpisodes(options: { runs: number; quick: boolean }): Promise<string> {
  const csvRows = options.quick ? 100_000 : 1_000_000;
  const xlsxRows = options.quick ? 20_000 : 200_000;
  const scratch = await mkdtemp(join(tmpdir(), "foi-agg-bench-episodes-"));
  try {
    const csvDir = join(scratch, "csv");
    const xlsxDir = join(scratch, "xlsx");
    await mkdir(csvDir);
    await mkdir(xlsxDir);
    const csvFile = join(csvDir, `${FILE}.csv`);
    await writeCsv(csvFile, csvRows);
    await writeFile(join(xlsxDir, `${FILE}.xlsx`), await toXlsx(buildEpisodeRows("episodes", xlsxRows)));

    const lines: string[] = [];
    const csvRuns = await repeat(options.runs, () => ingest(scratch, csvDir));
    lines.push(describe(`foi-agg ingest, ${count(csvRows)}-row episode csv`, csvRuns));
    const python = findPandas();
    if (python === null) {
      lines.push(
        "pandas: not installed, so the csv case has nothing to race; install it with `apt-get install python3-pandas`",
      );
    } else {
      const script = join(scratch, "episodes.py");
      await writeFile(script, PANDAS_SCRIPT);
      const pandasRuns = await repeat(options.runs, () => runChild(python, [script, csvFile]));
      lines.push(describe(`pandas, the same aggregation (${python})`, pandasRuns));
      const ours = csvRuns[0]?.figures ?? {};
      const theirs = pandasRuns[0]?.figures ?? {};
      const differ = Object.keys(theirs).filter((m) => ours[m] !== theirs[m]);
      const ratio = median(csvRuns) / median(pandasRuns);
      lines.push(
        `episode csv: foi-agg / pandas ${ratio.toFixed(2)}× (goal: below 1×), peak ${mb(peak(csvRuns))} (goal: under 300 MB); figures ${
          differ.length === 0
            ? `agree (${Object.keys(theirs).length} measures)`
            : `DIFFER: ${differ.map((m) => `${m} ${ours[m]} vs ${theirs[m]}`).join(", ")}`
        }`,
      );
    }
    const xlsxRuns = await repeat(options.runs, () => ingest(scratch, xlsxDir));
    lines.push(describe(`foi-agg ingest, ${count(xlsxRows)}-row episode xlsx`, xlsxRuns));
    return `${lines.join("\n")}\n`;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let chunk: string[] = [];
  for (const row of buildEpisodeRows("episodes", rows)) {
    chunk.push(row.join(","));
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = [];
    }
  }
  out.write(chunk.length > 0 ? `${chunk.join("\n")}\n` : "");
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/** The built CLI in a fresh process, which then reports its peak RSS and the figures values.csv holds for the list. */
async function ingest(scratch: string, folder: string): Promise<Run> {
  const out = join(scratch, "out");
  const script = join(scratch, "ingest-child.mjs");
  await writeFile(
    script,
    `import { compileRegExpsAtOnce } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "compileRegExpsAtOnce.js")).href)};
import { optimiseHotCodeOnly } from ${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "optimiseHotCodeOnly.js")).href)};
compileRegExpsAtOnce();
optimiseHotCodeOnly();
const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "cli", "main.js")).href)});
const quiet = { stdout() {}, stderr: (t) => process.stderr.write(t), isTTY: false };
const code = await main(${JSON.stringify([process.execPath, "foi-agg", "ingest", folder, "--out", out])}, quiet);
if (code !== 0) process.exit(code);
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }) + "\\n");
`,
  );
  const run = await runChild(process.execPath, [script]);
  const values = parse(await readFile(join(out, "values.csv")), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const figures: Record<string, number> = {};
  for (const v of values) if (v.value !== "" && v.source?.includes(FILE)) figures[v.measure ?? ""] = Number(v.value);
  return { ...run, figures };
}

function runChild(command: string, args: string[]): Promise<Run> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ").slice(0, 80)}… exited with ${code}`));
      const last = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as Partial<Run>;
      resolve({ wallMs, maxRssKb: last.maxRssKb ?? 0, figures: last.figures ?? {} });
    });
  });
}

/** The first python that has pandas: the one on PATH, else the system's (where apt installs python3-pandas). */
function findPandas(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(python, ["-c", "import pandas"], { stdio: "ignore" });
    if (probe.status === 0) return python;
  }
  return null;
}

/**
 * The figures readEpisodes derives, in pandas: episodes in the period,
 * each child's group from its category, distinct children, episodes, and
 * children whose latest episode has no return date (a later row wins a tie),
 * plus nationalities of each group's children from their latest episode.
 */
const PANDAS_SCRIPT = `
import json, resource, sys
import pandas as pd

df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
df.columns = ["child", "category", "missing", "returned", "nationality"]
df["row"] = range(len(df))
df["missing"] = pd.to_datetime(df["missing"], format="%d/%m/%Y")
df = df[(df["missing"] >= "2014-10-01") & (df["missing"] <= "2015-09-30")]
groups = {
    "uasc": df["category"].str.contains("UASC", regex=False),
    "trafficked": df["category"].str.contains("Trafficked|12A", regex=True),
}
figures, nationalities, not_found = {}, {}, set()
for group, mask in groups.items():
    mine = df[mask]
    latest = mine.sort_values(["missing", "row"]).groupby("child").tail(1)
    out = latest[latest["returned"] == ""]
    figures[group + "_went_missing"] = int(mine["child"].nunique())
    figures[group + "_missing_incidents"] = int(len(mine))
    figures[group + "_not_found"] = int(len(out))
    nationalities[group] = latest["nationality"].value_counts().to_dict()
    not_found |= set(out["child"])
figures["not_found"] = len(not_found)
print(json.dumps({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "figures": figures}))
`;

async function repeat(n: number, run: () => Promise<Run>): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < n; i += 1) runs.push(await run());
  return runs;
}

function median(runs: readonly Run[]): number {
  const sorted = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function peak(runs: readonly Run[]): number {
  return Math.max(...runs.map((r) => r.maxRssKb));
}

function describe(name: string, runs: readonly Run[]): string {
  return `${name.padEnd(52)} median ${(median(runs) / 1000).toFixed(2).padStart(6)} s  peak RSS ${mb(peak(runs)).padStart(7)}  (${runs.length} run${runs.length === 1 ? "" : "s"})`;
}

function mb(kb: number): string {
  return `${Math.round(kb / 1024)} MB`;
}

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

// Run on its own: `node dist/scripts/benchEpisodes.js [--quick] [--runs N]`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes("--quick");
  const at = process.argv.indexOf("--runs");
  const runs = at > 0 ? Number(process.argv[at + 1]) : quick ? 1 : 3;
  benchEpisodes({ runs, quick }).then(
    (text) => process.stdout.write(text),
    (err: unknown) => {
      process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
