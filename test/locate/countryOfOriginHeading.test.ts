import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

/**
 * "5. Country of origin of the unaccompanied children who went missing …:" over
 * "Afghanistan - 10; Eritrea - 7" (round 122): the heading asks about
 * nationality in other words, and names whose list it is. It was not read as
 * a nationality heading, so the list took its group only from the file's
 * figures, and once both groups had children who went missing, from nothing.
 */
describe("a list under a 'country of origin' heading", () => {
  it.each([
    "5. Country of origin of the unaccompanied children who went missing, 1 January 2021 to 30 April 2024:",
    "Countries of origin of the unaccompanied children who went missing:",
  ])("takes the heading's group: %s", async (heading) => {
    const text = [
      "Dear Requester",
      "",
      "2a. Identified or suspected trafficked children who went missing or absent: 2021: 3; 2022: 4; 2023: 2",
      "2b. UASC who went missing or absent: 2021: 6; 2022: 9; 2023: 8",
      "",
      heading,
      "Afghanistan - 10; Eritrea - 7; Vietnam - 6",
      "",
      "Yours sincerely",
    ].join("\n");
    const r = await processFile(
      { file: "Anytown Council FOI reply.txt", bytes: Buffer.from(text), manifestCode: null },
      severalYears,
    );
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.rawValue}`).sort()).toEqual([
      "uasc Afghan 10",
      "uasc Eritrean 7",
      "uasc Vietnamese 6",
    ]);
  });
});
