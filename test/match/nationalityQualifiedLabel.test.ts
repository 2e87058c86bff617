import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

/**
 * A label that puts a nationality before the children it counts ("Afghan
 * UASC who went missing: 4") counts one nationality's children, a part of
 * the group: never the group's whole figure.
 */
describe("a label naming one nationality's children", () => {
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

  it.each([
    "Afghan UASC who went missing: 4",
    "Number of Eritrean children (UASC) who went missing: 4",
    "Sri Lankan unaccompanied asylum seeking children who went missing: 4",
  ])("%s is not the group's count", async (line) => {
    const result = await read(["6. UASC who went missing: 7", line]);
    const missing = result.facts.filter((f) => f.measure === "uasc_went_missing" && f.status === "reported");
    expect(missing.map((f) => f.value)).toEqual([7]);
  });

  it("a nationality naming something else before the group's words does not qualify them", async () => {
    const result = await read([
      "6. The Scottish Government's UASC guidance does not change how we count. UASC who went missing: 7",
    ]);
    const missing = result.facts.filter((f) => f.measure === "uasc_went_missing" && f.status === "reported");
    expect(missing.map((f) => f.value)).toEqual([7]);
  });

  it("a label naming no nationality before its children is still read", async () => {
    const result = await read(["UASC placed with British foster carers who went missing: 5"]);
    const missing = result.facts.filter((f) => f.measure === "uasc_went_missing" && f.status === "reported");
    expect(missing.map((f) => f.value)).toEqual([5]);
  });

  it.each(["UASC, went missing – Syrian: 4", "UASC, went missing – Kurdish (Iraqi): 4"])(
    "a row whose last dash-parted segment is a nationality (%s) is a breakdown, not the group's count",
    async (line) => {
      const result = await read(["6. UASC who went missing: 7", line]);
      const missing = result.facts.filter((f) => f.measure === "uasc_went_missing" && f.status === "reported");
      expect(missing.map((f) => f.value)).toEqual([7]);
    },
  );
});
