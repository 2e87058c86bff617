import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { utf8 } from "./bytes.js";
import { checkTruth, type ReturnSpec, readings } from "./model.js";

const esc = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  utf8(`${[header, ...rows].map((r) => r.map((c) => esc(String(c))).join(",")).join("\n")}\n`);

/**
 * Every file of a holdout corpus, keyed by its path under fixtures/<name>/:
 * the returns, and the answer key (truth.csv, statuses.csv, planted.csv)
 * read from the same specs, so the files and the key cannot drift apart.
 * A truth that itself breaks the check rules is a mistake in the corpus.
 */
export async function buildCorpus(name: string, specs: readonly ReturnSpec[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.file)) throw new Error(`${name}: file ${s.file} twice`);
    seen.add(s.file);
    files.set(`returns/${s.file}`, await s.bytes());
  }
  const { truth, statuses } = readings(specs);
  const bad = checkTruth(truth);
  if (bad.length > 0) throw new Error(`${name}: the truth breaks the check rules:\n${bad.join("\n")}`);
  files.set(
    "truth.csv",
    table(
      ["authority_code", "measure", "value"],
      truth.map((r) => [r.authority_code, r.measure, r.value]),
    ),
  );
  files.set(
    "statuses.csv",
    table(
      ["authority_code", "measure", "status"],
      statuses.map((r) => [r.authority_code, r.measure, r.status]),
    ),
  );
  const planted: (string | number)[][] = [];
  for (const s of specs)
    for (const p of s.planted ?? []) planted.push([s.file, p.authority ?? "", p.problem, p.codes.join("|")]);
  files.set("planted.csv", table(["file", "authority_code", "problem", "expected_codes"], planted));
  return files;
}

/** Write a built corpus to `dir`, replacing what is there. */
export async function writeCorpus(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const p = join(dir, rel);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, bytes);
  }
}
