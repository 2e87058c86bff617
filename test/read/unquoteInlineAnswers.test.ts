import { describe, expect, it } from "vitest";
import { readEml, unquoteInlineAnswers } from "../../src/read/readEml.js";
import { buildEml } from "../support/buildEml.js";

/**
 * "> 1. The total number of …" then "2018 – 6; 2019 – 5": a reply that
 * answers under each quoted question. Left quoted, its question lines were
 * no questions and the answers under them fell to the wrong measures
 * (round 64). A thread quoted once below the reply stays quoted.
 */
describe("unquoteInlineAnswers", () => {
  it("takes the quote marks off questions answered one by one", () => {
    const lines = [
      "Our answers are given after each of your questions below.",
      "",
      "> 1. The total number of looked after children that have been:",
      "> a. Identified as having been trafficked",
      "",
      "2018 – 6; 2019 – 5; 2020 – 6",
      "",
      ">b. Suspected of having been trafficked",
      "",
      "Zero in each of the three years.",
    ];
    expect(unquoteInlineAnswers(lines)).toEqual([
      "Our answers are given after each of your questions below.",
      "",
      "1. The total number of looked after children that have been:",
      "a. Identified as having been trafficked",
      "",
      "2018 – 6; 2019 – 5; 2020 – 6",
      "",
      "b. Suspected of having been trafficked",
      "",
      "Zero in each of the three years.",
    ]);
  });

  it("leaves the earlier thread quoted below a reply alone", () => {
    const lines = [
      "Please find our response attached.",
      "",
      "On 1 June 2021, A Requester wrote:",
      "> 1. How many looked after children were trafficked?",
      "> 2. How many went missing?",
      "",
      "Regards",
    ];
    expect(unquoteInlineAnswers(lines)).toEqual(lines);
  });

  it("reads the quoted questions of an e-mail body as its own lines", () => {
    const eml = buildEml({
      from: '"Northfield Council" <foi@northfield.gov.uk>',
      body: {
        type: "text/plain",
        charset: "utf-8",
        content: "> 1. Trafficked children\n\n2018 – 1\n\n> 2. UASC\n\n2018 – 4\n",
      },
    });
    const rows = readEml("reply.eml", eml).workbook?.sheets[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(["1. Trafficked children", "2018 – 1", "2. UASC", "2018 – 4"]);
  });
});
