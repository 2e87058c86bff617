import { readFileSync } from "node:fs";
import { DEFAULT_FILE_TIMEOUT_S } from "../pipeline/chooseJobs.js";
import type { CompareCommandOptions } from "./commands/compare.js";
import type { FollowupsOptions } from "./commands/followups.js";
import type { IngestCommandOptions } from "./commands/ingest.js";
import type { RequestCommandOptions } from "./commands/request.js";
import { type Io, UsageError } from "./io.js";

/**
 * Colour on a terminal unless the user says otherwise. NO_COLOR
 * (https://no-color.org, set and non-empty) always wins; then FORCE_COLOR
 * ("0" or "false" off, anything else on; empty counts as unset, as an
 * empty NO_COLOR does, so a wrapper that blanks both gets the default); then
 * TERM=dumb, a terminal that cannot show it; then whether stderr is a terminal.
 */
export function chooseColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return !["0", "false"].includes(env.FORCE_COLOR);
  if (env.TERM === "dumb") return false;
  return isTTY;
}

const EXIT_CODES = `
Exit codes:
  0  done (check: every figure matches)
  1  ingest --strict: error-level issues found; check: a figure differs; request: a question reads as a measure it does not ask; or an internal error (a bug: please report it)
  2  bad usage or input: a missing folder, a bad option, an invalid settings, overrides or expected-figures file`;

/** Examples and exit codes under each command's help, as gh prints them. */
const HELP = {
  program: `
Examples:
  $ foi-agg ingest returns/ --out out
  $ foi-agg check out --expected fixtures/expected/published-2016.json
  $ foi-agg followups out --settings foi-agg.settings.json
  $ foi-agg init round-2024 --from until-harm-ends-2021-2024
  $ foi-agg request round-2024/request.json
  $ foi-agg compare out-2015 out-2024
${EXIT_CODES}

Run "foi-agg <command> --help" for a command's options.`,
  init: `
Examples:
  $ foi-agg init round-2024                     # a commented example request to edit
  $ foi-agg init round-2024 --from until-harm-ends-2021-2024
${EXIT_CODES}

Nothing in <dir> is overwritten: if the request, returns folder or README is already there, init changes nothing.`,
  compare: `
Examples:
  $ foi-agg compare out-2015 out-2024
  $ foi-agg compare out-2015 out-2017 out-2024 --out series.csv --force
${EXIT_CODES}

Authorities reorganised between rounds are compared as one area (Northamptonshire with North and West Northamptonshire).`,
  ingest: `
Examples:
  $ foi-agg ingest returns/ --out out
  $ foi-agg ingest returns/ --out out --overrides clarifications.csv --strict
  $ foi-agg ingest returns/ --out out --exclude "notes*.txt" --json > run-summary.json
  $ foi-agg ingest returns/ --out out --settings foi-agg.settings.json --as-of 2015-12-01
${EXIT_CODES}

Progress goes to stderr (a bar on a terminal; silent otherwise unless --verbose); the summary to stdout.`,
  request: `
Examples:
  $ foi-agg request round-2024/request.json
  $ foi-agg request round-2024/request.json --authorities > authorities.csv
${EXIT_CODES}

Exit code 1 here means a question's own words read as a measure it does not ask for.`,
  check: `
Examples:
  $ foi-agg check out --expected published.json
  $ foi-agg check out --expected published.json --json | jq '.figures[] | select(.pass | not)'
${EXIT_CODES}`,
  followups: `
Examples:
  $ foi-agg followups out                       # letters into out-letters/, using ./foi-agg.settings.json
  $ foi-agg followups out --to letters/round-2 --settings ~/foi/settings.json --as-of 2016-03-01
${EXIT_CODES}

Letters need the round's settings file (sender, date the request was sent); without one, foi-agg says what to write.
A letter you edited is never overwritten: the new one is written beside it.`,
};

/** Exit codes of every command (the ingest contract). */
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 1;

/**
 * The foi-agg program. Only bin/foi-agg.js touches process.argv and the exit
 * code; everything printed goes through `io`, so tests can run the whole CLI
 * in-process. `argv` is process.argv-shaped (node, script, ...args).
 */
