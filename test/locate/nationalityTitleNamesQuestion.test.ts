import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const stillInHarmsWay = loadKnowledge({
  request: new URL("../../src/knowledge/request-still-in-harms-way-2017.json", import.meta.url).pathname,
});

/**
 * "5. Nationality and gender of children who went missing (2b)" over
 * "Nationality | Gender | Number": the title names no group in words, but its
 * "(2b)" is the request's question 2b, which asks about UASC, so the table is
 * that group's. A reference to a question asking both groups says nothing.
 */
describe("a nationality table whose title points at a question by its number", () => {
  const read = async (title: string) => {
    const csv = [
      "Period covered: 01/01/2017 - 31/12/2017",
      "Question,Answer",
      "1c. Looked after children identified as UASC or a separated child,6",
      "2b. UASC / separated children who have gone missing or absent,2",
      "",
      title,
      "Nationality,Gender,Number",
      "Vietnamese,Male,1",
      "Afghan,Male,1",
    ].join("\n");
    const r = await processFile(
      { file: "Northfield FOI 1.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000012" },
      stillInHarmsWay,
    );
    return r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
  };

  it.each([["5. Nationality and gender of children who went missing (2b)"], ["Nationality of the children at 2b"]])(
    "%s: read as the group question 2b asks about",
    async (title) => {
      expect(await read(title)).toEqual(["uasc Afghan 1", "uasc Vietnamese 1"]);
    },
  );
});
