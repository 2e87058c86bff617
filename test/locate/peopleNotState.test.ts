import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "Kurdish" alone names a people, not a state: a list holding it is still
 * read whole, but its count goes to Other/unknown with nationality_unknown on
 * its cell, never into a "Kurdish" national total. "Kurdish (Iraqi)" names
 * the state and is Iraqi.
 */
describe("a nationality list naming a people with no state", () => {
  it("reads the list, keeps 'Kurdish' as Other/unknown and flags it", async () => {
    const csv = ["Nationality of UASC who went missing,Number", "Afghan,2", "Kurdish,1", "Kurdish (Iraqi),3"].join(
      "\n",
    );
    const r = await processFile({ file: "RCT nationality.csv", bytes: text(csv), manifestCode: null }, loadKnowledge());
    const read = r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort();
    expect(read).toEqual(["uasc Afghan 2", "uasc Iraqi 3", "uasc Other/unknown 1"]);
    const flagged = r.issues.filter((i) => i.code === "nationality_unknown").map((i) => i.raw);
    expect(flagged).toEqual(["Kurdish"]);
  });
});
