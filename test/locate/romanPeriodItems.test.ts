import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

const read = async (lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Yours faithfully"].join("\n");
  const r = await processFile(
    { file: "Anytown Council reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0] ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
};

/**
 * "(i) 2018 – 45": the years of an answer numbered in lower-case Roman
 * numerals. The numeral is the item's marker: read with it, no line opened
 * with a year, and the run under the question went unread.
 */
describe("a question's years numbered (i), (ii), (iii)", () => {
  it.each([
    ["bracketed", ["(i) 2018 – 45", "(ii) 2019 – 39", "(iii) 2020 – *"]],
    ["closing bracket", ["i) 2018 – 45", "ii) 2019 – 39", "iii) 2020 – *"]],
    ["full stop", ["i. 2018: 45", "ii. 2019: 39", "iii. 2020: *"]],
  ])("%s", async (_, items) => {
    const got = await read([
      "1(c) c. Identified as an unaccompanied asylum seeking child (UASC) or a separated child.",
      ...items,
    ]);
    expect(got).toEqual([
      "uasc_looked_after 2018 reported 45",
      "uasc_looked_after 2019 reported 39",
      "uasc_looked_after 2020 suppressed",
    ]);
  });

  it("a numeral before a figure, not a year, is no period line", async () => {
    const got = await read(["1(c) Identified as an unaccompanied asylum seeking child (UASC)", "(i) 45", "(ii) 39"]);
    expect(got.some((g) => g.includes(" 2018 ") || g.includes(" 2019 "))).toBe(false);
  });
});
