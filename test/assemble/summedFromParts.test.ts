import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(lines: readonly string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Yours sincerely,"].join("\n");
  const k = knowledge();
  const file = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E09000017" },
    k,
  );
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "E09000017");
  if (!r) throw new Error("no return");
  return r;
}

// "8 identified and a further 5 suspected", no total: foi-agg adds up the
// group's figure, and says so on the measure (info), as it does not for the
// not-found total over the groups, which is the request's own arithmetic.
describe("a group's figure added up from its parts", () => {
  it("is said on the measure", async () => {
    const r = await assemble([
      "1a) Looked after children identified as trafficked: 8",
      "1b) Looked after children suspected of having been trafficked: 5",
      "4) Trafficked children still missing: 1",
      "8) UASC still missing: 4",
    ]);
    const v = r.values.find((x) => x.measure === "trafficked_looked_after");
    expect([v?.status, v?.value]).toEqual(["derived", 13]);
    const summed = r.issues.filter((i) => i.code === "value_summed");
    expect(summed.map((i) => [i.measure, i.severity])).toEqual([["trafficked_looked_after", "info"]]);
    expect(r.values.find((x) => x.measure === "not_found")?.value).toBe(5);
  });

  it("is not said when the council gives the total", async () => {
    const r = await assemble([
      "1) Looked after children identified or suspected as trafficked: 13",
      "1a) Identified as trafficked: 8",
      "1b) Suspected of having been trafficked: 5",
    ]);
    expect(r.issues.filter((i) => i.code === "value_summed")).toEqual([]);
  });
});

// Parts all "not held" say their sum is not held too, unless the council
// answered the sum itself in words foi-agg does not count ("around 13").
describe("a whole whose parts are all not held", () => {
  it("is not held when the council gave it no answer", async () => {
    const r = await assemble([
      "1a) Looked after children identified as trafficked: not held",
      "1b) Looked after children suspected of having been trafficked: not held",
    ]);
    expect(r.values.find((x) => x.measure === "trafficked_looked_after")?.status).toBe("not_held");
  });

  it("keeps the council's approximate answer for the whole", async () => {
    const r = await assemble([
      "1) Looked after children identified or suspected as trafficked: around 13",
      "1a) Identified as trafficked: not held",
      "1b) Suspected of having been trafficked: not held",
    ]);
    const v = r.values.find((x) => x.measure === "trafficked_looked_after");
    expect([v?.status, v?.raw]).toEqual(["not_answered", "around 13"]);
    expect(r.issues.some((i) => i.code === "value_approximate" && i.measure === "trafficked_looked_after")).toBe(true);
  });
});
