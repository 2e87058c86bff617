import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const k = loadKnowledge({
  request: join(import.meta.dirname, "../../src/knowledge/request-when-harm-remains-2018-2020.json"),
});

const read = async (rows: string[]) => {
  const r = await processFile(
    {
      file: "reply.csv",
      bytes: new TextEncoder().encode(`Question,2018,2019,2020\n${rows.join("\n")}\n`),
      manifestCode: "S12000010",
    },
    k,
  );
  return r.facts
    .filter((f) => f.status === "reported" && f.periodText === "2018")
    .map((f) => `${f.measure} ${f.value}`)
    .sort();
};

describe("a numbered label whose words cannot say the question", () => {
  // A table typed with spaces cuts each label at the column's width, mid-word.
  it("'1b Suspected of having been a victim of tr': the cut word is no other question's", async () => {
    expect(await read(["1b Suspected of having been a victim of tr,1,4,1"])).toEqual(["trafficked_suspected 1"]);
  });

  // Two rows in the same words, told apart only by their numbers.
  it("'3a' and '3b Individual missing or absent incidents' after 2b (UASC): each number says its group", async () => {
    expect(
      await read([
        "2b Identified as UASC or separated child and have gone missing,1,1,2",
        "3a Individual missing or absent incidents,6,3,0",
        "3b Individual missing or absent incidents,2,2,4",
      ]),
    ).toEqual(["trafficked_missing_incidents 6", "uasc_missing_incidents 2", "uasc_went_missing 1"]);
  });

  // A heading naming the group is not carried from the row before: it stands.
  it("a group the label names is never overruled by its number", async () => {
    expect(await read(["3a UASC missing or absent incidents,6,3,0"])).toEqual(["uasc_missing_incidents 6"]);
  });
});

describe("a count opening a sentence is no question number", () => {
  it("'6 of these children went missing at least once' after the trafficked children's sentence stays trafficked", async () => {
    const k2015 = loadKnowledge();
    const text = [
      "Dear Requester,",
      "",
      "During the period 9 looked after children were identified as having been trafficked. 6 of these children went missing at least once.",
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000017" },
      k2015,
    );
    const got = r.facts.filter((f) => f.status === "reported").map((f) => `${f.measure} ${f.value}`);
    expect(got).toContain("trafficked_went_missing 6");
    expect(got).not.toContain("uasc_went_missing 6");
  });
});
