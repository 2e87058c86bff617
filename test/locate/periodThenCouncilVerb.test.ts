import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

/**
 * Round 132 (Hackney): "In 2021/22 the council supported 197 households with
 * no recourse to public funds: 126 families under section 17 of the Children
 * Act 1989, 43 adults with care needs and 28 care leavers." A period, then
 * the council and what it did, then the counts, with no comma after the
 * period; and a part named with the statute it is supported under. Neither
 * was read, so a paragraph a year gave none of its figures.
 */
describe("a period, then the council's verb, then counts and their parts", () => {
  it.each<[string, string[]]>([
    [
      "In 2021/22 the council supported 197 households with no recourse to public funds: 126 families under section 17 of the Children Act 1989, 43 adults with care needs and 28 care leavers.",
      [
        "households with no recourse to public funds|2021/22|197",
        "families under section 17 of the Children Act 1989 households with no recourse to public funds|2021/22|126",
        "adults with care needs households with no recourse to public funds|2021/22|43",
        "care leavers households with no recourse to public funds|2021/22|28",
      ],
    ],
    [
      "During 2022/23 we supported 40 households: 30 families and 10 adults.",
      ["households|2022/23|40", "families households|2022/23|30", "adults households|2022/23|10"],
    ],
  ])("reads %j", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // One count: left to the readers that take a sentence whole, as before.
    "In 2021/22 the council supported 197 households.",
    // Parts that do not add up to the whole say something foi-agg cannot tell.
    "In 2021/22 the council supported 197 households: 126 families under section 17 of the Children Act 1989 and 43 adults.",
  ])("gives nothing for %j", (text) => {
    expect(read(text)).toEqual([]);
  });
});
