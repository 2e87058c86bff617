import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CATALOGUE, makeIssue } from "../../src/domain/issues.js";
import { applyOverrides } from "../../src/overrides/applyOverrides.js";
import { slugifyName } from "../../src/quality/buildQualityReport.js";
import { QualityReportSchema } from "../../src/quality/qualityReportSchema.js";
import { escapeCell, escapeText } from "../../src/report/markdown.js";
import { renderQualityReport } from "../../src/report/renderQualityReport.js";
import { knowledge } from "./build-returns.js";
import { fixtureIngest } from "./fixture-ingest.js";

const files = renderQualityReport(fixtureIngest(), knowledge);
const index = files.get("quality/index.md") ?? "";

function page(path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no ${path}; have ${[...files.keys()].join(", ")}`);
  return text;
}

/** The data rows of the first Markdown table in the section under a heading. */
function tableRows(markdown: string, heading: string): string[] {
  const section = (markdown.split(`\n## ${heading}\n`)[1] ?? "").split("\n## ")[0] ?? "";
  const lines = section.split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("|"));
  return lines.slice(start + 2, end < 0 ? undefined : end);
}

/** Cells of a table row, splitting only on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
}

describe("renderQualityReport files", () => {
  it("writes quality.json, the index, and a page for each authority that sent anything", () => {
    expect([...files.keys()].sort()).toEqual([
      "quality.json",
      "quality/E09000023-lewisham.md",
      "quality/E10000008-devon.md",
      "quality/E10000016-kent.md",
      "quality/E10000030-surrey.md",
      "quality/index.md",
    ]);
  });

  it("quality.json validates against QualityReportSchema and carries no timestamps", () => {
    const json = JSON.parse(page("quality.json"));
    const parsed = QualityReportSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(page("quality.json")).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    expect(json.request).toMatchObject({ id: "heading-back-to-harm-2015", period: { start: "2014-10-01" } });
    expect(json.totals).toMatchObject({ authorities: 7, withReturn: 4, noReturn: 3 });
    const lewisham = json.authorities.find((a: { code: string }) => a.code === "E09000023");
    expect(lewisham.values.find((v: { measure: string }) => v.measure === "uasc_went_missing")).toMatchObject({
      status: "suppressed",
      value: null,
      lower: 1,
      upper: 4,
      raw: "fewer than 5",
      source: "Lewisham FOI response.xlsx#Missing!B8",
    });
    expect(json.unassignedFiles).toEqual([
      expect.objectContaining({
        file: "mystery.pdf",
        ingested: false,
        reason: "PDF files are not read; save it as .xlsx or .csv",
      }),
    ]);
  });

  it("converts to a JSON Schema (for schemas/quality-report.schema.json) that requires the report's parts", () => {
    const schema = z.toJSONSchema(QualityReportSchema) as { required?: string[] };
    expect(schema.required).toEqual(["request", "totals", "round", "authorities", "unassignedFiles", "issues"]);
  });

  it("is deterministic whatever order the returns arrive in", () => {
    const shuffled = fixtureIngest();
    shuffled.returns.reverse();
    expect(renderQualityReport(shuffled, knowledge)).toEqual(files);
  });

  it("contains no terminal colour codes", () => {
    for (const text of files.values()) expect(text).not.toContain("\u001b");
  });
});

describe("quality/index.md", () => {
  it("lists every authority, worst first, linking to the pages that exist", () => {
    const rows = tableRows(index, "Authorities, worst first").map(cells);
    expect(rows.map((r) => r[0])).toEqual([
      "[Kent](E10000016-kent.md)", // 1 error, 11 warnings, unreadable
      "[Devon](E10000008-devon.md)", // 1 error, 1 warning
      "[Lewisham](E09000023-lewisham.md)", // 0 errors, 1 warning
      "Glasgow City", // no return, alphabetical among equals
      "Hackney",
      "Isle of Anglesey",
      "[Surrey](E10000030-surrey.md)", // clean
    ]);
    const kent = rows[0] ?? [];
    expect(kent.slice(3)).toEqual(["unreadable", "Kent.xlsx", "0 of 11", "1", "11"]);
    expect(rows[6]?.slice(3)).toEqual(["answered", "Surrey CC FOI response.csv", "11 of 11", "0", "0"]);
  });

  it("summarises non-responders by nation and English region", () => {
    const section = index.split("## Non-responders")[1]?.split("##")[0] ?? "";
    expect(section).toContain("3 of 7 authorities sent no return.");
    expect(section).toContain("- **England: London** (1): Hackney");
    expect(section).toContain("- **Scotland** (1): Glasgow City");
    expect(section).toContain("- **Wales** (1): Isle of Anglesey");
  });

  it("lists files tied to no authority with the reason", () => {
    const rows = tableRows(index, "Files not tied to any authority").map(cells);
    expect(rows).toEqual([
      [
        "mystery.pdf",
        "no",
        "PDF files are not read; save it as .xlsx or .csv",
        "mystery.pdf is a PDF, which foi-agg does not read. Save the tables as .xlsx or .csv.",
      ],
    ]);
  });
});

describe("an authority's page", () => {
  const lewisham = page("quality/E09000023-lewisham.md");

  it("names the authority, region, nation and the file with its sheets", () => {
    expect(lewisham).toContain("# Lewisham (E09000023)");
    expect(lewisham).toContain("- Region: London (E12000007)");
    expect(lewisham).toContain("- Nation: England");
    expect(tableRows(lewisham, "Files").map(cells)).toEqual([["Lewisham FOI response.xlsx", '"Sheet1"']]);
  });

  it("sets the stated period against the requested one", () => {
    expect(lewisham).toContain("Requested period: 1 October 2014 to 30 September 2015 (2014-10-01 to 2015-09-30).");
    expect(tableRows(lewisham, "Period").map(cells)).toEqual([
      [
        "“1 October 2014 - 30 September 2015”",
        "2014-10-01 to 2015-09-30",
        "Lewisham FOI response.xlsx#Missing!A2",
        "yes",
      ],
    ]);
    expect(tableRows(page("quality/E10000008-devon.md"), "Period").map(cells)[0]?.[3]).toBe("**no**");
  });

  it("has one row per request measure with status, bounds, raw text and source cell", () => {
    const rows = tableRows(lewisham, "Figures").map(cells);
    expect(rows).toHaveLength(knowledge.request.measures.length);
    for (const row of rows) expect(row).toHaveLength(8);
    const suppressedRow = rows.find((r) => r[1] === "`uasc_went_missing`");
    expect(suppressedRow?.slice(2, 6)).toEqual([
      "suppressed",
      "1–4",
      "“fewer than 5”",
      "Lewisham FOI response.xlsx#Missing!B8",
    ]);
  });

  it("escapes a pipe and a line break in the council's text so the table keeps its shape", () => {
    const row = tableRows(lewisham, "Figures")
      .map(cells)
      .find((r) => r[1] === "`uasc_looked_after`");
    expect(row?.[4]).toBe("“61 \\| see note<br>below”");
  });

  it("explains each issue in plain English with its location and raw text", () => {
    const issues = lewisham.split("## Issues")[1]?.split("## What foi-agg decided")[0] ?? "";
    expect(issues).toContain(
      "1. **Warning: Figure suppressed** (Unaccompanied children who went missing at least once).",
    );
    expect(issues).toContain(
      'read as 1–4\n   — at Lewisham FOI response.xlsx, sheet "Missing", cell B8; raw text “fewer than 5”',
    );
  });

  it("lists what foi-agg decided, with where", () => {
    const decided = lewisham.split("## What foi-agg decided")[1] ?? "";
    expect(decided).toContain(
      '- Lewisham FOI response.xlsx, sheet "Missing", cell A6: Row 6 taken as the header row (most text cells above figures).',
    );
    expect(decided).toContain(
      '- Lewisham FOI response.xlsx, sheet "Missing", cell A8: Label "UASC who went missing" matched uasc_went_missing.',
    );
    expect(decided).toContain('- Lewisham FOI response.xlsx, sheet "Notes": Sheet skipped: no figures.');
  });

  it("shows a clarified figure with its reason, source and what the council first wrote", () => {
    const result = fixtureIngest();
    result.returns = applyOverrides(
      result.returns,
      [
        {
          authority: "E09000023",
          measure: "uasc_went_missing",
          period: "2014-15",
          status: "override",
          value: 3,
          reason: "Council gave the exact figure",
          source: "email from council",
          date: "2016-03-02",
          file: "clarifications.csv",
          line: 2,
        },
      ],
      knowledge,
      "2014-15",
    ).returns;
    const out = renderQualityReport(result, knowledge);
    const row = tableRows(out.get("quality/E09000023-lewisham.md") ?? "", "Figures")
      .map(cells)
      .find((r) => r[1] === "`uasc_went_missing`");
    expect(row?.slice(2, 4)).toEqual(["override (clarified)", "3"]);
    expect(row?.[7]).toBe(
      "Council gave the exact figure (source: email from council, 2016-03-02); previously suppressed “fewer than 5”",
    );
    expect(out.get("quality/index.md")).toContain("1 figure(s) rest on clarifications.");
    const json = QualityReportSchema.parse(JSON.parse(out.get("quality.json") ?? ""));
    expect(json.totals.figuresOverride).toBe(1);
    expect(
      json.authorities.find((a) => a.code === "E09000023")?.values.find((v) => v.measure === "uasc_went_missing")
        ?.override,
    ).toEqual({
      reason: "Council gave the exact figure",
      source: "email from council",
      date: "2016-03-02",
      previous: {
        status: "suppressed",
        value: null,
        lower: 1,
        upper: 4,
        raw: "fewer than 5",
        source: "Lewisham FOI response.xlsx#Missing!B8",
      },
    });
  });
});

describe("an issue that makes several figures suspect", () => {
  const result = fixtureIngest();
  result.returns = result.returns.map((ret) =>
    ret.authority.gss_code === "E09000023"
      ? {
          ...ret,
          issues: [
            makeIssue("check_parts_sum", {
              message: "identified + suspected = 5, but the total given is 4.",
              authority: "E09000023",
              measure: "trafficked_looked_after",
              related: ["trafficked_identified", "trafficked_suspected"],
            }),
          ],
        }
      : ret,
  );
  const out = renderQualityReport(result, knowledge);
  const label = (id: string) => knowledge.request.measures.find((m) => m.id === id)?.label ?? id;

  it("names each of them on the council's page, the one it points at first", () => {
    expect(out.get("quality/E09000023-lewisham.md")).toContain(
      `**Error: ${CATALOGUE.check_parts_sum.title}** (${["trafficked_looked_after", "trafficked_identified", "trafficked_suspected"].map(label).join("; ")}).`,
    );
  });

  it("keeps them as a list in quality.json", () => {
    const json = QualityReportSchema.parse(JSON.parse(out.get("quality.json") ?? ""));
    const issue = json.authorities.find((a) => a.code === "E09000023")?.issues[0];
    expect(issue).toMatchObject({
      measure: "trafficked_looked_after",
      related: ["trafficked_identified", "trafficked_suspected"],
    });
  });
});

describe("Markdown escaping", () => {
  it.each([
    ["<5", "\\<5"],
    ["*", "\\*"],
    ["[c]", "\\[c\\]"],
    ["a | b", "a \\| b"],
    ["two\nlines", "two<br>lines"],
    ["two\r\nlines", "two<br>lines"],
    ["back\\slash", "back\\\\slash"],
    ["under_score", "under_score"],
    ["_emphasis_", "\\_emphasis\\_"],
    ["`code`", "\\`code\\`"],
    ["12", "12"],
  ])("table cell %j → %j", (raw, escaped) => {
    expect(escapeCell(raw)).toBe(escaped);
  });

  it.each([
    ["two\nlines", "two lines"],
    ["a | b", "a \\| b"],
  ])("running text %j → %j", (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe("slugifyName", () => {
  it.each([
    ["Lewisham", "lewisham"],
    ["Isle of Anglesey", "isle-of-anglesey"],
    ["Bristol, City of", "bristol-city-of"],
    ["Brighton and Hove", "brighton-and-hove"],
    ["Brighton & Hove", "brighton-and-hove"],
    ["Ynys Môn", "ynys-mon"],
    ["St. Helens", "st-helens"],
    ["Stockton-on-Tees", "stockton-on-tees"],
    ["Na h-Eileanan Siar", "na-h-eileanan-siar"],
  ])("%s → %s", (name, slug) => {
    expect(slugifyName(name)).toBe(slug);
  });

  it("gives a page name for every reference authority that is unique", () => {
    const slugs = knowledge.authorities.map((a) => slugifyName(a.name));
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("an authority's page in a round of several periods", () => {
  const twoYears = {
    ...knowledge,
    request: {
      ...knowledge.request,
      periods: [
        { id: "2019", start: "2019-01-01", end: "2019-12-31", label: "1 January to 31 December 2019" },
        { id: "2020", start: "2020-01-01", end: "2020-12-31", label: "1 January to 31 December 2020" },
      ],
    },
  };
  const first = fixtureIngest();
  // In 2020 Lewisham held nothing: every figure not held.
  const second = fixtureIngest().returns.map((r) =>
    r.authority.gss_code === "E09000023"
      ? {
          ...r,
          status: "not_held" as const,
          values: r.values.map((v) => ({
            ...v,
            status: "not_held" as const,
            value: null,
            lower: null,
            upper: null,
          })),
        }
      : r,
  );
  const many = renderQualityReport(
    {
      ...first,
      periods: [
        { period: "2019", returns: first.returns },
        { period: "2020", returns: second },
      ],
    },
    twoYears,
  );
  const lewisham = many.get("quality/E09000023-lewisham.md") ?? "";

  it.each([
    ["1 January to 31 December 2019", "suppressed", "answered"],
    ["1 January to 31 December 2020", "not held", "not held"],
  ])("has a Figures section for %s with that period's figures and status", (label, uascMissing, status) => {
    const heading = `Figures: ${label}`;
    expect(lewisham).toContain(`## ${heading}\n\nReturn status for this period: **${status}**`);
    const rows = tableRows(lewisham, heading).map(cells);
    expect(rows).toHaveLength(knowledge.request.measures.length);
    expect(rows.find((r) => r[1] === "`uasc_went_missing`")?.[2]).toBe(uascMissing);
  });

  it("states each period's return status at the top, and has no single Figures section", () => {
    expect(lewisham).toContain(
      "- Return status: 1 January to 31 December 2019: **answered**; 1 January to 31 December 2020: **not held**",
    );
    expect(lewisham).not.toContain("\n## Figures\n");
  });

  it("puts every period in quality.json, and none in a one-period round's", () => {
    const json = QualityReportSchema.parse(JSON.parse(many.get("quality.json") ?? ""));
    const entry = json.authorities.find((a) => a.code === "E09000023");
    expect(entry?.byPeriod?.map((p) => [p.period, p.status])).toEqual([
      ["2019", "answered"],
      ["2020", "not_held"],
    ]);
    const single = QualityReportSchema.parse(JSON.parse(files.get("quality.json") ?? ""));
    expect(single.authorities.some((a) => a.byPeriod !== undefined)).toBe(false);
  });
});
