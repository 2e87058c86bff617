import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function assemble(rows: CellSpec[][]) {
  const k = knowledge();
  const bytes = await buildXlsx([{ name: "Response", rows }]);
  const file = await processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, k);
  const r = assembleReturns([file], k).returns.find((x) => x.authority.gss_code === "E06000038");
  if (!r) throw new Error("no return");
  return r;
}

/**
 * "UASC *" with the note "* UASC figures include former UASC aged 18 and
 * over": every UASC figure is flagged, and so must be the not-found total
 * made from the UASC one, or it stands exact with nothing against it.
 */
describe("a sum made from a part with a caveat", () => {
  const table = (note: string | null): CellSpec[][] => [
    ["Question", "Trafficked (identified or suspected)", note ? "UASC *" : "UASC"],
    ["Looked after during the period", 6, 31],
    ["Went missing at least once", 2, 5],
    ["Number of missing episodes", 4, 9],
    ["Still missing (not found)", 0, 0],
    [],
    ...(note ? [[note]] : []),
  ];

  it("says the part's caveat on the sum", async () => {
    const r = await assemble(
      table(
        "* UASC figures include former unaccompanied asylum seeking children aged 18 and over who are supported as care leavers.",
      ),
    );
    expect(r.values.find((v) => v.measure === "not_found")?.status).toBe("derived");
    const onSum = r.issues.filter((i) => i.measure === "not_found" && i.severity !== "info").map((i) => i.code);
    expect(onSum).toContain("label_outside_request");
  });

  it("adds nothing when the parts carry no caveat", async () => {
    const r = await assemble(table(null));
    expect(r.issues.filter((i) => i.measure === "not_found" && i.severity !== "info")).toEqual([]);
  });
});
