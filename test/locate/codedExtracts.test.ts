import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { findCodeLegend } from "../../src/locate/decodeListCodes.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec, csv } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

/** measure → value for figures counted from a list. */
function derived(r: FileResult): Record<string, number | null> {
  return Object.fromEntries(r.facts.filter((f) => f.status === "derived").map((f) => [f.measure, f.value]));
}

function uncounted(r: FileResult): string[] {
  return r.issues
    .filter((i) => i.code === "episode_list_uncounted")
    .map((i) => i.measure ?? "")
    .sort();
}

/**
 * A row-per-child extract whose trafficking column holds codes (T1, T2,
 * blank for the UASC) and whose status column holds RET/MIS: only the
 * legend says what they mean.
 */
const CODED_CHILDREN: CellSpec[][] = [
  ["LAC extract 01/10/2014 to 30/09/2015 (UASC and trafficking flags only)"],
  ["CHILD_REF", "UASC_FLAG", "TRAFF_CODE", "NATIONALITY", "MFC_EPISODES", "MFC_STATUS_300915"],
  ["H1", "N", "T1", "ALB", 2, "RET"],
  ["H2", "N", "T2", "VNM", 3, "MIS"],
  ["H3", "N", "T2", "GBR", 0, null],
  ["H4", "Y", null, "AFG", 1, "RET"],
  ["H5", "Y", null, "ERI", 0, null],
  ["H6", "Y", null, "AFG", 4, "MIS"],
];

const CODED_FIGURES = {
  // T1 is identified, T2 suspected: the looked-after list answers those questions too.
  trafficked_identified: 1,
  trafficked_suspected: 2,
  trafficked_looked_after: 3,
  trafficked_went_missing: 2,
  trafficked_missing_incidents: 5,
  trafficked_not_found: 1,
  uasc_looked_after: 3,
  uasc_went_missing: 2,
  uasc_missing_incidents: 5,
  uasc_not_found: 1,
  not_found: 2,
};

describe("extracts whose code columns are explained by a legend", () => {
  it.each<[string, CellSpec[][] | null, CellSpec[][]]>([
    [
      "a Legend sheet of '<column> <code>' | meaning",
      [
        ["Code", "Meaning"],
        ["TRAFF_CODE T1", "Identified as trafficked (NRM decision)"],
        ["TRAFF_CODE T2", "Suspected of having been trafficked"],
        ["MFC_STATUS_300915 RET", "Returned / found after last missing episode"],
        ["MFC_STATUS_300915 MIS", "Still missing at 30/09/2015"],
      ],
      CODED_CHILDREN,
    ],
    [
      "a Key sheet of column | code | meaning",
      [
        ["Field", "Code", "Description"],
        ["TRAFF_CODE", "T1", "Identified as trafficked"],
        ["TRAFF_CODE", "T2", "Suspected victim of trafficking"],
        ["MFC_STATUS_300915", "RET", "Child returned"],
        ["MFC_STATUS_300915", "MIS", "Child not yet found"],
      ],
      CODED_CHILDREN,
    ],
    [
      "a note under the list, 'code = meaning' pairs",
      null,
      [
        ...CODED_CHILDREN,
        [],
        ["Key: T1 = identified as trafficked, T2 = suspected trafficked; RET = returned, MIS = still missing"],
      ],
    ],
  ])("counts the list from %s", async (_how, legend, extract) => {
    const sheets = [{ name: "Extract", rows: extract }, ...(legend ? [{ name: "Legend", rows: legend }] : [])];
    const r = await run("Extract.xlsx", await buildXlsx(sheets));
    expect(derived(r)).toEqual(CODED_FIGURES);
    expect(uncounted(r)).toEqual([]);
    expect(r.decisions.map((d) => d.message).join("\n")).toContain('codes in column "TRAFF_CODE"');
  });

  it("gives no identified/suspected split when a trafficked child's category says neither", async () => {
    const legend = [
      ["TRAFF_CODE T1", "Identified as trafficked"],
      ["TRAFF_CODE T2", "Trafficking concern"],
      ["MFC_STATUS_300915 RET", "Returned"],
      ["MFC_STATUS_300915 MIS", "Still missing"],
    ];
    const r = await run(
      "Extract.xlsx",
      await buildXlsx([
        { name: "Extract", rows: CODED_CHILDREN },
        { name: "Legend", rows: legend },
      ]),
    );
    expect(derived(r).trafficked_looked_after).toBe(3);
    expect(derived(r).trafficked_identified).toBeUndefined();
    expect(derived(r).trafficked_suspected).toBeUndefined();
  });

  it("leaves a coded column uncounted, with a warning, when no legend explains it", async () => {
    const r = await run("Extract.xlsx", await buildXlsx([{ name: "Extract", rows: CODED_CHILDREN }]));
    expect(derived(r).trafficked_went_missing).toBeUndefined();
    expect(uncounted(r)).toContain("trafficked_went_missing");
  });

  it("never decodes a count of 1 by a '1 = UASC' legend outside a list", async () => {
    const r = await run(
      "Reply.xlsx",
      await buildXlsx([
        {
          name: "Response",
          rows: [
            ["Question", "Answer"],
            ["UASC who went missing", 1],
            ["Trafficked children who went missing", 2],
            [],
            ["Codes used in our system: 1 = UASC, 2 = trafficked"],
          ],
        },
      ]),
    );
    const got = Object.fromEntries(r.facts.map((f) => [f.measure, f.value]));
    expect(got).toMatchObject({ uasc_went_missing: 1, trafficked_went_missing: 2 });
  });
});

