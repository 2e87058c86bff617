import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A pasted e-mail that answers a year at a time, each year's heading glossed
 * by the days it runs ("2022 (1 January to 31 December)", "2024 (1 January to
 * 30 April)"), over bare numbered answers ("1a. None", "1b. 2", …). The days
 * in brackets name no year of their own: they are the heading's dates, not
 * figures beside it, so the heading keys every answer under it. Read as a
 * line with figures, no heading was taken, every "2" came out with no period
 * and every "None" was spread over all four periods, beside the other years'
 * counts for the same question.
 */
describe("a year heading glossed by its days, over numbered answers", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const year = (heading: string, a: string, b: string) => [heading, `1a. ${a}`, `1b. ${b}`, "1c. 7", "2a. None", ""];
  const keyed = async (lines: string[]) => {
    const letter = ["Dear Requester", "", "Please find our response below.", "", ...lines, "Yours sincerely"].join(
      "\r\n",
    );
    const result = await processFile({ file: "Eastmoor FOI 24-118.txt", bytes: text(letter), manifestCode: null }, k);
    const out = keyPeriods([result], k.request, k.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts
          .filter((f) => f.measure.startsWith("trafficked_") && f.status === "reported")
          .map((f) => `${f.measure} ${period.id} ${f.value}`),
      ),
    );
    return out.sort();
  };

  it("keys each answer to the year above it", async () => {
    const facts = await keyed([
      ...year("2021 (1 January to 31 December)", "None", "2"),
      ...year("2022 (1 January to 31 December)", "2", "None"),
      ...year("2023 (1 January to 31 December)", "2", "2"),
      ...year("2024 (1 January to 30 April)", "None", "2"),
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_identified "))).toEqual([
      "trafficked_identified 2021 0",
      "trafficked_identified 2022 2",
      "trafficked_identified 2023 2",
      "trafficked_identified 2024-01-01_2024-04-30 0",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_suspected "))).toEqual([
      "trafficked_suspected 2021 2",
      "trafficked_suspected 2022 0",
      "trafficked_suspected 2023 2",
      "trafficked_suspected 2024-01-01_2024-04-30 2",
    ]);
  });

  // "2021 (1 April to 31 March)" is the financial year 2021/22, not the calendar year its number names: keyed to
  // 2021, every answer under it was another year's count, exact with no warning. Only days that with the year are
  // a requested period make the heading that period.
  it("keys nothing to a year whose days are not the requested period's", async () => {
    const facts = await keyed([
      ...year("2021 (1 April to 31 March)", "None", "2"),
      ...year("2022 (1 April to 31 March)", "2", "None"),
      ...year("2023 (1 July to 31 December)", "2", "2"),
    ]);
    expect(facts.filter((f) => /^trafficked_(?:identified|suspected) /u.test(f))).toEqual([]);
  });
});

/**
 * The same answers under headings foi-agg cannot take for periods ("Year one",
 * "Year two"): each "1a." names no period. A "None" among them is one year's
 * answer, which cannot be told, not the whole span's: spread over every period
 * it made each year's count 0 beside the other years' "1a. 2", and a total
 * derived from two such nils of different years, all with no warning. It is
 * counted for no period and flagged, as the "2" beside it is.
 */
describe("a nil naming no period among the same question's other undated answers", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  it("is counted for no period, and flagged", async () => {
    const lines = [
      "Dear Requester",
      "",
      "Year one",
      "1a. None",
      "1b. 2",
      "",
      "Year two",
      "1a. 2",
      "1b. None",
      "",
      "Yours sincerely",
    ];
    const result = await processFile(
      { file: "Eastmoor FOI 24-118.txt", bytes: text(lines.join("\n")), manifestCode: null },
      k,
    );
    const periods = keyPeriods([result], k.request, k.labels.everyPeriod);
    const counted = periods.flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "trafficked_identified").map((f) => `${period.id} ${f.raw}`),
      ),
    );
    expect(counted).toEqual([]);
    const flagged = periods[0]?.results.flatMap((r) =>
      r.issues
        .filter((i) => i.code === "figure_period_not_stated" && i.measure === "trafficked_identified")
        .map((i) => i.raw),
    );
    expect(flagged?.sort()).toEqual(["2", "None"]);
  });
});
