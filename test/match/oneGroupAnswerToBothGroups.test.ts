import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

/**
 * "Question 4. | None of the unaccompanied children remains missing. We cannot answer for trafficked children":
 * question 4 asks for the children of both groups still missing, and the answer's own words speak of one group.
 * Its nil is that group's, not the question's (round 142, kept exact with no warning): it is not read as the
 * both-groups count, and the warning names that count. An answer naming no group, or both, still answers it.
 */
describe("an answer in words naming one group, under a question asked of both", () => {
  const read = async (answer: string) => {
    // Swindon's reply as sent: "Question 4." in a bold span, its answer after it in the same paragraph.
    const sent = readFileSync("fixtures/holdout142/returns/Swindon BC FOI-8785.odt");
    const zip = await JSZip.loadAsync(sent);
    const content = (await zip.file("content.xml")?.async("string")) ?? "";
    const said =
      "None of the unaccompanied children remains missing. We cannot answer for trafficked children (see above).";
    expect(content).toContain(said);
    zip.file("content.xml", content.replace(said, answer));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const r = await processFile({ file: "Swindon BC FOI-8785.odt", bytes, manifestCode: "E06000030" }, k);
    return {
      value: r.facts.find((f) => f.measure === "not_found" && f.status === "reported")?.value ?? null,
      warned: r.issues.some((i) => i.measure === "not_found" && i.severity === "warning"),
    };
  };

  it("is not read as the count of both groups, and the count is warned on", async () => {
    expect(
      await read(
        "None of the unaccompanied children remains missing. We cannot answer for trafficked children (see above).",
      ),
    ).toEqual({ value: null, warned: true });
  });

  it.each([
    "None of the children remains missing.",
    "None of the trafficked or unaccompanied children remains missing.",
  ])("still answers it where the words name no group or both: %s", async (answer) => {
    expect((await read(answer)).value).toBe(0);
  });

  // "4. Still missing: 2 (both UASC who have since turned 18).": the figure comes first, and its remark says
  // whose children the two are; it is still the count of both groups.
  it("still answers it where the figure comes first and a remark names the group", async () => {
    expect((await read("2 (both UASC who have since turned 18).")).value).toBe(2);
  });
});
