import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * The questions restated as a numbered list ("5) How many UASC …?"), then a
 * "Response" with one line an answer: "5. - 12", "6. - less than 5",
 * "8. - … this information is not held.". The number, its stop and a dash
 * set between spaces mark an answer as plainly as "Q6 –" does, so an answer
 * that is a sentence (suppressed, not held) is that question's too, and not
 * left as a blank answer under the restated question.
 */
async function read(answers: readonly string[]) {
  const text = [
    "FOI Request - trafficked and unaccompanied children",
    "",
    "5) How many unaccompanied asylum seeking children (UASC) were looked after by your authority?",
    "6) Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
    "7) How many missing episodes (incidents) did the unaccompanied children who went missing have?",
    "8) How many of the unaccompanied children who went missing are still missing and have not been found?",
    "",
    "Response",
    "",
    ...answers,
    "",
    "Moray Council",
  ].join("\n");
  const r = await processFile(
    { file: "Moray reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  const of = (measure: string) => {
    const fact = r.facts.find((f) => f.measure === measure);
    return `${fact?.status ?? "none"} ${fact?.value ?? ""}`.trim();
  };
  return ["uasc_looked_after", "uasc_went_missing", "uasc_missing_incidents", "uasc_not_found"].map(of);
}

describe("a question number, its stop and a spaced dash open an answer", () => {
  it.each([
    [
      "dash after the stop",
      [
        "5. - 12",
        "6. - less than 5",
        "7. - fewer than 5",
        "8. - In accordance with section 17 of the Act we can confirm that this information is not held.",
      ],
      ["reported 12", "suppressed", "suppressed", "not_held"],
    ],
    [
      "en dash after a bracket",
      ["5) – 12", "6) – less than 5", "7) – 9", "8) – This information is not held."],
      ["reported 12", "suppressed", "reported 9", "not_held"],
    ],
  ])("%s", async (_name, answers, want) => {
    expect(await read(answers)).toEqual(want);
  });

  it("a question restated with a dash is still no answer", async () => {
    const got = await read(["5. - 12", "6. - How many went missing?", "7. - 9", "8. - 0"]);
    expect(got[1]).not.toMatch(/^reported/u);
  });
});
