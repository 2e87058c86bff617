/**
 * Where a command writes. Commands never touch process.stdout directly, so
 * tests can capture what they print (csvkit passes its streams the same way).
 */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is an interactive terminal. */
  isTTY: boolean;
  /** True when stderr is a terminal: progress bar and colour (defaults to isTTY). */
  stderrIsTTY?: boolean;
  /** The terminal's width, when there is one. */
  columns?: number;
}

export { UsageError } from "../domain/errors.js";

export function captureIo(isTTY = false): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    isTTY,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
}
