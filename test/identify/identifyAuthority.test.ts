import { describe, expect, it } from "vitest";
import { type ContentText, cleanFileName, identifyAuthority } from "../../src/identify/identifyAuthority.js";
import { index } from "./realIndex.js";

/** Cells of a one-column sheet, A1 down. */
function sheetCells(sheet: string, ...texts: string[]): ContentText[] {
  return texts.map((text, i) => ({ text, cell: `A${i + 1}`, sheet }));
}

/** Lines of a letter, numbered from 1; blank lines keep their numbers. */
function letterLines(...lines: string[]): ContentText[] {
  return lines.flatMap((text, i) => (text === "" ? [] : [{ text, cell: `line ${i + 1}` }]));
}

function identify(
  file: string,
  contentTexts: ContentText[] = [],
  manifestCode: string | null = null,
  manifestWhere?: string,
) {
  return identifyAuthority({ file, manifestCode, manifestWhere, contentTexts, index });
}

describe("identifying from the file name", () => {
  it.each<[string, string | null, string]>([
    ["LBH FOI 2015-1234 Hillingdon.xlsx", "E09000017", 'file name: "Hillingdon"'],
    ["foi_response_kent_final_v2.csv", "E10000016", 'file name: "kent"'],
    ["Ynys Mon.txt", "W06000001", 'file name: "Ynys Mon"'],
    ["KentCountyCouncil.xlsx", "E10000016", 'file name: "Kent County Council"'],
    ["E09000008.csv", "E09000008", 'file name: "E09000008"'],
    ["Copy of Bath & NE Somerset FOI 12.10.2015.xlsx", "E06000022", 'file name: "Bath & NE Somerset"'],
    ["North-East-Lincolnshire - revised (2).csv", "E06000012", 'file name: "North East Lincolnshire"'],
    ["returns/Kent/response.csv", "E10000016", 'folder name: "Kent"'],
    ["stoke_on_trent_resubmission.xlsx", "E06000021", 'file name: "stoke on trent"'],
    // Bridgend is the only council whose initials are BCBC (the other Welsh county boroughs' are not B… C…).
    ["BCBC FOI 21-244 response.csv", "W06000013", 'file name: "BCBC"'],
    // Wakefield Metropolitan District Council writes its initials WMDC; no other council's initials are W… M… D… C.
    ["WMDC FOI 24-18842 response.csv", "E08000036", 'file name: "WMDC"'],
  ])("%s → %s", (file, code, how) => {
    const result = identify(file);
    expect(result.match).toEqual({ code, how });
    // A name in the file name alone is shown to the researcher (quality.csv, info); a folder is their own filing.
    // Capitals a council abbreviates itself by ("BCBC") are told as initials, the weaker evidence they are.
    const raw = how.slice('file name: "'.length, -1);
    expect(result.issues.map((i) => [i.code, i.severity, i.authority, i.raw])).toEqual(
      how.startsWith("file name")
        ? [[/^[A-Z&]+$/.test(raw) ? "authority_from_initials" : "authority_from_file_name", "info", code, raw]]
        : [],
    );
  });

  it("says the file name was the only evidence, naming the council and the words it read", () => {
    // Wordings from other councils' letters that never name themselves: a plain reply and a csv export.
    for (const [file, code, name] of [
      ["Portsmouth FOI 5512 reply.txt", "E06000044", "Portsmouth"],
      ["FOI 2015-1187 Merthyr Tydfil response.txt", "W06000024", "Merthyr Tydfil"],
    ] as const) {
      const result = identify(file, letterLines("Dear Requester,", "", "In the period 9 children went missing."));
      expect(result.match?.code).toBe(code);
      const told = result.issues.find((i) => i.code === "authority_from_file_name");
      expect(told?.message).toContain(`names no authority in its contents`);
      expect(told?.message).toContain(`"${name}"`);
      expect(told?.message).toContain("manifest.csv");
    }
  });

  it("stays silent when the contents name the council the file name names", () => {
    const result = identify("Kent FOI 1234.txt", letterLines("Kent County Council", "Dear Requester,"));
    expect(result.match?.code).toBe("E10000016");
    expect(result.issues).toEqual([]);
  });

  it.each([
    ["LBH FOI 2015-1234 Hillingdon", "LBH Hillingdon"],
    ["foi_response_kent_final_v2", "kent"],
    ["KentCountyCouncil", "Kent County Council"],
    ["FOI-E09000017-Oct2015", "E09000017"],
  ])("cleans %s to %s", (name, cleaned) => {
    expect(cleanFileName(name)).toBe(cleaned);
  });

  it("reports a file that names nobody", () => {
    const result = identify("response.csv", sheetCells("response.csv", "Question", "Answer", "12"));
    expect(result.match).toBeNull();
    expect(result.issues).toEqual([
      {
        code: "authority_unidentified",
        severity: "error",
        file: "response.csv",
        message:
          "response.csv names no authority in its contents or file name. Add it to a manifest (manifest.csv: file,authority_code) to include it.",
      },
    ]);
  });

  it("records an ambiguous abbreviation it refused to read", () => {
    const result = identify("NLC FOI.xlsx");
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["authority_unidentified"]);
    expect(result.decisions.join(" ")).toContain('"NLC" in the file name of NLC FOI.xlsx was not read as an authority');
  });

  it("reports a file name naming two authorities, to each of them", () => {
    const result = identify("Kent and Medway.xlsx");
    expect(result.match).toBeNull();
    // Each is told the file may be its return, so its "no return" is not the last word.
    expect(result.issues.map((i) => [i.code, i.authority])).toEqual([
      ["authority_ambiguous", "E10000016"],
      ["authority_ambiguous", "E06000035"],
    ]);
    expect(result.issues[0]?.message).toContain("Kent (E10000016)");
    expect(result.issues[0]?.message).toContain("Medway (E06000035)");
  });
});

