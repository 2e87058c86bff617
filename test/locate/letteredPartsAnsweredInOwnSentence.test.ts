import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

async function read(lines: string[]) {
  const letter = [
    "Example Borough Council",
    "Thank you for your request. Our replies, for 2018, 2019 and 2020, keep to the numbering of your request.",
    ...lines,
    "If you are unhappy with this reply you may ask for a review.",
    "Yours sincerely",
  ].join("\n");
  const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E08000001" }, knowledge);
  return {
    facts: r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText} ${f.raw}`)
      .sort(),
    issues: r.issues.filter((i) => i.severity !== "info").map((i) => `${i.code} ${i.measure ?? ""}`.trim()),
  };
}

// Word's automatic numbering: "1." heads a stem that ends in a colon, and each lettered item under it
// restates its part in words of its own before a sentence that answers it for every year. The item's
// letter and words say which part it is; the sentence's "children" or "incidents" say nothing more, and
// the item under it is the next part, never this part's answer lines.
describe("lettered parts under a numbered stem, each answered in its own sentence", () => {
  it("reads each item as its own part", async () => {
    const { facts } = await read([
      "1. Looked after children in our care who have been:",
      "a) Identified as trafficked or a victim of modern slavery. There were 4 children in 2018, 1 in 2019 and none in 2020.",
      "b) Suspected of trafficking or modern slavery, if not included in a. We had 3 children in 2018, 2 in 2019 and 5 in 2020.",
      "c) Unaccompanied asylum seeking or separated children. In 2018 there were 11 children, in 2019 there were 8 and in 2020 there were 10.",
      "2. Looked after children who have gone missing or absent:",
      "a) Trafficked, identified or suspected. In 2018 there were 2 children, in 2019 there was 1 and in 2020 there were none.",
      "b) Unaccompanied or separated. In 2018 there were 6 children, in 2019 there were 7 and in 2020 there were 3.",
      "3. Individual missing or absent incidents:",
      "a) Trafficked children, identified or suspected. There were 3 incidents in 2018, 1 in 2019 and 4 in 2020.",
      "b) Unaccompanied or separated children. There were 9 incidents in 2018, 12 in 2019 and 8 in 2020.",
    ]);
    expect(facts).toEqual(
      [
        "trafficked_identified 2018 4",
        "trafficked_identified 2019 1",
        "trafficked_identified 2020 none",
        "trafficked_suspected 2018 3",
        "trafficked_suspected 2019 2",
        "trafficked_suspected 2020 5",
        "uasc_looked_after 2018 11",
        "uasc_looked_after 2019 8",
        "uasc_looked_after 2020 10",
        "trafficked_went_missing 2018 2",
        "trafficked_went_missing 2019 1",
        "trafficked_went_missing 2020 none",
        "uasc_went_missing 2018 6",
        "uasc_went_missing 2019 7",
        "uasc_went_missing 2020 3",
        "trafficked_missing_incidents 2018 3",
        "trafficked_missing_incidents 2019 1",
        "trafficked_missing_incidents 2020 4",
        "uasc_missing_incidents 2018 9",
        "uasc_missing_incidents 2019 12",
        "uasc_missing_incidents 2020 8",
      ].sort(),
    );
  });

  // The letter says one part and the words another: "b)" under "1." is 1b (suspected trafficking), but its
  // words name unaccompanied children. Neither is trusted silently.
  it("warns when an item's letter and words name different parts", async () => {
    const { facts, issues } = await read([
      "1. Looked after children in our care who have been:",
      "a) Identified as trafficked or a victim of modern slavery. There were 4 children in 2018, 1 in 2019 and 2 in 2020.",
      "b) Unaccompanied asylum seeking or separated children. In 2018 there were 11 children, in 2019 there were 8 and in 2020 there were 10.",
    ]);
    expect(facts.filter((f) => f.startsWith("trafficked_suspected"))).toEqual([]);
    expect(issues).toContain("label_number_differs trafficked_suspected");
  });
});
