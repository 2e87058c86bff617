import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { makeIssue } from "../../src/domain/issues.js";
import { AuthorityRowSchema, QualityRowSchema, ValueRowSchema } from "../../src/domain/outputs.js";
import type { IngestResult } from "../../src/domain/returns.js";
import { renderCsvOutputs } from "../../src/write/renderCsvOutputs.js";
import { authorityColumns, toAuthorityRows } from "../../src/write/toAuthorityRows.js";
import { toQualityRows } from "../../src/write/toQualityRows.js";
import { toValueRows } from "../../src/write/toValueRows.js";
import { allReturns, fakeReturn, knowledge, nationality, request, source } from "../aggregate/fakeReturns.js";

const lewisham = fakeReturn(
  "E09000023",
  {
    uasc_looked_after: {
      status: "reported",
      value: 120,
      lower: 120,
      upper: 120,
      raw: "120",
      sources: [source("Lewisham return.xlsx", 3, 3)],
      label: "UASC looked after",
    },
    uasc_went_missing: {
      status: "suppressed",
      lower: 1,
      upper: 4,
      raw: "<5",
      sources: [source("Lewisham return.xlsx", 4, 3)],
    },
    trafficked_looked_after: {
      status: "derived",
      value: 5,
      lower: 5,
      upper: 5,
      raw: "2 + 3",
      sources: [source("Lewisham return.xlsx", 6, 3), source("Lewisham return.xlsx", 7, 3)],
    },
    uasc_not_found: {
      status: "not_held",
      raw: "information not held",
      sources: [source("Lewisham return.xlsx", 8, 3)],
    },
    uasc_missing_incidents: {
      status: "override",
      value: 9,
      lower: 9,
      upper: 9,
      raw: "x",
      override: {
        reason: "council clarified, episodes",
        source: "email from council 2016-03-02",
        date: "2016-03-02",
        previous: {
          measure: "uasc_missing_incidents",
          status: "suppressed",
          value: null,
          lower: 1,
          upper: 4,
          raw: "x",
          sources: [],
          label: "",
        },
      },
    },
  },
  {
    files: ["Lewisham return.xlsx", "Lewisham letter.txt"],
    issues: [
      makeIssue("value_suppressed", {
        message: "suppressed",
        file: "Lewisham return.xlsx",
        sheet: "Sheet1",
        cell: "C4",
        measure: "uasc_went_missing",
        raw: "<5",
      }),
      makeIssue("period_not_stated", { message: "no period", file: "Lewisham return.xlsx" }),
      makeIssue("value_unparsed", {
        message: "not understood",
        file: "Lewisham letter.txt",
        cell: "line 4",
        raw: "see attached",
      }),
    ],
    nationalities: [nationality("uasc", "Vietnamese", "VN", 2)],
  },
);
const returns = allReturns([fakeReturn("W06000001", { uasc_looked_after: 5 }), lewisham]);

describe("toValueRows", () => {
  const rows = toValueRows([{ period: "2014-15", returns }]);
  const find = (code: string, measure: string) => rows.find((r) => r.authority_code === code && r.measure === measure);

  it("has one row per reference authority × measure, in GSS order", () => {
    expect(rows).toHaveLength(returns.length * request.measures.length);
    const codes = rows.map((r) => r.authority_code);
    expect(codes).toEqual([...codes].sort());
  });

  it.each([
    ["uasc_looked_after", "reported", 120, 120, 120, "120", "Lewisham return.xlsx#Sheet1!C3"],
    ["uasc_went_missing", "suppressed", null, 1, 4, "<5", "Lewisham return.xlsx#Sheet1!C4"],
    [
      "trafficked_looked_after",
      "derived",
      5,
      5,
      5,
      "2 + 3",
      "Lewisham return.xlsx#Sheet1!C6;Lewisham return.xlsx#Sheet1!C7",
    ],
    ["uasc_not_found", "not_held", null, null, null, "information not held", "Lewisham return.xlsx#Sheet1!C8"],
    ["uasc_missing_incidents", "override", 9, 9, 9, "x", ""],
    ["trafficked_not_found", "not_answered", null, null, null, "", ""],
  ] as const)("%s: %s value=%s bounds %s–%s raw %j source %j", (measure, status, value, lower, upper, raw, src) => {
    expect(find("E09000023", measure)).toMatchObject({ status, value, lower, upper, raw, source: src });
  });

  it("carries the clarification's reason and source", () => {
    expect(find("E09000023", "uasc_missing_incidents")).toMatchObject({
      override_reason: "council clarified, episodes",
      override_source: "email from council 2016-03-02",
    });
    expect(find("E09000023", "uasc_looked_after")).toMatchObject({ override_reason: "", override_source: "" });
  });

  it("names the authority and its area", () => {
    expect(find("W06000001", "uasc_looked_after")).toMatchObject({
      authority_name: "Isle of Anglesey",
      nation: "Wales",
      region_code: "W92000004",
      region_name: "Wales",
    });
    expect(find("E06000001", "uasc_looked_after")).toMatchObject({ status: "no_return", raw: "", source: "" });
  });

  it("produces rows that match the published schema", () => {
    for (const r of rows) expect(ValueRowSchema.parse(r)).toEqual(r);
  });
});

