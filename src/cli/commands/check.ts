import { showControls } from "../../domain/showControls.js";
import { checkFigures } from "../../verify/checkFigures.js";
import { loadOutputs } from "../../verify/loadOutputs.js";
import { readExpectedFigures } from "../../verify/readExpectedFigures.js";
import { renderCheckTable, summariseCheck } from "../../verify/renderCheckTable.js";
import { type Io, UsageError } from "../io.js";
import { paintVerdict } from "../render.js";

/**
 * `foi-agg check <out-dir> --expected <file>`: compare a run's outputs with
 * published figures. Exit 0 when every figure matches (exactly, or within the
 * bounds suppressed figures leave), 1 when any differs, 2 on bad usage.
 */
export async function runCheck(
  outDir: string,
  options: { expected: string; json?: boolean },
  io: Io,
  display: { color: boolean } = { color: false },
): Promise<number> {
  try {
    const expected = await readExpectedFigures(options.expected);
    const outputs = await loadOutputs(outDir);
    const results = checkFigures(outputs, expected);
    const pass = results.every((r) => r.pass);
    if (options.json) {
      const figures = results.map((r) => ({
        id: r.figure.id,
        title: r.figure.title,
        published: r.published,
        computed: r.computed,
        verdict: r.status,
        pass: r.pass,
        difference: r.difference,
      }));
      io.stdout(
        `${JSON.stringify({ title: expected.title, outDir, expected: options.expected, pass, figures }, null, 2)}\n`,
      );
      return pass ? 0 : 1;
    }
    // Fit the terminal: 80 columns when it is not one, its width when it is wider.
    const width = Math.max(80, io.columns ?? 80);
    const table = renderCheckTable(results, width, (text, ok) => paintVerdict(text, ok, display.color));
    // Titles come from the expected file and paths from the user: shown, never obeyed by the terminal.
    io.stdout(showControls(`${expected.title}\nChecking ${outDir} against ${options.expected}\n\n`));
    io.stdout(showControls(`${table}\n\n${summariseCheck(results)}\n`));
    return pass ? 0 : 1;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`foi-agg check: ${showControls(err.message)}\n`);
    return 2;
  }
}
