import { listBundledRequests, planScaffold, readExampleRequest } from "../../init/scaffoldRound.js";
import { writeScaffold } from "../../init/writeScaffold.js";
import { type Io, UsageError } from "../io.js";

/**
 * `foi-agg init <dir> [--from <round id>]`: scaffold a new round. Exit 0 when
 * made, 2 when something is already there or the round id is unknown.
 */
export async function runInitCommand(folder: string, options: { from?: string }, io: Io): Promise<number> {
  let request: { text: string; from: string | null };
  if (options.from) {
    const bundled = await listBundledRequests();
    const found = bundled.find((b) => b.id === options.from);
    if (!found) {
      throw new UsageError(
        `no bundled round "${options.from}"; the bundled rounds are: ${bundled.map((b) => b.id).join(", ")}`,
      );
    }
    request = { text: found.text, from: found.id };
  } else {
    request = { text: await readExampleRequest(), from: null };
  }
  const written = await writeScaffold(folder, planScaffold(folder, request));
  if (!written.ok) throw new UsageError(written.error);
  io.stdout(`Created ${written.created.map((p) => `${folder}/${p}`).join(", ")}\nNext: read ${folder}/README.md\n`);
  return 0;
}
