import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A letter that answers questions 1 and 2 in a sentence for each period and
 * refuses question 3 by name under section 12 (round 96, Derbyshire). With
 * no figure read, the refusal was found as the letter's verdict on the
 * questions it names; once the sentences are read, it must still be that
 * question's answer, and only that question's.
 */
const k = loadKnowledge({
  request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
});

const letter = (refusal: string) =>
  [
    "Dear Requester,",
    "",
    "In 2021, 5 looked after children were identified as trafficked or victims of modern slavery and a further 5 were suspected of being victims; 52 were unaccompanied asylum-seeking or separated children, 3 of whom were also identified or suspected as trafficked; 4 of the trafficked children and 8 of the unaccompanied children went missing or were absent at least once.",
    "",
    refusal,
    "",
    "Yours sincerely",
  ].join("\n");

const run = (text: string) =>
  processFile({ file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E10000007" }, k);

describe("a letter with figures that refuses one question by name", () => {
  it("records the named question's counts as refused, and the figures as read", async () => {
    const r = await run(
      letter(
        "Question 3 – The number of individual missing or absent incidents is not held in a reportable format for these cohorts. We are therefore refusing this part of the request under section 12 of the Freedom of Information Act 2000 as it is beyond the appropriate time limit for responding.",
      ),
    );
    expect(
      r.issues
        .filter((i) => i.code === "value_refused")
        .map((i) => i.measure)
        .sort(),
    ).toEqual(["trafficked_missing_incidents", "uasc_missing_incidents"]);
    expect(
      r.facts
        .filter((f) => f.status === "reported" && f.measure.endsWith("went_missing"))
        .map((f) => `${f.measure} ${f.value}`)
        .sort(),
    ).toEqual(["trafficked_went_missing 4", "uasc_went_missing 8"]);
  });

  it("puts no refusal over a question the letter answers", async () => {
    const r = await run(
      letter(
        "Question 2 – We are refusing this part of the request under section 12 of the Freedom of Information Act 2000.",
      ),
    );
    expect(r.issues.filter((i) => i.code === "value_refused")).toEqual([]);
  });
});
