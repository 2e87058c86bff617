import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "Q5: Numbers are too small to break down by nationality without
 * identifying individuals; all trafficked children were British and all
 * UASC were non-EU nationals." (round 69's Darlington): the council withholds
 * the breakdown and gives the category the request offers instead (British,
 * EU, non-EU). It read as 3 British children, a figure the council says it
 * will not give; such a statement is reported as the breakdown withheld,
 * never counted.
 */
describe("'were all British' beside words withholding the nationality breakdown", () => {
  const read = async (answer: string) => {
    const letter = [
      "Anytown Borough Council",
      "2. Trafficked children who went missing: 3",
      "6. UASC who went missing: 3",
      answer,
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown FOI 7821.txt", bytes: new TextEncoder().encode(letter), manifestCode: "E06000005" },
      knowledge(),
    );
    return {
      lists: r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? ""}`.trim()).sort(),
      withheld: r.issues.filter((i) => i.code === "value_suppressed" && /nationalit/u.test(i.message)).length,
    };
  };

  it.each([
    "Q5: Numbers are too small to break down by nationality without identifying individuals; all trafficked children were British and all UASC were non-EU nationals.",
    "9. We are unable to give nationalities as this could identify the children. The trafficked children were all British.",
  ])("%s → not counted, said", async (answer) => {
    const { lists, withheld } = await read(answer);
    expect(lists.filter((l) => l.startsWith("trafficked"))).toEqual([]);
    expect(withheld).toBe(1);
  });

  // Round 69's Hartlepool: "All of the trafficked children referred to above were British nationals (5
  // male, 3 female)." The genders count the children looked after; every one who went missing was British.
  it.each([
    "9. The trafficked children were all British.",
    "5. All of the trafficked children referred to above were British nationals (5 male, 3 female). The unaccompanied children were non-EU nationals.",
  ])("with no such words, '%s' is the group's count", async (answer) => {
    const { lists, withheld } = await read(answer);
    expect(lists.filter((l) => l.startsWith("trafficked"))).toEqual(["trafficked British 3"]);
    expect(withheld).toBe(0);
  });
});
