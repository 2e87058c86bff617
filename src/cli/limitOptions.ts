import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_READ_LIMITS, LIMIT_FLAGS, type ReadLimits } from "../read/readLimitDefaults.js";

const LIMIT_HELP: Record<keyof ReadLimits, string> = {
  maxBytes: "largest file read, in bytes",
  maxUnzipped: "most bytes an xlsx/docx/odt/ods may unzip to",
  maxRows: "most rows in one sheet or text file",
  maxColumns: "most columns in one sheet",
  maxCellChars: "most characters in one cell or line",
  maxPages: "most pages in a PDF",
  maxChars: "most characters of text in one file",
};

/** The --max-* flags, one per read limit; a file past one is reported as too large and the run goes on. */
export function addLimitOptions(command: Command): Command {
  for (const key of Object.keys(LIMIT_FLAGS) as (keyof ReadLimits)[]) {
    command.option(
      `${LIMIT_FLAGS[key]} <n>`,
      `${LIMIT_HELP[key]} (default ${groupThousands(DEFAULT_READ_LIMITS[key])})`,
      parseLimit,
    );
  }
  return command;
}

/**
 * 1000000 → "1,000,000", as toLocaleString("en-GB") writes a whole number.
 * The flags are set up on every run but --version, and ICU's first number
 * format costs about 25 ms of CPU, a fifth of `foi-agg --help`; the limits
 * are whole numbers, so commas every three digits are all it would add.
 */
function groupThousands(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(?:\d{3})+$)/gu, ",") : n.toLocaleString("en-GB");
}

function parseLimit(text: string): number {
  // "1_000_000" and "1,000,000" are how people write big numbers.
  const n = Number(text.replace(/[_,]/gu, ""));
  if (!Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${text}"`);
  return n;
}
