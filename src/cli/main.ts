import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { runCheck } from "./commands/check.js";
import { type FollowupsOptions, runFollowups } from "./commands/followups.js";
import { type IngestCommandOptions, runIngestCommand } from "./commands/ingest.js";
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
    .command("ingest")
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
    .option(
      "--settings <file>",
      "the round's settings (sender, date the request was sent); default ./foi-agg.settings.json",
    )
    .option("--as-of <date>", "judge deadlines on this day (YYYY-MM-DD) instead of today", parseDate)
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
    .command("followups")
    .description("write a follow-up letter to each authority whose return needs clarifying")
    .argument("<out-dir>", "output folder of an ingest")
    .option("--to <dir>", "folder for the letters (default: <out-dir>-letters, beside the output folder)")
    .option("--template <file>", "letter template to use instead of the bundled one")
    .option("--points <file>", "JSON of point phrasings per issue code, instead of the bundled one")
    .option(
      "--settings <file>",
      "the round's settings (sender, date the request was sent); default ./foi-agg.settings.json",
    )
    .option(
      "--as-of <date>",
      "date the letters and judge deadlines on this day (YYYY-MM-DD) instead of today",
      parseDate,
    )
    .action(async (outDir: string, options: FollowupsOptions) => {
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

function parseDate(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${text}"`);
  return text;
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
