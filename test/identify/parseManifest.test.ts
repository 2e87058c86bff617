import { describe, expect, it } from "vitest";
import {
  findManifestEntry,
  isManifestFile,
  MANIFEST_FILE_NAMES,
  parseManifest,
} from "../../src/identify/parseManifest.js";
import { index } from "./realIndex.js";

function read(text: string) {
  return parseManifest(text, "manifest.csv", index);
}

describe("parseManifest", () => {
  it("reads codes and names, skipping comments and blank lines", () => {
    const text = [
      "\uFEFFfile,authority_code",
      "# returns that arrived by post",
      "",
      "scan001.xlsx,E10000016",
      '"Reply, final #2.pdf.xlsx",London Borough of Hillingdon',
      "./batch 2\\letter.txt, e09000008 ",
      "cardiff.csv,Cyngor Caerdydd",
    ].join("\r\n");
    const { entries, issues } = read(text);
    expect([...entries]).toEqual([
      ["scan001.xlsx", { code: "E10000016", line: 4 }],
      ["Reply, final #2.pdf.xlsx", { code: "E09000017", line: 5 }],
      ["batch 2/letter.txt", { code: "E09000008", line: 6 }],
      ["cardiff.csv", { code: "W06000015", line: 7 }],
    ]);
    expect(issues).toEqual([]);
  });

  it.each([
    ["file,authority_code"],
    ["file,authority"],
    ["File,GSS_Code"],
    ["filename,code"],
    ["authority_code,file"],
    ["File Name,Authority"],
  ])("accepts the header %s", (header) => {
    const reversed = header.toLowerCase().startsWith("authority");
    const { entries } = read(`${header}\n${reversed ? "E10000016,kent.xlsx" : "kent.xlsx,E10000016"}\n`);
    expect(entries.get("kent.xlsx")).toEqual({ code: "E10000016", line: 2 });
  });

  it.each<[string, string, string, string, string]>([
    [
      "an unknown code",
      "file,authority_code\nkent.xlsx,E99999999\n",
      "authority_manifest_unknown",
      "B2",
      'manifest.csv line 2: "E99999999" is not an authority code or name in the reference list, so "kent.xlsx" is not mapped.',
    ],
    [
      "an unknown name",
      "file,authority\n\natlantis.xlsx,Atlantis District Council\n",
      "authority_manifest_unknown",
      "B3",
      'manifest.csv line 3: "Atlantis District Council" is not an authority code or name in the reference list, so "atlantis.xlsx" is not mapped.',
    ],
    [
      "an ambiguous abbreviation",
      "file,authority\nnlc.xlsx,NLC\n",
      "authority_manifest_unknown",
      "B2",
      'manifest.csv line 2: "NLC" is not an authority code or name in the reference list (could be North Lanarkshire Council or North Lincolnshire Council), so "nlc.xlsx" is not mapped.',
    ],
    [
      "a missing header",
      "kent.xlsx,E10000016\n",
      "manifest_invalid",
      "A1",
      'manifest.csv line 1: expected a header row "file,authority_code" but found "kent.xlsx,E10000016"; no files were mapped.',
    ],
    [
      "a missing authority",
      "file,authority_code\n# note\nkent.xlsx,\n",
      "manifest_invalid",
      "B3",
      'manifest.csv line 3: no authority is given for "kent.xlsx".',
    ],
    [
      "a missing file",
      "file,authority_code\n,E10000016\n",
      "manifest_invalid",
      "A2",
      'manifest.csv line 2: no file is given for "E10000016".',
    ],
    [
      "an unclosed quote",
      'file,authority_code\n"kent.xlsx,E10000016\n',
      "manifest_invalid",
      "A2",
      "manifest.csv line 2: a quote is not closed, so the line cannot be read.",
    ],
    [
      "a file mapped to two authorities",
      "file,authority_code\nkent.xlsx,E10000016\nsurrey.xlsx,E10000030\nkent.xlsx,E10000030\n",
      "manifest_invalid",
      "A4",
      'manifest.csv line 4: "kent.xlsx" is mapped to Surrey (E10000030) here but to Kent (E10000016) on line 2; it is left unmapped.',
    ],
  ])("reports %s with its line", (_, text, code, cell, message) => {
    const { issues } = read(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, cell, file: "manifest.csv", message });
  });

  it("leaves a file mapped to two authorities unmapped", () => {
    const { entries } = read("file,authority_code\nkent.xlsx,E10000016\nkent.xlsx,E10000030\nkent.xlsx,E10000016\n");
    expect(entries.has("kent.xlsx")).toBe(false);
  });

  it("keeps a file listed twice with the same authority, with a warning", () => {
    const { entries, issues } = read("file,authority_code\nkent.xlsx,E10000016\nkent.xlsx,Kent County Council\n");
    expect(entries.get("kent.xlsx")).toEqual({ code: "E10000016", line: 2 });
    expect(issues[0]).toMatchObject({ code: "manifest_invalid", severity: "warning", cell: "A3" });
  });

  it("reports an empty manifest", () => {
    const { entries, issues } = read("# nothing yet\n\n");
    expect(entries.size).toBe(0);
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["manifest_invalid", 'manifest.csv is empty; expected a header row "file,authority_code".'],
    ]);
  });
});

describe("manifest files and lookups", () => {
  it.each([
    ["manifest.csv", true],
    ["returns/_manifest.csv", true],
    ["MANIFEST.CSV", true],
    ["manifest.xlsx", false],
    ["kent manifest.csv", false],
  ])("%s is a manifest: %s", (file, expected) => {
    expect(isManifestFile(file)).toBe(expected);
  });

  it("names the manifest files", () => {
    expect(MANIFEST_FILE_NAMES).toEqual(["manifest.csv", "_manifest.csv"]);
  });

  it("finds entries by path, then by a unique base name", () => {
    const { entries } = read("file,authority_code\nbatch1/Kent.xlsx,E10000016\na/x.csv,E10000030\nb/x.csv,E09000008\n");
    expect(findManifestEntry(entries, "batch1/Kent.xlsx")?.code).toBe("E10000016");
    expect(findManifestEntry(entries, "other/kent.xlsx")?.code).toBe("E10000016");
    expect(findManifestEntry(entries, "c/x.csv")).toBeUndefined();
    expect(findManifestEntry(entries, "b/x.csv")?.code).toBe("E09000008");
  });
});
