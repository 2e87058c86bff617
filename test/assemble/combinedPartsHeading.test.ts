import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "Questions 1a and 1b: we do not record identified and suspected victims
 * separately. The combined number of … was:" over one line per period
 * (round 124): the parts are not held apart, but their whole is given. The
 * not-held sentence made the heading line an answer, so the period lines
 * had no question and were dropped without a word (the whole read as not
 * held, from its parts). The closing sentence, ending in a colon, names what
 * the lines count: the whole. The parts stay not held, as the line says; a
 * heading that only says a part is not held gives the lines no question.
 */
describe("a heading saying two parts are not recorded apart, over their combined figures", () => {
  const read = async (heading: string, figures = true) => {
    const text = [
      "Newport City Council",
      "Freedom of Information request 2024-0615",
      "Dear Requester,",
      heading,
      ...(figures
        ? [
            "1 January 2021 to 31 December 2021 - 5",
            "1 January 2022 to 31 December 2022 - 2",
            "1 January 2023 to 31 December 2023 - 6",
            "1 January 2024 to 30 April 2024 - 1",
          ]
        : []),
      "Question 1c: Identified as an unaccompanied asylum-seeking child (UASC) or a separated child.",
      "1 January 2021 to 31 December 2021 - 18",
      "1 January 2022 to 31 December 2022 - 22",
      "1 January 2023 to 31 December 2023 - 32",
      "1 January 2024 to 30 April 2024 - 10",
    ].join("\n");
    const result = await processFile(
      { file: "Newport FOI 2024-0615 response.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    const withAuthority = { ...result, authority: result.authority ?? null };
    // One assembled set of returns per requested period, in the request's order.
    const periods = keyPeriods([withAuthority], severalYears.request, severalYears.labels.everyPeriod);
    const valuesOf = (measure: string) =>
      periods.map(({ results }) => {
        const { returns } = assembleReturns(results, severalYears);
        const v = returns
          .filter((r) => r.authority.gss_code === "W06000022")
          .flatMap((r) => r.values)
          .find((x) => x.measure === measure);
        return v?.status === "reported" ? v.value : v?.status;
      });
    const of = valuesOf;
    return { whole: of("trafficked_looked_after"), identified: of("trafficked_identified") };
  };

  it.each([
    "Questions 1a and 1b: we do not record identified and suspected victims separately. The combined number of looked after children identified or suspected as trafficked or victims of modern slavery was:",
    "Questions 1a and 1b: identified and suspected victims are not recorded separately. The total of looked after children identified or suspected as trafficked was:",
    "Question 1a and 1b. We do not hold identified and suspected cases separately. The total number of looked after children identified or suspected as trafficked was:",
  ])("reads the figures under %j as the whole", async (heading) => {
    const { whole, identified } = await read(heading);
    expect(whole).toEqual([5, 2, 6, 1]);
    expect(identified).toEqual(["not_held", "not_held", "not_held", "not_held"]);
  });

  it("keeps a part not held where the heading gives no combined figure", async () => {
    const { identified } = await read(
      "Question 1a: we do not record identified victims separately from other exploitation concerns, so this information is not held.",
      false,
    );
    expect(identified).toEqual(["not_held", "not_held", "not_held", "not_held"]);
  });
});
