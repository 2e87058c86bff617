import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

/**
 * "1c) … Answer: The number of UASC looked after is taken from our SSDA903
 * return: 34 at 31 March 2019, 37 at 31 March 2020, 19 at 31 March 2021.":
 * an answer foi-agg does not read as figures (value_unparsed), whose words
 * give counts on one day, where the question asks the children looked after
 * over each year. Both are said on the measure: a reader who reads the
 * figures by hand must know they are counts on a day (period_approximate).
 */
describe("an answer not read as figures, whose words give counts on one day", () => {
  const read = (answer: string) => {
    const text = [
      "1c) The total number of looked after children in the care of your authority that have been identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
      `Answer: ${answer}`,
    ].join("\n");
    return processFile(
      { file: "Northfield FOI 2021-1187.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000004" },
      severalYears,
    );
  };

  it.each([
    "The number of UASC looked after is taken from our SSDA903 return: 34 at 31 March 2019, 37 at 31 March 2020, 19 at 31 March 2021.",
    "Our SSDA903 return gives 34 as at 31 March 2019, 37 as at 31 March 2020 and 19 as at 31 March 2021.",
  ])("flags '%s' as counts on one day", async (answer) => {
    const r = await read(answer);
    const on = (code: string) => r.issues.filter((i) => i.code === code).map((i) => i.measure);
    expect(on("value_unparsed")).toEqual(["uasc_looked_after"]);
    expect(on("period_approximate")).toEqual(["uasc_looked_after"]);
  });

  it("says nothing of a day over an answer not read that names no day", async () => {
    const r = await read(
      "The number of UASC looked after is taken from our SSDA903 return and is thirty-ish each year.",
    );
    expect(r.issues.filter((i) => i.code === "period_approximate")).toEqual([]);
  });
});
