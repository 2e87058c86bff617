import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

const yearly = loadKnowledge({ request: "src/knowledge/request-until-harm-ends-2021-2024.json" });

/**
 * "Question | Period | Number": each question given as one row a period, its
 * label only on the first ("1c UASC / separated | 1 Jan 2021 – 31 Dec 2021 |
 * 44" over " | 1 Jan 2022 – 31 Dec 2022 | 69"). A council writes the question
 * once and its periods under it; the rows with a blank label cell continue the
 * question above, each for its own period. Read alone, each was labelled by
 * its period only, which names no question, and every period but the first
 * went unread.
 */
describe("period rows under a question's label", () => {
  it("reads each period row as the question above it, for its own period", async () => {
    const bytes = await buildXlsx([
      {
        name: "Response",
        rows: [
          ["Question", "Period", "Number"],
          ["1c UASC / separated", "1 Jan 2021 – 31 Dec 2021", 44],
          ["", "1 Jan 2022 – 31 Dec 2022", 69],
          ["", "1 Jan 2023 – 31 Dec 2023", 83],
          ["2b UASC – went missing", "1 Jan 2021 – 31 Dec 2021", 8],
          ["", "1 Jan 2022 – 31 Dec 2022", 13],
        ],
      },
    ]);
    const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: null }, yearly);
    const read = (measure: string) =>
      r.facts
        .filter((f) => f.measure === measure)
        .map((f) => `${f.value}@${f.label}`)
        .sort();
    expect(read("uasc_looked_after")).toEqual([
      "44@1c UASC / separated × 1 Jan 2021 – 31 Dec 2021",
      "69@1c UASC / separated × 1 Jan 2022 – 31 Dec 2022",
      "83@1c UASC / separated × 1 Jan 2023 – 31 Dec 2023",
    ]);
    expect(read("uasc_went_missing")).toEqual([
      "13@2b UASC – went missing × 1 Jan 2022 – 31 Dec 2022",
      "8@2b UASC – went missing × 1 Jan 2021 – 31 Dec 2021",
    ]);
  });
});
