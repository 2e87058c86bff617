import { describe, expect, it } from "vitest";
import { captureIo } from "../../src/cli/io.js";
import { createRenderer } from "../../src/cli/render.js";
import type { IngestSummary } from "../../src/pipeline/runIngest.js";

const summary: IngestSummary = {
  files: 12,
  ingested: 9,
  notIngested: 3,
  authoritiesWithReturns: 8,
  authorities: 217,
  issues: { error: 2, warning: 1, info: 5 },
  outDir: "/tmp/out",
  ignored: [],
  kept: [],
};

describe("createRenderer", () => {
  it("on a terminal, rewrites one progress line and clears it before the summary", () => {
    const io = captureIo(true);
    const r = createRenderer(io, { color: false });
    r.progress(1, 2, "Croydon.xlsx");
    r.progress(2, 2, "Devon.csv");
    r.ingestSummary(summary, false);
    expect(io.out[0]).toBe("\r\u001b[2KReading 1/2 Croydon.xlsx");
    expect(io.out[1]).toBe("\r\u001b[2KReading 2/2 Devon.csv");
    expect(io.out[2]).toBe("\r\u001b[2K");
    expect(io.out.join("")).not.toContain("\n\r");
  });

  it("off a terminal, prints one plain line per file and no escapes at all", () => {
    const io = captureIo(false);
    const r = createRenderer(io, { color: false });
    r.progress(1, 2, "Croydon.xlsx");
    r.progress(2, 2, "sub/Devon.csv");
    r.ingestSummary(summary, true);
    const text = io.out.join("");
    expect(text.startsWith("read Croydon.xlsx\nread sub/Devon.csv\n")).toBe(true);
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\r");
  });

  it.each([
    ["files", "Files: 9 of 12 read, 3 not ingested (see quality.csv)"],
    ["authorities", "Authorities with returns: 8 of 217"],
    ["issues by severity", "Issues: 2 errors, 1 warning, 5 info"],
    ["where outputs went", "Outputs written to /tmp/out"],
    ["why --strict fails", "--strict: exit code 1 because of 2 error-level issues"],
  ])("the summary says %s", (_, line) => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).ingestSummary(summary, true);
    expect(io.out.join("").split("\n")).toContain(line);
  });

  it("does not mention --strict when it was not given", () => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).ingestSummary(summary, false);
    expect(io.out.join("")).not.toContain("--strict");
  });

  it.each([
    [true, true],
    [false, false],
  ])("colours the summary only when colour is on (%s)", (color, coloured) => {
    const io = captureIo(true);
    createRenderer(io, { color }).ingestSummary(summary, false);
    expect(io.out.join("").includes("\u001b[31m")).toBe(coloured);
  });

  it("writes errors to stderr", () => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).error("input folder x does not exist");
    expect(io.err).toEqual(["foi-agg: input folder x does not exist\n"]);
  });

  it("lists each ignored file with the rule that left it out, and the user's files it kept", () => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).ingestSummary(
      {
        ...summary,
        ignored: [
          { file: "notes to self.txt", rule: ".foi-aggignore line 2: notes*" },
          { file: "drafts/Kent.xlsx", rule: "--exclude: drafts/" },
        ],
        kept: ["letters/E10000016-kent.txt"],
      },
      false,
    );
    const text = io.out.join("");
    expect(text).toContain("Ignored 2 files (not returns):\n");
    expect(text).toContain("  notes to self.txt (.foi-aggignore line 2: notes*)\n");
    expect(text).toContain("  drafts/Kent.xlsx (--exclude: drafts/)\n");
    expect(text).toContain("Kept 1 file of yours in the output folder: letters/E10000016-kent.txt\n");
  });
});
