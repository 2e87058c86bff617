import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

/**
 * "1d. Not applicable – no children were identified or suspected as
 * trafficked in any period" in a run of answers numbered as the request is
 * ("1c. 2021: 6; …", "2a. Nil"): a longer answer with no figure that reads
 * whole as none is the question's answer, not the question restated. Taken
 * for a restated question, it also stopped every bare answer after it
 * ("2a. Nil", "4. None") from being read.
 */
const severalYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

describe("a nil in a sentence among bare numbered answers", () => {
  it("is the answer, and the bare answers after it are read", async () => {
    const got = await readLetterFacts(severalYears, [
      "1c. 2021: 6; 2022: 8; 2023: 7; 2024 (1 Jan – 30 Apr): 4",
      "1d. Not applicable – no children were identified or suspected as trafficked in any period",
      "2a. Nil",
      "2b. 2021: 1; 2022: 1; 2023: 2; 2024 (1 Jan – 30 Apr): 1",
    ]);
    expect(got.filter((f) => !f.startsWith("uasc_looked_after") && !f.startsWith("uasc_went_missing"))).toEqual([
      "trafficked_went_missing  reported 0",
      "uasc_trafficked_looked_after  reported 0",
    ]);
  });

  it("a long answer that says anything but none is still left to the other readers", async () => {
    const got = await readLetterFacts(severalYears, [
      "1c. 2021: 6; 2022: 8; 2023: 7; 2024 (1 Jan – 30 Apr): 4",
      "1d. Not applicable – no figures are recorded for children who were identified or suspected as trafficked",
      "2a. Nil",
    ]);
    expect(got.filter((f) => f.startsWith("uasc_trafficked"))).toEqual([]);
  });
});
