import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/domain/facts.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

/**
 * A letter answers each question with a small table under its heading: the
 * requested periods across the top, one figure under each, and nothing on
 * the figures' row to say what they count (round 34's Blaenau Gwent odt).
 * The heading above the table says what every figure counts.
 */
const k = loadKnowledge({ request: "fixtures/holdout34/request.json" });
const PERIODS = ["2022/23", "2023/24", "1 September 2024 to 31 January 2025"];

const facts = async (body: string[]) => {
  const bytes = await buildDocx({ body: [para("Dear Requester,"), ...body, para("Yours sincerely,")].join("") });
  return processFile({ file: "reply.docx", bytes, manifestCode: "W06000019" }, k);
};
const read = (fs: readonly Fact[]) =>
  fs
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();

describe("a table of periods under each question's heading", () => {
  it("reads each figure for its column's period and the measure its heading names", async () => {
    const r = await facts([
      para("Question 1 – Number of children known to be electively home educated at any point (cumulative)"),
      table([
        ["", ...PERIODS],
        ["", "136", "152", "124"],
      ]),
      para("Question 3 – New notifications received"),
      table([PERIODS, ["57", "72", "35"]]),
    ]);
    expect(read(r.facts)).toEqual([
      "ehe_known 1 September 2024 to 31 January 2025 reported 124",
      "ehe_known 2022/23 reported 136",
      "ehe_known 2023/24 reported 152",
      "ehe_new 1 September 2024 to 31 January 2025 reported 35",
      "ehe_new 2022/23 reported 57",
      "ehe_new 2023/24 reported 72",
    ]);
    // The heading is answered by its table, so it is not reported as unanswered.
    expect(r.issues.filter((i) => i.code === "value_not_answered" && i.measure === "ehe_known")).toEqual([]);
    expect(r.issues.some((i) => i.code === "document_refused")).toBe(false);
  });

  it("leaves a table whose header names a period twice to the other readers", async () => {
    const r = await facts([
      para("Question 3 – New notifications received"),
      table([
        ["2022/23", "2022/23", "2023/24"],
        ["57", "60", "72"],
      ]),
    ]);
    expect(read(r.facts).filter((f) => f.includes("reported 60"))).toEqual([]);
  });

  it("leaves a table with more rows of figures to the table readers, never reading its first row alone", async () => {
    const r = await facts([
      para("Question 3 – New notifications received"),
      table([PERIODS, ["57", "72", "35"], ["12", "14", "9"]]),
    ]);
    expect(r.decisions.some((d) => d.message.includes("read as a table of periods under the question"))).toBe(false);
  });
});
