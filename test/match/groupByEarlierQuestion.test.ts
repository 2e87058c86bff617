import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";

/**
 * "2a. 1a/1b children who went missing or absent", "2b. 1c children who went
 * missing": a row that names its group only by the earlier questions whose
 * children it counts, their numbers standing before "children" as an
 * adjective. The group is those questions' group, as it is for "the
 * children counted in 1a or 1b"; unread, the row's figures were lost.
 */
describe("a label naming its children by an earlier question's number", () => {
  const knowledge = loadKnowledge({
    request: fileURLToPath(new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url)),
  });

  it.each([
    ["2a. 1a/1b children who went missing or absent", "1a+1b"],
    ["2a 1a and 1b children who went missing", "1a+1b"],
    ["2b. 1c children who went missing or absent", "1c"],
    ["Missing or absent incidents – 1a/1b children", "1a+1b"],
    ["Q2b) 1C young people who went missing", "1c"],
  ])("%s refers to question %s", (text, ref) => {
    expect(matchLabel(text, knowledge.labels).questionRef).toBe(ref);
  });

  // A number at the front is the label's own ("1c Children who are UASC"), never a reference.
  it.each([["5 children went missing"], ["2018 children"], ["Children aged 16-17"], ["1c Children who are UASC"]])(
    "%s refers to no question",
    (text) => {
      expect(matchLabel(text, knowledge.labels).questionRef).toBeNull();
    },
  );

  it("reads each row's figures as its referred question's group", async () => {
    const rows = [
      ["Anytown Council – information request"],
      [],
      [null, "2018", "2019"],
      ["1a. Identified as trafficked or a victim of modern slavery", 3, 4],
      ["1b. Suspected victim of trafficking or modern slavery, if not in 1a", 2, 1],
      ["1c. UASC or separated child", 71, 73],
      ["2a. 1a/1b children who went missing or absent", 2, 0],
      ["2b. 1c children who went missing or absent", 25, 28],
    ];
    const r = await processFile(
      { file: "response.xlsx", bytes: await buildXlsx([{ name: "Response", rows }]), manifestCode: "E09000022" },
      knowledge,
    );
    const got = r.facts
      .filter((f) => f.status === "reported" && f.measure.endsWith("went_missing"))
      .map((f) => `${f.measure} ${f.value}`)
      .sort();
    expect(got).toEqual([
      "trafficked_went_missing 0",
      "trafficked_went_missing 2",
      "uasc_went_missing 25",
      "uasc_went_missing 28",
    ]);
  });
});
