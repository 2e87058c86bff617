import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * "1. How many children in your care were:" over "(a) 2021: 7; 2022: 2" over "(b) 2021: 3; 2022: 0": the
 * line right under the numbered question opens with a letter the request asks under that number, so it
 * answers that part, not the question whole. Read as the question's own answer, no stem was set and the
 * parts' figures kept their letter alone for a label, matched to nothing.
 */
describe("lettered part lines right under a numbered question", () => {
  // The 2021–24 request asks 1a–1d, one figure a calendar year, and no question 1 of its own.
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const measure = (n: string) => k.request.questions.find((q) => q.number === n)?.measures[0];

  it.each(["a)", "(a)", "a."])("%s 2021: 7; 2022: 2 under 1. … who were:", async (letter) => {
    const part = (l: string) => letter.replace("a", l);
    const text = [
      "Reference: FOI 5521",
      "",
      "1. How many children in the care of the council were:",
      `${part("a")} 2021: 7; 2022: 2`,
      `${part("b")} 2021: 3; 2022: 0`,
      "",
      "Yours faithfully",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const read = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.periodText} ${f.raw}`);
    expect(read).toEqual(
      expect.arrayContaining([
        `${measure("1a")} 2021 7`,
        `${measure("1a")} 2022 2`,
        `${measure("1b")} 2021 3`,
        `${measure("1b")} 2022 0`,
      ]),
    );
    expect(r.issues.filter((i) => i.code === "label_unmatched")).toEqual([]);
  });
});

describe("lettered part lines under a question that names its parts itself", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const measure = (n: string) => k.request.questions.find((q) => q.number === n)?.measures[0];

  it("1. Children looked after: a. identified …; b. suspected over a. 6 and b. 1", async () => {
    const text = [
      "Reference: FOI 5522",
      "Children looked after between 1 January 2021 and 31 December 2021.",
      "1. Children looked after: a. identified as trafficked; b. suspected",
      "a. 6",
      "b. 1",
      "",
      "Yours faithfully",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const read = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.raw}`);
    expect(read).toEqual(expect.arrayContaining([`${measure("1a")} 6`, `${measure("1b")} 1`]));
  });
});

describe("an answer marker 'A.' under a question 'Q1.'", () => {
  // The 2015 request asks 1a and 1b under question 1, whose own figure is the trafficked total.
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-heading-back-to-harm-2015.json", import.meta.url).pathname,
  });

  it("Q1. … identified or suspected as trafficked? over A. 9 answers question 1, not its part 1a", async () => {
    const text = [
      "Our ref: 4471",
      "The period covered is 1 October 2014 to 30 September 2015.",
      "Q1. How many children in care were identified or suspected as having been trafficked?",
      "A. 9",
      "Q2. How many of them went missing?",
      "A. 3",
      "",
      "Yours faithfully",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const read = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.raw}`);
    expect(read).toContain("trafficked_looked_after 9");
    expect(read).not.toContain("trafficked_identified 9");
  });
  it("Q1. … trafficked? over a. 9: a question asked outright is answered below, not a stem for its parts", async () => {
    const text = [
      "Our ref: 4472",
      "The period covered is 1 October 2014 to 30 September 2015.",
      "Q1. How many children in care were identified or suspected as having been trafficked?",
      "a. 9",
      "Q2. How many of them went missing?",
      "a. 3",
      "",
      "Yours faithfully",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    const read = r.facts.filter((f) => f.value !== null).map((f) => `${f.measure} ${f.raw}`);
    expect(read).not.toContain("trafficked_identified 9");
  });
});
