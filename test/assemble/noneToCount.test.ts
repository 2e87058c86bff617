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

// An extract that gives "Trafficked LAC: 0" and no line on how many of them
// went missing: with no such children, the questions about them have
// nothing to count, so they are 0, each noted (value_annotated).
describe("no children to count after a stated 0", () => {
  it("fills the group's other counts when the reply gives 0 looked after", async () => {
    const r = await assemble([
      "Trafficked or suspected trafficked looked after children: 0",
      "UASC looked after: 6",
      "UASC who went missing: 3",
    ]);
    expect(read(r, "trafficked_went_missing")).toBe("derived:0");
    expect(read(r, "trafficked_missing_incidents")).toBe("derived:0");
    expect(read(r, "trafficked_not_found")).toBe("derived:0");
    expect(read(r, "uasc_missing_incidents")).toBe("not_answered:null");
    expect(
      r.issues
        .filter((i) => i.code === "value_annotated")
        .map((i) => i.measure)
        .sort(),
    ).toEqual(["trafficked_missing_incidents", "trafficked_not_found", "trafficked_went_missing"]);
  });

  it("leaves the counts unanswered when the looked-after figure is not 0", async () => {
    const r = await assemble(["Trafficked or suspected trafficked looked after children: 2"]);
    expect(read(r, "trafficked_went_missing")).toBe("not_answered:null");
  });

  it("keeps an answer the reply gives, even 'not held'", async () => {
    const r = await assemble([
      "Trafficked or suspected trafficked looked after children: 0",
      "Trafficked children who went missing: information not held",
    ]);
    expect(read(r, "trafficked_went_missing")).toBe("not_held:null");
  });
});
