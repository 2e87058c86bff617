import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "6. Every child was a boy. Their nationalities over the four years:
 * Eritrean – 3, Sudanese – 2, Iraqi – 1.": a numbered answer that opens
 * with a short remark of its own (gender) before the sentence naming its
 * list as nationalities. The sentence that names nationalities opens the
 * list, wherever it stands in the paragraph; only the first sentence was
 * looked at, so the remark hid the list and it was never read.
 */
describe("a nationality list after a short remark in the same answer", () => {
  const read = async (answer: string) => {
    const letter = [
      "Dear Mr Hughes,",
      "",
      "2a. Nil",
      "2b. 2021: 2; 2022: 1; 2023: 2; 2024 (1 Jan – 30 Apr): 1",
      "3b. 2021: 4; 2022: 2; 2023: 3; 2024 (1 Jan – 30 Apr): 1",
      answer,
      "",
      "Yours faithfully",
    ].join("\n");
    const r = await processFile(
      { file: "Moray FOI 24-771 reply.txt", bytes: new TextEncoder().encode(letter), manifestCode: "S12000020" },
      severalYears,
    );
    return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
  };

  it("reads the list named in the answer's second sentence", async () => {
    expect(
      await read(
        "6. Every child was a boy. Their nationalities over the four years: Eritrean – 3, Sudanese – 2, Iraqi – 1.",
      ),
    ).toEqual(["uasc Eritrean 3", "uasc Iraqi 1", "uasc Sudanese 2"]);
  });

  it("still reads the list named in the answer's first sentence", async () => {
    expect(
      await read(
        "6. Their nationalities over the four years: Eritrean – 3, Sudanese – 2, Iraqi – 1. Every child was a boy.",
      ),
    ).toEqual(["uasc Eritrean 3", "uasc Iraqi 1", "uasc Sudanese 2"]);
  });

  it("reads no list from a remark whose later sentence names nationalities but lists none", async () => {
    expect(await read("6. Every child was a boy. Nationality is not recorded in a reportable form.")).toEqual([]);
  });
});
