import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

// A reply numbering its answers as the request does, whose answer before
// this one runs over lines of its own (a period a line, a note under them):
// those lines are that item's body, and "4. …" still answers question 4.
const k = loadKnowledge({ request: "fixtures/holdout67/request.json" });

async function caseload(body: string[]): Promise<string[]> {
  const text = [
    "Dear Requester,",
    "",
    "Fife Council's response is below.",
    "",
    ...body,
    "",
    "Yours sincerely,",
    "Fife Council",
  ];
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text.join("\n")), manifestCode: "S12000047" },
    k,
  );
  return r.facts
    .filter((f) => f.measure === "social_workers_caseload")
    .map((f) => `${f.status} ${f.value ?? ""}`.trim());
}

describe("a numbered answer after the lines of the answer before it", () => {
  it.each<[string, string[], string]>([
    [
      "figures a period a line",
      ["3. Vacant posts at 30 September:", "   2021 - 3", "   2022 - 40", "   2023 - 22", "", "4. 12"],
      "reported 12",
    ],
    [
      "a note under them, then not held with its statute",
      [
        "3. Vacant posts at 30 September:",
        "   2021 - fewer than five",
        "   2022 - 40",
        "   2023 - 22",
        "   The figure for 2021 is withheld under section 38(1)(b) of FOISA as the numbers are so small that individuals could be identified.",
        "",
        "4. The Council does not hold this information. In terms of section 17 of FOISA, this letter serves as notice that the information is not held.",
      ],
      "not_held",
    ],
  ])("%s", async (_name, body, expected) => {
    expect(await caseload(body)).toContain(expected);
  });

  it("not when the line above is a question restated", async () => {
    expect(
      await caseload(["3. How many posts were vacant at 30 September?", "   2021 - 3", "", "4. 12"]),
    ).not.toContain("reported 12");
  });
});
