import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function read(letter: string): Promise<{ figures: Record<string, number | null>; codes: string[] }> {
  const r = await processFile({ file: "reply.txt", bytes: text(letter), manifestCode: null }, knowledge());
  return {
    figures: Object.fromEntries(r.facts.map((f) => [f.measure, f.value])),
    codes: r.issues.map((i) => i.code),
  };
}

describe("a numbered answer that asks for a 'total' without naming a group", () => {
  it.each<[string, string, string, number]>([
    ["total number of episodes", "3. Total number of missing episodes: 7", "trafficked_missing_incidents", 7],
    ["total episodes of the second group", "7. Total number of missing episodes: 12", "uasc_missing_incidents", 12],
    ["Q-numbered", "Q3 Total missing episodes - 5", "trafficked_missing_incidents", 5],
  ])("is the request's question of that number (%s)", async (_, line, measure, value) => {
    const got = await read(
      [
        "Dear Requester",
        "1. Looked after children identified or suspected of having been trafficked: 4",
        "2. Of these, how many went missing at least once: 2",
        "5. Unaccompanied asylum seeking children looked after: 40",
        "6. Of these, how many went missing at least once: 5",
        line,
        "Yours sincerely",
      ].join("\n"),
    );
    expect(got.figures[measure]).toBe(value);
    expect(got.codes).not.toContain("label_outside_request");
  });

  it("still reads a total that says it counts both groups as both together", async () => {
    const got = await read(
      [
        "Dear Requester",
        "1. Looked after children identified or suspected of having been trafficked: 4",
        "5. Unaccompanied asylum seeking children looked after: 40",
        "9. Total of both groups who went missing: 7",
      ].join("\n"),
    );
    expect(got.figures.trafficked_went_missing).toBeUndefined();
    expect(got.figures.uasc_went_missing).toBeUndefined();
    expect(got.codes).toContain("label_outside_request");
  });
});
