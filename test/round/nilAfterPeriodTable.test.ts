import { describe, expect, it } from "vitest";
import { keyPeriods } from "../../src/assemble/keyPeriods.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildDocx, para, table } from "../support/buildDocx.js";

/**
 * A Word letter with a table under a year's title line, then a line of the letter's own after the table
 * ("Children of either group who remain missing: none"). The title heads its table only, so the line names no
 * period; a nil there is no answer for the whole span either: it may be the last table's year's, or any
 * other's. It is counted for no period and warned on, never spread to every year.
 */
const k = loadKnowledge({ request: "src/knowledge/request-until-harm-ends-2021-2024.json" });

const letter = (tables: string[]) =>
  buildDocx({
    body: [
      para("Neath Borough Council"),
      para("We write in answer to your request for information covering 2021 to 2024."),
      ...tables,
      para("Trafficked or unaccompanied children who remain missing: none"),
      para("Kind regards,"),
    ].join(""),
  });

const yearTable = (year: string, rows: [string, string][]) => [para(year), table(rows)].join("");

async function keyed(tables: string[]): Promise<{ notFound: string[]; codes: string[] }> {
  const result = await processFile(
    { file: "Response.docx", bytes: await letter(tables), manifestCode: "W06000012" },
    k,
  );
  const periods = keyPeriods([result], k.request, k.labels.everyPeriod);
  return {
    notFound: periods
      .flatMap(({ period, results }) =>
        results.flatMap((r) =>
          r.facts
            .filter((f) => f.measure === "not_found" && f.status === "reported")
            .map((f) => `${period.id} ${f.value}`),
        ),
      )
      .sort(),
    codes: periods.flatMap(({ results }) => results.flatMap((r) => r.issues.map((i) => i.code))),
  };
}

describe("a nil on a letter's line after a year's table", () => {
  it("is counted for no period, and warned on", async () => {
    const { notFound, codes } = await keyed([
      yearTable("2022", [
        ["UASC who went missing", "3"],
        ["UASC missing episodes", "11"],
      ]),
    ]);
    expect(notFound).toEqual([]);
    expect(codes).toContain("figure_period_not_stated");
  });

  it("does not conflict with an earlier year's own figure", async () => {
    const { notFound, codes } = await keyed([
      yearTable("2021", [
        ["UASC who went missing", "6"],
        ["Trafficked or unaccompanied children who remain missing", "2"],
      ]),
      yearTable("2022", [
        ["UASC who went missing", "3"],
        ["UASC missing episodes", "11"],
      ]),
    ]);
    expect(notFound).toEqual(["2021 2"]);
    expect(codes).not.toContain("value_conflict");
  });
});
