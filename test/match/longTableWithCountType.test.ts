import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleReturns } from "../../src/assemble/assembleReturns.js";
import { checkReturns } from "../../src/check/checkReturns.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { csv } from "../support/buildXlsx.js";

const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });
const CODE = "E09000008";
const HEADER = ["Cohort", "Measure", "PeriodStart", "PeriodEnd", "CountType", "Value", "Comment"];
const Y = ["01/01/2017", "31/12/2017"];

async function settle(rows: (string | number)[][]) {
  const file = await processFile({ file: "export.csv", bytes: csv(rows), manifestCode: CODE }, k);
  const [r] = checkReturns(
    assembleReturns([file], k).returns.filter((x) => x.authority.gss_code === CODE),
    k.request,
  );
  if (!r) throw new Error("no return");
  return { r, file };
}

/**
 * A case-system export in long format: one row per cohort × measure, the
 * period in start and end columns of their own, and a CountType column
 * ("Distinct child ID", "Episode count") that says what each figure counts.
 */
describe("a long table with period columns and a count-type column", () => {
  const rows: (string | number)[][] = [
    ["Report: FOI_4471", "Run date: 21/06/2018 09:14"],
    HEADER,
    ["TRAFFICKED_NRM", "Looked after in period", ...Y, "Distinct child ID", 15, "NRM referral recorded"],
    ["TRAFFICKED_SUSP", "Looked after in period", ...Y, "Distinct child ID", 14, "Concern flag without NRM"],
    ["UASC", "Looked after in period", ...Y, "Distinct child ID", 415, ""],
    ["UASC", "Missing or absent", ...Y, "Distinct child ID", 75, ""],
    ["UASC", "Missing or absent", ...Y, "Episode count", 226, ""],
    ["TRAFFICKED_ALL+UASC", "Open missing episode at run date", ...Y, "Distinct child ID", 1, ""],
    ["UASC", "Missing or absent - nationality: Albanian", ...Y, "Distinct child ID", 21, ""],
    ["UASC", "Missing or absent - nationality: Eritrean", ...Y, "Distinct child ID", 27, ""],
  ];

  it("reads each figure as its row's measure", async () => {
    const { r } = await settle(rows);
    const got = (m: string) => {
      const v = r.values.find((x) => x.measure === m);
      return `${v?.status} ${v?.value ?? ""}`.trim();
    };
    // "TRAFFICKED_NRM" beside "TRAFFICKED_SUSP": the NRM cohort is the identified part, not all trafficked.
    expect(got("trafficked_identified")).toBe("reported 15");
    expect(got("trafficked_suspected")).toBe("reported 14");
    expect(got("uasc_looked_after")).toBe("reported 415");
    // The rows under a "Distinct child ID" cell repeat it: a count type, not a list of children to count.
    expect(got("uasc_went_missing")).toBe("reported 75");
    expect(got("uasc_missing_incidents")).toBe("reported 226");
    // An open missing episode is a child still missing, not an episode count.
    expect(got("not_found")).toBe("reported 1");
    expect(r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value}`).sort()).toEqual([
      "uasc Albanian 21",
      "uasc Eritrean 27",
    ]);
  });

  it("reads the start and end columns as the period, not as a count on one day", async () => {
    const { r } = await settle(rows);
    expect(r.issues.filter((i) => i.code === "period_approximate" || i.code === "label_outside_request")).toEqual([]);
  });

  // Two dates that are not the requested period still say the figure is not for it.
  it("still flags start and end columns that are another period", async () => {
    const other = rows.map((row) => row.map((c) => (c === "01/01/2017" ? "01/04/2017" : c)));
    const { r } = await settle(other);
    expect(r.issues.some((i) => i.measure === "uasc_looked_after" && i.severity !== "info")).toBe(true);
  });
});
