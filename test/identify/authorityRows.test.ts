import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import type { Workbook } from "../../src/domain/workbook.js";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { splitAuthorityRows } from "../../src/identify/splitAuthorityRows.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// A long table for a joint service: one row per council and question, the council named in its own column.
const LONG = [
  "council,question,figure",
  "Gateshead Council,UASC looked after,31",
  "Gateshead Council,UASC who went missing,6",
  "Sunderland City Council,UASC looked after,17",
  "Sunderland City Council,UASC who went missing,<5",
].join("\n");

function figures(r: FileResult): string {
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure}=${f.status === "reported" ? f.value : f.status}`)
    .sort()
    .join(" ");
}

describe("a table naming its council on every row", () => {
  it("is read once per council, each from its own rows", async () => {
    const r = await processFile(
      { file: "Joint service FOI 112 answer.csv", bytes: text(LONG), manifestCode: null },
      knowledge(),
    );
    expect(r.facts).toEqual([]);
    const parts = Object.fromEntries((r.split ?? []).map((p) => [p.authority?.code, figures(p)]));
    expect(parts).toEqual({
      E08000037: "uasc_looked_after=31 uasc_went_missing=6",
      E08000024: "uasc_looked_after=17 uasc_went_missing=suppressed",
    });
    for (const part of r.split ?? []) {
      expect(part.issues.map((i) => i.code)).toContain("file_shared");
      expect(part.issues.some((i) => i.code.startsWith("authority_"))).toBe(false);
      // Each figure keeps its row in the file.
      for (const f of part.facts) expect(f.sources[0]?.row).toBeGreaterThan(1);
    }
  });

  // The header above a column's first council name is a table's title block, not a sheet's length: a
  // column whose first names come far down (a list's free-text column naming councils now and then) is no
  // council column, and a long sheet is not read for names past its first rows.
  it("looks for the names only in a column's first rows", async () => {
    const padding = Array.from({ length: 25 }, (_, i) => `Note ${i + 1},placed out of area,`);
    const r = await processFile(
      {
        file: "Joint service FOI 112 answer.csv",
        bytes: text(["council,question,figure", ...padding, ...LONG.split("\n").slice(1)].join("\n")),
        manifestCode: null,
      },
      knowledge(),
    );
    expect(r.split ?? []).toEqual([]);
  });

  // Under the row limit (200,000) a sheet may be longer than a call's arguments can be (about 120,000):
  // its width and rows are found without spreading them into one call.
  it("reads a sheet longer than a call's arguments without failing", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [`child ${i}`, "1"]);
    const workbook: Workbook = { format: "csv", sheets: [{ name: "Sheet1", rows }] } as Workbook;
    const k = knowledge();
    expect(splitAuthorityRows(workbook, buildAuthorityIndex(k.authorities, k.aliases, k.outside))).toBeNull();
  });
});
