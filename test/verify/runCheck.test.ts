import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTHORITIES, buildOutputs, checkOutDir, writeOutputs } from "./support.js";

/**
 * The check command on real files: a small output folder written the way the
 * ingest writes it, and expected-figures files that match, differ or are
 * malformed. Asserts on exit code and what is printed.
 */
let dir: string;
let outDir: string;
const kent = AUTHORITIES.find((a) => a.name === "Kent");
if (!kent) throw new Error("no Kent");

const expectedFile = (figures: unknown[]) => JSON.stringify({ title: "Test round", figures });
const total = (published: number) => ({
  id: "1",
  title: "UK trafficked looked after",
  source: "test",
  kind: "total",
  measure: "trafficked_looked_after",
  published,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "foi-agg-check-"));
  outDir = join(dir, "out");
  await writeOutputs(
    outDir,
    buildOutputs([{ authority: kent, figures: { trafficked_looked_after: 38, uasc_looked_after: 1046 } }], {
      breakdowns: [{ authority: kent.gss_code, groups: ["uasc"] }],
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectedAt(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("foi-agg check", () => {
  it("exits 0 and prints ✓ when every figure matches", async () => {
    const path = await expectedAt(
      "ok.json",
      expectedFile([
        total(38),
        {
          id: "2",
          title: "UASC",
          source: "s",
          kind: "total",
          measure: "uasc_looked_after",
          area: "South East",
          published: 1046,
        },
        {
          id: "3",
          title: "Nationality",
          source: "s",
          kind: "authority_count",
          condition: { nationality_breakdown: "any" },
          published: 1,
        },
        { id: "4", title: "Round", source: "s", kind: "reference_count", published: 217 },
      ]),
    );
    const r = await checkOutDir(outDir, path);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^1 +UK trafficked looked after +38 +38 +✓ +none$/m);
    expect(r.stdout).toMatch(/^2 +UASC +1,046 +1,046 +✓/m);
    expect(r.stdout).toContain("All published figures reproduced: 4 of 4 match (4 exact");
    expect(r.results.every((x) => x.pass)).toBe(true);
  });

  it("accepts an expected file that starts with a UTF-8 byte-order mark", async () => {
    const path = await expectedAt("bom.json", `\uFEFF${expectedFile([total(38)])}`);
    const r = await checkOutDir(outDir, path);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("1 of 1 match");
  });

  it("checks a very large expected file without overflowing the stack", async () => {
    // 200,000 figures: spreading that many rows into Math.max overflowed the stack.
    const figures = Array.from({ length: 200_000 }, (_, i) => ({ ...total(38), id: String(i + 1) }));
    const path = await expectedAt("large.json", expectedFile(figures));
    const r = await checkOutDir(outDir, path);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("200000 of 200000 match");
  });

  it("exits 1 and prints ✗ with the difference when a figure differs", async () => {
    const path = await expectedAt("differs.json", expectedFile([total(40)]));
    const r = await checkOutDir(outDir, path);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^1 +UK trafficked looked after +40 +38 +✗ +−2$/m);
    expect(r.stdout).toContain("Some published figures NOT reproduced: 0 of 1 match");
  });

  it.each([
    ["a missing output folder", "nowhere", "ok", /output folder .*nowhere does not exist/],
    ["a missing expected file", "out", "missing", /expected-figures file .*missing\.json does not exist/],
    [
      "an invalid expected file",
      "out",
      "invalid",
      /invalid\.json is not a valid expected-figures file:\n {2}figures\.0\.published: /,
    ],
  ])("exits 2 on %s", async (_name, out, expected, message) => {
    if (expected === "ok") await expectedAt("ok.json", expectedFile([total(38)]));
    if (expected === "invalid") await expectedAt("invalid.json", expectedFile([{ ...total(38), published: "38" }]));
    const r = await checkOutDir(join(dir, out), join(dir, `${expected}.json`));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("exits 2 when the folder lacks an output file", async () => {
    const partial = join(dir, "partial");
    await writeOutputs(partial, buildOutputs([{ authority: kent, figures: { trafficked_looked_after: 1 } }]));
    await rm(join(partial, "summary-regional.csv"));
    const r = await checkOutDir(partial, await expectedAt("ok.json", expectedFile([total(1)])));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("summary-regional.csv is missing");
  });

  it("exits 2 naming the line when an output row is malformed", async () => {
    const broken = join(dir, "broken");
    await writeOutputs(broken, buildOutputs([{ authority: kent, figures: { trafficked_looked_after: 1 } }]));
    const path = join(broken, "summary-national.csv");
    const lines = (await readFile(path, "utf8")).split("\n");
    const fields = (lines[2] ?? "").split(",");
    fields[3] = "one"; // the total column
    lines[2] = fields.join(",");
    await writeFile(path, lines.join("\n"));
    const r = await checkOutDir(broken, await expectedAt("ok.json", expectedFile([total(1)])));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/summary-national\.csv line 3 is not an foi-agg output row \(total: /);
  });
});
