import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A Word list numbering the request's parts "1.1", "1.2" and lettering each
 * part's years "a) during 2018 - 2", "b) during 2019 - 2", "c) during 2020 -
 * 3" (round 156, Warrington). The letters count the years: read as the
 * question's parts, the first line was taken as part a's answer and not
 * understood, and the others went unread.
 */
describe("a part's years lettered a), b), c)", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  const read = async (lines: string[]) => {
    const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000007" },
      k,
    );
    return r.facts
      .filter((f) => f.status === "reported")
      .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0] ?? ""} ${f.value}`)
      .sort();
  };

  it("reads each lettered line as its year's answer", async () => {
    const facts = await read([
      "1. Looked after children in the care of the authority",
      "1.1 Identified as having been trafficked or a victim of modern slavery",
      "a) during 2018 - 2",
      "b) during 2019 - 2",
      "c) during 2020 - 3",
      "1.3 Identified as an unaccompanied asylum seeking child (UASC) or a separated child",
      "a) during 2018 - 17",
      "b) during 2019 - 21",
      "c) during 2020 - 19",
    ]);
    expect(facts).toEqual([
      "trafficked_identified during 2018 2",
      "trafficked_identified during 2019 2",
      "trafficked_identified during 2020 3",
      "uasc_looked_after during 2018 17",
      "uasc_looked_after during 2019 21",
      "uasc_looked_after during 2020 19",
    ]);
  });

  it("does not read letters out of turn as a list of years", async () => {
    const facts = await read([
      "1.1 Identified as having been trafficked or a victim of modern slavery",
      "b) during 2018 - 2",
      "a) during 2019 - 2",
    ]);
    expect(facts).toEqual([]);
  });
});
