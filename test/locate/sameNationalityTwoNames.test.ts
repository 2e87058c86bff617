import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

/**
 * "… Iraqi (1), Kurdish (Iraqi) (1)": two items of one list, written
 * differently, that name one nationality are two children, both counted;
 * the same item written twice on a line is still one.
 */
describe("one nationality named twice in a list", () => {
  const run = (line: string) => {
    const letter = ["Dear Requester", "", "5) Nationality of the children who went missing.", line].join("\n");
    return processFile(
      { file: "North Lanarkshire reply.txt", bytes: text(letter), manifestCode: null },
      loadKnowledge(),
    );
  };
  const read = async (line: string) => (await run(line)).nationalities.map((n) => `${n.nationality} ${n.value}`);
  const summedWarnings = async (line: string) =>
    (await run(line)).issues.filter((i) => i.code === "value_summed" && i.message.includes("Iraqi"));

  it("counts both items when they are written differently", async () => {
    const got = await read(
      "The unaccompanied children who went missing were Sudanese (3), Syrian (1), Iraqi (1), Kurdish (Iraqi) (1). All were male.",
    );
    expect(got).toEqual(["Sudanese 3", "Syrian 1", "Iraqi 1", "Iraqi 1"]);
  });

  // "Iraqi 1 (Kurdish (Iraqi) 1)" could as well be one child named twice: counted, but with a warning.
  it("says so when it counts one nationality twice", async () => {
    const found = await summedWarnings(
      "The unaccompanied children who went missing were Sudanese (3), Syrian (1), Iraqi (1), Kurdish (Iraqi) (1). All were male.",
    );
    expect(found).toHaveLength(1);
  });

  it("counts the same item once when the line repeats it", async () => {
    const got = await read("The unaccompanied children who went missing were all Afghan. Afghan 2.");
    expect(got.filter((g) => g.startsWith("Afghan"))).toHaveLength(1);
  });
});
