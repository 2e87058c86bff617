import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A round asking about calendar 2018, 2019 and 2020: a nationality list its
 * own title dates to another span ("1 April 2018 to 31 March 2021", three
 * financial years) is no breakdown of any period asked, nor of the whole
 * span, and is set aside with a warning on the group's went-missing measure.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});
const WHOLE = knowledge.request.period.id;

async function keyed(title: string): Promise<{ nationalities: string[]; setAside: string[] }> {
  const body = [`"${title}"`, "Nationality,Children", "Eritrean,7", "Afghan,4"].join("\n");
  const result = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, knowledge);
  const periods = keyPeriods([result], knowledge.request);
  return {
    nationalities: periods.flatMap((p) =>
      (p.results[0]?.nationalities ?? []).map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`),
    ),
    setAside: periods
      .flatMap((p) => p.results[0]?.issues ?? [])
      .filter((i) => i.code === "figure_set_aside")
      .map((i) => `${i.measure} ${i.raw}`),
  };
}

describe("a nationality list dated to a span other than the one asked", () => {
  it("is set aside, with a warning naming the group's went-missing measure, when its title gives financial years", async () => {
    const { nationalities, setAside } = await keyed(
      "Q5 Nationality of UASC who went missing, 1 April 2018 to 31 March 2021",
    );
    expect(nationalities).toEqual([]);
    expect(setAside.length).toBeGreaterThan(0);
    expect(setAside[0]).toMatch(/^uasc_went_missing Eritrean 7, Afghan 4/u);
  });

  it("is set aside when its dates cover only part of one requested period (a quarter short of the year)", async () => {
    const { nationalities, setAside } = await keyed(
      "Q5 Nationality of UASC who went missing, 1 January 2020 to 30 September 2020",
    );
    expect(nationalities).toEqual([]);
    expect(setAside[0]).toMatch(/^uasc_went_missing Eritrean 7, Afghan 4/u);
  });

  it.each([
    ["one financial year across two requested years", "Q5 Nationality of UASC who went missing, 2018/19"],
    ["dates across two requested years", "Q5 Nationality of UASC who went missing, 1 April 2019 to 31 March 2020"],
  ])("is set aside when its title gives %s, inside the span asked but only part of each", async (_, title) => {
    const { nationalities, setAside } = await keyed(title);
    expect(nationalities).toEqual([]);
    expect(setAside[0]).toMatch(/^uasc_went_missing Eritrean 7, Afghan 4/u);
  });

  it.each([
    [
      "dates that are the whole span asked",
      "Q5 Nationality of UASC who went missing, 1 January 2018 to 31 December 2020",
    ],
    ["no dates", "Q5 Nationality of UASC who went missing"],
  ])("is kept for the whole span with %s", async (_, title) => {
    const { nationalities, setAside } = await keyed(title);
    expect(nationalities).toEqual([`${WHOLE} uasc Eritrean 7`, `${WHOLE} uasc Afghan 4`]);
    expect(setAside).toEqual([]);
  });
});

/**
 * "Question 5: across 2021, 2022 and 2023 together, the trafficked … children
 * who went missing (2a) were: Albanian - 5; …. We are not able to break down
 * the 2024 figures by nationality": a list for several whole requested
 * periods together, not all of them. Every child in it went missing inside
 * the span asked about, in periods asked, so it is a breakdown of (part of)
 * that span: counted once, for the whole span, with a warning on the group's
 * went-missing measure that names the periods it covers and says it is no
 * one period's, nor every period's.
 */
describe("a nationality list for some, not all, of the requested periods together", () => {
  it.each([
    ["two years together", "Q5 Nationality of UASC who went missing in 2018 and 2019 together"],
    ["two years side by side", "Q5 Nationality of UASC who went missing, 2019 and 2020"],
  ])("is counted once for the whole span with %s, and flagged on the went-missing measure", async (_, title) => {
    const body = [`"${title}"`, "Nationality,Children", "Eritrean,7", "Afghan,4"].join("\n");
    const result = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, knowledge);
    const periods = keyPeriods([result], knowledge.request);
    const nationalities = periods.flatMap((p) =>
      (p.results[0]?.nationalities ?? []).map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`),
    );
    expect(nationalities).toEqual([`${WHOLE} uasc Eritrean 7`, `${WHOLE} uasc Afghan 4`]);
    const warned = periods
      .flatMap((p) => p.results[0]?.issues ?? [])
      .filter((i) => i.code === "figure_period_not_stated" && i.measure === "uasc_went_missing");
    expect(warned.map((i) => i.raw)).toEqual(["Eritrean 7, Afghan 4"]);
    expect(warned[0]?.message).toContain("whole span");
  });
});

