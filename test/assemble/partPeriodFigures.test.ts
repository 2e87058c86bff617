import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import type { PeriodDef } from "../../src/domain/request.js";
import { partOfPeriod } from "../../src/parse/partOfPeriod.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { blueBadgeRequest, kinshipRequest, knowledgeForRequest } from "../support/requestKnowledge.js";

/**
 * A figure given for part of a period ("2022 (Q1 only) – 3") under a
 * question asking about the whole period must not pass as the whole
 * period's: it is flagged (period_part) on its measure.
 */
const year2022: PeriodDef = { id: "2022", start: "2022-01-01", end: "2022-12-31", label: "2022" };
const fy2021: PeriodDef = { id: "2021-22", start: "2021-04-01", end: "2022-03-31", label: "2021/22 financial year" };
const ehePart: PeriodDef = {
  id: "2024-25-to-jan",
  start: "2024-09-01",
  end: "2025-01-31",
  label: "1 September 2024 to 31 January 2025",
};
const fy2014: PeriodDef = {
  id: "2014-15",
  start: "2014-10-01",
  end: "2015-09-30",
  label: "1 October 2014 to 30 September 2015",
};

describe("partOfPeriod", () => {
  it.each([
    ["2021/22 (April to June only)", fy2021, 3],
    ["2022 (Q1 only)", year2022, 3],
    ["2023 (Jan–Jun)", { ...year2022, start: "2023-01-01", end: "2023-12-31" }, 6],
    ["April–June 2015", fy2014, 3],
    ["between April and September 2015", fy2014, 6],
    ["2022 Q1-Q2", year2022, 6],
    ["first quarter of 2022", year2022, 3],
    ["2022 (March only)", year2022, 1],
    // A year counted only up to a day inside it: the months from the period's start to that day.
    ["2024/25 (as at 31 December 2024)", ehePart, 4],
    ["2021/22 up to 31/12/2021", fy2021, 9],
    ["2022 (as of 30th June 2022)", year2022, 6],
    ["Year to date: 31 Oct 2022", year2022, 10],
    // A day given without its year is in the period's own year.
    ["2022 (to 14 December)", year2022, 12],
    ["2022 (up to 30 June)", year2022, 6],
    ["2021/22 (until 5 March)", fy2021, 12],
  ])("%s is part of the period", (raw, period, months) => {
    expect(partOfPeriod(raw, period)?.months).toBe(months);
  });

  it.each([
    ["2021/22", fy2021],
    ["April 2021 to March 2022", fy2021],
    ["1 April 2021 to 31 March 2022", fy2021],
    ["April to March", fy2021],
    ["Q1 How many children went missing in 2022?", year2022],
    ["Figures may only be given for 2022", year2022],
    ["Identified as trafficked (Q1)", year2022],
    ["Missing episodes (see Q2)", year2022],
    ["1 October 2014 to 30 September 2015", fy2014],
    ["2022 (Jan-Dec)", year2022],
    // A day at the period's end, or outside it, is no part of it.
    ["2021/22 (as at 31 March 2022)", fy2021],
    ["2022 (as at 31 December 2022)", year2022],
    ["2022 (as at 31 March 2021)", year2022],
    ["from 1 April 2021 until 31 March 2022", fy2021],
    ["2022 (to 31 December)", year2022],
    ["2021/22 (up to 31 March)", fy2021],
    ["Figures sent to 14 December", year2022],
  ])("%s is not part of the period", (raw, period) => {
    expect(partOfPeriod(raw, period)).toBeUndefined();
  });
});

