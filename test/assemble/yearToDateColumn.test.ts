import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * A request about 2021 to 2023 and 1 January to 30 April 2024, answered with
 * a last column or line for "2024 YTD" or "2024 to date" (round 77). That is
 * the part-year asked about; a note saying the year to date runs to another
 * day (round 52: "figures for 2024 are to date (as at 31 July 2024)") makes
 * it a span the request did not ask about, counted for no period.
 */
describe("a year to date beside the requested years", () => {
  const keyed = async (lines: string[]) => {
    const bytes = Buffer.from(lines.join("\n"));
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, severalYears);
    return keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod).flatMap(({ period, results }) =>
      results.flatMap((r) =>
        r.facts.filter((f) => f.measure === "uasc_looked_after").map((f) => `${period.id} ${f.value}`),
      ),
    );
  };

  it("reads the '2024 YTD' column as 1 January to 30 April 2024", async () => {
    expect(
      await keyed([
        "Northfield Council FOI 1412,,,,",
        "Question,2021,2022,2023,2024 YTD",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
      ]),
    ).toEqual(["2021 8", "2022 19", "2023 19", "2024-01-01_2024-04-30 14"]);
  });

  it("warns the figure taken so: the reply never says the day its year to date ends", async () => {
    const bytes = Buffer.from(
      [
        "Northfield Council FOI 1412,,,,",
        "Question,2021,2022,2023,2024 YTD",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
      ].join("\n"),
    );
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, severalYears);
    const warned = keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod).flatMap(({ results }) =>
      results.flatMap((r) =>
        r.issues
          .filter((i) => i.code === "period_approximate")
          .map((i) => `${i.measure} ${i.raw} ${i.message.includes("taken for 1 January 2024 to 30 April 2024")}`),
      ),
    );
    expect(warned).toEqual(["uasc_looked_after 14 true"]);
  });

  it("counts it for no period when a note says the year to date runs to another day", async () => {
    expect(
      await keyed([
        "Northfield Council FOI 1412,,,,",
        "Question,2021,2022,2023,2024 YTD",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
        "Figures for 2024 are to date (as at 31 July 2024).,,,,",
      ]),
    ).toEqual(["2021 8", "2022 19", "2023 19"]);
  });

  /**
   * Counted for no period, it must still say why: it was flagged as naming no
   * period at all (figure_period_not_stated), though the reply says which days
   * it covers. A later day counts months not asked about (a nearby period); an
   * earlier one only part of the period.
   */
  const warnedFor = async (note: string) => {
    const bytes = Buffer.from(
      [
        "Northfield Council FOI 1412,,,,",
        "Question,2021,2022,2023,2024 (to date)",
        "1c. Identified as an unaccompanied asylum-seeking child (UASC) or a separated child,8,19,19,14",
        `${note},,,,`,
      ].join("\n"),
    );
    const result = await processFile({ file: "Northfield FOI 1412.csv", bytes, manifestCode: null }, severalYears);
    return keyPeriods([result], severalYears.request, severalYears.labels.everyPeriod).flatMap(({ results }) =>
      results.flatMap((r) =>
        r.issues
          .filter(
            (i) =>
              i.measure === "uasc_looked_after" && (i.code.startsWith("period") || i.code.startsWith("figure_period")),
          )
          .map((i) => `${i.code} ${i.raw} ${/runs to \d+ \w+ 2024/u.exec(i.message)?.[0] ?? ""}`),
      ),
    );
  };

  it.each<[string, string]>([
    [
      "Note: figures for 2024 are from 1 January 2024 to the date of this response (19 June 2024).",
      "period_approximate 14 runs to 19 June 2024",
    ],
    ["Figures for 2024 are to date (as at 31 July 2024).", "period_approximate 14 runs to 31 July 2024"],
    ["The 2024 figures are to date, up to 31 March 2024.", "period_part 14 runs to 31 March 2024"],
  ])("says which day the year to date runs to: %s", async (note, warning) => {
    expect(await warnedFor(note)).toEqual([warning]);
  });
});