describe("identifying from the content", () => {
  it("says where the name was found", () => {
    const result = identify("response.xlsx", sheetCells("Sheet1", "London Borough of Hillingdon", "FOI 2015/1234"));
    expect(result.match).toEqual({
      code: "E09000017",
      how: 'content: "London Borough of Hillingdon" in sheet "Sheet1" cell A1',
    });
    expect(result.issues).toEqual([]);
  });

  it("prefers the content over a file name naming another authority, and says so", () => {
    const result = identify("Croydon.xlsx", sheetCells("Sheet1", "Kent County Council", "FOI response"));
    expect(result.match?.code).toBe("E10000016");
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0];
    expect(issue).toMatchObject({
      code: "authority_mismatch",
      severity: "error",
      file: "Croydon.xlsx",
      sheet: "Sheet1",
      cell: "A1",
      authority: "E10000016",
      raw: "Kent County Council",
    });
    expect(issue?.message).toContain('says "Croydon" (Croydon (E09000008))');
    expect(issue?.message).toContain("read as Kent (E10000016)");
  });

  it("raises no mismatch when file name and content agree", () => {
    const result = identify("kent_foi.csv", sheetCells("kent_foi.csv", "KCC response to FOI 1234"));
    expect(result.match).toEqual({ code: "E10000016", how: 'content: "KCC" in sheet "kent_foi.csv" cell A1' });
    expect(result.issues).toEqual([]);
  });
});

