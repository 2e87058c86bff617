import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function readText(file: string, lines: string[]): Promise<FileResult> {
  const bytes = new TextEncoder().encode(lines.join("\n"));
  return processFile({ file, bytes, manifestCode: "E06000038" }, knowledge());
}

/** The nationality_unknown issues raised, as "raw @ cell". */
function unnamed(r: FileResult): string[] {
  return r.issues.filter((i) => i.code === "nationality_unknown").map((i) => `${i.raw} @ ${i.cell ?? ""}`);
}

/** The Other/unknown figures kept, as "group value". */
function others(r: FileResult): string[] {
  return r.nationalities.filter((n) => n.nationality === "Other/unknown").map((n) => `${n.group} ${n.value}`);
}

/**
 * A nationality figure that names no nationality ("Other", "Not recorded",
 * "Unknown") is kept as Other/unknown and raised as nationality_unknown in
 * every layout, not only in per-child lists. Wordings here are other
 * councils' than the blind rounds that planted them.
 */
describe("a nationality that names no nationality", () => {
  it.each<[string]>([["Nationality unknown"], ["Not known"], ["Other nationalities"]])(
    "a csv table row %j is kept and flagged",
    async (written) => {
      const r = await readText("Reading FOI 1234.csv", [
        "Group,Nationality,Children who went missing",
        "UASC,Afghan,3",
        `UASC,${written},2`,
      ]);
      expect(others(r)).toEqual(["uasc 2"]);
      // One issue for the one row, whichever reader raised it.
      expect(unnamed(r).map((u) => u.split(" @ ")[0])).toEqual([written]);
      const issue = r.issues.find((i) => i.code === "nationality_unknown");
      expect(issue?.severity).toBe("info");
      expect(issue?.message).toContain("Other/unknown");
    },
  );

  it("a list in a letter flags 'Not recorded'", async () => {
    const r = await readText("reply.txt", [
      "Dear Requester,",
      "",
      "9. The nationalities of the unaccompanied asylum seeking children who went missing were:",
      "Eritrean 2",
      "Vietnamese 1",
      "Not recorded 1",
      "",
      "Yours sincerely,",
    ]);
    expect(others(r)).toEqual(["uasc 1"]);
    expect(unnamed(r)).toHaveLength(1);
    expect(unnamed(r)[0]).toMatch(/^not recorded/i);
  });

  it("an xlsx table row 'Other' is flagged once", async () => {
    const bytes = await buildXlsx([
      {
        name: "Nationality",
        rows: [
          ["Nationality of UASC who went missing", null],
          ["Nationality", "Number"],
          ["Albanian", 4],
          ["Other", 1],
        ],
      },
    ]);
    const r = await processFile({ file: "data.xlsx", bytes, manifestCode: "E06000038" }, knowledge());
    expect(others(r)).toEqual(["uasc 1"]);
    // Placed at the count it qualifies, as the figure's own source is.
    expect(unnamed(r)).toEqual(["Other @ B4"]);
  });

  it("says nothing of an unnamed row of 0: no child's nationality went unrecorded", async () => {
    const r = await readText("Reading FOI 1234.csv", [
      "Group,Nationality,Children who went missing",
      "UASC,Afghan,3",
      "UASC,Not recorded,0",
    ]);
    expect(unnamed(r)).toEqual([]);
  });

  it("says nothing when every nationality is named", async () => {
    const r = await readText("Reading FOI 1234.csv", [
      "Group,Nationality,Children who went missing",
      "UASC,Afghan,3",
      "UASC,Eritrean,2",
    ]);
    expect(r.nationalities).toHaveLength(2);
    expect(unnamed(r)).toEqual([]);
  });
});