export async function main(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}): Promise<number> {
  // --version answers before anything else loads (commander included).
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  const { Command, CommanderError, InvalidArgumentError } = await import("commander");
  // The limits' flags name their defaults, which live with the readers' limits (and zod).
  const { addLimitOptions } = await import("./limitOptions.js");
  const display = { color: chooseColor(env, io.stderrIsTTY ?? io.isTTY) };
  let exitCode = 0;
  const parseDate = (text: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)))
      throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${text}"`);
    return text;
  };
  const parseJobs = (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${text}"`);
    return n;
  };
  const parseSeconds = (text: string): number => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n) || n < 0)
      throw new InvalidArgumentError(`expected a number of seconds, 0 or more (0 = no budget), got "${text}"`);
    return n;
  };
  const program = new Command("foi-agg")
    .description("Turn a folder of council FOI returns into national and regional figures with provenance.")
    .version(readVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run foi-agg --help for usage)")
    .addHelpText("after", HELP.program);

  program
    .command("init")
    .description("start a new round in <dir>: a request definition to edit, an empty returns folder and a README")
    .argument("<dir>", "folder for the round (created; nothing in it is overwritten)")
    .option(
      "--from <round>",
      "copy a bundled request definition (e.g. heading-back-to-harm-2015) instead of the example",
    )
    .addHelpText("after", HELP.init)
    .action(async (dir: string, options: { from?: string }) => {
      const { runInitCommand } = await import("./commands/init.js");
      exitCode = await runInitCommand(dir, options, io);
    });

  addLimitOptions(program.command("ingest"))
    .description("read every return in <folder> and write values, summaries and the quality report to --out")
    .argument("<folder>", "folder of returns (csv, xlsx, txt)")
    .option("-o, --out <dir>", "output folder (foi-agg's files in it are replaced; yours are kept)", "out")
    .option("--strict", "exit with code 1 when any error-level issue is found", false)
    .option("--overrides <file>", "clarifications CSV: authority_code,measure,value,status,reason,source,date[,period]")
    .option("--manifest <file>", "CSV mapping file names to authority codes")
    .option("--request <file>", "request definition JSON (default: Heading back to harm, 2015)")
    .option(
      "--exclude <glob>",
      "leave out files that are not returns (.gitignore syntax; repeatable; added to <folder>/.foi-aggignore)",
      collectRepeated,
      [] as string[],
    )
    .option("--expected <file>", "published figures to show beside the computed ones in report.html")
    .option(
      "-j, --jobs <n>",
      "lanes of work: this thread and worker threads (default: as many as the idle cores and the size of the folder repay; 1 = no workers, but for files under the time budget)",
      parseJobs,
    )
    .option(
      "--file-timeout <seconds>",
      `abandon a file still being read after this long, and go on (default ${DEFAULT_FILE_TIMEOUT_S}, for files of 1 MB or more, 256 KB compressed; given, every file runs under it, in a worker thread; 0 = no budget)`,
      parseSeconds,
    )
    .option("--timings", "print how long each phase took, on stderr")
    .option(
      "--settings <file>",
      "the round's settings (sender, date the request was sent); default ./foi-agg.settings.json",
    )
    .option("--as-of <date>", "judge deadlines on this day (YYYY-MM-DD) instead of today", parseDate)
    .option("--json", "print the run summary as JSON on stdout (nothing else goes to stdout)")
    .option("-q, --quiet", "print nothing but errors")
    .option("--verbose", "name each file as it is read, on stderr, even when stderr is not a terminal")
    .addHelpText("after", HELP.ingest)
    .action(async (folder: string, options: IngestCommandOptions) => {
      // Commands load on use: --help and --version must not wait for exceljs and pdf.js.
      const { runIngestCommand } = await import("./commands/ingest.js");
      exitCode = await runIngestCommand(folder, options, io, display);
    });

  program
    .command("request")
    .description(
      "show how a request definition will be run: its authorities, periods and measures, and what each question's own words read as",
    )
    .argument("<file>", "request definition JSON (e.g. the request.json that init made)")
    .option(
      "--authorities",
      "print the round's authorities as CSV instead (GSS code, name, nation, region, type, other names)",
    )
    .addHelpText("after", HELP.request)
    .action(async (file: string, options: RequestCommandOptions) => {
      const { runRequestCommand } = await import("./commands/request.js");
      exitCode = await runRequestCommand(file, options, io, display);
    });

  program
    .command("check")
    .description("compare an output folder with a file of expected figures")
    .argument("<out-dir>", "output folder of an ingest")
    .requiredOption("--expected <file>", "expected figures")
    .option("--json", "print every figure with its verdict as JSON on stdout")
    .addHelpText("after", HELP.check)
    .action(async (outDir: string, options: { expected: string; json?: boolean }) => {
      const { runCheck } = await import("./commands/check.js");
      exitCode = await runCheck(outDir, options, io, display);
    });

  program
    .command("compare")
    .description("lay two or more ingest outputs side by side per authority, area and measure, with the changes")
    .argument("<out-dirs...>", "output folders of ingests, earliest first")
    .option("-o, --out <file>", "CSV to write (replaced only with --force)", "comparison.csv")
    .option("--force", "replace the CSV if it exists", false)
    .addHelpText("after", HELP.compare)
    .action(async (outDirs: string[], options: CompareCommandOptions) => {
      const { runCompareCommand } = await import("./commands/compare.js");
      exitCode = await runCompareCommand(outDirs, options, io, display);
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
    .addHelpText("after", HELP.followups)
    .action(async (outDir: string, options: FollowupsOptions) => {
      const { runFollowups } = await import("./commands/followups.js");
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
    const { createRenderer } = await import("./render.js");
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

/** package.json sits two levels above both src/cli/ and dist/cli/. */
function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
