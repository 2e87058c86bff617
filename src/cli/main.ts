import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { runCheck } from "./commands/check.js";
import { type CompareCommandOptions, runCompareCommand } from "./commands/compare.js";
import { runFollowups } from "./commands/followups.js";
import { addLimitOptions, type IngestCommandOptions, runIngestCommand } from "./commands/ingest.js";
import { runInitCommand } from "./commands/init.js";
import { type Io, UsageError } from "./io.js";
import { createRenderer } from "./render.js";

/** Exit codes of every command (the ingest contract). */
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 1;

/**
 * The foi-agg program. Only bin/foi-agg.js touches process.argv and the exit
 * code; everything printed goes through `io`, so tests can run the whole CLI
 * in-process. `argv` is process.argv-shaped (node, script, ...args).
 */
export async function main(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}): Promise<number> {
  // NO_COLOR (https://no-color.org): present and non-empty turns colour off.
  const display = { color: io.isTTY && !env.NO_COLOR };
  let exitCode = 0;
  const program = new Command("foi-agg")
    .description("Turn a folder of council FOI returns into national and regional figures with provenance.")
    .version(readVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run foi-agg --help for usage)");

  program
    .command("init")
    .description("start a new round in <dir>: a request definition to edit, an empty returns folder and a README")
    .argument("<dir>", "folder for the round (created; nothing in it is overwritten)")
    .option(
      "--from <round>",
      "copy a bundled request definition (e.g. heading-back-to-harm-2015) instead of the example",
    )
    .action(async (dir: string, options: { from?: string }) => {
      exitCode = await runInitCommand(dir, options, io);
    });

  addLimitOptions(program.command("ingest"))
    .description("read every return in <folder> and write values, summaries and the quality report to --out")
    .argument("<folder>", "folder of returns (csv, xlsx, txt)")
    .option("-o, --out <dir>", "output folder (foi-agg's files in it are replaced; yours are kept)", "out")
    .option("--strict", "exit with code 1 when any error-level issue is found", false)
    .option("--overrides <file>", "clarifications CSV: authority_code,measure,value,status,reason,source,date")
    .option("--manifest <file>", "CSV mapping file names to authority codes")
    .option("--request <file>", "request definition JSON (default: Heading back to harm, 2015)")
    .option(
      "--exclude <glob>",
      "leave out files that are not returns (.gitignore syntax; repeatable; added to <folder>/.foi-aggignore)",
      collectRepeated,
      [] as string[],
    )
    .option("--expected <file>", "published figures to show beside the computed ones in report.html")
    .option("-j, --jobs <n>", "worker threads (default: available cores; 1 = none)", parseJobs)
    .option("--timings", "print how long each phase took, on stderr")
    .action(async (folder: string, options: IngestCommandOptions) => {
      exitCode = await runIngestCommand(folder, options, io, display);
    });

  program
    .command("check")
    .description("compare an output folder with a file of expected figures")
    .argument("<out-dir>", "output folder of an ingest")
    .requiredOption("--expected <file>", "expected figures")
    .action(async (outDir: string, options: { expected: string }) => {
      exitCode = await runCheck(outDir, options, io);
    });

  program
    .command("compare")
    .description("lay two or more ingest outputs side by side per authority, area and measure, with the changes")
    .argument("<out-dirs...>", "output folders of ingests, earliest first")
    .option("-o, --out <file>", "CSV to write (replaced only with --force)", "comparison.csv")
    .option("--force", "replace the CSV if it exists", false)
    .action(async (outDirs: string[], options: CompareCommandOptions) => {
      exitCode = await runCompareCommand(outDirs, options, io, display);
    });

  program
    .command("followups")
    .description("write a follow-up letter to each authority whose return needs clarifying")
    .argument("<out-dir>", "output folder of an ingest")
    .option("--to <dir>", "folder for the letters (default: <out-dir>-letters, beside the output folder)")
    .option("--template <file>", "letter template to use instead of the bundled one")
    .option("--points <file>", "JSON of point phrasings per issue code, instead of the bundled one")
    .action(async (outDir: string, options: { to?: string; template?: string; points?: string }) => {
      exitCode = await runFollowups(outDir, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: "node" });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and --version end with exit code 0; commander has already
      // printed its message for everything else, which is bad usage.
      return err.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const renderer = createRenderer(io, display);
    if (err instanceof UsageError) {
      renderer.error(err.message);
      return EXIT_USAGE;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    renderer.error(`internal error (please report): ${detail}`);
    return EXIT_INTERNAL;
  }
}

function collectRepeated(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseJobs(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${text}"`);
  return n;
}

/** package.json sits two levels above both src/cli/ and dist/cli/. */
function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
