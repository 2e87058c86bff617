import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

async function read(header: string, row: string) {
  const text = ["Sunderland FOI 01/01/2017 to 31/12/2017", "Table 1 – Trafficked / modern slavery", header, row].join(
    "\n",
  );
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000024" },
    knowledge,
  );
  return {
    whole: r.facts.filter((f) => f.measure === "trafficked_looked_after").map((f) => [f.status, f.value]),
    unmatched: r.issues.filter((i) => i.code === "label_unmatched").map((i) => i.raw),
  };
}

describe("readTotalBesideParts: a bare Total beside the parts is their whole", () => {
  it("reads the council's own total, which may disagree with its parts", async () => {
    expect(await read("Identified,Suspected,Total,Went missing,Incidents", "11,7,20,7,41")).toEqual({
      whole: [["reported", 20]],
      unmatched: [],
    });
  });

  it("a total that is not just right of the parts is left unmatched", async () => {
    const got = await read("Identified,Suspected,Went missing,Total,Incidents", "11,7,7,20,41");
    expect(got.whole).not.toContainEqual(["reported", 20]);
    expect(got.unmatched).toEqual(["20"]);
  });
});
