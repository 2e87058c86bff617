import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// "Suspected of having been trafficked (not included above)" under "Identified as trafficked" in a table of
// "Category | Number of children": the bracket only says the suspected row does not count the identified
// children again, as "(not included in a)" does. Its "not" is no negation, and the row is 1b.
describe("a part glossed as apart from the row above", () => {
  const book = (gloss: string) =>
    buildXlsx([
      {
        name: "Q1",
        rows: [
          [
            "Q1",
            "How many looked after children in your care were identified as having been trafficked, or suspected of having been trafficked?",
          ],
          [],
          ["Category", "Number of children"],
          ["Identified as trafficked", 6],
          [`Suspected of having been trafficked ${gloss}`, 11],
          ["Total", 17],
        ],
      },
    ]);
  it.each([["(not included above)"], ["(not counted above)"], ["(not already included above)"]])(
    "%s",
    async (gloss) => {
      const r = await processFile(
        { file: "reply.xlsx", bytes: await book(gloss), manifestCode: "E06000038" },
        knowledge(),
      );
      const f = r.facts.find((x) => x.measure === "trafficked_suspected");
      expect(`${f?.status} ${f?.value}`).toBe("reported 11");
    },
  );

  it("a real negation still asks something else", async () => {
    const r = await processFile(
      { file: "reply.xlsx", bytes: await book("but not confirmed (not included above)"), manifestCode: "E06000038" },
      knowledge(),
    );
    const f = r.facts.find((x) => x.measure === "trafficked_suspected");
    expect(f?.status === "reported" && f.value === 11).toBe(false);
  });
});
