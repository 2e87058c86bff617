import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// "Identified (outcome awaited)": the children in the row have not been found to be trafficked yet; the
// bracket says the identification is still to be made. However short the label, its figure is not the count of
// children identified as trafficked, and must not be kept as that count without a word. A bracket saying a
// referral is pending beside the suspected group only says why they are suspected.
describe("a row whose bracket says the group's decision is still to come", () => {
  const book = (identified: string, suspected = "Suspected of trafficking") =>
    buildXlsx([
      {
        name: "Children",
        rows: [
          ["Children looked after who were trafficked, or thought to have been"],
          [],
          ["Group", "Children"],
          [identified, 3],
          [suspected, 9],
        ],
      },
    ]);
  const read = async (identified: string, suspected?: string) => {
    const r = await processFile(
      { file: "reply.xlsx", bytes: await book(identified, suspected), manifestCode: "E06000038" },
      knowledge(),
    );
    const f = (m: string) => r.facts.find((x) => x.measure === m);
    return { identified: f("trafficked_identified"), suspected: f("trafficked_suspected"), issues: r.issues };
  };
  it.each([
    ["Identified trafficked (outcome awaited)"],
    ["Trafficking identified (NRM not yet decided)"],
    ["Identified as trafficked – awaiting conclusive grounds"],
  ])("%s is not kept as the identified count", async (label) => {
    const { identified, issues } = await read(label);
    const exactUnwarned =
      identified?.status === "reported" &&
      identified.value === 3 &&
      !issues.some((i) => i.severity !== "info" && i.measure === "trafficked_identified");
    expect(exactUnwarned).toBe(false);
  });

  it("the plain group is still read", async () => {
    const { identified } = await read("Identified as trafficked");
    expect(`${identified?.status} ${identified?.value}`).toBe("reported 3");
  });

  it("a pending referral beside the suspected group is still the suspected count", async () => {
    const { suspected } = await read("Identified as trafficked", "Suspected (referral pending)");
    expect(`${suspected?.status} ${suspected?.value}`).toBe("reported 9");
  });
});
