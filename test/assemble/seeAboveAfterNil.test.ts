import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(lines: readonly string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const k = knowledge();
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "E06000038");
  if (!r) throw new Error("no return");
  return r;
}

function letter(went: string, answer: string): string[] {
  return [
    "Question 5. How many unaccompanied asylum seeking children (UASC) were looked after by your authority?",
    "Answer: 4",
    "",
    "Question 6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
    `Answer: ${went}`,
    "",
    "Question 7. How many missing episodes (incidents) did the unaccompanied children who went missing have?",
    `Answer: ${answer}`,
    "",
    "Question 8. How many of the unaccompanied children who went missing are still missing and have not been found?",
    `Answer: ${answer}`,
  ];
}

// "Question 6 … Answer: None", then "Question 7 … Answer: See above": the
// answer points back to the nil above it, so with nobody gone missing the
// questions about those who went missing are 0, noted on each measure.
describe('"see above" after nobody went missing', () => {
  it.each([["See above"], ["As above."], ["Please see above"], ["See our answer above"]])("%s", async (answer) => {
    const r = await assemble(letter("None", answer));
    const v = (m: string) => r.values.find((x) => x.measure === m);
    expect([v("uasc_missing_incidents")?.status, v("uasc_missing_incidents")?.value]).toEqual(["derived", 0]);
    expect([v("uasc_not_found")?.status, v("uasc_not_found")?.value]).toEqual(["derived", 0]);
    expect(
      r.issues
        .filter((i) => i.code === "value_annotated")
        .map((i) => i.measure)
        .sort(),
      // "none" for question 2 is a zero written as a word, noted too (session 43).
    ).toEqual(["uasc_missing_incidents", "uasc_not_found", "uasc_went_missing"]);
  });

  it("stays unanswered when children did go missing", async () => {
    const r = await assemble(letter("2", "See above"));
    expect(r.values.find((x) => x.measure === "uasc_missing_incidents")?.status).toBe("not_answered");
    expect(r.values.find((x) => x.measure === "uasc_not_found")?.status).toBe("not_answered");
  });
});
