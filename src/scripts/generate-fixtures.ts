import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defaultAuthoritiesPath, loadAuthorities } from "../knowledge/authorities.js";
import { KNOWLEDGE_DIR } from "../knowledge/files.js";
import { CORPUS_SEED, generateCorpus } from "./fixtures/corpus.js";

/**
 * `npm run fixtures`: regenerate the synthetic corpus under fixtures/. The
 * generation is pure (src/scripts/fixtures); this file is the edge that
 * clears the generated folders and writes the files. fixtures/expected/ is
 * written by hand and left alone.
 */

/** fixtures/ at the project root, whether this runs from src/ or dist/ (both two levels down). */
export const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));

export async function writeCorpus(outDir: string, seed = CORPUS_SEED): Promise<number> {
  const corpus = await generateCorpus(loadAuthorities(defaultAuthoritiesPath(KNOWLEDGE_DIR)), seed);
  // Generated folders are replaced whole, so a file the generator no longer makes cannot linger.
  for (const folder of ["returns", "problems"]) await rm(join(outDir, folder), { recursive: true, force: true });
  for (const file of corpus.files) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
  return corpus.files.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2] ?? FIXTURES_DIR;
  writeCorpus(outDir).then(
    (n) => process.stdout.write(`Wrote ${n} files to ${outDir}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