describe("episode extracts with a yes/no column per group", () => {
  /** One row per episode; LEGAL_STATUS holds the child's legal status codes, not a group. */
  const episodes = (legalStatus: string) =>
    csv([
      ["EPISODE_ID", "CHILD_ID", legalStatus, "UASC_IND", "TRAFF_IND", "START_DATE", "END_DATE"],
      ["E1", "U1", "V2", 1, 0, "14/10/2014", "15/10/2014"],
      ["E2", "U1", "V2", 1, 0, "02/11/2014", ""],
      ["E3", "U2", "V2", 1, 0, "21/11/2014", "22/11/2014"],
      ["E4", "T1", "C2", 0, 1, "05/12/2014", "06/12/2014"],
      ["E5", "T1", "C2", 0, 1, "18/04/2015", "20/04/2015"],
    ]);

  it.each(["LEGAL_STATUS", "Legal status", "Type"])(
    "takes the group from the flags, not from a %s column of other codes",
    async (header) => {
      const r = await run("Episodes.csv", episodes(header));
      expect(derived(r)).toMatchObject({
        uasc_went_missing: 2,
        uasc_missing_incidents: 3,
        uasc_not_found: 1,
        trafficked_went_missing: 1,
        trafficked_missing_incidents: 2,
        trafficked_not_found: 0,
      });
      expect(uncounted(r)).toEqual([]);
    },
  );
});

describe("findCodeLegend", () => {
  const wb = (rows: string[][]) => ({
    file: "f.xlsx",
    format: "xlsx" as const,
    sheets: [{ name: "Key", rows, merges: [] }],
  });
  it.each<[string, string[][], { column: string | null; code: string; meaning: string }[]]>([
    [
      "column and code in one cell",
      [["UASC_FLAG Y", "Unaccompanied asylum seeking child"]],
      [{ column: "uasc flag", code: "Y", meaning: "Unaccompanied asylum seeking child" }],
    ],
    ["three cells", [["CAT", "2", "Trafficked"]], [{ column: "cat", code: "2", meaning: "Trafficked" }]],
    ["code alone", [["MIS", "Still missing"]], [{ column: null, code: "MIS", meaning: "Still missing" }]],
    [
      "pairs in a sentence",
      [["Legend: 1 = UASC, 2 = trafficked (NRM)."]],
      [
        { column: null, code: "1", meaning: "UASC" },
        { column: null, code: "2", meaning: "trafficked (NRM)" },
      ],
    ],
    ["a label and a figure (no legend)", [["Children who went missing", "12"]], []],
    ["one equation (no legend)", [["Total = sum of quarters"]], []],
  ])("%s", (_how, rows, want) => {
    expect(findCodeLegend(wb(rows)).map(({ column, code, meaning }) => ({ column, code, meaning }))).toEqual(want);
  });
});
