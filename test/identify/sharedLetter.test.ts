import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { buildAuthorityIndex } from "../../src/identify/buildAuthorityIndex.js";
import { splitSharedLetter } from "../../src/identify/splitSharedLetter.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

const LETTER = [
  "Dear Requester,",
  "Achieving for Children provides children's services for the Royal Borough of Kingston upon Thames and the London Borough of Richmond upon Thames, and answers your request for both.",
  "",
  "Unaccompanied asylum seeking children looked after - Kingston: 22   Richmond: 12",
  "Of these, how many went missing - Kingston: 4   Richmond: <5",
  "Richmond's figures include care leavers aged 18 to 21.",
  "",
  "Yours sincerely,",
  "Information Governance",
].join("\n");

async function run(file: string, body: string): Promise<FileResult> {
  return processFile({ file, bytes: text(body), manifestCode: null }, knowledge());
}

function figures(r: FileResult): string {
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure}=${f.status === "reported" ? f.value : f.status}`)
    .sort()
    .join(" ");
}

describe("a shared service's letter giving each council's answer after its name", () => {
  it("is read once per council, each with its own answers", async () => {
    const r = await run("RE_ FOI AfC-0388 response.txt", LETTER);
    expect(r.facts).toEqual([]);
    const parts = Object.fromEntries((r.split ?? []).map((p) => [p.authority?.code, figures(p)]));
    expect(parts).toEqual({
      E09000021: "uasc_looked_after=22 uasc_went_missing=4",
      E09000027: "uasc_looked_after=12 uasc_went_missing=suppressed",
    });
    for (const part of r.split ?? []) {
      expect(part.issues.map((i) => i.code)).toContain("file_shared");
      expect(part.issues.some((i) => i.code.startsWith("authority_"))).toBe(false);
    }
  });

  it("is split even when its file name gave it to one of the councils", async () => {
    const r = await run("Kingston FOI AfC-0388 response.txt", LETTER);
    expect((r.split ?? []).map((p) => p.authority?.code).sort()).toEqual(["E09000021", "E09000027"]);
  });

  it("keeps a line about one council out of the other's letter", () => {
    const k = knowledge();
    const index = buildAuthorityIndex(k.authorities, k.aliases, k.outside);
    const split = splitSharedLetter(
      {
        file: "x.txt",
        format: "txt",
        sheets: [{ name: "x.txt", rows: LETTER.split("\n").map((l) => [l]), merges: [] }],
      },
      index,
      k.authorities,
    );
    const lines = (code: string) =>
      split?.parts
        .find((p) => p.code === code)
        ?.workbook.sheets[0]?.rows.map((row) => row[0])
        .filter((l) => l !== "");
    expect(lines("E09000021")).toEqual([
      "Dear Requester,",
      "Unaccompanied asylum seeking children looked after - 22",
      "Of these, how many went missing - 4",
      "Yours sincerely,",
      "Information Governance",
    ]);
    expect(lines("E09000027")).toContain("Richmond's figures include care leavers aged 18 to 21.");
    expect(lines("E09000027")).toContain("Of these, how many went missing - <5");
  });

  it("is not split when only one line names the councils with a figure each: a comparison, not a layout", async () => {
    const one = LETTER.replace("Of these, how many went missing - Kingston: 4   Richmond: <5", "");
    const r = await run("RE_ FOI AfC-0388 response.txt", one);
    expect(r.split).toBeUndefined();
  });
});
