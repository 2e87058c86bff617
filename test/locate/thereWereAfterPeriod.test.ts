import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

/**
 * "In 2021/22 there were 52 qualified children's social workers, of whom 44
 * were permanent employees and 8 were agency workers.": "there were" right
 * after the period, with no comma. Only a comma or colon after the period
 * led a sentence of several counts, so none of its figures was read.
 */
describe("a sentence of several counts led by a period and 'there were'", () => {
  it("reads each clause for the period", () => {
    expect(read("In 2022/23 there were 55 social workers, of whom 45 were permanent and 10 were agency.")).toEqual([
      "social workers|2022/23|55",
      "social workers of whom were permanent|2022/23|45",
      "were agency|2022/23|10",
    ]);
  });

  it("leaves a sentence of one count to the readers that take it whole", () => {
    expect(read("In 2021 there were 120 badges issued. In 2022 we changed our system.")).toEqual([]);
  });
});

/**
 * "there were 57 social workers: 46 permanent and 11 agency": a count, a
 * colon, and its parts. Cut only at its "and", the first clause ran on past
 * the colon ("social workers: 46 permanent"), named the part, and the whole
 * 57 was read as the permanent workers, silently.
 */
describe("a count followed by a colon and its parts", () => {
  it("reads the whole as the whole and each part under its own name", () => {
    expect(
      read("Between 1 April and 30 September 2023 there were 57 social workers: 46 permanent and 11 agency."),
    ).toEqual([
      "social workers|1 April to 30 September 2023|57",
      "permanent social workers|1 April to 30 September 2023|46",
      "agency social workers|1 April to 30 September 2023|11",
    ]);
  });

  it("gives nothing when the parts do not add up to the whole", () => {
    expect(read("In 2023, there were 57 social workers: 40 permanent and 11 agency.")).toEqual([]);
  });
});
