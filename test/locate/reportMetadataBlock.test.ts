import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { readReportMetadata } from "../../src/locate/readReportMetadata.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const run = (file: string, bytes: Uint8Array): Promise<FileResult> =>
  processFile({ file, bytes, manifestCode: null }, knowledge());

describe("a reporting tool's block of run details over the data", () => {
  it("is read as metadata, said so, and its counts are never figures", async () => {
    const rows = [
      ["Report name:", "LAC missing episodes (ad hoc)"],
      ["Run date:", "11/01/2016 09:42"],
      ["Run by:", "PERF\\abc"],
      ["Parameters:", "01/10/2014 - 30/09/2015"],
      ["", ""],
      ["Cohort", "Measure", "Value"],
      ["UASC", "Looked after", "23"],
      ["UASC", "Went missing", "4"],
      ["", ""],
      ["End of report", "Rows returned: 2"],
    ];
    const r = await run("Anytown export.csv", csv(rows));
    const meta = r.issues.filter((i) => i.code === "layout_report_metadata");
    expect(meta).toHaveLength(1);
    expect(meta[0]?.severity).toBe("info");
    const figures = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.value}`);
    expect(figures.sort()).toEqual(["uasc_looked_after 23", "uasc_went_missing 4"]);
  });

  it("needs two keys: one 'Source' or 'Run date' line alone is an ordinary note", () => {
    const keys = knowledge().labels.reportMetadataKeys.map((k) => new RegExp(`^(?:${k})$`, "u"));
    expect(
      readReportMetadata(
        [
          ["Run date:", "11/01/2016"],
          ["Looked after", "4"],
        ],
        keys,
      ),
    ).toBeNull();
    expect(
      readReportMetadata(
        [
          ["Report name:", "x"],
          ["Parameters:", "y"],
          ["Looked after", "4"],
        ],
        keys,
      )?.rows,
    ).toEqual([1, 2]);
  });

  it.each<[string, number[] | null]>([
    [
      "Report: LAC UASC-Trafficking cohort (WCCIS)   Run: 03/06/2024 09:14   User: PERF-ANALYST2   Parameters: 01/01/2021 - 30/04/2024",
      [1],
    ],
    ["Report name: CLA missing | Run date: 11/01/2016 | Run by: PERF", [1]],
    // One key, or a segment that is no key: an ordinary line.
    ["Run date: 11/01/2016", null],
    ["Report: LAC cohort   Note: figures are provisional", null],
  ])("one line holding the block's keys: %s", (line, rows) => {
    const keys = knowledge().labels.reportMetadataKeys.map((k) => new RegExp(`^(?:${k})$`, "u"));
    expect(readReportMetadata([[line], ["Looked after", "4"]], keys)?.rows ?? null).toEqual(rows);
  });

  // A case-management extract's header lines, each key and its value in one cell ("Report: CS_FOI_…"), the
  // run details on one line with a "Source:" among them: three lines of run details over the list.
  it("reads key and value in one cell, line by line, as the block", () => {
    const keys = knowledge().labels.reportMetadataKeys.map((k) => new RegExp(`^(?:${k})$`, "u"));
    const rows = [
      ["Report: CS_FOI_UASC_MS_Cohort v3"],
      ["Run by: Performance & Intelligence (Children)  |  Run date: 12/06/2024 09:41  |  Source: Mosaic"],
      ["Parameters: CLA episode open at any point 01/01/2021 - 30/04/2024; UASC legal status or trafficking/MS flag"],
      [],
      ["Child ID", "UASC", "CLA start", "CLA end"],
    ];
    expect(readReportMetadata(rows, keys)?.rows).toEqual([1, 2, 3]);
    // One such line alone is an ordinary note.
    expect(readReportMetadata([["Parameters: 2021 to 2024"], ["Looked after", "4"]], keys)).toBeNull();
  });
});
