import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

async function read(label: string) {
  const text = ["Coventry City Council FOI 2017", "Question,Trafficked,UASC", `${label},30,88`].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000026" },
    knowledge,
  );
  return r.facts.map((f) => `${f.measure} ${f.raw}`).sort();
}

describe("a slash between two words after 'number of' is one reading", () => {
  it('"Number of missing / absent incidents" is the incidents question', async () => {
    expect(await read("Number of missing / absent incidents (Q3)")).toEqual([
      "trafficked_missing_incidents 30",
      "uasc_missing_incidents 88",
    ]);
  });
  it('"Q3 Missing / absent incidents": a question number written with its "Q" opens the label too', async () => {
    expect(await read("Q3 Missing / absent incidents")).toEqual([
      "trafficked_missing_incidents 30",
      "uasc_missing_incidents 88",
    ]);
  });
  it('"Number who went missing / number of missing episodes" still offers two, and is not used', async () => {
    expect(await read("Number who went missing / number of missing episodes")).toEqual([]);
  });
});

describe("a slash between two words after 'number of' further into the label", () => {
  it('"Trafficked – number of missing / absent incidents": the group named first, still the incidents question', async () => {
    const text = [
      "Coventry City Council FOI 2017",
      "Question,Number",
      "Trafficked – number of missing / absent incidents,30",
      "UASC – number of missing / absent incidents,88",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E08000026" },
      knowledge,
    );
    expect(r.facts.map((f) => `${f.measure} ${f.raw}`).sort()).toEqual([
      "trafficked_missing_incidents 30",
      "uasc_missing_incidents 88",
    ]);
  });
});
