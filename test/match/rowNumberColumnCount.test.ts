import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

async function read(csv: string) {
  const r = await processFile(
    { file: "Barking FOI data.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E09000002" },
    k,
  );
  return {
    facts: r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure}=${f.value ?? f.status}`)
      .sort(),
    issues: r.issues.map((i) => `${i.code} ${i.measure ?? ""}`),
  };
}

// A grid of groups (rows numbered by the request's questions 1a, 1b, 1c) ×
// counts (columns): the row's number is its question's, the column says
// what the cell counts. "Identified (1a)" × "Went missing" is no looked-after
// count of identified children; the two parts' missing counts add up to the
// trafficked children's (a derivation, flagged), and the UASC row's cells
// under the counting columns are read as their columns say, with no warning
// that the row's number asks another count.
describe("a row's question number beside a column that names the count", () => {
  const csv = [
    "Group,Looked after in 2017,Went missing or absent,Missing or absent incidents",
    "Identified as trafficked / modern slavery (1a),5,2,4",
    "Suspected trafficked not in 1a (1b),7,3,6",
    "UASC or separated child (1c),38 (see note),12,40",
    "",
    "Note: the UASC figure includes care leavers aged 18 to 21.",
  ].join("\n");
  it("reads each cell as its column's count", async () => {
    const { facts, issues } = await read(csv);
    expect(facts).toEqual(
      expect.arrayContaining([
        "trafficked_identified=5",
        "trafficked_suspected=7",
        "uasc_looked_after=38",
        "uasc_went_missing=12",
        "uasc_missing_incidents=40",
      ]),
    );
    expect(facts.filter((f) => f.startsWith("trafficked_identified"))).toEqual(["trafficked_identified=5"]);
    expect(issues.filter((i) => i.startsWith("label_number_differs"))).toEqual([]);
  });
  // The note names the group and no count; the figure "38 (see note)" of that group points to it.
  it("the note a figure points to qualifies that figure", async () => {
    const { issues } = await read(csv);
    expect(issues).toContain("label_outside_request uasc_looked_after");
  });
});
