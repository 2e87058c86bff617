import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
const FILE = "Anytown Council FOI reply.csv";

const read = async (answer: string) => {
  const lines = [
    "No.,Question,Response",
    `1c,"The total number of looked after children in the care of your authority that have been: c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.","${answer}"`,
  ];
  const r = await processFile(
    { file: FILE, bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: "E06000038" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.measure === "uasc_looked_after")
    .map((f) => `${f.periodText ?? "-"} ${f.status} ${f.value ?? ""}`.trim());
};

/**
 * "No. | Question | Response" over "1c | The total number … | 2018: 58
 * 2019: 39 2020: 34": a table's answer cell giving one answer a period. Read
 * whole it was no figure, and the row went unread.
 */
describe("a table cell holding one answer a period", () => {
  it.each([["2018: 58 2019: 39 2020: 34"], ["2018: 58, 2019: 39, 2020: 34"], ["2018 – 58; 2019 – 39; 2020 – 34"]])(
    "%s is read a period at a time",
    async (answer) => {
      expect(await read(answer)).toEqual(["2018 reported 58", "2019 reported 39", "2020 reported 34"]);
    },
  );

  it("keeps a suppressed or nil answer for its period", async () => {
    expect(await read("2018: nil 2019: <5 2020: 34")).toEqual([
      "2018 reported 0",
      "2019 suppressed",
      "2020 reported 34",
    ]);
  });

  it.each([
    ["a sentence with years in it", "In 2018 there were 58 and in 2019 39"],
    ["a period named twice", "2018: 58 2018: 39"],
    ["an answer foi-agg cannot read", "2018: 58 2019: see the attached table"],
  ])("%s is left whole", async (_, answer) => {
    const got = await read(answer);
    expect(got.some((g) => g.includes("reported 58"))).toBe(false);
  });
});
