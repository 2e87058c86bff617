import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";

const knowledge = loadKnowledge({ request: "src/knowledge/request-when-harm-remains-2018-2020.json" });

async function issuesOf(answer2b: string) {
  const text = [
    "North Ayrshire Council - FOI reply",
    "",
    "1c. Looked after children identified as an unaccompanied asylum-seeking child or a separated child",
    "2018: 40, 2019: 38, 2020: 35",
    "",
    "2b. Looked after children identified as an UASC or separated child and that have gone missing or absent",
    answer2b,
    "",
    "3b. Individual incidents of looked after UASC or separated children that have gone missing or absent",
    "2018: 14, 2019: 9, 2020: 5",
  ].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000021" },
    knowledge,
  );
  return [
    ...new Set(
      r.issues
        .filter((i) => ["label_outside_request", "label_number_differs", "note_not_understood"].includes(i.code))
        .map((i) => `${i.code} ${i.measure ?? ""}`),
    ),
  ].sort();
}

/**
 * "2b. … children … that have gone missing" over "There were 14 in 2018 … missing episodes involving UASC in
 * our care (we record episodes rather than individual children).": the note answers the question it stands
 * under, so it speaks of that question's count (children who went missing), never of another count its words
 * happen to name ("in our care" is not the looked-after count). With no figure taken for that question, the
 * warning names its measure: the answer under its number counts another unit.
 */
describe("a note on what is counted, standing under a numbered question", () => {
  it("speaks of the question it answers, not of every count its words name", async () => {
    expect(
      await issuesOf(
        "There were 14 in 2018, 9 in 2019, 5 in 2020 missing episodes involving UASC in our care (we record episodes rather than individual children).",
      ),
    ).toEqual(["label_number_differs uasc_went_missing"]);
  });
});

// "Please note that in all of our answers a child is counted once for each episode of care." under question 1c
// speaks of every answer: it must not narrow to 1c and leave 2b's figures exact with nothing said.
describe("a note on what is counted that says it covers every answer", () => {
  it("is not narrowed to the question it stands under", async () => {
    const text = [
      "1c. Unaccompanied asylum seeking children looked after",
      "Please note that in all of our answers a child is counted once for each episode of care.",
      "The number of unaccompanied asylum seeking children looked after was 20 in 2018, 22 in 2019 and 25 in 2020.",
      "",
      "2b. The number of unaccompanied asylum seeking children who went missing was 3 in 2018, 2 in 2019 and 1 in 2020.",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000021" },
      knowledge,
    );
    const warned = r.issues.filter(
      (i) =>
        ["label_outside_request", "note_not_understood", "label_number_differs"].includes(i.code) &&
        i.severity !== "info" &&
        (i.measure === undefined || i.measure === "uasc_went_missing"),
    );
    expect(warned.length).toBeGreaterThan(0);
  });
});

// "Please be aware that all of the figures below are counts of episodes rather than separate children" at the
// head of a letter: its subject is every figure, so it reaches the looked-after counts as well as the
// went-missing ones, though its reason names only missing episodes.
describe("a covering note whose subject is every figure in the reply", () => {
  it("reaches each child count, not only those its other words name", async () => {
    const request = loadKnowledge({ request: "src/knowledge/request-heading-back-to-harm-2015.json" });
    const text = [
      "Dear Sir or Madam",
      "Please be aware that all of the figures below are counts of episodes rather than separate children; a young person with two missing episodes appears twice.",
      "",
      "5. Unaccompanied asylum seeking children looked after: 22",
      "6. Of these, how many went missing: 4",
      "7. Missing incidents: 6",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E08000014" },
      request,
    );
    const warned = new Set(
      r.issues.filter((i) => i.code === "label_outside_request" && i.severity !== "info").map((i) => i.measure),
    );
    expect(warned.has("uasc_looked_after")).toBe(true);
    expect(warned.has("uasc_went_missing")).toBe(true);
  });
});
