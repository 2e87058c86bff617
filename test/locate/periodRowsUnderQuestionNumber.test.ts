import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

/**
 * A letter answers each question with a small table under a heading that is
 * only the question's number ("Question 1", "Question 3a"): "Year | Number"
 * over a row a requested period. The number says which of the request's
 * questions every figure answers, and each row's period is its own.
 */
const k = loadKnowledge({ request: "fixtures/holdout123/request.json" });

const facts = async (body: string[]) => {
  const bytes = await buildDocx({ body: [para("Dear Requester,"), ...body, para("Yours sincerely,")].join("") });
  return processFile({ file: "reply.docx", bytes, manifestCode: "E06000043" }, k);
};
const read = (fs: readonly Fact[]) =>
  fs
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();

describe("a table of periods down the side under a question's number alone", () => {
  it("reads each row's figure for its period and the numbered question's measure", async () => {
    const r = await facts([
      para("Question 1"),
      table([
        ["Year", "Number"],
        ["2021/22", "142"],
        ["2022/23", "95"],
        ["2023/24", "104"],
      ]),
      para("Question 3a"),
      table([
        ["Year", "Number"],
        ["2021/22", "37"],
        ["2022/23", "26"],
        ["2023/24", "27"],
      ]),
    ]);
    expect(read(r.facts)).toEqual([
      "homeless_young_people 2021/22 reported 142",
      "homeless_young_people 2022/23 reported 95",
      "homeless_young_people 2023/24 reported 104",
      "s20_young_people 2021/22 reported 37",
      "s20_young_people 2022/23 reported 26",
      "s20_young_people 2023/24 reported 27",
    ]);
  });

  it("leaves a table with a row that is no requested period to the other readers", async () => {
    const r = await facts([
      para("Question 1"),
      table([
        ["Year", "Number"],
        ["2021/22", "142"],
        ["2020/21", "95"],
      ]),
    ]);
    expect(read(r.facts).filter((f) => f.includes("reported 95"))).toEqual([]);
  });
});
