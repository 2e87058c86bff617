import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

const letter = (answer9: string) =>
  [
    "Anytown Council",
    "Our reference: FOI/15/0921",
    "Dear Sir/Madam",
    "5. How many unaccompanied asylum seeking children (UASC) were looked after by your authority between 1 October 2014 and 30 September 2015?",
    "57",
    "6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
    "7",
    "9. What are the nationalities of the trafficked and unaccompanied children who went missing?",
    answer9,
    "Yours faithfully",
  ].join("\n");

const run = (text: string): Promise<FileResult> =>
  processFile(
    { file: "Anytown FOI reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );

const figure = (r: FileResult, measure: string) => r.facts.find((f) => f.measure === measure)?.value;

describe("the nationality question answered with a refusal or 'not held', the counts given", () => {
  it.each([
    [
      "We have reviewed this part of your request but consider that to comply with it would exceed the cost limit specified by section 12 of the Freedom of Information Act 2000 (£450, or 18 hours of officer time). However, we have provided the numbers requested in questions 1 to 8 above.",
      "value_refused",
    ],
    [
      "Nationality is not held in a reportable format, so we do not hold this information for these 7 children.",
      "value_not_held",
    ],
  ])("%s → %s for the nationalities, the counts read as given", async (answer, code) => {
    const r = await run(letter(answer));
    const said = r.issues.filter((i) => i.code === code);
    expect(said).toHaveLength(1);
    expect(said[0]?.measure).toBeUndefined();
    expect(said[0]?.message).toMatch(/answers the question about nationality above it/u);
    // Neither a whole-document refusal nor an unread paragraph.
    expect(r.issues.map((i) => i.code)).not.toContain("document_refused");
    expect(r.issues.map((i) => i.code)).not.toContain("layout_unknown");
    expect(r.nationalities).toEqual([]);
    expect(figure(r, "uasc_looked_after")).toBe(57);
    expect(figure(r, "uasc_went_missing")).toBe(7);
  });

  it("a list under the question is still read as a list", async () => {
    const r = await run(letter("Eritrean 4, Afghan 3 (unaccompanied)."));
    expect(r.nationalities.map((n) => `${n.nationality} ${n.value}`).sort()).toEqual(["Afghan 3", "Eritrean 4"]);
    expect(r.issues.map((i) => i.code)).not.toContain("value_refused");
  });
});

describe("a paragraph of its own that names nationality and refuses it, under no nationality question", () => {
  const inline = (paragraph: string) =>
    [
      "Anytown Council",
      "Our reference: FOI/15/0921",
      "Dear Sir/Madam",
      "5. How many unaccompanied asylum seeking children (UASC) were looked after by your authority between 1 October 2014 and 30 September 2015?",
      "57",
      "6. Of the unaccompanied asylum seeking children in question 5, how many went missing at least once?",
      "7",
      "",
      paragraph,
      "",
      "Yours faithfully",
    ].join("\n");

  it("'Question 9: … holds nationality on case files only … exceed the appropriate limit under section 12' → value_refused", async () => {
    const r = await run(
      inline(
        "Question 9: Anytown Council holds nationality on individual case files only. To answer question 9 would require a manual review of every case file and would exceed the appropriate limit under section 12 of the Freedom of Information Act 2000. We are therefore refusing question 9 only.",
      ),
    );
    const said = r.issues.filter((i) => i.code === "value_refused");
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toMatch(/answers the question about nationality in a paragraph of its own/u);
    expect(r.nationalities).toEqual([]);
    expect(figure(r, "uasc_looked_after")).toBe(57);
  });

  it("a paragraph about nationality that refuses nothing raises no refusal", async () => {
    const r = await run(
      inline(
        "Question 9: Anytown Council records nationality on individual case files. Of the 7 children, 4 were Eritrean and 3 were Afghan.",
      ),
    );
    expect(r.issues.map((i) => i.code)).not.toContain("value_refused");
  });
});
