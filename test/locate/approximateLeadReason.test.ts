import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const Q5 =
  "5. How many unaccompanied asylum seeking children (UASC) were looked after by your authority between 1 October 2014 and 30 September 2015?";

async function approximateMeasures(answer: string): Promise<(string | undefined)[]> {
  const text = ["Dear Requester,", "", Q5, answer, "", "Yours sincerely,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    knowledge(),
  );
  return r.issues.filter((i) => i.code === "value_approximate").map((i) => i.measure);
}

// The reason an approximate count is not exact may name when a record began
// ("until June 2015"): a date is no count of its own, so the count is still
// the answer, read as approximate.
describe("an approximate answer whose reason names a date", () => {
  it.each([
    "Approximately 20. Unaccompanied asylum seeking children were not recorded as a separate category on our system until June 2015, and this figure has been estimated by the service.",
    "About 20. Our records of this group only begin on 1 April 2015.",
  ])("%s", async (answer) => {
    expect(await approximateMeasures(answer)).toEqual(["uasc_looked_after"]);
  });
});

// "Approximately 60 UASC were looked after during the period; …": in a
// letter the approximate count opens a sentence that names what it counts,
// and the age in its reason ("turn 18") is no second count.
describe("an approximate count opening a letter's sentence", () => {
  it.each([
    "Approximately 60 UASC were looked after during the period; the exact number changes as young people turn 18 and are age assessed.",
  ])("%s", async (answer) => {
    expect(await approximateMeasures(answer)).toEqual(["uasc_looked_after"]);
  });
});

// In a table's answer cell the same sentence restates the question; read as
// a label, the empty cell beside it was taken for the answer ("not answered").
describe("an approximate count opening a sentence in a table cell", () => {
  it("is read as approximate, never as a label for the cell beside it", async () => {
    const csv = [
      "Q,Answer",
      "5,Approximately 60 UASC were looked after during the period; the exact number changes as young people turn 18 and are age assessed.",
      "6,There were 16 such children.",
    ].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
      knowledge(),
    );
    expect(r.issues.filter((i) => i.code === "value_approximate").map((i) => i.cell)).toEqual(["B2"]);
    expect(r.issues.filter((i) => i.code === "value_not_answered" && i.cell === "C2")).toEqual([]);
  });
});

// A second count in the sentence ("over 20 went missing") or an age written as the figure ("Some 17 year olds")
// keeps the cell from being read as the one approximate count it opens with.
describe("a table cell whose sentence holds another count, or opens with an age", () => {
  it.each([
    ["over 20", "Approximately 60 UASC were looked after during the period; over 20 went missing."],
    ["17 year olds", "Some 17 year olds were looked after in supported lodgings during the period."],
  ])("%s: not read as an approximate count", async (_, answer) => {
    const csv = ["Q,Answer", `5,${answer}`].join("\n");
    const r = await processFile(
      { file: "reply.csv", bytes: new TextEncoder().encode(csv), manifestCode: "E06000038" },
      knowledge(),
    );
    expect(r.issues.filter((i) => i.code === "value_approximate" && i.cell === "B2")).toEqual([]);
  });
});
