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
