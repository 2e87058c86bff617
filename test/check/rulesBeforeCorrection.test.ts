import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { checkReturns } from "../../src/check/checkReturns.js";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A reply that breaks a rule ("41 missing episodes" for 47 children who went
 * missing) and a later e-mail that corrects the figure: the corrected figure
 * is used and the settled return keeps the rule, but the first reply's own
 * figures broke it. That is said (info, on the first reply's cell): the rule
 * the misprint broke is the reason the correction is believable, and a
 * reader who has only the first reply must know its figure is not to be used.
 */
describe("checkReturns: a rule the first reply broke before a later reply corrected it", () => {
  const k = knowledge();
  const original = (episodes: number) =>
    [
      "Somerset County Council",
      "Date: 9 December 2015",
      "5. Unaccompanied asylum seeking children looked after: 60",
      "6. Of the UASC, how many went missing at least once: 47",
      `7. Number of missing episodes: ${episodes}`,
    ].join("\n");
  const read = (file: string, text: string): Promise<FileResult> =>
    processFile({ file, bytes: new TextEncoder().encode(text), manifestCode: "E10000027" }, k);
  const settle = async (later: string[], episodes = 41) => {
    const files = [await read("a reply.txt", original(episodes)), await read("b correction.txt", later.join("\n"))];
    const assembled = assembleReturns(files, k).returns;
    const ret = checkReturns(assembled, k.request).find((r) => r.authority.gss_code === "E10000027");
    return { ret, checks: ret?.issues.filter((i) => i.code === "check_incidents_below_children") ?? [] };
  };

  it("says, on the first reply's cell, that its printed figure broke the rule the correction restores", async () => {
    const { ret, checks } = await settle([
      "Sent: 06 January 2016 09:18",
      "Subject: correction to our response of 9 December 2015",
      "7. Number of missing episodes: 141",
    ]);
    expect(ret?.values.find((v) => v.measure === "uasc_missing_incidents")).toMatchObject({ value: 141 });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ severity: "info", file: "a reply.txt", raw: "47" });
    expect(checks[0]?.related).toContain("uasc_missing_incidents");
    expect(checks[0]?.message).toContain("41");
    expect(checks[0]?.message).toContain("b correction.txt");
  });

  it("says nothing more when the correction still breaks the rule (the settled check raises it)", async () => {
    const { checks } = await settle([
      "Sent: 06 January 2016 09:18",
      "Subject: correction to our response of 9 December 2015",
      "7. Number of missing episodes: 40",
    ]);
    expect(checks.map((i) => i.severity)).toEqual(["error"]);
  });

  it("says nothing when the first reply's figures kept the rule", async () => {
    const { ret, checks } = await settle(
      [
        "Sent: 06 January 2016 09:18",
        "Subject: correction to our response of 9 December 2015",
        "7. Number of missing episodes: 52",
      ],
      50,
    );
    expect(ret?.values.find((v) => v.measure === "uasc_missing_incidents")).toMatchObject({ value: 52 });
    expect(checks).toEqual([]);
  });
});