describe("toAuthorityRows", () => {
  const rows = toAuthorityRows([{ period: "2014-15", returns }], request);
  const lew = rows.find((r) => r.authority_code === "E09000023");

  it.each([
    ["uasc_looked_after", 120],
    ["trafficked_looked_after", 5],
    ["uasc_missing_incidents", 9],
    ["uasc_went_missing", null],
    ["uasc_not_found", null],
  ] as const)("%s column holds the exact figure or empty: %s", (measure, expected) => {
    expect(lew?.[measure]).toBe(expected);
  });

  it.each([
    ["uasc_looked_after", "reported"],
    ["trafficked_looked_after", "derived"],
    ["uasc_missing_incidents", "override"],
    ["uasc_went_missing", "suppressed"],
    ["uasc_not_found", "not_held"],
  ] as const)("%s_status says what the figure column holds: %s", (measure, status) => {
    expect(lew?.[`${measure}_status`]).toBe(status);
  });

  it("gives every empty figure a status that says why", () => {
    for (const r of rows) {
      for (const m of request.measures) {
        const status = r[`${m.id}_status`];
        if (r[m.id] === null)
          expect(["reported", "derived", "override"], `${r.authority_code} ${m.id}`).not.toContain(status);
        else expect(["reported", "derived", "override"]).toContain(status);
      }
    }
  });

  it("joins the files and counts errors and warnings", () => {
    expect(lew).toMatchObject({
      files: "Lewisham return.xlsx;Lewisham letter.txt",
      errors: 1,
      warnings: 1,
      return_status: "answered",
    });
  });

  it("has one row per reference authority matching the schema", () => {
    expect(rows).toHaveLength(returns.length);
    for (const r of rows) expect(AuthorityRowSchema.parse(r)).toEqual(r);
  });
});

