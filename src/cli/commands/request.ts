import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { describeRequest, formatAuthoritiesCsv, requestReadsAsAsked } from "../../init/describeRequest.js";
import { ROUND_ALIASES_FILE } from "../../knowledge/aliases.js";
import { type Knowledge, loadKnowledge } from "../../knowledge/index.js";
import { type Io, UsageError } from "../io.js";
import { renderRequestDescription } from "../render.js";

export interface RequestCommandOptions {
  authorities?: boolean;
}

/**
 * `foi-agg request <file>`: show how a request definition will be run, or
 * with --authorities print its authorities as CSV. Exit 0 when every
 * question's words read as a measure it asks for (or name none), 1 when one
 * reads as another measure, 2 when the request is not valid.
 */
export async function runRequestCommand(
  file: string,
  options: RequestCommandOptions,
  io: Io,
  display: { color: boolean },
): Promise<number> {
  if (!existsSync(file)) throw new UsageError(`request file ${file} does not exist`);
  let knowledge: Knowledge;
  try {
    knowledge = loadKnowledge({ request: file });
  } catch (err) {
    throw new UsageError(`${file}: ${(err as Error).message}`);
  }
  if (options.authorities) {
    io.stdout(formatAuthoritiesCsv(knowledge.authorities));
    return 0;
  }
  const description = describeRequest(knowledge, countRoundAliases(file));
  renderRequestDescription(io, display, description);
  return requestReadsAsAsked(description) ? 0 : 1;
}

/** Rows of the round's aliases.csv beside the request (already validated by loadKnowledge). */
function countRoundAliases(requestFile: string): number {
  const path = join(dirname(requestFile), ROUND_ALIASES_FILE);
  if (!existsSync(path)) return 0;
  return (parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as unknown[]).length;
}
