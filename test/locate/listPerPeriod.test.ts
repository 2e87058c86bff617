import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A case-system export answering a request about several years (2018, 2019
 * and 2020): one row per child per year with a year column, or one row per
 * episode with its start date. Each row is counted for the year it names,
 * rows of other years are set aside, and each figure names its year.
 */
describe("a list counted per requested period", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
  const read = async (file: string, lines: string[]) => {
    const r = await processFile(
      { file, bytes: new TextEncoder().encode(`${lines.join("\n")}\n`), manifestCode: "E06000018" },
      k,
    );
    const derived = r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${f.periodText ?? "-"} ${f.measure}=${f.value}`)
      .sort();
    const nats = r.nationalities.map((n) => `${n.periodText ?? "-"} ${n.group} ${n.nationality}=${n.value}`).sort();
    return { derived, nats, codes: new Set(r.issues.map((i) => i.code)) };
  };

  const Y18 = "1 January 2018 to 31 December 2018";
  const Y19 = "1 January 2019 to 31 December 2019";

  it("one row per child per year: counted by its year column, a later year's rows set aside, a year with no rows not counted", async () => {
    const { derived, nats, codes } = await read("LAC trafficked UASC cohort extract.csv", [
      "Child ID,Calendar year,Cohort,Trafficking status,Nationality,Missing episodes in year,Still missing at extract",
      "C1,2018,Trafficked,NRM - positive reasonable grounds,Albanian,2,N",
      "C2,2018,Trafficked,Suspected - no NRM referral,British,0,N",
      "C3,2018,UASC,,Afghan,1,Y",
      "C4,2019,UASC,,Eritrean,3,N",
      "C5,2019,Trafficked,Suspected - no NRM referral,Vietnamese,0,N",
      "C6,2021,UASC,,Sudanese,4,Y",
    ]);
    expect(derived).toEqual(
      [
        `${Y18} trafficked_identified=1`,
        `${Y18} trafficked_suspected=1`,
        `${Y18} trafficked_looked_after=2`,
        `${Y18} trafficked_went_missing=1`,
        `${Y18} trafficked_missing_incidents=2`,
        `${Y18} uasc_looked_after=1`,
        `${Y18} uasc_went_missing=1`,
        `${Y18} uasc_missing_incidents=1`,
        `${Y18} not_found=1`,
        `${Y19} trafficked_identified=0`,
        `${Y19} trafficked_suspected=1`,
        `${Y19} trafficked_looked_after=1`,
        `${Y19} trafficked_went_missing=0`,
        `${Y19} trafficked_missing_incidents=0`,
        `${Y19} uasc_looked_after=1`,
        `${Y19} uasc_went_missing=1`,
        `${Y19} uasc_missing_incidents=3`,
        `${Y19} not_found=0`,
      ].sort(),
    );
    expect(nats).toEqual([`${Y18} trafficked Albanian=1`, `${Y18} uasc Afghan=1`, `${Y19} uasc Eritrean=1`].sort());
    // The 2021 row is left out, and said to be.
    expect(codes.has("figure_other_period")).toBe(true);
  });

  it('"Reporting Year" is the row\'s period, and "Still Missing At Extract Date" over Y/N is the still-missing flag', async () => {
    const { derived, codes } = await read("LAC cohort extract.csv", [
      "Reporting Year,Person ID,Cohort,Trafficking Status,Nationality,Missing Episodes In Year,Still Missing At Extract Date",
      "2017,P1,UASC,,Afghan,3,N",
      "2018,P2,Trafficked,Identified,Albanian,2,N",
      "2018,P3,UASC,,Afghan,1,Y",
      "2018,P5,UASC,,Iraqi,0,N",
      "2019,P4,UASC,,Eritrean,3,N",
    ]);
    expect(derived).toEqual(
      expect.arrayContaining([
        `${Y18} trafficked_identified=1`,
        `${Y18} trafficked_went_missing=1`,
        `${Y18} trafficked_missing_incidents=2`,
        `${Y18} uasc_looked_after=2`,
        `${Y18} uasc_went_missing=1`,
        `${Y18} uasc_missing_incidents=1`,
        `${Y18} not_found=1`,
        `${Y19} uasc_missing_incidents=3`,
        `${Y19} not_found=0`,
      ]),
    );
    expect(derived.every((d) => d.startsWith(Y18) || d.startsWith(Y19))).toBe(true);
    expect(codes.has("figure_other_period")).toBe(true);
    expect(codes.has("episode_row_unreadable")).toBe(false);
  });

  it("a trafficking column of other words than the parts' tells no parts apart", async () => {
    const { derived } = await read("LAC trafficked UASC cohort extract.csv", [
      "Child ID,Calendar year,Cohort,Trafficking status,Missing episodes in year,Still missing at extract",
      "C1,2018,Trafficked,Open case,2,N",
      "C2,2018,Trafficked,Closed,0,N",
      "C4,2019,UASC,,3,N",
    ]);
    expect(derived).toContain(`${Y18} trafficked_looked_after=2`);
    expect(derived.filter((d) => /identified|suspected/u.test(d))).toEqual([]);
  });

  it("one row per episode: counted by the year its start date falls in", async () => {
    const { derived } = await read("missing episodes.csv", [
      "Episode ID,Child ID,Group,Nationality,Episode start,Episode end",
      "E1,K1,UASC,Afghan,30/12/2017,31/12/2017",
      "E2,K1,UASC,Afghan,05/02/2018,06/02/2018",
      "E3,K1,UASC,Afghan,07/03/2018,08/03/2018",
      "E4,K2,Trafficked,Albanian,09/09/2018,",
      "E5,K1,UASC,Afghan,04/04/2019,05/04/2019",
      "E6,K3,UASC,Eritrean,06/06/2020,07/06/2020",
    ]);
    expect(derived.filter((d) => d.startsWith(Y18))).toEqual(
      [
        `${Y18} trafficked_went_missing=1`,
        `${Y18} trafficked_missing_incidents=1`,
        `${Y18} uasc_went_missing=1`,
        `${Y18} uasc_missing_incidents=2`,
        `${Y18} not_found=1`,
      ].sort(),
    );
    expect(derived.filter((d) => d.startsWith(Y19))).toEqual(
      [
        `${Y19} trafficked_went_missing=0`,
        `${Y19} trafficked_missing_incidents=0`,
        `${Y19} uasc_went_missing=1`,
        `${Y19} uasc_missing_incidents=1`,
        `${Y19} not_found=0`,
      ].sort(),
    );
  });

  it("rows not all placed in a period: counted once, over the whole span, for no one period", async () => {
    const { derived } = await read("missing episodes.csv", [
      "Episode ID,Child ID,Group,Episode start,Episode end",
      "E2,K1,UASC,05/02/2018,06/02/2018",
      "E3,K1,UASC,,08/03/2019",
    ]);
    expect(derived.every((d) => d.startsWith("-"))).toBe(true);
  });

  it("one row per child with a date first missing and an episode count: counted once, over the whole span", async () => {
    // The child's episodes may fall in several years; the one date on its row places none of them.
    const { derived } = await read("missing children.csv", [
      "Child ID,Group,Date first missing,Number of missing episodes",
      "K1,UASC,03/11/2018,6",
      "K2,UASC,05/02/2019,1",
    ]);
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((d) => d.startsWith("-"))).toBe(true);
  });

  it("a one-period request: rows whose year column names another year are set aside, not counted", async () => {
    const k2017 = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
    const r = await processFile(
      {
        file: "LAC trafficked UASC cohort extract.csv",
        bytes: new TextEncoder().encode(
          `${[
            "Child ID,Calendar year,Cohort,Nationality,Missing episodes in year,Still missing at extract",
            "C1,2016,UASC,Afghan,2,N",
            "C2,2017,UASC,Eritrean,3,N",
            "C3,2017,UASC,Sudanese,0,N",
          ].join("\n")}\n`,
        ),
        manifestCode: "E06000018",
      },
      k2017,
    );
    const derived = r.facts.filter((f) => f.status === "derived").map((f) => `${f.measure}=${f.value}`);
    expect(derived).toEqual(expect.arrayContaining(["uasc_looked_after=2", "uasc_missing_incidents=3"]));
    expect(r.issues.some((i) => i.code === "figure_other_period")).toBe(true);
  });
});
