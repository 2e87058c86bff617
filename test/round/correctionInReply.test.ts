import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * A reply for several periods that corrects one of its own figures at the
 * end ("Correction: … the figure given at Q2b for 2023 should read 6, not
 * 4"): the corrected figure is that period's, the measure's other periods
 * stay as the answers give them, and the reply's two figures for the one
 * measure are said (naming it), never the old one kept with nothing said.
 */
const knowledge = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const answers = [
  "Thank you for your Freedom of Information request. The response is as follows.",
  "",
  "Q2a. Trafficked and went missing or absent",
  "   2021: 0",
  "   2022: 1",
  "   2023: 0",
  "   01/01/2024 - 30/04/2024: 0",
  "Q2b. UASC and went missing or absent",
  "   2021: 1",
  "   2022: 2",
  "   2023: 4",
  "   01/01/2024 - 30/04/2024: 2",
  "Q3b. Incidents - UASC",
  "   2021: 2",
  "   2022: 21",
  "   2023: 11",
  "   01/01/2024 - 30/04/2024: 4",
  "",
];

async function read(correction: string) {
  const body = [...answers, correction, "All other figures are correct.", "", "Yours sincerely,"].join("\n");
  const r = await processFile({ file: "reply.txt", bytes: text(body), manifestCode: "W06000019" }, knowledge);
  const of = (measure: string) =>
    r.facts
      .filter((f) => f.measure === measure && f.status === "reported")
      .map((f) => f.value)
      .sort((a, b) => (a ?? 0) - (b ?? 0));
  return { of, issues: r.issues };
}

describe("a correction of one period's figure at the end of the same reply", () => {
  it.each([
    [
      "Correction: after this response was checked by the service, please note that the figure given at Q2b for 2023 should read 6, not 4.",
      "uasc_went_missing",
      [1, 2, 2, 6],
    ],
    [
      "Please note the number shown in Q3b for 2022 should be 12, not 21, as an error was found.",
      "uasc_missing_incidents",
      [2, 4, 11, 12],
    ],
  ])("%s", async (correction, measure, values) => {
    const { of, issues } = await read(correction);
    // The corrected period's figure is replaced; the three others are kept.
    expect(of(measure)).toEqual(values);
    // The reply gives two figures for the measure: said, naming it.
    const raised = issues.filter((i) => i.code === "value_conflict" && i.measure === measure);
    expect(raised.map((i) => i.severity)).toEqual(["warning"]);
    // Other measures are untouched.
    expect(of("trafficked_went_missing")).toEqual([0, 0, 0, 1]);
  });
});
