import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A table of both groups' counts, a numbered note under it, and a
 * nationality sheet beside it. "2. The trafficked figures include young
 * people aged 18 to 21 …" speaks for every trafficked figure in the file:
 * the trafficked nationality list breaks down the widened went-missing
 * count, so it is set aside (counted in no national total) with a warning
 * on that count. The UASC list stays. A note on one count of the group
 * leaves the lists alone.
 */
async function lists(note: string) {
  const bytes = await buildXlsx([
    {
      name: "FOI 2015-0912",
      rows: [
        ["Bournemouth Borough Council"],
        ["Trafficked and unaccompanied asylum seeking children looked after, 1 October 2014 to 30 September 2015"],
        ["", "Trafficked children", "Unaccompanied asylum seeking children (UASC)"],
        ["Looked after during the period", 16, 29],
        ["Went missing at least once", 6, 5],
        ["Number of missing episodes", 17, 8],
        ["Still missing / not found", 2, 0],
        ["Notes"],
        ["1. Looked after means looked after at any point in the period under s.20 or s.31 Children Act 1989."],
        [note],
      ],
    },
    {
      name: "Q9 Nationality",
      rows: [
        ["Nationality of children who went missing (Q9)"],
        ["Nationality", "Trafficked (see note 2)", "UASC"],
        ["Sudanese", 0, 3],
        ["Eritrean", 4, 1],
        ["Nigerian", 2, 1],
        ["Total", 6, 5],
      ],
    },
  ]);
  const r = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000028" }, knowledge());
  return {
    groups: [...new Set(r.nationalities.map((n) => n.group))].sort(),
    setAside: r.issues.filter((i) => i.code === "figure_set_aside").map((i) => i.measure),
  };
}

describe("a note on a group's figures as a set reaches its nationality list", () => {
  it("sets the widened group's list aside, with a warning on its went-missing count", async () => {
    const r = await lists(
      "2. The trafficked figures include young people aged 18 to 21 supported by the Leaving Care Service who had been trafficked as children; they cannot be separated from looked after children in our reporting.",
    );
    expect(r.groups).toEqual(["uasc"]);
    expect(r.setAside).toEqual(["trafficked_went_missing"]);
  });

  it.each([
    "2. The trafficked looked after figure includes care leavers aged 18 to 21.",
    "2. Still missing is as at 2 November 2015.",
    // Said of one figure, the group named only after the caveat: not the group's figures as a set.
    "2. Please note that this figure includes 11 former trafficked young people aged 18 to 20 receiving leaving care support.",
  ])("%s: keeps both lists", async (note) => {
    const r = await lists(note);
    expect(r.groups).toEqual(["trafficked", "uasc"]);
    expect(r.setAside).toEqual([]);
  });
});
