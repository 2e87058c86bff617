import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

async function read(label: string) {
  const text = ["Camden Council FOI", "Question,2018,2019,2020", `${label},4,5,6`].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E09000007" },
    knowledge,
  );
  return r.facts.map((f) => `${f.measure} ${f.raw}`).sort();
}

/**
 * "Individual missing/absent incidents - trafficked/modern slavery": two
 * slashes, each tight between two words, offer a word for a word twice; the
 * label still asks one thing (the incidents), as it does with one slash.
 */
describe("several slashes each tight between two words are one reading", () => {
  it.each([
    "3a Individual missing/absent incidents - trafficked/modern slavery",
    "3a Missing/absent incidents: trafficked/MS children",
  ])('"%s" is the trafficked incidents question', async (label) => {
    expect(await read(label)).toEqual([
      "trafficked_missing_incidents 4",
      "trafficked_missing_incidents 5",
      "trafficked_missing_incidents 6",
    ]);
  });
  it('"went missing/absent / missing/absent incidents" still offers two, and is not used', async () => {
    expect(await read("Trafficked children who went missing/absent / missing/absent incidents")).toEqual([]);
  });
});
