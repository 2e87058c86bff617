import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "3a | Missing incidents – trafficked | See note 2" with "Note 2: the cost
 * of locating … would exceed the upper cost limit … under section 12" under
 * the table: the cell points to the note by its number, so it takes the
 * note's answer (refused, not held). Only the one note of that number is
 * followed, and only when it refuses or says not held.
 */
async function statusOf(notes: readonly string[]): Promise<Record<string, string>> {
  const text = [
    "Question,Description,Number",
    "1c,Looked after – unaccompanied asylum seeking or separated child,16",
    "2b,UASC – went missing or absent,6",
    "3a,Missing or absent incidents – trafficked,See note 2",
    "3b,Missing or absent incidents – UASC,See note 2",
    "",
    ...notes.map((n) => `"${n}"`),
  ].join("\n");
  const r = await processFile(
    { file: "response.csv", bytes: new TextEncoder().encode(text), manifestCode: "S12000045" },
    knowledge(),
  );
  const show = (m: string) => r.facts.find((f) => f.measure === m)?.status ?? "";
  return Object.fromEntries(["trafficked_missing_incidents", "uasc_missing_incidents"].map((m) => [m, show(m)]));
}

describe('"See note 2" beside the note of that number', () => {
  it.each([
    [
      "a refusal under section 12",
      "Note 2: the cost of locating, retrieving and providing the number of incidents would exceed the upper cost limit of £600; under section 12 of FOISA the Council is not obliged to comply with this part of your request.",
      "refused",
    ],
    ["not held", "Note 2 - the number of incidents is not recorded on our case management system.", "not_held"],
  ])("%s: the cells take the note's answer", async (_, note, status) => {
    expect(await statusOf([note])).toEqual({ trafficked_missing_incidents: status, uasc_missing_incidents: status });
  });

  it.each([
    ["a note that neither refuses nor says not held", ["Note 2: figures are taken from our case management system."]],
    [
      "two notes of that number",
      [
        "Note 2: the incidents are not recorded on our case management system.",
        "Note 2: the cost would exceed the limit under section 12.",
      ],
    ],
    ["only another note's number", ["Note 1: the incidents are not recorded on our case management system."]],
  ])("%s: the cells stay unanswered", async (_, notes) => {
    expect(await statusOf(notes)).toEqual({
      trafficked_missing_incidents: "not_answered",
      uasc_missing_incidents: "not_answered",
    });
  });
});
