import { readFile } from "node:fs/promises";
import { UsageError } from "../domain/errors.js";
import { type ExpectedFigures, parseExpectedFigures } from "./expected.js";

/** Edge: read and validate an expected-figures file; a missing or invalid one is bad usage. */
export async function readExpectedFigures(path: string): Promise<ExpectedFigures> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new UsageError(`expected-figures file ${path} does not exist`);
  });
  const parsed = parseExpectedFigures(text);
  if (!parsed.ok) {
    throw new UsageError(`${path} is not a valid expected-figures file:\n  ${parsed.errors.join("\n  ")}`);
  }
  return parsed.value;
}
