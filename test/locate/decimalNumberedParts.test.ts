import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

async function read(body: string): Promise<{ figures: string[]; codes: string[] }> {
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(body), manifestCode: "E06000058" },
    knowledge,
  );
  return {
    figures: r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0]} ${f.value}`)
      .sort(),
    codes: r.issues.map((i) => `${i.code} ${i.measure ?? ""}`.trim()),
  };
}

/**
 * A Word list numbers the request's lettered parts "2.1", "2.2" under "2.":
 * "2.1" is question 2a (the request asks 2a and 2b, not 2), so a line that
 * names only its group counts what 2a asks of it.
 */
describe("decimal list numbering as the request's lettered parts", () => {
  it("reads '2.1' / '2.2' under a numbered heading as 2a / 2b", async () => {
    const body = [
      "Dear Applicant,",
      "",
      "1. Children in our care",
      "",
      "1.1 Confirmed victims of trafficking - 2018: 4, 2019: 2, 2020: 6",
      "",
      "1.2 Suspected victims of trafficking and not counted in 1.1 - 2018: 1, 2019: 3, 2020: 2",
      "",
      "1.3 Unaccompanied or separated children - 2018: 31, 2019: 35, 2020: 40",
      "",
      "2. Children in our care who went missing",
      "",
      "2.1 Children identified or suspected as trafficked - 2018: 3, 2019: 1, 2020: 4",
      "",
      "2.2 Unaccompanied or separated children - 2018: 7, 2019: 9, 2020: 8",
      "",
      "Kind regards",
    ].join("\n");
    const { figures } = await read(body);
    expect(figures).toEqual(
      expect.arrayContaining([
        "trafficked_went_missing 2018 3",
        "trafficked_went_missing 2019 1",
        "trafficked_went_missing 2020 4",
        "uasc_looked_after 2018 31",
        "uasc_looked_after 2019 35",
        "uasc_looked_after 2020 40",
        "uasc_went_missing 2018 7",
        "uasc_went_missing 2019 9",
        "uasc_went_missing 2020 8",
      ]),
    );
    // "2.1"'s figures are no longer the trafficked children looked after.
    expect(figures).not.toContain("trafficked_looked_after 2018 3");
  });
});
