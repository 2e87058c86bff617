import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * One sheet per group, and on the UASC sheet, above its table, "Please note: the figures on this sheet include
 * unaccompanied children placed in Torfaen by other local authorities, whom we support but who are not looked
 * after by Torfaen" (round 119). The note is about every figure on its sheet, though its reason names one count
 * ("looked after"): each of them is widened, and the sheet's nationality list is set aside. The other sheet's
 * figures and list are not touched.
 */
const k = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

async function read(note: string) {
  const bytes = await buildXlsx([
    {
      name: "Trafficked",
      rows: [
        ["Torfaen County Borough Council - FOI 11872 - trafficked"],
        ["Calendar year 2017"],
        ["1a Identified", 3],
        ["1b Suspected (not in 1a)", 2],
        ["2a Went missing or absent", 2],
        ["3a Incidents", 11],
        ["Nationality of those who went missing"],
        ["Eritrean", 1],
        ["Sudanese", 1],
      ],
    },
    {
      name: "UASC",
      rows: [
        ["Torfaen County Borough Council - FOI 11872 - unaccompanied / separated children"],
        [note],
        ["1c UASC or separated", 13],
        ["2b Went missing or absent", 6],
        ["3b Incidents", 13],
        ["Nationality of those who went missing"],
        ["Afghan", 3],
        ["Vietnamese", 2],
        ["Iraqi", 1],
      ],
    },
  ]);
  const r = await processFile({ file: "response.xlsx", bytes, manifestCode: "W06000020" }, k);
  const widened = [
    ...new Set(
      r.issues
        .filter((i) => i.code === "label_outside_request" && i.measure && i.severity !== "info")
        .map((i) => i.measure as string),
    ),
  ].sort();
  return { widened, listed: [...new Set(r.nationalities.map((n) => n.group))].sort() };
}

describe("a wider-group note on the figures of its own sheet", () => {
  it.each([
    "Please note: the figures on this sheet include unaccompanied children placed in Torfaen by other local authorities, whom we support but who are not looked after by Torfaen.",
    "All figures in this tab include children placed here by other local authorities, who are not looked after by us.",
  ])("%s: widens every figure on the sheet and sets its list aside", async (note) => {
    const { widened, listed } = await read(note);
    expect(widened).toEqual(["uasc_looked_after", "uasc_missing_incidents", "uasc_went_missing"]);
    expect(listed).toEqual(["trafficked"]);
  });

  it("a note that does not name its sheet keeps to the count its words name", async () => {
    const { widened, listed } = await read(
      "Please note: the UASC looked after figure includes children placed here by other local authorities.",
    );
    expect(widened).toEqual(["uasc_looked_after"]);
    expect(listed).toEqual(["trafficked", "uasc"]);
  });
});

describe("a note on its sheet's figures that widens nothing", () => {
  it.each([
    "Please note: the figures on this sheet were compiled by the Leaving Care and Aftercare Team.",
    "Figures in this tab exclude care leavers and aftercare cases.",
  ])("%s: no figure is widened and both lists are counted", async (note) => {
    const { widened, listed } = await read(note);
    expect(widened).toEqual([]);
    expect(listed).toEqual(["trafficked", "uasc"]);
  });
});
