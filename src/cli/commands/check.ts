import { showControls } from "../../domain/showControls.js";
import { checkFigures } from "../../verify/checkFigures.js";
import { loadOutputs } from "../../verify/loadOutputs.js";
import { readExpectedFigures } from "../../verify/readExpectedFigures.js";
import { renderCheckTable, summariseCheck } from "../../verify/renderCheckTable.js";
import { type Io, UsageError } from "../io.js";

/**
 * `foi-agg check <out-dir> --expected <file>`: compare a run's outputs with
 * published figures. Exit 0 when every figure matches (exactly, or within the
 * bounds suppressed figures leave), 1 when any differs, 2 on bad usage.
 */
export async function runCheck(outDir: string, options: { expected: string }, io: Io): Promise<number> {
  try {
    const expected = await readExpectedFigures(options.expected);
    const outputs = await loadOutputs(outDir);
    const results = checkFigures(outputs, expected);
    // Titles come from the expected file and paths from the user: shown, never obeyed by the terminal.
    io.stdout(showControls(`${expected.title}\nChecking ${outDir} against ${options.expected}\n\n`));
    io.stdout(showControls(`${renderCheckTable(results)}\n\n${summariseCheck(results)}\n`));
    return results.every((r) => r.pass) ? 0 : 1;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`foi-agg check: ${showControls(err.message)}\n`);
    return 2;
  }
}
