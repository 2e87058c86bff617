import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(lines: readonly string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const k = knowledge();
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "E06000038");
  if (!r) throw new Error("no return");
  return r;
}

const read = (r: Awaited<ReturnType<typeof assemble>>, m: string) => {
  const v = r.values.find((x) => x.measure === m);
  return `${v?.status}:${v?.value}`;
};

// "1. Looked after children identified or suspected as having been
// trafficked: None." and no line on the identified and the suspected apart:
// the whole is the sum of its parts and counts are never negative, so each
// part of a stated 0 is 0, noted on the part (value_annotated).
describe("parts of a stated 0", () => {
  it("reads each part of a whole the reply gives as 0", async () => {
    const r = await assemble([
      "1. Looked after children identified or suspected as having been trafficked",
      "None.",
      "",
      "4. Unaccompanied asylum seeking children looked after",
      "3",
    ]);
    expect(read(r, "trafficked_looked_after")).toBe("reported:0");
    expect(read(r, "trafficked_identified")).toBe("derived:0");
    expect(read(r, "trafficked_suspected")).toBe("derived:0");
    const notes = r.issues.filter((i) => i.code === "value_annotated" && i.measure === "trafficked_identified");
    expect(notes.map((i) => i.message)).toEqual([
      expect.stringContaining("trafficked_looked_after, of which it is a part, is 0"),
    ]);
  });

  it("leaves the parts of a whole that is not 0", async () => {
    const r = await assemble(["Trafficked or suspected trafficked looked after children: 2"]);
    expect(read(r, "trafficked_identified")).toBe("not_answered:null");
    expect(read(r, "trafficked_suspected")).toBe("not_answered:null");
  });

  it("keeps a part the reply answers in words", async () => {
    const r = await assemble([
      "Trafficked or suspected trafficked looked after children: 0",
      "Identified as trafficked: information not held",
    ]);
    expect(read(r, "trafficked_identified")).toBe("not_held:null");
    expect(read(r, "trafficked_suspected")).toBe("derived:0");
  });
});
