import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function read(lines: string[]) {
  const bytes = new TextEncoder().encode(lines.join("\n"));
  return processFile({ file: "q9.csv", bytes, manifestCode: "E06000038" }, knowledge());
}

const counts = (r: Awaited<ReturnType<typeof read>>) =>
  Object.fromEntries(r.nationalities.map((n) => [`${n.group} ${n.nationality}`, n.value]));

// "Group | Nationality" over one row per child that went missing, with no
// count column: each row is one child, so the rows are counted.
describe("a list of missing children by group and nationality, one row each", () => {
  it("counts each group's rows by nationality", async () => {
    const r = await read([
      "Nationalities of children who went missing",
      "Category,Nationality",
      "Unaccompanied asylum seeking child,Afghan",
      "Trafficked,Albanian",
      "Unaccompanied asylum seeking child,Afghan",
      "Unaccompanied asylum seeking child,Syrian",
    ]);
    expect(counts(r)).toEqual({ "trafficked Albanian": 1, "uasc Afghan": 2, "uasc Syrian": 1 });
  });

  it("keeps a table with counts beside the names a table of counts", async () => {
    const r = await read(["Group,Nationality,Children", "UASC,Afghan,3", "UASC,Syrian,1"]);
    expect(counts(r)).toEqual({ "uasc Afghan": 3, "uasc Syrian": 1 });
  });
});

describe("a group's list in one cell is no child", () => {
  it("does not count 'Afghan 2; Syrian 1' as one child", async () => {
    const r = await read(["Group,Nationality", "UASC,Afghan 2; Syrian 1", "Trafficked,Albanian 1"]);
    expect(r.nationalities.some((n) => n.value === 1 && n.raw.includes(";"))).toBe(false);
  });
});