describe("a sentence listing nationalities for some of the periods together, after a note on another period", () => {
  it("keeps every item of the sentence for the whole span, even under a statement that the last period's figures cover more", async () => {
    const body = [
      "As the response has taken longer than we would have liked, we have provided figures for 1 January 2020 to 31 March 2021 rather than to 31 December 2020.",
      "Question 5: across 2018 and 2019 together, the unaccompanied children who went missing (2b) were: Albanian - 5; Eritrean - 3; Afghan - 2.",
    ].join("\n");
    const result = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: null }, knowledge);
    const periods = keyPeriods([result], knowledge.request);
    const nationalities = periods.flatMap((p) =>
      (p.results[0]?.nationalities ?? []).map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`),
    );
    expect(nationalities).toEqual([`${WHOLE} uasc Albanian 5`, `${WHOLE} uasc Eritrean 3`, `${WHOLE} uasc Afghan 2`]);
    // Every item is of the list its sentence dates: none is taken for a list naming no period.
    const together = periods.flatMap((p) => (p.results[0]?.nationalities ?? []).map((n) => n.periodsTogether));
    expect(together).toEqual([
      ["2018", "2019"],
      ["2018", "2019"],
      ["2018", "2019"],
    ]);
  });
});

/**
 * A round asking about 2021, 2022, 2023 and 1 January to 30 April 2024: a
 * nationality table whose last column is headed by the year with its months
 * in brackets ("2024 (Jan-Mar)", "2024 (1 Jan - 31 Mar)", a council that
 * stops at its last validated quarter). That column's list covers only part
 * of the 2024 period: it is set aside, not counted for the whole span.
 */
describe("a nationality column headed by a year with its months in brackets", () => {
  const k2024 = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });

  async function keyedColumns(header: string): Promise<{ nationalities: string[]; setAside: string[] }> {
    const body = [
      "Q5 Nationality of UASC who went missing",
      `Nationality,2021,2022,2023,"${header}"`,
      "Eritrean,7,1,2,3",
      "Afghan,4,2,1,5",
    ].join("\n");
    const result = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: null }, k2024);
    const periods = keyPeriods([result], k2024.request);
    return {
      nationalities: periods.flatMap((p) =>
        (p.results[0]?.nationalities ?? []).map((n) => `${n.period} ${n.nationality} ${n.value}`),
      ),
      setAside: periods
        .flatMap((p) => p.results[0]?.issues ?? [])
        .filter((i) => i.code === "figure_set_aside")
        .map((i) => `${i.measure} ${i.raw}`),
    };
  }

  it.each([["2024 (Jan-Mar)"], ["2024 (1 Jan - 31 Mar)"], ["2024 (January to March)"]])(
    "sets aside the %s column and keeps the whole years",
    async (header) => {
      const { nationalities, setAside } = await keyedColumns(header);
      expect(nationalities).toEqual([
        "2021 Eritrean 7",
        "2021 Afghan 4",
        "2022 Eritrean 1",
        "2022 Afghan 2",
        "2023 Eritrean 2",
        "2023 Afghan 1",
      ]);
      expect(setAside).toEqual(["uasc_went_missing Eritrean 3, Afghan 5"]);
    },
  );

  it("keeps a column whose bracketed months are the whole requested period", async () => {
    const { nationalities, setAside } = await keyedColumns("2024 (Jan-Apr)");
    expect(nationalities).toContain("2024-01-01_2024-04-30 Eritrean 3");
    expect(setAside).toEqual([]);
  });
});
