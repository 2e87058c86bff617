import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { buildGrid, createLocateEnv } from "../../src/locate/sheetGrid.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { readWorkbook } from "../../src/read/readWorkbook.js";

/**
 * A header row of years is a header even when one year carries a footnote's
 * mark ("2021*", "2022 (Cumbria CC)†"), or when a single bare year stands
 * among headings that name the other requested periods in words. Read as a
 * row of figures, the header made every figure under it "period not stated",
 * and the one column whose heading was read spread over the others (round 61).
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const FILE = "Northfield Borough Council FOI 24-1.csv";
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

async function kindsOf(lines: string[], row: number): Promise<string[]> {
  const read = await readWorkbook(FILE, bytes(lines));
  const sheet = read.workbook?.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const env = createLocateEnv(FILE, read.workbook?.format ?? "csv", severalYears);
  return (buildGrid(sheet, env).rows[row - 1] ?? []).map((c) => `${c.text.trim()}:${c.kind}`);
}

async function figures(lines: string[]): Promise<string[]> {
  const r = await processFile({ file: FILE, bytes: bytes(lines), manifestCode: null }, severalYears);
  return r.facts
    .filter((f) => f.status === "reported" && f.measure === "uasc_looked_after")
    .map((f) => `${f.periodText ?? ""} ${f.value}`)
    .sort();
}

describe("a header row of years with a footnote's mark", () => {
  it.each([
    ["2021*", "2022", "2023"],
    ["2021", "2022†", "2023¹"],
  ])("%s | %s | %s is a header, and the figures under it keep their years", async (a, b, c) => {
    const lines = [`Question,${a},${b},${c}`, "1c,Not held,34,26", "2a,Not held,1,1"];
    expect(await kindsOf(lines, 1)).toEqual(["Question:text", `${a}:text`, `${b}:text`, `${c}:text`]);
    expect(await figures(lines)).toEqual([`${b} 34`, `${c} 26`]);
  });

  it("reads a lone bare year among headings that name the other periods", async () => {
    const lines = ["Question,2021 (Cumbria CC)†,2022 (Cumbria CC)†,2023,Jan–Apr 2024", "1c,54,70,36,11", "2a,10,9,4,3"];
    expect(await kindsOf(lines, 1)).toContain("2023:text");
    expect(await figures(lines)).toContain("2023 36");
  });

  it("leaves a lone year that is a figure beside a heading naming no requested period", async () => {
    const lines = ["Question,Number of children", "Children looked after,2021", "1c,34"];
    expect(await kindsOf(lines, 2)).toContain("2021:value");
  });
});
