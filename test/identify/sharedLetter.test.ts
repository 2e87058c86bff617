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
      k.aliases.ambiguous.map((a) => a.name),
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

  it("reads a figure on a line naming neither council for neither, and says so: it may be theirs together", async () => {
    const r = await run(
      "RE_ FOI AfC-0388 response.txt",
      LETTER.replace(
        "Dear Requester,",
        "Dear Requester,\nHow many children identified as trafficked were looked after: 7",
      ),
    );
    for (const part of r.split ?? []) {
      expect(part.facts.filter((f) => f.measure === "trafficked_identified" && f.status !== "not_answered")).toEqual(
        [],
      );
      expect(part.issues.some((i) => i.code === "layout_unknown" && i.measure === "trafficked_identified")).toBe(true);
    }
  });

  it("reads a line naming both councils without an answer after each for neither, and says so", async () => {
    const r = await run(
      "RE_ FOI AfC-0388 response.txt",
      `${LETTER}\nKingston had 3 trafficked children looked after; Richmond had none.`,
    );
    for (const part of r.split ?? []) {
      expect(part.facts.filter((f) => f.measure === "trafficked_looked_after" && f.status !== "not_answered")).toEqual(
        [],
      );
      expect(part.issues.some((i) => i.code === "layout_unknown" && /Kingston had 3/.test(i.raw ?? ""))).toBe(true);
    }
  });

  it("leaves a table row naming another council out of a council's part, every cell of it", () => {
    const k = knowledge();
    const index = buildAuthorityIndex(k.authorities, k.aliases, k.outside);
    const rows = [
      ...LETTER.split("\n").map((l) => [l]),
      ["Council", "Trafficked looked after"],
      ["Kingston", "9"],
      ["Richmond", "6"],
    ];
    const split = splitSharedLetter(
      { file: "x.docx", format: "docx", sheets: [{ name: "x.docx", rows, merges: [] }] },
      index,
      k.authorities,
      k.aliases.ambiguous.map((a) => a.name),
    );
    const kingston = split?.parts.find((p) => p.code === "E09000021")?.workbook.sheets[0]?.rows ?? [];
    expect(kingston).toContainEqual(["Kingston", "9"]);
    expect(kingston.flat()).not.toContain("6");
  });

  it("never takes a word many names begin with, or another town's name, for a council's short name", () => {
    const k = knowledge();
    const index = buildAuthorityIndex(k.authorities, k.aliases, k.outside);
    const split = (lines: string[]) =>
      splitSharedLetter(
        { file: "x.txt", format: "txt", sheets: [{ name: "x.txt", rows: lines.map((l) => [l]), merges: [] }] },
        index,
        k.authorities,
        k.aliases.ambiguous.map((a) => a.name),
      );
    const sussex = [
      "The joint team answers for West Sussex County Council and East Sussex County Council.",
      "Looked after - West: 4   East: 6",
      "Went missing - West: 1   East: 2",
    ];
    expect(split(sussex)).toBeNull();
    expect(
      split(sussex.map((l) => l.replace("West:", "West Sussex:").replace("East:", "East Sussex:"))),
    ).not.toBeNull();
    const hull = LETTER.split("\n").map((l) => l.replace(/Kingston: (\S+)/u, "Kingston upon Hull: $1"));
    expect(split(hull)).toBeNull();
  });
});
