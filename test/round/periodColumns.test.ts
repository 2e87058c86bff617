import { describe, expect, it } from "vitest";
import type { PeriodDef } from "../../src/domain/request.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { periodsNamed } from "../../src/parse/periodsNamed.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const PERIODS: PeriodDef[] = [
  { id: "2023", start: "2023-01-01", end: "2023-12-31", label: "1 January 2023 to 31 December 2023" },
  { id: "2024-01-01_2024-04-30", start: "2024-01-01", end: "2024-04-30", label: "1 January 2024 to 30 April 2024" },
];

describe("the requested periods a text names", () => {
  it.each([
    ["2023", ["2023"]],
    ["CY2023", ["2023"]],
    ["CY2024 (Jan-Apr)", ["2024-01-01_2024-04-30"]],
    ["FY2023", []],
    ["2024 (Jan-Apr)", ["2024-01-01_2024-04-30"]],
    ["Jan-Apr 2024", ["2024-01-01_2024-04-30"]],
    ["January to April 2024", ["2024-01-01_2024-04-30"]],
    ["2024 (1 Jan to 30 Apr)", ["2024-01-01_2024-04-30"]],
    ["2024 (to 30/04)", ["2024-01-01_2024-04-30"]],
    ["2024 up to 30/4/24", ["2024-01-01_2024-04-30"]],
    ["2024 to 30 April", ["2024-01-01_2024-04-30"]],
    ["2024 (until 30th Apr 2024)", ["2024-01-01_2024-04-30"]],
    ["2024 (to end of April)", ["2024-01-01_2024-04-30"]],
    // A year cut short on another day is not the period asked for: its figures are flagged, not counted for it.
    ["2024 (to 31 March)", []],
    ["2024 (to 31/03)", []],
    ["2024 to 31/5/24", []],
    ["2024 (to date)", []],
    // The year of a date that starts a range is not a year cut short.
    ["2024/25 covers 1 April 2024 to 30 April 2024.", []],
    ["from 1 Apr. 2024 to 30/04/2024", []],
    // A bare year is not a part of it: the council may mean the whole year.
    ["2024", []],
    ["Jan-Jun 2024", []],
    // A year at one end of a span is not that year: the span's total is not the year's figure.
    ["Total 2023 - Apr 2024", []],
    ["Sum 2020 to 2023", []],
    ["Dec 2022 – 2023", []],
    ["2023 (calendar year)", ["2023"]],
  ])("%s → %j", (written, ids) => {
    expect(periodsNamed(written, PERIODS).map((p) => p.id)).toEqual(ids);
  });
});

describe("quarters of a financial year, in a round asked for years and a half-year", () => {
  const periods: PeriodDef[] = [
    { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23 financial year" },
    { id: "2024-apr-sep", start: "2024-04-01", end: "2024-09-30", label: "1 April to 30 September 2024" },
  ];
  it.each([
    ["2022/23", ["2022-23"]],
    ["2022/23 total", ["2022-23"]],
    // A quarter names its three months, never the year it is part of.
    ["Q1 2022/23", []],
    ["Q4 2022/23", []],
    ["2024/25 Q1-Q2", ["2024-apr-sep"]],
    ["Q1-Q2 2024/25", ["2024-apr-sep"]],
    ["Q1 2024/25", []],
    // A quarter of a calendar year does not say which months it means.
    ["Q1 2024", []],
  ])("%s → %j", (written, ids) => {
    expect(periodsNamed(written, periods).map((p) => p.id)).toEqual(ids);
  });
});

describe("years as a table writes them, in a round asked for several periods", () => {
  const knowledge = loadKnowledge({ request: new URL("./school-exclusions.request.json", import.meta.url).pathname });
  const periods = knowledge.request.periods.map((p) => p.id);
  const measure = knowledge.request.measures[0]?.id ?? "";
  const label = knowledge.request.measures[0]?.label ?? "";
  const read = async (body: string) => {
    const r = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, knowledge);
    return r.facts.filter((f) => f.measure === measure).map((f) => `${f.value}@${f.label} | ${f.periodText ?? ""}`);
  };

  it("reads a header of years as the columns' periods, never as figures", async () => {
    const [a, b] = periods;
    const facts = await read([`Question,${a},${b}`, `${label},4,6`].join("\n"));
    expect(facts).toHaveLength(2);
    expect(facts.every((f) => !f.startsWith(`${a}@`) && !f.startsWith(`${b}@`))).toBe(true);
  });

  it("reads a long table's period column as the row's period, never as a figure", async () => {
    const [a, b] = periods;
    const facts = await read(["Question,Period,Count", `${label},${a},4`, `${label},${b},6`].join("\n"));
    expect(facts.map((f) => f.split("@")[0])).toEqual(["4", "6"]);
    expect(facts[0]).toContain(String(a));
    expect(facts[1]).toContain(String(b));
  });
});

describe("a line of a letter that answers for each period in turn", () => {
  const knowledge = loadKnowledge({ request: new URL("./school-exclusions.request.json", import.meta.url).pathname });
  const [a, b] = knowledge.request.periods.map((p) => p.id);
  const label = knowledge.request.measures[0]?.label ?? "";
  const measure = knowledge.request.measures[0]?.id ?? "";
  const read = async (line: string) => {
    const r = await processFile(
      { file: "reply.txt", bytes: text(`${label}\n${line}\n`), manifestCode: null },
      knowledge,
    );
    return r.facts.filter((f) => f.measure === measure).map((f) => `${f.value}|${f.periodText ?? ""}`);
  };

  it("reads each period's figure with that period", async () => {
    expect(await read(`${a}: 4, ${b}: 6`)).toEqual([`4|${a}`, `6|${b}`]);
  });

  it("reads 'fewer than 5' in such a list as a range, never exact", async () => {
    const r = await processFile(
      { file: "reply.txt", bytes: text(`${label}\n${a}: fewer than 5, ${b}: 6\n`), manifestCode: null },
      knowledge,
    );
    const first = r.facts.find((f) => f.measure === measure && f.periodText === a);
    expect(first?.status).toBe("suppressed");
  });

  it("does not take a sentence that mentions years for such a list", async () => {
    expect(await read(`Figures for ${a}: 4 children, and we expect more in ${b}: see our website.`)).not.toContain(
      `4|${a}`,
    );
  });
});