describe("several authorities in one file", () => {
  const kentLetter = letterLines(
    "Kent County Council",
    "Sessions House",
    "Maidstone ME14 1XQ",
    "",
    "Dear Requester,",
    "",
    "Freedom of Information request 2015/1234",
    "",
    "In the year to 30 September 2015, 14 children went missing.",
    "",
    "",
    "Three of them had been placed with us by Croydon.",
  );

  it("a letter from Kent that mentions children placed by Croydon is Kent's", () => {
    const result = identify("letter.txt", kentLetter);
    expect(result.match).toEqual({ code: "E10000016", how: 'content: "Kent County Council" in line 1' });
    expect(result.issues).toEqual([]);
    expect(result.decisions.join(" ")).toContain('"Croydon" (line 12) named in passing');
  });

  it("still Kent's when Croydon is named as a council further down", () => {
    const letter = kentLetter.map((t) =>
      t.cell === "line 12" ? { ...t, text: "Three were placed by the London Borough of Croydon." } : t,
    );
    const result = identify("letter.txt", letter);
    expect(result.match?.code).toBe("E10000016");
    expect(result.issues).toEqual([]);
    expect(result.decisions.join(" ")).toContain("because its name is in the title rows");
  });

  it("is ambiguous when two councils are named in the title and the file name does not settle it", () => {
    const cells = sheetCells("Sheet1", "Kent County Council", "Surrey County Council", "Missing children");
    const result = identify("response.xlsx", cells);
    expect(result.match).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "authority_ambiguous", cell: "A1", raw: "Kent County Council" });
    expect(result.issues[0]?.message).toContain('"Surrey County Council" (sheet "Sheet1" cell A2)');
  });

  it("lets the file name settle between councils the content names", () => {
    const cells = sheetCells("Sheet1", "Kent County Council", "Surrey County Council", "Missing children");
    const result = identify("Surrey FOI.xlsx", cells);
    expect(result.match?.code).toBe("E10000030");
    expect(result.issues).toEqual([]);
    expect(result.decisions.join(" ")).toContain("because the file name agrees");
  });

  it("stays ambiguous when the file name names a third authority", () => {
    const cells = sheetCells("Sheet1", "Kent County Council", "Surrey County Council");
    const result = identify("Croydon.xlsx", cells);
    expect(result.match).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["authority_ambiguous"]);
  });

  it("takes a bare place name in the title", () => {
    const result = identify("response.csv", sheetCells("response.csv", "Kent – FOI response", "Question", "Answer"));
    expect(result.match).toEqual({ code: "E10000016", how: 'content: "Kent" in sheet "response.csv" cell A1' });
  });

  it("does not choose between a place in the title and a council further down", () => {
    const cells = sheetCells("S", "Croydon FOI response", "", "", "", "", "", "", "", "Kent County Council");
    expect(identify("response.xlsx", cells).issues.map((i) => i.code)).toEqual(["authority_ambiguous"]);
    expect(identify("Kent.xlsx", cells).match?.code).toBe("E10000016");
  });

  it("uses a passing place name only when the file name names nobody", () => {
    const cells = sheetCells("S", "FOI response", "", "", "", "", "", "", "", "Placements in Kent");
    const alone = identify("response.xlsx", cells);
    expect(alone.match?.code).toBe("E10000016");
    expect(alone.decisions.join(" ")).toContain("bare place name below the title rows");
    const named = identify("Surrey.xlsx", cells);
    expect(named.match).toEqual({ code: "E10000030", how: 'file name: "Surrey"' });
    expect(named.issues.map((i) => i.code)).toEqual(["authority_from_file_name"]);
    expect(named.decisions.join(" ")).toContain("Places named in passing were not taken as the sender");
  });
});

describe("the manifest", () => {
  it("wins, and a file whose content disagrees is flagged", () => {
    const result = identify(
      "scan001.xlsx",
      sheetCells("Sheet1", "Kent County Council"),
      "E09000008",
      "manifest.csv line 4",
    );
    expect(result.match).toEqual({ code: "E09000008", how: "manifest: manifest.csv line 4" });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: "authority_mismatch", authority: "E09000008", cell: "A1" });
    expect(result.issues[0]?.message).toContain("manifest.csv line 4 maps scan001.xlsx to Croydon (E09000008)");
  });

  it("agrees silently with the content", () => {
    const result = identify("scan001.xlsx", sheetCells("Sheet1", "Kent County Council"), "E10000016");
    expect(result.match).toEqual({ code: "E10000016", how: "manifest: E10000016" });
    expect(result.issues).toEqual([]);
  });

  it("settles a file whose content names several councils", () => {
    const cells = sheetCells("Sheet1", "Kent County Council", "Surrey County Council");
    const result = identify("joint.xlsx", cells, "E10000030", "manifest.csv line 2");
    expect(result.match?.code).toBe("E10000030");
    expect(result.issues).toEqual([]);
    expect(result.decisions.join(" ")).toContain("manifest.csv line 2 settles it as Surrey (E10000030)");
  });

  it("without a line number, still names the manifest in messages", () => {
    const result = identify("scan001.xlsx", sheetCells("Sheet1", "Kent County Council"), "E09000008");
    expect(result.issues[0]?.message).toMatch(/^The manifest maps scan001.xlsx to Croydon \(E09000008\)/);
  });

  it("an unknown code is reported and the file is read as usual", () => {
    const result = identify("Kent.xlsx", [], "E99999999", "manifest.csv line 7");
    expect(result.match).toEqual({ code: "E10000016", how: 'file name: "Kent"' });
    expect(result.issues).toEqual([
      {
        code: "authority_manifest_unknown",
        severity: "error",
        file: "Kent.xlsx",
        raw: "E99999999",
        message:
          'manifest.csv line 7 maps Kent.xlsx to "E99999999", which is not an authority in the reference list; the authority is read from the file instead.',
      },
      {
        code: "authority_from_file_name",
        severity: "info",
        file: "Kent.xlsx",
        authority: "E10000016",
        raw: "Kent",
        message:
          'Kent.xlsx names no authority in its contents; it was given to Kent (E10000016) only because its file name says "Kent". If that is wrong, map the file in a manifest (manifest.csv: file,authority_code).',
      },
    ]);
  });
});
