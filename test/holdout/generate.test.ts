/**
 * The committed holdout corpus (fixtures/holdout/) is exactly what the
 * generator writes. To (re)write it after changing generate.ts:
 *
 *   WRITE_HOLDOUT=1 FOI_AGG_SKIP_BUILD=1 npx vitest run test/holdout/generate.test.ts
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { authoritiesUsed, buildHoldout, generateHoldout } from "./generate.js";
import { listFiles } from "./score.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const COMMITTED = join(ROOT, "fixtures", "holdout");

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split("\n")
    .map((line) => line.split(","));
}

describe("holdout corpus", () => {
  it("is deterministic", async () => {
    const a = await buildHoldout();
    const b = await buildHoldout();
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(Buffer.from(v).equals(Buffer.from(b.get(k) as Uint8Array)), k).toBe(true);
  });

  it("matches the committed fixtures/holdout byte for byte", async () => {
    // WRITE_HOLDOUT=1 rewrites the committed corpus first (after editing generate.ts).
    if (process.env.WRITE_HOLDOUT === "1") await generateHoldout(COMMITTED);
    const built = await buildHoldout();
    const committed = await listFiles(COMMITTED).catch(() => [] as string[]);
    expect(committed, "run with WRITE_HOLDOUT=1 to write fixtures/holdout").toEqual([...built.keys()].sort());
    for (const [rel, bytes] of built) {
      const onDisk = await readFile(join(COMMITTED, rel));
      expect(onDisk.equals(Buffer.from(bytes)), `${rel} differs from the generator's output`).toBe(true);
    }
  });

  it("uses real authorities, and truth and plants refer to them", async () => {
    const ref = await readFile(join(ROOT, "src", "knowledge", "authorities-2015.csv"), "utf8");
    const codes = new Set(ref.split("\n").map((l) => l.split(",")[0]));
    for (const c of authoritiesUsed()) expect(codes.has(c), c).toBe(true);
    const built = await buildHoldout();
    const dec = (k: string) => new TextDecoder().decode(built.get(k));
    for (const row of parseCsv(dec("truth.csv")).slice(1)) expect(codes.has(row[0]), row.join(",")).toBe(true);
    const planted = parseCsv(dec("planted.csv")).slice(1);
    expect(planted.length).toBeGreaterThanOrEqual(20);
  });

  it("plants only issue codes that exist in the catalogue", async () => {
    const { CATALOGUE } = await import("../../src/domain/issues.js");
    const built = await buildHoldout();
    const text = new TextDecoder().decode(built.get("planted.csv"));
    for (const line of text.trim().split("\n").slice(1)) {
      const codes = line.slice(line.lastIndexOf(",") + 1).split("|");
      for (const c of codes) expect(Object.keys(CATALOGUE), line).toContain(c);
    }
  });
});