describe("a figure for part of a requested year", () => {
  const knowledge = blueBadgeRequest();
  const letter = (lines: string[]) =>
    [
      "Dear requester,",
      "",
      "1. How many blue badges were issued to residents?",
      "",
      ...lines,
      "",
      "Yours sincerely,",
    ].join("\n");

  it.each([
    [["2021: 40", "2022 (Q1 only) – 3", "2023: 52"], "2022"],
    [["2021: 40", "2022: 45", "2023 (January to June): 5"], "2023"],
  ])("%j: the part-year figure is flagged on its measure", async (lines, part) => {
    const result = await processFile({ file: "reply.txt", bytes: text(letter(lines)), manifestCode: null }, knowledge);
    const periods = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod);
    const issues = periods.flatMap(({ results }) => results.flatMap((r) => r.issues));
    const flagged = issues.filter((i) => i.code === "period_part");
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.measure).toBe("residents_badges");
    expect(flagged[0]?.message).toContain(part);
  });

  it("a financial year's figure for April to June only is flagged", async () => {
    const kinship = kinshipRequest();
    const body = [
      "Dear requester,",
      "",
      "1. How many children were placed with kinship carers?",
      "",
      "2022/23: 40",
      "2023/24 (April to June only): 4",
    ].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, kinship);
    const periods = keyPeriods([result], kinship.request, kinship.labels.everyPeriod);
    expect(partFlags(periods)).toEqual([["kinship_children", "4"]]);
  });

  it("the set-aside message names the period of the figure kept beside it", async () => {
    const kinship = kinshipRequest();
    const body = [
      "Dear requester,",
      "",
      "1. How many children were placed with kinship carers?",
      "",
      "2022/23: 40",
      "2023/24 (April to June only): 4",
    ].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, kinship);
    const setAside = result.issues.filter((i) => i.code === "figure_set_aside");
    expect(setAside).toHaveLength(1);
    expect(setAside[0]?.measure).toBe("kinship_children");
    // "40" is 2022/23's: the message must not leave it to pass as 2023/24's figure.
    expect(setAside[0]?.message).toContain('("40" for 2022/23)');
  });

  it.each([
    [
      "a sentence",
      "reply.txt",
      "Dear requester,\n\n1. How many children were placed with kinship carers?\nIn 2022/23, 40 children were placed with kinship carers. In 2023/24 (April to June only), 4 children were placed with kinship carers.\n",
    ],
    [
      "a column header",
      "reply.csv",
      "Measure, 2022/23, 2023/24 (April to June only)\nChildren placed with kinship carers, 40, 4\n",
    ],
  ])("a part-year figure in %s is flagged", async (_what, file, body) => {
    const kinship = kinshipRequest();
    const result = await processFile({ file, bytes: text(body), manifestCode: null }, kinship);
    const periods = keyPeriods([result], kinship.request, kinship.labels.everyPeriod);
    expect(partFlags(periods)).toEqual([["kinship_children", "4"]]);
  });

  it("a note naming part of another year does not flag a figure whose column names its whole year", async () => {
    const body = [
      "Dear requester,",
      "",
      "Figures for 2021 and January to March 2022 are those of the former county council.",
      "",
      "1. How many blue badges were issued to residents?",
      "2021: 40",
      "2022: 45",
      "2023: 52",
    ].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge);
    const periods = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod);
    const reported = periods.flatMap(({ results }) =>
      results.flatMap((r) => r.facts.filter((f) => f.status === "reported")),
    );
    expect(reported).toHaveLength(3);
    expect(periods.flatMap(({ results }) => results.flatMap((r) => r.issues.map((i) => i.code)))).not.toContain(
      "period_part",
    );
  });

  it("whole-year figures are not flagged", async () => {
    const result = await processFile(
      { file: "reply.txt", bytes: text(letter(["2021: 40", "2022: 45", "2023: 52"])), manifestCode: null },
      knowledge,
    );
    const periods = keyPeriods([result], knowledge.request, knowledge.labels.everyPeriod);
    expect(periods.flatMap(({ results }) => results.flatMap((r) => r.issues.map((i) => i.code)))).not.toContain(
      "period_part",
    );
  });
});

/**
 * The figures flagged as covering part of a requested year, by measure and raw
 * text, once each. "2023/24 (April to June only)" is a span of dates of its own
 * (like "Q1 2023/24"), so its figure may be set aside rather than counted for
 * the year with period_part: either way it is flagged on its measure.
 */
describe("a column of dates inside a requested period is flagged as a part of it", () => {
  // Two financial years and the half-year after them; the council's data ran to 31 August only.
  const halfYear = knowledgeForRequest({
    id: "half-year-test",
    title: "Kinship foster carers",
    citation: "our request about kinship foster carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-09-30" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
      { id: "2024-apr-sep", start: "2024-04-01", end: "2024-09-30", label: "1 April to 30 September 2024" },
    ],
    groups: [{ id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b"] }],
    metrics: [{ id: "children", label: "children", counts: "children", phrasings: ["\\bchild(ren)?\\b"] }],
    measures: [{ id: "kinship_children", group: "kinship", metric: "children", label: "Children with kinship carers" }],
    questions: [
      { number: "1", text: "How many children were placed with kinship carers?", measures: ["kinship_children"] },
    ],
  });
  const keyed = async (header: string) => {
    const body = `Measure,2022/23,2023/24,${header}\nChildren placed with kinship carers,40,45,19\n`;
    const result = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, halfYear);
    return keyPeriods([result], halfYear.request, halfYear.labels.everyPeriod);
  };

  it.each(["1 April to 31 August 2024", "1 April 2024 to 31 August 2024"])(
    "%s is flagged as a part of April to September 2024, and not counted for it",
    async (header) => {
      const periods = await keyed(header);
      const half = periods.find((p) => p.period.id === "2024-apr-sep");
      expect(half?.results.flatMap((r) => r.facts.filter((f) => f.value !== null).map((f) => f.raw))).toEqual([]);
      const flags = periods.flatMap(({ results }) => results.flatMap((r) => r.issues));
      const part = flags.filter((i) => i.code === "period_part");
      expect([...new Set(part.map((i) => i.raw))]).toEqual(["19"]);
      expect(part[0]?.message).toContain("1 April to 30 September 2024");
    },
  );

  it("the whole period is counted with no flag", async () => {
    const periods = await keyed("1 April to 30 September 2024");
    expect(partFlags(periods)).toEqual([]);
  });
});

function partFlags(periods: ReturnType<typeof keyPeriods>): [string | undefined, string | undefined][] {
  const codes = new Set(["period_part", "figure_set_aside", "figure_other_period"]);
  const flagged = periods
    .flatMap(({ results }) => results.flatMap((r) => r.issues))
    .filter((i) => codes.has(i.code))
    .map((i): [string | undefined, string | undefined] => [i.measure, i.raw?.trim()]);
  return [...new Map(flagged.map((f) => [f.join("\u0000"), f])).values()];
}
