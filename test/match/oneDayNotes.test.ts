import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/** A letter listing a group's counts, then a note under them that the test varies. */
async function issuesFor(note: string): Promise<{ code: string; measure: string | undefined }[]> {
  const text = [
    "Dear Requester",
    "Thank you for your request about children in our care between 1 October 2014 and 30 September 2015.",
    "Unaccompanied asylum seeking children",
    "- Looked after: 12",
    "- Went missing: 3",
    note,
    "Yours sincerely",
  ].join("\n");
  const r = await processFile(
    { file: "Barnsley FOI 7781 reply.txt", bytes: new TextEncoder().encode(text), manifestCode: null },
    knowledge(),
  );
  return r.issues.map((i) => ({ code: i.code, measure: i.measure ?? undefined }));
}

describe("a note saying the looked-after count is a count on one day", () => {
  it.each([
    "The looked after figure is the number on the last day of the year.",
    "Please note the looked after count is a point in time figure.",
    "The number looked after is the number in our care on a single day.",
    "Please note the number looked after is a snapshot as at 31 March 2015.",
  ])("%s", async (note) => {
    expect(await issuesFor(note)).toContainEqual({ code: "period_approximate", measure: "uasc_looked_after" });
  });

  it.each([
    "These figures cover the whole period you asked about.",
    "A child who went missing on more than one day is counted once.",
  ])("not: %s", async (note) => {
    expect((await issuesFor(note)).map((i) => i.code)).not.toContain("period_approximate");
  });
});
