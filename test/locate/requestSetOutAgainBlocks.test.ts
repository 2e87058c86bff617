import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A Scottish reply that sets out each part of the request again under "Your
 * request – question 2b", its words on a line or two (the last often only
 * "Please give figures for 2021, 2022, …"), then an answer heading and the
 * answer a period at a time (round 164, South Ayrshire). The question's
 * number, three lines up, was not seen past the words. (Its heading, "Our
 * response", was made an answer heading too, but that took "7." under it, in
 * a letter numbering its answers, for a count of the question above: taken
 * back out before landing, so South Ayrshire's own figures stay unread.)
 */
describe("'Your request – question n' blocks answered under 'Response'", () => {
  const k = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const read = async (lines: string[]) => {
    const text = ["Dear Requester", "", ...lines, "", "Yours sincerely"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000028" },
      k,
    );
    return r.facts
      .filter((f) => f.value !== null)
      .map((f) => `${f.measure} ${f.periodText?.split(" | ")[0] ?? ""} ${f.raw}`);
  };
  const PERIODS = "Please give figures for 2021, 2022, 2023 and 1 January 2024 to 30 April 2024.";

  it("reads the answer under a 'Response' heading as the question set out above it", async () => {
    const facts = await read([
      "Your request – question 1c",
      `Looked after children identified as an unaccompanied asylum-seeking child (UASC) or a separated child. ${PERIODS}`,
      "",
      "Response",
      "2021: 4; 2022: 9; 2023: 11; 1 January 2024 to 30 April 2024: 6.",
    ]);
    expect(facts).toEqual(expect.arrayContaining(["uasc_looked_after 2021 4", "uasc_looked_after 2023 11"]));
  });

  it("finds the question's number past the line that only names the periods", async () => {
    const facts = await read([
      "Your request – question 3b",
      "Individual missing or absent incidents of looked after children identified as an UASC or separated child.",
      PERIODS,
      "",
      "Response",
      "2021: 2; 2022: 0; 2023: 1; 1 January 2024 to 30 April 2024: 1.",
    ]);
    expect(facts).toEqual(expect.arrayContaining(["uasc_missing_incidents 2021 2", "uasc_missing_incidents 2023 1"]));
  });

  it("leaves the answer unread when no question number heads the words", async () => {
    const facts = await read([
      "Some background",
      "We hold records of children in our care.",
      PERIODS,
      "",
      "Response",
      "2021: 2; 2022: 0; 2023: 1; 1 January 2024 to 30 April 2024: 1.",
    ]);
    expect(facts).toEqual([]);
  });
});
