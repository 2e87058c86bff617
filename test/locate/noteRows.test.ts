import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/** A row-per-child extract, then one line under it that the test varies. */
function extract(under: string): Uint8Array {
  return csv([
    ["Looked after children with a UASC or trafficking flag, 01/10/2014 to 30/09/2015"],
    ["CHILD_ID", "UASC_FLAG", "TRAFF_FLAG", "MISS_EPISODES_PERIOD", "CURRENTLY_MISSING"],
    ["C1", "Y", "N", 2, "N"],
    ["C2", "Y", "N", 0, "N"],
    ["C3", "N", "Y", 3, "Y"],
    [],
    [under],
  ]);
}

describe("a note under a list asks nothing", () => {
  it.each([
    "Notes: one row per child. TRAFF_FLAG = identified or suspected as trafficked; CURRENTLY_MISSING = still missing at the date of the extract.",
    "Note - how many episodes each child had is counted over the period; still missing means missing at the extract date.",
    "NB: trafficked children who went missing are flagged by the social worker.",
    "Key: CURRENTLY_MISSING = the number of trafficked children still missing on the day of the extract.",
  ])("%s", async (under) => {
    const r = await processFile({ file: "Kent extract.csv", bytes: extract(under), manifestCode: null }, knowledge());
    expect(r.issues.filter((i) => i.code === "value_not_answered")).toEqual([]);
    expect(r.facts.find((f) => f.measure === "trafficked_not_found")?.value).toBe(1);
  });

  it("still reads a question left blank under the list as unanswered", async () => {
    const r = await processFile(
      {
        file: "Kent extract.csv",
        bytes: extract("How many trafficked children went missing from a placement outside the county?"),
        manifestCode: null,
      },
      knowledge(),
    );
    expect(r.issues.map((i) => i.code)).toContain("value_not_answered");
  });
});
