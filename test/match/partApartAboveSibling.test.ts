import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

// "(not included above)" sets a part apart from its sibling part on the row above ("Suspected … (not
// included above)" under "Identified …"). Under rows of another group it says the row leaves out the
// children counted there: "Unaccompanied children (not included above)" under the trafficked rows is not
// every unaccompanied child looked after, and "Trafficked – identified (not included above)" under an
// unaccompanied row is not every identified child. Neither may stand as an exact, unwarned figure.
describe("a row set apart from rows above that are not its sibling part", () => {
  const read = async (rows: (string | number)[][]) => {
    const bytes = await buildXlsx([{ name: "Data", rows: [["Group of children", "Count"], ...rows] }]);
    return processFile({ file: "reply.xlsx", bytes, manifestCode: "E06000038" }, knowledge());
  };
  const exact = (r: Awaited<ReturnType<typeof read>>, measure: string) =>
    r.facts.find((x) => x.measure === measure && x.status === "reported");
  const warned = (r: Awaited<ReturnType<typeof read>>, measure: string) =>
    r.issues.some((i) => i.measure === measure && i.severity !== "info");

  it("unaccompanied children set apart from trafficked rows above", async () => {
    const r = await read([
      ["Trafficked – identified", 3],
      ["Trafficked – suspected", 8],
      ["Unaccompanied children seeking asylum (not counted above)", 41],
    ]);
    const f = exact(r, "uasc_looked_after");
    expect(f === undefined || warned(r, "uasc_looked_after")).toBe(true);
    expect(exact(r, "trafficked_identified")?.value).toBe(3);
  });

  it("an identified row set apart from an unaccompanied row above", async () => {
    const r = await read([
      ["Unaccompanied children seeking asylum", 52],
      ["Trafficked – identified (not counted above)", 2],
    ]);
    const f = exact(r, "trafficked_identified");
    expect(f === undefined || warned(r, "trafficked_identified")).toBe(true);
    expect(exact(r, "uasc_looked_after")?.value).toBe(52);
  });

  it("the suspected part under its identified sibling still reads", async () => {
    const r = await read([
      ["Trafficked – identified", 3],
      ["Trafficked – suspected (not counted above)", 8],
    ]);
    expect(exact(r, "trafficked_suspected")?.value).toBe(8);
  });
});
