import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-still-in-harms-way-2017.json" });

async function warned(rows: readonly string[]): Promise<string[]> {
  const text = ["Cardiff Council FOI - calendar year 2017", "Ref,Question,Figure,Officer comment", ...rows].join("\n");
  const r = await processFile(
    { file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "W06000015" },
    knowledge,
  );
  return [
    ...new Set(r.issues.filter((i) => i.code === "label_outside_request" && i.measure).map((i) => i.measure ?? "")),
  ].sort();
}

const WIDER = '"Includes 4 young people aged 18+ (former UASC care leavers) reported missing"';

describe("readPointingRemarks: a remark that points to another row's remark", () => {
  it("\"As 2b\" beside 3b carries 2b's note to 3b's figure", async () => {
    expect(
      await warned([
        "2a,Trafficked who went missing,6,",
        `2b,UASC who went missing,16,${WIDER}`,
        "3a,Incidents - trafficked,26,",
        "3b,Incidents - UASC,57,As 2b",
      ]),
    ).toEqual(["uasc_missing_incidents", "uasc_went_missing"]);
  });

  it('"See 2b" is the same pointer', async () => {
    expect(
      await warned([
        "2a,Trafficked who went missing,6,",
        `2b,UASC who went missing,16,${WIDER}`,
        "3b,Incidents - UASC,57,See 2b",
      ]),
    ).toEqual(["uasc_missing_incidents", "uasc_went_missing"]);
  });

  it("a row with no pointer is not reached", async () => {
    expect(
      await warned([
        "2a,Trafficked who went missing,6,",
        `2b,UASC who went missing,16,${WIDER}`,
        "3b,Incidents - UASC,57,",
      ]),
    ).toEqual(["uasc_went_missing"]);
  });
});
