import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "1. Looked after children trafficked …" over its "(a)" and "(b)" reads as
 * a section heading for the trafficked; "5. Unaccompanied asylum seeking
 * children looked after: 23", a numbered question naming another group,
 * ends it, so "8. Number still missing: 0" under it is the UASC's, not a
 * second (conflicting) trafficked figure.
 */
describe("a numbered question heading its parts", () => {
  const reply = (n: (k: number) => string) =>
    [
      "Please find our response below; figures are for 1 October 2014 to 30 September 2015.",
      "",
      `${n(1)} Looked after children trafficked or suspected to have been trafficked`,
      "   (a) identified as trafficked: 2",
      "   (b) suspected of having been trafficked: 4",
      `${n(2)} Of the children at 1, the number who went missing at least once: 3`,
      `${n(3)} Number of missing episodes for those children: 8`,
      `${n(4)} Number still missing: 1`,
      `${n(5)} Unaccompanied asylum seeking children looked after: 23`,
      `${n(6)} Of the children at 5, the number who went missing at least once: 6`,
      `${n(7)} Number of missing episodes for those children: 14`,
      `${n(8)} Number still missing: 0`,
    ].join("\n");

  it.each<[string, (k: number) => string]>([
    ["1.", (k) => `${k}.`],
    ["Q1.", (k) => `Q${k}.`],
    ["1)", (k) => `${k})`],
  ])("ends at the next numbered question naming another group (%s)", async (_how, n) => {
    const r = await processFile({ file: "Reply.txt", bytes: text(reply(n)), manifestCode: null }, knowledge());
    const got = Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
    expect(got).toMatchObject({
      trafficked_not_found: 1,
      uasc_looked_after: 23,
      uasc_went_missing: 6,
      uasc_missing_incidents: 14,
      uasc_not_found: 0,
    });
    expect(r.issues.map((i) => i.code)).not.toContain("value_conflict");
  });

  it("is not ended by a lettered part naming another group: such replies interleave the groups", async () => {
    const lines = [
      "Please find our response below; figures are for 1 October 2014 to 30 September 2015.",
      "",
      "1. Looked after children trafficked or suspected to have been trafficked",
      "   (a) identified as trafficked: 2",
      "   (b) suspected of having been trafficked: 4",
      "2a) Of the children at 1, the number who went missing at least once: 3",
      "2b) Unaccompanied asylum seeking children who went missing: 5",
      "3a) Number of missing episodes: 8",
    ];
    const r = await processFile({ file: "Reply.txt", bytes: text(lines.join("\n")), manifestCode: null }, knowledge());
    const got = Object.fromEntries(r.facts.filter((f) => f.status === "reported").map((f) => [f.measure, f.value]));
    expect(got).toMatchObject({ uasc_went_missing: 5, trafficked_missing_incidents: 8 });
  });
});
