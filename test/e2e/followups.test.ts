import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLetterWording } from "../../src/followups/loadLetterWording.js";
import { type Letter, planFollowups } from "../../src/followups/planFollowups.js";
import { QualityReportSchema } from "../../src/quality/qualityReportSchema.js";
import { knowledge } from "../report/build-returns.js";
import { ROOT, runCli } from "../support/cli.js";
import { LETTER_CONTEXT, writeSettingsFile } from "../support/letterContext.js";

/**
 * The follow-up loop on the bundled corpus: quality pages, letters, and a
 * clarification fed back in with --overrides.
 */
let dir: string;
let out: string;
type Row = Record<string, string>;
const readCsv = (path: string) => parse(readFileSync(path), { columns: true }) as Row[];

let settings: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "foi-agg-followups-"));
  out = join(dir, "out");
  settings = writeSettingsFile(dir);
  const r = runCli(["ingest", "fixtures/returns", "--out", out, "--settings", settings, "--as-of", "2016-03-01"]);
  if (r.code !== 0) throw new Error(r.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function suppressedFigure(): Row {
  const values = readCsv(join(out, "values.csv"));
  const clarified = readCsv(join(ROOT, "fixtures/clarifications.csv"));
  const row = values.find(
    (v) =>
      v.status === "suppressed" &&
      clarified.some((c) => c.authority_code === v.authority_code && c.measure === v.measure),
  );
  if (!row) throw new Error("the corpus has no suppressed figure with a clarification");
  return row;
}

describe("per-council quality report", () => {
  it("lists every authority in the index, worst first, with a page for each that sent anything", () => {
    const index = readFileSync(join(out, "quality/index.md"), "utf8");
    const authorities = readCsv(join(out, "authorities.csv"));
    for (const a of authorities) expect(index, a.authority_name).toContain(a.authority_name as string);
    const pages = readdirSync(join(out, "quality")).filter((f) => f !== "index.md");
    expect(pages).toHaveLength(authorities.filter((a) => a.return_status !== "no_return").length);
  });

  it("shows a suppressed figure on the council's page with its raw text and cell", () => {
    const s = suppressedFigure();
    const page = readdirSync(join(out, "quality")).find((f) => f.startsWith(`${s.authority_code}-`));
    expect(page).toBeDefined();
    const text = readFileSync(join(out, "quality", page as string), "utf8");
    expect(text).toContain(s.raw as string);
    expect(text).toContain(s.measure as string);
    expect(text).toMatch(/What foi-agg decided/i);
  });
});

describe("follow-up letters", () => {
  let letters: string;
  beforeAll(() => {
    letters = join(dir, "letters");
    const r = runCli(["followups", out, "--to", letters, "--settings", settings, "--as-of", "2016-03-01"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Wrote \d+ letters? to/);
  });

  it("asks a council with a suppressed figure about exactly that figure, quoting its words", () => {
    const s = suppressedFigure();
    const file = readdirSync(letters).find((f) => f.startsWith(`${s.authority_code}-`));
    expect(file, `no letter for ${s.authority_name}`).toBeDefined();
    const letter = readFileSync(join(letters, file as string), "utf8");
    expect(letter).toContain(s.raw as string);
    expect(letter).toContain("1 October 2014 to 30 September 2015");
  });

  it("writes no letter to a council with nothing to clarify", () => {
    const clean = readCsv(join(out, "authorities.csv")).filter(
      (a) => a.return_status === "answered" && a.errors === "0" && a.warnings === "0",
    );
    expect(clean.length).toBeGreaterThan(0);
    for (const a of clean) {
      expect(
        readdirSync(letters).some((f) => f.startsWith(`${a.authority_code}-`)),
        a.authority_name,
      ).toBe(false);
    }
  });
});

/** foi-agg's own wording, written for the researcher; none of it belongs in a letter to a council. */
const INTERNAL_PHRASES = [
  "foi-agg",
  "may not be what the request asked for",
  "is used",
  "this figure",
  "read as",
  "taken as",
  "Possibly:",
  "not counted",
  "None is counted",
];
const PLACEHOLDER_MARKS = ["[", "]", "{{", "}}", "TODO", "undefined", "NaN", "null"];

describe("every letter for the bundled corpus can be sent as written", () => {
  let letters: Letter[];
  let texts: Map<string, string>;
  beforeAll(() => {
    const report = QualityReportSchema.parse(JSON.parse(readFileSync(join(out, "quality.json"), "utf8")));
    letters = planFollowups(report, loadLetterWording(), LETTER_CONTEXT);
    const folder = join(dir, "sendable");
    const r = runCli(["followups", out, "--to", folder, "--settings", settings, "--as-of", "2016-03-01"]);
    expect(r.code, r.stderr).toBe(0);
    texts = new Map(
      readdirSync(folder)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => [f, readFileSync(join(folder, f), "utf8")]),
    );
  });

  it("writes the same letters the planner plans", () => {
    expect(letters.length).toBeGreaterThan(10);
    expect([...texts.keys()].sort()).toEqual(letters.map((l) => l.fileName).sort());
  });

  it("contains no measure id, no internal phrase and no unfilled placeholder", () => {
    const ids = knowledge.request.measures.map((m) => m.id);
    for (const [file, text] of texts) {
      for (const id of ids) expect(text, `${file}: ${id}`).not.toContain(id);
      for (const phrase of INTERNAL_PHRASES) expect(text, `${file}: "${phrase}"`).not.toContain(phrase);
      for (const mark of PLACEHOLDER_MARKS) expect(text, `${file}: "${mark}"`).not.toContain(mark);
    }
  });

  it("is dated and signed from the settings, and quotes the council's own reference when its reply gave one", () => {
    for (const [file, text] of texts) {
      expect(text.startsWith("1 March 2016\n"), file).toBe(true);
      expect(text.trimEnd().endsWith("alex.smith@example.org"), file).toBe(true);
    }
    const luton = texts.get("E06000032-luton.txt") ?? "";
    expect(luton).toContain("Your reference: FOI/2015/9482");
  });

  it("raises no problem twice: no repeated point, and no figure asked about twice for one reason", () => {
    for (const l of letters) {
      const texts = l.points.map((p) => p.text);
      expect(new Set(texts).size, l.fileName).toBe(texts.length);
      const asked = l.points.flatMap((p) => p.measures.map((m) => `${p.code}/${m}`));
      expect(new Set(asked).size, l.fileName).toBe(asked.length);
    }
  });

  it("asks about a wrong period once, not once per figure", () => {
    const brent = letters.find((l) => l.authorityCode === "E09000005");
    expect(brent?.points.map((p) => p.code)).toEqual(["period_mismatch"]);
  });

  it("does not ask a Northern Ireland council that named its Trust who holds the data", () => {
    const ni = letters.filter((l) => l.authorityCode.startsWith("N"));
    for (const l of ni) expect(l.text.replace(/\s+/g, " "), l.fileName).not.toMatch(/which body holds|another body/);
  });

  it("answers a section 12 refusal with the council's own narrowing, and mentions internal review", () => {
    const bury = (texts.get("E08000002-bury.txt") ?? "").replace(/\s+/g, " ");
    expect(bury).toContain("Your reference: FOI/2015/1534");
    expect(bury).toContain(
      "“If you narrow your request, for example to children with a National Referral Mechanism referral, we may be able to help.”",
    );
    expect(bury).toContain("internal review");
    expect(bury).not.toContain("not held");
  });

  it("says a file could not be opened only when it could not", () => {
    const unopened = new Set(["file_unsupported", "file_corrupt", "container_encrypted"]);
    for (const l of letters) {
      for (const p of l.points) if (/could not open/.test(p.text)) expect(unopened.has(p.code), l.fileName).toBe(true);
    }
  });
});

describe("clarifications round trip", () => {
  it("applies an override, keeps the original, and moves the sum of exact figures by exactly the clarified amount", () => {
    const s = suppressedFigure();
    const clarification = readCsv(join(ROOT, "fixtures/clarifications.csv")).find(
      (c) => c.authority_code === s.authority_code && c.measure === s.measure,
    ) as Row;
    const before = readCsv(join(out, "summary-national.csv")).find(
      (r) => r.area_code === "K02000001" && r.measure === s.measure,
    ) as Row;

    const overrides = join(dir, "one-override.csv");
    writeFileSync(
      overrides,
      `authority_code,measure,value,status,reason,source,date\n${s.authority_code},${s.measure},${clarification.value},,Exact figure on follow-up,email from council 2016-03-02,2016-03-02\n`,
    );
    const out2 = join(dir, "out2");
    const r = runCli(["ingest", "fixtures/returns", "--out", out2, "--overrides", overrides]);
    expect(r.code, r.stderr).toBe(0);

    const v = readCsv(join(out2, "values.csv")).find(
      (x) => x.authority_code === s.authority_code && x.measure === s.measure,
    ) as Row;
    expect(v.status).toBe("override");
    expect(v.value).toBe(clarification.value);
    expect(v.override_reason).toBe("Exact figure on follow-up");
    expect(v.override_source).toBe("email from council 2016-03-02");
    expect(v.raw).toBe(s.raw);

    const after = readCsv(join(out2, "summary-national.csv")).find(
      (x) => x.area_code === "K02000001" && x.measure === s.measure,
    ) as Row;
    expect(Number(after.exact_sum) - Number(before.exact_sum)).toBe(Number(clarification.value));
    expect(Number(after.authorities_override)).toBe(1);
    const quality = readCsv(join(out2, "quality.csv"));
    expect(
      quality.some(
        (q) => q.authority_code === s.authority_code && q.code === "override_applied" && q.severity === "info",
      ),
    ).toBe(true);
  });

  it("rejects a bad overrides file with the line named, and exit 2, writing nothing", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      "authority_code,measure,value,status,reason,source,date\nE09000008,uasc_looked_after,12,,ok,email,2016-01-01\nE09000008,uasc_lookd_after,12,,typo,email,2016-01-01\n",
    );
    const out3 = join(dir, "out3");
    const r = runCli(["ingest", "fixtures/returns", "--out", out3, "--overrides", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:3:2/);
    expect(existsSync(out3)).toBe(false);
  });
});
