/**
 * The tests every generated holdout corpus runs: the committed files equal a
 * fresh, deterministic build of its generator, and the ingest meets the
 * issue 2 bar on them. Each test/holdoutN/holdoutN.test.ts is one call.
 *
 *   FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdoutN
 *
 * With WRITE_HOLDOUTN=1 the corpus is rewritten first (inside the first test),
 * then compared with a fresh build. The full score report (every miss with
 * its raw text and source) is printed, and also written to $HOLDOUT_REPORT
 * when that is set.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BAR, formatScore, type HoldoutScore, listFiles, scoreHoldout } from "./score.js";

export interface HoldoutCorpus {
  /** "holdout7": the folder under fixtures/ and test/. */
  name: string;
  /** Every file of the corpus, keyed by its path under fixtures/<name>/. */
  build: () => Promise<Map<string, Uint8Array>>;
  /** Write the corpus to a folder, replacing what is there. */
  generate: (dir: string) => Promise<void>;
}

const corpusDir = (name: string) => join(fileURLToPath(new URL("../..", import.meta.url)), "fixtures", name);

export function describeHoldout({ name, build, generate }: HoldoutCorpus): void {
  const corpus = corpusDir(name);
  const writeVar = `WRITE_${name.toUpperCase()}`;

  describe(`${name}: the committed corpus`, () => {
    it(`equals a fresh build of test/${name}/generate.ts`, async () => {
      if (process.env[writeVar] === "1") await generate(corpus);
      const fresh = await build();
      const again = await build();
      // Deterministic: two builds in one process give the same bytes.
      for (const [rel, bytes] of fresh)
        expect(Buffer.from(again.get(rel) ?? []).equals(Buffer.from(bytes)), rel).toBe(true);
      expect(await listFiles(corpus)).toEqual([...fresh.keys()].sort());
      const differ: string[] = [];
      for (const [rel, bytes] of fresh) {
        const onDisk = await readFile(join(corpus, rel));
        if (!onDisk.equals(Buffer.from(bytes))) differ.push(rel);
      }
      expect(
        differ,
        `fixtures/${name} is stale: run ${writeVar}=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/${name}`,
      ).toEqual([]);
    });
  });

  describeHoldoutBar(name);
}

/** The issue 2 bar on the corpus in fixtures/<name>/. */
export function describeHoldoutBar(name: string): void {
  const corpus = corpusDir(name);
  describe(`${name}: the issue 2 bar`, () => {
    let score: HoldoutScore;

    beforeAll(async () => {
      score = await scoreHoldout(corpus);
      const report = formatScore(score).replace("=== foi-agg holdout score ===", `=== foi-agg ${name} score ===`);
      console.log(report);
      if (process.env.HOLDOUT_REPORT) await writeFile(process.env.HOLDOUT_REPORT, report);
    }, 120_000);

    it(`gets at least ${BAR.right * 100}% of exact figures right`, () => {
      expect(score.right / score.truthTotal).toBeGreaterThanOrEqual(BAR.right);
    });

    it("gets no figure wrong without an error or warning naming its measure or the whole return", () => {
      expect(
        score.silentWrong.map((m) => `${m.authority_code} ${m.measure}: truth ${m.truth}, got ${m.value}`),
      ).toEqual([]);
    });

    it(`flags at least ${BAR.planted * 100}% of planted problems`, () => {
      const flagged = score.planted.filter((p) => p.flagged).length;
      expect(flagged / score.planted.length).toBeGreaterThanOrEqual(BAR.planted);
    });

    it("leaves no input file unaccounted for", () => {
      expect(score.unaccounted).toEqual([]);
    });

    it("writes each authority with a planted problem a letter that raises it", () => {
      const missed = (score.letters ?? []).filter((l) => !l.ok);
      expect(score.letters?.length ?? 0).toBeGreaterThan(0);
      expect(
        missed.map((l) => `${l.authority} ${l.problem}: letter points ${l.points.join(", ") || "(no letter)"}`),
      ).toEqual([]);
    });
  });
}