describe("toAuthorityRows with several periods", () => {
  /** The same round asked about two years; Lewisham's second year has other figures and no issues. */
  const twoYears = {
    ...request,
    periods: [
      { id: "2019", start: "2019-01-01", end: "2019-12-31", label: "2019" },
      { id: "2020", start: "2020-01-01", end: "2020-12-31", label: "2020" },
    ],
  };
  const lewisham2020 = {
    ...lewisham,
    issues: [],
    values: lewisham.values.map((v) =>
      v.measure === "uasc_looked_after" ? { ...v, value: 90, lower: 90, upper: 90, raw: "90" } : v,
    ),
  };
  const returns2020 = returns.map((r) => (r.authority.gss_code === "E09000023" ? lewisham2020 : r));
  const rows = toAuthorityRows(
    [
      { period: "2019", returns },
      { period: "2020", returns: returns2020 },
    ],
    twoYears,
  );

  it("has one row per authority and period, authority first, each naming its period", () => {
    expect(rows).toHaveLength(2 * returns.length);
    const keys = rows.map((r) => `${r.authority_code} ${r.period}`);
    expect(keys.slice(0, 4)).toEqual([
      `${rows[0]?.authority_code} 2019`,
      `${rows[0]?.authority_code} 2020`,
      `${rows[2]?.authority_code} 2019`,
      `${rows[2]?.authority_code} 2020`,
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of rows) expect(AuthorityRowSchema.parse(r)).toEqual(r);
  });

  it.each([
    ["2019", 120, 1, 1],
    ["2020", 90, 0, 0],
  ])("gives %s its own figures and its own issue counts", (period, looked, errors, warnings) => {
    const lew = rows.find((r) => r.authority_code === "E09000023" && r.period === period);
    expect([lew?.uasc_looked_after, lew?.errors, lew?.warnings]).toEqual([looked, errors, warnings]);
  });

  it.each([
    ["one period: no period column, as before", request, false],
    ["several periods: period is the last column", twoYears, true],
  ])("%s", (_name, round, hasPeriod) => {
    const columns = authorityColumns(round);
    expect(columns.at(-1) === "period").toBe(hasPeriod);
    expect(columns.includes("period")).toBe(hasPeriod);
  });
});

describe("toQualityRows", () => {
  const unassigned = [
    makeIssue("authority_unidentified", { message: "names no authority", file: "scan 0001.csv" }),
    makeIssue("file_unsupported", { message: "is a PDF", file: "Barnet.pdf" }),
  ];
  const rows = toQualityRows({ returns, issues: unassigned });

  it("lists every issue: authorities' first (by code), then files tied to no authority", () => {
    expect(rows.map((r) => [r.authority_code, r.file, r.code])).toEqual([
      ["E09000023", "Lewisham letter.txt", "value_unparsed"],
      ["E09000023", "Lewisham return.xlsx", "period_not_stated"],
      ["E09000023", "Lewisham return.xlsx", "value_suppressed"],
      ["", "Barnet.pdf", "file_unsupported"],
      ["", "scan 0001.csv", "authority_unidentified"],
    ]);
  });

  it("flattens location and raw text, with empty strings for what is unknown", () => {
    expect(rows[2]).toEqual({
      authority_code: "E09000023",
      authority_name: "Lewisham",
      file: "Lewisham return.xlsx",
      sheet: "Sheet1",
      cell: "C4",
      measure: "uasc_went_missing",
      severity: "warning",
      code: "value_suppressed",
      message: "suppressed",
      raw: "<5",
      related_measures: "",
    });
    for (const r of rows) expect(QualityRowSchema.parse(r)).toEqual(r);
  });

  it("names every further measure an issue makes suspect in one last column, joined with ';'", () => {
    const parts = makeIssue("check_parts_sum", {
      message: "identified + suspected = 5, but the total given is 4",
      authority: "E09000023",
      measure: "trafficked_looked_after",
      related: ["trafficked_identified", "trafficked_suspected"],
    });
    const ret = { ...(returns[0] as (typeof returns)[number]), issues: [parts] };
    const [row] = toQualityRows({ returns: [ret], issues: [] });
    expect(row?.measure).toBe("trafficked_looked_after");
    expect(row?.related_measures).toBe("trafficked_identified;trafficked_suspected");
    expect(Object.keys(row ?? {}).at(-1)).toBe("related_measures");
  });
});

describe("renderCsvOutputs", () => {
  const result: IngestResult = { requestId: request.id, returns, files: [], issues: [] };
  const files = renderCsvOutputs(result, knowledge);
  const header = (name: string) => files.get(name)?.split("\n")[0] ?? "";

  it.each([
    [
      "values.csv",
      "authority_code,authority_name,nation,region_code,region_name,measure,status,value,lower,upper,raw,source",
    ],
    [
      "authorities.csv",
      "authority_code,authority_name,nation,region_code,region_name,return_status,files,trafficked_identified,",
    ],
    [
      "summary-national.csv",
      "area_code,area_name,measure,total,lower,upper,authorities_exact,authorities_suppressed,authorities_without_figure",
    ],
    [
      "summary-regional.csv",
      "area_code,area_name,measure,total,lower,upper,authorities_exact,authorities_suppressed,authorities_without_figure",
    ],
    ["nationalities.csv", "group,nationality,iso_code,missing_children,authorities"],
    ["quality.csv", "authority_code,authority_name,file,sheet,cell,measure,severity,code,message,raw"],
  ])("%s starts with the contract's columns", (name, prefix) => {
    expect(header(name).startsWith(prefix)).toBe(true);
  });

  it("quality.csv adds related_measures after the columns it always had", () => {
    expect(header("quality.csv")).toBe(
      "authority_code,authority_name,file,sheet,cell,measure,severity,code,message,raw,related_measures",
    );
  });

  it("ends authorities.csv with the request's measures, errors and warnings, then each measure's status", () => {
    const ids = request.measures.map((m) => m.id);
    expect(header("authorities.csv")).toBe(
      `authority_code,authority_name,nation,region_code,region_name,return_status,files,${ids.join(",")},errors,warnings,${ids.map((id) => `${id}_status`).join(",")}`,
    );
  });

  it("writes CSVs a reader gets the same figures back from", () => {
    const values = parse(files.get("values.csv") ?? "", { columns: true }) as Record<string, string>[];
    expect(values).toHaveLength(returns.length * request.measures.length);
    expect(values.find((v) => v.authority_code === "E09000023" && v.measure === "uasc_went_missing")).toMatchObject({
      status: "suppressed",
      value: "",
      lower: "1",
      upper: "4",
    });
    const uk = parse(files.get("summary-national.csv") ?? "", { columns: true }) as Record<string, string>[];
    expect(uk.find((r) => r.area_code === "K02000001" && r.measure === "uasc_looked_after")).toMatchObject({
      total: "125",
      exact_sum: "125",
    });
    // A suppressed figure leaves the total empty; the bounds and the exact sum say what is known.
    expect(uk.find((r) => r.area_code === "K02000001" && r.measure === "uasc_went_missing")).toMatchObject({
      total: "",
    });
  });
});
