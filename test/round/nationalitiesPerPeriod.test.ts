import { describe, expect, it } from "vitest";
import { listNationalityPeriods, summariseNationalities } from "../../src/aggregate/summariseNationalities.js";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";
import { renderCsvOutputs } from "../../src/write/renderCsvOutputs.js";
import { text } from "../support/buildXlsx.js";

/**
 * In a round of several periods a nationality breakdown is for the period
 * its own words name (a column headed with the year, a title line above the
 * table, its sentence, its sheet), or, naming none, for the whole round; one
 * naming some but not all of the periods together is flagged and counted once,
 * for the whole round (every child in it went missing inside the span asked).
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});
const WHOLE = knowledge.request.period.id;

async function keyed(file: string, body: string): Promise<{ nationalities: string[]; codes: string[] }> {
  const result = await processFile({ file, bytes: text(body), manifestCode: null }, knowledge);
  const periods = keyPeriods([result], knowledge.request);
  return {
    nationalities: periods.flatMap((p) =>
      (p.results[0]?.nationalities ?? []).map(
        (n) => `${p.period.id}: ${n.period} ${n.group} ${n.nationality} ${n.value}`,
      ),
    ),
    codes: periods.flatMap((p) => p.results[0]?.issues ?? []).map((i) => i.code),
  };
}

describe("a nationality figure's period", () => {
  it.each([
    [
      "a column per year",
      "reply.csv",
      ["Nationality of UASC who went missing,2021,2022", "Afghan,3,4", "Eritrean,1,2"].join("\n"),
      [
        "2021: 2021 uasc Afghan 3",
        "2021: 2021 uasc Eritrean 1",
        "2022: 2022 uasc Afghan 4",
        "2022: 2022 uasc Eritrean 2",
      ],
    ],
    [
      "a title line naming the year above the table",
      "reply.csv",
      ["2023", "Nationality of UASC who went missing,Number", "Sudanese,5", "Iraqi,2"].join("\n"),
      ["2023: 2023 uasc Sudanese 5", "2023: 2023 uasc Iraqi 2"],
    ],
    [
      "no period named: the whole round, carried by the first period only",
      "reply.csv",
      ["Nationality of UASC who went missing,Number", "Sudanese,5", "Iraqi,2"].join("\n"),
      [`2021: ${WHOLE} uasc Sudanese 5`, `2021: ${WHOLE} uasc Iraqi 2`],
    ],
  ])("%s", async (_, file, body, expected) => {
    const { nationalities, codes } = await keyed(file, body);
    expect(nationalities).toEqual(expected);
    expect(codes).not.toContain("figure_period_not_stated");
  });

  it("is flagged, and counted once for the whole round, when its table names some but not all of the periods", async () => {
    const body = ["2021 and 2022", "Nationality of UASC who went missing,Number", "Sudanese,5"].join("\n");
    const { nationalities, codes } = await keyed("reply.csv", body);
    expect(nationalities).toEqual([`2021: ${WHOLE} uasc Sudanese 5`]);
    expect(codes).toContain("figure_period_not_stated");
  });
});

describe("nationalities.csv in a round of several periods", () => {
  it("has a row per period, group and nationality, the periods in the request's order and the whole round last", async () => {
    const files = [
      ["Nationality of UASC who went missing,2022,2021", "Afghan,3,4"].join("\n"),
      ["Nationality of UASC who went missing,Number", "Afghan,7"].join("\n"),
    ];
    const results = await Promise.all(
      files.map((body, i) =>
        processFile(
          { file: `reply${i}.csv`, bytes: text(body), manifestCode: i === 0 ? "E10000016" : "E09000008" },
          knowledge,
        ),
      ),
    );
    const settled = settlePeriods(results, knowledge, null);
    const rows = summariseNationalities(settled.returns, listNationalityPeriods(knowledge.request));
    expect(rows.map((r) => `${r.period} ${r.group} ${r.nationality} ${r.missing_children}`)).toEqual([
      "2021 uasc Afghan 4",
      "2022 uasc Afghan 3",
      `${WHOLE} uasc Afghan 7`,
    ]);
    const csv = renderCsvOutputs(
      {
        requestId: knowledge.request.id,
        files: [],
        returns: settled.returns,
        ...(settled.periods ? { periods: settled.periods } : {}),
        issues: settled.issues,
      },
      knowledge,
    ).get("nationalities.csv");
    expect(csv?.split("\n")[0]).toBe("group,nationality,iso_code,missing_children,authorities,lower,upper,period");
  });
});
