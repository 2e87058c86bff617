import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { summariseAreas } from "../../src/aggregate/summariseAreas.js";
import { makeIssue } from "../../src/domain/issues.js";
import { HexLayoutSchema, loadHexLayout } from "../../src/knowledge/hexLayout.js";
import { describeFigure, type FigureFacts, refusalSection } from "../../src/quality/describeFigure.js";
import { embedJson, escapeHtml } from "../../src/report/html/escapeHtml.js";
import { placeHexTiles } from "../../src/report/html/placeHexTiles.js";
import { addWorkingDays, type HtmlReportInput, renderHtmlReport } from "../../src/report/html/renderHtmlReport.js";
import { buildReturn, ingestOf, knowledge, missing, noReturn } from "./build-returns.js";
import { fixtureIngest } from "./fixture-ingest.js";

const layout = loadHexLayout();

function inputFor(result = fixtureIngest(), extra: Partial<HtmlReportInput> = {}): HtmlReportInput {
  return {
    result,
    knowledge,
    summaries: summariseAreas(result.returns, knowledge),
    hexLayout: layout,
    ...extra,
  };
}

const html = renderHtmlReport(inputFor());

describe("describeFigure: a figure as people write it", () => {
  const f = (
    status: FigureFacts["status"],
    value: number | null,
    lower: number | null,
    upper: number | null,
    raw = "",
  ) => ({ status, value, lower, upper, raw }) satisfies FigureFacts;
  it.each([
    [f("reported", 12, 12, 12), "12"],
    [f("reported", 4739, 4739, 4739), "4,739"],
    [f("derived", 3, 3, 3), "3"],
    [f("override", 7, 7, 7), "7"],
    [f("suppressed", null, 1, 4, "<5"), "1–4 (suppressed)"],
    [f("conflict", null, 3, 5, "3; 5"), "3–5 (conflicting figures)"],
    [f("refused", null, null, null, "Refused under s.12 (cost limit)"), "refused (s.12)"],
    [f("refused", null, null, null, "exempt under section 40(2)"), "refused (s.40(2))"],
    [f("refused", null, null, null, "we decline to answer"), "refused"],
    [f("not_held", null, null, null, "not held"), "not held"],
    [f("not_answered", null, null, null), "not answered"],
    [f("no_return", null, null, null), "no return"],
  ])("%o → %s", (figure, text) => {
    expect(describeFigure(figure)).toBe(text);
  });

  it.each([
    ["s.12", "12"],
    ["S12 applies", "12"],
    ["section 40(2)", "40(2)"],
    ["Sec. 31", "31"],
    ["costs 1200 pounds", null],
    ["sections of the report", null],
  ])("refusalSection(%s) = %s", (raw, section) => {
    expect(refusalSection(raw)).toBe(section);
  });
});

describe("escaping", () => {
  it("escapes every character that could open markup or close an attribute", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("embeds JSON that no text can break out of, and that reads back unchanged", () => {
    const value = { raw: "</script><!-- <script>alert(1)</script> & \u2028" };
    const embedded = embedJson(value);
    expect(embedded).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(embedded)).toEqual(value);
  });

  it("writes council text escaped in the markup, and raw only inside the JSON block", () => {
    const hostile = "<script>alert(1)</script>";
    const ret = buildReturn("E09000023", {
      files: [`${hostile}.csv`],
      values: [{ ...missing("uasc_looked_after", "not_answered"), raw: hostile }],
    });
    const stray = { file: `${hostile}.pdf`, ingested: false, authority: null, reason: hostile };
    const page = renderHtmlReport(inputFor(ingestOf([ret], { files: [stray] })));
    // The page's own script and its JSON data block; nothing from the return.
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain("<code>&lt;script&gt;alert(1)&lt;/script&gt;.pdf</code>");
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)?.[1] ?? "";
    expect(JSON.stringify(JSON.parse(json))).toContain(`"${hostile}.csv"`);
  });
});

