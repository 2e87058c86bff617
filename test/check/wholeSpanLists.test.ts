import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";
import { text } from "../support/buildXlsx.js";

/**
 * A request of several periods answered with one nationality list for all of
 * them: the list counts for the whole span only, and says so; a list naming
 * its year does not.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

async function settled(body: string) {
  const result = await processFile({ file: "reply.csv", bytes: text(body), manifestCode: "E10000016" }, knowledge);
  const { returns } = settlePeriods([result], knowledge, null);
  return returns.find((r) => r.authority.gss_code === "E10000016");
}

describe("a nationality list given once for every requested period", () => {
  // A warning, not a note: the list counts each child once over the span where
  // per-year lists count a child missing in two years twice, so it cannot be
  // added to them silently.
  it("is kept for the whole span and warned about on the group's went-missing measure", async () => {
    const ret = await settled(["Nationality of UASC who went missing,Number", "Sudanese,5", "Iraqi,2"].join("\n"));
    expect(ret?.nationalities.map((n) => `${n.period} ${n.nationality} ${n.value}`)).toEqual([
      `${knowledge.request.period.id} Sudanese 5`,
      `${knowledge.request.period.id} Iraqi 2`,
    ]);
    const notes = ret?.issues.filter((i) => i.code === "nationality_whole_span") ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]?.severity).toBe("warning");
    expect(notes[0]?.measure).toBe("uasc_went_missing");
    expect(notes[0]?.raw).toBe("Sudanese 5, Iraqi 2");
    expect(notes[0]?.message).toContain(`${knowledge.request.period.start} to ${knowledge.request.period.end}`);
    expect(notes[0]?.message).toContain("once over the whole span");
  });

  it("is not noted when each figure names its year", async () => {
    const ret = await settled(["Nationality of UASC who went missing,2021,2022", "Afghan,3,4"].join("\n"));
    expect(ret?.nationalities.length).toBeGreaterThan(0);
    expect(ret?.issues.map((i) => i.code)).not.toContain("nationality_whole_span");
  });
});

describe("a nationality list for 'the years together' in a return that counts by years of another kind", () => {
  // "2021/22" lies inside the span 2021 to April 2024, but a return that counts by financial years gives its
  // list for those years together, a quarter off the span asked: the list is set aside, as its figures are.
  it("is set aside, with a warning on the group's went-missing measure", async () => {
    const ret = await settled(
      [
        "Our systems report by financial year (1 April to 31 March). Figures below are for 2021/22 and 2022/23.,,",
        ",,",
        "Question,2021/22,2022/23",
        "UASC who went missing,9,8",
        ",,",
        "Nationality of children who went missing (both years together),,",
        "Nationality,Trafficked,UASC",
        "Sudanese,0,5",
        "Iraqi,1,2",
      ].join("\n"),
    );
    expect(ret?.nationalities).toEqual([]);
    expect(ret?.issues.filter((i) => i.code === "figure_set_aside").map((i) => i.measure)).toEqual(
      expect.arrayContaining(["uasc_went_missing"]),
    );
  });

  it("stays when its own title, between the statement and the list, names the span asked", async () => {
    const ret = await settled(
      [
        "Incidents are reported by financial year (1 April to 31 March). Figures below are for 2021/22 and 2022/23.,,",
        ",,",
        "Question,2021/22,2022/23",
        "UASC missing incidents,9,8",
        ",,",
        "Nationality of children who went missing 1 January 2021 to 30 April 2024,,",
        "Nationality,Trafficked,UASC",
        "Sudanese,0,5",
        "Iraqi,1,2",
      ].join("\n"),
    );
    expect(ret?.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual(
      expect.arrayContaining(["uasc Sudanese 5", "uasc Iraqi 2"]),
    );
  });
});
