import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json") });

describe("a nationality list by year in a sentence, in a round that asks for several years", () => {
  it("is read as the years' lists of nationalities, not as answers to the question above", async () => {
    const letter = [
      "Example Borough Council",
      "Dear Requester",
      "2b. UASC who went missing: 2018 - 4; 2019 - 4; 2020 - 4",
      "Question 5 – all of the UASC who went missing were male. Their nationalities were as follows. In 2018: 1 Vietnamese, 1 Iranian, 1 Sudanese, 1 Albanian. In 2019: 3 Sudanese, 1 Albanian. In 2020: 4 Syrian.",
      "Yours faithfully,",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E09000013" }, knowledge);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "uasc Albanian 1",
      "uasc Albanian 1",
      "uasc Iranian 1",
      "uasc Sudanese 1",
      "uasc Sudanese 3",
      "uasc Syrian 4",
      "uasc Vietnamese 1",
    ]);
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
  });

  it("a list beside a sentence that gives no figure ('All were male.') is still read", async () => {
    const letter = [
      "Example Borough Council",
      "Dear Requester",
      "2b. UASC who went missing: 2018 - 2, 2019 - 2, 2020 - 1",
      "",
      "5. Of the 5 young people in 2b the nationalities recorded were: 3 Iranian, 1 Afghan, 1 Syrian. All were male.",
      "",
      "Yours faithfully,",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E09000013" }, knowledge);
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "uasc Afghan 1",
      "uasc Iranian 3",
      "uasc Syrian 1",
    ]);
  });

  it("a fragment of a list beside other words, its nationality unnamed, takes no group from the lines above", async () => {
    // A page set in two columns: the line holds the tail of one column's list
    // and the start of a sentence; the trafficked lines above are not its group.
    const letter = [
      "Example Borough Council",
      "Dear Requester",
      "1. Trafficked or suspected trafficked children looked after: less than 5",
      "2. Went missing at least once: less than 5",
      "Vietnamese 1, Eritrean 1. We are unable to",
      "give the nationality of the trafficked young",
      "Yours faithfully,",
    ].join("\n");
    const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: "E09000013" }, loadKnowledge());
    expect(r.nationalities.filter((n) => n.group === "trafficked")).toEqual([]);
  });
});
