import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A "Trafficking status" column beside a UASC yes/no column says in its own
 * words that a child is in neither part ("Not identified or suspected"): the
 * row is in no group by that column, and its UASC flag still places it. Read
 * as a category naming no group, every such row left the list uncounted.
 */
describe("a category cell that says the child is in no group", () => {
  const k = loadKnowledge();
  const read = async (status: string) => {
    const r = await processFile(
      {
        file: "case list.csv",
        bytes: new TextEncoder().encode(
          `${[
            "Child ref,UASC/separated,Trafficking status,Missing episodes",
            `C1,Yes,${status},2`,
            "C2,No,Identified (NRM positive CG),1",
            "C3,Yes,Suspected,0",
          ].join("\n")}\n`,
        ),
        manifestCode: "E06000036",
      },
      k,
    );
    return {
      derived: r.facts.filter((f) => f.status === "derived").map((f) => `${f.measure}=${f.value}`),
      codes: r.issues.map((i) => i.code),
    };
  };

  it.each(["Not identified or suspected", "Not trafficked", "None"])(
    "%s: the row counts for its UASC flag only",
    async (status) => {
      const { derived, codes } = await read(status);
      expect(codes).not.toContain("episode_list_uncounted");
      expect(derived).toContain("uasc_went_missing=1");
      expect(derived).toContain("trafficked_went_missing=1");
    },
  );

  it("words that may be a gap in the record ('Not known') still leave the row unplaced", async () => {
    const { codes } = await read("Not known");
    expect(codes).toContain("episode_list_uncounted");
  });
});