describe("the page", () => {
  it("allows only its own style and script, by hash", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it("is the same bytes for the same ingest", () => {
    expect(renderHtmlReport(inputFor())).toBe(html);
  });

  it("draws a suppressed figure as a range in the charts, never as a point", () => {
    // Lewisham's "fewer than 5" UASC who went missing is the only figure of its measure in London.
    const set =
      html.split('<div class="chart-set" data-measure="uasc_went_missing"')[1]?.split("</figure></div></div>")[0] ?? "";
    const london = /<g><text class="lbl"[^>]*>London<\/text>(.*?)<\/g>/.exec(set)?.[1] ?? "";
    expect(london).toContain('class="range"');
    expect(london).toContain("1–4 *");
  });

  it("lists non-responders, and says why no deadlines are shown until the round's settings carry the date sent", () => {
    expect(html).toContain("Non-responders (3)");
    expect(html).toContain('id="deadline-note"');
    const withDate = renderHtmlReport(inputFor(undefined, { requestSent: "2015-10-01" }));
    expect(withDate).toContain("a reply was due by 2015-10-29");
  });

  it.each([
    ["2015-10-01", 20, "2015-10-29"],
    ["2015-10-02", 1, "2015-10-05"],
    ["2015-10-03", 1, "2015-10-05"],
  ])("addWorkingDays(%s, %i) = %s", (from, days, due) => {
    expect(addWorkingDays(from, days)).toBe(due);
  });

  it("shows published figures only when given", () => {
    expect(html).not.toContain('id="published"');
  });
});

describe("the hex map", () => {
  it("has a place for every authority of the 2015 round, and no two share a hex", () => {
    const codes = knowledge.authorities.map((a) => a.gss_code).sort();
    expect(Object.keys(layout.hexes).sort()).toEqual(codes);
    const placed = placeHexTiles(codes, layout);
    expect(placed.tiles.filter((t) => t.onLayout)).toHaveLength(217);
    expect(new Set(placed.tiles.map((t) => `${t.x},${t.y}`)).size).toBe(217);
  });

  it("gives an authority the layout lacks a tile of its own in the fallback grid", () => {
    const codes = ["E09000023", "E06000099", "S12000099"];
    const placed = placeHexTiles(codes, layout);
    expect(placed.tiles.map((t) => [t.code, t.onLayout])).toEqual([
      ["E09000023", true],
      ["E06000099", false],
      ["S12000099", false],
    ]);
    expect(placed.fallbackTop).not.toBeNull();
    for (const t of placed.tiles.filter((x) => !x.onLayout)) expect(t.y).toBeGreaterThan(placed.fallbackTop ?? 0);
    expect(new Set(placed.tiles.map((t) => `${t.x},${t.y}`)).size).toBe(3);
  });

  it("draws one tile per authority in the round, placed or not", () => {
    const result = ingestOf([noReturn("E09000023"), noReturn("W06000001")]);
    const partial = { ...layout, hexes: { E09000023: { n: "Lewisham", q: 0, r: 0 } } };
    const page = renderHtmlReport(inputFor(result, { hexLayout: partial }));
    expect(page.match(/<a href="#c-[^"]+" class="tile"/g)).toHaveLength(2);
    expect(page).toContain("Not on the map layout");
  });

  it("refuses a layout that puts two authorities on one hex", () => {
    const parsed = HexLayoutSchema.safeParse({
      ...layout,
      hexes: { E09000023: { n: "a", q: 1, r: 1 }, E09000012: { n: "b", q: 1, r: 1 } },
    });
    expect(parsed.success).toBe(false);
  });
});

describe("the drill-down data", () => {
  it("carries each figure's source place and the follow-up letter", () => {
    const page = renderHtmlReport(inputFor(undefined, { letters: new Map([["E09000023", "Dear Lewisham"]]) }));
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)?.[1] ?? "";
    const data = JSON.parse(json) as {
      councils: { code: string; letter: string | null; figures: { m: string; t: string; at: string[] }[] }[];
    };
    const lewisham = data.councils.find((c) => c.code === "E09000023");
    expect(lewisham?.letter).toBe("Dear Lewisham");
    const figure = lewisham?.figures.find((f) => f.m === "uasc_went_missing");
    expect(figure?.t).toBe("1–4 (suppressed)");
    expect(figure?.at).toEqual([`Lewisham FOI response.xlsx, sheet "Missing", cell B8`]);
  });
});

describe("the drill-down's issues", () => {
  it("name every figure an issue makes suspect: its measure, then the others", () => {
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
              makeIssue("period_not_stated", { message: "no period", authority: "E09000023" }),
            ],
          }
        : ret,
    );
    const page = renderHtmlReport(inputFor(result));
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)?.[1] ?? "";
    const data = JSON.parse(json) as { councils: { code: string; issues: { title: string; ms?: string[] }[] }[] };
    const issues = data.councils.find((c) => c.code === "E09000023")?.issues ?? [];
    expect(issues.map((i) => i.ms)).toEqual([
      ["trafficked_looked_after", "trafficked_identified", "trafficked_suspected"],
      undefined,
    ]);
  });
});

describe("a one-period report", () => {
  it("has no note about periods: its tables are its only period's", () => {
    expect(html).not.toContain("period-note");
  });
});

describe("a report of several periods", () => {
  const result = fixtureIngest();
  const one = summariseAreas(result.returns, knowledge);
  const periods = [
    { id: "2018", start: "2018-01-01", end: "2018-12-31", label: "Calendar year 2018" },
    { id: "2019", start: "2019-01-01", end: "2019-12-31", label: "Calendar year 2019" },
  ];
  // The same areas in each period, 2019's figures ten higher, so each table can be told apart.
  const inPeriod = (rows: typeof one.national, id: string, add: number) =>
    rows.map((r) => ({ ...r, period: id, lower: (r.lower ?? 0) + add, upper: (r.upper ?? 0) + add }));
  const page = renderHtmlReport({
    result,
    knowledge: { ...knowledge, request: { ...knowledge.request, periods } },
    summaries: {
      national: [...inPeriod(one.national, "2018", 0), ...inPeriod(one.national, "2019", 10)],
      regional: [...inPeriod(one.regional, "2018", 0), ...inPeriod(one.regional, "2019", 10)],
    },
    hexLayout: layout,
  });
  const ukCell = (tableId: string, measure: string) =>
    page
      .split(`id="${tableId}"`)[1]
      ?.split("</table>")[0]
      ?.match(new RegExp(`data-area="K02000001" data-measure="${measure}" data-lower="(\\d+)"`))?.[1];

  it.each([
    ["United Kingdom, Calendar year 2018"],
    ["By nation, Calendar year 2018"],
    ["United Kingdom, Calendar year 2019"],
    ["By nation, Calendar year 2019"],
  ])("has a table captioned %s", (caption) => {
    expect(page).toContain(`<caption>${caption}</caption>`);
  });

  it("shows each period's own UK figures", () => {
    const measure = knowledge.request.measures[0]?.id ?? "";
    const first = Number(ukCell("uk-figures", measure));
    expect(Number(ukCell("uk-figures-2019", measure))).toBe(first + 10);
  });

  it("draws each measure's charts once for each period", () => {
    const set = page.split('<div class="chart-set"')[1] ?? "";
    expect(set.match(/<figcaption>By nation, Calendar year 201[89]<\/figcaption>/gu)).toHaveLength(2);
  });
});
