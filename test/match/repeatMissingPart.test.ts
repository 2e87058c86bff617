import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * "UASC who went missing more than once" counts some of the children who
 * went missing, not all of them: never the went-missing figure without a
 * warning on it, and set aside beside the whole group's figure.
 */
describe("a label counting only the children who went missing more than once", () => {
  const read = async (lines: string[]) => {
    const text = ["Kent County Council", "FOI response", "", "UASC looked after: 40", ...lines].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E10000016" },
      knowledge(),
    );
    const facts = r.facts.filter((f) => f.measure === "uasc_went_missing" && !f.otherPeriod);
    const warned = r.issues.filter((i) => i.measure === "uasc_went_missing").map((i) => i.code);
    return { values: facts.map((f) => f.value), warned };
  };

  it.each([
    "UASC who went missing more than once: 4",
    "UASC who went missing on more than one occasion: 4",
    "UASC who went missing twice or more: 4",
    "UASC reported missing for over 24 hours: 4",
    "UASC repeatedly missing from care: 4",
    // A span of time bounds which children are counted: those who went missing within it, not all.
    "UASC who went missing within 72 hours of arrival: 4",
    "UASC who went missing within 7 days of being placed: 4",
    "UASC missing within 24 hours of placement: 4",
  ])("%j alone is flagged on the measure", async (line) => {
    const { warned } = await read([line]);
    expect(warned.length).toBeGreaterThan(0);
  });

  it("beside the whole group's figure it is set aside", async () => {
    expect(await read(["UASC who went missing: 9", "UASC who went missing more than once: 4"])).toEqual({
      values: [9],
      warned: ["figure_set_aside"],
    });
  });

  it("the whole group's figure alone carries no such warning", async () => {
    expect(await read(["UASC who went missing: 9"])).toEqual({ values: [9], warned: [] });
  });
});
