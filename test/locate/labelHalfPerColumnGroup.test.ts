import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * "Looked after in the year - identified (1a) / UASC (1c)" across a trafficked and a UASC column group: one
 * row answering a numbered question per group. Each column takes the half whose question asks about its
 * group; a label whose halves carry no question numbers, or two halves for one group, is left whole.
 */
describe("a row label naming one question per column group", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });
  const read = async (label: string) => {
    const r = await processFile(
      {
        file: "Anytown FOI response.csv",
        bytes: csv([
          ["", "Trafficked / modern slavery", "Trafficked / modern slavery", "UASC / separated", "UASC / separated"],
          ["", "2018", "2019", "2018", "2019"],
          [label, "7", "6", "64", "65"],
          ["Went missing or absent (2a / 2b)", "4", "3", "12", "14"],
        ]),
        manifestCode: "E10000024",
      },
      k,
    );
    return r.facts
      .filter((f) => f.status === "reported" && !/went_missing/.test(f.measure))
      .map((f) => `${f.measure} ${f.periodText ?? "-"} ${f.value}`)
      .sort();
  };
  it.each([
    ["Looked after in the year - identified (1a) / UASC (1c)"],
    ["Identified as trafficked (1a) / UASC looked after (1c)"],
  ])("%s: each column takes its group's half", async (label) => {
    expect(await read(label)).toEqual([
      "trafficked_identified 2018 7",
      "trafficked_identified 2019 6",
      "uasc_looked_after 2018 64",
      "uasc_looked_after 2019 65",
    ]);
  });
  it("a label whose halves are not numbered questions is left whole (no trafficked figure read as one)", async () => {
    expect(
      (await read("Looked after in the year - identified / UASC")).filter((g) => g.startsWith("trafficked_identified")),
    ).toEqual([]);
  });
});
