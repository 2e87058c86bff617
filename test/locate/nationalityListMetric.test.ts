import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A nationality list counts the children its opening names. The request's
 * breakdown is of the children who went missing, so a list of the children
 * looked after ("The 12 UASC we looked after were: Afghan 8, Eritrean 4")
 * is not taken as it, and the file says why.
 */
describe("a nationality list whose opening names another count", () => {
  const k = knowledge();
  const read = (line: string) =>
    processFile(
      {
        file: "reply.txt",
        bytes: new TextEncoder().encode(
          ["Somerset County Council", "Date: 9 December 2015", "6. UASC who went missing: 3", line].join("\n"),
        ),
        manifestCode: "E10000027",
      },
      k,
    );

  it.each([
    "The 12 UASC we looked after were: Afghan 8, Eritrean 4",
    "The 12 UASC we looked after were Afghan 8, Eritrean 4.",
    "Of the 12 UASC looked after, 8 were Afghan and 4 were Eritrean.",
  ])("%s is not the went-missing breakdown", async (line) => {
    const result = await read(line);
    expect(result.nationalities).toEqual([]);
    expect(result.issues.some((i) => i.code === "label_outside_request" && i.raw === line)).toBe(true);
  });

  it.each([
    ["The UASC who went missing were: Afghan 2, Eritrean 1", 2],
    ["Of the 3 looked after UASC who went missing, 2 were Afghan and 1 was Eritrean.", 2],
  ])("%s is the breakdown", async (line, afghan) => {
    const result = await read(line);
    expect(result.nationalities.find((n) => n.nationality === "Afghan")?.value).toBe(afghan);
  });
});

/** One line naming a group's nationality twice speaks of the same children twice: counted once. */
describe("a nationality named twice on one line", () => {
  const k = knowledge();
  const read = (lines: string[]) =>
    processFile(
      {
        file: "reply.txt",
        bytes: new TextEncoder().encode(["Somerset County Council", "Date: 9 December 2015", ...lines].join("\n")),
        manifestCode: "E10000027",
      },
      k,
    );

  it("'They were all Afghan. Afghan 5.' is Afghan 5 once", async () => {
    const result = await read(["6. UASC who went missing: 5", "9. UASC: They were all Afghan. Afghan 5."]);
    expect(result.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`)).toEqual(["uasc Afghan 5"]);
  });

  it("two different counts for one nationality are flagged", async () => {
    const result = await read(["6. UASC who went missing: 5", "9. UASC: Afghan 3, Eritrean 1. Afghan 4."]);
    expect(result.issues.some((i) => i.code === "value_conflict" && i.message.includes("Afghan"))).toBe(true);
  });
});
