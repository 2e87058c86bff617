import { describe, expect, it } from "vitest";
import { captureIo } from "../../src/cli/io.js";
import { createRenderer, formatBar, type SummaryNames } from "../../src/cli/render.js";
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

const names: SummaryNames = { councilsWithErrors: [], filesNotRead: [] };

describe("createRenderer", () => {
  it("on a terminal, draws a bar on stderr through reading and the later phases, and clears it before the summary", () => {
    const io = { ...captureIo(true), columns: 100 };
    let t = 0;
    const r = createRenderer(io, { color: false, now: () => t });
    r.progress(1, 2, "Croydon.xlsx");
    t = 4000;
    r.progress(2, 2, "Devon.csv");
    r.phase("assemble, clarify, check");
    r.phase("render outputs");
    r.phase("write outputs");
    r.ingestSummary(summary, false, names);
    expect(io.err[0]).toBe(`\r\u001b[2K${formatBar(1, 5, 0, "Croydon.xlsx", 100)}`);
    expect(io.err[1]).toContain("2/5  40%  0:04 elapsed, ~0:06 left  Devon.csv");
    expect(io.err[2]).toContain("3/5  60%");
    expect(io.err[4]).toContain("5/5 100%  0:04 elapsed  done");
    expect(io.err.at(-1)).toBe("\r\u001b[2K");
    for (const line of io.err) expect(line.replace("\r\u001b[2K", "").length).toBeLessThan(100);
    expect(io.out.join("")).not.toContain("\r");
    expect(io.out.join("")).toContain("Files: 9 of 12 read");
  });

  it.each([20, 40, 80, 200])("fits the bar to a terminal %i columns wide", (width) => {
    const bar = formatBar(120, 219, 42_000, "a very long file name of a council's return.xlsx", width);
    expect(bar.length).toBeLessThan(width);
    expect(bar).toContain("120/219  54%");
    if (width >= 60) expect(bar).toContain("120/219  54%  0:42 elapsed, ~0:35 left");
    if (width >= 80) expect(bar).toMatch(/^\[#+\.+\] /);
  });

  it("off a terminal, shows no progress at all, and no escapes", () => {
    const io = captureIo(false);
    const r = createRenderer(io, { color: false });
    r.progress(1, 2, "Croydon.xlsx");
    r.phase("write outputs");
    r.ingestSummary(summary, true, names);
    expect(io.err).toEqual([]);
    expect(io.out.join("")).not.toContain("\u001b");
    expect(io.out.join("")).not.toContain("\r");
  });

  it("off a terminal with --verbose, names each file on stderr, one plain line each", () => {
    const io = captureIo(false);
    const r = createRenderer(io, { color: false, verbose: true });
    r.progress(1, 2, "Croydon.xlsx");
    r.progress(2, 2, "sub/Devon.csv");
    expect(io.err.join("")).toBe("read 1/2 Croydon.xlsx\nread 2/2 sub/Devon.csv\n");
  });

  it("with -q, prints nothing but errors, even on a terminal", () => {
    const io = captureIo(true);
    const r = createRenderer(io, { color: false, quiet: true, verbose: true });
    r.progress(1, 2, "Croydon.xlsx");
    r.ingestSummary(summary, true, names);
    expect([...io.out, ...io.err]).toEqual([]);
    r.error("boom");
    expect(io.err).toEqual(["foi-agg: boom\n"]);
  });

  it("names the councils with errors, the files not read, and the next commands", () => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).ingestSummary(summary, false, {
      councilsWithErrors: ["Devon", "Kent"],
      filesNotRead: [{ file: "Kent.xlsx", reason: "the file is damaged" }],
    });
    const text = io.out.join("");
    expect(text).toContain("Councils with errors (2):\n  Devon\n  Kent\n");
    expect(text).toContain("Files not read (1):\n  Kent.xlsx: the file is damaged\n");
    expect(text).toContain("open /tmp/out/quality/index.md");
    expect(text).toContain("foi-agg followups /tmp/out");
  });

  it.each([
    ["files", "Files: 9 of 12 read, 3 not ingested (see quality.csv)"],
    ["authorities", "Authorities with returns: 8 of 217"],
    ["issues by severity", "Issues: 2 errors, 1 warning, 5 info"],
    ["where outputs went", "Outputs written to /tmp/out"],
    ["why --strict fails", "--strict: exit code 1 because of 2 error-level issues"],
  ])("the summary says %s", (_, line) => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).ingestSummary(summary, true, names);
    expect(io.out.join("").split("\n")).toContain(line);
  });

  it("does not mention --strict when it was not given", () => {
    const io = captureIo(false);
    createRenderer(io, { color: false }).ingestSummary(summary, false, names);
    expect(io.out.join("")).not.toContain("--strict");
  });

  it.each([
    [true, true],
    [false, false],
  ])("colours the summary only when colour is on (%s)", (color, coloured) => {
    const io = captureIo(true);
    createRenderer(io, { color }).ingestSummary(summary, false, names);
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
      names,
    );
    const text = io.out.join("");
    expect(text).toContain("Ignored 2 files (not returns):\n");
    expect(text).toContain("  notes to self.txt (.foi-aggignore line 2: notes*)\n");
    expect(text).toContain("  drafts/Kent.xlsx (--exclude: drafts/)\n");
    expect(text).toContain("Kept 1 file of yours in the output folder: letters/E10000016-kent.txt\n");
  });
});
