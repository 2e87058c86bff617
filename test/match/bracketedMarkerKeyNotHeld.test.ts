import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

/**
 * Official-statistics symbols ("[c]" confidential, "[x]" not available) are
 * explained on a Notes sheet. Read alone, "[x]" is a suppression marker (a
 * count of 1 to 4); a key whose words say the figure is not held makes it
 * not held, with the warning every "not held" answer carries. A key that says
 * only "not available", or that the figure is withheld, leaves it as it was.
 */
describe("a bracketed marker explained on a Notes sheet", () => {
  const book = (key: string) =>
    buildXlsx([
      {
        name: "Table 1",
        rows: [
          ["Table 1: Looked after children who were trafficked or unaccompanied, 2017"],
          ["Question", "Measure", "Trafficked (identified or suspected)", "UASC or separated"],
          ["1c", "Looked after", null, 38],
          ["2", "Went missing or absent", 3, 12],
          ["4", "Still missing (both groups together)", "[x]"],
        ],
      },
      {
        name: "Notes",
        rows: [["Notes"], ["[c] confidential: a figure from 1 to 4, withheld under section 40(2)"], [key]],
      },
    ]);

  it.each([
    ["[x] not available: whether a child is still missing is not held on our system in a reportable form", "not_held"],
    ["[x] = not recorded", "not_held"],
    ["[x] not available", "suppressed"],
    ["[x] withheld: a figure from 1 to 4", "suppressed"],
  ])("%s → %s", async (key, status) => {
    const r = await processFile({ file: "tables.xlsx", bytes: await book(key), manifestCode: "E08000030" }, k);
    const f = r.facts.find((x) => x.measure === "not_found");
    expect(f?.status).toBe(status);
    if (status === "not_held") {
      expect(r.issues.map((i) => i.code)).toContain("value_not_held");
      expect(r.issues.filter((i) => i.code === "value_suppressed" && i.measure === "not_found")).toEqual([]);
    }
  });
});
